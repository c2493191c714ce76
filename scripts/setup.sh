#!/usr/bin/env bash
# Shared by run.sh and test.sh: install the Debian packages the build needs (only those that are
# missing), then configure and build into build/ incrementally. Sourced, not run.
# Every name in the lists is a real package, never a virtual one another package provides:
# dpkg-query never reports a virtual name installed, so it would be installed again on every run.
set -euo pipefail

KD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KD_BUILD="${KD_BUILD:-$KD_ROOT/build}"

KD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libsqlite3-dev sqlite3 libxml2-dev libxml2-utils libmd4c-dev libmd4c-html0-dev nettle-dev
    xvfb xauth python3 python3-jsonschema
    time  # GNU time: bench/run.sh reads peak memory and CPU time from it
    clang-format-14  # tst_format: every source as .clang-format says (scripts/format.sh)
    postgresql-15 libqt6sql6-psql  # server projects and their tests (tests/common/pgcluster.h)
    # kdtool packet: Qt's offscreen platform (no display) and a font to typeset the PDF with;
    # its tests read the PDF back with pdftotext and pdfinfo
    qt6-qpa-plugins fonts-dejavu-core poppler-utils
    hunspell-nl libhunspell-dev  # spell checking (core/text/spelling.h): Hunspell, Dutch words
    qt6-webengine-dev  # the editor's website preview (editor/widgets/sitepreviewdock.h)
)

# Installed only for the steps that need them (kd_install_packages sanitize fuzz).
# test.sh --sanitize: g++'s AddressSanitizer and UndefinedBehaviorSanitizer runtimes.
KD_SANITIZE_PACKAGES=(libasan8 libubsan1)
# fuzz.sh: clang with libFuzzer's runtime, and llvm-symbolizer for the stack traces of findings.
KD_FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev llvm-14)
# tests/browser (kd_install_browser_tests): Debian's Chromium, driven headless from Node.js, and
# Java for the Nu Html Checker (vnu.jar). npm is skipped where an npm is already there: a nodejs
# from NodeSource carries its own, and Debian's npm package conflicts with that nodejs.
KD_BROWSER_PACKAGES=(chromium nodejs npm default-jre-headless)

kd_is_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

# Installs what is missing of the build's packages and of the extra lists of the steps named as
# arguments ("sanitize", "fuzz", "browser"). Asks apt-get nothing when everything is installed.
kd_install_packages() {
    local wanted=("${KD_PACKAGES[@]}")
    local step package
    for step in "$@"; do
        case "$step" in
        sanitize) wanted+=("${KD_SANITIZE_PACKAGES[@]}") ;;
        fuzz) wanted+=("${KD_FUZZ_PACKAGES[@]}") ;;
        browser)
            for package in "${KD_BROWSER_PACKAGES[@]}"; do
                if [ "$package" = npm ] && command -v npm >/dev/null; then
                    continue
                fi
                wanted+=("$package")
            done
            ;;
        *)
            echo "setup.sh: no package list for the step '$step'" >&2
            return 2
            ;;
        esac
    done
    local missing=()
    for package in "${wanted[@]}"; do
        if ! kd_is_installed "$package"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
    # A virtual name installs its provider but stays "not installed" for dpkg-query: say so, or
    # every later run would quietly update and install again.
    for package in "${missing[@]}"; do
        if ! kd_is_installed "$package"; then
            echo "setup.sh: warning: '$package' is still not installed; is it a virtual" \
                "package? List the real package in scripts/setup.sh." >&2
        fi
    done
}

# Installs what tests/browser needs: the "browser" packages, then its npm packages exactly as
# tests/browser/package-lock.json pins them. npm ci runs, and asks the registry, only when
# node_modules is missing or older than the lockfile. --ignore-scripts: no package may download
# anything (vnu-jar's install script would fetch a Java runtime where Debian's is missing), and
# playwright-core drives /usr/bin/chromium, never a browser of its own.
kd_install_browser_tests() {
    kd_install_packages browser
    local dir="$KD_ROOT/tests/browser"
    if [ ! -f "$dir/node_modules/.package-lock.json" ] ||
        [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
        PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix "$dir" --ignore-scripts --no-audit \
            --no-fund
    fi
}

# Configures KD_BUILD once (with the options in KD_CMAKE_OPTIONS, when set), then builds the
# targets given, or everything.
kd_build() {
    if [ ! -f "$KD_BUILD/CMakeCache.txt" ]; then
        cmake -S "$KD_ROOT" -B "$KD_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            ${KD_CMAKE_OPTIONS[@]+"${KD_CMAKE_OPTIONS[@]}"}
    fi
    local targets=()
    if [ $# -gt 0 ]; then
        targets=(--target "$@")
    fi
    cmake --build "$KD_BUILD" --parallel "$(nproc)" ${targets[@]+"${targets[@]}"}
}
