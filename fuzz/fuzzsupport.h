#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// What every fuzz harness in fuzz/ needs around its one call into the program: a
// QCoreApplication (Qt's SQL driver plugins and translations look for one), made once per
// process, with Qt's warnings silenced so that the fuzzer's output stays readable; and a private
// folder for harnesses that need files. The harnesses define LLVMFuzzerTestOneInput; libFuzzer
// (kd-fuzz-<target>, KD_FUZZ=ON) or replaymain.cpp (tst_fuzz_<target>) calls it.
namespace kd::fuzz {

void ensureApplication();

// A temporary folder of this process, removed when it exits normally.
QString workDir();

inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace kd::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
