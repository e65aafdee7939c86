#!/usr/bin/env bash
# bench/store.sh — `sitrep ingest` into SQLite and into PostgreSQL + PostGIS,
# side by side: articles/s and events/s (best of 3, each into a fresh store),
# then a second ingest of the same file into the best store, which must add
# no row (articles, events, incidents counted before and after), and whether
# the two stores export the same incidents and events byte for byte.
# Inputs: FILE, or by default the Reuters corpus and, as an input rich in
# events, ../shared/gold/dedup-dev repeated 30 times (each copy with its own
# ids, URLs and an added last line, so nearly every copy is stored and joins the
# incidents of the others).  The PostgreSQL server is a throwaway one that
# tests/pg.sh --serve starts on a loopback port with its default (durable)
# settings, and stops afterwards.  It is not a test.
#
#   bench/store.sh [BUILD] [FILE]   (BUILD defaults to build)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != --inner ]; then
  build=${1:-build}
  [ -x "$build/sitrep" ] || { echo "bench: build first (make)" >&2; exit 1; }
  [ -z "${2:-}" ] || [ -f "$2" ] || { echo "bench: $2 not found" >&2; exit 1; }
  [ -n "${2:-}" ] || [ -f ../shared/corpus/reuters.articles.jsonl ] || { echo "bench: ../shared not found" >&2; exit 1; }
  exec tests/pg.sh --serve "$0" --inner "$build/sitrep" "${2:-}"
fi
bin=$2 file=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -z "$file" ]; then
  set -- ../shared/corpus/reuters.articles.jsonl
  if [ -f ../shared/gold/dedup-dev/articles.jsonl ]; then
    python3 - ../shared/gold/dedup-dev/articles.jsonl "$tmp/dedup-dev.x30.jsonl" <<'PY'
import json, sys
arts = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for k in range(30):
        for a in arts:
            b = dict(a, id="%s-%d" % (a["id"], k), text=a["text"] + " (Update %d.)" % k)
            if b.get("url"):
                b["url"] += "?copy=%d" % k
            f.write(json.dumps(b) + "\n")
PY
    set -- "$@" "$tmp/dedup-dev.x30.jsonl"
  fi
else
  set -- "$file"
fi
psql=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/psql
echo "sitrep ingest on $(nproc) core(s), one process; PostgreSQL $("$psql" --version | awk '{print $3}') on 127.0.0.1"
python3 - "$bin" "$tmp" "$SITREP_TEST_PG" "$psql" "$@" <<'PY'
import os, re, sqlite3, subprocess, sys
exe, tmp, server, psql = sys.argv[1:5]
base = server.rsplit("/", 1)[0]

def sql(db, q):
    return subprocess.run([psql, "-X", "-q", "-At", db, "-c", q], check=True, capture_output=True,
                          text=True).stdout.strip()

def rows_sqlite(db):
    c = sqlite3.connect(db)
    return tuple(c.execute(f"select count(*) from {t}").fetchone()[0] for t in ("articles", "events", "incidents"))

def rows_pg(db):
    return tuple(int(x) for x in sql(db, "select (select count(*) from articles), (select count(*) from events),"
                                         " (select count(*) from incidents)").split("|"))

def ingest(db, path):
    p = subprocess.run([exe, "ingest", "--quiet", "--db", db, path], stderr=subprocess.PIPE, text=True)
    m = re.search(r"ingest: (\d+) articles read, (\d+) stored.*?events: (\d+) new incidents, (\d+) merged"
                  r".*?; ([\d.]+) s,", p.stderr)
    if p.returncode or not m:
        sys.exit("bench: sitrep ingest failed: " + p.stderr[-500:])
    return max(float(m[5]), 0.01), int(m[1]), int(m[2]), int(m[3]) + int(m[4])  # 0.0 s on tiny inputs

def measure(name, path, new_store, rows, size):
    best = None
    for k in range(3):
        db = new_store(k)
        t, read, stored, events = ingest(db, path)
        if best is None or t < best[0]:
            best = (t, read, stored, events, db)
    t, read, stored, events, db = best
    before = rows(db)
    t2 = ingest(db, path)[0]
    after = rows(db)
    print(f"  {name:10s} {read/t:7.0f} articles/s {events/t:7.1f} events/s  (best of 3: {t:.2f} s; "
          f"{read} articles read, {stored} stored, {events} events), store {size(db)}")
    print(f"  {'':10s} second ingest: {t2:.2f} s, rows (articles, events, incidents) {before} -> {after}"
          f"{'  (zero rows added)' if before == after else '  CHANGED!'}")
    return db

def export(db, fmt):
    return subprocess.run([exe, "export", "--db", db, "--format", fmt], check=True, capture_output=True).stdout

def sqlite_size(db):
    return "%.0f MB" % (sum(os.path.getsize(db + s) for s in ("", "-wal") if os.path.exists(db + s)) / 1e6)

for n, path in enumerate(sys.argv[5:]):
    print(os.path.basename(path) + ":")
    def new_sqlite(k):
        return os.path.join(tmp, f"bench{n}_{k}.db")
    def new_pg(k):
        sql(server, f"create database bench{n}_{k}")
        return f"{base}/bench{n}_{k}"
    lite = measure("SQLite", path, new_sqlite, rows_sqlite, sqlite_size)
    pg = measure("PostgreSQL", path, new_pg, rows_pg,
                 lambda db: sql(db, "select pg_size_pretty(pg_database_size(current_database()))"))
    for fmt in ("jsonl", "events"):
        a, b = export(lite, fmt), export(pg, fmt)
        na, nb = a.count(b"\n"), b.count(b"\n")
        print(f"  export --format {fmt}: {na} lines from SQLite, {nb} from PostgreSQL, "
              f"{'identical' if a == b else 'DIFFERENT'}")
PY
