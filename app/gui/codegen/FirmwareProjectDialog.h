// Generate firmware project…: the board (each with whether the model fits it), the project's
// format and folder; Generate writes it on the graph's thread and shows what was generated and
// from which facts, what is left to complete, and why the model does not fit when it was
// generated anyway. Refusals are shown in the dialog, which stays open with what was entered.
#pragma once

#include "kg/Catalogue.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace tinyml::gui {

class GraphSession;

class FirmwareProjectDialog : public QDialog
{
    Q_OBJECT
public:
    FirmwareProjectDialog(GraphSession *session, const kg::ModelEntry &model, const QString &boardIri,
                          QWidget *parent = nullptr);

    void setFolder(const QString &folder);
    QString folder() const;
    // Writes the project (asynchronously); generated() or failed() tells how it went.
    void generate();

signals:
    void generated(const QString &folder);
    void failed(const QString &error);

private:
    void fillBoards(const QString &boardIri);
    void chooseFolder();
    void suggestFolder();
    // Says which boards have no firmware template, once the graph has answered.
    void markBoardsWithoutTemplate();
    void showSummary(const QString &folder, const QStringList &summary, const QStringList &misfits,
                     const QStringList &toComplete);

    GraphSession *m_session;
    kg::ModelEntry m_model;
    std::shared_ptr<const kg::Catalogue> m_catalogue;
    QComboBox *m_board;
    QComboBox *m_format;
    QLineEdit *m_folder;
    QCheckBox *m_force;
    QCheckBox *m_overwrite;
    QLabel *m_error;
    QTextBrowser *m_summary;
    QPushButton *m_generate;
    QPushButton *m_open;
    QList<bool> m_boardFits;    // per item of m_board
    bool m_boardChosen = false; // by the caller or the user
    bool m_folderEdited = false;
    QString m_generatedFolder;
};

} // namespace tinyml::gui
