// The GUI's settings: the file and every key in it, each with its type and default.
//
// The file is ~/.config/tinyml-manager/tinyml-manager.conf on Linux. It is named here rather
// than through the organisation name, which would also move the data folder that the command
// line shares with the GUI. The keys are those earlier versions wrote: renaming one loses what
// users have set.
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace tinyml::gui {

inline QSettings appSettings()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("tinyml-manager"),
                     QStringLiteral("tinyml-manager"));
}

// One key of the settings file and the type of its value (as qBittorrent's SettingValue and
// KeePassXC's Config do): `value()` reads it, falling back to its default when it is not set,
// `setValue()` writes it.
template<typename T>
class SettingValue
{
public:
    explicit SettingValue(const char *key, T defaultValue = T())
        : m_key(QLatin1String(key)), m_default(std::move(defaultValue))
    { }

    QString key() const { return m_key; }
    T defaultValue() const { return m_default; }
    T value() const { return value(m_default); }
    // With a default of the caller's (a folder that depends on the environment, say).
    T value(const T &fallback) const
    {
        return appSettings().value(m_key, QVariant::fromValue(fallback)).template value<T>();
    }
    void setValue(const T &value) const { appSettings().setValue(m_key, QVariant::fromValue(value)); }
    void remove() const { appSettings().remove(m_key); }

private:
    QString m_key;
    T m_default;
};

namespace settings {

// The store folder opened at start; empty: the default store (kg::defaultStoreDirectory()).
inline const SettingValue<QString> storeDirectory("store/directory");
// The SPARQL server last opened, as a locator without its secret (kg::GraphLocation::settingsText).
inline const SettingValue<QString> serverLocator("server/locator");
// The language of the GUI ("de", "zh_CN", "en"); empty: the system's.
inline const SettingValue<QString> language("display/language");
// How memory is shown: a MemoryUnit as a number (0 kB, 1 KiB, 2 B).
inline const SettingValue<int> memoryUnit("display/memoryUnit", 0);
// How long a query of the SPARQL console may run before it is stopped, in seconds; 0: no limit.
inline const SettingValue<int> queryTimeLimit("console/queryTimeLimit", 30);
// How many boards the Deploy view sends a model to at a time; its reader gives the queue's default.
inline const SettingValue<int> deployParallel("deploy/parallel");
// The main window: QMainWindow's geometry and state, the splitters of "Models for a board", the tab.
inline const SettingValue<QByteArray> windowGeometry("window/geometry");
inline const SettingValue<QByteArray> windowState("window/state");
inline const SettingValue<QByteArray> modelsForBoardState("window/modelsForBoard");
inline const SettingValue<int> currentTab("window/tab", 0);
// The SPARQL console: the query in its editor, and the queries run, newest first (QueryHistory).
inline const SettingValue<QString> consoleQuery("console/query");
inline const SettingValue<QStringList> consoleHistory("console/history");

} // namespace settings
} // namespace tinyml::gui
