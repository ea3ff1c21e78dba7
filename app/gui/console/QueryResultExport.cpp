#include "QueryResultExport.h"

#include "store/QueryResultFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QPointer>
#include <QThreadPool>

namespace tinyml::gui {

void QueryResultExport::choose(QWidget *parent, const store::QueryResult &result)
{
    const QString csv = tr("SPARQL results as CSV (*.csv)");
    const QString tsv = tr("SPARQL results as TSV (*.tsv)");
    const QString json = tr("SPARQL results as JSON (*.json *.srj)");
    QString filter = csv;
    QString path =
        QFileDialog::getSaveFileName(parent, tr("Export results"), QDir::homePath() + QStringLiteral("/results.csv"),
                                     QStringList{csv, tsv, json}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (!store::queryResultFormatOf(path)) // the chosen filter's format when the name has no known extension
        path += filter == json ? QStringLiteral(".json")
            : filter == tsv    ? QStringLiteral(".tsv")
                               : QStringLiteral(".csv");
    write(result, path);
}

void QueryResultExport::write(const store::QueryResult &result, const QString &path)
{
    const store::QueryResultFormat format = store::queryResultFormatOf(path).value_or(store::QueryResultFormat::Csv);
    QPointer<QueryResultExport> self(this);
    QThreadPool::globalInstance()->start([self, result, path, format]() {
        QString error;
        const bool ok = store::writeQueryResult(result, format, path, &error);
        // Posted to the application, which outlives the pool's tasks, and `self` looked at on the
        // GUI thread: the console may be gone by the time the file is written.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, ok, path, error]() {
                if (!self)
                    return;
                const QString file = QDir::toNativeSeparators(path);
                emit self->finished(ok,
                                    ok ? tr("Results exported to %1").arg(file)
                                       : tr("The results could not be exported to %1: %2").arg(file, error));
            },
            Qt::QueuedConnection);
    });
}

} // namespace tinyml::gui
