// Hostile input, many thousands of times: mutated copies of the reference models and of our own
// fixtures go through the whole analyser (reader, MACs, layers, arena). This test is built with
// AddressSanitizer and UndefinedBehaviorSanitizer: any out-of-bounds read, overflow or leak
// aborts it. Each mutant must either be read or be refused with a FormatError.
#include "TestData.h"
#include "TfliteFixture.h"

#include "tflite/ArenaEstimator.h"
#include "tflite/LayerView.h"
#include "tflite/MacCounter.h"
#include "tflite/TfliteReader.h"

#include <QDir>
#include <QRandomGenerator>
#include <QtTest>

using namespace tinyml;

namespace {

// The values that break parsers: zero, signs, maxima, and sizes near the buffer's own.
uint32_t interestingValue(QRandomGenerator &rng, size_t size)
{
    const uint32_t values[] = {0u,
                               1u,
                               0xffffffffu,
                               0x7fffffffu,
                               0x80000000u,
                               0xfffffff0u,
                               uint32_t(size),
                               uint32_t(size - 4),
                               uint32_t(size + 4),
                               0x10000u};
    return values[rng.bounded(int(std::size(values)))];
}

std::string mutate(const std::string &seed, QRandomGenerator &rng)
{
    std::string m = seed;
    const int edits = 1 + rng.bounded(4);
    for (int e = 0; e < edits && !m.empty(); ++e) {
        const size_t at = rng.bounded(quint32(m.size()));
        switch (rng.bounded(6)) {
        case 0: m[at] = char(uint8_t(m[at]) ^ (1u << rng.bounded(8))); break;
        case 1: m[at] = char(rng.bounded(256)); break;
        case 2:
            if (at + 4 <= m.size()) {
                const uint32_t v = interestingValue(rng, m.size());
                std::memcpy(&m[at & ~size_t(3)], &v, std::min<size_t>(4, m.size() - (at & ~size_t(3))));
            }
            break;
        case 3: m.resize(at); break;
        case 4: m.insert(at, m.substr(rng.bounded(quint32(m.size())), 1 + rng.bounded(64))); break;
        case 5: m.erase(at, 1 + rng.bounded(64)); break;
        }
    }
    return m;
}

} // namespace

class TestTfliteMutation : public QObject
{
    Q_OBJECT

private slots:
    void survivesMutations()
    {
        std::vector<std::pair<std::string, std::string>> seeds = test::seedModels();
        const QString reference = test::referenceDir();
        if (reference.isEmpty())
            qWarning("%s: mutating our own fixtures only", test::kNoReferenceData);
        for (const test::ReferenceModel &m : test::referenceModels())
            seeds.emplace_back(m.name.toStdString(), test::readWholeFile(m.path).toStdString());

        const int iterations = qEnvironmentVariableIntValue("TINYML_MUTATIONS") > 0
            ? qEnvironmentVariableIntValue("TINYML_MUTATIONS")
            : 100000;
        QRandomGenerator rng(20221122);
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < iterations; ++i) {
            const auto &[name, bytes] = seeds[size_t(i) % seeds.size()];
            const std::string mutant = mutate(bytes, rng);
            try {
                const tflite::ReadResult r =
                    tflite::readModel(reinterpret_cast<const uint8_t *>(mutant.data()), mutant.size());
                const tflite::MacCount macs = tflite::countMacs(r.model.subgraphs.front());
                const tflite::LayerView layers = tflite::buildLayerView(r.model.subgraphs.front(), macs);
                QVERIFY(layers.layers.size() == r.model.subgraphs.front().operators.size());
                for (const tflite::Runtime &runtime : tflite::runtimes()) {
                    const tflite::ArenaEstimate arena = tflite::estimateArena(r.model, runtime);
                    QVERIFY(arena.arenaBytes == arena.headBytes + arena.tailBytes);
                    const tflite::FlashEstimate flash = tflite::estimateFlash(r.model, mutant.size(), runtime);
                    QVERIFY(flash.flashBytes == flash.modelBytes + flash.codeBytes);
                }
                ++accepted;
            } catch (const tflite::FormatError &e) {
                QVERIFY2(std::strlen(e.what()) > 0, name.c_str());
                ++refused;
            }
        }
        qInfo("%d mutants of %zu seeds: %d read, %d refused", iterations, seeds.size(), accepted, refused);
        QCOMPARE(accepted + refused, iterations);
        // Both outcomes must occur, or the mutations are not reaching the reader's checks.
        QVERIFY(accepted > iterations / 50);
        QVERIFY(refused > iterations / 50);
    }
};

QTEST_GUILESS_MAIN(TestTfliteMutation)
#include "tst_tflitemutation.moc"
