// A SPARQL console for experts: an editor with the paper's three case-study questions as
// examples, results as a table, errors inline. Queries run on the graph's worker thread.
#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace tinyml::gui {

class GraphSession;
class QueryResultTableModel;

class SparqlConsole : public QWidget
{
    Q_OBJECT
public:
    explicit SparqlConsole(GraphSession *session, QWidget *parent = nullptr);

    void run();

signals:
    // A query finished: `error` is empty on success.
    void finished(const QString &error);

private:
    void loadExample(int index);
    void setRunning(bool running);

    GraphSession *m_session;
    QueryResultTableModel *m_result;
    QComboBox *m_examples;
    QPlainTextEdit *m_editor;
    QPushButton *m_run;
    QPushButton *m_discard;
    QLabel *m_status;
    QTableView *m_table;
    QElapsedTimer m_clock;
    quint64 m_request = 0;
};

} // namespace tinyml::gui
