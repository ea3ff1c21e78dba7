// Where a remote knowledge graph lives: the SPARQL 1.1 endpoints of a server and the named graph
// that holds the product's data there. Written on the command line as a store locator:
//
//   sparql+http://HOST:PORT/PATH?graph=IRI[&update=PATH][&data=PATH][&user=NAME][&auth=password|bearer][&pin=SHA256]
//   sparql+https://…  (the same over TLS)
//
// PATH is the query endpoint; `update` and `data` name the Update endpoint (default: the query
// endpoint) and the Graph Store endpoint (default: none, then bulk work goes through Update);
// `pin` is the SHA-256 fingerprint of a certificate trusted despite TLS errors (a self-signed one).
// Secrets never appear in a locator: callers fill `secret` from the keyring or the environment.
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace tinyml::store {

struct SparqlEndpoint {
    enum class Auth {
        None,
        Password, // HTTP basic or digest, whichever the server asks for
        Bearer,   // Authorization: Bearer <secret>
    };

    QUrl queryUrl;
    QUrl updateUrl;
    QUrl graphStoreUrl; // empty: the server has no Graph Store endpoint we use
    QString graph;      // the named graph that holds the knowledge graph
    Auth auth = Auth::None;
    QString user;
    QString secret;                  // password or token; never saved by this library
    QString pinnedCertificate;       // SHA-256 of a server certificate trusted despite TLS errors
    int inactivityTimeoutMs = 30000; // no byte moved for this long: the server is considered hung
    int requestTimeoutMs = 600000;   // a whole request (a bulk push included) may take this long

    bool isValid(QString *error) const;
    // The locator that names this endpoint (everything but the secret).
    QString locator() const;
    // Where the store is, for messages and the status bar: "<query URL> graph <IRI>".
    QString description() const;
    // The Graph Store request URL for `graph`: the standard `?graph=` parameter, or Virtuoso's
    // `?graph-uri=` for its /sparql-graph-crud endpoints.
    QUrl graphStoreRequestUrl(const QString &graph) const;

    static bool isLocator(const QString &text);
    // nullopt for text that is not a valid locator (*error, when given, says why).
    static std::optional<SparqlEndpoint> fromLocator(const QString &locator, QString *error);
};

// "AB:CD:…", the way browsers and openssl show a certificate's SHA-256 fingerprint.
QString certificateFingerprint(const QByteArray &der);

} // namespace tinyml::store
