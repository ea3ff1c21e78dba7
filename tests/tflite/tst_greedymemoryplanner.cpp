// The greedy planner: placements worked out by hand from TFLM's rule (largest first, lowest
// offset that is free in address and time).
#include "tflite/GreedyMemoryPlanner.h"

#include <QtTest>

using tinyml::tflite::BufferRequest;
using tinyml::tflite::planGreedy;

class TestGreedyMemoryPlanner : public QObject
{
    Q_OBJECT

private slots:
    void emptyPlan() { QCOMPARE(planGreedy({}).peak, uint64_t(0)); }

    void chainReusesMemory()
    {
        // a -> b -> c -> d: a and c never live together, nor b and d. Equal sizes go last
        // request first: d at 0, c at 64, b at 0, a at 64.
        const std::vector<BufferRequest> r{{64, 0, 0, {}}, {64, 0, 1, {}}, {64, 1, 2, {}}, {64, 2, 3, {}}};
        const auto plan = planGreedy(r);
        QCOMPARE(plan.peak, uint64_t(128));
        QCOMPARE(plan.offsets, (std::vector<uint64_t>{64, 0, 64, 0}));
    }

    void largestFirstThenFirstFit()
    {
        // Sorted: B(100) at 0; C(60) overlaps B -> 100; A(40) overlaps B only -> 100 (gap before
        // B is 0); D(30) overlaps C only -> 0 fits below C.
        const std::vector<BufferRequest> r{{40, 0, 1, {}}, {100, 1, 2, {}}, {60, 2, 3, {}}, {30, 3, 3, {}}};
        const auto plan = planGreedy(r);
        QCOMPARE(plan.offsets, (std::vector<uint64_t>{100, 0, 100, 0}));
        QCOMPARE(plan.peak, uint64_t(160));
    }

    // TFLM places equal sizes last request first; both runtimes' reported arenas depend on it
    // (ARM_MicroNet_VWW_3's head is 75,776 bytes that way, 75,264 the other way).
    void equalSizesLastRequestFirst()
    {
        const std::vector<BufferRequest> r{{32, 0, 2, {}}, {32, 0, 2, {}}, {32, 0, 2, {}}};
        QCOMPARE(planGreedy(r).offsets, (std::vector<uint64_t>{64, 32, 0}));
    }

    void fillsAGapBetweenBuffers()
    {
        // X [0,50) and Z [80,130) live at time 1; a 30-byte buffer fits in the gap at 50.
        const std::vector<BufferRequest> r{{50, 0, 1, {}}, {50, 1, 1, {}}, {80, 0, 0, {}}, {30, 1, 1, {}}};
        const auto plan = planGreedy(r);
        // Sorted: C(80)@0, A(50) overlaps C -> 80, B(50) overlaps A (t1) -> 0, D(30): live at
        // t1 are B[0,50) and A[80,130): the gap [50,80) takes it.
        QCOMPARE(plan.offsets, (std::vector<uint64_t>{80, 0, 0, 50}));
        QCOMPARE(plan.peak, uint64_t(130));
    }

    void fixedOffsetsStay()
    {
        const std::vector<BufferRequest> r{{16, 0, 1, {}}, {16, 0, 1, uint64_t(64)}};
        const auto plan = planGreedy(r);
        QCOMPARE(plan.offsets, (std::vector<uint64_t>{0, 64}));
        QCOMPARE(plan.peak, uint64_t(80));
    }
};

QTEST_APPLESS_MAIN(TestGreedyMemoryPlanner)
#include "tst_greedymemoryplanner.moc"
