// Help ▸ Getting started: F1 opens one page that names the three questions, import and deploy,
// and its links open the view they name or start the import.
#include "AutomaticPrompts.h"

#include "help/GettingStartedDialog.h"
#include "mainwindow/MainWindow.h"
#include "modelsfortask/ModelsForTaskView.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>

using namespace tinyml;
using namespace tinyml::gui;

class TestGettingStarted : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    }

    void f1OpensThePageAndItsLinksLeadToTheViews()
    {
        MainWindow window;
        window.setPrompts(AutomaticPrompts::make());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.findChild<GettingStartedDialog *>());

        QTest::keyClick(&window, Qt::Key_F1);
        auto *dialog = window.findChild<GettingStartedDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QString text = dialog->page()->toPlainText();
        for (const char *part : {"Which models run on this board?", "Which boards can run this model?",
                                 "Which models do this task?", "Import models", "Deploy"})
            QVERIFY2(text.contains(QLatin1String(part)), part);

        // A second F1 shows the same page rather than another window.
        QTest::keyClick(&window, Qt::Key_F1);
        QCOMPARE(window.findChildren<GettingStartedDialog *>().size(), 1);

        window.tabs()->setCurrentIndex(0);
        emit dialog->page()->anchorClicked(QUrl(QStringLiteral("do:models-for-task")));
        QCOMPARE(window.tabs()->currentWidget(), window.modelsForTask());
    }

    void thePageIsInTheHelpMenu()
    {
        MainWindow window;
        QStringList texts;
        for (QAction *menu : window.menuBar()->actions()) {
            for (QAction *a : menu->menu()->actions())
                if (a->shortcut() == QKeySequence(Qt::Key_F1))
                    texts << a->text();
        }
        QCOMPARE(texts, QStringList{QStringLiteral("&Getting started")});
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestGettingStarted)
#include "tst_gettingstarted.moc"
