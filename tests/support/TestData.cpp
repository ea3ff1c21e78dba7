#include "TestData.h"

#include <QtTest>

#include <QDir>
#include <QFile>
#include <QTextStream>

namespace tinyml::test {

QString referenceDir()
{
    QString dir = qEnvironmentVariable("TINYML_REFERENCE_DIR", QStringLiteral(TINYML_REFERENCE_DIR));
    return QFile::exists(dir + QStringLiteral("/expected.tsv")) ? QDir::cleanPath(dir) : QString();
}

QList<ReferenceModel> referenceModels()
{
    QList<ReferenceModel> models;
    const QString dir = referenceDir();
    if (dir.isEmpty())
        return models;
    QFile file(dir + QStringLiteral("/expected.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return models;
    QTextStream in(&file);
    const QStringList header = in.readLine().split(QLatin1Char('\t'));
    while (!in.atEnd()) {
        const QStringList cells = in.readLine().split(QLatin1Char('\t'));
        if (cells.size() < header.size())
            continue;
        auto cell = [&](const char *column) { return cells.value(header.indexOf(QLatin1String(column))); };
        ReferenceModel m;
        m.name = cell("name");
        m.path = dir + QLatin1Char('/') + cell("file");
        m.bytes = cell("bytes").toLongLong();
        m.sha256 = cell("sha256");
        m.macs = cell("macs").toULongLong();
        m.arenaBytesTflm = cell("arena_bytes_tflm").toULongLong();
        m.arenaBytesCortexM4 = cell("arena_bytes_tflm24_cortex_m4").toULongLong();
        m.sensors = cell("sensors");
        models << m;
    }
    return models;
}

QByteArray readWholeFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString writeWholeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void addReferenceModelRows()
{
    QTest::addColumn<ReferenceModel>("model");
    for (const ReferenceModel &m : referenceModels())
        QTest::newRow(qPrintable(m.name)) << m;
}

} // namespace tinyml::test
