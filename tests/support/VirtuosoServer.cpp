#include "VirtuosoServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QList>
#include <QNetworkProxy>
#include <QStandardPaths>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>

#include <csignal>
#include <vector>

#include <sys/prctl.h>

namespace tinyml::test {

namespace {

const QString packagedConfiguration = QStringLiteral("/etc/virtuoso-opensource-7/virtuoso.ini");
const QString consoleFile = QStringLiteral("console.log");
// A fresh database takes about 5 s to create on an idle machine; a busy build machine is slower.
constexpr int answerTimeoutMs = 60000;
constexpr int stopTimeoutMs = 10000;
// Another process may take a port between our probe and the server's bind.
constexpr int startAttempts = 3;

QString findProgram()
{
    const QString named = qEnvironmentVariable("TINYML_VIRTUOSO");
    if (named.isEmpty())
        return QStandardPaths::findExecutable(QStringLiteral("virtuoso-t"));
    if (!named.contains(QLatin1Char('/')))
        return QStandardPaths::findExecutable(named);
    const QFileInfo info(named);
    return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
}

// Ports nobody listens on now, distinct because all probes stay open until every port is chosen.
QList<int> freeLoopbackPorts(int count)
{
    QList<int> ports;
    std::vector<std::unique_ptr<QTcpServer>> probes;
    for (int i = 0; i < count; ++i) {
        auto probe = std::make_unique<QTcpServer>();
        if (!probe->listen(QHostAddress::LocalHost, 0))
            return {};
        ports << probe->serverPort();
        probes.push_back(std::move(probe));
    }
    return ports;
}

// The packaged file repeats keys and puts ';' comments after values, which QSettings would misread
// or rewrite; editing lines keeps every section we do not touch exactly as packaged.
class IniText
{
public:
    explicit IniText(const QString &text) : m_lines(text.split(QLatin1Char('\n'))) { }

    QString value(const QString &section, const QString &key) const
    {
        for (int i : keyLines(section, key)) {
            QString value = m_lines.at(i).mid(m_lines.at(i).indexOf(QLatin1Char('=')) + 1);
            const int comment = value.indexOf(QLatin1Char(';'));
            if (comment >= 0)
                value.truncate(comment);
            return value.trimmed();
        }
        return {};
    }

    // Sets every occurrence of the key in the section, adding the key or the section if missing.
    void set(const QString &section, const QString &key, const QString &value)
    {
        const QString line = key + QStringLiteral(" = ") + value;
        const QList<int> lines = keyLines(section, key);
        for (int i : lines)
            m_lines[i] = line;
        if (!lines.isEmpty())
            return;
        const int header = sectionHeader(section);
        if (header < 0) {
            m_lines << QString() << QLatin1Char('[') + section + QLatin1Char(']') << line;
            return;
        }
        int end = header + 1;
        while (end < m_lines.size() && !isHeader(m_lines.at(end)))
            ++end;
        while (end > header + 1 && m_lines.at(end - 1).trimmed().isEmpty())
            --end;
        m_lines.insert(end, line);
    }

    QString text() const
    {
        QString text = m_lines.join(QLatin1Char('\n'));
        if (!text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
        return text;
    }

private:
    static bool isHeader(const QString &line)
    {
        const QString trimmed = line.trimmed();
        return trimmed.startsWith(QLatin1Char('[')) && trimmed.endsWith(QLatin1Char(']'));
    }

    int sectionHeader(const QString &section) const
    {
        for (int i = 0; i < m_lines.size(); ++i) {
            const QString trimmed = m_lines.at(i).trimmed();
            if (isHeader(trimmed)
                && trimmed.mid(1, trimmed.size() - 2).trimmed().compare(section, Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    }

    QList<int> keyLines(const QString &section, const QString &key) const
    {
        QList<int> found;
        const int header = sectionHeader(section);
        if (header < 0)
            return found;
        for (int i = header + 1; i < m_lines.size() && !isHeader(m_lines.at(i)); ++i) {
            const QString trimmed = m_lines.at(i).trimmed();
            const int equals = trimmed.indexOf(QLatin1Char('='));
            if (equals > 0 && !trimmed.startsWith(QLatin1Char(';'))
                && trimmed.left(equals).trimmed().compare(key, Qt::CaseInsensitive) == 0)
                found << i;
        }
        return found;
    }

    QStringList m_lines;
};

// The HTTP status of GET /sparql?query=ASK{}, or 0 with *problem when there is none yet. A plain
// socket rather than QNetworkAccessManager: no event loop, no proxy from the environment.
int askStatus(int port, QString *problem)
{
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(1000)) {
        *problem = socket.errorString();
        return 0;
    }
    socket.write(
        QStringLiteral("GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1:%1\r\nConnection: close\r\n\r\n")
            .arg(port)
            .toLatin1());
    QDeadlineTimer deadline(5000);
    while (!socket.canReadLine() && !deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState)
        socket.waitForReadyRead(200);
    const QByteArray statusLine = socket.readLine().trimmed();
    const QList<QByteArray> parts = statusLine.split(' ');
    const int status = parts.size() >= 2 ? parts.at(1).toInt() : 0;
    *problem = statusLine.isEmpty() ? QStringLiteral("no HTTP answer") : QString::fromLatin1(statusLine);
    return status;
}

QString lastLines(const QString &text, int count)
{
    QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

VirtuosoServer::~VirtuosoServer()
{
    stop();
}

QString VirtuosoServer::unavailableReason()
{
    if (!findProgram().isEmpty())
        return {};
    const QString named = qEnvironmentVariable("TINYML_VIRTUOSO");
    if (!named.isEmpty())
        return QStringLiteral("TINYML_VIRTUOSO names %1, which is not an executable program").arg(named);
    return QStringLiteral("virtuoso-t is not installed (Debian package virtuoso-opensource-7-bin) and TINYML_VIRTUOSO "
                          "does not name another");
}

bool VirtuosoServer::start(QString *error)
{
    stop();
    const QString program = findProgram();
    if (program.isEmpty()) {
        *error = unavailableReason();
        return false;
    }
    for (int attempt = 1;; ++attempt) {
        bool portTaken = false;
        if (startOnce(program, error, &portTaken))
            return true;
        stop();
        if (!portTaken || attempt == startAttempts)
            return false;
    }
}

bool VirtuosoServer::startOnce(const QString &program, QString *error, bool *portTaken)
{
    // Each start gets a new, empty database; the previous folder goes only now, so that log()
    // still tells about a server that has stopped.
    m_dir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("tinyml-virtuoso-XXXXXX")));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary folder for Virtuoso: %1").arg(m_dir->errorString());
        return false;
    }
    const QList<int> ports = freeLoopbackPorts(2);
    if (ports.size() != 2) {
        *error = QStringLiteral("cannot find free loopback ports for Virtuoso");
        return false;
    }
    m_httpPort = ports.at(1);
    const QString configuration = m_dir->filePath(QStringLiteral("virtuoso.ini"));
    if (!writeConfiguration(configuration, ports.at(0), error))
        return false;

    m_process = std::make_unique<QProcess>();
    // When the test dies nothing will read this database again, so no orderly shutdown is owed.
    // prctl ties this to the thread that starts the server, which in tests is the main thread.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    // "." in DirsAllowed is then the temporary folder.
    m_process->setWorkingDirectory(m_dir->path());
    m_process->setStandardInputFile(QProcess::nullDevice());
    // A file rather than a pipe: a test that blocks without an event loop cannot stall the server
    // on a full pipe, and the log outlives the process.
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_dir->filePath(consoleFile));
    // Without +foreground virtuoso-t detaches, and neither the death signal nor stop() would reach it.
    m_process->start(program, {QStringLiteral("+configfile"), configuration, QStringLiteral("+foreground")});
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(program, m_process->errorString());
        return false;
    }
    if (waitUntilAnswering(error))
        return true;
    // Virtuoso reports a taken port as "Failed HTTP listen at ..." or "Failed to start listening ...".
    *portTaken =
        m_process->state() == QProcess::NotRunning && log().contains(QLatin1String("listen"), Qt::CaseInsensitive);
    *error += QStringLiteral("\n--- the server's log ends with ---\n") + lastLines(log(), 40);
    return false;
}

bool VirtuosoServer::writeConfiguration(const QString &path, int sqlPort, QString *error) const
{
    // The packaged configuration keeps tests close to real installations (notably its result
    // cap); without it Virtuoso's built-in defaults apply to everything we do not set.
    QString packaged;
    QFile source(packagedConfiguration);
    if (source.open(QIODevice::ReadOnly))
        packaged = QString::fromUtf8(source.readAll());
    IniText ini(packaged);

    const QDir dir(m_dir->path());
    ini.set(QStringLiteral("Database"), QStringLiteral("DatabaseFile"), dir.filePath(QStringLiteral("virtuoso.db")));
    ini.set(QStringLiteral("Database"), QStringLiteral("ErrorLogFile"), dir.filePath(QStringLiteral("virtuoso.log")));
    ini.set(QStringLiteral("Database"), QStringLiteral("LockFile"), dir.filePath(QStringLiteral("virtuoso.lck")));
    ini.set(QStringLiteral("Database"), QStringLiteral("TransactionFile"),
            dir.filePath(QStringLiteral("virtuoso.trx")));
    ini.set(QStringLiteral("Database"), QStringLiteral("xa_persistent_file"),
            dir.filePath(QStringLiteral("virtuoso.pxa")));
    ini.set(QStringLiteral("TempDatabase"), QStringLiteral("DatabaseFile"),
            dir.filePath(QStringLiteral("virtuoso-temp.db")));
    ini.set(QStringLiteral("TempDatabase"), QStringLiteral("TransactionFile"),
            dir.filePath(QStringLiteral("virtuoso-temp.trx")));

    // Loopback only, so a test server is never reachable from the network; and no Unix socket,
    // whose fixed name in /tmp would collide between servers.
    ini.set(QStringLiteral("Parameters"), QStringLiteral("ServerPort"), QStringLiteral("127.0.0.1:%1").arg(sqlPort));
    ini.set(QStringLiteral("Parameters"), QStringLiteral("DisableUnixSocket"), QStringLiteral("1"));
    ini.set(QStringLiteral("HTTPServer"), QStringLiteral("ServerPort"), QStringLiteral("127.0.0.1:%1").arg(m_httpPort));
    // Addresses the server builds for itself point at this server, not at a packaged one on 8890.
    ini.set(QStringLiteral("URIQA"), QStringLiteral("DefaultHost"), QStringLiteral("127.0.0.1:%1").arg(m_httpPort));

    // Server-side loading (LOAD <file:...>, ld_dir) may read the test's own folder.
    QString allowed = ini.value(QStringLiteral("Parameters"), QStringLiteral("DirsAllowed"));
    if (allowed.isEmpty())
        allowed = QStringLiteral(".");
    ini.set(QStringLiteral("Parameters"), QStringLiteral("DirsAllowed"), allowed + QStringLiteral(", ") + dir.path());

    if (m_resultSetMaxRows >= 0)
        ini.set(QStringLiteral("SPARQL"), QStringLiteral("ResultSetMaxRows"), QString::number(m_resultSetMaxRows));
    // [SPARQL] MaxQueryExecutionTime stays as packaged (60 s): it bounds updates too, one waiting
    // for another transaction's locks included, and a lower one made pushes and large commits
    // fail with "Transaction timed out" here.

    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ini.text().toUtf8()) < 0) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool VirtuosoServer::waitUntilAnswering(QString *error)
{
    QDeadlineTimer deadline(answerTimeoutMs);
    QString lastProblem = QStringLiteral("no answer yet");
    while (!deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning) {
            *error = QStringLiteral("%1 ended with exit code %2 before answering")
                         .arg(QFileInfo(m_process->program()).fileName())
                         .arg(m_process->exitCode());
            return false;
        }
        if (askStatus(m_httpPort, &lastProblem) == 200)
            return true;
        // Sleeps, but wakes at once if the server ends.
        m_process->waitForFinished(200);
    }
    *error = QStringLiteral("%1 did not answer %2 within %3 s (last: %4)")
                 .arg(QFileInfo(m_process->program()).fileName(), sparqlUrl().toString())
                 .arg(answerTimeoutMs / 1000)
                 .arg(lastProblem);
    return false;
}

void VirtuosoServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(stopTimeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

bool VirtuosoServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QUrl VirtuosoServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_httpPort));
}

QUrl VirtuosoServer::endpoint(const QString &path) const
{
    QUrl url = baseUrl();
    url.setPath(path);
    return url;
}

QUrl VirtuosoServer::sparqlUrl() const
{
    return endpoint(QStringLiteral("/sparql"));
}

QUrl VirtuosoServer::authSparqlUrl() const
{
    return endpoint(QStringLiteral("/sparql-auth"));
}

QUrl VirtuosoServer::graphStoreUrl() const
{
    return endpoint(QStringLiteral("/sparql-graph-crud-auth"));
}

store::SparqlEndpoint VirtuosoServer::newGraphEndpoint(bool graphStoreProtocol) const
{
    store::SparqlEndpoint endpoint;
    endpoint.queryUrl = authSparqlUrl();
    endpoint.updateUrl = endpoint.queryUrl;
    if (graphStoreProtocol)
        endpoint.graphStoreUrl = graphStoreUrl();
    endpoint.graph = QStringLiteral("urn:tinyml-test:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    endpoint.auth = store::SparqlEndpoint::Auth::Password;
    endpoint.user = user();
    endpoint.secret = password();
    return endpoint;
}

QString VirtuosoServer::log() const
{
    if (!m_dir)
        return {};
    QFile file(m_dir->filePath(consoleFile));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace tinyml::test
