// What the user typed becomes a GraphLocation once; openGraph seeds the default store when it is
// created and a folder the user names only when they asked for it.
#include "kg/GraphLocation.h"
#include "kg/GraphOpening.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace tinyml;
using namespace tinyml::kg;

class TestGraphLocation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        // The default store of this test lives in its own folder.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QVERIFY(defaultStoreDirectory().startsWith(m_dir.path()));
    }

    void parsesWhatTheUserTyped()
    {
        const GraphLocation none = GraphLocation::parse(QString());
        QCOMPARE(none.kind(), GraphLocation::Kind::DefaultStore);
        QCOMPARE(none.folderPath(), defaultStoreDirectory());
        QCOMPARE(GraphLocation::parse(defaultStoreDirectory() + QStringLiteral("/")).kind(),
                 GraphLocation::Kind::DefaultStore);

        const QString folder = m_dir.filePath(QStringLiteral("named"));
        const GraphLocation named = GraphLocation::parse(folder);
        QCOMPARE(named.kind(), GraphLocation::Kind::Folder);
        QCOMPARE(named.folderPath(), folder);
        QCOMPARE(named.settingsText(), folder);
        QCOMPARE(named.displayText(), folder);

        GraphLocation server = GraphLocation::parse(
            QStringLiteral("sparql+http://localhost:8890/sparql?graph=urn:tinyml:kg&user=ann&auth=password"));
        QVERIFY(server.isServer());
        QVERIFY2(server.problem().isEmpty(), qPrintable(server.problem()));
        QVERIFY(server.folderPath().isEmpty());
        server.setSecret(QStringLiteral("s3cret"));
        QCOMPARE(server.endpoint().secret, QStringLiteral("s3cret"));
        QCOMPARE(server.endpoint().user, QStringLiteral("ann"));
        QVERIFY(!server.settingsText().contains(QLatin1String("s3cret")));
        QCOMPARE(server.settingsText(), server.endpoint().locator());
        QCOMPARE(server.displayText(), server.endpoint().description());
        QCOMPARE(GraphLocation::server(server.endpoint()).settingsText(), server.settingsText());

        const GraphLocation wrong = GraphLocation::parse(QStringLiteral("sparql+http://localhost:8890/sparql"));
        QVERIFY(wrong.isServer());
        QVERIFY(!wrong.problem().isEmpty());
        QString error;
        QVERIFY(!openGraph(wrong, &error));
        QCOMPARE(error, wrong.problem());
    }

    void seedsTheDefaultStoreAndNamedFoldersOnlyWhenAsked()
    {
        QVERIFY(hasSeedResources());
        QString error;
        QStringList notes;
        {
            auto graph = openGraph(GraphLocation(), &error, &notes);
            QVERIFY2(graph, qPrintable(error));
            QVERIFY(graph->store().tripleCount() > 0);
            QCOMPARE(notes.size(), 1);
        }
        {
            auto graph = openGraph(GraphLocation::parse(m_dir.filePath(QStringLiteral("plain"))), &error);
            QVERIFY2(graph, qPrintable(error));
            QCOMPARE(graph->store().tripleCount(), 0);
        }
        {
            auto graph = openGraph(
                GraphLocation::folder(m_dir.filePath(QStringLiteral("asked")), SeedPolicy::SeedWhenCreated), &error);
            QVERIFY2(graph, qPrintable(error));
            QVERIFY(graph->store().tripleCount() > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestGraphLocation)
#include "tst_graphlocation.moc"
