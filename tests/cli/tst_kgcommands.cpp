// The knowledge-graph commands of tinyml-kg as a user runs them: the paper's reference models
// and boards into an empty store, its three query files run unchanged, selections exported,
// and bad input refused with exit codes and one-line messages.
#include "TestData.h"
#include "TfliteFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tinyml;

class TestKgCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    struct Run {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments, const QString &store = QString())
    {
        QProcess p;
        p.start(qEnvironmentVariable("TINYML_KG"),
                QStringList{QStringLiteral("--store"), store.isEmpty() ? m_store : store} + arguments);
        if (!p.waitForFinished(120000))
            qFatal("tinyml-kg did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    QStringList paperBoards() const
    {
        const QDir boards(QStringLiteral(TINYML_SOURCE_DIR "/ontology/boards"));
        QStringList files;
        for (const QString &f : boards.entryList({QStringLiteral("paper_*.ttl")}))
            files << boards.filePath(f);
        return files;
    }

    // uuid -> model name, from the JSON of find (which lists every model when asked nothing).
    QHash<QString, QString> modelNames(const QString &store = QString())
    {
        const Run r = run({QStringLiteral("find"), QStringLiteral("--format"), QStringLiteral("json")}, store);
        QHash<QString, QString> names;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            names.insert(v.toObject().value(QLatin1String("uuid")).toString(),
                         v.toObject().value(QLatin1String("model")).toString());
        return names;
    }

    QStringList queryColumn(const char *file, const QString &column)
    {
        const Run r =
            run({QStringLiteral("query"), test::referenceDir() + QStringLiteral("/queries/") + QLatin1String(file),
                 QStringLiteral("--format"), QStringLiteral("json")});
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        QStringList values;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            values << v.toObject().value(column).toString();
        return values;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("TINYML_KG")), "TINYML_KG must name the tinyml-kg executable");
        m_store = m_dir.filePath(QStringLiteral("store"));
    }

    void answersThePapersQueriesUnchanged()
    {
        if (test::referenceDir().isEmpty())
            QSKIP(test::kNoReferenceData);
        Run r = run({QStringLiteral("import"), QStringLiteral("--metadata"),
                     test::referenceDir() + QStringLiteral("/models_information.tsv")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("23 models added"));
        r = run(QStringList{QStringLiteral("import-rdf")} + paperBoards());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = run({QStringLiteral("stats")});
        QVERIFY(r.out.contains("models:  23") && r.out.contains("boards:  6"));

        QStringList boards = queryColumn("case1_boards_for_model.rq", QStringLiteral("Board"));
        boards.sort();
        QCOMPARE(boards.size(), 2);
        QVERIFY(boards[0].endsWith(QLatin1String("-002>")) && boards[1].endsWith(QLatin1String("-003>")));
        const QHash<QString, QString> names = modelNames();
        QStringList case2;
        for (const QString &uuid : queryColumn("case2_models_for_board.rq", QStringLiteral("uuid")))
            case2 << names.value(uuid);
        case2.sort();
        QCOMPARE(case2, (QStringList{QStringLiteral("Person_Detection"), QStringLiteral("Visual_Alarm_Clock")}));
        QStringList case3;
        for (const QString &uuid : queryColumn("case3_benchmark_task.rq", QStringLiteral("uuid")))
            case3 << names.value(uuid);
        QCOMPARE(case3,
                 (QStringList{QStringLiteral("Micro_Speech_Yes_No_2"), QStringLiteral("Micro_Speech_Yes_No_4"),
                              QStringLiteral("Micro_Speech_Yes_No_1"), QStringLiteral("Micro_Speech_Yes_No_3")}));

        // The same questions without SPARQL.
        r = run({QStringLiteral("models-for"), QStringLiteral("--sensors"), QStringLiteral("Camera"),
                 QStringLiteral("--ram"), QStringLiteral("127"), QStringLiteral("--flash"), QStringLiteral("576"),
                 QStringLiteral("--fitting"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.out.count('\n'), 3);
        QVERIFY(r.out.contains("Person_Detection") && r.out.contains("Visual_Alarm_Clock"));
        r = run({QStringLiteral("boards-for"), QStringLiteral("--sensors"), QStringLiteral("Accelerometer,Gyroscope"),
                 QStringLiteral("--ram"), QStringLiteral("116"), QStringLiteral("--flash"), QStringLiteral("531"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QStringList fitting;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            fitting << v.toObject().value(QLatin1String("iri")).toString().section(QLatin1Char('-'), -1);
        fitting.sort();
        QCOMPARE(fitting, (QStringList{QStringLiteral("002"), QStringLiteral("003")}));
        r = run({QStringLiteral("find"), QStringLiteral("--text"), QStringLiteral("yes/no"),
                 QStringLiteral("--dataset"), QStringLiteral("speech_commands"), QStringLiteral("--metric"),
                 QStringLiteral("Top_1_accuracy"), QStringLiteral("--sort"), QStringLiteral("accuracy"),
                 QStringLiteral("--format"), QStringLiteral("csv")});
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[1].startsWith("Micro_Speech_Yes_No_2,") && lines[4].startsWith("Micro_Speech_Yes_No_3,"));

        // The task by the field's names, the best match first: the name with the phrase before
        // the names with a synonym, and those found by their microphone only last.
        QList<QByteArray> kws;
        for (const QString &task :
             {QStringLiteral("keyword spotting"), QStringLiteral("KWS"), QStringLiteral("wake word")}) {
            r = run({QStringLiteral("find"), task, QStringLiteral("--format"), QStringLiteral("csv")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QList<QByteArray> names;
            for (const QByteArray &line : r.out.trimmed().split('\n').mid(1))
                names << line.left(line.indexOf(','));
            for (const char *name :
                 {"ARM_CNN_Small_keyword_spotting", "ARM_DS_CNN_Small_", "Micro_Speech_Forward_Backward",
                  "Micro_Speech_Up_Down_Go", "Micro_Speech_Yes_No_1", "Micro_Speech_Yes_No_2", "Micro_Speech_Yes_No_3",
                  "Micro_Speech_Yes_No_4"})
                QVERIFY2(names.indexOf(name) >= 0 && names.indexOf(name) < names.indexOf("Snoring_Guardian"),
                         r.out.constData());
            if (kws.isEmpty()) {
                QCOMPARE(names.first(), QByteArray("ARM_CNN_Small_keyword_spotting"));
                kws = names;
            }
            std::sort(names.begin(), names.end());
            QList<QByteArray> sortedKws = kws;
            std::sort(sortedKws.begin(), sortedKws.end());
            QCOMPARE(names, sortedKws);
        }
        // Another column still sorts them.
        r = run({QStringLiteral("find"), QStringLiteral("--text"), QStringLiteral("kws"), QStringLiteral("--sort"),
                 QStringLiteral("name"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(r.out.trimmed().split('\n').value(1).startsWith("ARM_CNN_Small_keyword_spotting,"));
        QVERIFY(r.out.trimmed().split('\n').last().startsWith("Voice_Turn,"));
        r = run({QStringLiteral("find"), QStringLiteral("kws"), QStringLiteral("--sort"), QStringLiteral("size")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--sort takes relevance, name"));

        // Sizes in any unit: case 2 again, as 127000 B and 0.576 MB.
        r = run({QStringLiteral("models-for"), QStringLiteral("--sensors"), QStringLiteral("Camera"),
                 QStringLiteral("--ram"), QStringLiteral("127000 B"), QStringLiteral("--flash"),
                 QStringLiteral("0.576MB"), QStringLiteral("--fitting"), QStringLiteral("--format"),
                 QStringLiteral("csv")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.count('\n'), 3);
        QVERIFY(r.out.contains("Person_Detection") && r.out.contains("Visual_Alarm_Clock"));
        // The sheet's accuracy of 0 is unknown: printed so, and last whichever way accuracy sorts.
        for (const QString &order : {QStringLiteral("--descending"), QString()}) {
            QStringList arguments{QStringLiteral("find"), QStringLiteral("--format"), QStringLiteral("csv")};
            if (!order.isEmpty())
                arguments << order;
            r = run(arguments);
            const QList<QByteArray> rows = r.out.trimmed().split('\n').mid(1);
            QCOMPARE(rows.size(), 23);
            QVERIFY2(rows.front().contains(order.isEmpty() ? ",82.3," : ",99.2,"), rows.front().constData());
            QVERIFY2(rows.back().contains(",unknown,"), rows.back().constData());
            QVERIFY2(!r.out.contains(",0,"), r.out.constData());
            QCOMPARE(r.out.count(",unknown,"), 12);
        }
    }

    void exportsASelection()
    {
        if (test::referenceDir().isEmpty())
            QSKIP(test::kNoReferenceData);
        const QString snapshot = m_dir.filePath(QStringLiteral("selection.ttl"));
        const Run boards = run({QStringLiteral("boards-for"), QStringLiteral("--all"), QStringLiteral("--format"),
                                QStringLiteral("json")});
        const QString board =
            QJsonDocument::fromJson(boards.out).array().at(0).toObject().value(QLatin1String("iri")).toString();
        QVERIFY(!board.isEmpty());
        Run r = run({QStringLiteral("export"), snapshot, QStringLiteral("--model"), QStringLiteral("Person_Detection"),
                     QStringLiteral("--board"), board});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString other = m_dir.filePath(QStringLiteral("other"));
        r = run({QStringLiteral("import-rdf"), snapshot}, other);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = run({QStringLiteral("find"), QStringLiteral("--format"), QStringLiteral("csv")}, other);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[1].startsWith("Person_Detection,Classification,"), lines[1].constData());
        QVERIFY(lines[1].contains(",94.128,236.072,Camera,"));
        r = run({QStringLiteral("stats")}, other);
        QVERIFY2(r.out.contains("models:  1\nboards:  1"), r.out.constData());
    }

    void refusesBadInput()
    {
        QCOMPARE(run({QStringLiteral("models-for"), QStringLiteral("--sensors"), QStringLiteral("Camera")},
                     m_dir.filePath(QStringLiteral("bad")))
                     .exitCode,
                 2);
        const QString sheet = m_dir.filePath(QStringLiteral("sheet.tsv"));
        QFile f(sheet);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Name\tHardware\nno_such_model\t1\n");
        f.close();
        Run r =
            run({QStringLiteral("import"), QStringLiteral("--metadata"), sheet}, m_dir.filePath(QStringLiteral("bad")));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("line 2: no model file for 'no_such_model'"), r.err.constData());

        // A size it cannot read is refused, saying why, before any store is opened.
        r = run({QStringLiteral("boards-for"), QStringLiteral("--ram"), QStringLiteral("0.5 parsecs"),
                 QStringLiteral("--flash"), QStringLiteral("1 MB")},
                m_dir.filePath(QStringLiteral("bad")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--ram: '0.5 parsecs': parsecs is not a unit of memory"), r.err.constData());
        r = run({QStringLiteral("boards-for"), QStringLiteral("--ram"), QStringLiteral("1"), QStringLiteral("--flash"),
                 QStringLiteral("-1")},
                m_dir.filePath(QStringLiteral("bad")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--flash: '-1': a size cannot be negative"), r.err.constData());

        const QString broken = m_dir.filePath(QStringLiteral("broken.rq"));
        QFile q(broken);
        QVERIFY(q.open(QIODevice::WriteOnly));
        q.write("SELECT ?x WHERE { ?x ?p }");
        q.close();
        r = run({QStringLiteral("query"), broken}, m_dir.filePath(QStringLiteral("bad")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(broken.toUtf8() + ": "), r.err.constData());
    }

    // A model imported without sensors fits no board: `models-for --fitting` leaves it out, and
    // `boards-for --model` lists the boards it fits in memory with "sensors unknown".
    void aModelWithoutSensorsFitsNoBoard()
    {
        const QString store = m_dir.filePath(QStringLiteral("unknown-sensors"));
        const QString file = m_dir.filePath(QStringLiteral("tiny.tflite"));
        {
            const std::string bytes = test::tinyDenseNetwork().bytes();
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes.data(), qint64(bytes.size()));
        }
        Run r = run(QStringList{QStringLiteral("import-rdf")} + paperBoards(), store);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = run({QStringLiteral("import"), file}, store);
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = run({QStringLiteral("models-for"), QStringLiteral("--sensors"), QStringLiteral("Camera"),
                 QStringLiteral("--ram"), QStringLiteral("127"), QStringLiteral("--flash"), QStringLiteral("576"),
                 QStringLiteral("--format"), QStringLiteral("csv")},
                store);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("tiny,") && r.out.contains(",unknown: fits memory; sensors unknown,"),
                 r.out.constData());
        r = run({QStringLiteral("models-for"), QStringLiteral("--sensors"), QStringLiteral("Camera"),
                 QStringLiteral("--ram"), QStringLiteral("127"), QStringLiteral("--flash"), QStringLiteral("576"),
                 QStringLiteral("--fitting"), QStringLiteral("--format"), QStringLiteral("csv")},
                store);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(!r.out.contains("tiny,"), r.out.constData());

        r = run({QStringLiteral("boards-for"), QStringLiteral("--model"), QStringLiteral("tiny"),
                 QStringLiteral("--format"), QStringLiteral("json")},
                store);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray boards = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(boards.size(), 6); // the paper's boards, each with the memory for it
        for (const QJsonValue &v : boards)
            QCOMPARE(v.toObject().value(QLatin1String("fits")).toString(),
                     QStringLiteral("unknown: fits memory; sensors unknown"));
    }

    void seedsTheDefaultStoreOnFirstUse()
    {
        const QString home = m_dir.filePath(QStringLiteral("home"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home);
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        auto stats = [&] {
            QProcess p;
            p.setProcessEnvironment(environment);
            p.start(qEnvironmentVariable("TINYML_KG"), {QStringLiteral("stats")});
            if (!p.waitForFinished(120000))
                qFatal("tinyml-kg did not finish");
            return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                       p.readAllStandardError()};
        };
        Run r = stats();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("23 boards") && r.err.contains("demonstration models"), r.err.constData());
        QVERIFY2(r.out.contains(QStringLiteral("store:   %1/data/tinyml-manager/store\n").arg(home).toUtf8()),
                 r.out.constData());
        QVERIFY2(r.out.contains("boards:  23") && !r.out.contains("models:  0"), r.out.constData());
        const QByteArray seeded = r.out;
        r = stats(); // opened again, not seeded again
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.err.constData());
        QCOMPARE(r.out, seeded);
    }

    void stopsAQueryAtItsTimeLimit()
    {
        const QString store = m_dir.filePath(QStringLiteral("slow"));
        Run r = run(QStringList{QStringLiteral("import-rdf")}
                        + QDir(QStringLiteral(TINYML_SOURCE_DIR "/ontology/boards"))
                              .entryList({QStringLiteral("*.ttl")})
                              .replaceInStrings(QRegularExpression(QStringLiteral("^")),
                                                QStringLiteral(TINYML_SOURCE_DIR "/ontology/boards/")),
                    store);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString slow = m_dir.filePath(QStringLiteral("slow.rq"));
        QFile q(slow);
        QVERIFY(q.open(QIODevice::WriteOnly));
        q.write("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
        q.close();
        QElapsedTimer clock;
        clock.start();
        r = run({QStringLiteral("query"), slow, QStringLiteral("--timeout"), QStringLiteral("1")}, store);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("the query ran longer than the time limit of 1 s"), r.err.constData());
        // The query's own process (a fork: the same command line) ended with it.
        for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (cmdline.open(QIODevice::ReadOnly))
                QVERIFY2(!cmdline.readAll().contains(slow.toUtf8()), qPrintable(pid));
        }
        // The store is fine afterwards.
        QCOMPARE(run({QStringLiteral("stats")}, store).exitCode, 0);
    }

    // Models imported plainly take the sheet afterwards; then they are edited and deleted as a
    // person does from the command line.
    void updatesEditsAndDeletesModels()
    {
        if (test::referenceDir().isEmpty())
            QSKIP(test::kNoReferenceData);
        const QString store = m_dir.filePath(QStringLiteral("editing"));
        QStringList files{QStringLiteral("import")};
        for (const test::ReferenceModel &m : test::referenceModels())
            files << m.path;
        Run r = run(files, store);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = run({QStringLiteral("import"), QStringLiteral("--metadata"),
                 test::referenceDir() + QStringLiteral("/models_information.tsv")},
                store);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("0 models added, 23 updated"), r.out.constData());
        QVERIFY2(r.out.contains("updated Person_Detection:\n"), r.out.constData());
        QVERIFY2(r.out.contains("  Sensors: (none) → Camera\n"), r.out.constData());
        r = run({QStringLiteral("find"), QStringLiteral("keyword spotting"), QStringLiteral("--format"),
                 QStringLiteral("json")},
                store);
        QStringList found;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            found << v.toObject().value(QLatin1String("model")).toString();
        for (const char *name : {"Micro_Speech_Yes_No_1", "Micro_Speech_Up_Down_Go", "Micro_Speech_Forward_Backward",
                                 "ARM_DS_CNN_Small_", "ARM_CNN_Small_keyword_spotting"})
            QVERIFY2(found.contains(QLatin1String(name)), qPrintable(found.join(QLatin1Char(' '))));

        r = run({QStringLiteral("edit-model"), QStringLiteral("Hello_World"), QStringLiteral("--sensors"),
                 QStringLiteral("accelerometer"), QStringLiteral("--description"), QStringLiteral("sine on line 2"),
                 QStringLiteral("--metric"), QStringLiteral("other=0.02")},
                store);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Sensors: OtherSensor → Accelerometer"), r.out.constData());
        QVERIFY2(r.out.contains("Description: a NN for calculating a sine wave. → sine on line 2"), r.out.constData());
        QVERIFY2(r.out.contains("Metric: Top_1_accuracy → Other_metric"), r.out.constData());
        r = run({QStringLiteral("find"), QStringLiteral("sine on line 2")}, store);
        QVERIFY2(r.out.contains("Hello_World") && r.out.contains("Accelerometer"), r.out.constData());
        r = run({QStringLiteral("edit-model"), QStringLiteral("Hello_World"), QStringLiteral("--sensors"),
                 QStringLiteral("sonar")},
                store);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("unknown sensor 'sonar'"), r.err.constData());
        r = run({QStringLiteral("edit-model"), QStringLiteral("No_Such_Model"), QStringLiteral("--name"),
                 QStringLiteral("x")},
                store);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no model named 'No_Such_Model'"), r.err.constData());

        r = run({QStringLiteral("delete-model"), QStringLiteral("Hello_World")}, store);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("left the model repository"), r.out.constData());
        r = run({QStringLiteral("stats")}, store);
        QVERIFY2(r.out.contains("models:  22"), r.out.constData());
        r = run({QStringLiteral("delete-model"), QStringLiteral("Hello_World")}, store);
        QCOMPARE(r.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestKgCommands)
#include "tst_kgcommands.moc"
