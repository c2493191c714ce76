// kd-site-fixture OUT: writes OUT/site, the static site of a project whose every plain-text
// and Markdown field is hostile (tests/common/hostileproject.h), for check-site.mjs --hostile.
// The site is written directly (no validation would let such a project be exported).
// kd-site-fixture --full OUT: the site of the tests' full project instead, which has what the
// sample lacks (a case's cover and a professional's icon, with alt text), for the normal checks.
#include "hostileproject.h"

#include "site/sitewriter.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool full = argc == 3 && qstrcmp(argv[1], "--full") == 0;
    if (argc != 2 && !full) {
        std::fputs("usage: kd-site-fixture [--full] OUT\n", stderr);
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[argc - 1]);
    const kd::Project project = full ? kd::testing::fullProject() : kd::testing::hostileProject();
    kd::SiteWriter site(project, out);
    kd::PackageError error;
    QList<kd::PackageManifest::Entry> entries;
    bool written = QDir().mkpath(out) && site.begin(&error);
    for (const kd::Scenario &scenario : project.scenarios)
        written = written && site.scenario(scenario, &error);
    written = written && site.finish(&entries, &error);
    if (!written) {
        std::fprintf(stderr, "kd-site-fixture: %s\n", qPrintable(error.message));
        return 1;
    }
    return 0;
}
