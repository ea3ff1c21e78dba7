#include "RdfFile.h"

#include "rdf/redland/RedlandWorld.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUuid>

namespace tinyml::rdf {

std::optional<RdfFormat> rdfFormatForFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("ttl") || suffix == QLatin1String("turtle"))
        return RdfFormat::Turtle;
    if (suffix == QLatin1String("nt"))
        return RdfFormat::NTriples;
    return std::nullopt;
}

std::optional<QList<RdfTriple>> parseRdf(const QByteArray &text, RdfFormat format, const QString &source,
                                         QString *error)
{
    redland::World world;
    return world.parse(text, format == RdfFormat::Turtle ? "turtle" : "ntriples", source, error);
}

std::optional<QList<RdfTriple>> readRdfFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = QStringLiteral("%1: %2").arg(path,
                                              info.isDir()        ? QStringLiteral("is a directory")
                                                  : info.exists() ? QStringLiteral("is not a regular file")
                                                                  : QStringLiteral("no such file"));
        return std::nullopt;
    }
    const auto format = rdfFormatForFile(path);
    if (!format) {
        *error = QStringLiteral("%1: unknown RDF format (use .ttl or .nt)").arg(path);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parseRdf(file.readAll(), *format, path, error);
}

void relabelBlankNodes(QList<RdfTriple> &triples)
{
    const QString prefix = QLatin1Char('f') + QUuid::createUuid().toString(QUuid::Id128).left(16) + QLatin1Char('b');
    QHash<QString, QString> labels;
    auto relabel = [&](RdfTerm &term) {
        if (!term.isBlank())
            return;
        auto it = labels.find(term.value());
        if (it == labels.end())
            it = labels.insert(term.value(), prefix + QString::number(labels.size()));
        term = RdfTerm::blank(*it);
    };
    for (RdfTriple &t : triples) {
        relabel(t.subject);
        relabel(t.object);
    }
}

} // namespace tinyml::rdf
