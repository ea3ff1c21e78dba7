#include "ForkedQuery.h"

#include "store/sparql/SparqlResults.h"

#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace tinyml::store {
namespace {

// What the child writes: one byte for what follows, then its text. A graph (CONSTRUCT,
// DESCRIBE) goes as the bindings of ?s ?p ?o.
constexpr char kResult = 'R';
constexpr char kGraph = 'G';
constexpr char kError = 'E';
constexpr int kPollMs = 100; // how late a Stop may be seen

QByteArray encode(const std::optional<QueryResult> &result, const QString &error)
{
    if (!result)
        return kError + error.toUtf8();
    if (result->kind != QueryResult::Kind::Graph)
        return kResult + toSparqlJson(*result);
    QueryResult rows;
    rows.variables = {QStringLiteral("s"), QStringLiteral("p"), QStringLiteral("o")};
    rows.rows.reserve(result->triples.size());
    for (const RdfTriple &t : result->triples)
        rows.rows.append({t.subject, t.predicate, t.object});
    return kGraph + toSparqlJson(rows);
}

std::optional<QueryResult> decode(const QByteArray &frame, QString *error)
{
    if (frame.isEmpty()) {
        *error = QStringLiteral("the query process sent no result");
        return std::nullopt;
    }
    const QByteArray text = frame.mid(1);
    if (frame.front() == kError) {
        *error = QString::fromUtf8(text);
        return std::nullopt;
    }
    auto result = parseSparqlJson(text, error);
    if (!result || frame.front() != kGraph)
        return result;
    QueryResult graph;
    graph.kind = QueryResult::Kind::Graph;
    graph.triples.reserve(result->rows.size());
    for (const QList<RdfTerm> &row : result->rows)
        graph.triples.append({row.value(0), row.value(1), row.value(2)});
    return graph;
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// In the child, which only ever leaves through _exit.
[[noreturn]] void runChild(pid_t parent, int out,
                           const std::function<std::optional<QueryResult>(QString *error)> &runQuery)
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) // the forking thread ended before the line above
        ::_exit(1);
    constexpr int kOut = 3;
    if (out != kOut) {
        if (::dup2(out, kOut) < 0)
            ::_exit(1);
        ::close(out);
    }
    if (::close_range(kOut + 1, ~0U, 0) != 0) { // a kernel before 5.9
        for (int fd = kOut + 1, end = int(::sysconf(_SC_OPEN_MAX)); fd < end; ++fd)
            ::close(fd);
    }
    QString error;
    const std::optional<QueryResult> result = runQuery(&error);
    ::_exit(writeAll(kOut, encode(result, error)) ? 0 : 1);
}

class ForkedQuery : public StartedQuery
{
public:
    ForkedQuery(pid_t pid, int fd, std::shared_ptr<QueryControl> control)
        : m_pid(pid), m_fd(fd), m_control(std::move(control))
    { }
    ~ForkedQuery() override
    {
        end(true);
        ::close(m_fd);
    }

    std::optional<QueryResult> finish(QString *error) override
    {
        QByteArray frame;
        char buffer[64 * 1024];
        for (;;) {
            if (const QueryControl::Ending ending = m_control->ending(); ending != QueryControl::Ending::None) {
                end(true);
                *error = m_control->end(ending);
                return std::nullopt;
            }
            pollfd readable{m_fd, POLLIN, 0};
            const int ready = ::poll(&readable, 1, kPollMs);
            if (ready == 0 || (ready < 0 && errno == EINTR))
                continue;
            const ssize_t n = ready < 0 ? -1 : ::read(m_fd, buffer, sizeof buffer);
            if (n > 0) {
                frame.append(buffer, n);
                continue;
            }
            if (n < 0 && (errno == EINTR || errno == EAGAIN))
                continue;
            break; // the end of the pipe: the child is done (or a read error, which ends it too)
        }
        const int status = end(false);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            *error = WIFSIGNALED(status)
                ? QStringLiteral("the query process ended unexpectedly (signal %1)").arg(WTERMSIG(status))
                : QStringLiteral("the query process failed (exit code %1)").arg(WEXITSTATUS(status));
            return std::nullopt;
        }
        return decode(frame, error);
    }

private:
    // Reaps the child, killing it first if `kill`; its wait status.
    int end(bool kill)
    {
        int status = 0;
        if (m_pid <= 0)
            return m_status;
        if (kill)
            ::kill(m_pid, SIGKILL);
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) { }
        m_pid = 0;
        m_status = status;
        return status;
    }

    pid_t m_pid;
    int m_fd;
    int m_status = 0;
    std::shared_ptr<QueryControl> m_control;
};

} // namespace

std::unique_ptr<StartedQuery> forkQuery(const std::function<std::optional<QueryResult>(QString *error)> &runQuery,
                                        std::shared_ptr<QueryControl> control, QString *error)
{
    if (const QueryControl::Ending ending = control->ending(); ending != QueryControl::Ending::None)
        return std::make_unique<FinishedQuery>(std::nullopt, control->end(ending)); // stopped while it waited
    int pipe[2];
    if (::pipe2(pipe, O_CLOEXEC) != 0) {
        *error = QStringLiteral("cannot start the query process: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return nullptr;
    }
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(pipe[0]);
        runChild(parent, pipe[1], runQuery);
    }
    const int forkError = errno;
    ::close(pipe[1]);
    if (pid < 0) {
        *error =
            QStringLiteral("cannot start the query process: %1").arg(QString::fromLocal8Bit(std::strerror(forkError)));
        ::close(pipe[0]);
        return nullptr;
    }
    control->start();
    return std::make_unique<ForkedQuery>(pid, pipe[0], std::move(control));
}

} // namespace tinyml::store
