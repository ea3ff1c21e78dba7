// The tensor arena of models whose every allocation is known by construction: the head from the
// planner, the tail from TFLM's fixed structs, parsed options, kernel state and variables.
#include "TfliteFixture.h"

#include "tflite/ArenaEstimator.h"
#include "tflite/BuiltinOperator.h"
#include "tflite/Runtime.h"
#include "tflite/TfliteReader.h"

#include <QtTest>

using namespace tinyml;
using namespace tinyml::test;
using T = fb::TensorType;

namespace {

tflite::ArenaEstimate estimate(const TfliteFixture &f, const tflite::Runtime &runtime = tflite::paperRuntime())
{
    const std::string bytes = f.bytes();
    return tflite::estimateArena(tflite::readModel(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size()).model,
                                 runtime);
}

// An int8 SAME convolution, [1,4,4,2] -> [1,4,4,6], per-channel weights 6 x 3 x 3 x 2, no bias.
TfliteFixture quantisedConvolution()
{
    TfliteFixture f;
    const int in = f.activation("in", T::INT8, {1, 4, 4, 2});
    const int w = f.constant("w", T::INT8, {6, 3, 3, 2});
    const int out = f.activation("out", T::INT8, {1, 4, 4, 6});
    f.quantize(in, {0.5f}, {1});
    f.quantize(w, std::vector<float>(6, 0.1f), std::vector<int64_t>(6, 0));
    f.quantize(out, {0.25f}, {-3});
    f.op(tflite::op::Conv2D, {in, w, -1}, {out}, TfliteFixture::conv(1, fb::Padding::SAME));
    f.inputs({in});
    f.outputs({out});
    return f;
}

uint64_t up(uint64_t v, uint64_t a)
{
    return (v + a - 1) / a * a;
}

} // namespace

class TestArenaEstimator : public QObject
{
    Q_OBJECT

private slots:
    void floatDenseNetwork()
    {
        const tflite::ArenaEstimate a = estimate(tinyDenseNetwork());
        // Head: input 4 B and output 4 B round up to 16; the two 64-byte activations overlap at
        // operator 1. Largest first: dense_1 @0, dense_2 @64, input (op 0) @64, output (op 2) @0.
        QCOMPARE(a.headBytes, uint64_t(128));
        QCOMPARE(a.activationPeakBytes, uint64_t(128));
        // Tail: allocators 96, 10 tensors x 112, 3 nodes x 80, 3 x 12 bytes of options, then three
        // 20-byte OpData blocks at 16-byte alignment.
        uint64_t tail = 96 + 10 * 112 + 3 * 80 + 3 * 12;
        for (int i = 0; i < 3; ++i)
            tail = up(tail + 20, 16);
        QCOMPARE(a.tailBytes, tail);
        QCOMPARE(a.tailBytes, uint64_t(1584));
        QCOMPARE(a.arenaBytes, uint64_t(1712));
        QVERIFY(a.complete);
        QVERIFY(a.unknownOperators.empty());
    }

    void quantisedConvolutionKeepsPerChannelState()
    {
        const tflite::ArenaEstimate a = estimate(quantisedConvolution());
        // Head: 32 bytes in, 96 bytes out, both alive at operator 0.
        QCOMPARE(a.headBytes, uint64_t(32 + 96));
        // Tail: 96 + 3 x 112; quantisation of in, w (6 zero points), out; one node; conv options
        // (24); OpData 48; two per-channel arrays of 6 x 4 bytes.
        uint64_t tail = 96 + 3 * 112;
        tail = up(tail + 24, 8) + 8;  // in: struct + one zero point
        tail = up(tail + 24, 8) + 28; // w: struct + six zero points
        tail = up(tail + 24, 8) + 8;  // out
        tail = up(tail + 80, 8) + 24;
        tail = up(tail + 48, 16);
        tail = up(tail + 24, 16);
        tail = up(tail + 24, 16);
        QCOMPARE(a.tailBytes, tail);
        QCOMPARE(a.arenaBytes, a.headBytes + a.tailBytes);
    }

    // The same convolution as the Cortex-M4 board runs it (TFLM 2.4, CMSIS-NN, 32-bit): small
    // structs, and a scratch buffer CMSIS-NN asks for in the head. 484 bytes is what the
    // emulated board reports for this very model.
    void convolutionOnTheCortexM4()
    {
        const tflite::ArenaEstimate a =
            estimate(quantisedConvolution(), *tflite::findRuntime("tflm24-cortex-m4-cmsis"));
        // Head: out 96 at 0, the im2col scratch (4 x 2 channels x 3 x 3 = 72, to 80) at 96, in 32
        // at 176; all alive at operator 0.
        QCOMPARE(a.headBytes, uint64_t(96 + 80 + 32));
        // Tail: allocators 28 + 24, 3 eval tensors x 12, a node 28, conv options 24 (all 4-byte
        // aligned), OpData 56 and two per-channel arrays of 6 x 4 (16-byte aligned), one scratch
        // handle of 4.
        uint64_t tail = 52 + 3 * 12 + 28 + 24;
        tail = up(tail + 56, 16);
        tail = up(tail + 24, 16);
        tail = up(tail + 24, 16);
        tail += 4;
        QCOMPARE(a.tailBytes, tail);
        QCOMPARE(a.arenaBytes, uint64_t(484));
        QVERIFY(a.runnable && a.complete);
    }

    void variableTensorsLiveInTheTail()
    {
        TfliteFixture f;
        const int in = f.activation("in", T::FLOAT32, {1, 8});
        const int state = f.variable("state", T::FLOAT32, {1, 5}); // 20 bytes, 16-byte aligned in the tail
        const int out = f.activation("out", T::FLOAT32, {1, 8});
        f.op(tflite::op::Add, {in, state}, {out});
        f.inputs({in});
        f.outputs({out});
        const tflite::ArenaEstimate a = estimate(f);
        // Before it the tail holds 96 + 3 x 112 + 80 + 4 (ADD's options) = 516 bytes; the variable
        // ends at 536, aligned to 544.
        QCOMPARE(a.variableBytes, uint64_t(544 - 516));
        QCOMPARE(a.headBytes, uint64_t(64)); // the variable is not planned
    }

    void unknownOperatorsMakeTheResultIncomplete()
    {
        TfliteFixture f;
        const int in = f.activation("in", T::FLOAT32, {1, 8});
        const int mid = f.activation("mid", T::FLOAT32, {1, 8});
        const int out = f.activation("out", T::FLOAT32, {1, 8});
        f.op(tflite::op::Custom, {in}, {mid}, {}, "MyPostProcess");
        f.op(tflite::op::Mul, {mid, mid}, {out});
        f.inputs({in});
        f.outputs({out});
        const tflite::ArenaEstimate a = estimate(f);
        QVERIFY(!a.complete);
        QCOMPARE(a.unknownOperators, std::vector<std::string>{"MyPostProcess"});
        // The runtime registers no such custom operator either: no figure is given.
        QCOMPARE(a.unsupportedOperators, std::vector<std::string>{"MyPostProcess"});
        QVERIFY(!a.runnable);
    }

    void unsizedTensorsAreReported()
    {
        TfliteFixture f;
        const int in = f.activation("text", T::STRING, {1});
        const int out = f.activation("out", T::FLOAT32, {1, 4});
        f.op(tflite::op::Reshape, {in}, {out});
        f.inputs({in});
        f.outputs({out});
        const tflite::ArenaEstimate a = estimate(f);
        QVERIFY(!a.complete);
        QVERIFY(!a.runnable); // the paper's runtime cannot size a STRING tensor at all
        QCOMPARE(a.notes.size(), size_t(2));
        QVERIFY(QString::fromStdString(a.notes[0])
                    .contains(QLatin1String("'text' is STRING, a type tflm24-x86-64 cannot size")));
        QVERIFY(QString::fromStdString(a.notes[1]).contains(QLatin1String("'text' (STRING) has no fixed size")));
    }
};

QTEST_APPLESS_MAIN(TestArenaEstimator)
#include "tst_arenaestimator.moc"
