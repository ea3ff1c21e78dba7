#include "TableCells.h"

#include "tflite/Runtime.h"
#include "widgets/OntologyNames.h"
#include "widgets/Units.h"

#include <QCoreApplication>

namespace tinyml::gui {

QIcon fitsIcon(bool fits)
{
    return QIcon(fits ? QStringLiteral(":/icons/actions/fits.svg")
                      : QStringLiteral(":/icons/actions/does-not-fit.svg"));
}

QIcon fitStateIcon(kg::FitState state)
{
    return state == kg::FitState::SensorsUnknown ? QIcon(QStringLiteral(":/icons/actions/fit-unknown.svg"))
                                                 : fitsIcon(state == kg::FitState::Fits);
}

QVariant memoryCell(double kb, int role)
{
    switch (role) {
    case Qt::DisplayRole: return Units::memory(kb);
    case SortRole: return kb;
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant headroomCell(double kb, int role)
{
    if (role == Qt::DisplayRole && kb < 0)
        return QStringLiteral("−") + Units::memory(-kb);
    return memoryCell(kb, role);
}

QVariant countCell(qint64 value, int role)
{
    switch (role) {
    case Qt::DisplayRole: return Units::count(value);
    case SortRole: return value;
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant textCell(const QString &text, int role)
{
    switch (role) {
    case Qt::DisplayRole: return text;
    case Qt::ToolTipRole: return text.isEmpty() ? QVariant() : QVariant(text); // when cut short (SortedTable)
    case SortRole: return text.toCaseFolded();
    default: return {};
    }
}

QString fitReasons(const kg::Fit &fit, const kg::Resources &need)
{
    QStringList reasons;
    for (qsizetype i = 0; i < need.sensors.size() && i < 64; ++i) {
        if (fit.missingSensors & (quint64(1) << i))
            reasons << QCoreApplication::translate("TableCells", "missing sensor %1")
                           .arg(OntologyNames::sensorName(need.sensors[i]));
    }
    if (fit.runtimeCannotRun) {
        QStringList operators = need.unsupportedOperators;
        for (QString &op : operators) {
            if (op == kg::kWholeModel)
                op = QCoreApplication::translate("TableCells", "this model");
        }
        reasons << QCoreApplication::translate("TableCells", "%1 cannot run %2")
                       .arg(need.runtime, operators.join(QStringLiteral(", ")));
    }
    if (fit.ramHeadroomKb < 0)
        reasons << QCoreApplication::translate("TableCells", "RAM short by %1").arg(Units::memory(-fit.ramHeadroomKb));
    if (fit.flashHeadroomKb < 0)
        reasons
            << QCoreApplication::translate("TableCells", "Flash short by %1").arg(Units::memory(-fit.flashHeadroomKb));
    if (need.sensorsUnknown) {
        if (fit.state == kg::FitState::SensorsUnknown)
            reasons << QCoreApplication::translate("TableCells", "fits memory");
        reasons << QCoreApplication::translate("TableCells", "sensors unknown");
    }
    return reasons.join(QStringLiteral("; "));
}

QString runtimeFiguresTip(const QString &runtime, bool ram)
{
    const QString name = runtime.isEmpty() ? QString::fromStdString(tflite::paperRuntime().name) : runtime;
    const QString what = ram ? QCoreApplication::translate("TableCells", "RAM: the tensor arena the model needs on %1")
                             : QCoreApplication::translate("TableCells", "Flash: what the model needs on %1");
    QString tip = what.arg(name);
    if (runtime.isEmpty())
        tip += QCoreApplication::translate("TableCells", " (the paper's figures; the board names no runtime)");
    return tip;
}

QVariant fitCell(kg::FitState state, const QString &reasons, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        switch (state) {
        case kg::FitState::Fits: return QCoreApplication::translate("TableCells", "Fits");
        case kg::FitState::SensorsUnknown: return reasons; // "fits memory; sensors unknown"
        case kg::FitState::DoesNotFit: return QCoreApplication::translate("TableCells", "No: %1").arg(reasons);
        }
        return {};
    case Qt::ToolTipRole: // the whole text, when the column cuts it short
        return fitCell(state, reasons, Qt::DisplayRole);
    case Qt::DecorationRole: return fitStateIcon(state);
    case SortRole: return int(state);
    case Qt::AccessibleTextRole:
        switch (state) {
        case kg::FitState::Fits: return QCoreApplication::translate("TableCells", "Fits");
        case kg::FitState::SensorsUnknown:
            return QCoreApplication::translate("TableCells", "Fit unknown: %1").arg(reasons);
        case kg::FitState::DoesNotFit:
            return QCoreApplication::translate("TableCells", "Does not fit: %1").arg(reasons);
        }
        return {};
    default: return {};
    }
}

QVariant metricCell(const std::optional<double> &value, const QString &metric, int role)
{
    switch (role) {
    case Qt::DisplayRole: return Units::metric(value, metric); // "91.4 %", "unknown": never 0
    case Qt::ToolTipRole:
        if (value)
            return OntologyNames::metricName(metric);
        return metric.isEmpty()
            ? QCoreApplication::translate("TableCells", "accuracy unknown")
            : QCoreApplication::translate("TableCells", "%1 unknown").arg(OntologyNames::metricName(metric));
    case SortRole: return value ? QVariant(*value) : QVariant(); // no value: last both ways (SortingProxy)
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

} // namespace tinyml::gui
