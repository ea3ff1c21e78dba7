#include "OpResolverCode.h"

#include <QHash>

namespace tinyml::codegen {
namespace {

// micro_mutable_op_resolver.h of TensorFlow Lite Micro 2.4 (the Arduino library's), method by
// method.
const QHash<QString, QString> &resolverMethods()
{
    static const QHash<QString, QString> methods = {
        {QStringLiteral("ABS"), QStringLiteral("AddAbs")},
        {QStringLiteral("ADD"), QStringLiteral("AddAdd")},
        {QStringLiteral("ARG_MAX"), QStringLiteral("AddArgMax")},
        {QStringLiteral("ARG_MIN"), QStringLiteral("AddArgMin")},
        {QStringLiteral("AVERAGE_POOL_2D"), QStringLiteral("AddAveragePool2D")},
        {QStringLiteral("CEIL"), QStringLiteral("AddCeil")},
        {QStringLiteral("CIRCULAR_BUFFER"), QStringLiteral("AddCircularBuffer")},
        {QStringLiteral("CONCATENATION"), QStringLiteral("AddConcatenation")},
        {QStringLiteral("CONV_2D"), QStringLiteral("AddConv2D")},
        {QStringLiteral("COS"), QStringLiteral("AddCos")},
        {QStringLiteral("DEPTHWISE_CONV_2D"), QStringLiteral("AddDepthwiseConv2D")},
        {QStringLiteral("DEQUANTIZE"), QStringLiteral("AddDequantize")},
        {QStringLiteral("TFLite_Detection_PostProcess"), QStringLiteral("AddDetectionPostprocess")},
        {QStringLiteral("EQUAL"), QStringLiteral("AddEqual")},
        {QStringLiteral("FLOOR"), QStringLiteral("AddFloor")},
        {QStringLiteral("FULLY_CONNECTED"), QStringLiteral("AddFullyConnected")},
        {QStringLiteral("GREATER"), QStringLiteral("AddGreater")},
        {QStringLiteral("GREATER_EQUAL"), QStringLiteral("AddGreaterEqual")},
        {QStringLiteral("HARD_SWISH"), QStringLiteral("AddHardSwish")},
        {QStringLiteral("L2_NORMALIZATION"), QStringLiteral("AddL2Normalization")},
        {QStringLiteral("LESS"), QStringLiteral("AddLess")},
        {QStringLiteral("LESS_EQUAL"), QStringLiteral("AddLessEqual")},
        {QStringLiteral("LOG"), QStringLiteral("AddLog")},
        {QStringLiteral("LOGICAL_AND"), QStringLiteral("AddLogicalAnd")},
        {QStringLiteral("LOGICAL_NOT"), QStringLiteral("AddLogicalNot")},
        {QStringLiteral("LOGICAL_OR"), QStringLiteral("AddLogicalOr")},
        {QStringLiteral("LOGISTIC"), QStringLiteral("AddLogistic")},
        {QStringLiteral("MAXIMUM"), QStringLiteral("AddMaximum")},
        {QStringLiteral("MAX_POOL_2D"), QStringLiteral("AddMaxPool2D")},
        {QStringLiteral("MEAN"), QStringLiteral("AddMean")},
        {QStringLiteral("MINIMUM"), QStringLiteral("AddMinimum")},
        {QStringLiteral("MUL"), QStringLiteral("AddMul")},
        {QStringLiteral("NEG"), QStringLiteral("AddNeg")},
        {QStringLiteral("NOT_EQUAL"), QStringLiteral("AddNotEqual")},
        {QStringLiteral("PACK"), QStringLiteral("AddPack")},
        {QStringLiteral("PAD"), QStringLiteral("AddPad")},
        {QStringLiteral("PADV2"), QStringLiteral("AddPadV2")},
        {QStringLiteral("PRELU"), QStringLiteral("AddPrelu")},
        {QStringLiteral("QUANTIZE"), QStringLiteral("AddQuantize")},
        {QStringLiteral("REDUCE_MAX"), QStringLiteral("AddReduceMax")},
        {QStringLiteral("RELU"), QStringLiteral("AddRelu")},
        {QStringLiteral("RELU6"), QStringLiteral("AddRelu6")},
        {QStringLiteral("RESHAPE"), QStringLiteral("AddReshape")},
        {QStringLiteral("RESIZE_NEAREST_NEIGHBOR"), QStringLiteral("AddResizeNearestNeighbor")},
        {QStringLiteral("ROUND"), QStringLiteral("AddRound")},
        {QStringLiteral("RSQRT"), QStringLiteral("AddRsqrt")},
        {QStringLiteral("SHAPE"), QStringLiteral("AddShape")},
        {QStringLiteral("SIN"), QStringLiteral("AddSin")},
        {QStringLiteral("SOFTMAX"), QStringLiteral("AddSoftmax")},
        {QStringLiteral("SPLIT"), QStringLiteral("AddSplit")},
        {QStringLiteral("SPLIT_V"), QStringLiteral("AddSplitV")},
        {QStringLiteral("SQRT"), QStringLiteral("AddSqrt")},
        {QStringLiteral("SQUARE"), QStringLiteral("AddSquare")},
        {QStringLiteral("STRIDED_SLICE"), QStringLiteral("AddStridedSlice")},
        {QStringLiteral("SUB"), QStringLiteral("AddSub")},
        {QStringLiteral("SVDF"), QStringLiteral("AddSvdf")},
        {QStringLiteral("TANH"), QStringLiteral("AddTanh")},
        {QStringLiteral("UNPACK"), QStringLiteral("AddUnpack")},
    };
    return methods;
}

} // namespace

QString resolverMethodOf(const std::string &operatorName)
{
    return resolverMethods().value(QString::fromStdString(operatorName));
}

std::set<std::string> operatorsOf(const tflite::Model &model)
{
    std::set<std::string> names;
    if (model.subgraphs.empty())
        return names;
    for (const tflite::Operator &op : model.subgraphs.front().operators)
        names.insert(op.name);
    return names;
}

ResolverCode resolverCodeFor(const std::set<std::string> &operators)
{
    ResolverCode code;
    for (const std::string &name : operators) {
        const QString method = resolverMethodOf(name);
        if (method.isEmpty())
            code.missing << QString::fromStdString(name);
        else
            code.methods << method;
    }
    if (!code.missing.isEmpty())
        return code;

    QString adds;
    for (qsizetype i = 0; i < code.methods.size(); ++i)
        adds += QStringLiteral("        add(%1()); // %2\n")
                    .arg(code.methods[i], QString::fromStdString(*std::next(operators.begin(), i)));
    code.header =
        QStringLiteral(
            R"CODE(// Generated by TinyML Manager: the model's operators and no others, so that only their kernels
// are linked. A model sent later over BLE that uses another operator fails to load with TFLM's
// "Didn't find op for builtin opcode" in the model status; add its Add...() here and rebuild.
#pragma once

#include "tensorflow/lite/micro/micro_mutable_op_resolver.h"

namespace model {

constexpr unsigned kOperatorCount = %1;

class OpResolver : public tflite::MicroMutableOpResolver<kOperatorCount>
{
public:
    OpResolver()
    {
%2    }

    // False when an operator could not be registered (more than kOperatorCount of them).
    bool complete() const { return m_complete; }

private:
    void add(TfLiteStatus status)
    {
        if (status != kTfLiteOk)
            m_complete = false;
    }

    bool m_complete = true;
};

} // namespace model
)CODE")
            .arg(code.methods.size())
            .arg(adds);
    return code;
}

} // namespace tinyml::codegen
