// Prints tabular results as an aligned table, CSV, TSV or JSON.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tinyml::cli {

enum class OutputFormat { Table, Csv, Tsv, Json };

// Parses "table", "csv", "tsv" or "json"; false for anything else.
bool parseOutputFormat(const QString &name, OutputFormat *format);

void printRows(const QStringList &header, const QList<QStringList> &rows, OutputFormat format);

} // namespace tinyml::cli
