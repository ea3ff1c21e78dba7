// What became of a run, in words for the command line and the logs (untranslated; the GUI words
// its own): one line per board, and the counts a summary is made of.
#pragma once

#include "deploy/DeployQueue.h"

namespace tinyml::deploy {

struct OutcomeCounts {
    int running = 0;
    int loadFailed = 0;
    int unconfirmed = 0;
    int transferFailed = 0;
    int cancelled = 0;
    int total = 0;

    // The boards that run the model as far as anyone knows: running or delivered, not confirmed.
    int runs() const { return running + unconfirmed; }
};

OutcomeCounts countOutcomes(const QList<BoardDeployment> &deployments);

// "running (arena 81,984 B, inference 52.1 ms)", "load failed: <the board's reason>",
// "delivered, not confirmed (the board reports no model status)", "failed: <reason>", "cancelled".
QString outcomeText(const BoardDeployment &deployment);

// "3 of 5 board(s) run the model (1 delivered without confirmation)".
QString outcomeSummary(const OutcomeCounts &counts);

} // namespace tinyml::deploy
