#include "QueryControl.h"

namespace tinyml::store {

std::unique_ptr<StartedQuery> TripleStore::startQuery(const QString &sparql, std::shared_ptr<QueryControl> control,
                                                      QString *error)
{
    Q_UNUSED(error);
    control->start();
    QString problem;
    auto result = query(sparql, &problem);
    return std::make_unique<FinishedQuery>(std::move(result), problem);
}

std::optional<QueryResult> TripleStore::runQuery(const QString &sparql, std::shared_ptr<QueryControl> control,
                                                 QString *error)
{
    const std::unique_ptr<StartedQuery> started = startQuery(sparql, std::move(control), error);
    return started ? started->finish(error) : std::nullopt;
}

} // namespace tinyml::store
