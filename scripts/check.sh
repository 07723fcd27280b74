#!/usr/bin/env bash
# Runs every check even when one fails, so one red step never hides the others (a broken
# type would otherwise skip the build, the lint and every browser test). Prints each step's
# result and time, then one summary line; exits non-zero if any step failed.
# Usage: scripts/check.sh [step ...]   (default: all steps, in this order)
set -uo pipefail
cd "$(dirname "$0")/.."

all_steps=(typecheck lint unused test:unit build lint:ext test:e2e test:firefox)
steps=("$@")
[ $# -gt 0 ] || steps=("${all_steps[@]}")

results=()
passed=0
failed=0
started=$(date +%s)

for step in "${steps[@]}"; do
  echo
  echo "=== check: ${step} (npm run ${step})"
  t0=$(date +%s%N)
  npm run "$step"
  code=$?
  seconds=$(( ($(date +%s%N) - t0) / 1000000 ))
  seconds=$(printf '%d.%d' $((seconds / 1000)) $((seconds % 1000 / 100)))
  if [ "$code" -eq 0 ]; then
    passed=$((passed + 1))
    line=$(printf '  passed  %-10s %7s s' "$step" "$seconds")
  else
    failed=$((failed + 1))
    line=$(printf '  FAILED  %-10s %7s s  (exit %d)' "$step" "$seconds" "$code")
  fi
  echo "=== check: ${line#  }"
  results+=("$line")
done

echo
echo "=== check summary ($(($(date +%s) - started)) s in all)"
printf '%s\n' "${results[@]}"
echo "check: ${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
