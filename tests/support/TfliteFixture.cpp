#include "TfliteFixture.h"

#include "tflite/BuiltinOperator.h"
#include "tflite/TfliteModel.h"

namespace tinyml::test {

TfliteFixture tinyDenseNetwork()
{
    using T = fb::TensorType;
    TfliteFixture f;
    const int in = f.activation("input", T::FLOAT32, {1, 1});
    const int w1 = f.constant("dense_1/weights", T::FLOAT32, {16, 1});
    const int b1 = f.constant("dense_1/bias", T::FLOAT32, {16});
    const int h1 = f.activation("dense_1", T::FLOAT32, {1, 16});
    const int w2 = f.constant("dense_2/weights", T::FLOAT32, {16, 16});
    const int b2 = f.constant("dense_2/bias", T::FLOAT32, {16});
    const int h2 = f.activation("dense_2", T::FLOAT32, {1, 16});
    const int w3 = f.constant("dense_3/weights", T::FLOAT32, {1, 16});
    const int b3 = f.constant("dense_3/bias", T::FLOAT32, {1});
    const int out = f.activation("output", T::FLOAT32, {1, 1});
    f.op(tflite::op::FullyConnected, {in, w1, b1}, {h1},
         TfliteFixture::fullyConnected(fb::ActivationFunctionType::RELU));
    f.op(tflite::op::FullyConnected, {h1, w2, b2}, {h2},
         TfliteFixture::fullyConnected(fb::ActivationFunctionType::RELU));
    f.op(tflite::op::FullyConnected, {h2, w3, b3}, {out}, TfliteFixture::fullyConnected());
    f.inputs({in});
    f.outputs({out});
    return f;
}

TfliteFixture tinyConvNetwork()
{
    using T = fb::TensorType;
    using A = fb::ActivationFunctionType;
    TfliteFixture f;
    const int in = f.activation("image", T::INT8, {1, 16, 16, 1});
    f.quantize(in, {0.0039f}, {-128});
    const int w1 = f.constant("conv/weights", T::INT8, {8, 3, 3, 1});
    f.quantize(w1, std::vector<float>(8, 0.02f), std::vector<int64_t>(8, 0));
    const int b1 = f.constant("conv/bias", T::INT32, {8});
    const int c1 = f.activation("conv", T::INT8, {1, 8, 8, 8});
    const int w2 = f.constant("dw/weights", T::INT8, {1, 3, 3, 8});
    f.quantize(w2, std::vector<float>(8, 0.02f), std::vector<int64_t>(8, 0), 3);
    const int b2 = f.constant("dw/bias", T::INT32, {8});
    const int c2 = f.activation("dw", T::INT8, {1, 8, 8, 8});
    const int p = f.activation("pool", T::INT8, {1, 1, 1, 8});
    const int shape = f.constant("shape", T::INT32, {2});
    const int flat = f.activation("flat", T::INT8, {1, 8});
    const int w3 = f.constant("fc/weights", T::INT8, {4, 8});
    const int b3 = f.constant("fc/bias", T::INT32, {4});
    const int logits = f.activation("logits", T::INT8, {1, 4});
    const int probs = f.activation("probabilities", T::INT8, {1, 4});
    f.quantize(probs, {1.0f / 256}, {-128});
    f.op(tflite::op::Conv2D, {in, w1, b1}, {c1}, TfliteFixture::conv(2, fb::Padding::SAME, A::RELU6));
    f.op(tflite::op::DepthwiseConv2D, {c1, w2, b2}, {c2}, TfliteFixture::depthwise(1, fb::Padding::SAME, 1, A::RELU));
    f.op(tflite::op::AveragePool2D, {c2}, {p}, TfliteFixture::pool(8, 8, fb::Padding::VALID));
    f.op(tflite::op::Reshape, {p, shape}, {flat});
    f.op(tflite::op::FullyConnected, {flat, w3, b3}, {logits}, TfliteFixture::fullyConnected());
    f.op(tflite::op::Softmax, {logits}, {probs});
    f.inputs({in});
    f.outputs({probs});
    return f;
}

tinyml::tflite::schema::metadata::ModelMetadataT labelledMetadata(const std::string &name,
                                                                  const std::string &labelsFile)
{
    namespace ms = tinyml::tflite::schema::metadata;
    ms::ModelMetadataT m;
    m.name = name;
    auto subgraph = std::make_unique<ms::SubGraphMetadataT>();
    auto input = std::make_unique<ms::TensorMetadataT>();
    input->name = "input";
    auto output = std::make_unique<ms::TensorMetadataT>();
    output->name = "output";
    auto labels = std::make_unique<ms::AssociatedFileT>();
    labels->name = labelsFile;
    labels->type = ms::AssociatedFileType::TENSOR_AXIS_LABELS;
    output->associated_files.push_back(std::move(labels));
    subgraph->input_tensor_metadata.push_back(std::move(input));
    subgraph->output_tensor_metadata.push_back(std::move(output));
    m.subgraph_metadata.push_back(std::move(subgraph));
    return m;
}

TfliteFixture wideDenseNetwork(int inputs, int outputs)
{
    using T = fb::TensorType;
    TfliteFixture f;
    f.randomConstants(uint64_t(inputs) * 7919u + uint64_t(outputs));
    const int in = f.activation("input", T::INT8, {1, inputs});
    f.quantize(in, {0.0039f}, {-128});
    const int w = f.constant("dense/weights", T::INT8, {outputs, inputs});
    f.quantize(w, {0.02f}, {0});
    const int b = f.constant("dense/bias", T::INT32, {outputs});
    const int out = f.activation("output", T::INT8, {1, outputs});
    f.quantize(out, {0.1f}, {0});
    f.op(int32_t(fb::BuiltinOperator::FULLY_CONNECTED), {in, w, b}, {out}, TfliteFixture::fullyConnected());
    f.inputs({in});
    f.outputs({out});
    return f;
}

TfliteFixture syntheticClassifier(int seed)
{
    using T = fb::TensorType;
    using A = fb::ActivationFunctionType;
    const int side = 16 + 8 * (seed % 7);
    const int channels = 8 << (seed % 3);
    const int classes = 2 + seed % 11;
    TfliteFixture f;
    const int in = f.activation("input", T::INT8, {1, side, side, 1});
    f.quantize(in, {0.0039f}, {-128});
    const int w1 = f.constant("conv1/weights", T::INT8, {channels, 3, 3, 1});
    f.quantize(w1, std::vector<float>(size_t(channels), 0.02f), std::vector<int64_t>(size_t(channels), 0));
    const int b1 = f.constant("conv1/bias", T::INT32, {channels});
    const int c1 = f.activation("conv1", T::INT8, {1, side / 2, side / 2, channels});
    const int w2 = f.constant("dw/weights", T::INT8, {1, 3, 3, channels});
    f.quantize(w2, std::vector<float>(size_t(channels), 0.02f), std::vector<int64_t>(size_t(channels), 0), 3);
    const int b2 = f.constant("dw/bias", T::INT32, {channels});
    const int c2 = f.activation("dw", T::INT8, {1, side / 2, side / 2, channels});
    const int w3 = f.constant("conv2/weights", T::INT8, {2 * channels, 1, 1, channels});
    f.quantize(w3, std::vector<float>(size_t(2 * channels), 0.02f), std::vector<int64_t>(size_t(2 * channels), 0));
    const int b3 = f.constant("conv2/bias", T::INT32, {2 * channels});
    const int c3 = f.activation("conv2", T::INT8, {1, side / 2, side / 2, 2 * channels});
    const int pooled = f.activation("pool", T::INT8, {1, 1, 1, 2 * channels});
    const int shape = f.constant("shape", T::INT32, {2});
    const int flat = f.activation("flat", T::INT8, {1, 2 * channels});
    const int w4 = f.constant("fc/weights", T::INT8, {classes, 2 * channels});
    const int b4 = f.constant("fc/bias", T::INT32, {classes});
    const int logits = f.activation("logits", T::INT8, {1, classes});
    const int probs = f.activation("probabilities", T::INT8, {1, classes});
    // The seed itself goes into a bias, so equal shapes still make different files.
    f.model().buffers[f.subgraph().tensors[size_t(b4)]->buffer]->data[0] = uint8_t(seed & 0xff);
    f.model().buffers[f.subgraph().tensors[size_t(b4)]->buffer]->data[1] = uint8_t((seed >> 8) & 0xff);
    f.model().buffers[f.subgraph().tensors[size_t(b4)]->buffer]->data[2] = uint8_t((seed >> 16) & 0xff);
    f.op(tflite::op::Conv2D, {in, w1, b1}, {c1}, TfliteFixture::conv(2, fb::Padding::SAME, A::RELU6));
    f.op(tflite::op::DepthwiseConv2D, {c1, w2, b2}, {c2}, TfliteFixture::depthwise(1, fb::Padding::SAME, 1, A::RELU6));
    f.op(tflite::op::Conv2D, {c2, w3, b3}, {c3}, TfliteFixture::conv(1, fb::Padding::SAME, A::RELU6));
    f.op(tflite::op::AveragePool2D, {c3}, {pooled}, TfliteFixture::pool(side / 2, side / 2, fb::Padding::VALID));
    f.op(tflite::op::Reshape, {pooled, shape}, {flat});
    f.op(tflite::op::FullyConnected, {flat, w4, b4}, {logits}, TfliteFixture::fullyConnected());
    f.op(tflite::op::Softmax, {logits}, {probs});
    f.inputs({in});
    f.outputs({probs});
    return f;
}

std::vector<std::pair<std::string, std::string>> seedModels()
{
    namespace ms = tinyml::tflite::schema::metadata;
    std::vector<std::pair<std::string, std::string>> seeds;
    seeds.emplace_back("dense.tflite", tinyDenseNetwork().bytes());
    seeds.emplace_back("conv.tflite", tinyConvNetwork().bytes());
    {
        TfliteFixture f = tinyConvNetwork();
        f.useLegacyOperatorCodes(true);
        seeds.emplace_back("conv_legacy_codes.tflite", f.bytes());
    }
    {
        TfliteFixture f = tinyConvNetwork();
        ms::ModelMetadataT m = labelledMetadata("Tiny classifier", "labels.txt");
        m.description = "Four classes from a 16x16 image";
        m.author = "TinyML Manager";
        m.license = "MIT";
        m.version = "1";
        f.tfliteMetadata(m);
        f.metadataEntry("min_runtime_version", "1.5.0");
        seeds.emplace_back("conv_metadata.tflite", f.bytes() + storedZip({{"labels.txt", "cat\ndog\nbird\nfish\n"}}));
    }
    {
        TfliteFixture f;
        using T = fb::TensorType;
        const int a = f.activation("a", T::FLOAT32, {1, 10});
        const int state = f.variable("state", T::FLOAT32, {1, 40});
        const int wf = f.constant("wf", T::FLOAT32, {4, 10});
        const int wt = f.constant("wt", T::FLOAT32, {4, 10});
        const int b = f.activation("b", T::FLOAT32, {1, 4});
        const int c = f.activation("c", T::FLOAT32, {1, 4});
        f.op(tflite::op::Svdf, {a, wf, wt, -1, state}, {b});
        f.op(tflite::op::Custom, {b}, {c}, {}, "MyCustomOp");
        f.inputs({a});
        f.outputs({c});
        seeds.emplace_back("svdf_custom.tflite", f.bytes());
    }
    return seeds;
}

} // namespace tinyml::test
