// The knowledge graph our importer builds from the paper's published models and metadata sheet,
// plus the paper's six boards from our catalogue: what the case-study checks run on.
#pragma once

#include "kg/KnowledgeGraph.h"

#include <memory>

namespace tinyml::test {

// Builds it in a persistent store in `directory`; aborts the test program when it cannot (the
// reference data must be present: check referenceDir() first).
std::unique_ptr<kg::KnowledgeGraph> buildReferenceGraph(const QString &directory);

// The paper's three query files give the paper's answers on `graph` (QtTest checks: the calling
// test fails when they do not).
void checkPapersQueryFiles(kg::KnowledgeGraph &graph);
// The three case studies, answered from the catalogue, give the paper's answers.
void checkTypedAnswers(kg::KnowledgeGraph &graph);

} // namespace tinyml::test
