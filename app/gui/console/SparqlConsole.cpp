#include "SparqlConsole.h"

#include "console/QueryResultExport.h"
#include "console/QueryResultTableModel.h"
#include "session/GraphSession.h"
#include "settings/AppSettings.h"
#include "widgets/ItemRoles.h"
#include "widgets/SortedTable.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tinyml::gui {

SparqlConsole::SparqlConsole(GraphSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_result(new QueryResultTableModel(this))
{
    m_examples = new QComboBox;
    m_examples->setObjectName(QStringLiteral("queryExamples"));
    m_examples->setAccessibleName(tr("Example queries"));
    m_examples->addItem(tr("Examples…"));
    m_examples->addItem(tr("Case 1: which boards can run a model"),
                        QStringLiteral(":/queries/1-boards-for-a-model.rq"));
    m_examples->addItem(tr("Case 2: which models run on a board"), QStringLiteral(":/queries/2-models-for-a-board.rq"));
    m_examples->addItem(tr("Case 3: which models do a task, benchmarked"),
                        QStringLiteral(":/queries/3-models-for-a-task.rq"));
    m_examples->addItem(tr("What runs where: each board's deployed model"),
                        QStringLiteral(":/queries/4-what-runs-where.rq"));
    connect(m_examples, &QComboBox::activated, this, &SparqlConsole::loadExample);
    m_historyBox = new QComboBox;
    m_historyBox->setObjectName(QStringLiteral("queryHistory"));
    m_historyBox->setAccessibleName(tr("Queries run before"));
    m_historyBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_historyBox->setMinimumContentsLength(24);
    connect(m_historyBox, &QComboBox::activated, this, &SparqlConsole::loadFromHistory);
    fillHistory();

    m_editor = new QPlainTextEdit;
    m_editor->setObjectName(QStringLiteral("queryEditor"));
    m_editor->setAccessibleName(tr("SPARQL query"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setPlaceholderText(tr("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 100"));

    m_run = new QPushButton(QIcon(QStringLiteral(":/icons/actions/run-query.svg")), tr("&Run"));
    m_run->setObjectName(QStringLiteral("runQuery"));
    m_run->setToolTip(tr("Run the query (Ctrl+Return)"));
    connect(m_run, &QPushButton::clicked, this, &SparqlConsole::run);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_editor);
    connect(shortcut, &QShortcut::activated, this, &SparqlConsole::run);
    m_stop = new QPushButton(QIcon(QStringLiteral(":/icons/actions/stop.svg")), tr("&Stop"));
    m_stop->setObjectName(QStringLiteral("stopQuery"));
    m_stop->setToolTip(tr("Stop the running query (Esc)"));
    m_stop->setEnabled(false);
    connect(m_stop, &QPushButton::clicked, this, &SparqlConsole::stop);
    m_escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_escape->setContext(Qt::WidgetWithChildrenShortcut);
    m_escape->setEnabled(false);
    connect(m_escape, &QShortcut::activated, this, &SparqlConsole::stop);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("queryStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // In the query's own order (column -1) until a header is clicked; rows numbered.
    m_table = sortedTable(QStringLiteral("queryResults"), tr("Query results"), sortingProxy(m_result, this), -1);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->verticalHeader()->show();

    m_export = new QueryResultExport(this);
    m_exportButton = new QPushButton(tr("E&xport results…"));
    m_exportButton->setObjectName(QStringLiteral("exportResults"));
    m_exportButton->setToolTip(tr("Save the results as SPARQL CSV, TSV or JSON"));
    m_exportButton->setEnabled(false);
    connect(m_exportButton, &QPushButton::clicked, this, [this]() {
        if (m_result->result())
            m_export->choose(this, *m_result->result());
    });
    connect(m_export, &QueryResultExport::finished, this, [this](bool ok, const QString &message) {
        m_status->setText(
            ok ? message.toHtmlEscaped()
               : QStringLiteral("<span style=\"color:#b00020\">⚠</span> %1").arg(message.toHtmlEscaped()));
    });
    connect(m_result, &QAbstractItemModel::modelReset, this,
            [this]() { m_exportButton->setEnabled(m_result->result().has_value()); });
    // Models and boards by name in the results.
    auto nameIris = [this]() {
        if (const auto catalogue = m_session->catalogue())
            m_result->setLabels(IriLabels(*catalogue));
    };
    connect(m_session, &GraphSession::catalogueChanged, this, nameIris);
    nameIris();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_examples);
    buttons->addWidget(m_historyBox);
    buttons->addWidget(m_exportButton);
    buttons->addStretch();
    buttons->addWidget(m_stop);
    buttons->addWidget(m_run);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_editor);
    topLayout->addWidget(m_status);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    const QString typed = settings::consoleQuery.value();
    if (typed.trimmed().isEmpty())
        loadExample(2);
    else
        m_editor->setPlainText(typed);
}

SparqlConsole::~SparqlConsole()
{
    settings::consoleQuery.setValue(m_editor->toPlainText());
}

void SparqlConsole::exportResults(const QString &path)
{
    if (m_result->result())
        m_export->write(*m_result->result(), path);
}

void SparqlConsole::remember(const QString &query)
{
    m_history.add(query);
    settings::consoleQuery.setValue(query);
    fillHistory();
}

void SparqlConsole::fillHistory()
{
    m_historyBox->clear();
    m_historyBox->addItem(tr("History…"));
    for (const QString &query : m_history.queries()) {
        m_historyBox->addItem(QueryHistory::title(query), query);
        m_historyBox->setItemData(m_historyBox->count() - 1, query, Qt::ToolTipRole);
    }
    m_historyBox->setEnabled(m_historyBox->count() > 1);
}

void SparqlConsole::loadFromHistory(int index)
{
    const QString query = m_historyBox->itemData(index).toString();
    if (!query.isEmpty())
        m_editor->setPlainText(query);
    m_historyBox->setCurrentIndex(0);
}

void SparqlConsole::loadExample(int index)
{
    const QString path = m_examples->itemData(index).toString();
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        m_editor->setPlainText(QString::fromUtf8(file.readAll()));
    m_examples->setCurrentIndex(0);
}

void SparqlConsole::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_stop->setEnabled(running);
    m_escape->setEnabled(running);
}

void SparqlConsole::stop()
{
    if (!m_control)
        return;
    m_control->stop();
    m_stop->setEnabled(false);
    m_status->setText(tr("Stopping…"));
}

void SparqlConsole::run()
{
    const QString sparql = m_editor->toPlainText();
    if (sparql.trimmed().isEmpty())
        return;
    remember(sparql);
    const auto control = std::make_shared<store::QueryControl>(settings::queryTimeLimit.value());
    m_control = control;
    setRunning(true);
    m_status->setText(tr("Running…"));
    m_clock.start();
    m_session->query(this, sparql, control, [this, control](GraphSession::QueryOutcome outcome) {
        if (control != m_control)
            return;
        m_control.reset();
        setRunning(false);
        const QString elapsed = tr("%1 ms").arg(m_clock.elapsed());
        if (outcome.ending != store::QueryControl::Ending::None) {
            m_result->clear();
            const QString why = outcome.ending == store::QueryControl::Ending::Stopped
                ? tr("Stopped after %1.").arg(elapsed)
                : tr("The query ran longer than the time limit of %n s and was stopped.", nullptr,
                     control->timeLimitSeconds());
            m_status->setText(why);
            emit finished(why);
            return;
        }
        if (!outcome.result) {
            m_result->clear();
            m_status->setText(QStringLiteral("<span style=\"color:#b00020\">⚠ %1</span> %2")
                                  .arg(tr("Error:").toHtmlEscaped(), outcome.error.toHtmlEscaped()));
            emit finished(outcome.error.isEmpty() ? tr("the query failed") : outcome.error);
            return;
        }
        m_result->setResult(*outcome.result);
        m_table->resizeColumnsToContents();
        switch (outcome.result->kind) {
        case store::QueryResult::Kind::Boolean:
            m_status->setText(tr("Answer: %1 (%2)").arg(outcome.result->boolean ? tr("yes") : tr("no"), elapsed));
            break;
        case store::QueryResult::Kind::Graph:
            m_status->setText(tr("%n triple(s) in %1", nullptr, int(outcome.result->triples.size())).arg(elapsed));
            break;
        case store::QueryResult::Kind::Bindings:
            m_status->setText(tr("%n row(s) in %1", nullptr, int(outcome.result->rows.size())).arg(elapsed));
            break;
        }
        emit finished(QString());
    });
}

} // namespace tinyml::gui
