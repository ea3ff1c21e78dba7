// The .tflite reader: facts read from files built by our own FlatBuffers writer, and clear
// refusals of damaged and hostile files.
#include "TfliteFixture.h"

#include "tflite/BuiltinOperator.h"
#include "tflite/TfliteReader.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace tinyml;
using namespace tinyml::test;
using T = fb::TensorType;

namespace {

tflite::ReadResult read(const std::string &bytes)
{
    return tflite::readModel(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
}

QString readError(const std::string &bytes)
{
    try {
        read(bytes);
    } catch (const tflite::FormatError &e) {
        return QString::fromStdString(e.what());
    }
    return QString();
}

void putLe32(std::string &bytes, size_t at, uint32_t value)
{
    for (int i = 0; i < 4; ++i)
        bytes[at + size_t(i)] = char((value >> (8 * i)) & 0xff);
}

} // namespace

class TestTfliteReader : public QObject
{
    Q_OBJECT

private slots:
    void readsGraphStructure()
    {
        const tflite::ReadResult r = read(tinyDenseNetwork().bytes());
        QCOMPARE(r.model.schemaVersion, 3u);
        QCOMPARE(r.model.description, std::string("TinyML Manager test fixture"));
        QCOMPARE(r.model.subgraphs.size(), size_t(1));
        const tflite::Subgraph &g = r.model.subgraphs.front();
        QCOMPARE(g.name, std::string("main"));
        QCOMPARE(g.tensors.size(), size_t(10));
        QCOMPARE(g.operators.size(), size_t(3));
        QCOMPARE(g.inputs, std::vector<int32_t>{0});
        QCOMPARE(g.outputs, std::vector<int32_t>{9});
        for (const tflite::Operator &op : g.operators) {
            QCOMPARE(op.name, std::string("FULLY_CONNECTED"));
            QCOMPARE(op.builtinCode, int32_t(tflite::op::FullyConnected));
        }
        QCOMPARE(*g.operators[0].options.fusedActivation, tflite::Activation::Relu);
        QCOMPARE(*g.operators[2].options.fusedActivation, tflite::Activation::None);
        QCOMPARE(g.operators[1].inputs, (std::vector<int32_t>{3, 4, 5}));
        const tflite::Tensor &weights = g.tensors[4];
        QCOMPARE(weights.name, std::string("dense_2/weights"));
        QCOMPARE(weights.shape, (std::vector<int32_t>{16, 16}));
        QCOMPARE(weights.dataBytes, uint64_t(1024));
        QVERIFY(weights.isConstant());
        QVERIFY(!g.tensors[3].isConstant());
        QCOMPARE(*g.tensors[3].byteSize(), uint64_t(64));
    }

    void resolvesOperatorCodes_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("int32 field") << false << int(tflite::op::Conv2D) << "CONV_2D";
        QTest::newRow("int8 field only") << true << int(tflite::op::Conv2D) << "CONV_2D";
        QTest::newRow("int8 field, code 0") << true << int(tflite::op::Add) << "ADD";
        QTest::newRow("above 127") << true << 132 << "CONV_3D";
        QTest::newRow("newest") << false << 209 << "STABLEHLO_CASE";
        QTest::newRow("unnamed future code") << false << 300 << "BUILTIN_300";
    }
    void resolvesOperatorCodes()
    {
        QFETCH(bool, legacy);
        QFETCH(int, code);
        QFETCH(QString, name);
        TfliteFixture f;
        f.useLegacyOperatorCodes(legacy);
        const int a = f.activation("a", T::FLOAT32, {1, 4});
        const int b = f.activation("b", T::FLOAT32, {1, 4});
        f.op(code, {a}, {b});
        f.inputs({a});
        f.outputs({b});
        const tflite::ReadResult r = read(f.bytes());
        QCOMPARE(QString::fromStdString(r.model.subgraphs[0].operators[0].name), name);
        QCOMPARE(r.model.subgraphs[0].operators[0].builtinCode, code);
    }

    void namesCustomOperators()
    {
        TfliteFixture f;
        const int a = f.activation("a", T::FLOAT32, {1, 4});
        const int b = f.activation("b", T::FLOAT32, {1, 4});
        f.op(tflite::op::Custom, {a}, {b}, {}, "TFLite_Detection_PostProcess");
        f.inputs({a});
        f.outputs({b});
        const tflite::ReadResult r = read(f.bytes());
        QCOMPARE(r.model.subgraphs[0].operators[0].name, std::string("TFLite_Detection_PostProcess"));
        QCOMPARE(r.model.operatorCodes[0].customCode, std::string("TFLite_Detection_PostProcess"));
    }

    void readsConvolutionOptions()
    {
        TfliteFixture f;
        const int in = f.activation("in", T::INT8, {1, 8, 8, 3});
        const int w = f.constant("w", T::INT8, {4, 3, 3, 1});
        const int out = f.activation("out", T::INT8, {1, 4, 4, 4});
        fb::DepthwiseConv2DOptionsT o;
        o.padding = fb::Padding::VALID;
        o.stride_w = 2;
        o.stride_h = 3;
        o.depth_multiplier = 4;
        o.dilation_w_factor = 2;
        o.fused_activation_function = fb::ActivationFunctionType::RELU6;
        fb::BuiltinOptionsUnion u;
        u.Set(std::move(o));
        f.op(tflite::op::DepthwiseConv2D, {in, w, -1}, {out}, std::move(u));
        f.inputs({in});
        f.outputs({out});
        const tflite::Operator op = read(f.bytes()).model.subgraphs[0].operators[0];
        QCOMPARE(*op.options.padding, tflite::Padding::Valid);
        QCOMPARE(*op.options.strideW, 2);
        QCOMPARE(*op.options.strideH, 3);
        QCOMPARE(*op.options.depthMultiplier, 4);
        QCOMPARE(*op.options.dilationW, 2);
        QCOMPARE(*op.options.dilationH, 1); // the schema default
        QCOMPARE(*op.options.fusedActivation, tflite::Activation::Relu6);
        QCOMPARE(op.inputs, (std::vector<int32_t>{in, w, -1}));
    }

    void readsQuantisation()
    {
        TfliteFixture f;
        const int in = f.activation("in", T::INT8, {1, 4});
        const int w = f.constant("w", T::INT8, {3, 4});
        const int out = f.activation("out", T::INT8, {1, 3});
        f.quantize(in, {0.5f}, {-128});
        f.quantize(w, {0.1f, 0.2f, 0.3f}, {0, 0, 0}, 0);
        f.subgraph().tensors[size_t(in)]->shape_signature = {-1, 4};
        f.op(tflite::op::FullyConnected, {in, w}, {out}, TfliteFixture::fullyConnected());
        f.inputs({in});
        f.outputs({out});
        const tflite::Subgraph g = read(f.bytes()).model.subgraphs[0];
        QVERIFY(g.tensors[size_t(in)].quantization);
        QCOMPARE(g.tensors[size_t(in)].quantization->zeroPoint, std::vector<int64_t>{-128});
        QVERIFY(!g.tensors[size_t(in)].quantization->isPerChannel());
        QCOMPARE(g.tensors[size_t(in)].shapeSignature, (std::vector<int32_t>{-1, 4}));
        QCOMPARE(g.tensors[size_t(w)].quantization->scale, (std::vector<float>{0.1f, 0.2f, 0.3f}));
        QVERIFY(g.tensors[size_t(w)].quantization->isPerChannel());
        QVERIFY(!g.tensors[size_t(out)].quantization);
        QCOMPARE(g.tensors[size_t(in)].type, tflite::TensorType::Int8);
    }

    void readsMetadataAndLabels()
    {
        namespace ms = tinyml::tflite::schema::metadata;
        TfliteFixture f = tinyDenseNetwork();
        ms::ModelMetadataT m = labelledMetadata("Sine estimator", "labels.txt");
        m.description = "Predicts sin(x)";
        m.version = "v2";
        m.author = "TinyML Manager tests";
        m.license = "Apache-2.0";
        m.subgraph_metadata[0]->input_tensor_metadata[0]->description = "angle in radians";
        f.tfliteMetadata(m);
        f.metadataEntry("min_runtime_version", std::string("1.14.0\0\0\0\0\0\0\0\0\0\0", 16));

        const std::string bytes = f.bytes() + storedZip({{"labels.txt", "low\nhigh\r\n"}});
        const tflite::ReadResult r = read(bytes);
        QCOMPARE(r.minRuntimeVersion, std::string("1.14.0"));
        QVERIFY(r.metadata);
        QCOMPARE(r.metadata->name, std::string("Sine estimator"));
        QCOMPARE(r.metadata->description, std::string("Predicts sin(x)"));
        QCOMPARE(r.metadata->version, std::string("v2"));
        QCOMPARE(r.metadata->author, std::string("TinyML Manager tests"));
        QCOMPARE(r.metadata->license, std::string("Apache-2.0"));
        QCOMPARE(r.metadata->inputs.size(), size_t(1));
        QCOMPARE(r.metadata->inputs[0].description, std::string("angle in radians"));
        QCOMPARE(r.metadata->outputs[0].associatedFiles.size(), size_t(1));
        QCOMPARE(r.metadata->outputs[0].associatedFiles[0].type, std::string("TENSOR_AXIS_LABELS"));
        QCOMPARE(r.metadata->outputs[0].associatedFiles[0].labels, (std::vector<std::string>{"low", "high"}));
        QVERIFY(r.warnings.empty());

        // Without the archive the metadata still reads, with a warning about the missing file.
        const tflite::ReadResult bare = read(f.bytes());
        QVERIFY(bare.metadata);
        QVERIFY(bare.metadata->outputs[0].associatedFiles[0].labels.empty());
    }

    void damagedMetadataIsAWarningNotAFailure()
    {
        TfliteFixture f = tinyDenseNetwork();
        f.metadataEntry("TFLITE_METADATA", "this is not a flatbuffer");
        const tflite::ReadResult r = read(f.bytes());
        QVERIFY(!r.metadata);
        QCOMPARE(r.warnings.size(), size_t(1));
        QVERIFY(QString::fromStdString(r.warnings[0]).contains(QLatin1String("M001")));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const std::string good = tinyDenseNetwork().bytes();
        auto row = [](const char *name, const std::string &bytes, const char *message) {
            QTest::newRow(name) << QByteArray(bytes.data(), qsizetype(bytes.size())) << QString::fromLatin1(message);
        };

        row("empty", std::string(), "too small to be a TensorFlow Lite model (0 bytes)");
        row("seven bytes", good.substr(0, 7), "too small");
        std::string wrongId = good;
        wrongId.replace(4, 4, "PK\x03\x04");
        row("wrong identifier", wrongId,
            "file identifier is 'PK?"
            "?', expected 'TFL3'");
        row("truncated to half", good.substr(0, good.size() / 2), "damaged FlatBuffer");
        row("truncated by one byte", good.substr(0, good.size() - 1), "damaged FlatBuffer");
        std::string rootOutside = good;
        putLe32(rootOutside, 0, 0xfffffff0u);
        row("root offset outside the file", rootOutside, "damaged FlatBuffer");

        std::string random(4096, '\0');
        QRandomGenerator rng(42);
        for (char &c : random)
            c = char(rng.bounded(256));
        random.replace(4, 4, "TFL3");
        row("random bytes with the right identifier", random, "damaged FlatBuffer");

        {
            TfliteFixture f = tinyDenseNetwork();
            f.model().version = 2;
            row("schema version 2", f.bytes(), "schema version 2 is not supported (expected 3)");
        }
        {
            TfliteFixture f = tinyDenseNetwork();
            f.model().subgraphs.clear();
            row("no subgraph", f.bytes(), "the model has no subgraph");
        }
        {
            TfliteFixture f = tinyDenseNetwork();
            f.subgraph().operators[1]->inputs[0] = 99;
            row("operator input out of range", f.bytes(),
                "operator 1 (FULLY_CONNECTED): an input names tensor 99, but there are 10");
        }
        {
            TfliteFixture f = tinyDenseNetwork();
            f.subgraph().operators[2]->outputs[0] = -1;
            row("operator output -1", f.bytes(), "an output names tensor -1");
        }
        {
            TfliteFixture f = tinyDenseNetwork();
            f.subgraph().operators[0]->opcode_index = 7;
            row("operator code out of range", f.bytes(), "operator 0: names operator code 7, but there are 1");
        }
        {
            TfliteFixture f = tinyDenseNetwork();
            f.subgraph().tensors[4]->buffer = 1000;
            row("buffer out of range", f.bytes(), "tensor 4 'dense_2/weights': names buffer 1000");
        }
        {
            TfliteFixture f = tinyDenseNetwork();
            f.subgraph().tensors[3]->shape = {1, -3};
            row("negative dimension", f.bytes(), "tensor 3 'dense_1': dimension 1 is -3");
        }
        {
            TfliteFixture f = tinyDenseNetwork();
            f.subgraph().tensors[3]->shape = {65536, 65536, 65536};
            row("absurd shape", f.bytes(), "the shape has more than 2^40 elements");
        }
        {
            TfliteFixture f = tinyDenseNetwork();
            f.subgraph().inputs = {12};
            row("subgraph input out of range", f.bytes(), "subgraph 0: an input names tensor 12, but there are 10");
        }
        {
            TfliteFixture f = tinyDenseNetwork();
            f.model().operator_codes[0]->deprecated_builtin_code = -5;
            f.model().operator_codes[0]->builtin_code = fb::BuiltinOperator(-5);
            row("negative builtin code", f.bytes(), "operator code 0 has the invalid builtin code -5");
        }
        {
            TfliteFixture f = tinyDenseNetwork();
            f.subgraph().tensors[3]->type = fb::TensorType(42);
            row("unknown tensor type", f.bytes(), "unknown tensor type 42");
        }
        {
            // A vector length far beyond the file: find the distinctive shape and inflate its length.
            TfliteFixture f = tinyDenseNetwork();
            f.subgraph().tensors[3]->shape = {0x7a7a7a7a};
            std::string bytes = f.bytes();
            const size_t at = bytes.find("zzzz");
            QVERIFY(at != std::string::npos && at >= 4);
            putLe32(bytes, at - 4, 0x3fffffffu);
            row("huge vector length", bytes, "damaged FlatBuffer");
        }
        row("amplified structure", amplifiedModel(), "references the same data many times over");
    }
    void rejectsBadInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString error = readError(bytes.toStdString());
        QVERIFY2(!error.isEmpty(), "the reader accepted the file");
        QVERIFY2(error.contains(message), qPrintable(QStringLiteral("got: ") + error));
    }

private:
    // One tensor table with a 1,000-element shape, referenced 20,000 times: a few kilobytes that
    // a naive reader would expand into 20 million copied integers.
    static std::string amplifiedModel()
    {
        flatbuffers::FlatBufferBuilder b;
        const std::vector<int32_t> shape(1000, 1);
        const auto tensor = fb::CreateTensorDirect(b, &shape, fb::TensorType::FLOAT32, 0, "shared");
        const std::vector<flatbuffers::Offset<fb::Tensor>> tensors(20000, tensor);
        const auto subgraph = fb::CreateSubGraphDirect(b, &tensors);
        const std::vector<flatbuffers::Offset<fb::SubGraph>> subgraphs{subgraph};
        const std::vector<flatbuffers::Offset<fb::Buffer>> buffers{fb::CreateBuffer(b)};
        b.Finish(fb::CreateModelDirect(b, 3, nullptr, &subgraphs, "amplified", &buffers), fb::ModelIdentifier());
        return std::string(reinterpret_cast<const char *>(b.GetBufferPointer()), b.GetSize());
    }
};

QTEST_APPLESS_MAIN(TestTfliteReader)
#include "tst_tflitereader.moc"
