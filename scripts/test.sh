#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test.
#
#   scripts/test.sh [--sanitize] [--label NAME]... [CTEST ARGUMENTS]
#
# --sanitize builds into build-sanitize/ with AddressSanitizer, LeakSanitizer and
# UndefinedBehaviorSanitizer (cmake -DKD_SANITIZE=ON) and runs the tests under them.
# --label NAME builds and runs only the tests of tests/NAME/ (a CTest label; repeatable).
# Other arguments go to ctest. docs/testing.md says more.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

sanitize=no
labels=()
ctest_arguments=()
while [ $# -gt 0 ]; do
    case "$1" in
    --sanitize) sanitize=yes ;;
    --label)
        if [ $# -lt 2 ]; then
            echo "test.sh: --label needs a name (core, exporter, cli, editor, ...)" >&2
            exit 2
        fi
        labels+=("$2")
        shift
        ;;
    *) ctest_arguments+=("$1") ;;
    esac
    shift
done

if [ "$sanitize" = yes ]; then
    kd_install_packages sanitize
    KD_BUILD="$KD_ROOT/build-sanitize"
    KD_CMAKE_OPTIONS=(-DKD_SANITIZE=ON)
else
    kd_install_packages
    # Chromium, Node.js, Java and tests/browser's npm packages, for tst_site_browser.
    kd_install_browser_tests
fi

if [ ${#labels[@]} -eq 0 ]; then
    kd_build
else
    targets=()
    for label in "${labels[@]}"; do
        targets+=("tests-$label")
    done
    kd_build "${targets[@]}"
    regex="$(IFS='|'; echo "^(${labels[*]})\$")"
    ctest_arguments+=(--label-regex "$regex")
fi

cd "$KD_BUILD"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --no-tests=error --parallel "$(nproc)" \
    ${ctest_arguments[@]+"${ctest_arguments[@]}"}
