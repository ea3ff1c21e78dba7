// The model repository: files named by their SHA-256, stored once, and read back only when they
// are the file the SHA-256 names; an absent or altered file is refused with its path.
#include "TestData.h"

#include "analysis/FileDigest.h"
#include "deploy/ModelRepository.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using tinyml::deploy::ModelRepository;

class TestModelRepository : public QObject
{
    Q_OBJECT

private slots:
    void storedAndReadBack()
    {
        QTemporaryDir dir;
        const ModelRepository repository(dir.filePath(QStringLiteral("models")));
        const QByteArray bytes("TFL3 a model's bytes");
        QString error;
        const auto sha = repository.store(bytes, &error);
        QVERIFY2(sha, qPrintable(error));
        QCOMPARE(*sha, tinyml::sha256Hex(bytes));
        QCOMPARE(repository.pathOf(*sha), dir.filePath(QStringLiteral("models/%1.tflite").arg(*sha)));
        QVERIFY(repository.contains(*sha));
        const auto read = repository.read(*sha, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, bytes);
    }

    void storedFromAFileOnce()
    {
        QTemporaryDir dir;
        const ModelRepository repository(dir.filePath(QStringLiteral("models")));
        const QByteArray bytes("another model");
        const QString sha = tinyml::sha256Hex(bytes);
        const QString source = tinyml::test::writeWholeFile(dir.filePath(QStringLiteral("m.tflite")), bytes);
        QString error;
        const auto path = repository.storeFile(source, sha, &error);
        QVERIFY2(path, qPrintable(error));
        QCOMPARE(*path, repository.pathOf(sha));
        QCOMPARE(tinyml::test::readWholeFile(*path), bytes);
        // A second copy of the same file leaves the first in place.
        QVERIFY(repository.storeFile(dir.filePath(QStringLiteral("gone.tflite")), sha, &error));
        QVERIFY(!repository.storeFile(dir.filePath(QStringLiteral("gone.tflite")), QStringLiteral("../x"), &error));
        QVERIFY2(error.contains(QLatin1String("gone.tflite")), qPrintable(error));
    }

    void missingFileNamed()
    {
        QTemporaryDir dir;
        const ModelRepository repository(dir.path());
        const QString sha = tinyml::sha256Hex("never stored");
        QString error;
        QVERIFY(!repository.contains(sha));
        QVERIFY(!repository.read(sha, &error));
        QVERIFY2(error.contains(repository.pathOf(sha)), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("not in the model repository")), qPrintable(error));
    }

    void mismatchingFileRefused()
    {
        QTemporaryDir dir;
        const ModelRepository repository(dir.path());
        const QString sha = tinyml::sha256Hex("the described model");
        tinyml::test::writeWholeFile(repository.pathOf(sha), "something else");
        QString error;
        QVERIFY(repository.contains(sha));
        QVERIFY(!repository.read(sha, &error));
        QVERIFY2(error.contains(repository.pathOf(sha)), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("SHA-256 differs")), qPrintable(error));
    }

    void notAShaNamesNoFile()
    {
        const ModelRepository repository(QStringLiteral("/tmp/repository"));
        QVERIFY(repository.pathOf(QStringLiteral("../../etc/passwd")).isEmpty());
        QVERIFY(repository.pathOf(QStringLiteral("ABCDEF")).isEmpty());
        QString error;
        QVERIFY(!repository.read(QStringLiteral("../x"), &error));
        QVERIFY2(error.contains(QLatin1String("not a SHA-256")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestModelRepository)
#include "tst_modelrepository.moc"
