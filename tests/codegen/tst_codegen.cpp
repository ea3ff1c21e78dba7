// tinyml-kg codegen as a user runs it: projects for all 23 reference models on the catalogue's
// Arduino Nano 33 BLE Sense Rev2, each fitting one compiled with -Werror for the Cortex-M4 and run
// on the emulated board (--check), the misfits generated only with --force and their reasons in
// the README; the op resolver shown exact by taking one operator out; the input code of an IMU
// and a microphone model against the models' input tensors; the Arduino side compiled against the
// libraries' declared interfaces; refusals that write nothing.
#include "TestData.h"
#include "TfliteFixture.h"

#include "analysis/ModelAnalysis.h"
#include "codegen/FirmwareCheck.h"
#include "codegen/FirmwareProject.h"
#include "codegen/OpResolverCode.h"
#include "tflite/BuiltinOperator.h"
#include "tflite/Runtime.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tinyml;

namespace {

const QString kBoard = QStringLiteral("Arduino Nano 33 BLE Sense Rev2");

QString readText(const QString &path)
{
    return QString::fromUtf8(test::readWholeFile(path));
}

// The value of `constexpr TYPE NAME = VALUE;` in generated code.
QString constantIn(const QString &code, const QString &name)
{
    const QRegularExpression pattern(QStringLiteral("constexpr [^=]* %1(\\[kRank\\])? = ([^;]+);").arg(name));
    return pattern.match(code).captured(2).trimmed();
}

} // namespace

class TestCodegen : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    QString m_tflm;
    QString m_cannotCheck; // why --check cannot run here; empty when it can

    struct Run {
        int exitCode;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The compiled TFLM library is kept in the build tree between runs.
        env.insert(QStringLiteral("XDG_CACHE_HOME"), QStringLiteral(TINYML_CODEGEN_CACHE));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("TINYML_KG"), QStringList{QStringLiteral("--store"), m_store} + arguments);
        if (!p.waitForFinished(900000))
            qFatal("tinyml-kg did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    QStringList codegen(const QString &model, const QString &out)
    {
        return {QStringLiteral("codegen"),
                QStringLiteral("--board"),
                kBoard,
                QStringLiteral("--model"),
                model,
                QStringLiteral("--out"),
                out};
    }
    QString projectDir(const QString &name) const { return m_dir.filePath(QStringLiteral("projects/") + name); }
    QStringList checkArguments() const { return {QStringLiteral("--check"), QStringLiteral("--tflm"), m_tflm}; }

    QString m_compilerOutput;
    // arm-none-eabi-g++ -fsyntax-only -Werror on an Arduino-side file, against the declared
    // interfaces; false with the compiler's messages in m_compilerOutput.
    bool compilesForTheBoard(const QString &file, const QString &sketchDir)
    {
        QStringList arguments{QStringLiteral("-mcpu=cortex-m4"),
                              QStringLiteral("-mthumb"),
                              QStringLiteral("-mfloat-abi=hard"),
                              QStringLiteral("-mfpu=fpv4-sp-d16"),
                              QStringLiteral("-std=gnu++14"),
                              QStringLiteral("-fsyntax-only"),
                              QStringLiteral("-Wall"),
                              QStringLiteral("-Wextra"),
                              QStringLiteral("-Werror"),
                              QStringLiteral("-DARDUINO=10819"),
                              QStringLiteral("-DARDUINO_ARCH_MBED"),
                              QStringLiteral("-DTF_LITE_STATIC_MEMORY"),
                              QStringLiteral("-include"),
                              QStringLiteral("limits"),
                              QStringLiteral("-include"),
                              QStringLiteral("cstdint"),
                              QStringLiteral("-isystem"),
                              QStringLiteral(TINYML_SOURCE_DIR "/tests/codegen/arduino-api"),
                              QStringLiteral("-isystem"),
                              m_tflm + QStringLiteral("/Arduino_TensorFlowLite-2.4.0-ALPHA/src"),
                              QStringLiteral("-I"),
                              sketchDir};
        // The Arduino tools compile a sketch as C++ with Arduino.h first.
        if (file.endsWith(QLatin1String(".ino")))
            arguments << QStringLiteral("-x") << QStringLiteral("c++") << QStringLiteral("-include")
                      << QStringLiteral("Arduino.h");
        QProcess gxx;
        gxx.setProcessChannelMode(QProcess::MergedChannels);
        gxx.start(QStandardPaths::findExecutable(QStringLiteral("arm-none-eabi-g++")), arguments << file);
        const bool finished = gxx.waitForFinished(120000);
        m_compilerOutput = file + QLatin1Char('\n') + QString::fromLocal8Bit(gxx.readAll());
        return finished && gxx.exitStatus() == QProcess::NormalExit && gxx.exitCode() == 0;
    }

private slots:
    void initTestCase()
    {
        if (test::referenceDir().isEmpty())
            QSKIP(test::kNoReferenceData);
        m_store = m_dir.filePath(QStringLiteral("store"));
        const QDir boards(QStringLiteral(TINYML_SOURCE_DIR "/ontology/boards"));
        Run r =
            run({QStringLiteral("import-rdf"), boards.filePath(QStringLiteral("arduino_nano_33_ble_sense_rev2.ttl")),
                 boards.filePath(QStringLiteral("paper_arduino_nano_33_ble.ttl")),
                 boards.filePath(QStringLiteral("raspberry_pi_pico.ttl"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QStringList models;
        for (const test::ReferenceModel &m : test::referenceModels())
            models << m.path;
        r = run(QStringList{QStringLiteral("import"), QStringLiteral("--metadata"),
                            test::referenceDir() + QStringLiteral("/models_information.tsv")}
                + models);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        QString why;
        m_tflm = codegen::findTflmDir(QStringLiteral(TINYML_TFLM_DIR), &why);
        if (m_tflm.isEmpty())
            m_cannotCheck = why;
        for (const char *tool : {"arm-none-eabi-g++", "qemu-system-arm"}) {
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                m_cannotCheck = QStringLiteral("%1 is not installed").arg(QLatin1String(tool));
        }
    }

    void referenceModelOnNano33BleSense_data() { test::addReferenceModelRows(); }
    void referenceModelOnNano33BleSense()
    {
        QFETCH(test::ReferenceModel, model);
        const QString dir = projectDir(model.name);
        Run r = run(codegen(model.name, dir) + (m_cannotCheck.isEmpty() ? checkArguments() : QStringList()));
        if (r.exitCode == 1 && r.err.contains(QLatin1String(" does not fit "))) {
            // Refused with its reasons, nothing written; --force writes them into the README.
            QVERIFY(!QFileInfo::exists(dir));
            const QString reasons = r.err.section(QStringLiteral(": "), 1).section(QStringLiteral(" (--force"), 0, 0);
            r = run(codegen(model.name, dir) + QStringList{QStringLiteral("--force")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QString readme = readText(dir + QStringLiteral("/README.md"));
            QVERIFY(readme.contains(QLatin1String("## Generated although the model does not fit")));
            for (const QString &reason : reasons.split(QStringLiteral("; ")))
                QVERIFY2(readme.contains(QStringLiteral("- ") + reason), qPrintable(reason));
            QVERIFY(r.out.contains(QLatin1String("warning: does not fit (--force)")));
            return;
        }
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/platformio.ini")));
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/src/model/model_data.cpp")));
        if (!m_cannotCheck.isEmpty())
            QSKIP(qPrintable(QStringLiteral("--check not run: %1").arg(m_cannotCheck)));
        // The arena TFLM reports on the emulated board is the Cortex-M4 figure of expected.tsv,
        // within the generated arena; the input code round-trips; Invoke succeeds.
        const QRegularExpression measured(QStringLiteral("measured arena (\\d+) bytes of the generated (\\d+): fits"));
        const auto match = measured.match(r.out);
        QVERIFY2(match.hasMatch(), qPrintable(r.out));
        QCOMPARE(match.captured(1).toULongLong(), model.arenaBytesCortexM4);
        QCOMPARE(match.captured(2).toUInt(), codegen::arenaWithMargin(model.arenaBytesCortexM4));
        QVERIFY(r.out.contains(QLatin1String("check: input code ok")));
        QVERIFY(r.out.contains(QLatin1String("check: invoke ok")));
        QVERIFY(r.out.contains(QLatin1String("check: passed")));
    }

    // Every operator the boards' runtime runs (its AllOpsResolver) has a MicroMutableOpResolver
    // method: a model the graph says fits is never refused for want of one.
    void resolverCoversTheBoardsRuntime()
    {
        const tflite::Runtime *m4 = tflite::findRuntime("tflm24-cortex-m4-cmsis");
        QVERIFY(m4);
        QVERIFY(!m4->registered.empty());
        for (const std::string &op : m4->registered)
            QVERIFY2(!codegen::resolverMethodOf(op).isEmpty(), op.c_str());
        QVERIFY(codegen::resolverMethodOf("UNIDIRECTIONAL_SEQUENCE_LSTM").isEmpty());
    }

    void resolverListsExactlyTheModelsOperators()
    {
        if (!m_cannotCheck.isEmpty())
            QSKIP(qPrintable(m_cannotCheck));
        const QString dir = projectDir(QStringLiteral("Exact"));
        const Run r = run(codegen(QStringLiteral("Magic_Wand_1"), dir));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        codegen::CheckOptions options;
        options.tflmDir = m_tflm;
        options.cacheDir = QStringLiteral(TINYML_CODEGEN_CACHE "/tinyml-manager");
        QCOMPARE(codegen::checkFirmwareProject(dir, options).outcome, codegen::CheckResult::Outcome::Passed);

        // One operator fewer, and the model no longer allocates.
        const QString path = dir + QStringLiteral("/src/model/op_resolver.h");
        QStringList lines = readText(path).split(QLatin1Char('\n'));
        const qsizetype first = lines.indexOf(QRegularExpression(QStringLiteral("^\\s+add\\(Add\\w+\\(\\)\\);.*")));
        QVERIFY(first >= 0);
        const QString removed = lines.takeAt(first);
        test::writeWholeFile(path, lines.join(QLatin1Char('\n')).toUtf8());
        const codegen::CheckResult result = codegen::checkFirmwareProject(dir, options);
        QCOMPARE(result.outcome, codegen::CheckResult::Outcome::Failed);
        QVERIFY2(result.message.startsWith(QLatin1String("load_failed Didn't find op for builtin opcode")),
                 qPrintable(removed + QStringLiteral(": ") + result.message));
        QVERIFY(!result.invokeOk);
    }

    void inputCodeFollowsTheModelsInput_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("include");
        QTest::addColumn<int>("channels");
        QTest::newRow("IMU") << QStringLiteral("Magic_Wand_1") << QStringLiteral("Arduino_BMI270_BMM150.h") << 3;
        QTest::newRow("microphone") << QStringLiteral("Micro_Speech_Yes_No_1") << QStringLiteral("PDM.h") << 1;
    }
    void inputCodeFollowsTheModelsInput()
    {
        QFETCH(QString, model);
        QFETCH(QString, include);
        QFETCH(int, channels);
        const QString dir = projectDir(QStringLiteral("Input_") + model);
        const Run r = run(codegen(model, dir));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString error;
        const auto analysis =
            analyseModelFile(test::referenceDir() + QStringLiteral("/models/%1.tflite").arg(model), &error);
        QVERIFY2(analysis, qPrintable(error));
        const tflite::Subgraph &graph = analysis->mainSubgraph();
        const tflite::Tensor &input = graph.tensors[size_t(graph.inputs.front())];

        const QString header = readText(dir + QStringLiteral("/src/model/model_input.h"));
        QStringList shape;
        for (const int32_t d : input.shape)
            shape << QString::number(d);
        QCOMPARE(constantIn(header, QStringLiteral("kShape")),
                 QStringLiteral("{%1}").arg(shape.join(QStringLiteral(", "))));
        QCOMPARE(constantIn(header, QStringLiteral("kElements")).toLongLong(), qint64(input.elementCount()));
        const QString sensors = readText(dir + QStringLiteral("/src/sensors/sensor_input.cpp"));
        QVERIFY(sensors.contains(QStringLiteral("#include <%1>").arg(include)));
        if (input.type == tflite::TensorType::Int8) {
            QCOMPARE(constantIn(header, QStringLiteral("kType")), QStringLiteral("kTfLiteInt8"));
            // The scale reads back as the file's float, the zero point is the file's.
            QCOMPARE(constantIn(header, QStringLiteral("kScale")).chopped(1).toFloat(), input.quantization->scale[0]);
            QCOMPARE(constantIn(header, QStringLiteral("kZeroPoint")).toLongLong(), input.quantization->zeroPoint[0]);
            QCOMPARE(constantIn(header, QStringLiteral("kMinimum")), QStringLiteral("-128"));
            QCOMPARE(constantIn(header, QStringLiteral("kMaximum")), QStringLiteral("127"));
        } else {
            QCOMPARE(input.type, tflite::TensorType::Float32);
            QCOMPARE(constantIn(header, QStringLiteral("kType")), QStringLiteral("kTfLiteFloat32"));
            QVERIFY(!header.contains(QLatin1String("kScale")));
        }
        if (channels == 3) {
            // 128 readings of ax, ay, az: the accelerometer is the model's only sensor.
            QCOMPARE(constantIn(header, QStringLiteral("kChannels")).toInt(), 3);
            QCOMPARE(constantIn(header, QStringLiteral("kSamples")).toLongLong(), qint64(input.elementCount() / 3));
            QVERIFY(sensors.contains(QLatin1String("IMU.readAcceleration(v[0], v[1], v[2]);")));
            QVERIFY(!sensors.contains(QLatin1String("IMU.readGyroscope")));
            QVERIFY(!sensors.contains(QLatin1String("TO COMPLETE")));
        } else {
            // Features, not audio: the front end is marked to complete, and the sketch says so.
            QVERIFY(sensors.contains(QLatin1String("PDM.begin(1, kAudioRate)")));
            QVERIFY(sensors.contains(QLatin1String("// TO COMPLETE: the model takes audio features (1960 values)")));
            QVERIFY(r.out.contains(QLatin1String("to complete: src/sensors/sensor_input.cpp computeFeatures()")));
            QVERIFY(readText(dir + QStringLiteral("/README.md")).contains(QLatin1String("## To complete")));
        }
        if (!m_cannotCheck.isEmpty())
            QSKIP(qPrintable(m_cannotCheck));
        // On the emulated board: the constants are the interpreter's tensor's, and every element
        // written through the setter reads back.
        codegen::CheckOptions options;
        options.tflmDir = m_tflm;
        options.cacheDir = QStringLiteral(TINYML_CODEGEN_CACHE "/tinyml-manager");
        const codegen::CheckResult result = codegen::checkFirmwareProject(dir, options);
        QVERIFY2(result.inputOk, qPrintable(result.message + result.board.join(QLatin1Char('\n'))));
        QVERIFY(result.board.contains(QStringLiteral("input_ok %1").arg(input.elementCount())));
    }

    void arduinoSketchFolder()
    {
        const QString dir = projectDir(QStringLiteral("MagicWandSketch"));
        const Run r = run(codegen(QStringLiteral("Magic_Wand_1"), dir)
                          + QStringList{QStringLiteral("--format"), QStringLiteral("arduino")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString sketch = readText(dir + QStringLiteral("/MagicWandSketch.ino"));
        QVERIFY(sketch.contains(QLatin1String("#include \"src/board_core/BoardCore.h\"")));
        QVERIFY(sketch.contains(QLatin1String("core.setBuiltinModel(model::kModel, model::kModelBytes);")));
        const QString yaml = readText(dir + QStringLiteral("/sketch.yaml"));
        QVERIFY(yaml.contains(QLatin1String("default_fqbn: arduino:mbed_nano:nano33ble")));
        QVERIFY(yaml.contains(
            QLatin1String("#   ArduinoBLE\n#   Arduino_BMI270_BMM150\n#   Arduino_TensorFlowLite@2.4.0-ALPHA\n")));
        QVERIFY(readText(dir + QStringLiteral("/README.md"))
                    .contains(QLatin1String("arduino-cli lib install \"ArduinoBLE\" \"Arduino_BMI270_BMM150\"")));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/platformio.ini")));
    }

    // The Arduino side (sketch, sensor input, radio, flash slot) against the interfaces the
    // Arduino mbed core and the sensor libraries declare (tests/codegen/arduino-api), for the
    // Cortex-M4, with -Werror: every kind of input code the catalogue's Nano boards get.
    void arduinoSideCompiles_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("board");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("sensors");                         // set: the model is described with these first
        const QString rev1 = QStringLiteral("Arduino-Nano-BLE-33_1"); // the paper's Nano 33 BLE (Sense Rev1)
        QTest::newRow("accelerometer, BMI270")
            << QStringLiteral("Magic_Wand_1") << kBoard << QStringList() << QString();
        QTest::newRow("accelerometer and gyroscope, LSM9DS1, sketch folder")
            << QStringLiteral("Move") << rev1 << QStringList{QStringLiteral("--format"), QStringLiteral("arduino")}
            << QString();
        QTest::newRow("audio features, PDM")
            << QStringLiteral("Micro_Speech_Yes_No_1") << kBoard << QStringList() << QString();
        QTest::newRow("camera the board lacks")
            << QStringLiteral("Person_Detection") << kBoard << QStringList{QStringLiteral("--force")} << QString();
        QTest::newRow("thermometer, HS300x")
            << QStringLiteral("Hello_World") << kBoard << QStringList() << QStringLiteral("thermometer");
        QTest::newRow("thermometer, HTS221")
            << QStringLiteral("Hello_World") << rev1 << QStringList() << QStringLiteral("thermometer");
    }
    void arduinoSideCompiles()
    {
        QFETCH(QString, model);
        QFETCH(QString, board);
        QFETCH(QStringList, options);
        QFETCH(QString, sensors);
        if (QStandardPaths::findExecutable(QStringLiteral("arm-none-eabi-g++")).isEmpty() || m_tflm.isEmpty())
            QSKIP("arm-none-eabi-g++ or TensorFlow Lite Micro 2.4 is missing");
        const QString dir = projectDir(QStringLiteral("Arduino_%1")
                                           .arg(QTest::currentDataTag())
                                           .replace(QLatin1Char(' '), QLatin1Char('_'))
                                           .remove(QLatin1Char(',')));
        if (!sensors.isEmpty()) {
            const Run edited = run({QStringLiteral("edit-model"), model, QStringLiteral("--sensors"), sensors});
            QVERIFY2(edited.exitCode == 0, qPrintable(edited.err));
        }
        const Run r = run(QStringList{QStringLiteral("codegen"), QStringLiteral("--board"), board,
                                      QStringLiteral("--model"), model, QStringLiteral("--out"), dir}
                          + options);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        if (!sensors.isEmpty())
            QVERIFY(r.out.contains(QLatin1String("1 reading of 1 value (Thermometer")));

        QStringList files{dir + QStringLiteral("/src/sensors/sensor_input.cpp"),
                          dir + QStringLiteral("/src/radio/BoardRadio.cpp"),
                          dir + QStringLiteral("/src/board_core/FlashModelSlot.cpp")};
        const QStringList sketches = QDir(dir).entryList({QStringLiteral("*.ino")});
        files << (sketches.isEmpty() ? dir + QStringLiteral("/src/main.cpp")
                                     : dir + QLatin1Char('/') + sketches.front());
        for (const QString &file : files)
            QVERIFY2(compilesForTheBoard(file, dir), qPrintable(m_compilerOutput));
    }

    // The stock firmware's sketch and radio, the same way.
    void stockSketchCompiles()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("arm-none-eabi-g++")).isEmpty() || m_tflm.isEmpty())
            QSKIP("arm-none-eabi-g++ or TensorFlow Lite Micro 2.4 is missing");
        const QString sketch = QStringLiteral(TINYML_SOURCE_DIR "/resources/firmware/TinyMLManagerBoard");
        for (const QString &file :
             {sketch + QStringLiteral("/TinyMLManagerBoard.ino"), sketch + QStringLiteral("/src/radio/BoardRadio.cpp")})
            QVERIFY2(compilesForTheBoard(file, sketch), qPrintable(m_compilerOutput));
    }

    // An operator the board's runtime lacks is refused even with --force: the firmware could not
    // run the model at all.
    void anOperatorTheRuntimeLacksIsRefused()
    {
        test::TfliteFixture lstm = test::tinyDenseNetwork();
        const int state = lstm.activation("lstm_out", test::fb::TensorType::FLOAT32, {1, 4});
        lstm.op(tflite::op::UnidirectionalSequenceLstm, {int(lstm.subgraph().outputs.front())}, {state});
        lstm.outputs({state});
        const QString file = test::writeWholeFile(m_dir.filePath(QStringLiteral("line2_lstm.tflite")),
                                                  QByteArray::fromStdString(lstm.bytes()));
        Run r = run({QStringLiteral("import"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("edit-model"), QStringLiteral("line2_lstm"), QStringLiteral("--sensors"),
                 QStringLiteral("accelerometer")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString dir = projectDir(QStringLiteral("Lstm"));
        for (const QStringList &extra : {QStringList(), QStringList{QStringLiteral("--force")}}) {
            r = run(codegen(QStringLiteral("line2_lstm"), dir) + extra);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1String("tflm24-cortex-m4-cmsis cannot run line2_lstm: it lacks "
                                                  "UNIDIRECTIONAL_SEQUENCE_LSTM")),
                     qPrintable(r.err));
            QVERIFY(!QFileInfo::exists(dir));
        }
    }

    void refusalsWriteNothing()
    {
        const QString dir = projectDir(QStringLiteral("Refused"));
        // A board without a firmware template.
        Run r = run({QStringLiteral("codegen"), QStringLiteral("--board"), QStringLiteral("Raspberry Pi Pico"),
                     QStringLiteral("--model"), QStringLiteral("Magic_Wand_1"), QStringLiteral("--out"), dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Raspberry Pi Pico: no firmware template for this board")),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir));
        // Unknown board and model, a bad format.
        r = run({QStringLiteral("codegen"), QStringLiteral("--board"), QStringLiteral("No Such Board"),
                 QStringLiteral("--model"), QStringLiteral("Magic_Wand_1"), QStringLiteral("--out"), dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("No Such Board")));
        r = run(codegen(QStringLiteral("No_Such_Model"), dir));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("No_Such_Model")));
        r = run(codegen(QStringLiteral("Magic_Wand_1"), dir)
                + QStringList{QStringLiteral("--format"), QStringLiteral("make")});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("codegen"), QStringLiteral("--board"), kBoard});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFileInfo::exists(dir));

        // A folder with something in it stays as it was; --overwrite replaces it.
        QVERIFY(QDir().mkpath(dir));
        test::writeWholeFile(dir + QStringLiteral("/notes.txt"), "mine");
        r = run(codegen(QStringLiteral("Magic_Wand_1"), dir));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("the folder is not empty")));
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList{QStringLiteral("notes.txt")});
        r = run(codegen(QStringLiteral("Magic_Wand_1"), dir) + QStringList{QStringLiteral("--overwrite")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/notes.txt")));
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/README.md")));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral(".generating")));
    }
};

QTEST_GUILESS_MAIN(TestCodegen)
#include "tst_codegen.moc"
