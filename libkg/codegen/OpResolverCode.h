// The op resolver of a generated project: a MicroMutableOpResolver with exactly the model's
// operators, so that only their kernels are linked and a missing one is found at generation
// time rather than on the device.
#pragma once

#include "tflite/TfliteModel.h"

#include <QString>
#include <QStringList>

#include <set>
#include <string>

namespace tinyml::codegen {

// The MicroMutableOpResolver method of TFLM 2.4 that registers `operatorName` (a builtin name
// such as CONV_2D, or a custom code), or an empty string when 2.4 has none.
QString resolverMethodOf(const std::string &operatorName);

// The operators the model's main subgraph uses, by name.
std::set<std::string> operatorsOf(const tflite::Model &model);

struct ResolverCode {
    QStringList methods; // AddConv2D, ... one per operator, in the order of the names
    QStringList missing; // operators without a method
    QString header;      // op_resolver.h; only when nothing is missing
};

ResolverCode resolverCodeFor(const std::set<std::string> &operators);

} // namespace tinyml::codegen
