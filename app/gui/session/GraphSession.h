// The knowledge graph as the GUI reaches it: the graph lives on a worker thread of its own and
// every operation on it (opening, queries, imports, commits, file analysis) runs there as a job,
// so the GUI thread never waits on the store or the disk. Results come back as queued calls on
// the GUI thread; a result whose receiver is gone is dropped.
//
// The catalogue (the typed rows the three questions are answered from) is copied out after each
// change and shared read-only with the views.
#pragma once

#include "kg/Catalogue.h"
#include "kg/GraphOpening.h"
#include "kg/KnowledgeGraph.h"
#include "store/QueryControl.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <list>
#include <memory>
#include <thread>
#include <vector>

namespace tinyml::gui {

class GraphSession : public QObject
{
    Q_OBJECT
public:
    explicit GraphSession(QObject *parent = nullptr);
    ~GraphSession() override;

    // Opens the graph at `location` (kg::openGraph: the default store is seeded when it is
    // created, a folder only when the location asks for it). The open graph stays in use until
    // the new one is open; on failure it stays open and openFailed() says why.
    void open(const kg::GraphLocation &location);

    bool isOpen() const { return m_open; }
    QString location() const { return m_location; }
    // Where the open graph is, and where the last open that failed was meant to be.
    const kg::GraphLocation &openLocation() const { return m_openLocation; }
    const kg::GraphLocation &failedLocation() const { return m_failedLocation; }
    std::shared_ptr<const kg::Catalogue> catalogue() const { return m_catalogue; }

    // Runs `job` on the worker thread with the open graph and hands its result to `done` on the
    // GUI thread, unless `receiver` was destroyed by then. Jobs run one at a time, in order.
    // Without an open graph the job is skipped and `done` gets a default Result, so that callers
    // always hear back (and close their progress dialogs).
    template<typename Result>
    void run(QObject *receiver, std::function<Result(kg::KnowledgeGraph &)> job, std::function<void(Result)> done)
    {
        post([this, receiver = QPointer<QObject>(receiver), job = std::move(job), done = std::move(done)]() {
            if (!m_graph) {
                finished(receiver, [done]() { done(Result()); });
                return;
            }
            Result result = job(*m_graph);
            finished(receiver, [done, result = std::move(result)]() { done(result); });
        });
    }

    // A job that changes the graph: afterwards the catalogue is read again and catalogueChanged()
    // emitted, whether or not the job succeeded.
    template<typename Result>
    void change(QObject *receiver, std::function<Result(kg::KnowledgeGraph &)> job, std::function<void(Result)> done)
    {
        run<Result>(
            receiver,
            [this, job = std::move(job)](kg::KnowledgeGraph &graph) {
                Result result = job(graph);
                publishCatalogue(graph);
                return result;
            },
            std::move(done));
    }

    // Which open() the jobs posted now run after: a change prepared for one store carries it, so
    // that it is never applied to the next one.
    int generation() const { return m_opens; }
    // Commits a change set (an undoable edit) made for the store of `generation`; `done` gets the
    // error, empty on success. A change for a store that is no longer open is refused.
    void apply(QObject *receiver, const store::ChangeSet &changes, int generation, std::function<void(QString)> done);

    struct QueryOutcome {
        std::optional<store::QueryResult> result;
        QString error;                                                          // when there is no result
        store::QueryControl::Ending ending = store::QueryControl::Ending::None; // why it was ended, if it was
    };
    // Runs a query a person typed, which may run for long and ends when `control` says so
    // (store::TripleStore::startQuery). The worker only starts it: the embedded store forks the
    // query off the graph as it is, and the wait for its answer happens on a thread of its own, so
    // that the jobs queued behind it (a board being saved) run at once.
    void query(QObject *receiver, const QString &sparql, std::shared_ptr<store::QueryControl> control,
               std::function<void(QueryOutcome)> done);
    // Stops every query that runs (the window closes).
    void stopQueries();

signals:
    void opened(const QString &location, const QStringList &notes);
    void openFailed(const QString &location, const QString &error);
    void catalogueChanged();
    void catalogueFailed(const QString &error);
    // True while a job runs or waits.
    void busyChanged(bool busy);

private:
    static bool hasCatalogueCache(const kg::GraphLocation &location);
    void post(std::function<void()> work);
    void finished(const QPointer<QObject> &receiver, std::function<void()> deliver);
    // On the worker: copies the catalogue out and hands it to the GUI thread.
    void publishCatalogue(kg::KnowledgeGraph &graph);
    // On the worker: keeps the catalogue beside the store for the next start.
    void cacheCatalogue(kg::KnowledgeGraph &graph, const kg::Catalogue &catalogue);
    // From the worker: makes `catalogue` the one the views show.
    void deliverCatalogue(std::shared_ptr<const kg::Catalogue> catalogue);
    void jobDone();
    // On the worker: waits for `started` on a thread of its own and delivers its outcome.
    void awaitQuery(const QPointer<QObject> &receiver, std::shared_ptr<store::StartedQuery> started,
                    std::shared_ptr<store::QueryControl> control, std::function<void(QueryOutcome)> done);

    QThread m_thread;
    QObject *m_worker = nullptr;                 // lives on m_thread; jobs run in its event loop
    std::unique_ptr<kg::KnowledgeGraph> m_graph; // touched on the worker thread only
    kg::GraphLocation m_graphLocation;           // where m_graph is; worker thread only
    std::shared_ptr<const kg::Catalogue> m_catalogue;
    QString m_location;
    kg::GraphLocation m_openLocation;
    kg::GraphLocation m_failedLocation;
    bool m_open = false;
    int m_opens = 0;       // open() calls so far (GUI thread)
    int m_workerOpens = 0; // opens the worker has processed (worker thread)
    int m_pending = 0;
    std::vector<std::weak_ptr<store::QueryControl>> m_queries; // GUI thread
    struct QueryWaiter {
        std::thread thread;
        std::shared_ptr<std::atomic_bool> done;
    };
    std::list<QueryWaiter> m_waiters; // the worker's, then the destructor's once the worker ended
};

} // namespace tinyml::gui
