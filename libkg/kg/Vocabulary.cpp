#include "Vocabulary.h"

#include <QStringList>

namespace tinyml::kg {

QString layerTypeLocalName(const QString &operatorName)
{
    if (operatorName == QLatin1String("AVERAGE_POOL_2D"))
        return QStringLiteral("AvgPool2D");
    if (operatorName == QLatin1String("SPLIT"))
        return QStringLiteral("Split_");
    QString out;
    for (const QString &word : operatorName.split(QLatin1Char('_'), Qt::SkipEmptyParts)) {
        QString w = word.front().toUpper() + word.mid(1).toLower();
        for (qsizetype i = 1; i < w.size(); ++i) {
            if (w[i] == QLatin1Char('d') && w[i - 1].isDigit())
                w[i] = QLatin1Char('D');
        }
        out += w;
    }
    return out;
}

QString enumLocalName(const QString &tfliteName)
{
    return tfliteName.isEmpty() ? QString() : tfliteName.front().toUpper() + tfliteName.mid(1).toLower();
}

} // namespace tinyml::kg
