// `tinyml-kg inspect` as a user runs it: exit codes, JSON on stdout, one line on stderr.
#include "TfliteFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tinyml::test;

class TestInspectCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_program;
    QString m_model;

    struct Run {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments)
    {
        QProcess p;
        p.start(m_program, arguments);
        if (!p.waitForFinished(60000))
            qFatal("tinyml-kg did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        m_program = qEnvironmentVariable("TINYML_KG");
        QVERIFY2(QFile::exists(m_program), "TINYML_KG must name the tinyml-kg executable");
        m_model = m_dir.filePath(QStringLiteral("dense.tflite"));
        QFile f(m_model);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const std::string bytes = tinyDenseNetwork().bytes();
        f.write(bytes.data(), qint64(bytes.size()));
    }

    void printsJson()
    {
        const Run r = run({QStringLiteral("inspect"), m_model, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        QJsonParseError parseError;
        const QJsonObject json = QJsonDocument::fromJson(r.out, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(json.value(QLatin1String("file")).toString(), m_model);
        QCOMPARE(json.value(QLatin1String("macs")).toInteger(), 288);
        QVERIFY(json.value(QLatin1String("arena_bytes")).toInteger() > 0);
    }

    void printsAReport()
    {
        const Run r = run({QStringLiteral("inspect"), m_model});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("FULLY_CONNECTED"));
        QVERIFY(r.out.contains("Tensor arena"));
    }

    void badFileGivesOneLine()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.tflite"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 this is a zip, not a model");
        f.close();
        const Run r = run({QStringLiteral("inspect"), bad, QStringLiteral("--json")});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.startsWith(bad.toUtf8() + ": not a TensorFlow Lite model"));
    }

    void badPathsGiveOneLineEach()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.tflite"));
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Run r = run({QStringLiteral("inspect"), m_dir.path(), empty, m_dir.filePath(QStringLiteral("missing.tflite")), m_model});
        QCOMPARE(r.exitCode, 1);
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].endsWith("is a directory, not a model file"));
        QVERIFY(lines[1].endsWith("the file is empty"));
        QVERIFY(lines[2].endsWith("no such file"));
        QVERIFY(r.out.contains("FULLY_CONNECTED")); // the good file is still reported
    }

    void usageErrors()
    {
        QCOMPARE(run({}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("inspect")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--help")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestInspectCommand)
#include "tst_inspectcommand.moc"
