#include "FirmwareTarget.h"

#include "rdf/Prefixes.h"

namespace tinyml::codegen {

QString FirmwareTarget::driverOf(const QString &sensorClass) const
{
    for (const SensorDriver &driver : drivers) {
        if (driver.sensorClass == sensorClass)
            return driver.library;
    }
    return QString();
}

QString FirmwareTarget::arduinoPlatform() const
{
    return arduinoFqbn.section(QLatin1Char(':'), 0, 1);
}

QList<rdf::RdfTriple> firmwareTriples(const FirmwareTarget &target, const QString &boardIri, const QStringList &sensors)
{
    using rdf::RdfTerm;
    const RdfTerm board = RdfTerm::iri(boardIri);
    QList<rdf::RdfTriple> triples;
    auto fact = [&](const RdfTerm &subject, const char *predicate, const QString &value) {
        if (!value.isEmpty())
            triples << rdf::RdfTriple{subject, RdfTerm::iri(rdf::ns::tinyml + QLatin1String(predicate)),
                                      RdfTerm::literal(value)};
    };
    fact(board, "firmwareTemplate", target.firmwareTemplate);
    fact(board, "platformioPlatform", target.platformioPlatform);
    fact(board, "platformioBoard", target.platformioBoard);
    fact(board, "platformioFramework", target.platformioFramework);
    fact(board, "arduinoFqbn", target.arduinoFqbn);
    for (const QString &library : target.libraries)
        fact(board, "arduinoLibrary", library);
    // The sensor nodes describeBoard mints: "<board>#sensor-Accelerometer".
    for (const SensorDriver &driver : target.drivers) {
        if (sensors.contains(driver.sensorClass))
            fact(RdfTerm::iri(boardIri + QStringLiteral("#sensor-") + driver.sensorClass), "arduinoLibrary",
                 driver.library);
    }
    return triples;
}

QStringList knownFirmwareTemplates()
{
    return {kNrf52840Template};
}

std::optional<FirmwareTarget> readFirmwareTarget(store::TripleStore &store, const QString &boardIri, QString *error)
{
    const QString board = rdf::RdfTerm::iri(boardIri).toNTriples();
    // Board-level facts: one row per value, so that libraries can repeat.
    const auto facts = store.query(rdf::sparqlPrefixes()
                                       + QStringLiteral(R"CODE(
SELECT ?p ?o WHERE {
  %1 ?p ?o .
  FILTER(?p IN (tinyml:firmwareTemplate, tinyml:platformioPlatform, tinyml:platformioBoard,
                tinyml:platformioFramework, tinyml:arduinoFqbn, tinyml:arduinoLibrary))
})CODE")
                                             .arg(board),
                                   error);
    if (!facts)
        return std::nullopt;
    FirmwareTarget target;
    for (const auto &row : facts->rows) {
        const QString predicate = row.value(0).value().mid(rdf::ns::tinyml.size());
        const QString value = row.value(1).value();
        if (predicate == QLatin1String("firmwareTemplate"))
            target.firmwareTemplate = value;
        else if (predicate == QLatin1String("platformioPlatform"))
            target.platformioPlatform = value;
        else if (predicate == QLatin1String("platformioBoard"))
            target.platformioBoard = value;
        else if (predicate == QLatin1String("platformioFramework"))
            target.platformioFramework = value;
        else if (predicate == QLatin1String("arduinoFqbn"))
            target.arduinoFqbn = value;
        else if (!target.libraries.contains(value))
            target.libraries << value;
    }
    target.libraries.sort();

    const auto drivers = store.query(rdf::sparqlPrefixes()
                                         + QStringLiteral(R"CODE(
SELECT ?class ?library WHERE {
  %1 ssn:hasSubSystem ?sensor .
  ?sensor a ?class ; tinyml:arduinoLibrary ?library .
  FILTER(STRSTARTS(STR(?class), STR(sosa_extend:)))
} ORDER BY ?class ?library)CODE")
                                               .arg(board),
                                     error);
    if (!drivers)
        return std::nullopt;
    for (const auto &row : drivers->rows) {
        const SensorDriver driver{row.value(0).value().mid(rdf::ns::sosaExtend.size()), row.value(1).value()};
        if (target.driverOf(driver.sensorClass).isEmpty())
            target.drivers << driver;
    }
    return target;
}

} // namespace tinyml::codegen
