#include "hugepageheap.h"

#include <climits>
#include <cstdlib>
#include <cstring>

#include <unistd.h>

namespace kd::HugePageHeap {

void restartOnce(char *argv[], const char *program)
{
    if (std::getenv("GLIBC_TUNABLES"))
        return;
    char exe[PATH_MAX];
    const ssize_t length = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (length <= 0)
        return;
    exe[length] = '\0';
    const char *slash = std::strrchr(exe, '/');
    if (std::strcmp(slash ? slash + 1 : exe, program) != 0)
        return;
    setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1", 0);
    execv(exe, argv);
    unsetenv("GLIBC_TUNABLES"); // the restart failed: run on as before
}

} // namespace kd::HugePageHeap
