// The archive TFLite Support appends to a model: stored and deflated entries, both offset
// conventions, and damaged archives refused with a reason.
#include "TfliteFixture.h"

#include "tflite/ZipArchive.h"

#include <QtTest>

using tinyml::test::zipArchive;
using tinyml::tflite::ZipArchive;

namespace {

const std::string kLabels = "background\ncat\ndog\n";
const std::string kModelPart(1000, 'M'); // what precedes the archive in a .tflite file

std::optional<std::string> readEntry(const std::string &bytes, const std::string &name, std::string *error)
{
    const auto archive = ZipArchive::find(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size(), error);
    if (!archive)
        return std::nullopt;
    const ZipArchive::Entry *entry = archive->entry(name);
    if (!entry) {
        *error = "no entry";
        return std::nullopt;
    }
    return archive->read(*entry, 1 << 20, error);
}

void patch32(std::string &bytes, size_t at, uint32_t value)
{
    for (int i = 0; i < 4; ++i)
        bytes[at + size_t(i)] = char((value >> (8 * i)) & 0xff);
}

} // namespace

class TestZipArchive : public QObject
{
    Q_OBJECT

private slots:
    void readsEntries_data()
    {
        QTest::addColumn<bool>("deflate");
        QTest::addColumn<bool>("offsetsFromFileStart");
        QTest::newRow("stored, archive offsets") << false << false;
        QTest::newRow("stored, file offsets") << false << true;
        QTest::newRow("deflated, archive offsets") << true << false;
        QTest::newRow("deflated, file offsets") << true << true;
    }
    void readsEntries()
    {
        QFETCH(bool, deflate);
        QFETCH(bool, offsetsFromFileStart);
        const std::string bytes = kModelPart
            + zipArchive({{"readme.txt", "hello"}, {"labels.txt", kLabels}}, deflate,
                         offsetsFromFileStart ? uint32_t(kModelPart.size()) : 0);
        std::string error;
        const auto labels = readEntry(bytes, "labels.txt", &error);
        QVERIFY2(labels, error.c_str());
        QCOMPARE(*labels, kLabels);
    }

    void noArchiveIsNotAnError()
    {
        std::string error;
        QVERIFY(!ZipArchive::find(reinterpret_cast<const uint8_t *>(kModelPart.data()), kModelPart.size(), &error));
        QVERIFY(error.empty());
    }

    void refusesDamage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const std::string good = kModelPart + zipArchive({{"labels.txt", kLabels}});
        const size_t end = good.size() - 22;
        const size_t centralSize = 46 + std::string("labels.txt").size();
        auto row = [](const char *name, const std::string &bytes, const char *message) {
            QTest::newRow(name) << QByteArray(bytes.data(), qsizetype(bytes.size())) << QString::fromLatin1(message);
        };
        {
            std::string b = good;
            b[end - centralSize - 5] ^= 0x20; // a byte of the stored labels
            row("checksum mismatch", b, "checksum mismatch");
        }
        {
            std::string b = good;
            patch32(b, end + 12, 0x7fffffff);
            row("directory larger than the file", b, "central directory larger than the file");
        }
        {
            std::string b = good;
            patch32(b, end - centralSize + 42, 0x00fffff0); // local header offset
            row("local header outside the file", b, "local header is missing");
        }
        {
            std::string b = good;
            patch32(b, end - centralSize + 20, 0x10000000); // compressed size
            row("data past the end", b, "data runs past the end of the file");
        }
        {
            std::string b = kModelPart + zipArchive({{"labels.txt", kLabels}}, true);
            const size_t e = b.size() - 22;
            b[e - centralSize + 10] = 12; // method 12: bzip2
            row("unsupported method", b, "compression method 12 is not supported");
        }
    }
    void refusesDamage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        std::string error;
        QVERIFY(!readEntry(bytes.toStdString(), "labels.txt", &error));
        QVERIFY2(QString::fromStdString(error).contains(message), error.c_str());
    }
};

QTEST_APPLESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
