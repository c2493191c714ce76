#!/usr/bin/env python3
"""Every test carries the label of its folder, so that `scripts/test.sh --label NAME` (and the
sanitized part of .ci/run) can select it: a test added without kd_add_test or kd_label_tests
would quietly drop out of the sanitized run.

Usage: check_labels.py CTEST BUILD_DIR TESTS_SOURCE_DIR"""
import json
import pathlib
import subprocess
import sys

ctest, build, tests_dir = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
listing = json.loads(subprocess.run([ctest, "--show-only=json-v1"], cwd=build, check=True,
                                    capture_output=True, text=True).stdout)
folders = {p.name for p in tests_dir.iterdir() if (p / "CMakeLists.txt").exists()}
failures = []
counts = {}
for test in listing["tests"]:
    labels = next((p["value"] for p in test.get("properties", []) if p["name"] == "LABELS"), [])
    folder_labels = [label for label in labels if label in folders]
    if len(folder_labels) != 1:
        failures.append(f"{test['name']}: labels {labels}, expected one of {sorted(folders)}")
    for label in folder_labels:
        counts[label] = counts.get(label, 0) + 1
for label in ("core", "exporter", "cli", "fuzz"):
    if not counts.get(label):
        failures.append(f"no test has the label {label}")
for failure in failures:
    print("FAIL:", failure, file=sys.stderr)
print(", ".join(f"{label}: {n}" for label, n in sorted(counts.items())))
sys.exit(1 if failures else 0)
