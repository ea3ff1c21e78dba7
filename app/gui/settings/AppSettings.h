// The GUI's settings file: ~/.config/tinyml-manager/tinyml-manager.conf on Linux. Named here
// rather than through the organisation name, which would also move the data folder that the
// command line shares with the GUI.
#pragma once

#include <QSettings>

namespace tinyml::gui {

inline QSettings appSettings()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("tinyml-manager"), QStringLiteral("tinyml-manager"));
}

} // namespace tinyml::gui
