#!/bin/sh
# Generates a project of N dilemmas (default 10000) and times its validation.
# Usage: bench/run.sh [N] [BUILD_DIR]   (run from the repository root after building)
set -eu
count=${1:-10000}
build=${2:-build}
project=${TMPDIR:-/tmp}/kd-bench-$count.kdproj
"$build/bin/kd-bench-generate" "$count" "$project" --overwrite
"$build/bin/kd-bench-validate" "$project" --runs 10
/usr/bin/time -f "kdtool validate: %e s wall, %M KB max resident" \
    "$build/bin/kdtool" validate "$project" > /dev/null
"$build/bin/kd-bench-search" "$project"
