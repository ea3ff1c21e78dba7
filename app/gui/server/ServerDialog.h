// File ▸ Connect to SPARQL server…: the endpoints, the graph and the credentials of a server
// that holds the knowledge graph. The password or token goes to the desktop keyring when the
// person asks for that, never to the settings file.
#pragma once

#include "store/sparql/SparqlEndpoint.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace tinyml::gui {

class ServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerDialog(const store::SparqlEndpoint &previous, QWidget *parent = nullptr);

    // What was entered; the secret is empty when none was typed (then the keyring is asked).
    store::SparqlEndpoint endpoint() const;
    bool rememberSecret() const;

    void accept() override;

private:
    void updateCredentials();

    QLineEdit *m_query;
    QLineEdit *m_update;
    QLineEdit *m_data;
    QLineEdit *m_graph;
    QComboBox *m_auth;
    QLineEdit *m_user;
    QLineEdit *m_secret;
    QCheckBox *m_remember;
    QLineEdit *m_pin;
    QLabel *m_problem;
};

} // namespace tinyml::gui
