// The German and Simplified Chinese translations are compiled in and used: the settings or the
// system pick the language, the main window's menus and actions then read in it, and so does
// every text a person sees in the main window, its views and its dialogs.
#include "AutomaticPrompts.h"
#include "TestData.h"
#include "TfliteFixture.h"

#include "boardcatalogue/BoardCataloguePanel.h"
#include "help/GettingStartedDialog.h"
#include "kg/GraphOpening.h"
#include "mainwindow/MainWindow.h"
#include "modelsforboard/ModelsForBoardView.h"
#include "session/GraphSession.h"
#include "settings/Translations.h"
#include "widgets/TableCells.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolBar>
#include <QTranslator>

using namespace tinyml;
using namespace tinyml::gui;

namespace {

constexpr int kTimeoutMs = 30000;

void removeTranslators()
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

QStringList actionTexts()
{
    MainWindow window;
    QStringList texts;
    for (QAction *menu : window.menuBar()->actions()) {
        texts << menu->text();
        for (QAction *a : menu->menu()->actions()) {
            if (!a->isSeparator())
                texts << a->text();
        }
    }
    return texts;
}

// Terms that read the same in English, German and Chinese: units, formats, protocols, names, the
// SPARQL 1.1 Graph Store Protocol's name, the paper's title and venue, SPARQL's keywords.
const QStringList kSameInEveryLanguage = {
    QStringLiteral("TinyML Manager"),
    QStringLiteral("TensorFlow Lite"),
    QStringLiteral("Graph Store"),
    QStringLiteral("Graph-Store"),
    QStringLiteral("How to Manage Tiny Machine Learning at Scale"),
    QStringLiteral("tinyML Research Symposium"),
    QStringLiteral("TFLite"),
    QStringLiteral("TFLM"),
    QStringLiteral("SPARQL"),
    QStringLiteral("SHA-256"),
    QStringLiteral("MACs"),
    QStringLiteral("RAM"),
    QStringLiteral("Flash"),
    QStringLiteral("BLE"),
    QStringLiteral("Bluetooth"),
    QStringLiteral("IRIs"),
    QStringLiteral("IRI"),
    QStringLiteral("URL"),
    QStringLiteral("HTTPS"),
    QStringLiteral("HTTP"),
    QStringLiteral("Turtle"),
    QStringLiteral("CSV"),
    QStringLiteral("JSON"),
    QStringLiteral("KiB"),
    QStringLiteral("MiB"),
    QStringLiteral("kB"),
    QStringLiteral("MB"),
    QStringLiteral("English"),
    QStringLiteral("Deutsch"),
    QStringLiteral("Arduino"),
    QStringLiteral("Espressif"),
    QStringLiteral("nRF52840"),
    QStringLiteral("Cortex-M4"),
    QStringLiteral("OK"),
    QStringLiteral("SELECT"),
    QStringLiteral("WHERE"),
    QStringLiteral("LIMIT"),
};

// Common English words that no German or Chinese text of ours contains. German shares "in", "an",
// "so", "Name", "Status", "Import", "Export", "Server", "Sensor" and "Details" with English, so
// they are not in the list.
const QStringList kEnglishWords =
    QStringLiteral("the and of to for with from is are not no or on at by this that which what can cannot must "
                   "needs be board boards model models file files folder cancel save open close add edit delete "
                   "remove search settings help about new query run runs stop store sensors memory task accuracy "
                   "language choose all none yes apply show view quit undo redo results deploy connect address "
                   "password user scan layer layers type input output unknown fits fit free description "
                   "manufacturer runtime optional graph knowledge metric category author creator license version "
                   "missing short more than try without saving unit reading imported nothing was it its your you "
                   "known class name")
        .split(QLatin1Char(' '));

// Words German shares with English: "Board", "Graph", "Name", "optional" and some sensors are
// German words too, "was" means "what".
const QStringList kAlsoGerman =
    QStringLiteral("board boards graph name optional was thermometer hygrometer barometer magnetometer radar")
        .split(QLatin1Char(' '));

// A text without its rich-text markup, accelerators, addresses and the terms it shares with
// English in `language`.
QString withoutSharedTerms(QString text, const QString &language)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    text.remove(QLatin1Char('&'));
    static const QRegularExpression url(QStringLiteral("\\S+://\\S*"));
    text.replace(url, QStringLiteral(" "));
    for (const QString &same : kSameInEveryLanguage)
        text.replace(same, QStringLiteral(" "));
    if (language == QLatin1String("de")) {
        for (const QString &same : kAlsoGerman)
            text.replace(
                QRegularExpression(QStringLiteral("\\b%1\\b").arg(same), QRegularExpression::CaseInsensitiveOption),
                QStringLiteral(" "));
    }
    return text;
}

// The English words in a text a person sees in `language` (none: in English).
QStringList englishWords(const QString &shown, const QString &language = {})
{
    QStringList found;
    static const QRegularExpression word(QStringLiteral("\\b[A-Za-z]+\\b"));
    for (auto it = word.globalMatch(withoutSharedTerms(shown, language)); it.hasNext();) {
        const QString w = it.next().captured().toLower();
        if (kEnglishWords.contains(w) && !found.contains(w))
            found << w;
    }
    return found;
}

// A text of several words in `language` (not a name or a figure such as tflm24-cortex-m4-cmsis).
bool isPhrase(const QString &shown, const QString &language)
{
    static const QRegularExpression word(QStringLiteral("(?<![\\w-])[A-Za-z]{3,}(?![\\w-])"));
    return withoutSharedTerms(shown, language).count(word) >= 2;
}

// Every text a person sees in `root` as it stands: titles, labels, buttons, group boxes, tabs,
// menus and toolbars, tooltips, tables (headers and cells), placeholders, the items of choice
// boxes and spin box units.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    auto add = [&](const QString &text) {
        if (!text.trimmed().isEmpty())
            texts << text;
    };
    add(root->windowTitle());
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        if (w != root && !w->isVisibleTo(root))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            add(label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        if (auto *group = qobject_cast<QGroupBox *>(w))
            add(group->title());
        if (auto *bar = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < bar->count(); ++i)
                add(bar->tabText(i));
        }
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(edit->placeholderText());
        if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            add(edit->placeholderText());
        if (auto *box = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < box->count(); ++i)
                add(box->itemText(i));
        }
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(w))
            add(spin->suffix());
        add(w->toolTip());
        if (auto *view = qobject_cast<QAbstractItemView *>(w);
            view && view->model() && !qobject_cast<QHeaderView *>(w)) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < model->rowCount(view->rootIndex()); ++row) {
                for (int column = 0; column < model->columnCount(view->rootIndex()); ++column) {
                    const QModelIndex cell = model->index(row, column, view->rootIndex());
                    add(cell.data().toString());
                    add(cell.data(Qt::ToolTipRole).toString());
                }
            }
        }
        if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model()) {
            for (int i = 0; i < header->count(); ++i)
                add(header->model()->headerData(i, header->orientation()).toString());
        }
        if (qobject_cast<QMenuBar *>(w) || qobject_cast<QToolBar *>(w) || w == root) {
            for (QAction *a : w->actions()) {
                add(a->text());
                if (a->menu()) {
                    for (QAction *item : a->menu()->actions())
                        add(item->text());
                }
            }
        }
    }
    return texts;
}

// The prompts of a walk: the import form's texts are read, and the form is cancelled.
class ReadingPrompts : public AutomaticPrompts
{
public:
    explicit ReadingPrompts(QStringList *texts) : m_texts(texts) { }
    bool reviewImport(ModelImportDialog &dialog, QString *refusal) override
    {
        *m_texts << visibleTexts(&dialog);
        refusal->clear();
        return false;
    }
    void warn(QWidget *, const QString &title, const QString &message) override { *m_texts << title << message; }

private:
    QStringList *m_texts;
};

// Opens the modal dialog `action` shows, lets `use` read (and fill) it, and closes it.
void inDialog(QAction *action, const std::function<void(QDialog *)> &use)
{
    bool seen = false;
    QTimer timer; // fires in the dialog's event loop; gone with this call if no dialog came
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, [&]() {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        use(dialog);
        dialog->reject();
    });
    timer.start(0);
    action->trigger();
    QVERIFY2(seen, qPrintable(action->objectName() + QStringLiteral(" showed no dialog")));
}

template<typename T>
T *named(QObject *parent, const char *name)
{
    T *child = parent->findChild<T *>(QLatin1String(name));
    if (!child)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return child;
}

// Walks the main window on a new store as a person would: every view, the settings, the board
// form (empty, so that it warns, and with half a Bluetooth address), the server dialog, About,
// and the import form for a model and a file that is not one. Returns every text seen.
QStringList walkTheWindow(const QString &store, const QStringList &importedFiles)
{
    QStringList texts;
    MainWindow window;
    window.setPrompts(std::make_unique<ReadingPrompts>(&texts));
    QSignalSpy ready(&window, &MainWindow::ready);
    window.openStore(store, kg::SeedPolicy::SeedWhenCreated);
    window.show();
    if (!ready.wait(kTimeoutMs))
        qFatal("the window did not become ready on %s", qPrintable(store));
    // What the graph says (names, descriptions, makers) is data, in the language it was written in.
    QSet<QString> data;
    for (const kg::BoardEntry &b : window.session()->catalogue()->boards)
        data << b.name << b.description << b.manufacturer << b.mcu << b.runtime;
    for (const kg::ModelEntry &m : window.session()->catalogue()->models)
        data << m.name << m.description << m.dataset;
    // A board chosen, so that the models' table shows what fits and why the others do not.
    QTableView *boards = window.modelsForBoard()->boards()->table();
    boards->selectionModel()->setCurrentIndex(boards->model()->index(0, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    for (int i = 0; i < window.tabs()->count(); ++i) {
        window.tabs()->setCurrentIndex(i);
        texts << visibleTexts(&window);
    }
    const auto read = [&](QDialog *dialog) { texts << visibleTexts(dialog); };
    inDialog(named<QAction>(&window, "settingsAction"), read);
    inDialog(named<QAction>(&window, "addBoardAction"), [&](QDialog *dialog) {
        read(dialog);
        named<QLineEdit>(dialog, "boardBleAddress")->setText(QStringLiteral("C0:98"));
        read(dialog);
    });
    inDialog(named<QAction>(&window, "connectServerAction"), read);
    inDialog(named<QAction>(&window, "aboutAction"), read);
    // Help ▸ Getting started is a window of its own, not modal; its page is all ours.
    named<QAction>(&window, "gettingStartedAction")->trigger();
    auto *help = window.findChild<GettingStartedDialog *>();
    if (!help)
        qFatal("Help ▸ Getting started showed no page");
    read(help);
    texts << help->page()->toPlainText().split(QLatin1Char('\n'));
    help->close();
    QSignalSpy finished(&window, &MainWindow::operationFinished);
    window.importFiles(importedFiles);
    if (!finished.wait(kTimeoutMs))
        qFatal("the import did not finish");
    texts << finished.first().at(1).toString();
    // A tooltip may put data and words of ours on separate lines (a board: its name, sensors, description).
    for (QString &text : texts) {
        QStringList lines = text.split(QLatin1Char('\n'));
        lines.removeIf([&](const QString &line) { return data.contains(line); });
        text = lines.join(QLatin1Char('\n'));
    }
    texts.removeIf([](const QString &text) { return text.trimmed().isEmpty(); });
    texts.removeDuplicates();
    return texts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        m_files << test::writeWholeFile(m_dir.filePath(QStringLiteral("line4_classifier.tflite")),
                                        QByteArray::fromStdString(test::tinyConvNetwork().bytes()))
                << test::writeWholeFile(m_dir.filePath(QStringLiteral("notes.tflite")),
                                        QByteArray("these are notes, not a model\n"));
    }
    void cleanup() { removeTranslators(); }

    void menusReadInTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Datei");
        QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN") << QStringLiteral("文件");
    }
    void menusReadInTheChosenLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        removeTranslators();
        const QStringList english = actionTexts();
        QVERIFY(installTranslations(QLocale(language)));
        const QStringList translated = actionTexts();
        QCOMPARE(translated.size(), english.size());
        QVERIFY2(translated.first().contains(fileMenu), qPrintable(translated.first()));
        // Every menu entry is translated, save those that are the same word in both languages.
        QStringList untranslated;
        for (int i = 0; i < english.size(); ++i) {
            if (english[i] == translated[i]
                && !QString(english[i]).remove(QLatin1Char('&')).contains(QLatin1String("SPARQL")))
                untranslated << english[i];
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral(" | "))));
    }

    void everyVisibleTextIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN");
    }
    void everyVisibleTextIsTranslated()
    {
        QFETCH(QString, language);
        // The same walk in English first: the check finds English there, so it can fail, and a
        // sentence seen then and seen again word for word is one the translation missed.
        removeTranslators();
        const QStringList english = walkTheWindow(m_dir.filePath(QStringLiteral("en-") + language), m_files);
        QVERIFY(std::any_of(english.begin(), english.end(),
                            [](const QString &text) { return !englishWords(text).isEmpty(); }));
        QVERIFY(installTranslations(QLocale(language)));
        const QStringList translated = walkTheWindow(m_dir.filePath(language), m_files);
        QVERIFY2(translated.size() > 100, qPrintable(QString::number(translated.size())));
        QStringList untranslated;
        for (const QString &text : translated) {
            const QStringList words = englishWords(text, language);
            if (!words.isEmpty())
                untranslated << QStringLiteral("%1  [%2]").arg(text, words.join(QStringLiteral(", ")));
            else if (english.contains(text) && isPhrase(text, language))
                untranslated << QStringLiteral("%1  [as in English]").arg(text);
        }
        for (const QString &text : std::as_const(untranslated))
            qWarning("untranslated: %s", qPrintable(text));
        QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("%1 untranslated texts").arg(untranslated.size())));
    }

    void aModelRefusedAsAWholeIsNamedInTheLanguage()
    {
        // A kernel refuses the model in Prepare: the graph names no operator, the reason names the model.
        kg::Resources need;
        need.runtime = QStringLiteral("tflm24-cortex-m4-cmsis");
        need.unsupportedOperators = {kg::kWholeModel};
        const kg::Fit fit = kg::fitOf(need, kg::Resources{{}, 1000, 1000, need.runtime, {}});
        QVERIFY(!fit.fits());
        removeTranslators();
        QCOMPARE(fitReasons(fit, need), QStringLiteral("tflm24-cortex-m4-cmsis cannot run this model"));
        QVERIFY(installTranslations(QLocale(QStringLiteral("de"))));
        QCOMPARE(fitReasons(fit, need), QStringLiteral("tflm24-cortex-m4-cmsis kann dieses Modell nicht ausführen"));
    }

    void englishCountsAreWords()
    {
        removeTranslators();
        QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(QCoreApplication::translate("tinyml::gui::MainWindow", "%n board(s)", nullptr, 1),
                 QStringLiteral("1 board"));
        QCOMPARE(QCoreApplication::translate("tinyml::gui::MainWindow", "%n board(s)", nullptr, 23),
                 QStringLiteral("23 boards"));
    }

    void theSettingsOverrideTheSystem()
    {
        QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("tinyml-manager"),
                  QStringLiteral("tinyml-manager"))
            .setValue(QStringLiteral("display/language"), QStringLiteral("de"));
        QCOMPARE(chosenLocale().language(), QLocale::German);
        QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("tinyml-manager"),
                  QStringLiteral("tinyml-manager"))
            .remove(QStringLiteral("display/language"));
        QCOMPARE(chosenLocale(), QLocale::system());
    }

private:
    QTemporaryDir m_dir;
    QStringList m_files;
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
