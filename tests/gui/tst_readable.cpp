// The main window read at 1280×800 on the offscreen platform, on a fresh default store: the board
// list shows every board's name and Flash whole (or cut short with the whole in its tooltip), the
// model table the columns that decide, the details IRIs as prefixed names; the SPARQL console shows
// prefixed names with full IRIs on hover and when copied, exports its results as SPARQL CSV, TSV
// and JSON, and keeps its query and history across a restart.
#include "AutomaticPrompts.h"

#include "boardcatalogue/BoardCataloguePanel.h"
#include "boardcatalogue/BoardTableModel.h"
#include "console/QueryResultExport.h"
#include "console/SparqlConsole.h"
#include "kg/GraphOpening.h"
#include "mainwindow/MainWindow.h"
#include "modelsforboard/ModelDetailsPanel.h"
#include "modelsforboard/ModelFitTableModel.h"
#include "modelsforboard/ModelsForBoardView.h"
#include "session/GraphSession.h"
#include "widgets/ItemRoles.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace tinyml;
using namespace tinyml::gui;

namespace {

constexpr int kTimeoutMs = 30000;
const QString kNnet = QStringLiteral("http://tinyml-schema.org/networkschema#");

// Whether `index`'s text is shown whole in its column.
bool shownWhole(const QTableView *table, const QModelIndex &index)
{
    const int margin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
    int needed = table->fontMetrics().horizontalAdvance(index.data().toString()) + margin;
    if (!index.data(Qt::DecorationRole).isNull())
        needed += table->iconSize().width() + margin;
    return needed <= table->columnWidth(index.column());
}

// Whether `column` lies inside the table's viewport, not scrolled or cut off to the right.
bool columnInView(const QTableView *table, int column)
{
    const int left = table->columnViewportPosition(column);
    return left >= 0 && left + table->columnWidth(column) <= table->viewport()->width();
}

QString columnProblem(const QTableView *table, int column)
{
    if (!columnInView(table, column))
        return QStringLiteral("column %1 is out of view (at %2, %3 wide, view %4 wide)")
            .arg(table->model()->headerData(column, Qt::Horizontal).toString())
            .arg(table->columnViewportPosition(column))
            .arg(table->columnWidth(column))
            .arg(table->viewport()->width());
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, column);
        if (!shownWhole(table, index) && !index.data(Qt::ToolTipRole).toString().contains(index.data().toString()))
            return QStringLiteral("'%1' is cut short without a tooltip").arg(index.data().toString());
    }
    return {};
}

bool selectRow(QTableView *table, int column, const QString &text)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, column);
        if (index.data().toString() == text) {
            table->selectionModel()->setCurrentIndex(index,
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

// Runs `sparql` in the console and waits for it; the error, empty on success.
QString runQuery(SparqlConsole *console, const QString &sparql)
{
    console->findChild<QPlainTextEdit *>(QStringLiteral("queryEditor"))->setPlainText(sparql);
    QSignalSpy finished(console, &SparqlConsole::finished);
    console->run();
    if (!finished.wait(kTimeoutMs))
        return QStringLiteral("the query did not finish");
    return finished.first().at(0).toString();
}

} // namespace

class TestReadable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Settings go to the test's folder, not the user's.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        m_window = std::make_unique<MainWindow>();
        m_window->setPrompts(AutomaticPrompts::make());
        QSignalSpy ready(m_window.get(), &MainWindow::ready);
        m_window->openStore(m_dir.filePath(QStringLiteral("store")), kg::SeedPolicy::SeedWhenCreated);
        // The offscreen screen is smaller than 1280×800, where the window would fill it.
        m_window->setWindowState(Qt::WindowNoState);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(ready.wait(kTimeoutMs));
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->size(), QSize(1280, 800));
    }
    void cleanupTestCase() { m_window.reset(); }

    void theBoardListShowsNamesAndFlashWhole()
    {
        QTableView *table = m_window->modelsForBoard()->boards()->table();
        QVERIFY(table->model()->rowCount() >= 20); // the default catalogue
        QTest::qWait(50);                          // the header lays out its sections
        for (int column : {int(BoardTableModel::Name), int(BoardTableModel::Ram), int(BoardTableModel::Flash)}) {
            const QString problem = columnProblem(table, column);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        // The figures are whole, not just explained in a tooltip.
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QVERIFY(shownWhole(table, table->model()->index(row, BoardTableModel::Flash)));
        // A name's tooltip gives it whole, with the board's sensors.
        const QModelIndex nano = table->model()->index(0, BoardTableModel::Name);
        QVERIFY(nano.data(Qt::ToolTipRole).toString().startsWith(nano.data().toString()));
    }

    void theModelTableShowsWhatDecidesAndTheDetailsWhy()
    {
        ModelsForBoardView *view = m_window->modelsForBoard();
        QVERIFY(selectRow(view->boards()->table(), BoardTableModel::Name,
                          QStringLiteral("Arduino Nano 33 BLE Sense Rev2")));
        QTableView *table = view->table();
        QTest::qWait(50);
        for (int column : {int(ModelFitTableModel::Name), int(ModelFitTableModel::Fits), int(ModelFitTableModel::Ram),
                           int(ModelFitTableModel::Flash)}) {
            const QString problem = columnProblem(table, column);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        // A model that does not fit: its reasons in full, wrapped, in the details.
        int row = 0;
        while (row < table->model()->rowCount() && table->model()->index(row, 0).data(FitsRole).toBool())
            ++row;
        QVERIFY2(row < table->model()->rowCount(), "every model fits the Nano 33 BLE Sense");
        const QModelIndex fits = table->model()->index(row, ModelFitTableModel::Fits);
        QSignalSpy shown(view->details(), &ModelDetailsPanel::analysisShown);
        table->selectionModel()->setCurrentIndex(fits, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(shown.wait(kTimeoutMs));
        auto *overview = view->details()->findChild<QTextBrowser *>(QStringLiteral("modelOverview"));
        const QString text = overview->toPlainText();
        QVERIFY2(text.contains(fits.data(Qt::AccessibleTextRole).toString()), qPrintable(text));
        // "In the knowledge graph": prefixed names, the IRIs behind their links.
        QVERIFY2(text.contains(QStringLiteral("nnet:")), qPrintable(text));
        QVERIFY2(!text.contains(kNnet), qPrintable(text));
        QVERIFY(overview->toHtml().contains(QStringLiteral("href=\"") + kNnet));
    }

    void consoleResultsShowPrefixedNamesAndCopyFullIris()
    {
        SparqlConsole *console = m_window->console();
        const QString error =
            runQuery(console,
                     QStringLiteral("SELECT ?model ?type WHERE { ?model a ?type . FILTER(?type = <%1NeuralNetwork>) }"
                                    " ORDER BY ?model LIMIT 3")
                         .arg(kNnet));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto *table = console->findChild<QTableView *>(QStringLiteral("queryResults"));
        QCOMPARE(table->model()->rowCount(), 3);
        const QModelIndex type = table->model()->index(0, 1);
        QCOMPARE(type.data().toString(), QStringLiteral("nnet:NeuralNetwork"));
        QCOMPARE(type.data(Qt::ToolTipRole).toString(), kNnet + QStringLiteral("NeuralNetwork"));
        QCOMPARE(type.data(IriRole).toString(), kNnet + QStringLiteral("NeuralNetwork"));
        // A model of the catalogue by its name, its IRI on hover.
        const QModelIndex model = table->model()->index(0, 0);
        const auto catalogue = m_window->session()->catalogue();
        const auto entry =
            std::find_if(catalogue->models.begin(), catalogue->models.end(),
                         [&](const kg::ModelEntry &m) { return m.iri == model.data(IriRole).toString(); });
        QVERIFY(entry != catalogue->models.end());
        QCOMPARE(model.data().toString(), entry->name);
        QCOMPARE(model.data(Qt::ToolTipRole).toString(), entry->iri);

        m_window->tabs()->setCurrentWidget(console);
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        table->setFocus();
        table->selectAll();
        QApplication::clipboard()->clear();
        QTest::keySequence(table, QKeySequence::Copy);
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        const QStringList cells = lines.first().split(QLatin1Char('\t'));
        QCOMPARE(cells.size(), 2);
        QCOMPARE(cells[1], kNnet + QStringLiteral("NeuralNetwork"));
        QCOMPARE(cells[0], table->model()->index(0, 0).data(IriRole).toString());
    }

    void consoleExportsCsvTsvAndJson()
    {
        SparqlConsole *console = m_window->console();
        const QString awkward = QStringLiteral("a, \"quoted\"\nline\tand tab");
        const QString error =
            runQuery(console,
                     QStringLiteral("SELECT ?note ?type WHERE { BIND(\"a, \\\"quoted\\\"\\nline\\tand tab\" AS "
                                    "?note) BIND(<%1NeuralNetwork> AS ?type) }")
                         .arg(kNnet));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto *exporter = console->findChild<QueryResultExport *>();
        QVERIFY(exporter);
        auto exportTo = [&](const QString &name) -> QByteArray {
            QSignalSpy finished(exporter, &QueryResultExport::finished);
            console->exportResults(m_dir.filePath(name));
            if (!finished.wait(kTimeoutMs) || !finished.first().at(0).toBool())
                return {};
            QFile file(m_dir.filePath(name));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QByteArray json = exportTo(QStringLiteral("results.json"));
        QJsonParseError parseError;
        const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        const QJsonObject binding = root[QStringLiteral("results")][QStringLiteral("bindings")].toArray()[0].toObject();
        QCOMPARE(binding[QStringLiteral("note")][QStringLiteral("value")].toString(), awkward);
        QCOMPARE(binding[QStringLiteral("type")][QStringLiteral("value")].toString(),
                 kNnet + QStringLiteral("NeuralNetwork"));
        QCOMPARE(QString::fromUtf8(exportTo(QStringLiteral("results.csv"))),
                 QStringLiteral("note,type\r\n\"a, \"\"quoted\"\"\nline\tand tab\",%1NeuralNetwork\r\n").arg(kNnet));
        QCOMPARE(
            QString::fromUtf8(exportTo(QStringLiteral("results.tsv"))),
            QStringLiteral("?note\t?type\n\"a, \\\"quoted\\\"\\nline\\tand tab\"\t<%1NeuralNetwork>\n").arg(kNnet));

        // A file that cannot be written: the status names it and says why.
        QSignalSpy finished(exporter, &QueryResultExport::finished);
        const QString bad = m_dir.filePath(QStringLiteral("missing-folder/results.csv"));
        console->exportResults(bad);
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY(!finished.first().at(0).toBool());
        const QString status = console->findChild<QLabel *>(QStringLiteral("queryStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("missing-folder")), qPrintable(status));
        QVERIFY(!QFile::exists(bad));
    }

    void theQueryAndItsHistorySurviveARestart()
    {
        GraphSession *session = m_window->session();
        const QString first = QStringLiteral("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1");
        const QString second = QStringLiteral("ASK { ?s ?p ?o }");
        {
            SparqlConsole console(session);
            QVERIFY(runQuery(&console, first).isEmpty());
            QVERIFY(runQuery(&console, second).isEmpty());
            QVERIFY(runQuery(&console, QStringLiteral("  ") + first + QStringLiteral("\n")).isEmpty()); // once
            console.findChild<QPlainTextEdit *>(QStringLiteral("queryEditor"))
                ->setPlainText(QStringLiteral("SELECT ?typed WHERE {"));
        }
        SparqlConsole restarted(session);
        QCOMPARE(restarted.findChild<QPlainTextEdit *>(QStringLiteral("queryEditor"))->toPlainText(),
                 QStringLiteral("SELECT ?typed WHERE {"));
        auto *history = restarted.findChild<QComboBox *>(QStringLiteral("queryHistory"));
        QStringList queries;
        for (int i = 1; i < history->count(); ++i)
            queries << history->itemData(i).toString();
        QCOMPARE(queries.mid(0, 2), (QStringList{first, second}));
        QCOMPARE(queries.count(first), 1);
        // Choosing one puts it in the editor.
        history->activated(2);
        QCOMPARE(restarted.findChild<QPlainTextEdit *>(QStringLiteral("queryEditor"))->toPlainText(), second);
    }

    // A first start on a screen no larger than the layout (here the offscreen platform's 800×800)
    // fills the screen rather than hang a 1280×800 window over its edge.
    void aFirstWindowFitsASmallScreen()
    {
        MainWindow window;
        QVERIFY(window.windowState() & Qt::WindowMaximized);
    }

    // The examples are tested against the typed questions (tst_consoleexamples) as files; one that
    // ships without a place in the console's menu would be tested and never seen.
    void everyShippedExampleIsInTheConsolesMenu()
    {
        auto *examples = m_window->console()->findChild<QComboBox *>(QStringLiteral("queryExamples"));
        QVERIFY(examples);
        QStringList offered;
        for (int i = 0; i < examples->count(); ++i) {
            if (const QString path = examples->itemData(i).toString(); !path.isEmpty())
                offered << path;
        }
        QStringList shipped;
        for (const QString &name : QDir(QStringLiteral(":/queries")).entryList({QStringLiteral("*.rq")}, QDir::Files))
            shipped << QStringLiteral(":/queries/") + name;
        QVERIFY(!shipped.isEmpty());
        offered.sort();
        QCOMPARE(offered, shipped);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestReadable)
#include "tst_readable.moc"
