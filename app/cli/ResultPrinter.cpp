#include "ResultPrinter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace tinyml::cli {
namespace {

QString csvCell(const QString &cell)
{
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) && !cell.contains(QLatin1Char('\n')))
        return cell;
    return QLatin1Char('"') + QString(cell).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

QString tsvCell(QString cell)
{
    return cell.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

void print(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

} // namespace

bool parseOutputFormat(const QString &name, OutputFormat *format)
{
    static const QList<QPair<QString, OutputFormat>> names = {{QStringLiteral("table"), OutputFormat::Table},
                                                              {QStringLiteral("csv"), OutputFormat::Csv},
                                                              {QStringLiteral("tsv"), OutputFormat::Tsv},
                                                              {QStringLiteral("json"), OutputFormat::Json}};
    for (const auto &[n, f] : names) {
        if (n == name) {
            *format = f;
            return true;
        }
    }
    return false;
}

void printRows(const QStringList &header, const QList<QStringList> &rows, OutputFormat format)
{
    switch (format) {
    case OutputFormat::Json: {
        QJsonArray array;
        for (const QStringList &row : rows) {
            QJsonObject o;
            for (int c = 0; c < header.size(); ++c)
                o[header[c]] = row.value(c);
            array.append(o);
        }
        std::fputs(QJsonDocument(array).toJson(QJsonDocument::Indented).constData(), stdout);
        return;
    }
    case OutputFormat::Csv:
    case OutputFormat::Tsv: {
        const bool csv = format == OutputFormat::Csv;
        auto line = [&](const QStringList &cells) {
            QStringList out;
            for (const QString &c : cells)
                out << (csv ? csvCell(c) : tsvCell(c));
            print(out.join(csv ? QLatin1Char(',') : QLatin1Char('\t')));
        };
        line(header);
        for (const QStringList &row : rows)
            line(row);
        return;
    }
    case OutputFormat::Table: {
        QList<int> widths;
        for (const QString &h : header)
            widths << int(h.size());
        for (const QStringList &row : rows)
            for (int c = 0; c < row.size() && c < widths.size(); ++c)
                widths[c] = std::max(widths[c], int(std::min<qsizetype>(row[c].size(), 60)));
        auto line = [&](const QStringList &cells) {
            QStringList out;
            for (int c = 0; c < widths.size(); ++c) {
                QString cell = cells.value(c).simplified();
                if (cell.size() > 60)
                    cell = cell.left(57) + QStringLiteral("...");
                out << cell.leftJustified(widths[c]);
            }
            print(out.join(QStringLiteral("  ")).trimmed());
        };
        line(header);
        for (const QStringList &row : rows)
            line(row);
        std::printf("(%lld rows)\n", qlonglong(rows.size()));
        return;
    }
    }
}

} // namespace tinyml::cli
