#!/usr/bin/env bash
# tests/pg.sh — the PostgreSQL + PostGIS backend against a real server.
#
#   tests/pg.sh BUILD            run the PostgreSQL tests (tests/run.sh calls it)
#   tests/pg.sh --serve CMD...   start a server, run CMD with SITREP_TEST_PG
#                                set, stop the server (bench/store.sh uses it)
#
# Starts a throwaway server from Debian's postgresql package (initdb in a
# temporary folder, trust authentication, listening on a free 127.0.0.1
# port only), exports SITREP_TEST_PG=postgresql://postgres@127.0.0.1:PORT/postgres,
# runs the checks and always stops the server and removes the folder (trap).
# As root the server runs as the postgres user (initdb refuses root).
#
# Checks (TAP style, "ok - NAME" / "not ok - NAME", counted by tests/run.sh):
# every test of BUILD/test/store_pg_test; ingest of the bundled sample into
# PostgreSQL, a second ingest adding nothing, export --format events equal
# to `sitrep code`, every export format equal to the SQLite store's; SQL and
# tsquery metacharacters through the command line's filters; two ingests
# at once; 20 SIGKILLs mid-ingest (tests/pg-crash.sh); the same
# incidents as SQLite on our dedup cases and on ../shared/gold/dedup-dev
# (when present), with tools/dedup-eval.py run against PostgreSQL.
#
# Without PostgreSQL/PostGIS installed: in CI (CI=true) one failing check
# says so; elsewhere the script prints why it skipped and exits 0.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ] || ! ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1; then
  if [ "${CI:-}" = true ]; then
    echo "not ok - PostgreSQL and PostGIS are installed (CI runs the PostgreSQL tests; scripts/setup.sh installs postgresql and postgis)"
    exit 1
  fi
  echo "# skipped: PostgreSQL with PostGIS is not installed (scripts/setup.sh installs postgresql-15 and postgresql-15-postgis-3)"
  exit 0
fi

tmp=$(mktemp -d /tmp/sitrep-pg.XXXXXX)
# (from inside $tmp: the postgres user may not be allowed into the checkout)
as_pg() { if [ "$(id -u)" -eq 0 ]; then (cd "$tmp" && runuser -u postgres -- "$@"); else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$tmp"
cleanup() {
  [ -f "$tmp/data/postmaster.pid" ] && as_pg "$bindir/pg_ctl" -D "$tmp/data" -m fast -w stop >/dev/null 2>&1
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
opts="-p $port -c listen_addresses=127.0.0.1 -k $tmp"
# tests need no durability: skip fsync (the benchmark keeps the defaults)
[ "${1:-}" != --serve ] && opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
if ! as_pg "$bindir/initdb" -D "$tmp/data" -A trust -U postgres --locale=C.UTF-8 -N >"$tmp/initdb.log" 2>&1 ||
   ! as_pg "$bindir/pg_ctl" -D "$tmp/data" -o "$opts" -l "$tmp/data/server.log" -w -t 60 start >"$tmp/start.log" 2>&1; then
  echo "not ok - a PostgreSQL server starts: $(tail -3 "$tmp/initdb.log" "$tmp/start.log" "$tmp/data/server.log" 2>/dev/null | tr '\n' ' ')"
  exit 1
fi
server="postgresql://postgres@127.0.0.1:$port"
export SITREP_TEST_PG="$server/postgres"

if [ "${1:-}" = --serve ]; then
  shift
  "$@"
  exit $?
fi

build=${1:-build}
bin="$build/sitrep"
psql=("$bindir/psql" -X -q -v ON_ERROR_STOP=1)
ok() { echo "ok - $1"; }
nok() { echo "not ok - $1${2:+: $2}"; }
check() { # NAME CMD... : ok when CMD succeeds
  local name=$1; shift
  if "$@" >"$tmp/out" 2>"$tmp/err"; then ok "$name"; else nok "$name" "$(head -c 300 "$tmp/err")"; fi
}
newdb() { "${psql[@]}" "$SITREP_TEST_PG" -c "CREATE DATABASE $1" && echo "$server/$1"; }

# --- the unit tests (src/store_pg_test.c)
if [ -x "$build/test/store_pg_test" ]; then
  out=$("$build/test/store_pg_test" 2>&1); rc=$?
  printf '%s\n' "$out" | sed -n 's/^\[       OK \] \(.*\)/ok - pg unit: \1/p; s/^\[  FAILED  \] \([a-z_]*\)$/not ok - pg unit: \1/p'
  if printf '%s\n' "$out" | grep -q '^\[  SKIPPED \]'; then nok "pg unit tests ran (none skipped with a server up)"; fi
  if [ "$rc" -ne 0 ] && ! printf '%s\n' "$out" | grep -q '^\[  FAILED  \]'; then
    nok "store_pg_test exits 0" "exit $rc: $(printf '%s\n' "$out" | tail -5 | tr '\n' ' ')"
  fi
else
  nok "store_pg_test is built" "$build/test/store_pg_test missing"
fi

# --- the command line against PostgreSQL
db=$(newdb e2e)
"$bin" code sample >"$tmp/sample.jsonl" 2>/dev/null
"$bin" ingest --db "$db" sample >/dev/null 2>"$tmp/ingest.err"; rc=$?
if [ "$rc" -eq 0 ] && grep -q "^ingest: .* articles read, .* stored" "$tmp/ingest.err"; then ok "pg: ingest sample into a new database"
else nok "pg: ingest sample into a new database" "exit $rc: $(tail -2 "$tmp/ingest.err")"; fi
rows() { "${psql[0]}" -X -At "$db" -c "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), (SELECT count(*) FROM incidents)"; }
before=$(rows)
"$bin" ingest --db "$db" sample 2>"$tmp/ingest2.err" >/dev/null
check "pg: a second ingest stores nothing" grep -q " 0 stored, .* 0 new incidents, 0 merged" "$tmp/ingest2.err"
after=$(rows)
check "pg: rows (articles, events, incidents) unchanged by the second ingest: $after" test "$before" = "$after"
"$bin" export --db "$db" --format events >"$tmp/pg-events.jsonl" 2>/dev/null
check "pg: export --format events reproduces sitrep code" cmp "$tmp/sample.jsonl" "$tmp/pg-events.jsonl"
"$bin" ingest --quiet --db "$tmp/sample.db" sample 2>/dev/null
for fmt in jsonl csv geojson gdelt table; do
  "$bin" export --db "$tmp/sample.db" --format "$fmt" 2>/dev/null | sed 's/\t20[0-9]\{12\}\t/\tT\t/' >"$tmp/a.$fmt"
  "$bin" export --db "$db" --format "$fmt" 2>/dev/null | sed 's/\t20[0-9]\{12\}\t/\tT\t/' >"$tmp/b.$fmt"
  check "pg: export --format $fmt equals the SQLite store's" cmp "$tmp/a.$fmt" "$tmp/b.$fmt"
done

# --- sitrep serve over the PostgreSQL store: the API gives what it gives
# over the SQLite store of the same articles
serve_port() { # LOG PID: the port the server printed, or ""
  local p=""
  for _ in $(seq 1 100); do
    p=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$1" | head -1)
    [ -n "$p" ] && break
    kill -0 "$2" 2>/dev/null || break
    sleep 0.1
  done
  echo "$p"
}
"$bin" serve --db "$db" --port 0 --threads 2 >"$tmp/serve-pg.log" 2>&1 & pg_spid=$!
"$bin" serve --db "$tmp/sample.db" --port 0 --threads 2 >"$tmp/serve-sq.log" 2>&1 & sq_spid=$!
pg_port=$(serve_port "$tmp/serve-pg.log" $pg_spid); sq_port=$(serve_port "$tmp/serve-sq.log" $sq_spid)
check "pg: sitrep serve answers over PostgreSQL as over SQLite (events, paging, one event, stats, geojson)" \
  python3 - "$pg_port" "$sq_port" <<'PY'
import json, sys, urllib.request
def get(port, path):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=20) as r:
        return json.load(r)
pg, sq = sys.argv[1], sys.argv[2]
strip = lambda evs: [{k: v for k, v in e.items() if k != "incident_id"} for e in evs]
a, b = get(pg, "/api/events?limit=1000"), get(sq, "/api/events?limit=1000")
assert a["total"] == b["total"] > 0, (a["total"], b["total"])
assert strip(a["events"]) == strip(b["events"])
p1 = get(pg, "/api/events?limit=2&offset=1")
assert [e["incident_id"] for e in p1["events"]] == [e["incident_id"] for e in a["events"][1:3]], p1
one = get(pg, f"/api/events/{a['events'][0]['incident_id']}")
assert one["sources"], one
assert get(pg, "/api/stats") == get(sq, "/api/stats")
assert len(get(pg, "/api/events.geojson")["features"]) == len(get(sq, "/api/events.geojson")["features"])
PY
kill $pg_spid $sq_spid 2>/dev/null; wait $pg_spid $sq_spid 2>/dev/null
for filt in "--country ke" "--type protests" "--cameo 19" "--near 2.1,45.1,50" "--text nairobi" "--actor MILITARY" \
            "--from 2022-01-01 --to 2023-12-31" "--limit 2"; do
  # shellcheck disable=SC2086
  "$bin" query --db "$tmp/sample.db" --format csv $filt >"$tmp/qa" 2>&1
  # shellcheck disable=SC2086
  "$bin" query --db "$db" --format csv $filt >"$tmp/qb" 2>&1
  check "pg: query $filt equals SQLite's ($(($(wc -l <"$tmp/qa") - 1)) incidents)" cmp "$tmp/qa" "$tmp/qb"
done
bad=0
for v in "'" "'; DROP TABLE incidents; --" "%" "_" "\" OR 1=1 --" "a & b | !c" "x:*" "<->" "\$1" "(" "\\"; do
  for opt in --country --admin1 --type --subtype --cameo --actor --text; do  # --from/--to take dates only
    "$bin" query --db "$db" --format csv "$opt" "$v" >"$tmp/qout" 2>"$tmp/qerr"; rc=$?
    n=$(wc -l <"$tmp/qout")
    if [ "$rc" -ne 0 ] || [ "$n" -ne 1 ]; then bad=1; echo "# $opt [$v]: exit $rc, $n lines: $(head -c 200 "$tmp/qerr")"; fi
  done
done
check "pg: SQL and tsquery metacharacters in every filter match nothing and fail nothing" test "$bad" -eq 0
check "pg: the tables are intact afterwards" sh -c "[ \$('$bin' query --db '$db' --format csv | wc -l) -eq 5 ]"
# the query shapes store_pg.c sends can use the GiST and GIN indexes
"${psql[0]}" -X -At "$db" >"$tmp/plans" 2>&1 <<'EOF'
SET enable_seqscan = off;
EXPLAIN SELECT id FROM incidents i WHERE ST_DWithin(i.geog, ST_SetSRID(ST_MakePoint(45.1, 2.1), 4326)::geography, 50000, false);
EXPLAIN SELECT ev.incident FROM events ev WHERE ev.lat BETWEEN 1 AND 3 AND ev.lon BETWEEN 44 AND 46
  AND ST_DWithin(ev.geog, ST_SetSRID(ST_MakePoint(45.1, 2.1), 4326)::geography, 300000, false);
EXPLAIN SELECT e.incident FROM events e JOIN articles a ON a.aid = e.aid
  WHERE a.tsv @@ (phraseto_tsquery('simple', 'roadside') && phraseto_tsquery('simple', 'bomb'));
EOF
check "pg: --near, candidate search and --text can use the GiST and GIN indexes" \
  sh -c "grep -q 'using incidents_geog' '$tmp/plans' && grep -q 'using events_geog' '$tmp/plans' && grep -q 'on articles_tsv' '$tmp/plans'"
if "$bin" query --db "postgresql://postgres@127.0.0.1:1/none?connect_timeout=2" >/dev/null 2>"$tmp/none.err"; then
  nok "pg: an unreachable server fails"
else check "pg: an unreachable server fails with a message naming it" grep -q "127.0.0.1:1" "$tmp/none.err"; fi

# --- two ingests at once into one database: one writer at a time (an
# advisory lock per batch), so every article is stored once
db=$(newdb concurrent)
"$bin" ingest --quiet --batch 2 --db "$db" tests/dedup/articles.jsonl sample 2>"$tmp/c1.err" &
"$bin" ingest --quiet --batch 2 --db "$db" tests/dedup/articles.jsonl sample 2>"$tmp/c2.err"; rc2=$?
wait $!; rc1=$?
n_in=$(($(wc -l <tests/dedup/articles.jsonl) + 5))
got=$("${psql[0]}" -X -At "$db" -c "SELECT count(*), count(DISTINCT article_id), (SELECT count(DISTINCT aid) FROM events) FROM articles")
check "pg: two ingests at once store each of $n_in articles once ($got)" test "$rc1$rc2" = 00 -a "${got%%|*}" = "$n_in"
stored=$(cat "$tmp/c1.err" "$tmp/c2.err" | sed -n 's/.* \([0-9]*\) stored.*/\1/p' | awk '{n += $1} END {print n + 0}')
check "pg: ... and the two runs' summaries count $stored stored between them" test "$stored" = "$n_in"

# --- SIGKILLs mid-ingest: whole articles or none, and a rerun completes the store
check "pg: ingest survives 20 SIGKILLs: no half-stored article, rerun equals one clean run" \
  tests/pg-crash.sh "$build" "$server" 20
sed 's/^/# /' "$tmp/out"

# --- the same incidents as SQLite (dedup.c through both backends)
same_groups() { # NAME ARTICLES CLUSTERS
  local name=$1 articles=$2 clusters=$3 pdb
  pdb=$(newdb "dedup_$name")
  "$bin" ingest --quiet --db "$tmp/$name.db" "$articles" 2>/dev/null
  "$bin" ingest --quiet --db "$pdb" "$articles" 2>/dev/null
  "$bin" export --db "$tmp/$name.db" --format jsonl >"$tmp/$name.a" 2>/dev/null
  "$bin" export --db "$pdb" --format jsonl >"$tmp/$name.b" 2>/dev/null
  check "pg: $name: the same $(wc -l <"$tmp/$name.a") incidents as SQLite, field for field" cmp "$tmp/$name.a" "$tmp/$name.b"
  pdb=$(newdb "eval_$name")
  python3 tools/dedup-eval.py --sitrep "$bin" --db "$pdb" "$articles" "$clusters" >"$tmp/eval.pg" 2>&1
  python3 tools/dedup-eval.py --sitrep "$bin" "$articles" "$clusters" >"$tmp/eval.sqlite" 2>&1
  sed 's/^/# pg '"$name"': /' "$tmp/eval.pg"
  check "pg: $name: dedup-eval against PostgreSQL equals SQLite's" cmp "$tmp/eval.sqlite" "$tmp/eval.pg"
}
same_groups own tests/dedup/articles.jsonl tests/dedup/clusters.jsonl
gold="$here/../shared/gold/dedup-dev"
if [ -f "$gold/clusters.jsonl" ]; then
  same_groups dedup_dev "$gold/articles.jsonl" "$gold/clusters.jsonl"
else
  echo "# ../shared/gold/dedup-dev not found: its PostgreSQL check skipped"
fi
exit 0
