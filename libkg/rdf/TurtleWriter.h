// Writes triples as Turtle: the known prefixes, then one block per subject. Terms are written as
// N-Triples terms (valid Turtle, every special character escaped) or as prefixed names where the
// local part is plain, so what it writes always reads back.
#pragma once

#include "rdf/RdfTerm.h"

#include <QList>

#include <cstdio>

namespace tinyml::rdf {

bool writeTurtle(FILE *out, QList<RdfTriple> triples);

} // namespace tinyml::rdf
