#!/usr/bin/env bash
# Once everything is installed, kd_install_packages (scripts/setup.sh) installs nothing and needs
# no network: apt-get and sudo are replaced by stubs that record the call and fail, and every
# package list must pass without calling them. Then a missing package must reach the stubs, so
# the check above cannot pass by never looking.
# Usage: check_setup.sh SOURCE_DIR WORK_DIR
set -euo pipefail

source_dir="$1"
work="$2"
rm -rf "$work"
mkdir -p "$work/bin"
calls="$work/calls.log"
: >"$calls"
for tool in apt-get sudo; do
    cat >"$work/bin/$tool" <<STUB
#!/bin/sh
echo "$tool \$*" >>"$calls"
echo "check_setup.sh: $tool was called (\$*), but everything is installed" >&2
exit 97
STUB
    chmod +x "$work/bin/$tool"
done

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# Runs kd_install_packages with the stubs first on PATH; extra arguments are its steps.
install_with_stubs() {
    PATH="$work/bin:$PATH" bash -c 'source "$1/scripts/setup.sh"; shift; kd_install_packages "$@"' \
        kd_install_packages "$source_dir" "$@"
}

# Every name of every list is a real package: installed, or known to apt with a stanza of its
# own (a purely virtual name has none). The lists of optional steps may be absent from this
# machine, so they are checked against apt's cache when they are not installed.
lists="$(bash -c 'source "$1/scripts/setup.sh"
    echo "${KD_PACKAGES[*]}"; echo "${KD_SANITIZE_PACKAGES[*]}"; echo "${KD_FUZZ_PACKAGES[*]}"' \
    lists "$source_dir")"
base_list="$(sed -n 1p <<<"$lists")"
sanitize_list="$(sed -n 2p <<<"$lists")"
fuzz_list="$(sed -n 3p <<<"$lists")"
for package in $base_list; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        fail "$package (scripts/setup.sh, KD_PACKAGES) is not installed: a virtual name?"
    fi
done
for package in $sanitize_list $fuzz_list; do
    if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        continue
    fi
    if apt-cache show "$package" 2>&1 | grep -q "purely virtual"; then
        fail "$package (scripts/setup.sh) is a virtual package name"
    fi
done

# The second run: nothing to install, no apt-get, no sudo, no network.
if ! output="$(install_with_stubs 2>&1)"; then
    fail "kd_install_packages failed although everything is installed: $output"
fi
# The sanitizer runtimes come with g++, so the sanitize list is installed wherever the build is.
if ! output="$(install_with_stubs sanitize 2>&1)"; then
    fail "kd_install_packages sanitize failed although everything is installed: $output"
fi
fuzz_installed=yes
for package in $fuzz_list; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || fuzz_installed=no
done
if [ "$fuzz_installed" = yes ] && ! output="$(install_with_stubs fuzz 2>&1)"; then
    fail "kd_install_packages fuzz failed although everything is installed: $output"
fi
if [ -s "$calls" ]; then
    fail "apt-get or sudo was called: $(cat "$calls")"
fi

# An unknown step is refused before anything is installed.
if install_with_stubs no-such-step >/dev/null 2>&1; then
    fail "kd_install_packages accepted an unknown step"
fi

# A package that is missing does reach apt-get (through sudo when not root), and its failure
# is the function's failure.
: >"$calls"
if PATH="$work/bin:$PATH" bash -c 'source "$1/scripts/setup.sh"
        KD_PACKAGES+=(kd-no-such-package); kd_install_packages' \
    kd_install_packages "$source_dir" >/dev/null 2>&1; then
    fail "kd_install_packages succeeded with a missing package and a failing apt-get"
fi
if ! grep -q "apt-get\|sudo" "$calls"; then
    fail "a missing package did not reach apt-get"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "kd_install_packages: nothing installed and no apt-get or sudo called on a second run"
