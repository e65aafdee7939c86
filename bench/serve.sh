#!/usr/bin/env bash
# bench/serve.sh — load test of `sitrep serve` with wrk on loopback: a store
# of the Reuters corpus, the dev articles and the sample (the sample alone
# when ../shared is absent), the server with its default 4 threads, then
# wrk for DURATION seconds (default 30) over the request mix of
# bench/serve.lua.  Prints requests/s, latency percentiles and every kind of
# error; exits 1 if there was any error (socket errors, timeouts, non-2xx).
# With EACH=SECONDS set, each path of the mix is then loaded alone for that
# long, one line per path (requests/s, p99).  It is a benchmark, not a test:
# run it by hand (make bench-serve).
#
#   [EACH=5] bench/serve.sh [BUILD] [DURATION] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
duration=${2:-30}
conns=${3:-32}
bin="$build/sitrep"
shared=../shared
[ -x "$bin" ] || { echo "bench: build first (make)" >&2; exit 1; }
command -v wrk >/dev/null || { echo "bench: wrk not installed (apt-get install wrk; scripts/setup.sh does)" >&2; exit 1; }
tmp=$(mktemp -d)
spid=""
cleanup() { [ -n "$spid" ] && kill "$spid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

inputs=(sample)
[ -f "$shared/gold/news-dev/articles.jsonl" ] && inputs+=("$shared/gold/news-dev/articles.jsonl")
[ -f "$shared/corpus/reuters.articles.jsonl" ] && inputs+=("$shared/corpus/reuters.articles.jsonl")
"$bin" ingest --db "$tmp/bench.db" "${inputs[@]}" 2>"$tmp/ingest.log" >/dev/null
articles=$(sqlite3 "$tmp/bench.db" 'SELECT count(*) FROM articles')
incidents=$(sqlite3 "$tmp/bench.db" 'SELECT count(*) FROM incidents')
echo "store: $articles articles, $incidents incidents ($(du -h "$tmp/bench.db" | cut -f1)) from ${inputs[*]}"

"$bin" serve --db "$tmp/bench.db" --port 0 2>"$tmp/serve.log" &
spid=$!
port=""
for _ in $(seq 1 100); do
  port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$tmp/serve.log" | head -1)
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "bench: the server did not start: $(cat "$tmp/serve.log")" >&2; exit 1; }
url="http://127.0.0.1:$port"
echo "server: $url, $(grep -o '[0-9]* threads' "$tmp/serve.log"); wrk: 2 threads, $conns connections, ${duration} s"
wrk -t2 -c"$conns" -d"${duration}s" --timeout 5s --latency -s bench/serve.lua "$url" | tee "$tmp/wrk.out"
summary=$(grep '^wrk-summary' "$tmp/wrk.out")
non2xx=$(sed -n 's/.*Non-2xx or 3xx responses: \([0-9]*\).*/\1/p' "$tmp/wrk.out"); non2xx=${non2xx:-0}
get() { printf '%s\n' "$summary" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
errors=$(( $(get errors_connect) + $(get errors_read) + $(get errors_write) + $(get errors_timeout) + non2xx ))
echo "result: $(get rps) requests/s, p50 $(get p50_ms) ms, p99 $(get p99_ms) ms, max $(get max_ms) ms, $(get requests) requests, errors $errors (non-2xx $non2xx)"
if [ -n "${EACH:-}" ]; then
  printf '%-45s %10s %10s %10s\n' path req/s p50_ms p99_ms
  for path in $(sed -n 's/^  "\(\/[^"]*\)",$/\1/p' bench/serve.lua); do
    out=$(wrk -t2 -c"$conns" -d"${EACH}s" --timeout 5s --latency "$url$path")
    rps=$(printf '%s\n' "$out" | sed -n 's/^Requests\/sec: *\([0-9.]*\)/\1/p')
    p50=$(printf '%s\n' "$out" | awk '$1 == "50%" {print $2}')
    p99=$(printf '%s\n' "$out" | awk '$1 == "99%" {print $2}')
    bad=$(printf '%s\n' "$out" | grep -E 'Non-2xx|Socket errors' || true)
    printf '%-45s %10s %10s %10s %s\n' "$path" "$rps" "$p50" "$p99" "$bad"
    [ -z "$bad" ] || errors=$((errors + 1))
  done
fi
kill "$spid"; wait "$spid" || true; spid=""
[ "$errors" -eq 0 ]
