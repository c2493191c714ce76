#!/bin/sh
# Checks the samples in samples/ with kdtool:
#   familie-koster: imports, validates with 0 errors, 0 warnings and 0 info (review rules
#                   included), exports without --draft (every item approved and current), and
#                   its package.xml survives import -> export -> import -> export byte for byte;
#   rules-demo:     imports (export refuses it: it has errors by design); the package fires the rule ids
#                   in samples/rules-demo/expected-rules.txt, and the built demo
#                   (BUILT_DIR/rules-demo.kdproj, with the defects a package cannot carry) fires
#                   every rule docs/rules.md lists.
#
# Usage: check_samples.sh KDTOOL SAMPLES_DIR WORK_DIR BUILT_DIR RULES_MD
#   KDTOOL       kdtool (import, export, validate)
#   SAMPLES_DIR  the samples/ folder of the source tree
#   WORK_DIR     a scratch folder (created; its sample files are overwritten)
#   BUILT_DIR    the build's samples folder (build/samples: each sample as a package, with its
#                manifest, and as a project)
#   RULES_MD     docs/rules.md
# Legal sources are judged as of today (kdtool's default): the familie-koster sources carry
# review-by dates, so this check starts warning once those dates pass, which is the point.
set -u
kdtool=$1 samples=$2 work=$3 built=$4 rules=$5 validate=$1
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

mkdir -p "$work" || exit 2

# round_trip NAME EXPORT_ARGS...: the committed package.xml (made a package with its manifest by
# the build, in BUILT_DIR/NAME) imports and exports (with those arguments) to the same bytes,
# twice over.
round_trip() {
    name=$1 dir="$work/$1"
    shift
    rm -rf "$dir" && mkdir -p "$dir" || exit 2
    # The sample's approvals are signed with the sample key (samples/keys/README.md).
    "$kdtool" import "$built/$name/package.xml" --out "$dir/a.kdproj" \
        --trust "$samples/keys/sample-reviewer.pub" >/dev/null \
        || { fail "$name: import failed"; return 1; }
    "$kdtool" export "$dir/a.kdproj" --out "$dir/a" --format xml,json "$@" >/dev/null \
        || { fail "$name: export failed"; return 1; }
    cmp -s "$samples/$name/package.xml" "$dir/a/package.xml" \
        || fail "$name: package.xml changes on import -> export (re-export and commit it)"
    "$kdtool" import "$dir/a/package.xml" --out "$dir/b.kdproj" \
        --trust "$samples/keys/sample-reviewer.pub" >/dev/null \
        || { fail "$name: second import failed"; return 1; }
    "$kdtool" export "$dir/b.kdproj" --out "$dir/b" --format xml,json "$@" >/dev/null \
        || { fail "$name: second export failed"; return 1; }
    cmp -s "$dir/a/package.xml" "$dir/b/package.xml" || fail "$name: package.xml differs after a second round trip"
    cmp -s "$dir/a/package.json" "$dir/b/package.json" || fail "$name: package.json differs after a second round trip"
    return 0
}

# familie-koster is approved throughout (reviewers differ from the authors, approvals signed with
# the sample key), so it exports without --draft; its review notes stay in the sample source.
if round_trip familie-koster --include-review-notes; then
    summary=$("$validate" validate "$work/familie-koster/a.kdproj" | tail -n 1)
    [ "$summary" = "0 errors, 0 warnings, 0 info" ] \
        || fail "familie-koster: validate says '$summary'; expected 0 errors, 0 warnings, 0 info"
fi

# The rules demo has errors by design, so export refuses it: it is checked as it imports.
mkdir -p "$work/rules-demo"
if "$kdtool" import "$built/rules-demo" --out "$work/rules-demo/a.kdproj" --force >/dev/null; then
    # Imported, its approvals do not count (nobody trusts the demo's reviewers here): --draft
    # leaves the review rules out, as before they were reported by default.
    "$validate" validate "$work/rules-demo/a.kdproj" --json --draft >"$work/rules-demo/issues.json"
    [ $? -eq 1 ] || fail "rules-demo: validate should exit 1 (it has errors)"
    grep -o '"rule": *"[a-z-]*"' "$work/rules-demo/issues.json" | sed 's/.*"\([a-z-]*\)"$/\1/' \
        | sort -u >"$work/rules-demo/fired.txt"
    grep -v '^#' "$samples/rules-demo/expected-rules.txt" | sort -u >"$work/rules-demo/expected.txt"
    if ! diff -u "$work/rules-demo/expected.txt" "$work/rules-demo/fired.txt" >"$work/rules-demo/rules.diff"; then
        cat "$work/rules-demo/rules.diff" >&2
        fail "rules-demo: the rules that fire differ from expected-rules.txt"
    fi
else
    fail "rules-demo: import failed"
fi

# The built demo fires every rule of the registry (docs/rules.md is kept equal to it by tst_rules).
"$validate" validate "$built/rules-demo.kdproj" --json >"$work/built-demo.json"
grep -o '"rule": *"[a-z-]*"' "$work/built-demo.json" | sed 's/.*"\([a-z-]*\)"$/\1/' | sort -u >"$work/built-fired.txt"
grep -o '^### `[a-z-]*`' "$rules" | sed 's/^### `\([a-z-]*\)`/\1/' | sort -u >"$work/all-rules.txt"
if [ ! -s "$work/all-rules.txt" ]; then
    fail "no rule ids found in $rules"
elif ! diff -u "$work/all-rules.txt" "$work/built-fired.txt" >"$work/built.diff"; then
    cat "$work/built.diff" >&2
    fail "the built rules demo does not fire every rule in docs/rules.md"
fi

[ "$failures" -eq 0 ] && echo "samples OK"
[ "$failures" -eq 0 ]
