// Help ▸ Getting started (F1): one page that walks a new user through the three questions,
// importing models and deploying them. Its links open the view or start the action they name,
// so the page teaches by doing rather than by screenshots that go stale.
#pragma once

#include <QDialog>
#include <QHash>

#include <functional>

class QTextBrowser;
class QUrl;

namespace tinyml::gui {

class GettingStartedDialog : public QDialog
{
    Q_OBJECT
public:
    // What a link of the page does, by its name: "models-for-board", "boards-for-model",
    // "models-for-task", "import", "deploy", "console".
    using Links = QHash<QString, std::function<void()>>;

    explicit GettingStartedDialog(Links links, QWidget *parent = nullptr);

    QTextBrowser *page() const { return m_page; }
    // The page as HTML, in the language of the translators installed now.
    static QString html();

private:
    void follow(const QUrl &link);

    QTextBrowser *m_page = nullptr;
    Links m_links;
};

} // namespace tinyml::gui
