// `tinyml-kg inspect` as a user runs it: exit codes, JSON on stdout, one line on stderr.
#include "TfliteFixture.h"

#include <QJsonArray>
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
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
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

    // The figures of the chosen runtime at the top, every runtime's under arena.runtimes.
    void printsTheChosenRuntimesFigures()
    {
        const Run paper = run({QStringLiteral("inspect"), m_model, QStringLiteral("--json")});
        const Run m4 = run({QStringLiteral("inspect"), m_model, QStringLiteral("--json"), QStringLiteral("--runtime"),
                            QStringLiteral("tflm24-cortex-m4-cmsis")});
        QCOMPARE(paper.exitCode, 0);
        QCOMPARE(m4.exitCode, 0);
        const QJsonObject a = QJsonDocument::fromJson(paper.out).object();
        const QJsonObject b = QJsonDocument::fromJson(m4.out).object();
        QCOMPARE(a.value(QLatin1String("runtime")).toString(), QStringLiteral("tflm24-x86-64"));
        QCOMPARE(b.value(QLatin1String("runtime")).toString(), QStringLiteral("tflm24-cortex-m4-cmsis"));
        const QJsonObject runtimes =
            b.value(QLatin1String("arena")).toObject().value(QLatin1String("runtimes")).toObject();
        QCOMPARE(runtimes.keys(),
                 (QStringList{QStringLiteral("tflm24-cortex-m4-cmsis"), QStringLiteral("tflm24-x86-64")}));
        for (const QJsonObject &top : {a, b}) {
            const QJsonObject own = runtimes.value(top.value(QLatin1String("runtime")).toString()).toObject();
            QCOMPARE(top.value(QLatin1String("arena_bytes")).toInteger(),
                     own.value(QLatin1String("arena_bytes")).toInteger());
            QCOMPARE(top.value(QLatin1String("flash_bytes")).toInteger(),
                     own.value(QLatin1String("flash_bytes")).toInteger());
        }
        // The paper's Flash is the file; the board's adds the runtime's code.
        QCOMPARE(a.value(QLatin1String("flash_bytes")).toInteger(), a.value(QLatin1String("bytes")).toInteger());
        QVERIFY(b.value(QLatin1String("flash_bytes")).toInteger()
                > b.value(QLatin1String("bytes")).toInteger() + 20000);
        // 32-bit structs: the board's arena is smaller for this float model.
        QVERIFY(b.value(QLatin1String("arena_bytes")).toInteger() < a.value(QLatin1String("arena_bytes")).toInteger());
    }

    void anUnknownRuntimeIsRefusedWithTheValidNames()
    {
        const Run r = run({QStringLiteral("inspect"), m_model, QStringLiteral("--json"), QStringLiteral("--runtime"),
                           QStringLiteral("tflm24-esp32")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err,
                 QByteArray("tinyml-kg inspect: unknown runtime 'tflm24-esp32'; the runtimes are tflm24-x86-64 and "
                            "tflm24-cortex-m4-cmsis\n"));
    }

    void listsTheRuntimes()
    {
        const Run r = run({QStringLiteral("runtimes")});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith("tflm24-x86-64 "));
        QVERIFY(lines[1].startsWith("tflm24-cortex-m4-cmsis "));
    }

    // A runtime that cannot allocate the model gives no figure.
    void aModelARuntimeCannotRunHasNoFigure()
    {
        tinyml::test::TfliteFixture f = tinyDenseNetwork();
        const int state = f.activation("hard_swish", fb::TensorType::FLOAT32, {1, 1});
        f.op(117 /* HARD_SWISH: TFLM 2.4 has it, the paper's build does not */, {int(f.subgraph().outputs.front())},
             {state});
        f.outputs({state});
        const QString path = m_dir.filePath(QStringLiteral("hard_swish.tflite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const std::string bytes = f.bytes();
        file.write(bytes.data(), qint64(bytes.size()));
        file.close();
        const Run r = run({QStringLiteral("inspect"), path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QVERIFY(json.value(QLatin1String("arena_bytes")).isNull());
        const QJsonObject runtimes =
            json.value(QLatin1String("arena")).toObject().value(QLatin1String("runtimes")).toObject();
        const QJsonObject paper = runtimes.value(QLatin1String("tflm24-x86-64")).toObject();
        QCOMPARE(paper.value(QLatin1String("runnable")).toBool(), false);
        QCOMPARE(paper.value(QLatin1String("unsupported_operators")).toArray().first().toString(),
                 QStringLiteral("HARD_SWISH"));
        QVERIFY(runtimes.value(QLatin1String("tflm24-cortex-m4-cmsis"))
                    .toObject()
                    .value(QLatin1String("arena_bytes"))
                    .toInteger()
                > 0);
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
        const Run r = run({QStringLiteral("inspect"), m_dir.path(), empty,
                           m_dir.filePath(QStringLiteral("missing.tflite")), m_model});
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
