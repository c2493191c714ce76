// Replays fuzz inputs with the regular compiler: runs a harness's LLVMFuzzerTestOneInput over
// every file of the folders and files given, so that each CI run tests what a fuzzer once found
// (tests/fuzz/regressions/<target>/). An input that crashes ends the process, and so fails the
// test; one slower than the limit, or a peak in memory over it, fails it as well.
//
//   tst_fuzz_<target> [--max-seconds N] [--max-rss-mb N] [--min-inputs N] FOLDER_OR_FILE...
#include "fuzzsupport.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

std::vector<std::filesystem::path> inputsIn(const std::filesystem::path &path)
{
    std::vector<std::filesystem::path> inputs;
    if (std::filesystem::is_directory(path)) {
        for (const auto &entry : std::filesystem::directory_iterator(path)) {
            const std::string name = entry.path().filename().string();
            // .gitkeep and notes beside the inputs are not inputs.
            if (entry.is_regular_file() && name[0] != '.' && entry.path().extension() != ".md")
                inputs.push_back(entry.path());
        }
        std::sort(inputs.begin(), inputs.end());
    } else {
        inputs.push_back(path);
    }
    return inputs;
}

} // namespace

int main(int argc, char **argv)
{
    double maxSeconds = 10;
    long maxRssMb = 2048;
    std::size_t minInputs = 0;
    std::vector<std::filesystem::path> inputs;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--max-seconds") == 0 && i + 1 < argc) {
            maxSeconds = std::stod(argv[++i]);
        } else if (std::strcmp(argv[i], "--max-rss-mb") == 0 && i + 1 < argc) {
            maxRssMb = std::stol(argv[++i]);
        } else if (std::strcmp(argv[i], "--min-inputs") == 0 && i + 1 < argc) {
            minInputs = std::stoul(argv[++i]);
        } else if (!std::filesystem::exists(argv[i])) {
            std::fprintf(stderr, "%s: no such file or folder\n", argv[i]);
            return 2;
        } else {
            const auto found = inputsIn(argv[i]);
            inputs.insert(inputs.end(), found.begin(), found.end());
        }
    }

    int failures = 0;
    if (inputs.size() < minInputs) {
        std::fprintf(stderr, "FAIL: %zu inputs, expected at least %zu\n", inputs.size(), minInputs);
        ++failures;
    }
    for (const auto &input : inputs) {
        std::ifstream stream(input, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(stream)),
                                std::istreambuf_iterator<char>());
        std::printf("%s (%zu bytes)\n", input.c_str(), bytes.size());
        std::fflush(stdout);
        const auto start = std::chrono::steady_clock::now();
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
        const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
        if (seconds.count() > maxSeconds) {
            std::fprintf(stderr, "FAIL: %s took %.1f s (limit %.1f s)\n", input.c_str(),
                         seconds.count(), maxSeconds);
            ++failures;
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const long peakMb = usage.ru_maxrss / 1024;
    if (peakMb > maxRssMb) {
        std::fprintf(stderr, "FAIL: peak memory %ld MiB (limit %ld MiB)\n", peakMb, maxRssMb);
        ++failures;
    }
    std::printf("%zu inputs replayed, %d failed, peak memory %ld MiB\n", inputs.size(), failures,
                peakMb);
    return failures == 0 ? 0 : 1;
}
