// Sizes of memory as people write them: every unit read by its rule (1 kB = 1000 B, 1 KiB =
// 1024 B, 1 MB = 1000 kB, 1 MiB = 1024 KiB), a bare number in the field's unit, and what cannot
// be read refused with a message that says why.
#include "kg/MemorySize.h"

#include <QtTest>

using namespace tinyml::kg;

class TestMemorySize : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryUnit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("bareUnit");
        QTest::addColumn<double>("bytes");
        QTest::addColumn<bool>("unitWritten");
        const int kB = int(MemoryUnit::Kilobyte);
        QTest::newRow("0.5 MB") << QStringLiteral("0.5 MB") << kB << 500000.0 << true;
        QTest::newRow("512 KiB") << QStringLiteral("512 KiB") << kB << 524288.0 << true;
        QTest::newRow("256kB") << QStringLiteral("256kB") << kB << 256000.0 << true;
        QTest::newRow("1 MiB") << QStringLiteral("1 MiB") << kB << 1048576.0 << true;
        QTest::newRow("300000 B") << QStringLiteral("300000 B") << kB << 300000.0 << true;
        QTest::newRow("units in any case") << QStringLiteral(" 2 kib ") << kB << 2048.0 << true;
        QTest::newRow("KB is kB") << QStringLiteral("3 KB") << kB << 3000.0 << true;
        QTest::newRow("bytes spelled") << QStringLiteral("12 bytes") << kB << 12.0 << true;
        QTest::newRow("bare in kB") << QStringLiteral("127") << kB << 127000.0 << false;
        QTest::newRow("bare in KiB") << QStringLiteral("124") << int(MemoryUnit::Kibibyte) << 126976.0 << false;
        QTest::newRow("bare in B") << QStringLiteral("4096") << int(MemoryUnit::Byte) << 4096.0 << false;
        QTest::newRow("exponent") << QStringLiteral("1e3 B") << kB << 1000.0 << true;
        QTest::newRow("zero") << QStringLiteral("0") << kB << 0.0 << false;
        QTest::newRow("the largest") << QStringLiteral("256 MB") << kB << 256e6 << true;
        QTest::newRow("a small GB") << QStringLiteral("0.001 GB") << kB << 1e6 << true;
    }
    void readsEveryUnit()
    {
        QFETCH(QString, text);
        QFETCH(int, bareUnit);
        QFETCH(double, bytes);
        QFETCH(bool, unitWritten);
        QString problem;
        const auto size = parseMemorySize(text, MemoryUnit(bareUnit), &problem);
        QVERIFY2(size, qPrintable(problem));
        QCOMPARE(size->bytes, bytes);
        QCOMPARE(size->kb(), bytes / 1000);
        QCOMPARE(size->unitWritten, unitWritten);
    }

    void halfAMegabyteIsFiveHundredKilobytes()
    {
        QString problem;
        QCOMPARE(parseMemorySize(QStringLiteral("0.5 MB"), MemoryUnit::Kilobyte, &problem)->kb(), 500.0);
        QCOMPARE(parseMemorySize(QStringLiteral("0.5 MiB"), MemoryUnit::Kilobyte, &problem)->kb(), 524.288);
        QCOMPARE(parseMemorySize(QStringLiteral("512 KiB"), MemoryUnit::Kilobyte, &problem)->bytes, 524288.0);
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("abc") << QStringLiteral("abc") << QStringLiteral("'abc' is not a size");
        QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("no size given");
        QTest::newRow("-1") << QStringLiteral("-1") << QStringLiteral("cannot be negative");
        QTest::newRow("-1 kB") << QStringLiteral("-1 kB") << QStringLiteral("cannot be negative");
        QTest::newRow("1 GB") << QStringLiteral("1 GB") << QStringLiteral("more than a board's memory");
        QTest::newRow("300 MB") << QStringLiteral("300 MB") << QStringLiteral("at most 256 MB");
        QTest::newRow("5 parsecs") << QStringLiteral("5 parsecs")
                                   << QStringLiteral("parsecs is not a unit of memory; use B, kB, KiB, MB or MiB");
        QTest::newRow("half a byte") << QStringLiteral("0.5 B") << QStringLiteral("a number of bytes is whole");
        QTest::newRow("grouped") << QStringLiteral("1,024 kB") << QStringLiteral("is not a size");
        QTest::newRow("two numbers") << QStringLiteral("1 2 kB") << QStringLiteral("not a unit of memory");
        QTest::newRow("inf") << QStringLiteral("inf kB") << QStringLiteral("is not a size");
    }
    void refusesWhatItCannotRead()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        QString problem;
        QVERIFY(!parseMemorySize(text, MemoryUnit::Kilobyte, &problem));
        QVERIFY2(problem.contains(says), qPrintable(problem));
    }

    void readsTheLocalesDecimalSeparator()
    {
        QString problem;
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(parseMemorySize(QStringLiteral("0,5 MB"), MemoryUnit::Kilobyte, &problem, german)->kb(), 500.0);
        // A point is a decimal point too, never a German group separator.
        QCOMPARE(parseMemorySize(QStringLiteral("1.024 kB"), MemoryUnit::Kilobyte, &problem, german)->bytes, 1024.0);
        QVERIFY(!parseMemorySize(QStringLiteral("0,5 MB"), MemoryUnit::Kilobyte, &problem));
    }

    void formatsWhatItReadsBack_data()
    {
        QTest::addColumn<double>("kb");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QString>("text");
        QTest::newRow("kB") << 127.0 << int(MemoryUnit::Kilobyte) << QStringLiteral("127 kB");
        QTest::newRow("KiB") << 127.0 << int(MemoryUnit::Kibibyte) << QStringLiteral("124.023 KiB");
        QTest::newRow("B") << 127.0 << int(MemoryUnit::Byte) << QStringLiteral("127000 B");
        QTest::newRow("MB") << 16384.0 << int(MemoryUnit::Megabyte) << QStringLiteral("16.384 MB");
        QTest::newRow("KiB exactly") << 524.288 << int(MemoryUnit::Kibibyte) << QStringLiteral("512 KiB");
    }
    void formatsWhatItReadsBack()
    {
        QFETCH(double, kb);
        QFETCH(int, unit);
        QFETCH(QString, text);
        QCOMPARE(formatMemorySize(kb, MemoryUnit(unit)), text);
        QString problem;
        const auto back = parseMemorySize(text, MemoryUnit::Kilobyte, &problem);
        QVERIFY2(back, qPrintable(problem));
        QVERIFY(std::abs(back->kb() - kb) <= 0.001 * bytesPer(MemoryUnit(unit)) / 1000);
    }
};

QTEST_GUILESS_MAIN(TestMemorySize)
#include "tst_memorysize.moc"
