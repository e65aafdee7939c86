#!/usr/bin/env bash
# tests/pg-crash.sh BUILD SERVER [KILLS] — kill `sitrep ingest` into
# PostgreSQL with SIGKILL at random moments, KILLS times (default 20), and
# check the database after each (the server rolls back the transaction of a
# client that died):
#   - no article is half-stored: each has exactly the events it was coded
#     with; every incident counts its events; no incident is empty; every
#     placed event and incident has its geography;
# then run the ingest to the end and check that the store equals one built
# by a single uninterrupted run (the same incidents with the same fields and
# sources, no duplicates).  Incident ids are left out of that comparison:
# PostgreSQL does not give back the sequence numbers of rolled-back
# transactions, so ids have gaps after a crash.
# SERVER is postgresql://user@host:port (tests/pg.sh passes its own); each
# store is a new database on it.  Prints one line "pg-crash: ..." and exits
# 1 on the first failure.
set -u
build=${1:?usage: tests/pg-crash.sh BUILD SERVER [KILLS]}
server=${2:?usage: tests/pg-crash.sh BUILD SERVER [KILLS]}
kills=${3:-20}
here=$(cd "$(dirname "$0")/.." && pwd)
bin="$here/$build/sitrep"
psql=("$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/psql" -X -q -At -v ON_ERROR_STOP=1)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 120 short articles: 40 incidents in 10 towns, each reported 1 to 5 times
python3 - "$tmp/in.jsonl" <<'EOF'
import json, sys
towns = [("Kidal", "Mali"), ("Gao", "Mali"), ("Maiduguri", "Nigeria"), ("Mosul", "Iraq"), ("Kirkuk", "Iraq"),
         ("Quetta", "Pakistan"), ("Peshawar", "Pakistan"), ("Kandahar", "Afghanistan"), ("Mogadishu", "Somalia"),
         ("Aleppo", "Syria")]
with open(sys.argv[1], "w") as f:
    n = 0
    for inc in range(40):
        town, country = towns[inc % len(towns)]
        for rep in range(1 + inc % 5):
            n += 1
            text = ("date 2024-05-%02d %s, %s - Gunmen killed %d villagers in an attack on %s in %s on "
                    "Monday, officials said. Report %d." % (1 + inc // 10 * 6, town.upper(), country,
                                                            3 + inc + rep // 2, town, country, rep))
            f.write(json.dumps({"id": "c%04d" % n, "url": "https://example.org/c/%d" % n, "text": text}) + "\n")
EOF

newdb() { local name="crash_$$_$(date +%s%N)"; "${psql[@]}" "$server/postgres" -c "CREATE DATABASE $name" && echo "$server/$name"; }
# a store without the schema yet (killed before it was made) has nothing to check
check_db() {
  local have
  have=$("${psql[@]}" "$1" -c "SELECT to_regclass('meta') IS NOT NULL") || return 1
  [ "$have" = t ] || return 0
  "${psql[@]}" "$1" -c "SELECT
      (SELECT count(*) FROM articles a WHERE a.n_events != (SELECT count(*) FROM events e WHERE e.aid = a.aid)),
      (SELECT count(*) FROM incidents i WHERE i.n_events != (SELECT count(*) FROM events e WHERE e.incident = i.id)),
      (SELECT count(*) FROM incidents WHERE n_events = 0),
      (SELECT count(*) FROM events WHERE (lat IS NOT NULL) != (geog IS NOT NULL)),
      (SELECT count(*) FROM incidents WHERE (lat IS NOT NULL) != (geog IS NOT NULL))" >"$tmp/check" || return 1
  [ "$(cat "$tmp/check")" = "0|0|0|0|0" ] || { echo "violations (half-stored articles|miscounting incidents|empty incidents|events without geography|incidents without geography): $(cat "$tmp/check")"; return 1; }
}
export_cmp() { # DB: its incidents without ids, to compare with the reference's
  "$bin" export --db "$1" --format jsonl 2>/dev/null | sed 's/^{"incident_id":[0-9]*,//'
}

ref=$(newdb) || { echo "pg-crash: cannot create a database"; exit 1; }
"$bin" ingest --quiet --batch 4 --db "$ref" "$tmp/in.jsonl" 2>"$tmp/ref.err" ||
  { echo "pg-crash: reference ingest failed: $(tail -1 "$tmp/ref.err")"; exit 1; }
export_cmp "$ref" >"$tmp/ref.jsonl"
run_us=
for k in 1 2; do
  db=$(newdb)
  t0=$(date +%s%N)
  "$bin" ingest --quiet --batch 4 --db "$db" "$tmp/in.jsonl" 2>/dev/null
  t1=$(date +%s%N)
  us=$(( (t1 - t0) / 1000 ))
  if [ -z "$run_us" ] || [ "$us" -lt "$run_us" ]; then run_us=$us; fi
done

db=$(newdb)
mid=0 tries=0
while [ "$mid" -lt "$kills" ] && [ "$tries" -lt $((kills * 4)) ]; do
  tries=$((tries + 1))
  "$bin" ingest --quiet --batch 4 --db "$db" "$tmp/in.jsonl" 2>/dev/null &
  pid=$!
  us=$(( (RANDOM * 32768 + RANDOM) % run_us ))
  sleep "$(printf '%d.%06d' $((us / 1000000)) $((us % 1000000)))"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  rc=$?
  [ "$rc" -eq 137 ] && mid=$((mid + 1))
  if ! out=$(check_db "$db" 2>&1); then
    echo "pg-crash: after try $tries (kill at ${us} us): $out" | tail -3
    exit 1
  fi
  if [ "$rc" -ne 137 ]; then  # it got to the end: compare, then a new series
    if ! export_cmp "$db" | cmp -s "$tmp/ref.jsonl" -; then
      echo "pg-crash: after try $tries the finished store differs from an uninterrupted run"; exit 1
    fi
    db=$(newdb)
  fi
done
[ "$mid" -ge "$kills" ] || { echo "pg-crash: only $mid of $tries runs were killed before they ended"; exit 1; }
"$bin" ingest --quiet --batch 4 --db "$db" "$tmp/in.jsonl" 2>"$tmp/final.err" ||
  { echo "pg-crash: the rerun failed: $(tail -1 "$tmp/final.err")"; exit 1; }
check_db "$db" || exit 1
if ! export_cmp "$db" | cmp -s "$tmp/ref.jsonl" -; then
  echo "pg-crash: the store after kills and a rerun differs from an uninterrupted one"; exit 1
fi
n=$("${psql[@]}" "$db" -c "SELECT count(*) || ' articles, ' || count(DISTINCT article_id) || ' distinct ids' FROM articles")
echo "pg-crash: $mid SIGKILLs mid-run (of $tries tries; a whole run takes ${run_us} us), all checks passed; final store $n"
