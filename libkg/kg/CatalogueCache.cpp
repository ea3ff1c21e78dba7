#include "CatalogueCache.h"

#include "kg/ModelInfo.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace tinyml::kg {
namespace {

constexpr quint32 kMagic = 0x544d4c43; // "TMLC"
constexpr quint32 kVersion = 2;        // 2: needs per runtime, a board's runtime

QString cachePath(const QString &storeDirectory)
{
    return QDir(storeDirectory).filePath(QStringLiteral("catalogue.cache"));
}

} // namespace

// Found by argument-dependent lookup when QList streams its rows.
QDataStream &operator<<(QDataStream &out, const RuntimeFigures &f)
{
    return out << f.runtime << f.runnable << f.unsupportedOperators << bool(f.ramKb) << f.ramKb.value_or(0)
               << bool(f.flashKb) << f.flashKb.value_or(0);
}

QDataStream &operator>>(QDataStream &in, RuntimeFigures &f)
{
    bool hasRam = false, hasFlash = false;
    double ram = 0, flash = 0;
    in >> f.runtime >> f.runnable >> f.unsupportedOperators >> hasRam >> ram >> hasFlash >> flash;
    f.ramKb = hasRam ? std::optional<double>(ram) : std::nullopt;
    f.flashKb = hasFlash ? std::optional<double>(flash) : std::nullopt;
    return in;
}

QDataStream &operator<<(QDataStream &out, const ModelEntry &m)
{
    return out << m.iri << m.uuid << m.name << m.description << m.category << m.dataset << m.metric
               << bool(m.metricValue) << m.metricValue.value_or(0) << m.macs << m.ramKb << m.flashKb << m.sensors
               << m.sha256 << m.runtimes;
}

QDataStream &operator>>(QDataStream &in, ModelEntry &m)
{
    bool hasMetric = false;
    double metric = 0;
    in >> m.iri >> m.uuid >> m.name >> m.description >> m.category >> m.dataset >> m.metric >> hasMetric >> metric
        >> m.macs >> m.ramKb >> m.flashKb >> m.sensors >> m.sha256 >> m.runtimes;
    // A cache written before 0 meant "unknown" may hold the paper's 0 as a value.
    m.metricValue = hasMetric ? knownMetricValue(metric) : std::nullopt;
    return in;
}

QDataStream &operator<<(QDataStream &out, const BoardEntry &b)
{
    return out << b.iri << b.name << b.description << b.ramKb << b.flashKb << b.sensors << b.manufacturer << b.mcu
               << b.bleAddress << b.bleName << b.runtime;
}

QDataStream &operator>>(QDataStream &in, BoardEntry &b)
{
    return in >> b.iri >> b.name >> b.description >> b.ramKb >> b.flashKb >> b.sensors >> b.manufacturer >> b.mcu
        >> b.bleAddress >> b.bleName >> b.runtime;
}

QString storeFilesState(const QString &storeDirectory)
{
    QStringList parts;
    for (const char *name : {"snapshot.nt", "journal.log"}) {
        const QFileInfo info(QDir(storeDirectory).filePath(QLatin1String(name)));
        if (!info.exists()) {
            parts << QStringLiteral("-");
            continue;
        }
        parts << QStringLiteral("%1@%2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
    }
    if (parts == QStringList{QStringLiteral("-"), QStringLiteral("-")})
        return {};
    return parts.join(QLatin1Char(' '));
}

bool writeCatalogueCache(const QString &storeDirectory, const Catalogue &catalogue, QString *error)
{
    const QString state = storeFilesState(storeDirectory);
    if (state.isEmpty()) {
        *error = QStringLiteral("%1: no store to cache the catalogue of").arg(storeDirectory);
        return false;
    }
    QSaveFile file(cachePath(storeDirectory));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kVersion << state << catalogue.models << catalogue.boards;
    if (out.status() != QDataStream::Ok || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

std::optional<Catalogue> readCatalogueCache(const QString &storeDirectory)
{
    QFile file(cachePath(storeDirectory));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0;
    QString state;
    in >> magic >> version;
    if (magic != kMagic || version != kVersion)
        return std::nullopt;
    in >> state;
    if (state.isEmpty() || state != storeFilesState(storeDirectory))
        return std::nullopt;
    Catalogue catalogue;
    in >> catalogue.models >> catalogue.boards;
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return catalogue;
}

} // namespace tinyml::kg
