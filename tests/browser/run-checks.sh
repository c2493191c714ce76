#!/usr/bin/env bash
# CTest's tst_site_browser: the static site in Debian's Chromium (tests/browser/README.md).
#
#   tests/browser/run-checks.sh BIN_DIR SAMPLE.kdproj
#
# Exports the sample's site with kdtool and checks it (every page loads without a console
# error, links resolve, the wheel is there and reachable by keyboard, options reveal their
# feedback, axe-core finds no WCAG 2.1 A or AA violation, the Nu Html Checker finds no error);
# checks the same way the site of the tests' full project (kd-site-fixture --full), which has the
# pictures the sample lacks (a cover, an icon: each must have its alt text and load); writes the
# hostile fixture's site with kd-site-fixture and checks that none of it runs; and
# first proves, on planted defects, that the checker still finds what it should.
# scripts/test.sh installs what this needs (kd_install_browser_tests).
set -euo pipefail
bin=$1
sample=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ ! -d "$here/node_modules/playwright-core" ]; then
    echo "run-checks.sh: tests/browser/node_modules is missing; scripts/test.sh installs it" \
        "(or: source scripts/setup.sh && kd_install_browser_tests)" >&2
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

node "$here/self-test.mjs"
"$bin/kdtool" export "$sample" --out "$work/sample" --format html
node "$here/check-site.mjs" "$work/sample/site"
"$bin/kd-site-fixture" --full "$work/full"
node "$here/check-site.mjs" "$work/full/site"
"$bin/kd-site-fixture" "$work/hostile"
node "$here/check-site.mjs" --hostile "$work/hostile/site"
