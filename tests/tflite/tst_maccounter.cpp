// MAC counts by the paper's rule and the complete count, for single operators whose arithmetic
// is known by construction.
#include "TfliteFixture.h"

#include "tflite/BuiltinOperator.h"
#include "tflite/MacCounter.h"
#include "tflite/TfliteReader.h"

#include <QtTest>

using namespace tinyml;
using namespace tinyml::test;
using T = fb::TensorType;

Q_DECLARE_METATYPE(std::string)

class TestMacCounter : public QObject
{
    Q_OBJECT

private slots:
    void countsOperator_data()
    {
        QTest::addColumn<std::string>("model");
        QTest::addColumn<quint64>("paper");
        QTest::addColumn<quint64>("complete");

        { // 3x3 conv, 8 -> 16 channels, 10x10 output: 10*10*16*3*3*8 = 115200
            TfliteFixture f;
            const int in = f.activation("in", T::INT8, {1, 12, 12, 8});
            const int w = f.constant("w", T::INT8, {16, 3, 3, 8});
            const int out = f.activation("out", T::INT8, {1, 10, 10, 16});
            f.op(tflite::op::Conv2D, {in, w, -1}, {out}, TfliteFixture::conv(1, fb::Padding::VALID));
            QTest::newRow("CONV_2D") << f.bytes() << quint64(115200) << quint64(115200);
        }
        { // the same with a batch of 2: the paper ignores batches, the complete count does not
            TfliteFixture f;
            const int in = f.activation("in", T::INT8, {2, 12, 12, 8});
            const int w = f.constant("w", T::INT8, {16, 3, 3, 8});
            const int out = f.activation("out", T::INT8, {2, 10, 10, 16});
            f.op(tflite::op::Conv2D, {in, w, -1}, {out}, TfliteFixture::conv(1, fb::Padding::VALID));
            QTest::newRow("CONV_2D batch 2") << f.bytes() << quint64(115200) << quint64(230400);
        }
        { // depthwise 3x3 over 32 channels, 5x5 output: 5*5*1*3*3*32 = 7200
            TfliteFixture f;
            const int in = f.activation("in", T::INT8, {1, 5, 5, 32});
            const int w = f.constant("w", T::INT8, {1, 3, 3, 32});
            const int out = f.activation("out", T::INT8, {1, 5, 5, 32});
            f.op(tflite::op::DepthwiseConv2D, {in, w, -1}, {out}, TfliteFixture::depthwise(1, fb::Padding::SAME, 1));
            QTest::newRow("DEPTHWISE_CONV_2D") << f.bytes() << quint64(7200) << quint64(7200);
        }
        { // FC 250 -> 12 with 3 rows: the paper counts the weights once
            TfliteFixture f;
            const int in = f.activation("in", T::FLOAT32, {3, 250});
            const int w = f.constant("w", T::FLOAT32, {12, 250});
            const int out = f.activation("out", T::FLOAT32, {3, 12});
            f.op(tflite::op::FullyConnected, {in, w, -1}, {out}, TfliteFixture::fullyConnected());
            QTest::newRow("FULLY_CONNECTED") << f.bytes() << quint64(3000) << quint64(9000);
        }
        { // depth multiplier 2: 4 input channels become 8; 5*5*(1*3*3*8) = 1800
            TfliteFixture f;
            const int in = f.activation("in", T::INT8, {1, 5, 5, 4});
            const int w = f.constant("w", T::INT8, {1, 3, 3, 8});
            const int out = f.activation("out", T::INT8, {1, 5, 5, 8});
            f.op(tflite::op::DepthwiseConv2D, {in, w, -1}, {out}, TfliteFixture::depthwise(1, fb::Padding::SAME, 2));
            QTest::newRow("DEPTHWISE_CONV_2D multiplier 2") << f.bytes() << quint64(1800) << quint64(1800);
        }
        { // LSTM over 10 steps of 8 features, 16 cells: per step 4 gates x (16x8 + 16x16)
            TfliteFixture f;
            const int in = f.activation("in", T::FLOAT32, {1, 10, 8});
            std::vector<int32_t> inputs{in};
            for (int gate = 0; gate < 4; ++gate)
                inputs.push_back(f.constant("input_weights", T::FLOAT32, {16, 8}));
            for (int gate = 0; gate < 4; ++gate)
                inputs.push_back(f.constant("recurrent_weights", T::FLOAT32, {16, 16}));
            for (int i = 9; i < 24; ++i)
                inputs.push_back(-1); // peepholes, biases, projection, states: absent or not counted
            const int out = f.activation("out", T::FLOAT32, {1, 10, 16});
            f.op(tflite::op::UnidirectionalSequenceLstm, inputs, {out});
            QTest::newRow("UNIDIRECTIONAL_SEQUENCE_LSTM")
                << f.bytes() << quint64(0) << quint64(10 * (4 * 128 + 4 * 256));
        }
        { // 2x2 average pool over a 4x4x8 output: 4*4*8*2*2 = 512
            TfliteFixture f;
            const int in = f.activation("in", T::INT8, {1, 8, 8, 8});
            const int out = f.activation("out", T::INT8, {1, 4, 4, 8});
            f.op(tflite::op::AveragePool2D, {in}, {out}, TfliteFixture::pool(2, 2, fb::Padding::VALID));
            QTest::newRow("AVERAGE_POOL_2D") << f.bytes() << quint64(0) << quint64(512);
        }
        {
            TfliteFixture f;
            const int a = f.activation("a", T::INT8, {1, 6, 6, 4});
            const int b = f.activation("b", T::INT8, {1, 6, 6, 4});
            const int out = f.activation("out", T::INT8, {1, 6, 6, 4});
            f.op(tflite::op::Add, {a, b}, {out});
            QTest::newRow("ADD") << f.bytes() << quint64(0) << quint64(144);
        }
        {
            TfliteFixture f;
            const int a = f.activation("a", T::INT8, {1, 6, 6, 4});
            const int axes = f.constant("axes", T::INT32, {2});
            const int out = f.activation("out", T::INT8, {1, 4});
            f.op(tflite::op::Mean, {a, axes}, {out});
            QTest::newRow("MEAN") << f.bytes() << quint64(0) << quint64(144);
        }
        { // transpose conv: every one of 4*4*8 inputs meets 3*3*16 filter values
            TfliteFixture f;
            const int shape = f.constant("shape", T::INT32, {4});
            const int w = f.constant("w", T::INT8, {16, 3, 3, 8});
            const int in = f.activation("in", T::INT8, {1, 4, 4, 8});
            const int out = f.activation("out", T::INT8, {1, 8, 8, 16});
            f.op(tflite::op::TransposeConv, {shape, w, in}, {out});
            QTest::newRow("TRANSPOSE_CONV") << f.bytes() << quint64(0) << quint64(18432);
        }
        { // [2, 3, 5] x [2, 5, 7]: 2*3*7 outputs, 5 products each
            TfliteFixture f;
            const int a = f.activation("a", T::FLOAT32, {2, 3, 5});
            const int b = f.activation("b", T::FLOAT32, {2, 5, 7});
            const int out = f.activation("out", T::FLOAT32, {2, 3, 7});
            f.op(tflite::op::BatchMatMul, {a, b}, {out});
            QTest::newRow("BATCH_MATMUL") << f.bytes() << quint64(0) << quint64(210);
        }
        { // 3x3x3 filter over 4 input channels, 2x2x2x8 output: 64 outputs * 108
            TfliteFixture f;
            const int in = f.activation("in", T::FLOAT32, {1, 4, 4, 4, 4});
            const int w = f.constant("w", T::FLOAT32, {3, 3, 3, 4, 8});
            const int out = f.activation("out", T::FLOAT32, {1, 2, 2, 2, 8});
            f.op(tflite::op::Conv3D, {in, w}, {out});
            QTest::newRow("CONV_3D") << f.bytes() << quint64(0) << quint64(6912);
        }
        { // SVDF: 4 features over 10 inputs, memory 5, batch 2: 2 * (40 + 20)
            TfliteFixture f;
            const int in = f.activation("in", T::FLOAT32, {2, 10});
            const int wf = f.constant("wf", T::FLOAT32, {4, 10});
            const int wt = f.constant("wt", T::FLOAT32, {4, 5});
            const int state = f.variable("state", T::FLOAT32, {2, 20});
            const int out = f.activation("out", T::FLOAT32, {2, 4});
            f.op(tflite::op::Svdf, {in, wf, wt, -1, state}, {out});
            QTest::newRow("SVDF") << f.bytes() << quint64(0) << quint64(120);
        }
        { // activations and reshapes do no multiply-accumulate
            TfliteFixture f;
            const int in = f.activation("in", T::FLOAT32, {1, 100});
            const int mid = f.activation("mid", T::FLOAT32, {1, 100});
            const int out = f.activation("out", T::FLOAT32, {10, 10});
            f.op(tflite::op::Softmax, {in}, {mid});
            f.op(tflite::op::Reshape, {mid}, {out});
            QTest::newRow("SOFTMAX and RESHAPE") << f.bytes() << quint64(0) << quint64(0);
        }
    }
    void countsOperator()
    {
        QFETCH(std::string, model);
        QFETCH(quint64, paper);
        QFETCH(quint64, complete);
        const tflite::ReadResult r = tflite::readModel(reinterpret_cast<const uint8_t *>(model.data()), model.size());
        const tflite::MacCount count = tflite::countMacs(r.model.subgraphs[0]);
        QCOMPARE(quint64(count.paperTotal), paper);
        QCOMPARE(quint64(count.completeTotal), complete);
        QCOMPARE(count.perOperator.size(), r.model.subgraphs[0].operators.size());
    }

    void sumsTheNetwork()
    {
        // 1*16 + 16*16 + 16*1 = 288, as the paper counts its hello-world model.
        const std::string bytes = tinyDenseNetwork().bytes();
        const tflite::ReadResult r = tflite::readModel(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
        const tflite::MacCount count = tflite::countMacs(r.model.subgraphs[0]);
        QCOMPARE(count.paperTotal, uint64_t(288));
        QCOMPARE(count.perOperator[1].paper, uint64_t(256));
    }
};

QTEST_APPLESS_MAIN(TestMacCounter)
#include "tst_maccounter.moc"
