// Generate firmware project… in the window: from a model's details on the board picked in
// "Models for a board", the dialog writes the project and shows what it generated and why; a
// board without a firmware template is refused in the dialog, with nothing written; Deploy opens
// the same dialog for its model.
#include "AutomaticPrompts.h"

#include "boardcatalogue/BoardCataloguePanel.h"
#include "codegen/FirmwareController.h"
#include "codegen/FirmwareProjectDialog.h"
#include "deploy/DeployView.h"
#include "mainwindow/MainWindow.h"
#include "modelsforboard/ModelDetailsPanel.h"
#include "modelsforboard/ModelsForBoardView.h"
#include "session/GraphSession.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace tinyml;
using namespace tinyml::gui;

namespace {

constexpr int kTimeoutMs = 30000;

QString boardIriNamed(MainWindow *window, const QString &name)
{
    for (const kg::BoardEntry &b : window->session()->catalogue()->boards) {
        if (b.name == name)
            return b.iri;
    }
    return QString();
}

// Selects the model's row in the table of "Models for a board", as a click does.
bool selectModel(MainWindow *window, const QString &name)
{
    QTableView *table = window->modelsForBoard()->table();
    QAbstractItemModel *rows = table->model();
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (rows->index(row, 0).data().toString() == name) {
            table->selectionModel()->setCurrentIndex(rows->index(row, 0),
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

} // namespace

class TestFirmwareGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void generatesFromTheModelsDetails()
    {
        auto window = std::make_unique<MainWindow>();
        window->setPrompts(std::make_unique<AutomaticPrompts>());
        QSignalSpy ready(window.get(), &MainWindow::ready);
        window->openStore(m_dir.filePath(QStringLiteral("store")), kg::SeedPolicy::SeedWhenCreated);
        window->show();
        QVERIFY(ready.wait(kTimeoutMs));

        const QString nano = boardIriNamed(window.get(), QStringLiteral("Arduino Nano 33 BLE Sense Rev2"));
        QVERIFY(!nano.isEmpty());
        window->modelsForBoard()->boards()->selectBoard(nano);
        QTRY_VERIFY_WITH_TIMEOUT(selectModel(window.get(), QStringLiteral("Demo_Gesture_Recognition")), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(window->modelsForBoard()->details()->model().has_value(), kTimeoutMs);
        QAction *generate = window->firmware()->generateAction();
        QVERIFY(generate->isEnabled());
        QVERIFY(window->modelsForBoard()->details()->actions().contains(generate));
        generate->trigger();

        auto *dialog = window->findChild<FirmwareProjectDialog *>(QStringLiteral("firmwareProjectDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *board = dialog->findChild<QComboBox *>(QStringLiteral("firmwareBoard"));
        QCOMPARE(board->currentData().toString(), nano);
        QVERIFY(board->currentText().endsWith(QLatin1String("(fits)")));
        // Boards without a firmware template say so once the graph has answered.
        const int pico = board->findData(boardIriNamed(window.get(), QStringLiteral("Raspberry Pi Pico")));
        QTRY_VERIFY(board->itemText(pico).endsWith(QStringLiteral(" — no firmware template")));
        QVERIFY(dialog->folder().endsWith(QLatin1String("Demo_Gesture_Recognition_Arduino_Nano_33_BLE_Sense_Rev2")));

        const QString folder = m_dir.filePath(QStringLiteral("projects/gesture"));
        dialog->setFolder(folder);
        QSignalSpy generated(dialog, &FirmwareProjectDialog::generated);
        dialog->findChild<QPushButton *>(QStringLiteral("firmwareGenerate"))->click();
        QVERIFY(generated.wait(kTimeoutMs));
        auto *summary = dialog->findChild<QTextBrowser *>(QStringLiteral("firmwareSummary"));
        QVERIFY(summary->isVisible());
        const QString text = summary->toPlainText();
        QVERIFY2(text.contains(QLatin1String("op resolver: MicroMutableOpResolver<6> with AVERAGE_POOL_2D, CONV_2D")),
                 qPrintable(text));
        QVERIFY(text.contains(
            QLatin1String("tensor arena: 7168 bytes, the analyser's 5536 bytes on tflm24-cortex-m4-cmsis")));
        QVERIFY(text.contains(QLatin1String("Generated in ") + folder));
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/platformio.ini")));
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/src/model/op_resolver.h")));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("firmwareOpenFolder"))->isVisible());

        // A board without a firmware template: refused in the dialog, nothing written.
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("firmwareOverwrite"))->isChecked());
        board->setCurrentIndex(pico);
        const QString refusedFolder = m_dir.filePath(QStringLiteral("projects/pico"));
        dialog->setFolder(refusedFolder);
        // Agreeing to replace the folder just written does not carry over to another.
        QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("firmwareOverwrite"))->isChecked());
        QSignalSpy failed(dialog, &FirmwareProjectDialog::failed);
        dialog->generate();
        QVERIFY(failed.wait(kTimeoutMs));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("firmwareError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("Raspberry Pi Pico: no firmware template for this board")),
                 qPrintable(error->text()));
        QVERIFY(!QFileInfo::exists(refusedFolder));
        QVERIFY(!summary->isVisible());
        dialog->close();
        QTRY_VERIFY(!window->findChild<FirmwareProjectDialog *>(QStringLiteral("firmwareProjectDialog")));

        // Deploy opens it for its chosen model.
        window->deployView()->findChild<QPushButton *>(QStringLiteral("generateFirmware"))->click();
        auto *fromDeploy = window->findChild<FirmwareProjectDialog *>(QStringLiteral("firmwareProjectDialog"));
        QVERIFY(fromDeploy);
        QTRY_VERIFY(fromDeploy->isVisible());
        // No board selected there: the first one a project can be made for that fits.
        auto *deployBoard = fromDeploy->findChild<QComboBox *>(QStringLiteral("firmwareBoard"));
        QTRY_VERIFY_WITH_TIMEOUT(deployBoard->currentText().endsWith(QLatin1String("(fits)")), kTimeoutMs);
        const int chosen = deployBoard->currentIndex();
        for (int i = 0; i < chosen; ++i)
            QVERIFY(deployBoard->itemText(i).endsWith(QStringLiteral(" — no firmware template"))
                    || !deployBoard->itemText(i).endsWith(QLatin1String("(fits)")));
        QCOMPARE(fromDeploy->findChild<QComboBox *>(QStringLiteral("firmwareBoard"))->count(),
                 int(window->session()->catalogue()->boards.size()));
        fromDeploy->close();
    }
};

QTEST_MAIN(TestFirmwareGui)
#include "tst_firmwaregui.moc"
