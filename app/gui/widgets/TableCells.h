// Cells the GUI's table models share: the value of a cell for each role (display in the chosen
// unit, sort by the number), and in words what an icon says.
#pragma once

#include "kg/Questions.h"
#include "widgets/ItemRoles.h"

#include <QIcon>
#include <QString>
#include <QVariant>

#include <optional>

namespace tinyml::gui {

QIcon fitsIcon(bool fits);
// Fits, fits memory with its sensors unknown, does not fit: each its own icon.
QIcon fitStateIcon(kg::FitState state);
// The value for `role` of a memory cell held in kB (display in the chosen unit, sort by kB).
QVariant memoryCell(double kb, int role);
// A headroom cell: negative values mean "short by".
QVariant headroomCell(double kb, int role);
QVariant countCell(qint64 value, int role);
QVariant textCell(const QString &text, int role);
// Why a fit fails, in the GUI's language and memory unit: "missing sensor Camera; RAM short by
// 12.3 kB", or "fits memory; sensors unknown" for a model saved without its sensors.
QString fitReasons(const kg::Fit &fit, const kg::Resources &need);
// The tooltip of a RAM or Flash column: whose figures it shows (`runtime` empty: the paper's).
QString runtimeFiguresTip(const QString &runtime, bool ram);
// A "fits" cell: icon and text, the reasons when it does not fit or its sensors are unknown;
// fitting rows sort first, then those of unknown sensors.
QVariant fitCell(kg::FitState state, const QString &reasons, int role);
// A metric value (accuracy) cell: accuracies in percent, "unknown" when there is none; those
// have no SortRole value and sort last in both directions.
QVariant metricCell(const std::optional<double> &value, const QString &metric, int role);

} // namespace tinyml::gui
