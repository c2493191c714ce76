#!/usr/bin/env bash
# Builds a libFuzzer target with clang into build-fuzz/ and runs it for SECONDS seconds.
#
#   scripts/fuzz.sh TARGET SECONDS      TARGET: xml, json, markdown or projectfile
#
# The work corpus lives outside the repository, in $KD_FUZZ_WORK/<target>/ (default
# ~/.cache/kiezen-en-delen-fuzz/); seeds are made afresh from tests/ and samples/ on every run.
# Inputs that crash, leak, time out (over $KD_FUZZ_TIMEOUT seconds, default 5) or blow up in
# memory (over $KD_FUZZ_RSS_MB MiB, default 2048) are findings: they are copied to
# tests/fuzz/regressions/<target>/, where the tst_fuzz_<target> tests replay them in every run.
# Commit them. docs/testing.md says more.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

usage() {
    echo "usage: scripts/fuzz.sh TARGET SECONDS (TARGET: xml, json, markdown, projectfile)" >&2
    exit 2
}
[ $# -eq 2 ] || usage
target="${1#kd-fuzz-}"
seconds="$2"
case "$target" in
xml | json | markdown | projectfile) ;;
*) usage ;;
esac
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || usage

kd_install_packages fuzz
KD_BUILD="$KD_ROOT/build-fuzz"
KD_CMAKE_OPTIONS=(-DKD_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++-14)
helpers=()
case "$target" in
xml | json) helpers=(kd-fuzz-seeds) ;;
projectfile) helpers=(kdtool kd-sample-manifest) ;;
esac
kd_build "kd-fuzz-$target" ${helpers[@]+"${helpers[@]}"}

work="${KD_FUZZ_WORK:-${XDG_CACHE_HOME:-$HOME/.cache}/kiezen-en-delen-fuzz}/$target"
corpus="$work/corpus"
seeds="$work/seeds"
findings="$work/findings"
regressions="$KD_ROOT/tests/fuzz/regressions/$target"
rm -rf "$seeds"
mkdir -p "$corpus" "$seeds" "$findings" "$regressions"

# --- seeds, from what the repository already has ---
# Markdown: every text of the golden packages and the samples, and the Markdown documents.
markdown_seeds() {
    python3 - "$KD_ROOT" "$seeds" <<'PY'
import hashlib, json, pathlib, sys
import xml.etree.ElementTree as ET
root, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
texts = set()
def walk(value):
    if isinstance(value, dict):
        for v in value.values(): walk(v)
    elif isinstance(value, list):
        for v in value: walk(v)
    elif isinstance(value, str) and len(value) > 1:
        texts.add(value)
walk(json.loads((root / "tests/exporter/golden/package.json").read_text()))
packages = [root / "tests/exporter/golden/package.xml", *sorted(root.glob("samples/*/package.xml"))]
for xml in packages:
    for element in ET.parse(xml).iter():
        if element.text and element.text.strip():
            texts.add(element.text)
for doc in [root / "README.md", *sorted(root.glob("docs/*.md"))]:
    texts.add(doc.read_text())
for text in texts:
    data = text.encode()
    (out / hashlib.sha1(data).hexdigest()).write_bytes(data)
PY
}

# Project files: the SQL fixtures made into files, a new project and the golden package
# imported, each also with 512-byte pages (smaller inputs, the same structure).
projectfile_seeds() {
    local fixture name
    for fixture in "$KD_ROOT"/tests/core/fixtures/*.sql; do
        name="$(basename "$fixture" .sql)"
        sqlite3 "$seeds/$name.kdproj" <"$fixture"
    done
    "$KD_BUILD/bin/kdtool" new "$seeds/new.kdproj" --title "Fuzz" >/dev/null
    # The golden package and the samples are kept without a manifest; kd-sample-manifest makes
    # each into a package that kdtool import accepts.
    local source packages="$work/packages"
    rm -rf "$packages"
    for source in "$KD_ROOT/tests/exporter/golden" "$KD_ROOT"/samples/*/; do
        [ -f "$source/package.xml" ] || continue
        name="$(basename "$source")"
        "$KD_BUILD/bin/kd-sample-manifest" "$source" "$packages/$name"
        "$KD_BUILD/bin/kdtool" import "$packages/$name" --out "$seeds/$name.kdproj" >/dev/null
    done
    for file in "$seeds"/*.kdproj; do
        cp "$file" "${file%.kdproj}-512.kdproj"
        sqlite3 "${file%.kdproj}-512.kdproj" \
            "PRAGMA journal_mode=DELETE; PRAGMA page_size=512; VACUUM;" >/dev/null
    done
    rm -f "$seeds"/*.lock
}

# A libFuzzer dictionary of the package format's names: the XSD's element and attribute names
# for XML, the JSON schema's member names for JSON.
package_dictionary() {
    local kind="$1"
    local dictionary="$work/$kind.dict"
    if [ "$kind" = xml ]; then
        grep -oE '<xs:(element|attribute) name="[A-Za-z]*"' "$KD_ROOT/schema/package.xsd" \
            | sed 's/.*name="\(.*\)"/\1/' | sort -u | while read -r name; do
                printf '"<%s"\n"</%s>"\n"%s=\\"\\""\n' "$name" "$name" "$name"
            done >"$dictionary"
    else
        python3 - "$KD_ROOT/schema/package.schema.json" >"$dictionary" <<'PY'
import json, sys
names = set()
def walk(value):
    if isinstance(value, dict):
        names.update(value.get("properties", {}).keys())
        for v in value.values(): walk(v)
    elif isinstance(value, list):
        for v in value: walk(v)
walk(json.load(open(sys.argv[1])))
for name in sorted(names):
    print('"\\"%s\\":"' % name)
PY
    fi
    echo "-dict=$dictionary"
}

options=()
case "$target" in
xml)
    cp "$KD_ROOT/tests/exporter/golden/package.xml" "$seeds/golden.xml"
    for sample in "$KD_ROOT"/samples/*/package.xml; do
        cp "$sample" "$seeds/sample-$(basename "$(dirname "$sample")").xml"
    done
    rm -rf "$work/hostile"
    KD_SEED_DIR="$work/hostile" "$KD_BUILD/bin/kd-fuzz-seeds" -silent >/dev/null
    cp "$work"/hostile/xml/* "$seeds/"
    options+=("$(package_dictionary xml)")
    ;;
json)
    cp "$KD_ROOT/tests/exporter/golden/package.json" "$seeds/golden.json"
    rm -rf "$work/hostile"
    KD_SEED_DIR="$work/hostile" "$KD_BUILD/bin/kd-fuzz-seeds" -silent >/dev/null
    cp "$work"/hostile/json/* "$seeds/"
    options+=("$(package_dictionary json)")
    ;;
markdown)
    markdown_seeds
    options+=("-dict=$KD_ROOT/fuzz/markdown.dict")
    ;;
projectfile)
    projectfile_seeds
    ;;
esac
# libFuzzer mutates inputs up to the size of the largest seed: keep that small (the 50 MB
# text node of the hostile inputs is for the reader's tests, not for mutation).
find "$seeds" -type f -size +1M -delete
echo "fuzz.sh: $(find "$seeds" -type f | wc -l) seeds;" \
    "corpus $corpus ($(find "$corpus" -type f | wc -l) inputs)"

# --- the run ---
# Fork mode with one job: a finding is saved and the run goes on until the time is up.
timeout="${KD_FUZZ_TIMEOUT:-5}"
rss="${KD_FUZZ_RSS_MB:-2048}"
asan="detect_leaks=1:symbolize=1"
if [ "$target" = xml ]; then
    # libxml2's push-parser validator leaks whenever a document ends early, and the suppression
    # (tests/sanitizers/lsan.supp) needs the slow unwinder on every malloc to see our caller,
    # which cuts the fuzzer to a tenth of its speed. So kd-fuzz-xml looks for crashes, undefined
    # behaviour, time-outs and blow-ups only; tst_fuzz_xml replays its corpus-worthy findings
    # with leak checking in the sanitized tests. KD_FUZZ_XML_LEAKS=1 checks leaks here too.
    if [ "${KD_FUZZ_XML_LEAKS:-0}" = 1 ]; then
        asan="$asan:fast_unwind_on_malloc=0"
    else
        asan="detect_leaks=0:symbolize=1"
    fi
fi
export ASAN_OPTIONS="$asan" ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    LSAN_OPTIONS="suppressions=$KD_ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
before="$(mktemp)"
ls "$findings" >"$before"
status=0
"$KD_BUILD/bin/kd-fuzz-$target" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb="$rss" -print_funcs=0 \
    -artifact_prefix="$findings/" ${options[@]+"${options[@]}"} "$corpus" "$seeds" || status=$?

# --- what it found ---
new=()
for finding in "$findings"/*; do
    [ -e "$finding" ] || continue
    name="$(basename "$finding")"
    grep -qxF "$name" "$before" && continue
    case "$name" in
    crash-* | leak-* | timeout-* | oom-*)
        # Fork mode can blame an input for a job that failed otherwise: keep only what fails
        # again when run alone.
        if "$KD_BUILD/bin/kd-fuzz-$target" -timeout="$timeout" -rss_limit_mb="$rss" \
            "$finding" >"$work/$name.log" 2>&1; then
            echo "fuzz.sh: $finding does not fail when run alone; not a regression input"
            continue
        fi
        cp "$finding" "$regressions/$name"
        echo "fuzz.sh: $finding: $(grep -m1 -E 'ERROR|SUMMARY' "$work/$name.log" || true)"
        new+=("tests/fuzz/regressions/$target/$name")
        ;;
    *) echo "fuzz.sh: also found $finding (not a crash, leak, time-out or blow-up; judge it)" ;;
    esac
done
rm -f "$before"
if [ ${#new[@]} -gt 0 ]; then
    echo "fuzz.sh: ${#new[@]} finding(s), copied for the regression tests; commit them:" >&2
    printf '  %s\n' "${new[@]}" >&2
    exit 1
fi
if [ "$status" -ne 0 ]; then
    echo "fuzz.sh: the fuzzer exited with status $status" >&2
    exit "$status"
fi
echo "fuzz.sh: kd-fuzz-$target ran ${seconds} s and found nothing new"
