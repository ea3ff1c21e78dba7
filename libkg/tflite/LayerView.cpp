#include "LayerView.h"

namespace tinyml::tflite {
namespace {

const Tensor *tensorAt(const Subgraph &subgraph, int32_t index)
{
    return (index >= 0 && size_t(index) < subgraph.tensors.size()) ? &subgraph.tensors[size_t(index)] : nullptr;
}

} // namespace

const char *layerRoleName(LayerRole role)
{
    switch (role) {
    case LayerRole::Input: return "input";
    case LayerRole::Middle: return "middle";
    case LayerRole::Output: return "output";
    }
    return "middle";
}

LayerView buildLayerView(const Subgraph &subgraph, const MacCount &macs)
{
    LayerView view;
    if (!subgraph.inputs.empty())
        view.inputShape = subgraph.tensors[size_t(subgraph.inputs.front())].shape;
    if (!subgraph.outputs.empty())
        view.outputShape = subgraph.tensors[size_t(subgraph.outputs.back())].shape;

    const size_t count = subgraph.operators.size();
    int middleIndex = 0;
    for (size_t i = 0; i < count; ++i) {
        const Operator &op = subgraph.operators[i];
        Layer layer;
        layer.operatorIndex = i;
        if (i == 0) {
            layer.role = LayerRole::Input;
            layer.roleIndex = 1;
        } else if (i + 1 == count) {
            layer.role = LayerRole::Output;
            layer.roleIndex = int(count);
        } else {
            layer.role = LayerRole::Middle;
            layer.roleIndex = ++middleIndex;
        }
        layer.type = op.name;
        layer.activation = op.options.fusedActivation;
        if (i < macs.perOperator.size())
            layer.macs = macs.perOperator[i];

        const Tensor *firstConstant = nullptr;
        for (int32_t index : op.inputs) {
            const Tensor *t = tensorAt(subgraph, index);
            if (!t)
                continue;
            if (t->isConstant()) {
                layer.constantBytes += t->dataBytes;
                if (!firstConstant)
                    firstConstant = t;
            } else if (layer.inputShape.empty()) {
                layer.inputShape = t->shape;
            }
        }
        const Tensor *output = op.outputs.empty() ? nullptr : tensorAt(subgraph, op.outputs.front());
        if (output)
            layer.outputShape = output->shape;
        for (int32_t index : op.outputs) {
            if (const Tensor *t = tensorAt(subgraph, index))
                layer.outputBytes += t->byteSize().value_or(0);
        }
        // Weights say more about a layer's arithmetic than its activations (a hybrid model has
        // float activations and int8 weights), so the weights decide when there are any.
        const bool hasWeights =
            op.inputs.size() > 1 && tensorAt(subgraph, op.inputs[1]) && tensorAt(subgraph, op.inputs[1])->isConstant();
        if (hasWeights)
            layer.dataType = tensorAt(subgraph, op.inputs[1])->type;
        else if (output)
            layer.dataType = output->type;
        else if (firstConstant)
            layer.dataType = firstConstant->type;
        view.layers.push_back(std::move(layer));
    }
    return view;
}

} // namespace tinyml::tflite
