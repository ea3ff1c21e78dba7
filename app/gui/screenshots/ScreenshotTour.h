// Renders the main views with real content into PNG files, for the README and the AppStream
// metadata: `tinyml-manager --screenshots DIR` (run under Xvfb by packaging/screenshots.sh).
#pragma once

#include <QObject>
#include <QString>

namespace tinyml::gui {

class MainWindow;

class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow *window, const QString &directory);
    void start();

signals:
    void finished(bool ok);

private:
    void step();
    bool save(const QString &name);

    MainWindow *m_window;
    QString m_directory;
    int m_step = 0;
    bool m_ok = true;
};

} // namespace tinyml::gui
