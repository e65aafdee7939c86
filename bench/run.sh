#!/usr/bin/env bash
# bench/run.sh — throughput of `sitrep code` on the Reuters-21578 corpus and on
# the 15,200-sentence GigaWord corpus that TABARI and PETRARCH2 were timed on
# (written by ../shared/coders/make_x200.py).  Prints, per corpus: articles/s,
# sentences/s, MB/s (of cleaned text), events, peak RSS; then, when valgrind
# is installed, instructions per sentence on the GigaWord corpus (callgrind
# counts are repeatable where wall time is not); then `sitrep ingest` of the
# Reuters corpus into a fresh SQLite store (articles/s, events/s, its ratio to
# `sitrep code`, and a second ingest that must add nothing).  It is not a test.
#
#   bench/run.sh [BUILD]       (BUILD defaults to build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
bin="$build/sitrep"
shared=../shared
[ -x "$bin" ] || { echo "bench: build first (make)" >&2; exit 1; }
[ -d "$shared" ] || { echo "bench: ../shared not found" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$shared/coders/make_x200.py" "$tmp" >/dev/null

measure() { # NAME FILE
  python3 - "$bin" "$2" "$1" <<'PY'
import resource, subprocess, sys, re
exe, path, name = sys.argv[1:4]
best = None
for _ in range(3):
    p = subprocess.run([exe, "code", "--stats", path], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    m = re.search(r"stats: articles (\d+) sentences (\d+) bytes (\d+) events (\d+) seconds ([\d.]+)", p.stderr)
    if not m: sys.exit("bench: no stats from sitrep: " + p.stderr[-500:])
    a, s, b, e, t = int(m[1]), int(m[2]), int(m[3]), int(m[4]), float(m[5])
    if best is None or t < best[4]: best = (a, s, b, e, t)
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
a, s, b, e, t = best
print(f"{name:10s} articles {a:6d}  sentences {s:7d}  events {e:5d}  "
      f"{a/t:9.0f} articles/s  {s/t:9.0f} sentences/s  {b/t/1e6:6.2f} MB/s  peak RSS {rss:.0f} MB  (best of 3: {t:.2f} s)")
PY
}
echo "sitrep $("$bin" --version | head -1 | cut -d' ' -f2) on $(nproc) core(s), one process"
measure reuters "$shared/corpus/reuters.articles.jsonl"
measure gigaword "$tmp/GigaWord.x200.jsonl"
measure_ingest() { # NAME FILE
  python3 - "$bin" "$2" "$1" "$tmp" <<'PY'
import os, re, subprocess, sys, sqlite3
exe, path, name, tmp = sys.argv[1:5]
def rows(db):
    c = sqlite3.connect(db)
    return tuple(c.execute(f"select count(*) from {t}").fetchone()[0] for t in ("articles", "events", "incidents"))
best = None
for k in range(3):
    db = os.path.join(tmp, f"bench{k}.db")
    p = subprocess.run([exe, "ingest", "--quiet", "--db", db, path], stderr=subprocess.PIPE, text=True)
    m = re.search(r"ingest: (\d+) articles read, (\d+) stored.*?events: (\d+) new incidents, (\d+) merged.*?; ([\d.]+) s,", p.stderr)
    if not m: sys.exit("bench: no summary from sitrep ingest: " + p.stderr[-500:])
    t = float(m[5])
    if best is None or t < best[0]: best = (t, int(m[1]), int(m[2]), int(m[3]) + int(m[4]), db)
t, read, stored, events, db = best
before = rows(db)
p = subprocess.run([exe, "ingest", "--quiet", "--db", db, path], stderr=subprocess.PIPE, text=True)
again = re.search(r"; ([\d.]+) s,", p.stderr)
after = rows(db)
size = sum(os.path.getsize(db + s) for s in ("", "-wal") if os.path.exists(db + s)) / 1e6
print(f"{name:10s} ingest: articles {read} (stored {stored}), events {events}: {read/t:7.0f} articles/s  "
      f"{events/t:6.1f} events/s  (best of 3: {t:.2f} s), store {size:.0f} MB")
print(f"{'':10s} second ingest of the same file: {float(again[1]):.2f} s, rows (articles, events, incidents) "
      f"{before} -> {after}{'' if before == after else '  CHANGED!'}")
PY
}
measure_ingest reuters "$shared/corpus/reuters.articles.jsonl"
echo "for scale (../shared/README.md, same 15,200 GigaWord sentences on this kind of machine):"
echo "  TABARI 12,700-19,800 sentences/s (~12 MB); PETRARCH2 ~1,000-1,700 sentences/s (~300 MB)"
if command -v valgrind >/dev/null 2>&1; then
  head -n 1520 "$tmp/GigaWord.x200.jsonl" > "$tmp/g10.jsonl"
  valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" "$bin" code "$tmp/g10.jsonl" >/dev/null 2>"$tmp/cg.err" || true
  ir=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$tmp/cg.err" | tail -1)
  [ -n "$ir" ] && echo "callgrind: $ir instructions for 1,520 GigaWord sentences (start-up included): $((ir / 1520)) per sentence"
fi
