#!/usr/bin/env bash
# Measures a server project under a team's load: generates a synthetic project of DILEMMAS
# dilemmas (once) and runs kd-bench-server on it, which starts a throwaway PostgreSQL cluster of
# its own, uploads the project and prints a table with a PASS or FAIL line per target.
#
# Usage: bench/server.sh [BUILD_DIR] [DILEMMAS]    (from the repository root, after building)
#   BUILD_DIR  defaults to build; DILEMMAS to 10000.
# Environment:
#   BENCH_DIR   where the project goes (default ${TMPDIR:-/tmp}/kd-bench)
#   EDITORS, SECONDS_UNDER_LOAD, RATE, SAMPLES   passed on as --editors, --seconds, --rate and
#               --samples (defaults 20, 60, 20 and 200)
# Needs PostgreSQL 15 (scripts/setup.sh installs it); as root the cluster runs as postgres.
# Exit status: 0 when every target holds, 1 when one is missed, 2 when something is missing.
set -euo pipefail

build=${1:-build}
size=${2:-10000}
work=${BENCH_DIR:-${TMPDIR:-/tmp}/kd-bench}

for program in kd-bench-generate kd-bench-server kd-bench-editor-open; do
    if [ ! -x "$build/bin/$program" ]; then
        echo "bench/server.sh: missing $build/bin/$program; build with cmake --build $build" >&2
        exit 2
    fi
done

mkdir -p "$work"
project=$work/project-$size.kdproj
if [ ! -f "$project" ]; then
    "$build/bin/kd-bench-generate" "$size" "$project" >&2
fi
# The same project as bench/run.sh makes: the same count gives the same project.
exec "$build/bin/kd-bench-server" "$project" --editors "${EDITORS:-20}" \
    --seconds "${SECONDS_UNDER_LOAD:-60}" --rate "${RATE:-20}" --samples "${SAMPLES:-200}"
