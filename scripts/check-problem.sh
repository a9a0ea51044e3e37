#!/usr/bin/env bash
# Author's quick check of one problem with plain unittest (the full validator is `npm run validate:problems`).
# Usage: scripts/check-problem.sh <problem-id>
set -u
id="$1"; root="$(cd "$(dirname "$0")/.." && pwd)"; p="$root/problems/$id"
[ -d "$p" ] || { echo "no problem folder $p"; exit 2; }
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
cp "$p"/test_visible.py "$p"/test_hidden.py "$root/python/mlreps_check.py" "$d"/
run() { cp "$1" "$d/solution.py"; (cd "$d" && timeout 60 python3 -m unittest test_visible test_hidden 2>&1 | tail -1); }
nv=$(grep -c '^    def test_' "$p/test_visible.py"); nh=$(grep -c '^    def test_' "$p/test_hidden.py")
echo "tests: visible=$nv hidden=$nh"
start=$(date +%s.%N); r=$(run "$p/reference.py"); end=$(date +%s.%N)
echo "reference: $r ($(python3 -c "print(round($end-$start,2))")s)"
echo "starter:   $(run "$p/starter.py")"
for m in "$p"/mutants/*.py; do [ -f "$m" ] && echo "mutant $(basename "$m"): $(run "$m")"; done
