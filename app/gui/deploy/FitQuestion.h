// What the fit gate asks the user before a model goes to boards the knowledge graph says it does
// not fit: each such board with its reasons (in the tables' words), the boards the graph does
// not know (their fit is unknown: a warning), and how many fit.
#pragma once

#include "deploy/FitGate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tinyml::gui {

struct FitQuestion {
    Q_DECLARE_TR_FUNCTIONS(FitQuestion)

public:
    struct Misfit {
        QString board;
        QString reasons; // "RAM short by 80.0 kB; missing sensor Camera"
    };
    enum class Answer { DeployAnyway, OnlyBoardsThatFit, Cancel };

    QString model;
    QList<Misfit> misfits;
    QStringList unknown; // boards found by a scan that the graph does not know
    int fitting = 0;

    static FitQuestion of(const QString &modelName, const QList<deploy::TargetFit> &fits);
    bool mustAsk() const { return !misfits.isEmpty(); }
    // Whether "Only boards that fit" leaves any board to send to.
    bool othersRemain() const { return fitting > 0 || !unknown.isEmpty(); }
    // The question in the GUI's language, one line per board.
    QString text() const;
};

} // namespace tinyml::gui
