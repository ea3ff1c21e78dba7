// Writes the fixture models into a folder, as the fuzzer's seed corpus.
#include "TfliteFixture.h"

#include <cstdio>
#include <fstream>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: write_seed_corpus DIR\n");
        return 2;
    }
    for (const auto &[name, bytes] : tinyml::test::seedModels()) {
        std::ofstream out(std::string(argv[1]) + "/" + name, std::ios::binary);
        out.write(bytes.data(), std::streamsize(bytes.size()));
        if (!out) {
            std::fprintf(stderr, "cannot write %s\n", name.c_str());
            return 1;
        }
    }
    return 0;
}
