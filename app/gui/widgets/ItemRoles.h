// The item data roles the GUI's table models share: every table sorts by SortRole (numbers as
// numbers, text case-insensitively); rows name their model or board and whether it fits.
#pragma once

#include <Qt>

namespace tinyml::gui {

enum ItemRole {
    SortRole = Qt::UserRole + 1,
    IriRole,  // the row's model or board IRI (in the console's results: the cell's IRI)
    FitsRole, // bool: the row fits the chosen board or requirements (false when its sensors are unknown)
    CopyRole, // the cell's text when copied, if not what it shows (a full IRI, not its prefixed name)
};

} // namespace tinyml::gui
