// Writes the coverage models (tests/support/CoverageModels.h) into a folder: NAME.tflite for
// each, and index.tsv with one line per model (name, allocatable, covers, whyNot, then
// x86OracleDiffers) under a header line, for the emulator runs and the arena calibration.
//
//   write_coverage_models DIR
#include "CoverageModels.h"

#include <filesystem>
#include <fstream>
#include <iostream>

namespace {

// index.tsv is split on tabs and lines: keep both out of the free text.
std::string field(std::string text)
{
    for (char &c : text) {
        if (c == '\t' || c == '\n' || c == '\r')
            c = ' ';
    }
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::cerr << "usage: write_coverage_models DIR\n";
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error) {
        std::cerr << "cannot create " << dir << ": " << error.message() << "\n";
        return 1;
    }
    std::ofstream index(dir / "index.tsv", std::ios::binary);
    index << "name\tallocatable\tcovers\twhyNot\tx86OracleDiffers\n";
    int count = 0;
    for (const tinyml::test::CoverageModel &model : tinyml::test::coverageModels()) {
        std::ofstream file(dir / (model.name + ".tflite"), std::ios::binary);
        file.write(model.bytes.data(), std::streamsize(model.bytes.size()));
        if (!file) {
            std::cerr << "cannot write " << (dir / (model.name + ".tflite")) << "\n";
            return 1;
        }
        index << model.name << '\t' << (model.allocatable ? "true" : "false") << '\t' << field(model.covers) << '\t'
              << field(model.whyNot) << '\t' << field(model.x86OracleDiffers) << '\n';
        ++count;
    }
    if (!index) {
        std::cerr << "cannot write " << (dir / "index.tsv") << "\n";
        return 1;
    }
    std::cout << count << " models written to " << dir.string() << "\n";
    return 0;
}
