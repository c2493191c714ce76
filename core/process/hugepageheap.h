#pragma once

namespace kd {

// A large project's model is millions of small allocations (about 100 MB for 10,000 dilemmas,
// 0.8 GB for 100,000), and on the virtual machines these programs run on, faulting in that much
// fresh memory 4 KiB at a time costs a third of a whole `kdtool validate` and seconds of the
// editor's open. glibc can back its heap with transparent huge pages (the tunable
// glibc.malloc.hugetlb=1: about 50 times fewer page faults, no more memory), but reads its
// tunables only from the environment at start-up. So kdtool's whole-project commands and the
// editor restart themselves once with it set, before anything else happens.
namespace HugePageHeap {

// Replaces the running process with a fresh start of the same executable and arguments, with
// GLIBC_TUNABLES set. Does nothing when GLIBC_TUNABLES is set already (by the user, or by that
// first start), when the executable's file name is not `program` (under valgrind, say), or when
// the restart fails: the program then simply runs as it is.
void restartOnce(char *argv[], const char *program);

} // namespace HugePageHeap
} // namespace kd
