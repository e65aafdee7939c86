#!/usr/bin/env python3
"""ucdp-eval: agreement of sitrep's fatalities, dates and places with UCDP GED Syria.

Usage:
  tools/ucdp-eval.py [--sitrep PATH] [--data CSV] [--scope acled|all] [--limit N]
                     [--details] [--json] [--keep DIR]

How it works (docs/evaluation-muc-ucdp.md has the full method and the baselines):
 1. Reads CSV (default ../shared/gold/ucdp-syria/ucdp_syria_df.csv beside the
    repository) and selects the events whose source_headline states a number of
    deaths, by a rule that does not look at sitrep or at the UCDP counts:
    a number (digits, or a number word one..twenty, thirty..ninety, hundred) with
    a death word at most seven words after it and no other number between ("14
    dead", "12 killed", "40 people were killed", "2 martyrs"), or a killing verb
    or phrase just before it, with at most a quantifier between ("kills 13",
    "killed about 20", "claimed the lives of 2", "the death of 16", "death toll
    to 30", "executes 8").  The first such number in the items is the headline's
    stated number.  Years, dates, times and numbers followed by a unit of time
    (days, hours...) never count.  "Casualties" does not count (SOHR uses it for
    killed and wounded together).
 2. Builds one article per selected event: id = the UCDP id, date = the first
    source_date when it lies in date_start-30 days .. date_end+30 days, else
    date_end; text = the headline, HTML entities decoded, its ';'-separated items
    (one per source: they line up with source_date and source_office) as
    separate paragraphs.
 3. Runs `SITREP code --format jsonl [--scope all] ARTICLES` and compares, per
    UCDP event, the sitrep event with the highest fatalities (the first event
    when none has a count): fatalities against best (exact, within 1, within
    low..high, absolute error), date against date_start..date_end, place against
    latitude/longitude (within 25 and 50 km, for where_prec 1-2, i.e. UCDP knows
    the place to 25 km) and admin1 against adm_1 (where_prec 1-4).
 4. Prints the same table for all selected events and for those from a single
    source headline, with the headline's own first stated number as a reference
    row (how often the headline number itself equals best).
Exits 0 with "skipped: ../shared absent" when the data is not there.
"""
import csv
import datetime as dt
import html
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_DATA = os.path.join(ROOT, "..", "shared", "gold", "ucdp-syria", "ucdp_syria_df.csv")

# ------------------------------------------------------------ selection rule

NUMWORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
NUMWORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                 "eighty": 80, "ninety": 90, "hundred": 100})
DEATH_AFTER = {"killed", "dead", "died", "die", "dies", "deaths", "death", "martyrs", "martyr",
               "martyred", "bodies", "corpses", "executed", "slain", "perished", "fatalities", "lives"}
KILL_BEFORE = [r"kills?", r"killed", r"killing", r"claim(?:s|ed|ing)? the lives? of",
               r"deaths? of", r"death toll(?: \w+){0,4} to", r"execut(?:es?|ed|ing)", r"massacre of"]
QUANT = r"(?:(?:about|around|nearly|almost|at least|more than|over|up to|some|approximately)\s+)?"
TIME_UNITS = {"day", "days", "hours", "hour", "weeks", "week", "months", "month", "years", "year",
              "consecutive", "km", "kilometers", "minutes", "am", "pm"}
TOKEN_RE = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|\d+(?:,\d{3})*(?:\.\d+)?(?:[/:]\d+)*")


def as_number(tok):
    t = tok.lower()
    if t in NUMWORDS:
        return NUMWORDS[t]
    if re.fullmatch(r"\d+(?:,\d{3})*", t):
        n = int(t.replace(",", ""))
        if 1900 <= n <= 2100 and "," not in t:
            return None  # a year
        return n
    return None


def stated_deaths(item):
    """First number of deaths a headline item states, or None (see the module doc)."""
    toks = TOKEN_RE.findall(item)
    low = [t.lower() for t in toks]
    for i, t in enumerate(toks):
        n = as_number(t)
        if n is None or n == 0:
            continue
        if i + 1 < len(low) and low[i + 1] in TIME_UNITS:
            continue
        for j in range(i + 1, min(i + 8, len(low))):
            if as_number(toks[j]) is not None:
                break
            if low[j] in DEATH_AFTER:
                return n
    for m in re.finditer(r"\b(?:" + "|".join(KILL_BEFORE) + r")\s+" + QUANT +
                         r"(\d+(?:,\d{3})*|[a-z]+)\b(?!\s*(?:days?|hours?|weeks?|months?)\b)",
                         item, re.I):
        n = as_number(m.group(1))
        if n:
            return n
    return None


# ------------------------------------------------------------------- helpers

def parse_date(s):
    try:
        return dt.date.fromisoformat(s.strip())
    except (AttributeError, ValueError):
        return None


def km(la1, lo1, la2, lo2):
    try:
        la1, lo1, la2, lo2 = map(math.radians, map(float, (la1, lo1, la2, lo2)))
    except (TypeError, ValueError):
        return None
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def fold(s):
    s = unicodedata.normalize("NFKD", str(s or "")).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", s.lower()).split())


# Syrian governorates: spellings in UCDP (adm_1) and in sitrep's gazetteer -> one key
GOV_ALIASES = {
    "aleppo": ["aleppo", "halab"], "idlib": ["idlib", "idleb"], "hama": ["hama", "hamah"],
    "homs": ["homs", "hims"], "damascus": ["damascus", "dimashq"],
    "rif dimashq": ["rif dimashq", "reef dimashq", "rif damascus", "rural damascus", "damascus countryside"],
    "daraa": ["daraa", "dara a", "deraa", "dar a"], "suwayda": ["suwayda", "sweida", "suwaida", "suwaydaa"],
    "quneitra": ["quneitra", "qunaytirah", "qunaitra"], "latakia": ["latakia", "lattakia", "ladhiqiyah"],
    "tartus": ["tartus", "tartous"], "deir ez zor": ["deir ez zor", "deir ezzor", "dayr az zawr", "deir al zor", "deir ez zur"],
    "raqqa": ["raqqah", "raqqa"], "hasakah": ["hasakah", "hasakeh", "hasaka", "hassakeh"],
}
ALIAS = {a: k for k, v in GOV_ALIASES.items() for a in v}


def gov(s):
    w = [x for x in fold(s).split() if x not in ("governorate", "province", "muhafazat")]
    while w and w[0] in ("al", "ar", "as", "ad", "an", "at", "el", "ash", "az"):
        w = w[1:]
    t = " ".join(w)
    return ALIAS.get(t, t) if t and t != "na" else None


# ------------------------------------------------------------------ articles

def load_events(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    out = []
    for r in rows:
        # decode entities first: "&#8217;" holds a ';' that is not an item separator
        items = [x.strip() for x in html.unescape(r["source_headline"]).split(";") if x.strip()]
        nums = [stated_deaths(x) for x in items]
        stated = next((n for n in nums if n is not None), None)
        r["_items"] = items
        r["_stated"] = stated
        out.append(r)
    return out


def article_for(r):
    ds, de = parse_date(r["date_start"]), parse_date(r["date_end"])
    src = [parse_date(x) for x in r["source_date"].split(";")]
    pub = next((d for d in src if d), None)
    if not (pub and ds and de and ds - dt.timedelta(days=30) <= pub <= de + dt.timedelta(days=30)):
        pub = de
    paras = [x if re.search(r"[.!?]$", x) else x + "." for x in r["_items"]]
    return {"id": str(r["id"]), "url": None, "date": pub.isoformat() if pub else None,
            "title": None, "text": "\n\n".join(paras)}


# ------------------------------------------------------------------- scoring

ROWS = [
    ("emitted", "sitrep emits an event"),
    ("has_count", "sitrep event states fatalities"),
    ("exact", "fatalities == best"),
    ("within1", "|fatalities - best| <= 1"),
    ("in_range", "low <= fatalities <= high"),
    ("date", "date in date_start..date_end"),
    ("date1", "date within 1 day of that range"),
    ("km25", "place within 25 km (where_prec 1-2)"),
    ("km50", "place within 50 km (where_prec 1-2)"),
    ("admin1", "admin1 == adm_1 (where_prec 1-4)"),
]


def choose(evs):
    """The sitrep event compared with the UCDP event."""
    if not evs:
        return None
    counted = [e for e in evs if e.get("fatalities") is not None]
    if counted:
        return max(counted, key=lambda e: e["fatalities"])
    return evs[0]


def compare(r, e):
    best, low, high = int(r["best"]), int(r["low"]), int(r["high"])
    ds, de = parse_date(r["date_start"]), parse_date(r["date_end"])
    res = {"emitted": e is not None}
    wp = int(r["where_prec"] or 9)
    if e is None:
        res.update({k: False for k, _ in ROWS[1:]})
        res["ae"] = None
        res["_km_scored"], res["_adm_scored"] = wp <= 2, wp <= 4
        return res
    f = e.get("fatalities")
    res["has_count"] = f is not None
    fv = f or 0
    res["exact"] = fv == best
    res["within1"] = abs(fv - best) <= 1
    res["in_range"] = low <= fv <= high
    res["ae"] = abs(f - best) if f is not None else None
    d = parse_date(e.get("date") or "")
    res["date"] = bool(d and ds and de and ds <= d <= de)
    res["date1"] = bool(d and ds and de and ds - dt.timedelta(days=1) <= d <= de + dt.timedelta(days=1))
    loc = e.get("location") or {}
    dist = km(loc.get("lat"), loc.get("lon"), r["latitude"], r["longitude"])
    res["_km_scored"], res["_adm_scored"] = wp <= 2, wp <= 4
    res["km25"] = dist is not None and dist < 25
    res["km50"] = dist is not None and dist < 50
    res["admin1"] = gov(loc.get("admin1")) is not None and gov(loc.get("admin1")) == gov(r["adm_1"])
    res["_dist"] = dist
    return res


def summarise(rows):
    n = len(rows)
    out = {"events": n}
    for k, _ in ROWS:
        if k in ("km25", "km50"):
            sc = [x for x in rows if x["res"]["_km_scored"]]
        elif k == "admin1":
            sc = [x for x in rows if x["res"]["_adm_scored"]]
        else:
            sc = rows
        right = sum(1 for x in sc if x["res"][k])
        out[k] = {"right": right, "of": len(sc), "share": round(right / len(sc), 3) if sc else 0.0}
    aes = [x["res"]["ae"] for x in rows if x["res"]["ae"] is not None]
    out["mae"] = round(sum(aes) / len(aes), 2) if aes else None
    out["mae_n"] = len(aes)
    out["median_ae"] = sorted(aes)[len(aes) // 2] if aes else None
    st = [x for x in rows if x["r"]["_stated"] is not None]
    out["headline_number_exact"] = {"right": sum(1 for x in st if x["r"]["_stated"] == int(x["r"]["best"])),
                                    "of": len(st)}
    out["headline_number_exact"]["share"] = round(out["headline_number_exact"]["right"] / len(st), 3) if st else 0.0
    out["sitrep_equals_headline_number"] = {
        "right": sum(1 for x in st if x["e"] is not None and x["e"].get("fatalities") == x["r"]["_stated"]),
        "of": len(st)}
    out["sitrep_equals_headline_number"]["share"] = round(
        out["sitrep_equals_headline_number"]["right"] / len(st), 3) if st else 0.0
    return out


def print_table(label, s):
    print(f"== {label}: {s['events']} events")
    for k, text in ROWS:
        v = s[k]
        print(f"  {text:42s} {v['right']:6d} / {v['of']:6d} = {v['share']:.3f}")
    print(f"  {'mean absolute error of fatalities vs best':42s} {s['mae']} (median {s['median_ae']}, "
          f"over {s['mae_n']} events with a sitrep count)")
    h = s["headline_number_exact"]
    print(f"  {'reference: headline number == best':42s} {h['right']:6d} / {h['of']:6d} = {h['share']:.3f}")
    h = s["sitrep_equals_headline_number"]
    print(f"  {'sitrep fatalities == headline number':42s} {h['right']:6d} / {h['of']:6d} = {h['share']:.3f}")


def main(argv):
    opts = {"--sitrep": os.path.join(ROOT, "build", "sitrep"), "--data": DEFAULT_DATA,
            "--scope": "acled", "--limit": None, "--keep": None}
    flags = set()
    it = iter(argv)
    for a in it:
        if a in opts:
            opts[a] = next(it, None)
            if opts[a] is None:
                sys.exit(f"ucdp-eval: {a} needs a value")
        elif a in ("--details", "--json"):
            flags.add(a)
        elif a in ("-h", "--help"):
            print(__doc__); return 0
        else:
            sys.exit(f"ucdp-eval: unknown argument {a}\n{__doc__}")
    if not os.path.isfile(opts["--data"]):
        print("skipped: ../shared absent (no " + opts["--data"] + ")")
        return 0
    if not os.access(opts["--sitrep"], os.X_OK):
        sys.exit(f"ucdp-eval: no sitrep binary at {opts['--sitrep']}: build it or give --sitrep PATH")
    allrows = load_events(opts["--data"])
    sel = [r for r in allrows if r["_stated"] is not None]
    sel.sort(key=lambda r: int(r["id"]))
    n_sel = len(sel)
    if opts["--limit"]:
        sel = sel[:int(opts["--limit"])]
    arts = [article_for(r) for r in sel]

    tmpdir = opts["--keep"] or tempfile.mkdtemp(prefix="ucdp-eval.")
    os.makedirs(tmpdir, exist_ok=True)
    ap = os.path.join(tmpdir, "ucdp-articles.jsonl")
    with open(ap, "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    cmd = [opts["--sitrep"], "code", "--format", "jsonl"] + (["--scope", "all"] if opts["--scope"] == "all" else []) + [ap]
    run = subprocess.run(cmd, capture_output=True, text=True)
    if run.returncode != 0:
        sys.stderr.write(run.stderr[-2000:])
        sys.exit(f"ucdp-eval: sitrep exited {run.returncode}")
    if opts["--keep"]:
        with open(os.path.join(tmpdir, "ucdp-events.jsonl"), "w", encoding="utf-8") as f:
            f.write(run.stdout)
    else:
        os.remove(ap)
        os.rmdir(tmpdir)
    by = {}
    for line in run.stdout.splitlines():
        if line.strip():
            e = json.loads(line)
            by.setdefault(str(e.get("article_id")), []).append(e)

    rows = []
    for r, a in zip(sel, arts):
        e = choose(by.get(a["id"], []))
        rows.append({"r": r, "a": a, "e": e, "res": compare(r, e)})
    single = [x for x in rows if len(x["r"]["_items"]) == 1]
    own = [x for x in rows if x["r"]["_stated"] == int(x["r"]["best"])]
    result = {"sitrep": opts["--sitrep"], "scope": opts["--scope"], "ucdp_events": len(allrows),
              "selected": n_sel, "scored": len(rows),
              "all": summarise(rows), "single_headline": summarise(single),
              "headline_number_is_best": summarise(own)}
    if "--json" in flags:
        print(json.dumps(result, indent=1))
        return 0
    if "--details" in flags:
        for x in rows:
            r, e, res = x["r"], x["e"], x["res"]
            wrong = [k for k, _ in ROWS if k not in ("km25", "km50", "admin1") and not res[k]]
            if res["_km_scored"] and not res["km25"]:
                wrong.append("km25")
            if res["_adm_scored"] and not res["admin1"]:
                wrong.append("admin1")
            if not wrong:
                continue
            got = None if e is None else {"date": e.get("date"), "fatalities": e.get("fatalities"),
                                          "sub_event_type": e.get("sub_event_type"),
                                          "location": (e.get("location") or {}).get("name"),
                                          "admin1": (e.get("location") or {}).get("admin1")}
            print(f"{r['id']}: wrong {', '.join(wrong)}\n  got  {json.dumps(got, ensure_ascii=False)}\n"
                  f"  ucdp best {r['best']} ({r['low']}-{r['high']}) {r['date_start']}..{r['date_end']} "
                  f"{r['where_coordinates']} / {r['adm_1']} (where_prec {r['where_prec']})  pub {x['a']['date']}\n"
                  f"  text {x['a']['text'][:300]!r}")
        print()
    print(f"UCDP GED Syria events {len(allrows)}; headline states a number of deaths: {n_sel}"
          + (f" (scored the first {len(rows)} by id)" if len(rows) != n_sel else ""))
    print(f"sitrep {opts['--sitrep']}  scope {opts['--scope']}")
    print_table("all selected events", result["all"])
    print_table("events from a single source headline", result["single_headline"])
    print_table("events whose headline number equals best (the headline gives this event's toll)",
                result["headline_number_is_best"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
