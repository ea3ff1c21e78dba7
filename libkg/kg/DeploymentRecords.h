// Deployments as PROV-O activities in the knowledge graph, so that "what runs where" and "what
// did we try" are questions the graph answers:
//
//   <urn:uuid:...> a prov:Activity, tinyml:Deployment ;
//       prov:used <model> ; tinyml:deployedTo <board> ; tinyml:bleAddress "C0:FF:EE:00:00:01" ;
//       schema:sha256 "..." ; tinyml:modelName "..." ; tinyml:boardName "..." ;
//       prov:startedAtTime "...Z"^^xsd:dateTime ; prov:endedAtTime "...Z"^^xsd:dateTime ;
//       tinyml:outcome tinyml:Running | tinyml:LoadFailed | tinyml:DeliveredUnconfirmed
//                    | tinyml:Failed | tinyml:Cancelled ;
//       tinyml:errorMessage "..." ; tinyml:attempts 2 ;
//       tinyml:arenaUsedBytes 81984 ; tinyml:invokeMicroseconds 52000 ;   (the board's own figures)
//       tinyml:deployedDespite "RAM short by 80.0 kB" .   (the user overrode the fit check)
//
// Records written before boards reported a model status say tinyml:Succeeded: read as delivered,
// not confirmed.
//
// The model and board links are there when the graph knows them; the address and the SHA-256
// always are, so a deployment of a file the graph does not hold is still on record.
#pragma once

#include "store/TripleStore.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tinyml::kg {

struct DeploymentRecord {
    QString iri; // minted by deploymentRecordChange when empty
    QString boardIri;
    QString bleAddress;
    QString boardName;
    QString modelIri;
    QString modelName;
    QString modelSha256;
    QDateTime started;
    QDateTime ended;
    enum class Outcome { Running, LoadFailed, DeliveredUnconfirmed, Failed, Cancelled };
    Outcome outcome = Outcome::Failed;
    QString error;
    qint64 arenaUsedBytes = -1; // from the board's model status, when it reported one
    qint64 invokeUs = -1;
    QString acceptedMisfit; // the fit check's reasons, when the user deployed anyway

    // The model is on the board and (as far as anyone knows) runs there.
    bool delivered() const { return outcome == Outcome::Running || outcome == Outcome::DeliveredUnconfirmed; }
    int attempts = 0;
};

store::ChangeSet deploymentRecordChange(const QList<DeploymentRecord> &records);

// The deployments to a board (by IRI, or by BLE address when it has no IRI), newest first.
std::optional<QList<DeploymentRecord>> deploymentHistory(store::TripleStore &store, const QString &boardIri,
                                                         const QString &bleAddress, QString *error);
// What runs where: the newest delivered deployment (running or unconfirmed, by end time) to each
// device, by address; failed loads never count.
std::optional<QList<DeploymentRecord>> currentDeployments(store::TripleStore &store, QString *error);

} // namespace tinyml::kg
