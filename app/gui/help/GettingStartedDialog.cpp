#include "GettingStartedDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace tinyml::gui {

namespace {

// Links inside the page: "do:NAME" runs the action of that name.
const QString kDoScheme = QStringLiteral("do");

QString link(const QString &name, const QString &text)
{
    return QStringLiteral("<a href=\"%1:%2\">%3</a>").arg(kDoScheme, name, text.toHtmlEscaped());
}

QString section(const QString &title, const QStringList &paragraphs)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
    for (const QString &p : paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(p);
    return html;
}

} // namespace

GettingStartedDialog::GettingStartedDialog(Links links, QWidget *parent) : QDialog(parent), m_links(std::move(links))
{
    setWindowTitle(tr("Getting started"));
    setObjectName(QStringLiteral("gettingStarted"));
    m_page = new QTextBrowser;
    m_page->setObjectName(QStringLiteral("gettingStartedPage"));
    m_page->setOpenLinks(false);
    m_page->setHtml(html());
    connect(m_page, &QTextBrowser::anchorClicked, this, &GettingStartedDialog::follow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_page);
    layout->addWidget(buttons);
    resize(640, 680);
}

void GettingStartedDialog::follow(const QUrl &url)
{
    if (url.scheme() != kDoScheme) {
        QDesktopServices::openUrl(url);
        return;
    }
    if (const auto action = m_links.value(url.path()))
        action();
}

QString GettingStartedDialog::html()
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Getting started").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("TinyML Manager keeps your models and boards in one knowledge graph and answers three "
                        "questions about them without SPARQL. The first start opens a store with demonstration "
                        "models and a catalogue of common boards, so every step below works at once."));
    html += section(tr("1. Which models run on this board?"),
                    {tr("Open %1 (Ctrl+1) and choose a board in the list on the left. The table shows every "
                        "model with whether it fits the board's RAM, Flash and sensors, and why not; click a "
                        "column header to sort. Add, edit or delete boards with Ctrl+B, F2 and Del; every "
                        "change can be undone with Ctrl+Z.")
                         .arg(link(QStringLiteral("models-for-board"), tr("Models for a board")))});
    html += section(tr("2. Which boards can run this model?"),
                    {tr("Open %1 (Ctrl+2) and choose a model, or type requirements (RAM, Flash, sensors) for a "
                        "model you do not have yet. Memory takes a unit: 256 kB, 512 KiB, 1 MB.")
                         .arg(link(QStringLiteral("boards-for-model"), tr("Boards for a model")))});
    html += section(tr("3. Which models do this task?"),
                    {tr("Open %1 (Ctrl+3) and type a task such as \"keyword spotting\" or \"person detection\". "
                        "The models that match are listed with their accuracy, multiply-accumulate operations "
                        "(MACs), RAM and Flash, so they can be compared; an unknown accuracy is shown as "
                        "unknown and sorts last.")
                         .arg(link(QStringLiteral("models-for-task"), tr("Models for a task")))});
    html += section(tr("Import models"),
                    {tr("%1 (Ctrl+I) or drop .tflite files on the window. Each file is analysed: its layers, "
                        "operators, MACs and the RAM (tensor arena) and Flash it needs on each runtime. A form "
                        "then asks for what the file cannot say, such as the sensors that feed the model and its "
                        "task. A metadata sheet (Ctrl+Shift+I) describes many files at once; a Turtle snapshot "
                        "(Ctrl+Alt+I) brings in another store's models and boards. Export a snapshot with Ctrl+E.")
                         .arg(link(QStringLiteral("import"), tr("Import models…")))});
    html += section(tr("Deploy"),
                    {tr("Open %1 (Ctrl+5), choose a model and one or more boards found over Bluetooth LE, and "
                        "press Deploy. A board running the TinyML Manager firmware loads the model and reports "
                        "whether it runs, with the tensor arena it used and the time of one inference; a board "
                        "without that report is shown as delivered, not confirmed. A model that does not fit a "
                        "board is sent only after you confirm it.")
                         .arg(link(QStringLiteral("deploy"), tr("Deploy")))});
    html += section(tr("When you need more"),
                    {tr("The %1 console (Ctrl+4) runs your own queries over the graph; its examples show how the "
                        "three questions are asked. Stop ends a query at once, and a time limit in the settings "
                        "ends the ones you forget. File ▸ Connect to SPARQL server opens a graph on GraphDB, "
                        "Virtuoso or Fuseki when one machine is no longer enough.")
                         .arg(link(QStringLiteral("console"), tr("SPARQL")))});
    return html;
}

} // namespace tinyml::gui
