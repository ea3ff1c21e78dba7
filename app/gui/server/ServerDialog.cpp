#include "ServerDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tinyml::gui {
namespace {

QLineEdit *lineEdit(const QString &objectName, const QString &text, const QString &placeholder)
{
    auto *edit = new QLineEdit(text);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QUrl urlFrom(const QLineEdit *edit)
{
    return QUrl::fromUserInput(edit->text().trimmed());
}

} // namespace

ServerDialog::ServerDialog(const store::SparqlEndpoint &previous, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to SPARQL server"));
    const bool sameUpdate = previous.updateUrl.isEmpty() || previous.updateUrl == previous.queryUrl;
    m_query = lineEdit(QStringLiteral("serverQuery"), previous.queryUrl.toString(),
                       QStringLiteral("http://localhost:8890/sparql"));
    m_update = lineEdit(QStringLiteral("serverUpdate"), sameUpdate ? QString() : previous.updateUrl.toString(),
                        tr("the query endpoint"));
    m_data = lineEdit(QStringLiteral("serverData"), previous.graphStoreUrl.toString(),
                      tr("none: bulk transfers use SPARQL Update"));
    m_graph = lineEdit(QStringLiteral("serverGraph"),
                       previous.graph.isEmpty() ? QStringLiteral("urn:tinyml-manager:knowledge-graph") : previous.graph,
                       QString());
    m_auth = new QComboBox;
    m_auth->setObjectName(QStringLiteral("serverAuth"));
    m_auth->addItem(tr("None"), int(store::SparqlEndpoint::Auth::None));
    m_auth->addItem(tr("User name and password (basic or digest)"), int(store::SparqlEndpoint::Auth::Password));
    m_auth->addItem(tr("Bearer token"), int(store::SparqlEndpoint::Auth::Bearer));
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(int(previous.auth))));
    m_user = lineEdit(QStringLiteral("serverUser"), previous.user, QString());
    m_secret = lineEdit(QStringLiteral("serverSecret"), QString(), tr("from the keyring when left empty"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("&Remember it in the desktop keyring"));
    m_remember->setObjectName(QStringLiteral("serverRemember"));
    m_remember->setChecked(true);
    m_pin = lineEdit(QStringLiteral("serverPin"), previous.pinnedCertificate,
                     tr("SHA-256 fingerprint of a certificate to trust"));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("serverProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight)"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Query endpoint:"), m_query);
    form->addRow(tr("&Update endpoint:"), m_update);
    form->addRow(tr("Graph &Store endpoint:"), m_data);
    form->addRow(tr("&Graph:"), m_graph);
    form->addRow(tr("&Authentication:"), m_auth);
    form->addRow(tr("User &name:"), m_user);
    form->addRow(tr("&Password or token:"), m_secret);
    form->addRow(QString(), m_remember);
    form->addRow(tr("&Trusted certificate:"), m_pin);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerDialog::reject);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ServerDialog::updateCredentials);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    updateCredentials();
    resize(560, sizeHint().height());
}

void ServerDialog::updateCredentials()
{
    const auto auth = store::SparqlEndpoint::Auth(m_auth->currentData().toInt());
    m_user->setEnabled(auth == store::SparqlEndpoint::Auth::Password);
    m_secret->setEnabled(auth != store::SparqlEndpoint::Auth::None);
    m_remember->setEnabled(auth != store::SparqlEndpoint::Auth::None);
}

store::SparqlEndpoint ServerDialog::endpoint() const
{
    store::SparqlEndpoint endpoint;
    endpoint.queryUrl = urlFrom(m_query);
    endpoint.updateUrl = m_update->text().trimmed().isEmpty() ? endpoint.queryUrl : urlFrom(m_update);
    if (!m_data->text().trimmed().isEmpty())
        endpoint.graphStoreUrl = urlFrom(m_data);
    endpoint.graph = m_graph->text().trimmed();
    endpoint.auth = store::SparqlEndpoint::Auth(m_auth->currentData().toInt());
    if (endpoint.auth == store::SparqlEndpoint::Auth::Password)
        endpoint.user = m_user->text().trimmed();
    if (endpoint.auth != store::SparqlEndpoint::Auth::None)
        endpoint.secret = m_secret->text();
    endpoint.pinnedCertificate = m_pin->text().trimmed();
    return endpoint;
}

bool ServerDialog::rememberSecret() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void ServerDialog::accept()
{
    QString problem;
    if (!endpoint().isValid(&problem)) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace tinyml::gui
