#pragma once

#include <QString>
#include <QStringList>

// The knowledge-graph commands of tinyml-kg. `arguments` starts with the command name; `store`
// is the --store folder or server locator (empty: the embedded default store). Each returns the exit code.
int runImportCommand(const QString &store, const QStringList &arguments);
int runImportRdfCommand(const QString &store, const QStringList &arguments);
int runExportCommand(const QString &store, const QStringList &arguments);
int runQueryCommand(const QString &store, const QStringList &arguments);
int runBoardsForCommand(const QString &store, const QStringList &arguments);
int runModelsForCommand(const QString &store, const QStringList &arguments);
int runFindCommand(const QString &store, const QStringList &arguments);
int runStatsCommand(const QString &store, const QStringList &arguments);
int runDeployCommand(const QString &store, const QStringList &arguments);
int runPushCommand(const QString &store, const QStringList &arguments);
int runPullCommand(const QString &store, const QStringList &arguments);
