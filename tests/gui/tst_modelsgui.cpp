// Models as first-class in the window: 23 files imported through one table (fill-down, the
// suggested sensors), a model edited and deleted from "Models for a board" and both undone, and a
// metadata sheet that describes models again shown field by field before it is applied.
#include "AutomaticPrompts.h"
#include "TestData.h"
#include "TfliteFixture.h"

#include "import/ModelImportDialog.h"
#include "mainwindow/MainWindow.h"
#include "modeledit/ModelController.h"
#include "modelsforboard/ModelDetailsPanel.h"
#include "modelsforboard/ModelsForBoardView.h"
#include "session/GraphSession.h"
#include "widgets/ItemRoles.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tinyml;
using namespace tinyml::gui;

namespace {

constexpr int kTimeoutMs = 30000;

std::unique_ptr<MainWindow> openWindow(const QString &dir, std::unique_ptr<UserPrompts> prompts)
{
    auto window = std::make_unique<MainWindow>();
    window->setPrompts(std::move(prompts));
    QSignalSpy ready(window.get(), &MainWindow::ready);
    window->openStore(dir, kg::SeedPolicy::Empty);
    window->show();
    if (!ready.wait(kTimeoutMs))
        qFatal("the window did not become ready on %s", qPrintable(dir));
    return window;
}

const kg::ModelEntry *modelNamed(MainWindow *window, const QString &name)
{
    for (const kg::ModelEntry &m : window->session()->catalogue()->models) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

// Fills the import table as a person would in one pass: a creator typed in the first row and
// filled down the column, every row's suggested sensors taken; notes what the table showed.
class FillingPrompts : public AutomaticPrompts
{
public:
    int rows = 0;
    int withoutSensorsBefore = 0;
    int withoutSensorsAfter = 0;
    int filled = 0;

    bool reviewImport(ModelImportDialog &dialog, QString *refusal) override
    {
        ModelImportTableModel *table = dialog.table();
        QTableView *view = dialog.tableView();
        rows = table->rowCount();
        withoutSensorsBefore = table->withoutSensors();
        table->setData(table->index(0, ModelImportTableModel::Creator), QStringLiteral("Line 4 team"), Qt::EditRole);
        view->selectionModel()->select(QItemSelection(table->index(0, ModelImportTableModel::Creator),
                                                      table->index(rows - 1, ModelImportTableModel::Creator)),
                                       QItemSelectionModel::ClearAndSelect);
        const int before = countCreators(table);
        dialog.fillDown();
        filled = countCreators(table) - before;
        view->selectAll();
        dialog.findChild<QPushButton *>(QStringLiteral("useSuggestedSensors"))->click();
        withoutSensorsAfter = table->withoutSensors();
        return AutomaticPrompts::reviewImport(dialog, refusal);
    }

private:
    static int countCreators(ModelImportTableModel *table)
    {
        int n = 0;
        for (const ImportCandidate &c : table->models())
            n += c.info.creator == QLatin1String("Line 4 team") ? 1 : 0;
        return n;
    }
};

} // namespace

class TestModelsGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString storeDir() { return m_dir.filePath(QStringLiteral("store-%1").arg(++m_count)); }

    // The 23 reference models, or 23 of our own classifiers when the reference data is absent.
    QStringList twentyThreeFiles()
    {
        QStringList files;
        for (const test::ReferenceModel &m : test::referenceModels())
            files << m.path;
        for (int seed = 0; files.size() < 23; ++seed)
            files << test::writeWholeFile(m_dir.filePath(QStringLiteral("classifier_%1.tflite").arg(seed)),
                                          QByteArray::fromStdString(test::syntheticClassifier(seed).bytes()));
        return files;
    }

    static bool waitForCatalogue(MainWindow *window)
    {
        QSignalSpy changed(window->session(), &GraphSession::catalogueChanged);
        return changed.wait(kTimeoutMs);
    }

private slots:
    void initTestCase() { QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path()); }

    void twentyThreeFilesAreOneTableFilledInOnePass()
    {
        auto prompts = std::make_unique<FillingPrompts>();
        FillingPrompts *seen = prompts.get();
        auto window = openWindow(storeDir(), std::move(prompts));
        const QStringList files = twentyThreeFiles();
        QSignalSpy finished(window.get(), &MainWindow::operationFinished);
        window->importFiles(files);
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(seen->rows, 23);
        QCOMPARE(seen->withoutSensorsBefore, 23); // suggestions are never applied unasked
        QCOMPARE(seen->filled, 22);
        QVERIFY2(seen->withoutSensorsAfter < 23, "the suggestions were taken where there are some");
        QTRY_COMPARE_WITH_TIMEOUT(int(window->session()->catalogue()->models.size()), 23, kTimeoutMs);
        if (!test::referenceDir().isEmpty()) {
            QCOMPARE(modelNamed(window.get(), QStringLiteral("Micro_Speech_Yes_No_1"))->sensors,
                     QStringList{QStringLiteral("Microphone")});
            QCOMPARE(modelNamed(window.get(), QStringLiteral("Person_Detection"))->sensors,
                     QStringList{QStringLiteral("Camera")});
        }
        // One step takes the whole import back.
        window->undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(int(window->session()->catalogue()->models.size()), 0, kTimeoutMs);
    }

    void aModelIsEditedAndDeletedAndBothAreUndone()
    {
        auto window = openWindow(storeDir(), AutomaticPrompts::make());
        const QString file = test::writeWholeFile(m_dir.filePath(QStringLiteral("line9.tflite")),
                                                  QByteArray::fromStdString(test::tinyConvNetwork().bytes()));
        QSignalSpy finished(window.get(), &MainWindow::operationFinished);
        window->importFiles({file});
        QVERIFY(finished.wait(kTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(modelNamed(window.get(), QStringLiteral("line9")), kTimeoutMs);
        const kg::ModelEntry model = *modelNamed(window.get(), QStringLiteral("line9"));

        // F2 and Del act on the model shown.
        QTableView *table = window->modelsForBoard()->table();
        table->selectionModel()->setCurrentIndex(table->model()->index(0, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(window->models()->editAction()->isEnabled());
        QCOMPARE(window->models()->editAction()->shortcut(), QKeySequence(Qt::Key_F2));
        QVERIFY(table->actions().contains(window->models()->deleteAction()));

        kg::ModelInfo info;
        info.name = QStringLiteral("line9 scratches");
        info.description = QStringLiteral("finds scratches on line 9");
        info.sensors = {QStringLiteral("Camera")};
        QString saveError = QStringLiteral("not heard");
        window->models()->saveModel(model.iri, info, [&](const QString &error) { saveError = error; });
        QTRY_VERIFY_WITH_TIMEOUT(modelNamed(window.get(), QStringLiteral("line9 scratches")), kTimeoutMs);
        QCOMPARE(saveError, QString());
        QCOMPARE(modelNamed(window.get(), QStringLiteral("line9 scratches"))->sensors,
                 QStringList{QStringLiteral("Camera")});
        window->undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(modelNamed(window.get(), QStringLiteral("line9")), kTimeoutMs);
        QVERIFY(modelNamed(window.get(), QStringLiteral("line9"))->sensors.isEmpty());

        const QString repository = window->session()->location() + QStringLiteral("/models/");
        window->models()->deleteModel(model.iri, model.name);
        QTRY_COMPARE_WITH_TIMEOUT(int(window->session()->catalogue()->models.size()), 0, kTimeoutMs);
        QVERIFY(!QFileInfo::exists(repository + model.sha256 + QStringLiteral(".tflite")));
        QCOMPARE(window->undoStack()->undoText(), QStringLiteral("Delete model line9"));
        window->undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(modelNamed(window.get(), QStringLiteral("line9")), kTimeoutMs);
        QVERIFY(QFileInfo::exists(repository + model.sha256 + QStringLiteral(".tflite")));
    }

    void aSheetThatDescribesModelsAgainIsShownFieldByField()
    {
        auto prompts = std::make_unique<AutomaticPrompts>();
        AutomaticPrompts *answers = prompts.get();
        auto window = openWindow(storeDir(), std::move(prompts));
        QDir().mkpath(m_dir.filePath(QStringLiteral("sheet")));
        const QString file = test::writeWholeFile(m_dir.filePath(QStringLiteral("sheet/line3.tflite")),
                                                  QByteArray::fromStdString(test::tinyConvNetwork().bytes()));
        QSignalSpy finished(window.get(), &MainWindow::operationFinished);
        window->importFiles({file});
        QVERIFY(finished.wait(kTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(modelNamed(window.get(), QStringLiteral("line3")), kTimeoutMs);
        const QString sheet =
            test::writeWholeFile(m_dir.filePath(QStringLiteral("sheet/models.tsv")),
                                 "Name\tHardware\tcategory\tmetrics\tmetric_value\nline3\t0\t0\t0\t88.5\n");

        // Cancelled: nothing changes.
        answers->updatesAnswer = false;
        finished.clear();
        window->importWithSheet(sheet);
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(answers->updateReviews.size(), 1);
        QStringList fields;
        for (const kg::FieldChange &c : answers->updateReviews.front().front().changes)
            fields << kg::ModelFields::describe(c);
        QCOMPARE(fields,
                 QStringList({QStringLiteral("Sensors: (none) → Camera"),
                              QStringLiteral("Category: (none) → Classification"),
                              QStringLiteral("Metric: (none) → Top_1_accuracy"),
                              QStringLiteral("Metric value: (none) → 88.5")}));
        QVERIFY(modelNamed(window.get(), QStringLiteral("line3"))->sensors.isEmpty());

        answers->updatesAnswer = true;
        finished.clear();
        window->importWithSheet(sheet);
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("1 updated")),
                 qPrintable(finished.first().at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(modelNamed(window.get(), QStringLiteral("line3"))->sensors,
                                  QStringList{QStringLiteral("Camera")}, kTimeoutMs);
        QCOMPARE(modelNamed(window.get(), QStringLiteral("line3"))->metricValue, std::optional<double>(88.5));
        window->undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(modelNamed(window.get(), QStringLiteral("line3"))->sensors.isEmpty(), kTimeoutMs);
    }
};

QTEST_MAIN(TestModelsGui)
#include "tst_modelsgui.moc"
