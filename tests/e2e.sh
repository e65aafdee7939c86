#!/usr/bin/env bash
# tests/e2e.sh BUILD — end-to-end checks of the sitrep command line.
#
# Prints "ok - NAME" or "not ok - NAME" per check (TAP style; tests/run.sh
# counts them).  Checks that need ../shared (the seed, the dev gold, the
# corpora) are skipped when it is absent.  In a sanitizer build (BUILD ends
# in -asan) every corpus file is also run through the binary, and any
# sanitizer report fails the check.
set -u
build=${1:-build}
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
bin="$build/sitrep"
shared="$here/../shared"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
asan=0
case "$build" in *asan*) asan=1 ;; esac

ok() { echo "ok - $1"; }
nok() { echo "not ok - $1${2:+: $2}"; }
check() { # NAME CMD... : ok when CMD succeeds
  local name=$1; shift
  if "$@" >"$tmp/out" 2>"$tmp/err"; then ok "$name"; else nok "$name" "$(head -c 300 "$tmp/err")"; fi
}
py() { python3 - "$@"; }

# --- usage
check "sitrep --help exits 0" "$bin" --help
check "sitrep code --help exits 0" "$bin" code --help
check "sitrep explain --help exits 0" "$bin" explain --help
if "$bin" bogus >/dev/null 2>&1; then nok "unknown command fails"; else ok "unknown command fails"; fi
if "$bin" code --format xml sample >/dev/null 2>&1; then nok "bad --format fails"; else ok "bad --format fails"; fi
check "sitrep --version names GeoNames" sh -c "'$bin' --version | grep -q GeoNames"
check "sitrep lexicon check: the shipped lexicons have no errors" sh -c "'$bin' lexicon check | tail -1 | grep -q '^lexicon check: 0 error(s)'"
mkdir -p "$tmp/badlex/lexicon" && cp data/lexicon/*.lex "$tmp/badlex/lexicon/" &&
  printf 'strike\tclass=strikes\tcameo=190\n' >>"$tmp/badlex/lexicon/triggers.lex"
check "sitrep lexicon check names a bad entry by file and line, exit 1" sh -c "! '$bin' lexicon check --data '$tmp/badlex' >'$tmp/badlex.out' && grep -q 'triggers.lex:[0-9]*: error: \"strike\": class=strikes' '$tmp/badlex.out'"

# --- the bundled sample
"$bin" code sample >"$tmp/sample.jsonl" 2>"$tmp/sample.err"
check "sample codes without errors" test ! -s "$tmp/sample.err"
check "sample events match expectations" py "$tmp/sample.jsonl" <<'EOF'
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1])]
by = {}
for e in ev: by.setdefault(e["article_id"], []).append(e)
def one(aid):
    assert len(by.get(aid, [])) == 1, (aid, by.get(aid))
    return by[aid][0]
k = one("kherson-shelling")
assert k["event_type"] == "Explosions/Remote violence", k
assert k["sub_event_type"] == "Shelling/artillery/missile attack", k
assert k["date"] == "2023-11-13", k          # "Monday evening" in an article of Tuesday
assert k["fatalities"] == 3 and k["injured"] == 7, k
assert k["location"]["country"] == "UA", k
p = one("sample-001")
assert p["event_type"] == "Protests" and p["sub_event_type"] == "Protest with intervention", p
assert p["date"] == "2024-03-05" and p["location"]["country"] == "KE", p
a = one("sample-002")
assert a["sub_event_type"] == "Air/drone strike" and a["fatalities"] == 6, a
assert a["date"] == "2022-09-17" and a["location"]["country"] == "ML", a
assert "sample-003" not in by, by.get("sample-003")
b = one("sample-004")
assert b["sub_event_type"] == "Remote explosive/landmine/IED", b
assert b["fatalities"] == 4 and b["injured"] == 2 and b["date"] == "2020-01-09", b
for e in ev:
    s, t = e["evidence"]["start"], e["evidence"]["end"]
    assert 0 <= s < t and e["evidence"]["text"], e
    assert 0 <= e["confidence"] <= 1
EOF

# --- determinism, stdin, CSV
"$bin" code sample >"$tmp/again.jsonl" 2>/dev/null
check "same input gives the same output and ids" cmp "$tmp/sample.jsonl" "$tmp/again.jsonl"
"$bin" code - <sample/articles.jsonl >"$tmp/stdin.jsonl" 2>/dev/null
"$bin" code sample/articles.jsonl >"$tmp/file.jsonl" 2>/dev/null
check "stdin JSONL equals file input" cmp "$tmp/stdin.jsonl" "$tmp/file.jsonl"
"$bin" code - <sample/kherson-shelling.txt >"$tmp/stdin-raw.jsonl" 2>/dev/null
check "stdin raw record is coded" grep -q '"sub_event_type":"Shelling/artillery/missile attack"' "$tmp/stdin-raw.jsonl"
"$bin" explain sample/kherson-shelling.txt >"$tmp/explain.txt" 2>/dev/null
check "explain shows sentences, triggers and field sources" sh -c "grep -q '^\[1\]' '$tmp/explain.txt' && grep -q 'trigger: \"shell\"' '$tmp/explain.txt' && grep -q 'fatalities 3 (sentence 1)' '$tmp/explain.txt'"
printf '%s\n' '{"id":"x","date":"2024-07-26","text":"A bomb exploded in Paris on Thursday, killing two people, Henry County officials said."}' >"$tmp/paris.jsonl"
"$bin" explain "$tmp/paris.jsonl" >"$tmp/explain-paris.txt" 2>/dev/null
check "explain shows why a namesake won (places named near it)" sh -c "grep -q 'place: \"Paris\" -> Paris, Tennessee.*support' '$tmp/explain-paris.txt'"
"$bin" code --format csv sample >"$tmp/sample.csv" 2>/dev/null
check "CSV has a header and one row per event" py "$tmp/sample.csv" "$tmp/sample.jsonl" <<'EOF'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
n = sum(1 for l in open(sys.argv[2]) if l.strip())
assert len(rows) == n, (len(rows), n)
assert rows and rows[0]["event_type"] and rows[0]["evidence"]
EOF
check "--format jsonl is accepted" "$bin" code --format jsonl sample/articles.jsonl

# --- bad input: every problem named with file and position; batch goes on
if "$bin" code "$tmp/missing.txt" >/dev/null 2>"$tmp/missing.err"; then nok "missing file exits non-zero"
else check "missing file is named" grep -q "missing.txt" "$tmp/missing.err"; fi
mkdir -p "$tmp/bad"
py "$tmp/bad" <<'EOF'
import json, sys, os
d = sys.argv[1]
good = {"id": "good1", "date": "2024-01-02", "text": "Gunmen killed five villagers in an attack on the village of Kidal in northern Mali on Monday, officials said."}
with open(os.path.join(d, "mixed.jsonl"), "wb") as f:
    f.write((json.dumps(good) + "\n").encode())
    f.write(b'{"id": "trunc", "text": "half a rec\n')               # line 2: truncated JSON
    f.write(b'["not", "an", "object"]\n')                          # line 3
    f.write(b'{"id": "nul", "text": "a\x00b"}\n')                  # line 4: NUL byte
    f.write(b'{"id": "badutf", "text": "caf\xe9 attack"}\n')       # line 5: invalid UTF-8
    good2 = dict(good, id="good2")
    f.write((json.dumps(good2) + "\n").encode())
open(os.path.join(d, "empty.txt"), "w").close()
with open(os.path.join(d, "zz-big.jsonl"), "w") as f:
    f.write(json.dumps({"id": "big", "text": "word " * (10 * 1024 * 1024)}) + "\n")
EOF
"$bin" code "$tmp/bad" >"$tmp/bad.out" 2>"$tmp/bad.err"; rc=$?
check "bad records do not stop the batch" py "$tmp/bad.out" <<'EOF'
import json, sys
ids = {json.loads(l)["article_id"] for l in open(sys.argv[1]) if l.strip()}
assert {"good1", "good2"} <= ids, ids
EOF
check "truncated JSON named with file and line" grep -q "mixed.jsonl:2" "$tmp/bad.err"
check "non-object line named with file and line" grep -q "mixed.jsonl:3" "$tmp/bad.err"
check "NUL byte named with file and line" grep -q "mixed.jsonl:4" "$tmp/bad.err"
check "invalid UTF-8 named with file and line" grep -q "mixed.jsonl:5" "$tmp/bad.err"
check "empty file reported" grep -q "empty.txt" "$tmp/bad.err"
if [ "$rc" -eq 0 ]; then ok "batch with bad records still exits 0"; else nok "batch with bad records still exits 0" "exit $rc"; fi

# --- the event store: ingest, query, export (docs/store.md)
db="$tmp/store.db"
check "ingest --help exits 0" "$bin" ingest --help
check "query --help exits 0" "$bin" query --help
"$bin" ingest --db "$db" sample >"$tmp/ingest.out" 2>"$tmp/ingest.err"; rc=$?
if [ "$rc" -eq 0 ] && grep -q "^ingest: .* articles read, .* stored" "$tmp/ingest.err"; then ok "ingest sample into a new store"
else nok "ingest sample into a new store" "exit $rc: $(tail -1 "$tmp/ingest.err")"; fi
"$bin" ingest --db "$db" sample 2>"$tmp/ingest2.err"
check "a second ingest stores nothing" grep -q " 0 stored, .* 0 new incidents, 0 merged" "$tmp/ingest2.err"
"$bin" export --db "$db" --format events >"$tmp/store-events.jsonl" 2>/dev/null
check "export --format events reproduces sitrep code" cmp "$tmp/sample.jsonl" "$tmp/store-events.jsonl"
"$bin" query --db "$db" --format jsonl >"$tmp/q.jsonl" 2>/dev/null
check "query JSONL: one incident a line with sources and events" py "$tmp/q.jsonl" "$tmp/sample.jsonl" <<'EOF2'
import json, sys
inc = [json.loads(l) for l in open(sys.argv[1])]
ev = [json.loads(l) for l in open(sys.argv[2]) if l.strip()]
assert inc and sum(i["n_events"] for i in inc) == len(ev), (len(inc), len(ev))
for i in inc:
    assert i["sources"] and len(i["events"]) == i["n_events"], i
    assert i["n_sources"] == len(i["sources"]), i
k = [i for i in inc if any(s["article_id"] == "kherson-shelling" for s in i["sources"])]
assert len(k) == 1 and k[0]["fatalities"] == 3 and k[0]["location"]["country"] == "UA", k
EOF2
"$bin" query --db "$db" --country ua --from 2023-11-01 --to 2023-11-30 --type "Explosions/Remote violence" \
  --format jsonl >"$tmp/q-ua.jsonl" 2>/dev/null
check "query filters by country, dates and type" py "$tmp/q-ua.jsonl" <<'EOF2'
import json, sys
inc = [json.loads(l) for l in open(sys.argv[1])]
assert len(inc) == 1 and inc[0]["date"] == "2023-11-13", inc
EOF2
"$bin" query --db "$db" --near 46.63,32.61,30 --format csv >"$tmp/q-near.csv" 2>/dev/null
check "query --near finds Kherson within 30 km (CSV)" sh -c "head -1 '$tmp/q-near.csv' | grep -q '^incident_id,date' && [ \$(wc -l <'$tmp/q-near.csv') -eq 2 ]"
hostile_ok=1
for v in "' OR '1'='1" '" OR 1=1 --' "'; DROP TABLE incidents; --" '%' '_' 'NEAR(x' '*' '"'; do
  for opt in --country --admin1 --type --subtype --cameo --actor --text; do
    n=$("$bin" query --db "$db" "$opt" "$v" --format jsonl 2>"$tmp/h.err" | wc -l); rc=$?
    if [ -s "$tmp/h.err" ] || [ "$n" -ne 0 ]; then hostile_ok=0; echo "# $opt [$v]: $n rows, $(head -1 "$tmp/h.err")"; fi
  done
done
n_after=$("$bin" query --db "$db" --format jsonl | wc -l)
if [ "$hostile_ok" -eq 1 ] && [ "$n_after" -eq "$(wc -l <"$tmp/q.jsonl")" ]; then ok "SQL and FTS5 metacharacters in every filter: no error, no match, nothing changed"
else nok "SQL and FTS5 metacharacters in every filter: no error, no match, nothing changed"; fi
"$bin" query --db "$db" --text 'NEAR(' --format jsonl >"$tmp/near1" 2>&1
"$bin" query --db "$db" --text 'near' --format jsonl >"$tmp/near2" 2>&1
check "--text 'NEAR(' is the word near, not an FTS5 operator" sh -c "[ -s '$tmp/near1' ] && cmp '$tmp/near1' '$tmp/near2'"
if "$bin" query --db "$db" --near 100,0,5 >/dev/null 2>&1; then nok "bad --near is a usage error"; else ok "bad --near is a usage error"; fi
"$bin" ingest --quiet --db "$tmp/stdin.db" - <sample/articles.jsonl 2>/dev/null
"$bin" export --db "$tmp/stdin.db" --format events >"$tmp/stdin-store.jsonl" 2>/dev/null
check "ingest - reads JSONL from stdin" cmp "$tmp/stdin-store.jsonl" "$tmp/file.jsonl"
echo "not a database" >"$tmp/notdb"
if "$bin" ingest --db "$tmp/notdb" sample >/dev/null 2>"$tmp/notdb.err"; then nok "a file that is no store is refused"
else check "a file that is no store is refused and named" grep -q "notdb" "$tmp/notdb.err"; fi
if "$bin" query --db "$tmp/none.db" >/dev/null 2>"$tmp/none.err"; then nok "query of a missing store fails"
else check "query of a missing store names it" grep -q "none.db" "$tmp/none.err"; fi
"$bin" export --db "$db" --format geojson >"$tmp/q.geojson" 2>/dev/null
"$bin" export --db "$db" --format acled >"$tmp/q.acled" 2>/dev/null
"$bin" export --db "$db" --format gdelt >"$tmp/q.gdelt" 2>/dev/null
check "export geojson, acled and gdelt are well formed" py "$tmp/q.geojson" "$tmp/q.acled" "$tmp/q.gdelt" "$tmp/q.jsonl" <<'EOF2'
import csv, json, sys
n = sum(1 for l in open(sys.argv[4]) if l.strip())
g = json.load(open(sys.argv[1]))
assert g["type"] == "FeatureCollection" and len(g["features"]) == n
for f in g["features"]:
    assert f["type"] == "Feature" and "incident_id" in f["properties"]
    if f["geometry"]:
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
rows = list(csv.DictReader(open(sys.argv[2], newline="")))
assert len(rows) == n
for col in ("event_id_cnty", "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type",
            "actor1", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source",
            "notes", "fatalities", "timestamp"):
    assert col in rows[0], col
assert any(r["country"] == "Ukraine" for r in rows), [r["country"] for r in rows]
lines = [l.rstrip("\n").split("\t") for l in open(sys.argv[3])]
assert len(lines) == n and all(len(l) == 61 for l in lines), [len(l) for l in lines]
EOF2
"$bin" ingest --db "$tmp/bad.db" "$tmp/bad" >/dev/null 2>"$tmp/bad-ingest.err"
check "ingest: bad records named, good ones stored, a copy skipped" sh -c "grep -q 'mixed.jsonl:2' '$tmp/bad-ingest.err' && grep -q ' 1 same text' '$tmp/bad-ingest.err' && '$bin' export --db '$tmp/bad.db' --format events | grep -q good1"
check "dedup on our own cases: precision >= 0.9, no near miss merged" python3 tools/dedup-eval.py --sitrep "$bin" tests/dedup/articles.jsonl tests/dedup/clusters.jsonl --min-precision 0.9
python3 tools/dedup-eval.py --sitrep "$bin" tests/dedup/articles.jsonl tests/dedup/clusters.jsonl | sed 's/^/# own cases: /'
check "ingest survives 100 SIGKILLs: store intact, rerun equals one clean run" tests/store-crash.sh "$build" 100
grep -h '^crash:' "$tmp/out" 2>/dev/null | sed 's/^/# /'

# --- sitrep serve: the HTTP API and the page, over real sockets
# A store of the sample (and the dev articles when ../shared is there); the
# server on a free loopback port (--port 0 prints the one it got).
check "serve --help exits 0" "$bin" serve --help
"$bin" serve --db postgresql://127.0.0.1:1/none >/dev/null 2>"$tmp/pg.err"; rc=$?
check "serve: an unreachable postgres:// store is an error naming it (exit 1)" sh -c "[ $rc -eq 1 ] && grep -q 'postgresql://127.0.0.1:1/none' '$tmp/pg.err'"
"$bin" serve --db "$tmp/none.db" >/dev/null 2>"$tmp/none.err"; rc=$?
check "serve: a missing store is an error, not created" sh -c "[ $rc -eq 1 ] && [ ! -e '$tmp/none.db' ] && grep -q 'no such database' '$tmp/none.err'"
"$bin" serve --db sample --port 70000 >/dev/null 2>&1; rc=$?
check "serve: a bad --port is a usage error" test "$rc" -eq 2
serve_db="$tmp/serve.db"
"$bin" ingest --db "$serve_db" sample >/dev/null 2>&1
if [ -f "$shared/gold/news-dev/articles.jsonl" ]; then
  "$bin" ingest --db "$serve_db" "$shared/gold/news-dev/articles.jsonl" >/dev/null 2>&1
else
  echo "# ../shared absent: the served store holds the sample only"
fi
"$bin" query --db "$serve_db" --format jsonl >"$tmp/serve-expected.jsonl" 2>/dev/null
db_sum=$(sha256sum "$serve_db" | cut -d' ' -f1)
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} "$bin" serve --db "$serve_db" --port 0 --timeout 2 2>"$tmp/serve.log" &
spid=$!
port=""
for _ in $(seq 1 100); do
  port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$tmp/serve.log" | head -1)
  [ -n "$port" ] && break
  kill -0 "$spid" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$port" ]; then
  nok "serve starts on a free loopback port" "$(head -c 300 "$tmp/serve.log")"
else
  ok "serve starts on a free loopback port"
  python3 tests/serve_api.py "http://127.0.0.1:$port" "$tmp/serve-expected.jsonl" >"$tmp/api.out" 2>&1; rc=$?
  cat "$tmp/api.out"
  if [ "$rc" -ne 0 ] && ! grep -q '^not ok' "$tmp/api.out"; then nok "serve API checks ran" "exit $rc: $(tail -c 300 "$tmp/api.out")"; fi
  shot="$here/docs/serve.png"; [ "$asan" -eq 1 ] && shot="$tmp/serve.png"
  if [ ! -d node_modules/playwright-core ]; then
    nok "browser test" "node_modules/playwright-core missing: run scripts/setup.sh"
  elif [ ! -x /usr/lib/chromium/chromium ] && [ ! -x /usr/bin/chromium ]; then
    nok "browser test" "Chromium missing: run scripts/setup.sh (Debian package chromium)"
  else
    timeout 150 node tests/browser.mjs "http://127.0.0.1:$port" "$shot" >"$tmp/browser.out" 2>&1; rc=$?
    cat "$tmp/browser.out"
    if [ "$rc" -ne 0 ] && ! grep -q '^not ok' "$tmp/browser.out"; then nok "browser test ran" "exit $rc: $(tail -c 300 "$tmp/browser.out")"; fi
  fi
  kill -TERM "$spid" 2>/dev/null
fi
wait "$spid" 2>/dev/null; rc=$?
check "serve stops cleanly on SIGTERM (exit 0, no sanitizer report)" sh -c "[ $rc -eq 0 ] && ! grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:' '$tmp/serve.log'"
check "serve left the store unchanged (opened read-only)" test "$(sha256sum "$serve_db" | cut -d' ' -f1)" = "$db_sum"

# --- the reference article and the dev gold (need ../shared)
seed="$shared/seed/000_86e53175df0a9543.txt"
if [ -f "$seed" ]; then
  "$bin" code "$seed" >"$tmp/seed.jsonl" 2>/dev/null
  check "seed yields exactly one event with the gold fields" py "$tmp/seed.jsonl" <<'EOF'
import json, math, sys
ev = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
assert len(ev) == 1, ev
e = ev[0]
assert e["date"] == "2024-07-25" and e["date_precision"] == "day", e
assert e["event_type"] == "Explosions/Remote violence", e
assert e["sub_event_type"] == "Shelling/artillery/missile attack" and e["cameo"].startswith("19"), e
assert e["weapon"] and "rocket" in e["weapon"].lower() and e["weapon_count"] == 4, e
assert e["fatalities"] == 0 and e["injured"] == 0, e
loc = e["location"]
assert loc["country"] == "IQ" and "Anbar" in (loc["admin1"] or ""), loc
d = math.hypot(loc["lat"] - 33.7856, (loc["lon"] - 42.4412) * math.cos(math.radians(33.8))) * 111
assert d < 5, (d, loc)
assert e["evidence"]["text"].startswith("Four Katyusha rockets"), e
EOF
  check "scorecard on the seed scores 1.0 on the gold fields" sh -c "python3 '$shared/scorecard' '$seed' '$shared/seed/gold.jsonl' --sitrep '$bin' --json > '$tmp/seed.score'; python3 -c \"
import json; r=json.load(open('$tmp/seed.score')); a=r['field_accuracy']
assert r['predicted_events']==1, r
for f in ('event_type','date','loc_25km','fatalities','weapon','weapon_count'): assert a[f]==1.0, (f, a)
\""
else
  echo "# ../shared absent: seed checks skipped"
fi
dev="$shared/gold/news-dev"
if [ -f "$dev/articles.jsonl" ] && [ "$asan" -eq 0 ]; then
  check "dev gold: headline >= 0.65 and event F1 >= 0.70" sh -c "python3 '$shared/scorecard' '$dev/articles.jsonl' '$dev/gold.jsonl' --sitrep '$bin' --json > '$tmp/dev.score'; python3 -c \"
import json; r=json.load(open('$tmp/dev.score'))
assert r['headline'] >= 0.65 and r['f1'] >= 0.70, r
\""
fi
if [ -f "$shared/gold/dedup-dev/clusters.jsonl" ]; then
  check "dedup-dev: pairwise precision and recall >= 0.9, no near miss merged" python3 tools/dedup-eval.py --sitrep "$bin" --min-precision 0.9 --min-recall 0.9
  python3 tools/dedup-eval.py --sitrep "$bin" | sed 's/^/# dedup-dev: /'
fi
bbc="$shared/corpus/bbc.articles.jsonl"
if [ -f "$bbc" ] && [ "$asan" -eq 0 ]; then
  "$bin" code "$bbc" >"$tmp/bbc.jsonl" 2>/dev/null
  check "BBC: at most 3 events per 100 articles in non-news sections" py "$bbc" "$tmp/bbc.jsonl" <<'EOF'
import json, sys, collections
arts = collections.Counter(json.loads(l)["id"].split("/")[1] for l in open(sys.argv[1]))
evs = collections.Counter(json.loads(l)["article_id"].split("/")[1] for l in open(sys.argv[2]) if l.strip())
for cat in ("business", "entertainment", "sport", "tech"):
    rate = 100.0 * evs[cat] / arts[cat]
    assert rate <= 3.0, (cat, evs[cat], arts[cat], rate)
EOF
fi

# --- evaluation tools (tools/muc-eval.py, tools/ucdp-eval.py, tools/plover-eval.py): they run and print their
# tables on a small subset; baselines only, no thresholds (docs/evaluation-muc-ucdp.md)
check "muc-eval skips cleanly without its data" sh -c "python3 tools/muc-eval.py --data '$tmp/none' --sitrep '$bin' | grep -q '^skipped: ../shared absent'"
check "ucdp-eval skips cleanly without its data" sh -c "python3 tools/ucdp-eval.py --data '$tmp/none.csv' --sitrep '$bin' | grep -q '^skipped: ../shared absent'"
if [ -f "$shared/gold/muc34/muc34.tar.gz" ]; then
  check "muc-eval prints its slot table (first 10 messages of TST3 and TST4)" sh -c "python3 tools/muc-eval.py --sitrep '$bin' --limit 10 >'$tmp/muc.out' && grep -q '^templates: precision' '$tmp/muc.out' && grep -q '^  killed ' '$tmp/muc.out' && grep -q '^  weapon ' '$tmp/muc.out'"
else
  echo "# ../shared absent: muc-eval check skipped"
fi
if [ -f "$shared/gold/ucdp-syria/ucdp_syria_df.csv" ]; then
  check "ucdp-eval prints its agreement table (first 200 selected events)" sh -c "python3 tools/ucdp-eval.py --sitrep '$bin' --limit 200 >'$tmp/ucdp.out' && grep -q 'fatalities == best' '$tmp/ucdp.out' && grep -q 'place within 25 km' '$tmp/ucdp.out'"
else
  echo "# ../shared absent: ucdp-eval check skipped"
fi
check "plover-eval skips cleanly without its data" sh -c "python3 tools/plover-eval.py --data '$tmp/none' --sitrep '$bin' | grep -q '^skipped: ../shared absent'"
if [ -f "$shared/gold/plover-gsr/PLOVER_GSR_CAMEO.txt" ]; then
  check "plover-eval prints its CAMEO root and actor agreement (322 PLOVER gold sentences)" sh -c "python3 tools/plover-eval.py --sitrep '$bin' >'$tmp/plover.out' && grep -q '^cameo root accuracy' '$tmp/plover.out' && grep -q '^source actor accuracy' '$tmp/plover.out'"
else
  echo "# ../shared absent: plover-eval check skipped"
fi
# --- incumbent coders' dictionaries and suites (TABARI, PETRARCH; need ../shared)
tabari="$shared/coders/tabari"
if [ -f "$tabari/Validate.project" ]; then
  check "sitrep suite tabari: at least 95% of TABARI's validation records" sh -c "
    '$bin' suite tabari '$tabari' >'$tmp/tabari.out' 2>'$tmp/tabari.err' &&
    tail -1 '$tmp/tabari.out' | awk -F'[ /]' '/^TABARI-Validate: / { exit !(\$2 >= 0.95 * \$3 && \$3 >= 471) } END { if (NR == 0) exit 1 }' &&
    test ! -s '$tmp/tabari.err'"
  printf '950101 T-1\nArnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its embassy.\n' >"$tmp/tb.txt"
  check "sitrep code --dictionaries tabari: prints source, target, code" sh -c "
    '$bin' code --dictionaries 'tabari:$tabari/Validate.project' '$tmp/tb.txt' | grep -qx 'T-1	1	ARN	GON	064'"
else
  echo "# ../shared/coders absent: TABARI suite skipped"
fi
petr1="$shared/coders/petrarch1"
if [ -f "$petr1/PETR.UnitTest.records.xml" ]; then
  check "sitrep suite petrarch1: at least 90% of PETRARCH-1's unit tests" sh -c "
    '$bin' suite petrarch1 '$petr1' >'$tmp/petr1.out' 2>'$tmp/petr1.err' &&
    tail -1 '$tmp/petr1.out' | awk -F'[ /]' '/^PETRARCH1-UnitTest: / { exit !(\$2 >= 0.90 * \$3 && \$3 >= 278) } END { if (NR == 0) exit 1 }'"
fi
if [ -f "$shared/coders/universalpetrarch/PETR2_GSR_validation.xml" ] && [ -d "$shared/coders/petrarch2/dictionaries" ]; then
  # issue 3: at least 80% of the 78 evaluated sentences exactly right, and event-triple
  # precision and recall above PETRARCH2's own 0.776 and 0.703
  check "sitrep suite petr2-gsr: at least 80% of the GSR, triples above PETRARCH2's precision and recall" sh -c "
    '$bin' suite petr2-gsr '$shared/coders' 2>/dev/null >'$tmp/gsr.out' &&
    grep '^event triples: ' '$tmp/gsr.out' | awk '{ exit !(\$4 > 0.776 && \$7 > 0.703) } END { if (NR == 0) exit 1 }' &&
    tail -1 '$tmp/gsr.out' | awk -F'[ /]' '/^PETR2-GSR: / { exit !(\$2 >= 0.80 * \$3 && \$3 == 78) } END { if (NR == 0) exit 1 }'"
  # PETRARCH2's dictionaries and the coding ontology beside them, from the CLI
  mkdir -p "$tmp/p2dict"
  for f in "$shared"/coders/petrarch2/dictionaries/*.txt "$shared/coders/universalpetrarch/PETR.Internal.Coding.Ontology.txt"; do
    ln -sf "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" "$tmp/p2dict/"
  done
  printf 'Obama wants Putin to attack Switzerland.\n' >"$tmp/p2.txt"
  check "sitrep code --dictionaries petrarch2: nested verbs combine (want + attack = 021)" sh -c "
    '$bin' code --dictionaries 'petrarch2:$tmp/p2dict' --date 20150609 '$tmp/p2.txt' 2>/dev/null |
    grep -qx '$tmp/p2.txt:1	1	USAGOV	RUSGOV	021'"
  check "sitrep code --dictionaries petrarch1: PETRARCH dictionaries by their config" sh -c "
    '$bin' code --dictionaries 'petrarch1:$shared/coders/petrarch2/dictionaries' --format jsonl --date 20150609 '$tmp/p2.txt' 2>/dev/null |
    grep -q '\"source\":\"USAGOV\"'"
fi
if "$bin" code --dictionaries petrarch2:/nonexistent - </dev/null >/dev/null 2>&1; then
  nok "a missing PETRARCH dictionary directory fails"; else ok "a missing PETRARCH dictionary directory fails"; fi
printf 'ARNOR [ARN]\nBROKEN [ARN\n' >"$tmp/bad.actors"
printf 'RESTOR [064]\n- * { A | B ] [065]\n' >"$tmp/bad.verbs"
printf '<actorsfile> bad.actors\n<verbsfile> bad.verbs\n' >"$tmp/bad.project"
echo "Arnor will restore ties with Arnor." | "$bin" code --dictionaries "tabari:$tmp/bad.project" - >/dev/null 2>"$tmp/badd.err"
check "bad dictionary lines are named with file and line" sh -c "
  grep -q 'bad.actors:2: \"\[\" without \"\]\" (line skipped)' '$tmp/badd.err' &&
  grep -q 'bad.verbs:2: \"{\" without \"}\" (line skipped)' '$tmp/badd.err'"
if "$bin" code --dictionaries tabari:/nonexistent.project - </dev/null >/dev/null 2>&1; then
  nok "a missing project file fails"; else ok "a missing project file fails"; fi
# --- the geoparser
check "sitrep geo --help exits 0" "$bin" geo --help
if "$bin" geo >/dev/null 2>&1; then nok "sitrep geo without input fails"; else ok "sitrep geo without input fails"; fi
"$bin" geo sample >"$tmp/geo.jsonl" 2>"$tmp/geo.err"
check "geo on the sample: no errors" test ! -s "$tmp/geo.err"
check "geo spans are byte spans of the text as given" py "$tmp/geo.jsonl" sample <<'EOF'
import json, os, sys
texts = {}
for name in sorted(os.listdir(sys.argv[2])):
    path = os.path.join(sys.argv[2], name)
    if name.endswith(".jsonl"):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                o = json.loads(line)
                texts[o["id"]] = o["text"].encode("utf-8")
    elif name.endswith(".txt"):
        texts[name[:-4]] = open(path, "rb").read()
out = [json.loads(l) for l in open(sys.argv[1])]
assert len(out) >= 5, len(out)
for o in out:
    t = texts[o["article_id"]]
    assert t[o["start"]:o["end"]].decode("utf-8") == o["text"], o
    assert o["precision"] in ("exact", "city", "admin1", "country"), o
    assert (o["lat"] is None) == (o["lon"] is None), o
assert any(o["article_id"] == "kherson-shelling" and o["country"] == "UA" for o in out)
EOF
if [ -f "$seed" ]; then
  "$bin" geo "$seed" >"$tmp/seed-geo.jsonl" 2>/dev/null
  check "geo spans on the scraped seed are byte spans of the file" py "$tmp/seed-geo.jsonl" "$seed" <<'EOF'
import json, sys
raw = open(sys.argv[2], "rb").read()
out = [json.loads(l) for l in open(sys.argv[1])]
assert out, "no toponyms"
for o in out:
    assert raw[o["start"]:o["end"]].decode("utf-8") == o["text"], o
EOF
fi
geo_eval="$shared/geo-eval"
if [ -d "$geo_eval" ]; then
  python3 tools/geo-eval.py --sitrep "$bin" --corpora "$geo_eval" --limit 10 --json >"$tmp/geo-eval.json" 2>"$tmp/geo-eval.err"
  check "geo-eval scores a sample of each corpus" py "$tmp/geo-eval.json" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
assert sorted(r) == ["GeoVirus", "GeoWebNews", "LGL", "TR-News"], r
for c, m in r.items():
    assert m["gold"] > 0 and 0 <= m["F1"] <= 1 and 0 <= m["acc161"] <= 1, (c, m)
EOF
else
  echo "# ../shared/geo-eval absent: geo-eval check skipped"
fi
check "geo-eval skips cleanly without corpora" sh -c "python3 tools/geo-eval.py --sitrep '$bin' --corpora '$tmp/none' | grep -q '^skip'"

# --- sanitizers over every corpus file
if [ "$asan" -eq 1 ] && [ -d "$shared" ]; then
  for f in "$shared"/corpus/*.jsonl "$shared"/gold/news-dev/articles.jsonl "$seed"; do
    [ -f "$f" ] || continue
    ASAN_OPTIONS=detect_leaks=1:exitcode=86 "$bin" code "$f" >/dev/null 2>"$tmp/san.err"; rc=$?
    case "$f" in *news-dev*|*seed*)   # the geoparser too, on the smaller files
      if [ "$rc" -eq 0 ]; then
        ASAN_OPTIONS=detect_leaks=1:exitcode=86 "$bin" geo "$f" >/dev/null 2>>"$tmp/san.err"; rc=$?
      fi ;;
    esac
    if [ "$rc" -eq 0 ] && ! grep -qE "ERROR: (Address|Leak)Sanitizer|runtime error:" "$tmp/san.err"; then
      ok "sanitizers clean on $(basename "$f")"
    else
      nok "sanitizers clean on $(basename "$f")" "exit $rc: $(grep -m1 -E 'ERROR|runtime error' "$tmp/san.err")"
    fi
  done
fi
exit 0
