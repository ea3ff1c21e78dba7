// Stopping a query a person typed: a stop any thread may ask for, and a time limit that counts
// from the moment the query starts to run (not while it waits behind other work). The store that
// runs the query looks at it at least every 100 ms and ends the query's work when it says so.
#pragma once

#include "store/TripleStore.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

namespace tinyml::store {

class QueryControl
{
public:
    enum class Ending { None, Stopped, TimeLimit };

    // `timeLimitSeconds` 0: no limit.
    explicit QueryControl(int timeLimitSeconds = 0) : m_timeLimitSeconds(timeLimitSeconds) { }

    int timeLimitSeconds() const { return m_timeLimitSeconds; }

    // Any thread: the query ends as soon as its store sees this.
    void stop() { m_stopped = true; }
    // The store, when the query begins to run: the time limit counts from now.
    void start()
    {
        if (m_timeLimitSeconds > 0)
            m_deadline = (Clock::now() + std::chrono::seconds(m_timeLimitSeconds)).time_since_epoch().count();
    }

    // Why the query must end now, or None.
    Ending ending() const
    {
        if (m_stopped)
            return Ending::Stopped;
        const Clock::rep deadline = m_deadline;
        return deadline != 0 && Clock::now().time_since_epoch().count() >= deadline ? Ending::TimeLimit : Ending::None;
    }
    // The store, as it ends a query's work for `ending`: notes that it did, and gives its error,
    // "stopped" or "the query ran longer than the time limit of N s".
    QString end(Ending ending)
    {
        m_endedBy = ending;
        return ending == Ending::TimeLimit
            ? QStringLiteral("the query ran longer than the time limit of %1 s").arg(m_timeLimitSeconds)
            : QStringLiteral("stopped");
    }
    // Why the store ended the query, or None: a query that failed of itself near a stop or its
    // time limit keeps its own error.
    Ending endedBy() const { return m_endedBy; }

private:
    using Clock = std::chrono::steady_clock;
    const int m_timeLimitSeconds;
    std::atomic_bool m_stopped{false};
    std::atomic<Clock::rep> m_deadline{0}; // 0: none
    std::atomic<Ending> m_endedBy{Ending::None};
};

// A query that startQuery() began: finish() waits for its result, on any thread, ending the
// query's work when its control says so. It is called once.
class StartedQuery
{
public:
    virtual ~StartedQuery() = default;
    virtual std::optional<QueryResult> finish(QString *error) = 0;
};

// A query that ran to its end inside startQuery().
class FinishedQuery : public StartedQuery
{
public:
    FinishedQuery(std::optional<QueryResult> result, QString error)
        : m_result(std::move(result)), m_error(std::move(error))
    { }
    std::optional<QueryResult> finish(QString *error) override
    {
        if (!m_result)
            *error = m_error;
        return std::move(m_result);
    }

private:
    std::optional<QueryResult> m_result;
    QString m_error;
};

} // namespace tinyml::store
