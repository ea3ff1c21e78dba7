// Analysing files: the figures of a known network, the JSON form, and one clear line for every
// kind of bad file.
#include "TestData.h"

#include "TfliteFixture.h"

#include "analysis/ModelAnalysis.h"
#include "analysis/ModelAnalysisJson.h"
#include "analysis/ModelAnalysisReport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace tinyml;
using namespace tinyml::test;

class TestModelAnalysis : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        return test::writeWholeFile(m_dir.filePath(name), bytes);
    }

private slots:
    void analysesAFile()
    {
        const std::string bytes = tinyDenseNetwork().bytes();
        const QString path = write(QStringLiteral("dense.tflite"), QByteArray(bytes.data(), qsizetype(bytes.size())));
        QString error;
        const auto a = analyseModelFile(path, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->bytes, qint64(bytes.size()));
        QCOMPARE(a->sha256.size(), 64);
        QCOMPARE(a->macs.paperTotal, uint64_t(288));
        QCOMPARE(a->layers.layers.size(), size_t(3));
        QCOMPARE(a->layers.layers[0].role, tflite::LayerRole::Input);
        QCOMPARE(a->layers.layers[1].role, tflite::LayerRole::Middle);
        QCOMPARE(a->layers.layers[1].roleIndex, 1);
        QCOMPARE(a->layers.layers[2].role, tflite::LayerRole::Output);
        QCOMPARE(a->layers.layers[2].roleIndex, 3);
        QCOMPARE(a->layers.inputShape, (std::vector<int32_t>{1, 1}));
        QCOMPARE(a->layers.outputShape, (std::vector<int32_t>{1, 1}));
        QCOMPARE(a->layers.layers[1].dataType, tflite::TensorType::Float32);
        QCOMPARE(*a->layers.layers[1].activation, tflite::Activation::Relu);

        const QString text = analysisToText(*a);
        QVERIFY(text.contains(QLatin1String("FULLY_CONNECTED")));
        QVERIFY(text.contains(QLatin1String("288 (paper rule)")));
    }

    void jsonHasTheDocumentedKeys()
    {
        const std::string bytes = tinyDenseNetwork().bytes();
        QString error;
        const auto a = analyseModelBytes(QByteArray(bytes.data(), qsizetype(bytes.size())),
                                         QStringLiteral("dense.tflite"), &error);
        QVERIFY2(a, qPrintable(error));
        const QJsonObject json = analysisToJson(*a);
        for (const char *key : {"file", "bytes", "sha256", "macs", "macs_total", "arena_bytes", "activation_peak_bytes",
                                "inputs", "outputs", "operators", "layers", "metadata", "tensors"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QLatin1String("macs")).toInteger(), 288);
        QCOMPARE(json.value(QLatin1String("operators")).toArray().size(), 3);
        QCOMPARE(json.value(QLatin1String("inputs")).toArray().at(0).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("FLOAT32"));
        QCOMPARE(json.value(QLatin1String("arena_bytes")).toInteger(), qint64(a->arena().arenaBytes));
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("missing.tflite")) << "no such file";
        QTest::newRow("directory") << m_dir.path() << "is a directory";
        QTest::newRow("empty") << write(QStringLiteral("empty.tflite"), QByteArray()) << "the file is empty";
        QTest::newRow("text") << write(QStringLiteral("notes.tflite"), QByteArray("just some notes, not a model\n"))
                              << "not a TensorFlow Lite model";
        const std::string bytes = tinyDenseNetwork().bytes();
        QTest::newRow("truncated") << write(QStringLiteral("cut.tflite"),
                                            QByteArray(bytes.data(), qsizetype(bytes.size() / 3)))
                                   << "damaged FlatBuffer";
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.tflite"));
        if (::mkfifo(QFile::encodeName(fifo).constData(), 0600) != 0)
            qFatal("mkfifo failed");
        QTest::newRow("named pipe") << fifo << "is not a regular file";
    }
    void refusesBadFiles()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!analyseModelFile(path, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
    }

    void refusesUnreadableFile()
    {
        QString error;
        if (geteuid() == 0) {
            // Permissions do not stop root; this regular file fails every read instead.
            QVERIFY(!analyseModelFile(QStringLiteral("/proc/self/mem"), &error));
            QVERIFY2(error.contains(QLatin1String("read failed")), qPrintable(error));
            return;
        }
        const QString path = write(QStringLiteral("locked.tflite"), QByteArray("TFL3"));
        QFile::setPermissions(path, QFileDevice::Permissions());
        QVERIFY(!analyseModelFile(path, &error));
        QVERIFY2(error.contains(QLatin1String("cannot be read")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestModelAnalysis)
#include "tst_modelanalysis.moc"
