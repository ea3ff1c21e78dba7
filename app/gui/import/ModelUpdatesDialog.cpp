#include "ModelUpdatesDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tinyml::gui {

ModelUpdatesDialog::ModelUpdatesDialog(const QString &source, const QList<kg::ModelUpdate> &updates, int newModels,
                                       QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Update models"));
    auto *intro = new QLabel(
        tr("%1 describes %n model(s) of the knowledge graph again.", nullptr, int(updates.size())).arg(source)
        + QLatin1Char(' ')
        + (newModels > 0 ? tr("It also adds %n new model(s).", nullptr, newModels) + QLatin1Char(' ') : QString())
        + tr("These fields change; Edit ▸ Undo takes the whole import back."));
    intro->setWordWrap(true);
    auto *changes = new QTreeWidget;
    changes->setObjectName(QStringLiteral("modelUpdates"));
    changes->setAccessibleName(tr("Changes"));
    changes->setHeaderLabels({tr("Model and field"), tr("Now"), tr("After the import")});
    changes->setUniformRowHeights(true);
    changes->setWordWrap(false);
    for (const kg::ModelUpdate &update : updates) {
        auto *model = new QTreeWidgetItem(changes, {update.name});
        model->setToolTip(0, update.iri);
        model->setFirstColumnSpanned(true);
        for (const kg::FieldChange &change : update.changes) {
            auto *field = new QTreeWidgetItem(model,
                                              {change.field,
                                               change.before.isEmpty() ? kg::ModelFields::tr("(none)") : change.before,
                                               change.after.isEmpty() ? kg::ModelFields::tr("(none)") : change.after});
            field->setToolTip(1, change.before);
            field->setToolTip(2, change.after);
        }
    }
    changes->expandAll();
    changes->header()->resizeSection(0, 240);
    changes->header()->resizeSection(1, 320);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply changes"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(changes, 1);
    layout->addWidget(buttons);
    resize(960, 560);
}

} // namespace tinyml::gui
