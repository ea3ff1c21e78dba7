#include "ModelInfoSheet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <cmath>

namespace tinyml::kg {

// What is wrong with a metadata sheet: the import shows it in the GUI's language.
struct SheetChecks {
    Q_DECLARE_TR_FUNCTIONS(tinyml::kg::SheetChecks)
};

namespace {

// One CSV record: cells separated by commas, a cell in double quotes may hold commas and "".
QStringList splitCsv(const QString &line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            cells << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell;
    return cells;
}

// A tab-separated cell may be quoted as spreadsheets write it: "a ""quoted"" word".
QString unquoted(const QString &cell)
{
    if (cell.size() >= 2 && cell.startsWith(QLatin1Char('"')) && cell.endsWith(QLatin1Char('"')))
        return cell.mid(1, cell.size() - 2).replace(QLatin1String("\"\""), QLatin1String("\""));
    return cell;
}

// A code of the sheet, 0..highest, or -1.
int codeIn(const QString &text, int highest)
{
    bool ok = false;
    const int code = text.trimmed().toInt(&ok);
    return ok && code >= 0 && code <= highest ? code : -1;
}

QString columnKey(const QString &header)
{
    return header.trimmed().section(QLatin1Char(' '), 0, 0).toLower();
}

} // namespace

std::optional<QList<SheetRow>> readModelInfoSheet(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (lines.isEmpty() || lines.front().trimmed().isEmpty()) {
        *error = SheetChecks::tr("%1: the sheet is empty").arg(path);
        return std::nullopt;
    }
    const bool tabs = lines.front().contains(QLatin1Char('\t'));
    auto split = [&](const QString &line) {
        QString l = line;
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        if (!tabs)
            return splitCsv(l);
        QStringList cells = l.split(QLatin1Char('\t'));
        for (QString &c : cells)
            c = unquoted(c);
        return cells;
    };
    QHash<QString, int> columns;
    const QStringList header = split(lines.front());
    for (int i = 0; i < header.size(); ++i)
        columns.insert(columnKey(header[i]), i);
    if (!columns.contains(QStringLiteral("name"))) {
        *error = SheetChecks::tr("%1: line 1: no Name column").arg(path);
        return std::nullopt;
    }

    QList<SheetRow> rows;
    for (int n = 1; n < lines.size(); ++n) {
        if (lines[n].trimmed().isEmpty())
            continue;
        const QStringList cells = split(lines[n]);
        const int lineNumber = n + 1;
        auto cell = [&](const char *key) {
            const QString value = cells.value(columns.value(QLatin1String(key), -1)).trimmed();
            return value == QLatin1String("None") ? QString() : value;
        };
        auto fail = [&](const QString &problem) {
            *error = SheetChecks::tr("%1: line %2: %3").arg(path).arg(lineNumber).arg(problem);
            return std::nullopt;
        };
        SheetRow row;
        row.line = lineNumber;
        ModelInfo &info = row.info;
        info.name = cell("name");
        if (info.name.isEmpty())
            return fail(SheetChecks::tr("the Name cell is empty"));
        for (const QString &code : cell("hardware").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            // The paper's codes name its six sensors; the ontology's other sensor classes
            // (GasSensor, Radar, ...) have no code and are written by name.
            const int c = codeIn(code, 5);
            const qsizetype named = sensorClasses().indexOf(code.trimmed());
            if (c < 0 && named < 0)
                return fail(SheetChecks::tr("unknown sensor '%1' (a code 0-5 or a sensor class such as GasSensor)")
                                .arg(code.trimmed()));
            info.sensors << sensorClasses().at(c >= 0 ? c : int(named));
        }
        info.sensorInfo = cell("hardware_info");
        info.inputInfo = cell("input_comment");
        info.outputInfo = cell("output_comment");
        if (!cell("metrics").isEmpty()) {
            const int m = codeIn(cell("metrics"), 2);
            if (m < 0)
                return fail(SheetChecks::tr("unknown metric code '%1' (0-2)").arg(cell("metrics")));
            info.metric = MetricKind(m);
            const QString text = cell("metric_value");
            bool ok = text.isEmpty();
            const double value = ok ? 0 : text.toDouble(&ok);
            if (!ok || !std::isfinite(value))
                return fail(SheetChecks::tr("metric_value '%1' is not a number").arg(text));
            if (isAccuracy(info.metric) && (value < 0 || value > 100))
                return fail(SheetChecks::tr("metric_value '%1' is not an accuracy in percent (0-100)").arg(text));
            info.metricValue = knownMetricValue(value);
        }
        if (!cell("category").isEmpty()) {
            const int c = codeIn(cell("category"), 4);
            if (c < 0)
                return fail(SheetChecks::tr("unknown category code '%1' (0-4)").arg(cell("category")));
            info.category = NetworkCategory(c);
        }
        info.codeRepository = cell("location");
        info.trainingDataset = cell("dataset");
        info.citation = cell("reference");
        info.dateCreated = cell("date");
        info.creator = cell("creator");
        info.description = cell("description");
        if (!cell("runtimeplatform").isEmpty())
            info.runtimePlatform = cell("runtimeplatform");
        rows << row;
    }
    return rows;
}

std::optional<QList<ModelImport>> importsFromSheet(const QString &path, QString *error)
{
    const auto rows = readModelInfoSheet(path, error);
    if (!rows)
        return std::nullopt;
    const QDir base = QFileInfo(path).absoluteDir();
    QList<ModelImport> imports;
    for (const SheetRow &row : *rows) {
        const QString name = row.info.name + QStringLiteral(".tflite");
        const QString file =
            QFile::exists(base.filePath(name)) ? base.filePath(name) : base.filePath(QStringLiteral("models/") + name);
        if (!QFile::exists(file)) {
            *error = SheetChecks::tr("%1: line %2: no model file for '%3' (looked for %4 and models/%4)")
                         .arg(path)
                         .arg(row.line)
                         .arg(row.info.name, name);
            return std::nullopt;
        }
        imports << ModelImport{file, row.info};
    }
    return imports;
}

} // namespace tinyml::kg
