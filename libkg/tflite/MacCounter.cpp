#include "MacCounter.h"

#include "BuiltinOperator.h"

namespace tinyml::tflite {
namespace {

// Sums saturate instead of wrapping: a hostile file can claim absurd shapes, and a saturated
// figure is obviously absurd where a wrapped one would look plausible.
uint64_t saturatingMul(uint64_t a, uint64_t b)
{
    uint64_t r;
    return __builtin_mul_overflow(a, b, &r) ? UINT64_MAX : r;
}

uint64_t saturatingAdd(uint64_t a, uint64_t b)
{
    uint64_t r;
    return __builtin_add_overflow(a, b, &r) ? UINT64_MAX : r;
}

class OperatorView
{
public:
    OperatorView(const Subgraph &subgraph, const Operator &op) : m_subgraph(subgraph), m_op(op) { }

    const Tensor *input(size_t i) const { return tensorAt(m_op.inputs, i); }
    const Tensor *output(size_t i) const { return tensorAt(m_op.outputs, i); }

private:
    const Tensor *tensorAt(const std::vector<int32_t> &list, size_t i) const
    {
        if (i >= list.size() || list[i] < 0 || size_t(list[i]) >= m_subgraph.tensors.size())
            return nullptr;
        return &m_subgraph.tensors[size_t(list[i])];
    }
    const Subgraph &m_subgraph;
    const Operator &m_op;
};

uint64_t product(const std::vector<int32_t> &dims, size_t from = 0, size_t to = SIZE_MAX)
{
    uint64_t p = 1;
    for (size_t i = from; i < dims.size() && i < to; ++i)
        p = saturatingMul(p, uint64_t(dims[i] < 0 ? 0 : dims[i]));
    return p;
}

uint64_t dim(const Tensor *t, size_t i)
{
    return (t && i < t->shape.size() && t->shape[i] > 0) ? uint64_t(t->shape[i]) : 0;
}

uint64_t lastDim(const Tensor *t)
{
    return (t && !t->shape.empty()) ? dim(t, t->shape.size() - 1) : 0;
}

// Paper rule: output H x W x the filter's four dimensions (NHWC output, OHWI filter).
uint64_t paperConvMacs(const OperatorView &v)
{
    const Tensor *out = v.output(0);
    const Tensor *filter = v.input(1);
    if (!out || !filter || out->shape.size() != 4 || filter->shape.size() != 4)
        return 0;
    return saturatingMul(saturatingMul(dim(out, 1), dim(out, 2)), product(filter->shape));
}

// Paper rule: the two weight dimensions.
uint64_t paperFullyConnectedMacs(const OperatorView &v)
{
    const Tensor *weights = v.input(1);
    return weights ? product(weights->shape) : 0;
}

uint64_t rowsOf(const Tensor *t, uint64_t rowLength)
{
    if (!t || rowLength == 0)
        return 0;
    return t->elementCount() / rowLength;
}

uint64_t lstmMacs(const OperatorView &v)
{
    // Inputs 1-8 are the input and recurrent weight matrices of the gates, 16 the projection.
    const Tensor *input = v.input(0);
    uint64_t weightElements = 0;
    for (size_t i : {1, 2, 3, 4, 5, 6, 7, 8, 16}) {
        if (const Tensor *w = v.input(i))
            weightElements = saturatingAdd(weightElements, w->elementCount());
    }
    return saturatingMul(rowsOf(input, lastDim(input)), weightElements);
}

uint64_t svdfMacs(const OperatorView &v)
{
    const Tensor *input = v.input(0);
    const Tensor *featureWeights = v.input(1);
    const Tensor *timeWeights = v.input(2);
    const uint64_t perRow = saturatingAdd(featureWeights ? featureWeights->elementCount() : 0,
                                          timeWeights ? timeWeights->elementCount() : 0);
    return saturatingMul(rowsOf(input, lastDim(input)), perRow);
}

uint64_t completeMacs(const OperatorView &v, const Operator &op, uint64_t paper)
{
    const Tensor *out = v.output(0);
    const uint64_t outElements = out ? out->elementCount() : 0;
    switch (op.builtinCode) {
    case op::Conv2D:
    case op::DepthwiseConv2D: return saturatingMul(paper, out && !out->shape.empty() ? dim(out, 0) : 1);
    case op::FullyConnected: {
        const uint64_t units = dim(v.input(1), 0);
        return saturatingMul(paper, units ? outElements / units : 0);
    }
    case op::Conv3D: {
        // Filter (D, H, W, I, O): every output value takes D x H x W x I products.
        const Tensor *filter = v.input(1);
        if (!filter || filter->shape.size() != 5)
            return 0;
        return saturatingMul(outElements, product(filter->shape, 0, 4));
    }
    case op::TransposeConv: {
        // Inputs: output shape, filter (O, H, W, I), input. Every input value meets H x W x O
        // filter values.
        const Tensor *filter = v.input(1);
        const Tensor *input = v.input(2);
        if (!filter || !input || filter->shape.size() != 4)
            return 0;
        return saturatingMul(input->elementCount(),
                             saturatingMul(saturatingMul(dim(filter, 1), dim(filter, 2)), dim(filter, 0)));
    }
    case op::AveragePool2D:
    case op::MaxPool2D:
    case op::L2Pool2D:
        return saturatingMul(
            outElements,
            saturatingMul(uint64_t(op.options.filterW.value_or(1)), uint64_t(op.options.filterH.value_or(1))));
    case op::Add:
    case op::Sub:
    case op::Mul:
    case op::Div:
    case op::SquaredDifference:
    case op::Maximum:
    case op::Minimum: return outElements;
    case op::Mean:
    case op::Sum: return v.input(0) ? v.input(0)->elementCount() : 0;
    case op::BatchMatMul: {
        const Tensor *lhs = v.input(0);
        if (!lhs || lhs->shape.size() < 2)
            return 0;
        const size_t rank = lhs->shape.size();
        const uint64_t depth = op.options.adjX.value_or(false) ? dim(lhs, rank - 2) : dim(lhs, rank - 1);
        return saturatingMul(outElements, depth);
    }
    case op::Lstm:
    case op::UnidirectionalSequenceLstm: return lstmMacs(v);
    case op::Svdf: return svdfMacs(v);
    default: return 0;
    }
}

} // namespace

MacCount countMacs(const Subgraph &subgraph)
{
    MacCount count;
    count.perOperator.reserve(subgraph.operators.size());
    for (const Operator &op : subgraph.operators) {
        const OperatorView view(subgraph, op);
        OperatorMacs macs;
        switch (op.builtinCode) {
        case op::Conv2D:
        case op::DepthwiseConv2D: macs.paper = paperConvMacs(view); break;
        case op::FullyConnected: macs.paper = paperFullyConnectedMacs(view); break;
        default: break;
        }
        macs.complete = completeMacs(view, op, macs.paper);
        count.paperTotal = saturatingAdd(count.paperTotal, macs.paper);
        count.completeTotal = saturatingAdd(count.completeTotal, macs.complete);
        count.perOperator.push_back(macs);
    }
    return count;
}

} // namespace tinyml::tflite
