// The main window on the offscreen platform, against a real store: choosing a board fills the
// table with the right fits, every column sorts, the board form adds, edits and deletes boards
// (undoably) and reads sizes in any unit, a dropped model is imported and a dropped non-model
// refused, no progress dialog stands over the import form or a message box, and an exported
// snapshot re-imports to the same graph; a long console query stops (Stop, Esc, its time limit,
// quit) within a second with its process gone, and a board saved meanwhile is in the store. The
// import form keeps what was typed, with the reason, when its commit fails; quit stops reading
// files at once, and asks before it stops an accepted import (what was committed stays).
#include "AutomaticPrompts.h"
#include "ChildProcesses.h"
#include "TestData.h"
#include "TfliteFixture.h"

#include "boardcatalogue/BoardCataloguePanel.h"
#include "boardcatalogue/BoardDialog.h"
#include "console/SparqlConsole.h"
#include "import/ImportController.h"
#include "kg/GraphOpening.h"
#include "kg/Questions.h"
#include "mainwindow/MainWindow.h"
#include "modelsforboard/ModelFitTableModel.h"
#include "modelsforboard/ModelsForBoardView.h"
#include "session/GraphSession.h"
#include "settings/AppSettings.h"
#include "store/redland/RedlandStore.h"
#include "widgets/ItemRoles.h"
#include "widgets/MemoryEdit.h"
#include "widgets/SensorChecks.h"
#include "widgets/Units.h"
#include "widgets/WorkProgress.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

using namespace tinyml;
using namespace tinyml::gui;

namespace {

constexpr int kTimeoutMs = 30000;
// Files that take the worker far longer than 2 s to read (about 10 s).
constexpr int kManyFiles = 500;
// Models whose commit takes seconds (ten groups).
constexpr int kAcceptedModels = 640;
// Endless on any store of a few thousand triples (the seeded default store has them).
const QString kCrossJoin = QStringLiteral("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");

// Opens `dir` in a new window and waits until its catalogue is shown.
std::unique_ptr<MainWindow> openWindow(const QString &dir, kg::SeedPolicy seed)
{
    auto window = std::make_unique<MainWindow>();
    window->setPrompts(AutomaticPrompts::make());
    QSignalSpy ready(window.get(), &MainWindow::ready);
    window->openStore(dir, seed);
    window->show();
    if (!ready.wait(kTimeoutMs))
        qFatal("the window did not become ready on %s", qPrintable(dir));
    return window;
}

// Waits for the next operationFinished; returns (ok, message).
std::pair<bool, QString> waitForOperation(MainWindow *window)
{
    QSignalSpy finished(window, &MainWindow::operationFinished);
    if (!finished.wait(kTimeoutMs))
        return {false, QStringLiteral("timed out")};
    return {finished.first().at(0).toBool(), finished.first().at(1).toString()};
}

// Waits until the catalogue changed (after the worker committed something).
bool waitForCatalogue(MainWindow *window)
{
    QSignalSpy changed(window->session(), &GraphSession::catalogueChanged);
    return changed.wait(kTimeoutMs);
}

bool selectBoard(MainWindow *window, const QString &name)
{
    QTableView *table = window->modelsForBoard()->boards()->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (index.data().toString() == name) {
            table->selectionModel()->setCurrentIndex(index,
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

// The names of the models the table says fit.
QStringList fittingModels(MainWindow *window)
{
    QStringList names;
    ModelFitTableModel *model = window->modelsForBoard()->fitModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(FitsRole).toBool())
            names << model->index(row, ModelFitTableModel::Name).data().toString();
    }
    names.sort();
    return names;
}

// Types `text` into the memory field `name` of `parent`, as a person does.
MemoryEdit *typeSize(QWidget *parent, const QString &name, const QString &text)
{
    auto *field = parent->findChild<MemoryEdit *>(name);
    if (!field)
        qFatal("no memory field %s", qPrintable(name));
    field->lineEdit()->selectAll();
    QTest::keyClicks(field->lineEdit(), text);
    return field;
}

// Shows the import form and message boxes as the program does and notes, when each is shown and
// again after QProgressDialog's minimum duration has passed, whether it is the active modal
// window and which progress dialogs are visible; then closes it as a person would.
class WatchingPrompts : public DialogPrompts
{
public:
    struct Look {
        QString dialog;
        bool activeModal = false;
        int visibleProgress = 0;
    };
    QList<Look> looks;

    explicit WatchingPrompts(QWidget *window) : m_window(window) { }

    bool reviewImport(ModelImportDialog &dialog, QString *refusal) override
    {
        *refusal = dialog.problems().join(QLatin1Char('\n'));
        return watch(&dialog, QStringLiteral("import form")) == QDialog::Accepted && refusal->isEmpty();
    }
    void warn(QWidget *parent, const QString &title, const QString &message) override
    {
        QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
        watch(&box, QStringLiteral("message box"));
    }

private:
    int watch(QDialog *dialog, const QString &name)
    {
        auto look = [this, dialog, name]() {
            int visible = 0;
            for (QProgressDialog *p : m_window->findChildren<QProgressDialog *>())
                visible += p->isVisible() ? 1 : 0;
            looks << Look{name, QApplication::activeModalWidget() == dialog, visible};
        };
        QTimer::singleShot(0, dialog, look); // as it shows
        // Past the progress dialog's 400 ms, when its own timer would show it again.
        QTimer::singleShot(800, dialog, [dialog, look]() {
            look();
            dialog->accept();
        });
        return dialog->exec();
    }

    QWidget *m_window;
};

// Fills in the import form as a person would (a description, the microphone), then, before
// Import is clicked, removes the model file, so that its commit fails; notes what the form shows
// then, puts the file back and clicks Import again.
class TypingPrompts : public AutomaticPrompts
{
public:
    struct Look {
        bool visible = false;
        bool saving = true;
        QString description;
        QStringList sensors;
        QString problems;
    };
    std::optional<Look> afterFailure;

    TypingPrompts(const QString &file, const QString &description) : m_file(file), m_description(description) { }

    bool reviewImport(ModelImportDialog &dialog, QString *) override
    {
        auto *description = dialog.findChild<QPlainTextEdit *>(QStringLiteral("importDescription"));
        auto *microphone = dialog.findChild<QCheckBox *>(QStringLiteral("sensor_Microphone"));
        auto *import = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTimer::singleShot(0, &dialog, [&, description, microphone, import]() {
            description->setPlainText(m_description);
            microphone->setChecked(true);
            m_bytes = readWholeFile(m_file);
            QFile::remove(m_file);
            import->click();
        });
        QObject::connect(&dialog, &ModelImportDialog::saveFailed, &dialog, [&, description, import]() {
            Look look;
            look.visible = dialog.isVisible();
            look.saving = dialog.isSaving();
            look.description = description->toPlainText();
            look.sensors = dialog.findChild<SensorChecks *>()->checked();
            look.problems = dialog.findChild<QLabel *>(QStringLiteral("importProblems"))->text();
            afterFailure = look;
            test::writeWholeFile(m_file, m_bytes);
            import->click();
        });
        return dialog.exec() == QDialog::Accepted;
    }

private:
    static QByteArray readWholeFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString m_file;
    QString m_description;
    QByteArray m_bytes;
};

// Answers the window's confirmations with `answer` and keeps the questions.
class QuitPrompts : public AutomaticPrompts
{
public:
    explicit QuitPrompts(bool answer) : m_answer(answer) { }
    bool confirm(QWidget *, const QString &, const QString &question) override
    {
        questions << question;
        return m_answer;
    }
    QStringList questions;

private:
    bool m_answer;
};
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Settings go to the test's folder, not the user's.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    }
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_window = openWindow(m_dir.path() + QStringLiteral("/store-") + QString::number(++m_count),
                              kg::SeedPolicy::SeedWhenCreated);
    }
    void cleanup() { m_window.reset(); }

    void choosingABoardFillsTheTable_data()
    {
        QTest::addColumn<QString>("board");
        QTest::newRow("Nano 33 BLE Sense") << QStringLiteral("Arduino Nano 33 BLE Sense Rev2");
        QTest::newRow("Nicla Vision") << QStringLiteral("Arduino Nicla Vision");
        QTest::newRow("Nicla Sense ME") << QStringLiteral("Arduino Nicla Sense ME");
        QTest::newRow("ESP32-S3-EYE") << QStringLiteral("Espressif ESP32-S3-EYE");
    }
    void choosingABoardFillsTheTable()
    {
        QFETCH(QString, board);
        QVERIFY2(selectBoard(m_window.get(), board), qPrintable(board + QStringLiteral(" is not in the catalogue")));
        const auto catalogue = m_window->session()->catalogue();
        const auto entry = std::find_if(catalogue->boards.begin(), catalogue->boards.end(),
                                        [&](const kg::BoardEntry &b) { return b.name == board; });
        QVERIFY(entry != catalogue->boards.end());
        // What fits, worked out here from the rows alone: every sensor offered, memory within.
        QStringList expected;
        for (const kg::ModelEntry &m : catalogue->models) {
            // A model saved without sensors is of unknown sensors: it fits no board.
            const bool sensors = !m.sensors.isEmpty()
                && std::all_of(m.sensors.begin(), m.sensors.end(),
                               [&](const QString &s) { return entry->sensors.contains(s); });
            if (sensors && m.ramKb <= entry->ramKb && m.flashKb <= entry->flashKb)
                expected << m.name;
        }
        expected.sort();
        QCOMPARE(fittingModels(m_window.get()), expected);
        ModelFitTableModel *model = m_window->modelsForBoard()->fitModel();
        QCOMPARE(model->rowCount(), int(catalogue->models.size()));
        // A row that does not fit says why, in words as well as by its icon.
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex fits = model->index(row, ModelFitTableModel::Fits);
            QVERIFY(!fits.data(Qt::DecorationRole).value<QIcon>().isNull());
            if (!fits.data(FitsRole).toBool())
                QVERIFY2(fits.data().toString().contains(QStringLiteral("missing sensor"))
                             || fits.data().toString().contains(QStringLiteral("short by"))
                             || fits.data().toString().contains(QStringLiteral("sensors unknown")),
                         qPrintable(fits.data().toString()));
        }
        // "Only models that fit" leaves exactly those.
        m_window->modelsForBoard()->findChild<QCheckBox *>(QStringLiteral("onlyFitting"))->setChecked(true);
        QCOMPARE(m_window->modelsForBoard()->table()->model()->rowCount(), int(expected.size()));
    }

    void thePapersCustomisedBoardGetsThePapersAnswer()
    {
        const QString reference = test::referenceDir();
        if (reference.isEmpty())
            QSKIP(test::kNoReferenceData);
        m_window.reset();
        m_window = openWindow(m_dir.path() + QStringLiteral("/paper"), kg::SeedPolicy::Empty);
        m_window->importWithSheet(reference + QStringLiteral("/models_information.tsv"));
        const auto imported = waitForOperation(m_window.get());
        QVERIFY2(imported.first, qPrintable(imported.second));
        QTRY_COMPARE_WITH_TIMEOUT(int(m_window->session()->catalogue()->models.size()), 23, kTimeoutMs);
        // The paper's case 2: a camera board with 127 kB RAM and 576 kB Flash free.
        kg::Board custom;
        custom.name = QStringLiteral("camera board");
        custom.sensors = {QStringLiteral("Camera")};
        custom.ramKb = 127;
        custom.flashKb = 576;
        m_window->modelsForBoard()->useUnsavedBoard(custom);
        QCOMPARE(fittingModels(m_window.get()),
                 (QStringList{QStringLiteral("Person_Detection"), QStringLiteral("Visual_Alarm_Clock")}));
    }

    void everyColumnSorts()
    {
        QVERIFY(selectBoard(m_window.get(), QStringLiteral("Arduino Nano 33 BLE Sense Rev2")));
        QTableView *table = m_window->modelsForBoard()->table();
        QAbstractItemModel *model = table->model();
        QVERIFY(model->rowCount() > 3);
        for (int column = 0; column < model->columnCount(); ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                table->sortByColumn(column, order);
                // Cells without a value (an accuracy not known) come last, whichever the order.
                int known = 0;
                while (known < model->rowCount() && model->index(known, column).data(SortRole).isValid())
                    ++known;
                for (int row = known; row < model->rowCount(); ++row)
                    QVERIFY2(
                        !model->index(row, column).data(SortRole).isValid(),
                        qPrintable(
                            QStringLiteral("column %1 row %2 has a value after one without").arg(column).arg(row)));
                for (int row = 1; row < known; ++row) {
                    const QVariant before = model->index(row - 1, column).data(SortRole);
                    const QVariant after = model->index(row, column).data(SortRole);
                    const bool inOrder = order == Qt::AscendingOrder ? QVariant::compare(before, after) <= 0
                                                                     : QVariant::compare(before, after) >= 0;
                    QVERIFY2(inOrder,
                             qPrintable(QStringLiteral("column %1 row %2: %3 then %4")
                                            .arg(column)
                                            .arg(row)
                                            .arg(before.toString(), after.toString())));
                }
            }
        }
    }

    void theBoardFormValidatesAndAddsEditsAndDeletesUndoably()
    {
        BoardDialog dialog(kg::Board{});
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled()); // no name, no memory
        dialog.findChild<QLineEdit *>(QStringLiteral("boardName"))->setText(QStringLiteral("Line 4 camera node"));
        typeSize(&dialog, QStringLiteral("boardRam"), QStringLiteral("200"));
        QVERIFY(!save->isEnabled()); // no Flash yet
        typeSize(&dialog, QStringLiteral("boardFlash"), QStringLiteral("1024"));
        dialog.findChild<QCheckBox *>(QStringLiteral("sensor_Camera"))->setChecked(true);
        QVERIFY(save->isEnabled());
        dialog.findChild<QLineEdit *>(QStringLiteral("boardBleAddress"))->setText(QStringLiteral("C0:98"));
        QVERIFY(!save->isEnabled()); // half an address
        dialog.findChild<QLineEdit *>(QStringLiteral("boardBleAddress"))->setText(QStringLiteral("c0:98:e5:49:00:07"));
        QVERIFY(save->isEnabled());
        const kg::Board board = dialog.board();
        QCOMPARE(board.sensors, QStringList{QStringLiteral("Camera")});
        QCOMPARE(board.ramKb, 200.0);
        QCOMPARE(board.bleAddress, QStringLiteral("C0:98:E5:49:00:07"));

        const int boards = int(m_window->session()->catalogue()->boards.size());
        m_window->saveBoard(board);
        QVERIFY(waitForOperation(m_window.get()).first);
        QTRY_COMPARE_WITH_TIMEOUT(int(m_window->session()->catalogue()->boards.size()), boards + 1, kTimeoutMs);
        auto chosen = m_window->modelsForBoard()->boards()->currentBoard();
        QVERIFY(chosen);
        QCOMPARE(chosen->name, board.name);
        QCOMPARE(chosen->bleAddress, board.bleAddress);
        QCOMPARE(fittingModels(m_window.get()).contains(QStringLiteral("Demo_Person_Detection")), true);

        // Edit: more RAM, and the answer follows.
        kg::Board edited = board;
        edited.iri = chosen->iri;
        edited.ramKb = 64;
        m_window->saveBoard(edited);
        QVERIFY(waitForOperation(m_window.get()).first);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->modelsForBoard()->boards()->currentBoard()->ramKb, 64.0, kTimeoutMs);
        QCOMPARE(int(m_window->session()->catalogue()->boards.size()), boards + 1);
        QVERIFY(!fittingModels(m_window.get()).contains(QStringLiteral("Demo_Person_Detection")));

        // Delete, undo, redo.
        m_window->deleteBoard(chosen->iri, chosen->name);
        QVERIFY(waitForOperation(m_window.get()).first);
        QTRY_COMPARE_WITH_TIMEOUT(int(m_window->session()->catalogue()->boards.size()), boards, kTimeoutMs);
        m_window->undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(int(m_window->session()->catalogue()->boards.size()), boards + 1, kTimeoutMs);
        m_window->undoStack()->undo(); // the edit
        QVERIFY(waitForCatalogue(m_window.get()));
        const auto &all = m_window->session()->catalogue()->boards;
        const auto back =
            std::find_if(all.begin(), all.end(), [&](const kg::BoardEntry &b) { return b.iri == chosen->iri; });
        QVERIFY(back != all.end());
        QCOMPARE(back->ramKb, 200.0);
        m_window->undoStack()->undo(); // the addition
        QTRY_COMPARE_WITH_TIMEOUT(int(m_window->session()->catalogue()->boards.size()), boards, kTimeoutMs);
        m_window->undoStack()->redo();
        QTRY_COMPARE_WITH_TIMEOUT(int(m_window->session()->catalogue()->boards.size()), boards + 1, kTimeoutMs);
    }

    void theBoardFormReadsSizesInAnyUnitAndRefusesWhatItCannot()
    {
        BoardDialog dialog(kg::Board{});
        dialog.show();
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        auto *tryOnly = dialog.findChild<QPushButton *>(QStringLiteral("tryBoard"));
        dialog.findChild<QLineEdit *>(QStringLiteral("boardName"))->setText(QStringLiteral("Line 5 node"));
        MemoryEdit *ram = typeSize(&dialog, QStringLiteral("boardRam"), QStringLiteral("512 KiB"));
        MemoryEdit *flash = typeSize(&dialog, QStringLiteral("boardFlash"), QStringLiteral("0.5 MB"));
        QVERIFY(save->isEnabled());
        QCOMPARE(dialog.board().ramKb, 524.288); // 524288 B
        QCOMPARE(dialog.board().flashKb, 500.0); // not 0.5 kB
        // What a size in another unit comes to is said next to the field.
        auto *flashMessage = flash->findChild<QLabel *>(QStringLiteral("memoryMessage"));
        QVERIFY(flashMessage->isVisible());
        QVERIFY2(flashMessage->text().contains(QStringLiteral("500")), qPrintable(flashMessage->text()));

        const struct {
            QString text;
            QString says;
        } refused[] = {{QStringLiteral("abc"), QStringLiteral("'abc' is not a size")},
                       {QStringLiteral("-1"), QStringLiteral("cannot be negative")},
                       {QStringLiteral("1 GB"), QStringLiteral("more than a board's memory")},
                       {QStringLiteral("5 parsecs"), QStringLiteral("parsecs is not a unit of memory")}};
        auto *ramMessage = ram->findChild<QLabel *>(QStringLiteral("memoryMessage"));
        for (const auto &r : refused) {
            typeSize(&dialog, QStringLiteral("boardRam"), r.text);
            QVERIFY2(!save->isEnabled(), qPrintable(r.text));
            QVERIFY2(!tryOnly->isEnabled(), qPrintable(r.text));
            QVERIFY2(ramMessage->isVisible() && ramMessage->text().contains(r.says), qPrintable(ramMessage->text()));
            QVERIFY(!ram->kb());
        }
        // The form cannot be accepted by Enter either.
        QTest::keyClick(ram->lineEdit(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), 0);

        typeSize(&dialog, QStringLiteral("boardRam"), QStringLiteral("256kB"));
        QVERIFY(save->isEnabled());
        QVERIFY(!ramMessage->isVisible()); // written in the unit shown: nothing to say
        QCOMPARE(dialog.board().ramKb, 256.0);
        // The rule is on the field.
        QVERIFY(ram->lineEdit()->toolTip().contains(QStringLiteral("1 KiB = 1024 bytes")));
        QVERIFY(ram->lineEdit()->placeholderText().contains(QStringLiteral("kB")));
    }

    void anEditedBoardKeepsItsExactFigures()
    {
        kg::Board board;
        board.iri = QStringLiteral("http://example.org/board/exact");
        board.name = QStringLiteral("exact");
        board.ramKb = 262.144;
        board.flashKb = 1048.576;
        Units::setMemoryUnit(MemoryUnit::Kibibyte);
        BoardDialog dialog(board);
        QCOMPARE(dialog.findChild<MemoryEdit *>(QStringLiteral("boardRam"))->lineEdit()->text(),
                 QStringLiteral("256 KiB"));
        QCOMPARE(dialog.board().ramKb, 262.144);
        QCOMPARE(dialog.board().flashKb, 1048.576);
        typeSize(&dialog, QStringLiteral("boardRam"), QStringLiteral("100")); // a bare number: KiB, as shown
        QCOMPARE(dialog.board().ramKb, 102.4);
        Units::setMemoryUnit(MemoryUnit::Kilobyte);
    }

    // After every file import the progress dialog is gone before the import form or a message
    // box shows, and stays gone while they are up: each is the active modal window.
    void noProgressDialogStandsOverTheFormOrAMessage()
    {
        auto owned = std::make_unique<WatchingPrompts>(m_window.get());
        WatchingPrompts *prompts = owned.get();
        m_window->setPrompts(std::move(owned));

        const QString model = test::writeWholeFile(m_dir.filePath(QStringLiteral("line5_classifier.tflite")),
                                                   QByteArray::fromStdString(test::tinyConvNetwork().bytes()));
        auto outcome = drop({model});
        QVERIFY2(outcome.first, qPrintable(outcome.second));
        const QString notes = test::writeWholeFile(m_dir.filePath(QStringLiteral("notes5.tflite")),
                                                   QByteArray("these are notes, not a model\n"));
        outcome = drop({notes});
        QVERIFY(!outcome.first);
        const QList<WatchingPrompts::Look> looks = prompts->looks;
        m_window->setPrompts(AutomaticPrompts::make()); // deletes `prompts`

        QStringList seen;
        for (const WatchingPrompts::Look &look : looks) {
            seen << look.dialog;
            QVERIFY2(look.activeModal, qPrintable(look.dialog + QStringLiteral(" is not the active modal window")));
            QVERIFY2(
                look.visibleProgress == 0,
                qPrintable(
                    QStringLiteral("%1 progress dialog(s) over the %2").arg(look.visibleProgress).arg(look.dialog)));
        }
        QCOMPARE(seen,
                 (QStringList{QStringLiteral("import form"), QStringLiteral("import form"),
                              QStringLiteral("message box"), QStringLiteral("message box")}));
        // Every progress dialog is gone once its work is over, not just hidden.
        QTRY_COMPARE(m_window->findChildren<QProgressDialog *>().size(), 0);
    }

    void aProgressDialogsCancelSaysWhatItStops()
    {
        WorkProgress reading(m_window.get(), QStringLiteral("Reading 3 files…"), QStringLiteral("Stop reading files"),
                             3);
        QPushButton *stop = reading.dialog()->findChild<QPushButton *>();
        QVERIFY(stop);
        QCOMPARE(stop->text(), QStringLiteral("Stop reading files"));
        stop->click();
        QVERIFY(reading.cancelled());
        reading.finish();
        QVERIFY(!reading.dialog());
        WorkProgress writing(m_window.get(), QStringLiteral("Writing…"), QString(), 0);
        QVERIFY(!writing.dialog()->findChild<QPushButton *>()); // cannot be stopped: no button
        writing.finish();
    }

    void aChangeForAStoreClosedMeanwhileIsNotAppliedToTheNextOne()
    {
        kg::Board board;
        board.name = QStringLiteral("late board");
        board.ramKb = 100;
        board.flashKb = 100;
        const int boards = int(m_window->session()->catalogue()->boards.size());
        QSignalSpy finished(m_window.get(), &MainWindow::operationFinished);
        QSignalSpy opened(m_window->session(), &GraphSession::opened);
        m_window->saveBoard(board); // prepared on this store...
        m_window->openStore(m_dir.filePath(QStringLiteral("next-store")),
                            kg::SeedPolicy::SeedWhenCreated); // ...which closes first
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("Another store")),
                 qPrintable(finished.first().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            QDir(m_window->session()->location()) == QDir(m_dir.filePath(QStringLiteral("next-store"))), kTimeoutMs);
        QCOMPARE(int(m_window->session()->catalogue()->boards.size()), boards);
        QVERIFY(m_window->undoStack()->count() == 0);
    }

    void aDroppedModelIsImported()
    {
        const QString file = test::writeWholeFile(m_dir.filePath(QStringLiteral("line4_classifier.tflite")),
                                                  QByteArray::fromStdString(test::tinyConvNetwork().bytes()));
        const int models = int(m_window->session()->catalogue()->models.size());
        const auto outcome = drop({file});
        QVERIFY2(outcome.first, qPrintable(outcome.second));
        QTRY_COMPARE_WITH_TIMEOUT(int(m_window->session()->catalogue()->models.size()), models + 1, kTimeoutMs);
        const auto &all = m_window->session()->catalogue()->models;
        QVERIFY(std::any_of(all.begin(), all.end(),
                            [](const kg::ModelEntry &m) { return m.name == QStringLiteral("line4_classifier"); }));
        // The import is undoable as one step.
        m_window->undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(int(m_window->session()->catalogue()->models.size()), models, kTimeoutMs);
    }

    // A model dropped and imported without sensors fits no board: its Fits cell says why, "only
    // models that fit" leaves it out, and the count does not count it.
    void aModelWithoutSensorsIsNotCountedAsFitting()
    {
        const QString file = test::writeWholeFile(m_dir.filePath(QStringLiteral("no_sensors.tflite")),
                                                  QByteArray::fromStdString(test::tinyDenseNetwork().bytes()));
        const int models = int(m_window->session()->catalogue()->models.size());
        const auto outcome = drop({file});
        QVERIFY2(outcome.first, qPrintable(outcome.second));
        QTRY_COMPARE_WITH_TIMEOUT(int(m_window->session()->catalogue()->models.size()), models + 1, kTimeoutMs);
        QVERIFY(selectBoard(m_window.get(), QStringLiteral("Arduino Nicla Vision")));
        ModelFitTableModel *model = m_window->modelsForBoard()->fitModel();
        int row = 0;
        while (row < model->rowCount()
               && model->index(row, ModelFitTableModel::Name).data().toString() != QLatin1String("no_sensors"))
            ++row;
        QVERIFY(row < model->rowCount());
        const QModelIndex fits = model->index(row, ModelFitTableModel::Fits);
        QVERIFY(!fits.data(FitsRole).toBool());
        QCOMPARE(fits.data().toString(), QStringLiteral("fits memory; sensors unknown"));
        QVERIFY(!fittingModels(m_window.get()).contains(QStringLiteral("no_sensors")));
        auto *summary = m_window->modelsForBoard()->findChild<QLabel *>(QStringLiteral("modelsSummary"));
        QVERIFY2(
            summary->text().startsWith(
                QStringLiteral("%1 of %2 models fit").arg(fittingModels(m_window.get()).size()).arg(model->rowCount())),
            qPrintable(summary->text()));
        m_window->modelsForBoard()->findChild<QCheckBox *>(QStringLiteral("onlyFitting"))->setChecked(true);
        QAbstractItemModel *shown = m_window->modelsForBoard()->table()->model();
        QCOMPARE(shown->rowCount(), int(fittingModels(m_window.get()).size()));
        for (int r = 0; r < shown->rowCount(); ++r)
            QVERIFY(shown->index(r, ModelFitTableModel::Name).data().toString() != QLatin1String("no_sensors"));
    }

    void aDroppedFileThatIsNotAModelIsRefused()
    {
        // A file named like a model is still checked by its content.
        const QString file = test::writeWholeFile(m_dir.filePath(QStringLiteral("notes.tflite")),
                                                  QByteArray("these are notes, not a model\n"));
        const qint64 triples = tripleCount();
        const auto outcome = drop({file});
        QVERIFY(!outcome.first);
        QVERIFY2(outcome.second.contains(file)
                     && outcome.second.contains(QStringLiteral("not a TensorFlow Lite model")),
                 qPrintable(outcome.second));
        QCOMPARE(tripleCount(), triples);
    }

    void anExportedSnapshotReimportsToTheSameGraph()
    {
        const QString path = m_dir.filePath(QStringLiteral("snapshot.ttl"));
        m_window->exportSnapshot(path);
        const auto outcome = waitForOperation(m_window.get());
        QVERIFY2(outcome.first, qPrintable(outcome.second));

        QString error;
        kg::KnowledgeGraph copy(store::RedlandStore::createInMemory(), m_dir.filePath(QStringLiteral("copy-models")));
        QVERIFY2(copy.importRdf({path}, &error), qPrintable(error));
        QCOMPARE(copy.store().tripleCount(), tripleCount());
        const kg::Catalogue *reread = copy.catalogue(&error);
        QVERIFY(reread);
        const auto original = m_window->session()->catalogue();
        QCOMPARE(reread->models.size(), original->models.size());
        QCOMPARE(reread->boards.size(), original->boards.size());
        for (int i = 0; i < original->models.size(); ++i) {
            QCOMPARE(reread->models[i].iri, original->models[i].iri);
            QCOMPARE(reread->models[i].macs, original->models[i].macs);
            QCOMPARE(reread->models[i].ramKb, original->models[i].ramKb);
            QCOMPARE(reread->models[i].sensors, original->models[i].sensors);
        }
        for (int i = 0; i < original->boards.size(); ++i) {
            QCOMPARE(reread->boards[i].iri, original->boards[i].iri);
            QCOMPARE(reread->boards[i].sensors, original->boards[i].sensors);
        }
    }

    void aBrokenSnapshotChangesNothing()
    {
        const QString path =
            test::writeWholeFile(m_dir.filePath(QStringLiteral("broken.ttl")),
                                 QByteArray("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e \n"));
        const qint64 triples = tripleCount();
        m_window->importSnapshots({path});
        const auto outcome = waitForOperation(m_window.get());
        QVERIFY(!outcome.first);
        QVERIFY2(outcome.second.contains(QStringLiteral("broken.ttl")), qPrintable(outcome.second));
        QCOMPARE(tripleCount(), triples);
    }

    // A sheet import that fails leaves the graph as it was and names the file at fault and why.
    void aFailedSheetImportNamesTheFileAndTheProblem()
    {
        const QString sheet = test::writeWholeFile(m_dir.filePath(QStringLiteral("sheet.tsv")),
                                                   QByteArray("Name\tDescription\nmissing_model\tgone\n"));
        const qint64 triples = tripleCount();
        m_window->importWithSheet(sheet);
        auto outcome = waitForOperation(m_window.get());
        QVERIFY(!outcome.first);
        QVERIFY2(outcome.second.contains(sheet) && outcome.second.contains(QStringLiteral("no model file")),
                 qPrintable(outcome.second));

        const QString notes = test::writeWholeFile(m_dir.filePath(QStringLiteral("sheet_notes.tflite")),
                                                   QByteArray("these are notes, not a model\n"));
        test::writeWholeFile(sheet, QByteArray("Name\tDescription\nsheet_notes\tnot a model\n"));
        m_window->importWithSheet(sheet);
        outcome = waitForOperation(m_window.get());
        QVERIFY(!outcome.first);
        QVERIFY2(outcome.second.contains(notes)
                     && outcome.second.contains(QStringLiteral("not a TensorFlow Lite model")),
                 qPrintable(outcome.second));
        QCOMPARE(tripleCount(), triples);
    }

    void stopEndsALongQueryAndABoardAddedMeanwhileIsSaved()
    {
        const QString storeDir = m_window->session()->location();
        QVERIFY(startConsoleQuery(kCrossJoin));
        auto *stop = m_window->console()->findChild<QPushButton *>(QStringLiteral("stopQuery"));
        QVERIFY(stop->isEnabled());

        // The board commits while the query runs: the form closes as saved, and only then.
        BoardDialog dialog(kg::Board{});
        fillBoardForm(dialog, QStringLiteral("Board saved during a query"));
        saveThroughTheWindow(dialog);
        QVERIFY(dialog.isSaving() || dialog.result() == BoardDialog::Save);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 5000);
        QCOMPARE(dialog.result(), int(BoardDialog::Save));
        QVERIFY2(!test::childProcesses().isEmpty(), "the query should still run");
        QVERIFY(consoleStatus().contains(QStringLiteral("Running")));

        QElapsedTimer clock;
        clock.start();
        stop->click();
        QTRY_VERIFY_WITH_TIMEOUT(consoleStatus().startsWith(QStringLiteral("Stopped after")), 1000);
        QVERIFY(test::childProcesses().isEmpty());
        QVERIFY(tripleCount() > 0); // the worker answers at once
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(m_window->console()->findChild<QPushButton *>(QStringLiteral("runQuery"))->isEnabled());

        // The board is in the store, as a new process would read it.
        m_window.reset();
        QString error;
        auto store = store::RedlandStore::open(storeDir, &error);
        QVERIFY2(store, qPrintable(error));
        const auto found = store->query(QStringLiteral("ASK { ?b ?p \"Board saved during a query\" }"), &error);
        QVERIFY2(found, qPrintable(error));
        QVERIFY(found->boolean);
    }

    void escapeStopsTheQuery()
    {
        QVERIFY(startConsoleQuery(kCrossJoin));
        // Esc reaches the console as a person presses it: in the active window, in the editor.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *editor = m_window->console()->findChild<QPlainTextEdit *>(QStringLiteral("queryEditor"));
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(consoleStatus().startsWith(QStringLiteral("Stopped after")), 1000);
        QVERIFY(test::childProcesses().isEmpty());
    }

    void aQueryOverTheTimeLimitEndsWithAClearMessage()
    {
        settings::queryTimeLimit.setValue(1);
        QVERIFY(startConsoleQuery(kCrossJoin));
        settings::queryTimeLimit.remove();
        QTRY_COMPARE_WITH_TIMEOUT(
            consoleStatus(), QStringLiteral("The query ran longer than the time limit of 1 s and was stopped."), 3000);
        QVERIFY(test::childProcesses().isEmpty());
    }

    void quitDuringALongQueryEndsAtOnceAndReleasesTheStore()
    {
        const QString storeDir = m_window->session()->location();
        QVERIFY(startConsoleQuery(kCrossJoin));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_window->close());
        m_window.reset();
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(test::childProcesses().isEmpty());
        QString error;
        QVERIFY2(store::RedlandStore::open(storeDir, &error), qPrintable(error));
    }

    void theBoardFormKeepsWhatWasTypedWhenTheCommitFails()
    {
        BoardDialog dialog(kg::Board{});
        fillBoardForm(dialog, QStringLiteral("Board for the closed store"));
        saveThroughTheWindow(dialog); // prepared on this store...
        m_window->openStore(m_dir.filePath(QStringLiteral("other-store")),
                            kg::SeedPolicy::SeedWhenCreated); // ...which closes before it commits
        auto *problems = dialog.findChild<QLabel *>(QStringLiteral("boardProblems"));
        QTRY_VERIFY_WITH_TIMEOUT(problems->text().contains(QStringLiteral("could not be saved")), kTimeoutMs);
        QVERIFY2(problems->text().contains(QStringLiteral("Another store was opened")), qPrintable(problems->text()));
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.isSaving());
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("boardName"))->text(),
                 QStringLiteral("Board for the closed store"));
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
        dialog.reject();
    }

    // Cancel closes the form while its commit waits (behind a long query on a server, say); the
    // commit's failure, coming later, still reaches the user.
    void aBoardFormClosedWhileSavingStillHearsOfAFailure()
    {
        BoardDialog dialog(kg::Board{});
        fillBoardForm(dialog, QStringLiteral("Board closed while saving"));
        QString failure;
        dialog.setSaver([this](const kg::Board &board, auto done) { m_window->saveBoard(board, std::move(done)); },
                        [&failure](const QString &error) { failure = error; });
        dialog.show();
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(dialog.isSaving());
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->isEnabled());
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
        m_window->openStore(m_dir.filePath(QStringLiteral("store-opened-meanwhile")), kg::SeedPolicy::SeedWhenCreated);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QVERIFY(!dialog.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!failure.isEmpty(), kTimeoutMs);
        QVERIFY2(failure.contains(QStringLiteral("Another store was opened")), qPrintable(failure));
    }

    void theImportFormKeepsWhatWasTypedWhenTheCommitFails()
    {
        const QString file = test::writeWholeFile(m_dir.filePath(QStringLiteral("line7_classifier.tflite")),
                                                  QByteArray::fromStdString(test::tinyConvNetwork().bytes()));
        const QString description = QStringLiteral("Detects the seventh line, typed by hand");
        auto owned = std::make_unique<TypingPrompts>(file, description);
        TypingPrompts *prompts = owned.get();
        m_window->setPrompts(std::move(owned));
        const auto outcome = drop({file});
        const std::optional<TypingPrompts::Look> look = prompts->afterFailure;
        m_window->setPrompts(AutomaticPrompts::make()); // deletes `prompts`

        // The failed commit left the form open, with the reason and everything typed...
        QVERIFY(look);
        QVERIFY(look->visible);
        QVERIFY(!look->saving);
        QCOMPARE(look->description, description);
        QCOMPARE(look->sensors, QStringList{QStringLiteral("Microphone")});
        QVERIFY2(look->problems.contains(QStringLiteral("could not be imported")) && look->problems.contains(file),
                 qPrintable(look->problems));
        // ...so that Import, once the file is back, adds the model as it was typed.
        QVERIFY2(outcome.first, qPrintable(outcome.second));
        QTRY_VERIFY_WITH_TIMEOUT(modelNamed(QStringLiteral("line7_classifier")), kTimeoutMs);
        const kg::ModelEntry model = *modelNamed(QStringLiteral("line7_classifier"));
        QCOMPARE(model.description, description);
        QCOMPARE(model.sensors, QStringList{QStringLiteral("Microphone")});
    }

    void quitWhileManyFilesAreReadEndsAtOnceAndReleasesTheStore()
    {
        const QString storeDir = m_window->session()->location();
        // Many names of one large model (16 MB, about 20 ms to read): seconds of reading, little disk.
        QDir(m_dir.path()).mkpath(QStringLiteral("many"));
        const QString model =
            test::writeWholeFile(m_dir.filePath(QStringLiteral("many/wide.tflite")),
                                 QByteArray::fromStdString(test::wideDenseNetwork(4096, 4096).bytes()));
        QStringList files;
        for (int i = 0; i < kManyFiles; ++i) {
            files << m_dir.filePath(QStringLiteral("many/wide%1.tflite").arg(i));
            QVERIFY(QFile::link(model, files.last()));
        }
        m_window->importFiles(files);
        QPointer<QProgressDialog> progress = m_window->findChild<QProgressDialog *>(QStringLiteral("workProgress"));
        QVERIFY(progress);
        QTRY_VERIFY_WITH_TIMEOUT(!progress || progress->value() > 0, kTimeoutMs);
        QVERIFY2(progress && progress->value() < kManyFiles / 2, "the files should still be being read");

        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_window->close());
        m_window.reset();
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QString error;
        QVERIFY2(store::RedlandStore::open(storeDir, &error), qPrintable(error));
    }

    void quitDuringAnAcceptedImportAsksFirst_data()
    {
        QTest::addColumn<bool>("stop");
        QTest::newRow("keep importing") << false;
        QTest::newRow("stop and quit") << true;
    }
    void quitDuringAnAcceptedImportAsksFirst()
    {
        QFETCH(bool, stop);
        // Many models, committed in groups for seconds.
        const QString folder = QStringLiteral("accepted-") + QString::number(stop);
        QDir(m_dir.path()).mkpath(folder);
        QStringList files;
        for (int i = 0; i < kAcceptedModels; ++i)
            files << test::writeWholeFile(m_dir.filePath(folder + QStringLiteral("/model%1.tflite").arg(i)),
                                          QByteArray::fromStdString(test::syntheticClassifier(i).bytes()));
        auto owned = std::make_unique<QuitPrompts>(stop);
        QuitPrompts *prompts = owned.get();
        m_window->setPrompts(std::move(owned));
        const int before = int(m_window->session()->catalogue()->models.size());

        // Quit once the first group of models is in the graph (the form's commit runs then).
        bool closed = false;
        QElapsedTimer clock;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&]() {
            if (!clock.isValid()) {
                for (QProgressDialog *p : m_window->findChildren<QProgressDialog *>()) {
                    if (p->labelText().startsWith(QStringLiteral("Importing")) && p->value() > kAcceptedModels) {
                        clock.start();
                        closed = m_window->close();
                        break;
                    }
                }
            }
        });
        poll.start(5);
        m_window->importFiles(files);
        const auto outcome = waitForOperation(m_window.get()); // the import's end
        const qint64 stoppedAfter = clock.isValid() ? clock.elapsed() : -1;
        poll.stop();
        const QStringList questions = prompts->questions;
        m_window->setPrompts(AutomaticPrompts::make()); // deletes `prompts`

        QVERIFY2(clock.isValid(), "the import should have been committing");
        QCOMPARE(questions.size(), 1);
        QVERIFY2(questions.first().contains(QStringLiteral("still being imported")), qPrintable(questions.first()));
        QCOMPARE(closed, stop);
        QVERIFY2(outcome.first, qPrintable(outcome.second));
        const QRegularExpressionMatch added = QRegularExpression(QStringLiteral("^(\\d+) model")).match(outcome.second);
        QVERIFY2(added.hasMatch(), qPrintable(outcome.second));
        const int count = added.captured(1).toInt();
        QTRY_COMPARE_WITH_TIMEOUT(int(m_window->session()->catalogue()->models.size()), before + count, kTimeoutMs);
        if (!stop) {
            QCOMPARE(count, kAcceptedModels); // the import went on to its end
            return;
        }
        // Stopped after the group being committed, and said so; what was committed stays.
        QVERIFY2(stoppedAfter < 2000, qPrintable(QString::number(stoppedAfter)));
        QVERIFY2(count > 0 && count < kAcceptedModels, qPrintable(outcome.second));
        QVERIFY2(outcome.second.contains(QStringLiteral("cancelled after them")), qPrintable(outcome.second));
        const QString storeDir = m_window->session()->location();
        m_window.reset();
        QString error;
        QVERIFY2(store::RedlandStore::open(storeDir, &error), qPrintable(error));
    }

private:
    // Runs `sparql` in the console and waits until its query process is there.
    bool startConsoleQuery(const QString &sparql)
    {
        m_window->findChild<QTabWidget *>()->setCurrentWidget(m_window->console());
        m_window->console()->findChild<QPlainTextEdit *>(QStringLiteral("queryEditor"))->setPlainText(sparql);
        m_window->console()->run();
        for (int waited = 0; test::childProcesses().isEmpty() && waited < kTimeoutMs; waited += 10)
            QTest::qWait(10);
        return !test::childProcesses().isEmpty();
    }
    QString consoleStatus() const
    {
        return m_window->console()->findChild<QLabel *>(QStringLiteral("queryStatus"))->text();
    }
    // A board form filled in as a person would, saving through the window as Add board does.
    static void fillBoardForm(BoardDialog &dialog, const QString &name)
    {
        dialog.findChild<QLineEdit *>(QStringLiteral("boardName"))->setText(name);
        typeSize(&dialog, QStringLiteral("boardRam"), QStringLiteral("256 kB"));
        typeSize(&dialog, QStringLiteral("boardFlash"), QStringLiteral("1 MB"));
    }
    void saveThroughTheWindow(BoardDialog &dialog)
    {
        dialog.setSaver([this](const kg::Board &board, auto done) { m_window->saveBoard(board, std::move(done)); });
        dialog.show();
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    }
    std::pair<bool, QString> drop(const QStringList &files)
    {
        QMimeData data;
        QList<QUrl> urls;
        for (const QString &f : files)
            urls << QUrl::fromLocalFile(f);
        data.setUrls(urls);
        const QPoint centre = m_window->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        if (!enter.isAccepted())
            return {false, QStringLiteral("the window refused the drag")};
        QDropEvent dropEvent(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QSignalSpy finished(m_window.get(), &MainWindow::operationFinished);
        QApplication::sendEvent(m_window.get(), &dropEvent);
        if (!finished.wait(kTimeoutMs))
            return {false, QStringLiteral("timed out")};
        return {finished.first().at(0).toBool(), finished.first().at(1).toString()};
    }

    std::optional<kg::ModelEntry> modelNamed(const QString &name) const
    {
        for (const kg::ModelEntry &m : m_window->session()->catalogue()->models) {
            if (m.name == name)
                return m;
        }
        return std::nullopt;
    }

    qint64 tripleCount()
    {
        qint64 count = -1;
        bool done = false;
        m_window->session()->run<qint64>(
            this, [](kg::KnowledgeGraph &graph) { return graph.store().tripleCount(); },
            [&](qint64 n) {
                count = n;
                done = true;
            });
        for (int waited = 0; !done && waited < kTimeoutMs; waited += 10)
            QTest::qWait(10);
        return count;
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
