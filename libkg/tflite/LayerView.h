// The paper's view of a network as layers: the first operator is the input layer, the last the
// output layer, those between are the middle layers (numbered from 1). Each layer carries the
// operator type, its data type, its activation, its shapes, MACs and the bytes it produces.
#pragma once

#include "MacCounter.h"
#include "TfliteModel.h"

#include <optional>
#include <string>
#include <vector>

namespace tinyml::tflite {

enum class LayerRole { Input, Middle, Output };

struct Layer {
    size_t operatorIndex = 0;
    LayerRole role = LayerRole::Middle;
    int roleIndex = 1; // 1 for the input layer, 1..n for middle layers, the operator count for the output layer
    std::string type;  // operator name, e.g. CONV_2D
    TensorType dataType = TensorType::Float32; // of the weights when the layer has constant weights, else of its output
    std::optional<Activation> activation;      // fused activation, when the operator has one
    std::vector<int32_t> inputShape;           // of the first input that is not constant
    std::vector<int32_t> outputShape;
    OperatorMacs macs;
    uint64_t outputBytes = 0;
    uint64_t constantBytes = 0; // weights and biases it owns
};

struct LayerView {
    std::vector<Layer> layers;
    std::vector<int32_t> inputShape;  // the model's first input
    std::vector<int32_t> outputShape; // the model's last output
};

LayerView buildLayerView(const Subgraph &subgraph, const MacCount &macs);

const char *layerRoleName(LayerRole role);

} // namespace tinyml::tflite
