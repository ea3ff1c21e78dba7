// The cached catalogue is used only for the store state it was made from: it reads back equal,
// and a commit, a damaged cache or a missing store make it ignored.
#include "kg/CatalogueCache.h"
#include "kg/KnowledgeGraph.h"
#include "store/redland/RedlandStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tinyml;

class TestCatalogueCache : public QObject
{
    Q_OBJECT

private slots:
    void readsBackForTheSameStateOnly()
    {
        QTemporaryDir dir;
        QString error;
        kg::KnowledgeGraph graph(store::RedlandStore::open(dir.path(), &error), dir.filePath(QStringLiteral("models")));
        kg::Board board;
        board.name = QStringLiteral("line 4 node");
        board.ramKb = 256;
        board.flashKb = 1024;
        board.sensors = {QStringLiteral("Camera"), QStringLiteral("Microphone")};
        board.bleAddress = QStringLiteral("C0:98:E5:49:00:07");
        board.runtime = QStringLiteral("tflm24-cortex-m4-cmsis");
        QVERIFY2(graph.addBoard(board, &error), qPrintable(error));
        const kg::Catalogue *catalogue = graph.catalogue(&error);
        QVERIFY(catalogue);
        QVERIFY(!kg::readCatalogueCache(dir.path())); // none written yet
        // A model's needs per runtime, one of them without figures, travel with the cache.
        kg::Catalogue withModel = *catalogue;
        kg::ModelEntry model;
        model.iri = QStringLiteral("http://tinyml-schema.org/neuralnetwork/m");
        model.runtimes = {{QStringLiteral("tflm24-x86-64"), true, {}, 15.168, 76.752},
                          {QStringLiteral("tflm24-cortex-m4-cmsis"), false, {QStringLiteral("LSTM")}, {}, {}}};
        withModel.models << model;
        QVERIFY2(kg::writeCatalogueCache(dir.path(), withModel, &error), qPrintable(error));

        const auto cached = kg::readCatalogueCache(dir.path());
        QVERIFY(cached);
        QCOMPARE(cached->boards.size(), 1);
        QCOMPARE(cached->boards[0].iri, catalogue->boards[0].iri);
        QCOMPARE(cached->boards[0].sensors, catalogue->boards[0].sensors);
        QCOMPARE(cached->boards[0].bleAddress, QStringLiteral("C0:98:E5:49:00:07"));
        QCOMPARE(cached->boards[0].ramKb, 256.0);
        QCOMPARE(cached->boards[0].runtime, QStringLiteral("tflm24-cortex-m4-cmsis"));
        QCOMPARE(cached->models.size(), 1);
        QCOMPARE(cached->models[0].runtimes.size(), 2);
        QCOMPARE(*cached->models[0].runtimes[0].ramKb, 15.168);
        QCOMPARE(*cached->models[0].runtimes[0].flashKb, 76.752);
        QVERIFY(!cached->models[0].runtimes[1].runnable && !cached->models[0].runtimes[1].ramKb);
        QCOMPARE(cached->models[0].runtimes[1].unsupportedOperators, QStringList{QStringLiteral("LSTM")});

        // Another commit: the cache no longer describes the store.
        board.iri.clear();
        board.name = QStringLiteral("line 5 node");
        QVERIFY2(graph.addBoard(board, &error), qPrintable(error));
        QVERIFY(!kg::readCatalogueCache(dir.path()));
    }

    void aDamagedCacheIsIgnored()
    {
        QTemporaryDir dir;
        QString error;
        kg::KnowledgeGraph graph(store::RedlandStore::open(dir.path(), &error), dir.filePath(QStringLiteral("models")));
        kg::Board board;
        board.name = QStringLiteral("node");
        board.ramKb = 64;
        board.flashKb = 512;
        QVERIFY(graph.addBoard(board, &error));
        QVERIFY(kg::writeCatalogueCache(dir.path(), *graph.catalogue(&error), &error));
        QFile file(dir.filePath(QStringLiteral("catalogue.cache")));
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(file.resize(size / 2));
        file.close();
        QVERIFY(!kg::readCatalogueCache(dir.path()));
    }

    void thereIsNoCacheWithoutAStore()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!kg::writeCatalogueCache(dir.path(), kg::Catalogue(), &error));
        QVERIFY(error.contains(dir.path()));
        QVERIFY(!kg::readCatalogueCache(dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestCatalogueCache)
#include "tst_cataloguecache.moc"
