#!/usr/bin/env bash
# Shared by run.sh and test.sh: install the Debian packages the build needs (only those that are
# missing), then configure and build into build/ incrementally. Sourced, not run.
set -euo pipefail

KD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KD_BUILD="${KD_BUILD:-$KD_ROOT/build}"

KD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6svg6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libsqlite3-dev sqlite3 libxml2-dev libxml2-utils libmd4c-dev libmd4c-html0-dev nettle-dev
    xvfb xauth python3 python3-jsonschema
    time  # GNU time: bench/run.sh reads peak memory and CPU time from it
)

kd_install_packages() {
    local missing=()
    for package in "${KD_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
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
}

kd_build() {
    if [ ! -f "$KD_BUILD/CMakeCache.txt" ]; then
        cmake -S "$KD_ROOT" -B "$KD_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$KD_BUILD" --parallel "$(nproc)"
}
