// kd::HugePageHeap::restartOnce(): the program restarts itself once, with glibc's huge-page
// heap, and only when it is the program named.
#include "process/hugepageheap.h"

#include <QTest>

#include <cstdlib>
#include <unistd.h>

namespace {
// Set by main() before the restart; the restarted process sees the variable from its parent.
const char *const RestartedMark = "KD_TEST_HUGEPAGEHEAP_PID";
} // namespace

class tst_HugePageHeap : public QObject
{
    Q_OBJECT

private slots:
    void restartedOnceWithTheTunable()
    {
        // main() asked for the restart: this is the restarted process (the same process id,
        // a fresh image), and glibc read the tunable at its start.
        QCOMPARE(qgetenv("GLIBC_TUNABLES"), QByteArray("glibc.malloc.hugetlb=1"));
        QCOMPARE(qgetenv(RestartedMark), QByteArray::number(qint64(getpid())));
    }

    void otherProgramsAndSetTunablesAreLeftAlone()
    {
        char program[] = "tst_hugepageheap";
        char *argv[] = {program, nullptr};
        unsetenv("GLIBC_TUNABLES");
        kd::HugePageHeap::restartOnce(argv, "kd-editor"); // not this executable's name
        QVERIFY(qgetenv("GLIBC_TUNABLES").isNull());
        setenv("GLIBC_TUNABLES", "glibc.malloc.arena_max=2", 1);
        kd::HugePageHeap::restartOnce(argv, "tst_hugepageheap"); // the user's own tunables
        QCOMPARE(qgetenv("GLIBC_TUNABLES"), QByteArray("glibc.malloc.arena_max=2"));
    }
};

int main(int argc, char *argv[])
{
    if (!std::getenv(RestartedMark)) {
        unsetenv("GLIBC_TUNABLES");
        setenv(RestartedMark, QByteArray::number(qint64(getpid())).constData(), 1);
        kd::HugePageHeap::restartOnce(argv, "tst_hugepageheap");
        // Only reached when the restart did not happen: the first test fails and says so.
    }
    tst_HugePageHeap test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hugepageheap.moc"
