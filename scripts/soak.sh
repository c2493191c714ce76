#!/usr/bin/env bash
# The kill tests at length (opt-in; CI runs a few rounds of each in tst_killsafety): an editing
# session, an export and an import, each killed with SIGKILL at a random moment ITERATIONS times
# (default 200). After every kill the target must be whole or as it was, every committed edit
# present, integrity_check ok, and the next run must leave no temporary behind.
#
#   scripts/soak.sh [ITERATIONS]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

iterations=${1:-200}
case $iterations in
'' | *[!0-9]*)
    echo "soak.sh: ITERATIONS is a number, not '$iterations'" >&2
    exit 2
    ;;
esac

kd_install_packages
kd_build tst_killsafety
start=$(date +%s)
KD_SOAK_ITERATIONS=$iterations QT_QPA_PLATFORM=offscreen "$KD_BUILD/bin/tst_killsafety" \
    -maxwarnings 0
echo "soak.sh: $iterations kills each of a session, an export and an import passed in" \
    "$(($(date +%s) - start)) s"
