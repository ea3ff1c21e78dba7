// The typed questions on a hand-made catalogue: fit, headroom and the reasons put into words.
#include "kg/Questions.h"

#include <QtTest>

using namespace tinyml::kg;

class TestQuestions : public QObject
{
    Q_OBJECT

private:
    static Catalogue catalogue()
    {
        Catalogue c;
        auto model = [](const char *name, QStringList sensors, double ram, double flash, double accuracy,
                        const char *description) {
            ModelEntry m;
            m.name = QLatin1String(name);
            m.sensors = sensors;
            m.ramKb = ram;
            m.flashKb = flash;
            m.metric = QStringLiteral("Top_1_accuracy");
            m.metricValue = accuracy;
            m.description = QLatin1String(description);
            m.macs = qint64(ram * 1000);
            return m;
        };
        c.models << model("kws", {QStringLiteral("Microphone")}, 20, 80, 91, "keyword spotting yes/no")
                 << model("person", {QStringLiteral("Camera")}, 94.1, 236.1, 85, "person detection")
                 << model("vww", {QStringLiteral("Camera")}, 207, 542.4, 88, "visual wake words")
                 << model("wand", {QStringLiteral("Accelerometer"), QStringLiteral("Gyroscope")}, 16.8, 19.6, 80,
                          "gestures");
        BoardEntry nano;
        nano.name = QStringLiteral("nano");
        nano.sensors = {QStringLiteral("Microphone"), QStringLiteral("Accelerometer"), QStringLiteral("Gyroscope")};
        nano.ramKb = 256;
        nano.flashKb = 1024;
        BoardEntry cam;
        cam.name = QStringLiteral("cam");
        cam.sensors = {QStringLiteral("Camera")};
        cam.ramKb = 127;
        cam.flashKb = 576;
        c.boards << cam << nano;
        return c;
    }

private slots:
    void fitAndReasons_data()
    {
        QTest::addColumn<QStringList>("needSensors");
        QTest::addColumn<double>("needRam");
        QTest::addColumn<double>("needFlash");
        QTest::addColumn<bool>("fits");
        QTest::addColumn<QStringList>("reasons");
        QTest::newRow("fits") << QStringList{QStringLiteral("Camera")} << 94.1 << 236.1 << true << QStringList();
        QTest::newRow("typed: no sensor needed") << QStringList() << 94.1 << 236.1 << true << QStringList();
        QTest::newRow("exactly at the limit")
            << QStringList{QStringLiteral("Camera")} << 127.0 << 576.0 << true << QStringList();
        QTest::newRow("RAM short") << QStringList{QStringLiteral("Camera")} << 207.0 << 542.4 << false
                                   << QStringList{QStringLiteral("RAM short by 80.0 kB")};
        QTest::newRow("everything short")
            << QStringList{QStringLiteral("Microphone"), QStringLiteral("Camera")} << 128.5 << 577.0 << false
            << QStringList{QStringLiteral("missing sensor Microphone"), QStringLiteral("RAM short by 1.500 kB"),
                           QStringLiteral("Flash short by 1.000 kB")};
    }
    void fitAndReasons()
    {
        QFETCH(QStringList, needSensors);
        QFETCH(double, needRam);
        QFETCH(double, needFlash);
        QFETCH(bool, fits);
        QFETCH(QStringList, reasons);
        const Resources need{needSensors, needRam, needFlash, {}, {}};
        const Fit fit = fitOf(need, {{QStringLiteral("Camera")}, 127, 576, {}, {}});
        QCOMPARE(fit.fits(), fits);
        QCOMPARE(fit.state, fits ? FitState::Fits : FitState::DoesNotFit); // typed needs: no sensor, none needed
        QCOMPARE(fit.reasons(need), reasons);
        QCOMPARE(fit.ramHeadroomKb, 127 - needRam);
    }

    void modelsForListsEveryModelFitsFirst()
    {
        const Catalogue c = catalogue();
        const QList<ModelAnswer> answers = modelsFor(c, capabilitiesOf(c.boards[0]));
        QCOMPARE(answers.size(), 4);
        QCOMPARE(answers[0].model->name, QStringLiteral("person"));
        QVERIFY(answers[0].fit.fits());
        for (int i = 1; i < 4; ++i)
            QVERIFY(!answers[i].fit.fits());
        QCOMPARE(answers[1].model->name, QStringLiteral("kws")); // catalogue order after the fits
    }

    void aModelWithoutSensorsFitsNoBoard()
    {
        Catalogue c = catalogue();
        ModelEntry unknown = c.models[0];
        unknown.name = QStringLiteral("imported");
        unknown.sensors.clear(); // saved without sensors
        unknown.ramKb = 600;     // no board has the RAM
        ModelEntry small = unknown;
        small.name = QStringLiteral("small");
        small.ramKb = 1;
        c.models << unknown << small;
        for (const BoardEntry &board : c.boards) {
            const QList<ModelAnswer> answers = modelsFor(c, capabilitiesOf(board));
            for (const ModelAnswer &a : answers) {
                if (a.model->sensors.isEmpty())
                    QVERIFY2(!a.fit.fits(), qPrintable(a.model->name + QStringLiteral(" fits ") + board.name));
            }
            const auto fitting =
                std::count_if(answers.begin(), answers.end(), [](const ModelAnswer &a) { return a.fit.fits(); });
            // Those that fit, then the one of unknown sensors, then the misfits.
            QCOMPARE(answers[fitting].model->name, QStringLiteral("small"));
            QCOMPARE(answers[fitting].fit.state, FitState::SensorsUnknown);
            QCOMPARE(answers[fitting].fit.reasons(requirementsOf(small)),
                     (QStringList{QStringLiteral("fits memory"), QStringLiteral("sensors unknown")}));
            const auto big = std::find_if(answers.begin(), answers.end(), [](const ModelAnswer &a) {
                return a.model->name == QLatin1String("imported");
            });
            QCOMPARE(big->fit.state, FitState::DoesNotFit);
            QVERIFY(big->fit.reasons(requirementsOf(unknown)).first().startsWith(QStringLiteral("RAM short by")));
            QCOMPARE(big->fit.reasons(requirementsOf(unknown)).last(), QStringLiteral("sensors unknown"));
        }
        const QList<BoardAnswer> boards = boardsFor(c, small);
        QCOMPARE(boards.size(), 2);
        for (const BoardAnswer &a : boards) {
            QCOMPARE(a.fit.state, FitState::SensorsUnknown);
            QCOMPARE(a.fit.reasons(a.need).join(QStringLiteral("; ")), QStringLiteral("fits memory; sensors unknown"));
        }
        // Typed requirements without a sensor need none: they fit.
        const Resources typed{{}, 1, 1, {}, {}};
        const QList<BoardAnswer> typedAnswers = boardsFor(c, typed);
        QVERIFY(
            std::all_of(typedAnswers.begin(), typedAnswers.end(), [](const BoardAnswer &a) { return a.fit.fits(); }));
    }

    void boardsForAModel()
    {
        const Catalogue c = catalogue();
        const QList<BoardAnswer> answers = boardsFor(c, requirementsOf(c.models[3]));
        QCOMPARE(answers[0].board->name, QStringLiteral("nano"));
        QVERIFY(answers[0].fit.fits());
        QVERIFY(!answers[1].fit.fits());
        QCOMPARE(
            answers[1].fit.reasons(requirementsOf(c.models[3])),
            (QStringList{QStringLiteral("missing sensor Accelerometer"), QStringLiteral("missing sensor Gyroscope")}));
    }

    void modelsForATask_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sensor");
        QTest::addColumn<int>("order");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("all by accuracy") << QString() << QString() << int(TaskOrder::Accuracy) << false
                                         << QStringList{QStringLiteral("wand"), QStringLiteral("person"),
                                                        QStringLiteral("vww"), QStringLiteral("kws")};
        QTest::newRow("camera by RAM, largest first")
            << QString() << QStringLiteral("Camera") << int(TaskOrder::Ram) << true
            << QStringList{QStringLiteral("vww"), QStringLiteral("person")};
        QTest::newRow("text, any case") << QStringLiteral("YES/no") << QString() << int(TaskOrder::Name) << false
                                        << QStringList{QStringLiteral("kws")};
        QTest::newRow("all words must match")
            << QStringLiteral("person wake") << QString() << int(TaskOrder::Name) << false << QStringList();
        QTest::newRow("by flash") << QString() << QString() << int(TaskOrder::Flash) << false
                                  << QStringList{QStringLiteral("wand"), QStringLiteral("kws"),
                                                 QStringLiteral("person"), QStringLiteral("vww")};
    }
    void modelsForATask()
    {
        QFETCH(QString, text);
        QFETCH(QString, sensor);
        QFETCH(int, order);
        QFETCH(bool, descending);
        QFETCH(QStringList, names);
        const Catalogue c = catalogue();
        QStringList got;
        for (const ModelEntry *m : modelsForTask(c, {text, sensor, {}, {}, {}}, TaskOrder(order), descending))
            got << m->name;
        QCOMPARE(got, names);
    }

    void anUnknownAccuracyComesLastBothWays()
    {
        Catalogue c = catalogue();
        c.models[1].metricValue.reset(); // person
        c.models[3].metric.clear();      // wand: no metric at all
        c.models[3].metricValue.reset();
        for (bool descending : {false, true}) {
            QStringList got;
            for (const ModelEntry *m : modelsForTask(c, {}, TaskOrder::Accuracy, descending))
                got << m->name;
            QCOMPARE(got.mid(0, 2),
                     descending ? (QStringList{QStringLiteral("kws"), QStringLiteral("vww")})
                                : (QStringList{QStringLiteral("vww"), QStringLiteral("kws")}));
            QStringList last = got.mid(2);
            last.sort();
            QCOMPARE(last, (QStringList{QStringLiteral("person"), QStringLiteral("wand")}));
        }
    }

    // A board is judged by the figures of the runtime it runs. Here the Cortex-M4 figures say the
    // opposite of the paper's on both memories, so only the runtime's can give the answer.
    void eachBoardByItsRuntime()
    {
        Catalogue c = catalogue();
        const QString m4 = QStringLiteral("tflm24-cortex-m4-cmsis");
        ModelEntry &person = c.models[1]; // the paper's figures: 94.1 kB RAM, 236.1 kB Flash
        person.runtimes = {{m4, true, {}, 81.696, 295.644}};
        BoardEntry tiny;
        tiny.name = QStringLiteral("tiny");
        tiny.sensors = {QStringLiteral("Camera")};
        tiny.ramKb = 90;
        tiny.flashKb = 250;
        tiny.runtime = m4;
        c.boards << tiny;

        const QList<BoardAnswer> answers = boardsFor(c, person);
        const auto onTiny = std::find_if(answers.begin(), answers.end(),
                                         [](const BoardAnswer &a) { return a.board->name == QLatin1String("tiny"); });
        QVERIFY(onTiny != answers.end());
        QVERIFY(!onTiny->fit.fits());
        QCOMPARE(onTiny->need.runtime, m4);
        QCOMPARE(onTiny->need.ramKb, 81.696);
        QCOMPARE(onTiny->fit.reasons(onTiny->need), QStringList{QStringLiteral("Flash short by 45.6 kB")});
        // A board that names no runtime is judged by the paper's figures.
        const auto onCam = std::find_if(answers.begin(), answers.end(),
                                        [](const BoardAnswer &a) { return a.board->name == QLatin1String("cam"); });
        QVERIFY(onCam->fit.fits());
        QVERIFY(onCam->need.runtime.isEmpty());
        QCOMPARE(onCam->need.ramKb, 94.1);
    }

    void aModelTheRuntimeCannotRunNeverFits()
    {
        Catalogue c = catalogue();
        const QString m4 = QStringLiteral("tflm24-cortex-m4-cmsis");
        c.models[0].runtimes = {{m4, false, {QStringLiteral("UNIDIRECTIONAL_SEQUENCE_LSTM")}, {}, {}}}; // kws
        BoardEntry nano = c.boards[1];
        nano.runtime = m4;
        const QList<ModelAnswer> onM4 = modelsFor(c, capabilitiesOf(nano));
        const auto kws = std::find_if(onM4.begin(), onM4.end(),
                                      [](const ModelAnswer &a) { return a.model->name == QLatin1String("kws"); });
        QVERIFY(!kws->fit.fits());
        QCOMPARE(kws->fit.reasons(requirementsOf(*kws->model, m4)),
                 QStringList{QStringLiteral("tflm24-cortex-m4-cmsis cannot run UNIDIRECTIONAL_SEQUENCE_LSTM")});
        const QList<ModelAnswer> byPaper = modelsFor(c, capabilitiesOf(c.boards[1]));
        QVERIFY(std::find_if(byPaper.begin(), byPaper.end(), [](const ModelAnswer &a) {
                    return a.model->name == QLatin1String("kws");
                })->fit.fits());
    }
};

QTEST_APPLESS_MAIN(TestQuestions)
#include "tst_questions.moc"
