#!/usr/bin/env bash
# tests/run.sh BUILD — run every unit test binary in BUILD/test (cmocka), the
# end-to-end checks in tests/e2e.sh and the PostgreSQL checks in tests/pg.sh,
# then print one closing line "N passed, N failed" that sums them all.  Exit status 1 if anything failed.
set -u
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
passed=0; failed=0
for t in "$build"/test/*_test; do
  [ -x "$t" ] || continue
  out=$("$t" 2>&1); rc=$?
  printf '%s\n' "$out" | grep -E '^\[ +(FAILED|PASSED|ERROR) +\]|^\[ +RUN +\].*' | grep -v '^\[ RUN' || true
  p=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' | tail -1)
  f=$(printf '%s\n' "$out" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test(s), listed.*/\1/p' | tail -1)
  p=${p:-0}; f=${f:-0}
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
    echo "CRASH $t (exit $rc)"; printf '%s\n' "$out" | tail -20; f=1
  fi
  echo "$(basename "$t"): $p passed, $f failed"
  passed=$((passed + p)); failed=$((failed + f))
done
if [ -x "$here/e2e.sh" ]; then
  out=$("$here/e2e.sh" "$build" 2>&1); rc=$?
  printf '%s\n' "$out" | grep -E '^not ok' || true
  p=$(printf '%s\n' "$out" | grep -c '^ok' || true)
  f=$(printf '%s\n' "$out" | grep -c '^not ok' || true)
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then echo "e2e.sh exited $rc"; printf '%s\n' "$out" | tail -20; f=1; fi
  echo "e2e: $p passed, $f failed"
  passed=$((passed + p)); failed=$((failed + f))
fi
# The PostgreSQL backend against a throwaway server (tests/pg.sh starts and
# stops it; it skips, saying so, where PostgreSQL is not installed, and
# fails in CI).
if [ -x "$here/pg.sh" ]; then
  out=$("$here/pg.sh" "$build" 2>&1); rc=$?
  printf '%s\n' "$out" | grep -E '^not ok|^# skipped' || true
  p=$(printf '%s\n' "$out" | grep -c '^ok' || true)
  f=$(printf '%s\n' "$out" | grep -c '^not ok' || true)
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then echo "pg.sh exited $rc"; printf '%s\n' "$out" | tail -20; f=1; fi
  echo "pg: $p passed, $f failed"
  passed=$((passed + p)); failed=$((failed + f))
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
