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
