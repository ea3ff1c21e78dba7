// The main window's file operations: stores, imports and exports. Each runs on the graph's
// worker with a progress dialog that can cancel it; the GUI stays responsive.
#include "ImportController.h"

#include "analysis/ModelAnalysis.h"
#include "boardcatalogue/BoardCataloguePanel.h"
#include "import/ModelImportDialog.h"
#include "kg/ModelInfoSheet.h"
#include "kg/SensorSuggestions.h"
#include "modelsforboard/ModelsForBoardView.h"
#include "session/GraphSession.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "widgets/WorkProgress.h"

#include <QDir>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QSettings>
#include <QUndoStack>

#include <memory>
#include <utility>

namespace tinyml::gui {
namespace {

QString snapshotFilter()
{
    return QObject::tr("Turtle (*.ttl);;N-Triples (*.nt)");
}

} // namespace

ImportController::ImportController(MainWindow *window)
    : QObject(window), m_window(window), m_session(window->session()), m_undo(window->undoStack()),
      m_storeLabel(window->storeLabel()), m_modelsForBoard(window->modelsForBoard())
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

bool ImportController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || (event->type() != QEvent::DragEnter && event->type() != QEvent::Drop))
        return QObject::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event); // QDragEnterEvent is a QDropEvent
    QStringList paths;
    for (const QUrl &url : drop->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    const bool files = !paths.isEmpty() && paths.size() == drop->mimeData()->urls().size();
    if (event->type() == QEvent::DragEnter) {
        if (files && m_session->isOpen())
            drop->acceptProposedAction();
    } else if (!paths.isEmpty()) {
        drop->acceptProposedAction();
        importFiles(paths);
    }
    return true;
}

void ImportController::openStore(const kg::GraphLocation &location)
{
    if (location.isServer()) {
        openServer(location.endpoint());
        return;
    }
    const QString directory = location.folderPath();
    if (m_session->isOpen() && !m_session->openLocation().isServer() && QDir(directory) == QDir(m_session->location()))
        return; // already open (opening it again would meet its own lock)
    m_storeLabel->setText(tr("Opening %1…").arg(directory));
    m_undo->clear(); // its steps belong to the store being closed
    m_session->open(location);
}

void ImportController::openStore(const QString &directory, kg::SeedPolicy seed)
{
    openStore(kg::GraphLocation::folder(directory, seed));
}

void ImportController::chooseNewStore()
{
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Folder for the new store"));
    if (dir.isEmpty())
        return;
    if (!QDir(dir).isEmpty()) {
        QMessageBox::warning(m_window, tr("New store"),
                             tr("%1 is not empty. Choose an empty folder for a new store, or use File ▸ Open store… "
                                "for an existing one.")
                                 .arg(dir));
        return;
    }
    const auto answer = QMessageBox::question(
        m_window, tr("New store"), tr("Start the new store with the board catalogue and the demonstration models?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    openStore(dir, answer == QMessageBox::Yes ? kg::SeedPolicy::SeedWhenCreated : kg::SeedPolicy::Empty);
}

void ImportController::chooseStore()
{
    const QString dir =
        QFileDialog::getExistingDirectory(m_window, tr("Open a store folder"), settings::storeDirectory.value());
    if (!dir.isEmpty())
        openStore(dir, kg::SeedPolicy::Empty);
}

void ImportController::chooseModels()
{
    const QStringList files = QFileDialog::getOpenFileNames(m_window, tr("Import models"), QString(),
                                                            tr("TensorFlow Lite models (*.tflite);;All files (*)"));
    if (!files.isEmpty())
        importFiles(files);
}

void ImportController::importFiles(const QStringList &paths)
{
    const WorkProgress progress(m_window, tr("Reading %n file(s)…", nullptr, int(paths.size())),
                                tr("Stop reading files"), int(paths.size()));
    m_reading << progress;
    using Candidates = std::optional<QList<ImportCandidate>>;
    m_session->run<Candidates>(
        this,
        [this, paths, progress](kg::KnowledgeGraph &) -> Candidates {
            QList<ImportCandidate> candidates;
            for (const QString &path : paths) {
                if (progress.cancelled())
                    return std::nullopt;
                ImportCandidate c;
                c.path = path;
                QString error;
                if (auto analysis = analyseModelFile(path, &error)) {
                    c.analysis = std::make_shared<const ModelAnalysis>(std::move(*analysis));
                    c.info = prefilledInfo(*c.analysis);
                    c.suggestions = kg::SensorSuggestions::forModel(*c.analysis, c.info.name);
                } else {
                    c.problem = error;
                }
                candidates << c;
                progress.advance(this, int(candidates.size()));
            }
            return candidates;
        },
        [this, progress](Candidates candidates) {
            progress.finish(); // before the import form or a message box shows
            m_reading.removeAll(progress);
            if (!candidates) {
                report(true, tr("Import cancelled: nothing was added."));
                return;
            }
            QStringList refused;
            for (const ImportCandidate &c : *candidates) {
                if (!c.problem.isEmpty())
                    refused << c.problem;
            }
            if (refused.size() == candidates->size()) {
                report(false, tr("Nothing was imported:\n%1").arg(refused.join(QLatin1Char('\n'))));
                return;
            }
            ModelImportDialog dialog(*candidates, m_window);
            // The form stays open while its models are committed and keeps them when that fails.
            dialog.setSaver([this, form = QPointer<QWidget>(&dialog), refused, generation = m_session->generation()](
                                const QList<kg::ModelImport> &imports, std::function<void(const QString &)> done) {
                commitImports(imports, refused, generation, form, std::move(done));
            });
            QString refusal;
            if (!prompts()->reviewImport(dialog, &refusal))
                report(refusal.isEmpty(), refusal.isEmpty() ? tr("Import cancelled.") : refusal);
        });
}

void ImportController::commitImports(const QList<kg::ModelImport> &imports, const QStringList &refused, int generation,
                                     QWidget *form, std::function<void(const QString &)> done)
{
    if (generation != m_session->generation()) {
        done(tr("another store was opened meanwhile"));
        return;
    }
    const WorkProgress saving(form, tr("Importing %n model(s)…", nullptr, int(imports.size())), tr("Stop importing"),
                              int(imports.size()) * 2);
    m_importing << saving;
    using Outcome = std::pair<std::optional<kg::ImportReport>, QString>;
    m_session->change<Outcome>(
        this,
        [this, imports, saving](kg::KnowledgeGraph &graph) {
            kg::ImportControl control;
            control.cancel = saving.cancelFlag();
            control.analysed = [this, saving](int n, int) { saving.advance(this, n); };
            control.committed = [this, saving, total = int(imports.size())](int n, int) {
                saving.advance(this, total + n);
            };
            QString error;
            auto result = graph.importModels(imports, &error, control);
            return Outcome{result, error};
        },
        [this, saving, refused, generation, done](Outcome outcome) {
            saving.finish();
            m_importing.removeAll(saving);
            const auto &result = outcome.first;
            if (!result || (result->cancelled && result->added.isEmpty())) {
                done(saving.cancelled()             ? tr("the import was stopped before any model was added")
                         : outcome.second.isEmpty() ? tr("no store is open")
                                                    : outcome.second);
                return;
            }
            done(QString()); // the form closes before the outcome is reported
            QStringList lines;
            lines << tr("%n model(s) added", nullptr, int(result->added.size()));
            if (result->cancelled)
                lines << tr("the import was cancelled after them");
            lines << result->alreadyPresent << result->sharedFiles;
            if (!refused.isEmpty())
                lines << tr("not models: %1").arg(refused.join(QStringLiteral("; ")));
            if (!result->addedTriples.isEmpty())
                pushChange({{}, result->addedTriples}, generation,
                           tr("Import %n model(s)", nullptr, int(result->added.size())), true);
            report(refused.isEmpty(), lines.join(QStringLiteral("; ")));
        });
}

bool ImportController::isImporting() const
{
    return !m_importing.isEmpty();
}

void ImportController::stopWork()
{
    for (const WorkProgress &work : std::as_const(m_reading))
        work.stop();
    for (const WorkProgress &work : std::as_const(m_importing))
        work.stop();
}

void ImportController::chooseSheet()
{
    const QString sheet = QFileDialog::getOpenFileName(m_window, tr("Metadata sheet"), QString(),
                                                       tr("Metadata sheets (*.tsv *.csv *.txt);;All files (*)"));
    if (!sheet.isEmpty())
        importWithSheet(sheet);
}

void ImportController::importWithSheet(const QString &sheet)
{
    // First the sheet and its files are read and compared with the graph; what it would change
    // of models the graph has is shown before anything is committed.
    const WorkProgress reading(m_window, tr("Reading the models of %1…").arg(QFileInfo(sheet).fileName()),
                               tr("Stop reading files"), 0);
    m_reading << reading;
    struct Plan {
        std::optional<QList<kg::ModelImport>> imports;
        QList<kg::ModelUpdate> updates;
        int newModels = 0;
        QString error;
    };
    m_session->run<Plan>(
        this,
        [sheet](kg::KnowledgeGraph &graph) {
            Plan p;
            p.imports = kg::importsFromSheet(sheet, &p.error);
            if (!p.imports)
                return p;
            const auto updates = graph.plannedUpdates(*p.imports, &p.error);
            if (!updates) {
                p.imports.reset();
                return p;
            }
            p.updates = *updates;
            return p;
        },
        [this, sheet, reading, generation = m_session->generation()](Plan p) {
            reading.finish();
            m_reading.removeAll(reading);
            if (!p.imports) {
                // The sheet and the files it names are left as they were: the message names the
                // file at fault (the sheet, or a model file it names) and the problem.
                report(false, tr("Nothing was imported: %1").arg(p.error.isEmpty() ? tr("no store is open") : p.error));
                return;
            }
            if (!p.updates.isEmpty()
                && !prompts()->reviewUpdates(m_window, QFileInfo(sheet).fileName(), p.updates,
                                             int(p.imports->size() - p.updates.size()))) {
                report(true, tr("Import cancelled: nothing was changed."));
                return;
            }
            commitSheet(sheet, *p.imports, generation);
        });
}

void ImportController::commitSheet(const QString &sheet, const QList<kg::ModelImport> &imports, int generation)
{
    if (generation != m_session->generation()) {
        report(false, tr("Another store was opened meanwhile: %1 was not imported.").arg(sheet));
        return;
    }
    const int total = int(imports.size());
    const WorkProgress progress(m_window, tr("Importing the models of %1…").arg(QFileInfo(sheet).fileName()),
                                tr("Stop importing"), total);
    m_importing << progress;
    using Outcome = std::pair<std::optional<kg::ImportReport>, QString>;
    m_session->change<Outcome>(
        this,
        [this, imports, progress](kg::KnowledgeGraph &graph) {
            QString error;
            kg::ImportControl control;
            control.cancel = progress.cancelFlag();
            control.updateExisting = true;
            control.committed = [this, progress](int n, int) { progress.advance(this, n); };
            auto result = graph.importModels(imports, &error, control);
            return Outcome{result, error};
        },
        [this, progress, generation](Outcome outcome) {
            progress.finish();
            m_importing.removeAll(progress);
            if (!outcome.first) {
                report(progress.cancelled(),
                       progress.cancelled()
                           ? tr("Import cancelled: nothing was added.")
                           : tr("Nothing was imported: %1")
                                 .arg(outcome.second.isEmpty() ? tr("no store is open") : outcome.second));
                return;
            }
            const kg::ImportReport &r = *outcome.first;
            const QString step = r.updated.isEmpty() ? tr("Import %n model(s)", nullptr, int(r.added.size()))
                                                     : tr("Import %n model(s)", nullptr, int(r.added.size()))
                    + tr(", update %n", nullptr, int(r.updated.size()));
            if (!r.addedTriples.isEmpty() || !r.removedTriples.isEmpty())
                pushChange({r.removedTriples, r.addedTriples}, generation, step, true);
            report(true,
                   tr("%n model(s) added", nullptr, int(r.added.size()))
                       + tr(", %n updated", nullptr, int(r.updated.size()))
                       + tr(", %n already present", nullptr, int(r.alreadyPresent.size()))
                       + (r.cancelled ? tr("; cancelled after them") : QString()));
        });
}

void ImportController::chooseSnapshots()
{
    const QStringList files = QFileDialog::getOpenFileNames(m_window, tr("Import snapshot"), QString(),
                                                            tr("RDF (*.ttl *.nt *.json *.jsonld);;All files (*)"));
    if (!files.isEmpty())
        importSnapshots(files);
}

void ImportController::importSnapshots(const QStringList &paths)
{
    struct Outcome {
        std::optional<kg::RdfImportPlan> plan;
        QString error;
    };
    const WorkProgress progress(m_window, tr("Reading %n file(s)…", nullptr, int(paths.size())), QString(), 0);
    m_session->run<Outcome>(
        this,
        [paths](kg::KnowledgeGraph &graph) {
            Outcome o;
            o.plan = graph.planRdfImport(paths, &o.error);
            return o;
        },
        [this, progress, paths, generation = m_session->generation()](Outcome o) {
            progress.finish();
            if (!o.plan) {
                report(false, tr("Nothing was imported: %1").arg(o.error.isEmpty() ? tr("no store is open") : o.error));
                return;
            }
            const QString source =
                paths.size() == 1 ? QFileInfo(paths.front()).fileName() : tr("%n file(s)", nullptr, int(paths.size()));
            if (!o.plan->updated.isEmpty()
                && !prompts()->reviewUpdates(m_window, source, o.plan->updated, o.plan->newModels)) {
                report(true, tr("Import cancelled: nothing was changed."));
                return;
            }
            QString message = tr("Imported %n file(s).", nullptr, int(paths.size()));
            if (!o.plan->updated.isEmpty())
                message += QLatin1Char(' ') + tr("%n model(s) updated.", nullptr, int(o.plan->updated.size()));
            if (!o.plan->warnings.isEmpty())
                message += QLatin1Char(' ') + tr("Warnings: %1").arg(o.plan->warnings.join(QStringLiteral("; ")));
            // One undoable step, as every other change of the graph.
            m_window->pushChange(o.plan->changes, generation, tr("Import %1").arg(source), false,
                                 [this, message]() { report(true, message); });
        });
}

void ImportController::chooseExport(bool selectionOnly)
{
    QStringList selection;
    if (selectionOnly) {
        selection = m_modelsForBoard->selectedModels();
        if (const auto board = m_modelsForBoard->boards()->currentBoard())
            selection << board->iri;
        if (selection.isEmpty()) {
            report(false, tr("Select models in the table, or a board, to export them."));
            return;
        }
    }
    QString path =
        QFileDialog::getSaveFileName(m_window, selectionOnly ? tr("Export selection") : tr("Export snapshot"),
                                     QStringLiteral("tinyml-kg.ttl"), snapshotFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ttl");
    exportSnapshot(path, selection);
}

void ImportController::exportSnapshot(const QString &path, const QStringList &selection)
{
    const WorkProgress progress(m_window, tr("Writing %1…").arg(QFileInfo(path).fileName()), QString(), 0);
    using Outcome = std::pair<bool, QString>;
    m_session->run<Outcome>(
        this,
        [path, selection](kg::KnowledgeGraph &graph) {
            QString error;
            bool ok = false;
            if (!selection.isEmpty()) {
                ok = graph.exportSelection(selection, path, &error);
            } else if (const auto format = rdf::rdfFormatForFile(path)) {
                ok = graph.store().exportFile(path, *format, &error);
            } else {
                error = QObject::tr("%1: unknown RDF format (use .ttl or .nt)").arg(path);
            }
            return Outcome{ok, error};
        },
        [this, progress, path](Outcome o) {
            progress.finish();
            report(o.first, o.first ? tr("Exported to %1").arg(path) : tr("Nothing was exported: %1").arg(o.second));
        });
}

} // namespace tinyml::gui
