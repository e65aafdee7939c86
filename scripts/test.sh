#!/usr/bin/env bash
# scripts/test.sh — set up, build, run every test, then run them again under
# AddressSanitizer + UndefinedBehaviorSanitizer.  Ends with one line
# "N passed, N failed" summing both runs; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

total_p=0; total_f=0
run_suite() {  # $1 = build folder
  local out; out=$(tests/run.sh "$1" 2>&1); local rc=$?
  printf '%s\n' "$out" | sed '$d'
  local last; last=$(printf '%s\n' "$out" | tail -1)
  local p f
  p=$(printf '%s' "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
  f=$(printf '%s' "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
  if [ -z "$p" ]; then p=0; f=1; echo "suite $1 did not finish (exit $rc)"; fi
  echo "suite $1: $p passed, $f failed"
  total_p=$((total_p + p)); total_f=$((total_f + f))
}

echo "== tests (optimised build)"
run_suite build
echo "== tests under ASan + UBSan"
if make -s asan-build >/dev/null; then
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=86 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 run_suite build-asan
else
  echo "sanitizer build failed"; total_f=$((total_f + 1))
fi
echo "$total_p passed, $total_f failed"
[ "$total_f" -eq 0 ]
