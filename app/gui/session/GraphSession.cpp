#include "GraphSession.h"

#include "kg/CatalogueCache.h"

#include <algorithm>

namespace tinyml::gui {

GraphSession::GraphSession(QObject *parent) : QObject(parent), m_catalogue(std::make_shared<kg::Catalogue>())
{
    m_thread.setObjectName(QStringLiteral("knowledge graph"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

GraphSession::~GraphSession()
{
    // Running queries end now (their processes killed), the jobs already queued run (commits
    // are short), then the graph is closed on the thread that used it (the store's journal and
    // lock), then the thread ends.
    stopQueries();
    QMetaObject::invokeMethod(
        m_worker,
        [this]() {
            m_graph.reset();
            m_thread.quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    for (QueryWaiter &waiter : m_waiters)
        waiter.thread.join();
}

void GraphSession::post(std::function<void()> work)
{
    if (m_pending++ == 0)
        emit busyChanged(true);
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

void GraphSession::finished(const QPointer<QObject> &receiver, std::function<void()> deliver)
{
    QMetaObject::invokeMethod(
        this,
        [this, receiver, deliver = std::move(deliver)]() {
            if (receiver)
                deliver();
            jobDone();
        },
        Qt::QueuedConnection);
}

void GraphSession::jobDone()
{
    if (--m_pending == 0)
        emit busyChanged(false);
}

void GraphSession::open(const kg::GraphLocation &location)
{
    if (m_pending++ == 0)
        emit busyChanged(true);
    const int open = ++m_opens;
    QMetaObject::invokeMethod(
        m_worker,
        [this, location, open]() {
            m_workerOpens = open;
            // The cached catalogue answers the questions while the graph is read (seconds at 10k
            // models); the graph's own catalogue replaces it below.
            bool showedCache = false;
            if (auto cached =
                    hasCatalogueCache(location) ? kg::readCatalogueCache(location.folderPath()) : std::nullopt) {
                showedCache = true;
                deliverCatalogue(std::make_shared<const kg::Catalogue>(std::move(*cached)));
            }
            QString error;
            QStringList notes;
            auto graph = kg::openGraph(location, &error, &notes);
            std::shared_ptr<const kg::Catalogue> catalogue;
            if (graph) {
                if (const kg::Catalogue *read = graph->catalogue(&error))
                    catalogue = std::make_shared<kg::Catalogue>(*read);
                else
                    graph.reset();
            }
            if (graph) {
                m_graph = std::move(graph);
                m_graphLocation = location;
                cacheCatalogue(*m_graph, *catalogue);
            } else if (showedCache) {
                // Take back the cached answers of the store that did not open.
                QString ignored; // an unreadable catalogue shows as an empty one
                const kg::Catalogue *previous = m_graph ? m_graph->catalogue(&ignored) : nullptr;
                deliverCatalogue(std::make_shared<const kg::Catalogue>(previous ? *previous : kg::Catalogue()));
            }
            const QString storeLocation = m_graph && catalogue ? m_graph->store().location() : QString();
            QMetaObject::invokeMethod(
                this,
                [this, location, error, notes, catalogue, storeLocation]() {
                    if (catalogue) {
                        m_open = true;
                        m_location = storeLocation;
                        m_openLocation = location;
                        m_catalogue = catalogue;
                        emit opened(storeLocation, notes);
                        emit catalogueChanged();
                    } else {
                        m_failedLocation = location;
                        emit openFailed(location.settingsText(), error);
                    }
                    jobDone();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void GraphSession::publishCatalogue(kg::KnowledgeGraph &graph)
{
    QString error;
    const kg::Catalogue *read = graph.catalogue(&error);
    if (!read) {
        QMetaObject::invokeMethod(
            this, [this, error]() { emit catalogueFailed(error); }, Qt::QueuedConnection);
        return;
    }
    cacheCatalogue(graph, *read);
    deliverCatalogue(std::make_shared<const kg::Catalogue>(*read));
}

bool GraphSession::hasCatalogueCache(const kg::GraphLocation &location)
{
    // A server's graph changes under other clients: its catalogue is always read from it.
    return !location.isServer();
}

void GraphSession::cacheCatalogue(kg::KnowledgeGraph &graph, const kg::Catalogue &catalogue)
{
    if (!hasCatalogueCache(m_graphLocation))
        return;
    QString ignored; // the cache only saves time at the next start; without it the graph is read
    kg::writeCatalogueCache(graph.store().location(), catalogue, &ignored);
}

void GraphSession::deliverCatalogue(std::shared_ptr<const kg::Catalogue> catalogue)
{
    QMetaObject::invokeMethod(
        this,
        [this, catalogue = std::move(catalogue)]() {
            m_catalogue = catalogue;
            emit catalogueChanged();
        },
        Qt::QueuedConnection);
}

void GraphSession::apply(QObject *receiver, const store::ChangeSet &changes, int generation,
                         std::function<void(QString)> done)
{
    if (!m_open) {
        done(tr("no store is open"));
        return;
    }
    change<QString>(
        receiver,
        [this, changes, generation](kg::KnowledgeGraph &graph) {
            QString error;
            if (generation != m_workerOpens)
                error = tr("the change was made for a store that is no longer open");
            else
                graph.apply(changes, &error);
            return error;
        },
        std::move(done));
}

void GraphSession::query(QObject *receiver, const QString &sparql, std::shared_ptr<store::QueryControl> control,
                         std::function<void(QueryOutcome)> done)
{
    m_queries.erase(std::remove_if(m_queries.begin(), m_queries.end(),
                                   [](const std::weak_ptr<store::QueryControl> &q) { return q.expired(); }),
                    m_queries.end());
    m_queries.push_back(control);
    post([this, receiver = QPointer<QObject>(receiver), sparql, control, done = std::move(done)]() {
        QueryOutcome outcome;
        if (!m_graph) {
            outcome.error = tr("no store is open");
        } else if (std::shared_ptr<store::StartedQuery> started =
                       m_graph->store().startQuery(sparql, control, &outcome.error)) {
            awaitQuery(receiver, std::move(started), control, done);
            return;
        }
        finished(receiver, [done, outcome]() { done(outcome); });
    });
}

void GraphSession::awaitQuery(const QPointer<QObject> &receiver, std::shared_ptr<store::StartedQuery> started,
                              std::shared_ptr<store::QueryControl> control, std::function<void(QueryOutcome)> done)
{
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (*it->done) {
            it->thread.join();
            it = m_waiters.erase(it);
        } else {
            ++it;
        }
    }
    auto waiterDone = std::make_shared<std::atomic_bool>(false);
    std::thread thread([this, receiver, started = std::move(started), control, done = std::move(done), waiterDone]() {
        QueryOutcome outcome;
        outcome.result = started->finish(&outcome.error);
        if (!outcome.result)
            outcome.ending = control->endedBy();
        finished(receiver, [done, outcome = std::move(outcome)]() { done(outcome); });
        *waiterDone = true;
    });
    m_waiters.push_back({std::move(thread), std::move(waiterDone)});
}

void GraphSession::stopQueries()
{
    for (const std::weak_ptr<store::QueryControl> &query : m_queries) {
        if (const auto control = query.lock())
            control->stop();
    }
    m_queries.clear();
}

} // namespace tinyml::gui
