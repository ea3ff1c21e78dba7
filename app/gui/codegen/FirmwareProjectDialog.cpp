#include "FirmwareProjectDialog.h"

#include "codegen/FirmwareProject.h"
#include "kg/Questions.h"
#include "rdf/Prefixes.h"
#include "session/GraphSession.h"
#include "widgets/TableCells.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace tinyml::gui {
namespace {

struct Outcome {
    QString error;
    QStringList summary, misfits, toComplete;
};

// A folder name the Arduino tools take as a sketch's name too.
QString folderNameFor(const QString &model, const QString &board)
{
    QString name = model + QLatin1Char('_') + board;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("_"));
    return name.left(63);
}

} // namespace

FirmwareProjectDialog::FirmwareProjectDialog(GraphSession *session, const kg::ModelEntry &model,
                                             const QString &boardIri, QWidget *parent)
    : QDialog(parent), m_session(session), m_model(model), m_catalogue(session->catalogue())
{
    setObjectName(QStringLiteral("firmwareProjectDialog"));
    setWindowTitle(tr("Generate firmware project"));
    m_board = new QComboBox;
    m_board->setObjectName(QStringLiteral("firmwareBoard"));
    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("firmwareFormat"));
    m_format->addItem(tr("PlatformIO project"), QStringLiteral("platformio"));
    m_format->addItem(tr("Arduino sketch folder"), QStringLiteral("arduino"));
    m_folder = new QLineEdit;
    m_folder->setObjectName(QStringLiteral("firmwareFolder"));
    auto *browse = new QPushButton(tr("&Browse…"));
    // Return generates; it does not open the folder chooser.
    browse->setAutoDefault(false);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_force = new QCheckBox(tr("Generate even if the model does not &fit the board (the README says why)"));
    m_force->setObjectName(QStringLiteral("firmwareForce"));
    m_overwrite = new QCheckBox(tr("&Replace what is in the folder"));
    m_overwrite->setObjectName(QStringLiteral("firmwareOverwrite"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("firmwareError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight)"));
    m_error->hide();
    m_summary = new QTextBrowser;
    m_summary->setObjectName(QStringLiteral("firmwareSummary"));
    m_summary->setAccessibleName(tr("What was generated"));
    m_summary->hide();

    auto *form = new QFormLayout;
    auto *modelLabel = new QLabel(model.name.toHtmlEscaped());
    form->addRow(tr("Model:"), modelLabel);
    auto *boardLabel = new QLabel(tr("&Board:"));
    boardLabel->setBuddy(m_board);
    form->addRow(boardLabel, m_board);
    auto *formatLabel = new QLabel(tr("F&ormat:"));
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    auto *folderLabel = new QLabel(tr("Fol&der:"));
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_force);
    form->addRow(QString(), m_overwrite);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    // Return generates, whichever field has the focus; Escape closes.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    m_generate = buttons->addButton(tr("&Generate"), QDialogButtonBox::AcceptRole);
    m_generate->setObjectName(QStringLiteral("firmwareGenerate"));
    m_generate->setDefault(true);
    m_open = buttons->addButton(tr("&Open folder"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("firmwareOpenFolder"));
    m_open->setAutoDefault(false);
    m_open->hide();
    connect(m_generate, &QPushButton::clicked, this, &FirmwareProjectDialog::generate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder->text())); });
    connect(browse, &QPushButton::clicked, this, &FirmwareProjectDialog::chooseFolder);
    connect(m_folder, &QLineEdit::textEdited, this, [this] { m_folderEdited = true; });
    // Replacing is agreed to for one folder: the one just generated into, not the next.
    connect(m_folder, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text != m_generatedFolder)
            m_overwrite->setChecked(false);
    });
    connect(m_board, &QComboBox::currentIndexChanged, this, &FirmwareProjectDialog::suggestFolder);
    connect(m_board, &QComboBox::activated, this, [this] { m_boardChosen = true; });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_summary, 1);
    layout->addWidget(buttons);
    fillBoards(boardIri);
    suggestFolder();
    markBoardsWithoutTemplate();
    m_board->setFocus();
    resize(760, 420);
}

void FirmwareProjectDialog::markBoardsWithoutTemplate()
{
    m_session->run<QStringList>(
        this,
        [](kg::KnowledgeGraph &graph) {
            QString error;
            QStringList withTemplate;
            const auto result = graph.store().query(
                rdf::sparqlPrefixes()
                    + QStringLiteral("SELECT DISTINCT ?board WHERE { ?board tinyml:firmwareTemplate ?t }"),
                &error);
            if (result) {
                for (const auto &row : result->rows)
                    withTemplate << row.value(0).value();
            }
            return withTemplate;
        },
        [this](QStringList withTemplate) {
            int firstFitting = -1, firstWithTemplate = -1;
            for (int i = 0; i < m_board->count(); ++i) {
                if (!withTemplate.contains(m_board->itemData(i).toString())) {
                    m_board->setItemText(i, tr("%1 — no firmware template").arg(m_board->itemText(i)));
                    continue;
                }
                firstWithTemplate = firstWithTemplate < 0 ? i : firstWithTemplate;
                if (firstFitting < 0 && m_boardFits.value(i))
                    firstFitting = i;
            }
            // Asked without a board: the first one a project can be made for, one that fits first.
            if (!m_boardChosen) {
                const int choice = firstFitting >= 0 ? firstFitting : firstWithTemplate;
                if (choice >= 0)
                    m_board->setCurrentIndex(choice);
            }
        });
}

void FirmwareProjectDialog::fillBoards(const QString &boardIri)
{
    if (!m_catalogue)
        return;
    for (const kg::BoardEntry &board : m_catalogue->boards) {
        const kg::Resources need = kg::requirementsOf(m_model, board.runtime);
        const kg::Fit fit = kg::fitOf(need, kg::capabilitiesOf(board));
        const QString verdict = fit.fits() ? tr("fits") : fitReasons(fit, need);
        m_board->addItem(tr("%1 (%2)").arg(board.name, verdict), board.iri);
        m_boardFits << fit.fits();
        if (board.iri == boardIri) {
            m_board->setCurrentIndex(m_board->count() - 1);
            m_boardChosen = true;
        }
    }
}

void FirmwareProjectDialog::suggestFolder()
{
    if (m_folderEdited)
        return;
    const QString board = m_catalogue && m_board->currentIndex() >= 0
        ? m_catalogue->boards.value(m_board->currentIndex()).name
        : QString();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_folder->setText(QDir(documents).filePath(folderNameFor(m_model.name, board)));
}

void FirmwareProjectDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
    m_folderEdited = true;
}

QString FirmwareProjectDialog::folder() const
{
    return m_folder->text();
}

void FirmwareProjectDialog::chooseFolder()
{
    // The chooser opens where the folder is, or would be.
    QDir start(m_folder->text());
    while (!start.exists() && start.cdUp()) { }
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder of the firmware project"), start.path());
    if (!chosen.isEmpty())
        setFolder(chosen);
}

void FirmwareProjectDialog::generate()
{
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty() || m_board->currentIndex() < 0) {
        m_error->setText(tr("Choose a board and a folder."));
        m_error->show();
        return;
    }
    m_error->hide();
    m_summary->hide();
    m_open->hide();
    m_generate->setEnabled(false);
    setCursor(Qt::BusyCursor);
    const QString boardIri = m_board->currentData().toString();
    const QString modelIri = m_model.iri;
    const auto format = *codegen::projectFormatNamed(m_format->currentData().toString());
    const bool force = m_force->isChecked();
    const bool overwrite = m_overwrite->isChecked();
    m_session->run<Outcome>(
        this,
        [=](kg::KnowledgeGraph &graph) {
            Outcome outcome;
            const kg::Catalogue *catalogue = graph.catalogue(&outcome.error);
            if (!catalogue)
                return outcome;
            const kg::BoardEntry *board = nullptr;
            for (const kg::BoardEntry &b : catalogue->boards)
                board = b.iri == boardIri ? &b : board;
            const kg::ModelEntry *model = nullptr;
            for (const kg::ModelEntry &m : catalogue->models)
                model = m.iri == modelIri ? &m : model;
            if (!board || !model) {
                outcome.error =
                    FirmwareProjectDialog::tr("The board or the model is no longer in the knowledge graph.");
                return outcome;
            }
            auto request = codegen::projectRequestFor(graph, *board, *model, &outcome.error);
            if (!request)
                return outcome;
            request->format = format;
            request->force = force;
            request->projectName = QFileInfo(QDir::cleanPath(QDir(folder).absolutePath())).fileName();
            codegen::Refusal refusal = codegen::Refusal::Other;
            const auto project = codegen::planFirmwareProject(*request, &outcome.error, &refusal);
            if (project)
                codegen::writeFirmwareProject(*project, folder, overwrite, &outcome.error, &refusal);
            if (refusal == codegen::Refusal::Misfit)
                outcome.error += FirmwareProjectDialog::tr(". Tick “Generate even if the model does not fit” to "
                                                           "generate it anyway.");
            else if (refusal == codegen::Refusal::FolderNotEmpty)
                outcome.error += FirmwareProjectDialog::tr(". Tick “Replace what is in the folder” to replace it.");
            if (!outcome.error.isEmpty())
                return outcome;
            outcome.summary = project->summary;
            outcome.misfits = project->misfits;
            outcome.toComplete = project->toComplete;
            return outcome;
        },
        [this, folder](Outcome outcome) {
            unsetCursor();
            m_generate->setEnabled(true);
            if (!outcome.error.isEmpty()) {
                m_error->setText(outcome.error);
                m_error->show();
                emit failed(outcome.error);
                return;
            }
            showSummary(folder, outcome.summary, outcome.misfits, outcome.toComplete);
            emit generated(folder);
        });
}

void FirmwareProjectDialog::showSummary(const QString &folder, const QStringList &summary, const QStringList &misfits,
                                        const QStringList &toComplete)
{
    QString html = tr("<p><b>Generated in %1.</b> Its README.md says how to build and flash it, and how to check it "
                      "on an emulated Cortex-M4 with <code>tinyml-kg codegen … --check</code>.</p>")
                       .arg(folder.toHtmlEscaped());
    if (!misfits.isEmpty()) {
        html += tr("<p><b>The model does not fit this board</b> (generated anyway, the README says so):</p><ul>");
        for (const QString &reason : misfits)
            html += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += tr("<p>What was generated, and from which facts:</p><ul>");
    for (const QString &line : summary)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    if (!toComplete.isEmpty()) {
        html += tr("<p><b>To complete</b> before the input means anything:</p><ul>");
        for (const QString &item : toComplete)
            html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_summary->setHtml(html);
    m_summary->show();
    m_generatedFolder = folder;
    m_open->show();
    m_generate->setText(tr("&Generate again"));
    m_overwrite->setChecked(true);
}

} // namespace tinyml::gui
