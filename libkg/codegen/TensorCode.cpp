#include "TensorCode.h"

#include <QStringList>

#include <cmath>

namespace tinyml::codegen {

QString floatLiteral(float value)
{
    QString text = QString::number(double(value), 'g', 9);
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
        text += QStringLiteral(".0");
    return text + QLatin1Char('f');
}

QString stringLiteral(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            out += QStringLiteral("?");
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

TensorCode tensorCodeOf(const tflite::Tensor &tensor)
{
    TensorCode code;
    code.tensor = &tensor;
    code.elements = qint64(tensor.elementCount());
    using tflite::TensorType;
    struct Kind {
        TensorType type;
        const char *tfliteType, *cType, *member;
        qint64 minimum, maximum;
    };
    static const Kind kinds[] = {
        {TensorType::Float32, "kTfLiteFloat32", "float", "f", 0, 0},
        {TensorType::Int8, "kTfLiteInt8", "int8_t", "int8", -128, 127},
        {TensorType::UInt8, "kTfLiteUInt8", "uint8_t", "uint8", 0, 255},
        {TensorType::Int16, "kTfLiteInt16", "int16_t", "i16", -32768, 32767},
        {TensorType::Int32, "kTfLiteInt32", "int32_t", "i32", INT32_MIN, INT32_MAX},
    };
    for (const Kind &kind : kinds) {
        if (kind.type != tensor.type)
            continue;
        code.supported = true;
        code.tfliteType = QLatin1String(kind.tfliteType);
        code.cType = QLatin1String(kind.cType);
        code.dataMember = QLatin1String(kind.member);
        code.minimum = kind.minimum;
        code.maximum = kind.maximum;
    }
    const auto &q = tensor.quantization;
    if (code.supported && tensor.type != TensorType::Float32 && q && q->scale.size() == 1 && q->scale[0] > 0) {
        code.quantized = true;
        code.scale = q->scale[0];
        code.zeroPoint = q->zeroPoint.empty() ? 0 : q->zeroPoint[0];
    }
    return code;
}

QString TensorCode::constants() const
{
    QStringList dims;
    for (const int32_t d : tensor->shape)
        dims << QString::number(d);
    QString out = QStringLiteral("constexpr TfLiteType kType = %1;\n"
                                 "constexpr int kRank = %2;\n"
                                 "constexpr int kShape[kRank] = {%3};\n"
                                 "constexpr int kElements = %4;\n")
                      .arg(tfliteType)
                      .arg(tensor->shape.size())
                      .arg(dims.join(QStringLiteral(", ")))
                      .arg(elements);
    if (quantized)
        out += QStringLiteral("// value = kScale * (q - kZeroPoint), q from kMinimum to kMaximum\n"
                              "constexpr float kScale = %1;\n"
                              "constexpr int32_t kZeroPoint = %2;\n"
                              "constexpr int32_t kMinimum = %3;\n"
                              "constexpr int32_t kMaximum = %4;\n")
                   .arg(floatLiteral(scale))
                   .arg(zeroPoint)
                   .arg(minimum)
                   .arg(maximum);
    return out;
}

QString TensorCode::matchesDefinition() const
{
    QString body;
    if (!supported) {
        body = QStringLiteral("    (void)t;\n"
                              "    return fail(why, \"its type is not one this code handles\");\n");
    } else {
        body = QStringLiteral("    if (t->type != kType)\n"
                              "        return fail(why, \"its type is not %1\");\n"
                              "    if (!t->dims || t->dims->size != kRank)\n"
                              "        return fail(why, \"its rank is not %2\");\n"
                              "    for (int i = 0; i < kRank; ++i) {\n"
                              "        if (t->dims->data[i] != kShape[i])\n"
                              "            return fail(why, \"its shape is not the generated one\");\n"
                              "    }\n")
                   .arg(tfliteType)
                   .arg(tensor->shape.size());
        if (quantized)
            body += QStringLiteral("    if (t->params.scale != kScale || t->params.zero_point != kZeroPoint)\n"
                                   "        return fail(why, \"its scale or zero point is not the generated one\");\n");
        body += QStringLiteral("    return true;\n");
    }
    return QStringLiteral("namespace {\n\n"
                          "bool fail(const char **why, const char *text)\n"
                          "{\n"
                          "    if (why)\n"
                          "        *why = text;\n"
                          "    return false;\n"
                          "}\n\n"
                          "} // namespace\n\n"
                          "bool matches(const TfLiteTensor *t, const char **why)\n"
                          "{\n")
        + body + QStringLiteral("}\n");
}

} // namespace tinyml::codegen
