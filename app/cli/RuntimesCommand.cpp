#include "RuntimesCommand.h"

#include "tflite/Runtime.h"

#include <algorithm>
#include <cstdio>

namespace tinyml::cli {

RuntimesCommand::RuntimesCommand()
    : Command(QStringLiteral("runtimes"), QString(), QStringLiteral("the runtimes RAM and Flash are figured for"))
{ }

void RuntimesCommand::declare(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(QStringLiteral("List the runtimes that RAM and Flash needs are figured for."));
}

int RuntimesCommand::run(const QCommandLineParser &)
{
    size_t width = 0;
    for (const tflite::Runtime &r : tflite::runtimes())
        width = std::max(width, r.name.size());
    for (const tflite::Runtime &r : tflite::runtimes())
        std::printf("%-*s  %s\n", int(width), r.name.c_str(), r.summary.c_str());
    return 0;
}

} // namespace tinyml::cli
