// A SPARQL console for experts: an editor with the paper's three case-study questions as
// examples, results as a table (copied with Ctrl+C, exported as CSV, TSV or JSON), errors inline.
// A query runs apart from the graph's other work (GraphSession::query) and ends on Stop (Esc) or
// at the time limit of the settings. The query typed and those run survive a restart.
#pragma once

#include "console/QueryHistory.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>

namespace tinyml::store {
class QueryControl;
}

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QShortcut;
class QTableView;

namespace tinyml::gui {

class GraphSession;
class QueryResultExport;
class QueryResultTableModel;

class SparqlConsole : public QWidget
{
    Q_OBJECT
public:
    explicit SparqlConsole(GraphSession *session, QWidget *parent = nullptr);
    ~SparqlConsole() override; // keeps the query typed

    void run();
    // Writes the result shown to `path` (CSV, TSV or JSON by its extension); the status says how it went.
    void exportResults(const QString &path);
    // Ends the running query (its work, not only the wait for it).
    void stop();

signals:
    // A query finished: `error` is empty on success.
    void finished(const QString &error);

private:
    void loadExample(int index);
    void loadFromHistory(int index);
    void fillHistory();
    // Keeps a query run: in the history, and as the query typed should the program end meanwhile.
    void remember(const QString &query);
    void setRunning(bool running);

    GraphSession *m_session;
    QueryResultTableModel *m_result;
    QComboBox *m_examples;
    QComboBox *m_historyBox;
    QueryHistory m_history;
    QueryResultExport *m_export;
    QPushButton *m_exportButton;
    QPlainTextEdit *m_editor;
    QPushButton *m_run;
    QPushButton *m_stop;
    QShortcut *m_escape; // Stop's, only while a query runs
    QLabel *m_status;
    QTableView *m_table;
    QElapsedTimer m_clock;
    std::shared_ptr<store::QueryControl> m_control; // of the running query
};

} // namespace tinyml::gui
