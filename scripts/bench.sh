#!/usr/bin/env bash
# mltutor's performance benchmark (issue 8). Not part of `swift test` or CI: timings are never asserted
# in tests, because shared machines are too noisy for that. Run it by hand:
#
#   scripts/bench.sh [RUNS]        RUNS ≥ 7 (default 9): each figure is the median of that many runs
#
# Builds the tutor and the benchmark package (scripts/benchmarks) (Baseline, ProgressBench) in release mode, generates a
# 10x corpus from Content/ and validates it, then prints one table: every figure next to a reference
# measured in the same run, the ratio, the issue's target and PASS/MISS. Exits 1 if a target is missed,
# 2 if a measurement could not be taken. Needs Python 3 (standard library only).
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8

runs=${1:-9}
if ! [[ "$runs" =~ ^[0-9]+$ ]] || [ "$runs" -lt 7 ]; then
  echo "usage: scripts/bench.sh [RUNS]   (RUNS is a whole number ≥ 7)" >&2
  exit 64
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "building release binaries..." >&2
swift build -c release --product mltutor >&2
tutor="$(swift build -c release --show-bin-path)/mltutor"
swift build -c release --package-path scripts/benchmarks >&2
benchmarks="$(swift build -c release --package-path scripts/benchmarks --show-bin-path)"

echo "generating the 10x corpus..." >&2
python3 scripts/make_bench_corpus.py Content "$work/content10" 10 >&2
"$tutor" validate "$work/content10" >&2
# Cut-down folders that split the start-up time: one section and nothing else (what starting costs
# with almost no content), and the shipped sections without the quizzes.
mkdir -p "$work/content-min/guide" "$work/content-sections"
cp Content/guide/who-is-an-ml-engineer.md "$work/content-min/guide/"
cp -R Content/guide Content/skills.yaml "$work/content-sections/"

echo "timing progress and content code ($runs runs each)..." >&2
"$benchmarks/ProgressBench" --runs "$runs" --json --write-fixture "$work/heavy-progress.json" \
  --content "shipped=$PWD/Content" --content "10x=$work/content10" >"$work/progress-rows.jsonl"

echo "timing the tutor in a pseudo-terminal ($runs runs each)..." >&2
echo "mltutor benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPU(s), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
python3 scripts/bench_pty.py --tutor "$tutor" --baseline "$benchmarks/Baseline" \
  --content "$PWD/Content" --content10 "$work/content10" --runs "$runs" \
  --extra-content "one section, no quizzes=$work/content-min" \
  --extra-content "shipped sections, no quizzes=$work/content-sections" \
  --progress-file "$work/heavy-progress.json" --progress-rows "$work/progress-rows.jsonl"
