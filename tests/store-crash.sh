#!/usr/bin/env bash
# tests/store-crash.sh BUILD [KILLS] — kill `sitrep ingest` with SIGKILL at
# random moments, KILLS times (default 100), and check the store after each:
#   - it opens and PRAGMA integrity_check says ok (FTS5 index included);
#   - no article is half-stored: every article has exactly the events it was
#     coded with (articles.n_events), every event its incident and, when it
#     has a place, its R*Tree row; each incident counts its events;
# then run the ingest to the end and check that the store equals one built
# by a single uninterrupted run (same incidents, no duplicates).
# Batches are small (--batch 4) so commits happen all through a run.
# Tries until KILLS runs were killed before they ended (at most 4 x KILLS
# tries).  Prints one line "crash: N SIGKILLs mid-run ..., all checks passed" or the
# first failure; exit 1 on failure.
set -u
build=${1:-build}
kills=${2:-100}
here=$(cd "$(dirname "$0")/.." && pwd)
bin="$here/$build/sitrep"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 300 short articles: 60 incidents, each reported up to 5 times with other
# words, and every tenth one a re-posted copy of another (same text).
python3 - "$tmp/in.jsonl" <<'EOF'
import json, random, sys
rnd = random.Random(7)
towns = [("Kidal", "Mali"), ("Gao", "Mali"), ("Maiduguri", "Nigeria"), ("Kano", "Nigeria"),
         ("Mosul", "Iraq"), ("Kirkuk", "Iraq"), ("Quetta", "Pakistan"), ("Peshawar", "Pakistan"),
         ("Kandahar", "Afghanistan"), ("Mogadishu", "Somalia"), ("Aleppo", "Syria"), ("Sanaa", "Yemen")]
verbs = ["killed", "shot dead", "killed at least", "murdered"]
with open(sys.argv[1], "w") as f:
    n = 0
    for inc in range(60):
        town, country = towns[inc % len(towns)]
        day = 1 + inc // len(towns) * 5
        dead = 3 + inc
        for rep in range(1 + inc % 5):
            n += 1
            text = ("date 2024-03-%02d %s, %s - Gunmen %s %d villagers in an attack on %s in %s on "
                    "Monday, officials said. Report %d of the incident." %
                    (day, town.upper(), country, rnd.choice(verbs), dead + rep // 2, town, country, rep))
            f.write(json.dumps({"id": "a%04d" % n, "url": "https://example.org/%d" % n, "text": text}) + "\n")
            if n % 10 == 0:  # the same story re-posted under another id and URL
                n += 1
                f.write(json.dumps({"id": "a%04d" % n, "url": "https://mirror.example.org/%d" % n,
                                    "text": text}) + "\n")
EOF

check_db() { # DB: consistency of a store left by a killed ingest
  python3 - "$1" <<'EOF'
import sqlite3, sys, os
if not os.path.exists(sys.argv[1]):
    sys.exit(0)  # killed before the file was made
db = sqlite3.connect(sys.argv[1])
ok = db.execute("PRAGMA integrity_check").fetchone()[0]
assert ok == "ok", ok
tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
if "articles" not in tables:
    sys.exit(0)  # killed while the schema was being made: nothing stored
db.execute("INSERT INTO article_fts(article_fts) VALUES('integrity-check')")
bad = db.execute("""SELECT a.article_id, a.n_events, (SELECT count(*) FROM events e WHERE e.aid = a.aid)
                    FROM articles a WHERE a.n_events != (SELECT count(*) FROM events e WHERE e.aid = a.aid)""").fetchall()
assert not bad, ("half-stored articles", bad[:5])
orphans = db.execute("SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM incidents i WHERE i.id = e.incident)"
                     " OR NOT EXISTS (SELECT 1 FROM articles a WHERE a.aid = e.aid)").fetchone()[0]
assert orphans == 0, ("events without incident or article", orphans)
geo = db.execute("SELECT count(*) FROM events WHERE lat IS NOT NULL").fetchone()[0]
rt = db.execute("SELECT count(*) FROM event_geo").fetchone()[0]
assert geo == rt, ("R*Tree rows", geo, rt)
wrong = db.execute("SELECT count(*) FROM incidents i WHERE n_events != (SELECT count(*) FROM events e WHERE e.incident = i.id)").fetchone()[0]
assert wrong == 0, ("incidents miscounting their events", wrong)
EOF
}

# a reference store, built in one uninterrupted run
"$bin" ingest --quiet --batch 4 --db "$tmp/ref.db" "$tmp/in.jsonl" 2>"$tmp/ref.err" ||
  { echo "crash: reference ingest failed: $(tail -1 "$tmp/ref.err")"; exit 1; }
# the shortest of three timed runs (a fresh store each time)
run_us=
for k in 1 2 3; do
  rm -f "$tmp"/timing.db*
  t0=$(date +%s%N)
  "$bin" ingest --quiet --batch 4 --db "$tmp/timing.db" "$tmp/in.jsonl" 2>/dev/null
  t1=$(date +%s%N)
  us=$(( (t1 - t0) / 1000 ))
  if [ -z "$run_us" ] || [ "$us" -lt "$run_us" ]; then run_us=$us; fi
done
[ "$run_us" -lt 1000 ] && run_us=1000

db="$tmp/crash.db"
mid=0 tries=0
while [ "$mid" -lt "$kills" ] && [ "$tries" -lt $((kills * 4)) ]; do
  tries=$((tries + 1))
  "$bin" ingest --quiet --batch 4 --db "$db" "$tmp/in.jsonl" 2>/dev/null &
  pid=$!
  # a random moment within the length of a whole run (from nothing stored to all)
  us=$(( (RANDOM * 32768 + RANDOM) % run_us ))
  sleep "$(printf '0.%06d' "$us")"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  rc=$?
  [ "$rc" -eq 137 ] && mid=$((mid + 1))   # it was killed, not finished
  if ! out=$(check_db "$db" 2>&1); then
    echo "crash: after try $tries (kill at ${us} us): $out" | tail -3
    exit 1
  fi
  # a run that got to the end: check it against the reference, then start
  # again from an empty store (so each series is kill, rerun, kill, ... end)
  if [ "$rc" -ne 137 ]; then
    "$bin" export --db "$db" --format jsonl >"$tmp/part.jsonl" 2>/dev/null
    "$bin" export --db "$tmp/ref.db" --format jsonl >"$tmp/ref.jsonl"
    if ! cmp -s "$tmp/ref.jsonl" "$tmp/part.jsonl"; then
      echo "crash: after try $tries the finished store differs from an uninterrupted run"; exit 1
    fi
    rm -f "$db" "$db-wal" "$db-shm"
  fi
done
if [ "$mid" -lt "$kills" ]; then
  echo "crash: only $mid of $tries runs were killed before they ended"; exit 1
fi

"$bin" ingest --quiet --batch 4 --db "$db" "$tmp/in.jsonl" 2>"$tmp/final.err" ||
  { echo "crash: the rerun failed: $(tail -1 "$tmp/final.err")"; exit 1; }
check_db "$db" || exit 1
"$bin" export --db "$tmp/ref.db" --format jsonl >"$tmp/ref.jsonl"
"$bin" export --db "$db" --format jsonl >"$tmp/final.jsonl"
if ! cmp -s "$tmp/ref.jsonl" "$tmp/final.jsonl"; then
  echo "crash: the store after kills and a rerun differs from an uninterrupted one"
  diff "$tmp/ref.jsonl" "$tmp/final.jsonl" | head -5
  exit 1
fi
n=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*), count(distinct article_id) from articles').fetchone())" "$db")
echo "crash: $mid SIGKILLs mid-run (of $tries tries; a whole run takes ${run_us} us), all checks passed; final store (articles, distinct ids) = $n"
