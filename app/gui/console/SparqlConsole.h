// A SPARQL console for experts: an editor with the paper's three case-study questions as
// examples, results as a table (copied with Ctrl+C, exported as CSV, TSV or JSON), errors inline.
// Queries run on the graph's worker thread. The query typed and those run survive a restart.
#pragma once

#include "console/QueryHistory.h"

#include <QElapsedTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
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
    QPushButton *m_discard;
    QLabel *m_status;
    QTableView *m_table;
    QElapsedTimer m_clock;
    quint64 m_request = 0;
};

} // namespace tinyml::gui
