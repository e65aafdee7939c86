#!/usr/bin/env python3
"""muc-eval: score sitrep against the MUC-4 TST3 and TST4 answer keys, per slot.

Usage:
  tools/muc-eval.py [--sitrep PATH] [--data DIR] [--sets tst3,tst4]
                    [--scope acled|all|both] [--case mixed|upper] [--limit N]
                    [--details] [--json] [--keep DIR]

How it works (docs/evaluation-muc-ucdp.md has the full method and the baselines):
 1. Reads DIR/muc34.tar.gz (DIR defaults to ../shared/gold/muc34 beside the
    repository) with tarfile, without unpacking it.  TST3 exists only in upper
    case; TST4 is read from tst4-muc4.mixed-case unless --case upper.
 2. Splits each message file at the id lines ("TST3-MUC4-0001"), takes the
    publication date from the dateline ("SAN SALVADOR, 12 JAN 90 (ACAN-EFE) --"),
    unwraps the hard-wrapped lines into paragraphs and writes one sitrep JSONL
    article per message: {"id","url":null,"date","title":null,"text"}.  The text
    starts with the dateline place ("SAN SALVADOR -- ..."); the dateline's date,
    source and the leading editorial tags ("[Report] [Text]") are dropped.
 3. Runs `SITREP code --format jsonl [--scope all] ARTICLES` once per scope.
 4. Parses the answer keys (key-tst3.v2, key-tst4.v2) into templates and pairs
    sitrep's incident events with key templates within each message, greedily by
    a compatibility score (type, country, city, date, deaths).  Scores template
    detection and, per slot, precision/recall/F1 in the MUC style: a slot filled
    in an unpaired sitrep event is spurious, a key slot of an unpaired template is
    missing.  Optional key templates ("1 (OPTIONAL)") and optional fills ("? ...")
    are never counted missing, but are credited when matched.
Exits 0 with "skipped: ../shared absent" when the data is not there.
"""
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_DATA = os.path.join(ROOT, "..", "shared", "gold", "muc34")

MONTHS = {m: i for i, m in enumerate(
    "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), 1)}

# ------------------------------------------------------------------ articles

ID_RE = re.compile(r"^(TST[34]-MUC4-\d{4})\s*$", re.M)
DATELINE_RE = re.compile(
    r"^\s*(?P<place>.+?),\s*(?:(?P<day>\d{1,2})\s+(?P<mon>[A-Za-z]{3})\w*\s+(?P<yy>\d{2,4})|NO DATE)"
    r"\s*(?:\([^)]*\))?\s*--\s*", re.S | re.I)
LEAD_TAGS_RE = re.compile(r"^(?:\s*\[[^\]]*\])+\s*")


def muc_day(day, mon, yy):
    """'12','JAN','90' -> date(1990,1,12), or None."""
    try:
        y = int(yy)
        y = y + 1900 if y < 100 else y
        return dt.date(y, MONTHS[mon.upper()[:3]], int(day))
    except (KeyError, ValueError):
        return None


def split_messages(text):
    """Message file text -> [(id, body)]."""
    parts = ID_RE.split(text)
    return [(parts[i], parts[i + 1]) for i in range(1, len(parts) - 1, 2)]


def make_article(mid, body):
    """One MUC message -> a sitrep JSONL article dict (date may be None)."""
    paras = [" ".join(l.strip() for l in p.splitlines() if l.strip())
             for p in re.split(r"\n\s*\n", body)]
    paras = [p for p in paras if p]
    first = " ".join(paras[:1])
    date, place = None, None
    m = DATELINE_RE.match(first)
    if m:
        place = m.group("place").strip()
        if m.group("day"):
            d = muc_day(m.group("day"), m.group("mon"), m.group("yy"))
            date = d.isoformat() if d else None
        rest = LEAD_TAGS_RE.sub("", first[m.end():])
        paras[0] = f"{place} -- {rest}" if rest else f"{place} --"
    return {"id": mid, "url": None, "date": date, "title": None,
            "text": "\n\n".join(paras)}


# ---------------------------------------------------------------------- keys

SLOT_RE = re.compile(r"^\s*(\d+)\.\s+([A-Z ]+: [A-Z ]+?)(?:\s{2,}(.*))?$")


def parse_keys(text):
    """Answer-key file -> {message id: [template dict slot -> [fill lines]]}.
    A message whose only template is '*' gets an empty list (irrelevant)."""
    out, cur, slot = {}, None, None
    for line in text.splitlines():
        m = SLOT_RE.match(line)
        if m:
            slot = m.group(2).strip()
            val = (m.group(3) or "").strip()
            if slot == "MESSAGE: ID":
                cur = {}
                out.setdefault(val, []).append(cur)
            if cur is not None:
                cur.setdefault(slot, [])
                if val:
                    cur[slot].append(val)
        elif line.strip() and cur is not None and slot:
            cur[slot].append(line.strip())
    keys = {}
    for mid, temps in out.items():
        keys[mid] = [t for t in temps if (t.get("MESSAGE: TEMPLATE") or ["*"])[0] != "*"]
    return keys


def fills(t, slot):
    """Non-null fills of a slot: [(optional, text)]; '-' and '*' give []."""
    res = []
    for v in t.get(slot, []):
        opt = v.startswith("?")
        v = v.lstrip("?").strip()
        if v and v not in ("-", "*"):
            res.append((opt, v))
    return res


def split_alts(v):
    """'(A) / (B)' or 'A / B' -> ['A', 'B'] (quoted strings kept whole)."""
    parts, depth, q, cur = [], 0, False, ""
    i = 0
    while i < len(v):
        c = v[i]
        if c == '"' and (i == 0 or v[i - 1] != "\\"):
            q = not q
        elif not q and c == "(":
            depth += 1
        elif not q and c == ")":
            depth -= 1
        if not q and depth == 0 and v.startswith(" / ", i):
            parts.append(cur); cur = ""; i += 3; continue
        cur += c
        i += 1
    parts.append(cur)
    out = []
    for p in parts:
        p = p.strip()
        if p.startswith("(") and p.endswith(")") and p.count("(") == p.count(")"):
            inner = p[1:-1]
            if inner.count("(") == inner.count(")"):
                p = inner.strip()
        out.append(p)
    return out


def key_dates(t):
    """INCIDENT: DATE -> list of (lo, hi, open) alternatives; open = '- D' form."""
    res = []
    for _, v in fills(t, "INCIDENT: DATE"):
        for alt in split_alts(v):
            ds = [muc_day(*m) for m in re.findall(r"(\d{1,2}) ([A-Z]{3}) (\d{2})", alt)]
            ds = [d for d in ds if d]
            if not ds:
                continue
            if alt.lstrip().startswith("-"):
                res.append((None, ds[-1], True))
            else:
                res.append((ds[0], ds[-1], False))
    return res


PLACE_RE = re.compile(r"^(.*?)\s*\(([A-Z ]+)\)$")
ADMIN_TYPES = {"DEPARTMENT", "PROVINCE", "REGION", "OFFICIAL REGION", "COUNTY", "STATE"}


def key_locations(t):
    """INCIDENT: LOCATION -> (countries, places below country level, has_place).
    places: every named component below the country except departments and
    provinces (cities, towns, neighbourhoods, cantons, facilities...)."""
    countries, places, admins = set(), set(), set()
    for _, v in fills(t, "INCIDENT: LOCATION"):
        for alt in split_alts(v):
            comps = [c.strip() for c in re.split(r":| - ", alt) if c.strip()]
            if not comps:
                continue
            countries.add(comps[0])
            for c in comps[1:]:
                m = PLACE_RE.match(c)
                name, typ = (m.group(1), m.group(2)) if m else (c, "")
                (admins if typ in ADMIN_TYPES else places).add(name)
    return countries, places, admins


def key_types(t):
    return {a.strip() for _, v in fills(t, "INCIDENT: TYPE") for a in split_alts(v)}


def key_stage(t):
    return {a.strip() for _, v in fills(t, "INCIDENT: STAGE OF EXECUTION") for a in split_alts(v)}


def key_weapons(t):
    """INCIDENT: INSTRUMENT TYPE -> (required classes, optional classes).
    Each fill 'BOMB: "BOMB"' or 'GUN / PROJECTILE / EXPLOSIVE: "ARTILLERY"'."""
    req, opt = [], []
    for o, v in fills(t, "INCIDENT: INSTRUMENT TYPE"):
        cls = v.split(":")[0].strip()
        alts = {a.strip() for a in cls.split(" / ") if a.strip()}
        (opt if o else req).append(alts)
    return req, opt


def refs(v):
    return set(re.findall(r'"((?:[^"\\]|\\.)*)"', v))


def key_killed(t):
    """Number killed from HUM TGT: EFFECT OF INCIDENT (DEATH) and HUM TGT: NUMBER.
    Returns (set of acceptable totals, or None when a dead target's number is not
    a plain number (PLURAL, a range)).  A target counts as dead when its effect
    fill is DEATH alone; an optional fill ('? DEATH') or an alternative
    ('INJURY / DEATH') may or may not count, so both totals are accepted."""
    numbers = []  # (refs, [ints] or None)
    for _, v in fills(t, "HUM TGT: NUMBER"):
        spec = v.split(':"')[0] if ':"' in v else v.split(": \"")[0]
        vals = []
        for a in spec.split(" / "):
            a = a.strip()
            vals.append(int(a) if a.isdigit() else None)
        numbers.append((refs(v), vals))
    totals = {0}
    unknown = False
    for o, v in fills(t, "HUM TGT: EFFECT OF INCIDENT"):
        eff = {a.strip() for a in v.split(":")[0].split(" / ")}
        if "DEATH" not in eff:
            continue
        maybe = o or len(eff) > 1
        r = refs(v)
        cand = None
        for nr, vals in numbers:
            if nr & r:
                cand = vals
                break
        ints = [x for x in (cand or []) if x is not None]
        if not ints:
            if not maybe:
                unknown = True
            continue
        new = set()
        for tot in totals:
            for x in ints:
                new.add(tot + x)
            if maybe:
                new.add(tot)
        totals = new
    return None if unknown else totals


# ------------------------------------------------------------ sitrep mapping

COUNTRY_ISO = {
    "SV": "EL SALVADOR", "CO": "COLOMBIA", "PE": "PERU", "GT": "GUATEMALA",
    "HN": "HONDURAS", "NI": "NICARAGUA", "CL": "CHILE", "BO": "BOLIVIA",
    "EC": "ECUADOR", "PA": "PANAMA", "VE": "VENEZUELA", "MX": "MEXICO",
    "CU": "CUBA", "AR": "ARGENTINA", "BR": "BRAZIL", "CR": "COSTA RICA",
    "US": "UNITED STATES", "DO": "DOMINICAN REPUBLIC", "PR": "PUERTO RICO",
    "UY": "URUGUAY", "PY": "PARAGUAY", "ES": "SPAIN", "BZ": "BELIZE",
}

# sitrep incident types (ACLED sub-event type, then CAMEO, then weapon class)
# -> MUC-4 INCIDENT: TYPE.  Documented in docs/evaluation-muc-ucdp.md.
SUB_TO_MUC = {
    "Abduction/forced disappearance": "KIDNAPPING",
    "Suicide bomb": "BOMBING",
    "Remote explosive/landmine/IED": "BOMBING",
}
BOMB_CLASSES = {"ied", "bomb", "car_bomb", "explosive", "suicide", "landmine"}
INCIDENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}

# sitrep weapon class (data/lexicon/weapons.lex) -> MUC-4 INSTRUMENT TYPE
CLASS_TO_MUC = {
    "small_arms": "GUN", "mortar": "MORTAR", "artillery": "GUN", "rocket": "ROCKET",
    "missile": "MISSILE", "airstrike": "AERIAL BOMB", "drone": "AERIAL BOMB",
    "ied": "BOMB", "bomb": "BOMB", "car_bomb": "VEHICLE BOMB", "suicide": "BOMB",
    "explosive": "EXPLOSIVE", "landmine": "MINE", "grenade": "GRENADE",
    "blade": "CUTTING DEVICE", "arson": "FIRE",
}
# words in the weapon name that pick a finer MUC class (checked first)
NAME_TO_MUC = [
    ("molotov", "MOLOTOV COCKTAIL"), ("dynamite", "DYNAMITE"), ("machine gun", "MACHINE GUN"),
    ("machinegun", "MACHINE GUN"), ("pistol", "HANDGUN"), ("handgun", "HANDGUN"),
    ("revolver", "HANDGUN"), ("rifle", "RIFLE"), ("ak-47", "RIFLE"), ("stone", "STONE"),
    ("rock", "STONE"), ("car bomb", "VEHICLE BOMB"), ("truck bomb", "VEHICLE BOMB"),
    ("mine", "MINE"), ("grenade", "GRENADE"), ("mortar", "MORTAR"), ("rocket", "ROCKET"),
    ("missile", "MISSILE"), ("bomb", "BOMB"), ("explosive", "EXPLOSIVE"), ("knife", "CUTTING DEVICE"),
    ("machete", "CUTTING DEVICE"), ("fire", "FIRE"), ("gun", "GUN"),
]
MUC_PARENT = {
    "MACHINE GUN": "GUN", "MORTAR": "GUN", "HANDGUN": "GUN", "RIFLE": "GUN",
    "BOMB": "EXPLOSIVE", "GRENADE": "EXPLOSIVE", "MOLOTOV COCKTAIL": "EXPLOSIVE",
    "VEHICLE BOMB": "BOMB", "DYNAMITE": "BOMB", "MINE": "BOMB", "AERIAL BOMB": "BOMB",
    "MISSILE": "PROJECTILE", "ROCKET": "PROJECTILE",
}


def muc_ancestors(c):
    out = [c]
    while c in MUC_PARENT:
        c = MUC_PARENT[c]
        out.append(c)
    return out


def load_weapon_classes(lexicon):
    """weapons.lex display name (lower case) -> class."""
    out = {}
    try:
        with open(lexicon, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or "\t" not in line:
                    continue
                kv = dict(x.split("=", 1) for x in line.rstrip("\n").split("\t")[1:] if "=" in x)
                if "name" in kv and "class" in kv:
                    out.setdefault(kv["name"].lower(), kv["class"])
    except OSError:
        pass
    return out


def weapon_class(name, classes):
    """sitrep weapon string -> (MUC class or None, sitrep class or None)."""
    if not name:
        return None, None
    low = name.lower()
    cls = classes.get(low)
    for word, muc in NAME_TO_MUC:
        if re.search(r"\b" + re.escape(word), low):
            if cls in ("airstrike", "drone") and muc in ("BOMB", "MISSILE", "ROCKET"):
                return "AERIAL BOMB", cls
            return muc, cls
    return CLASS_TO_MUC.get(cls), cls


def is_incident(e):
    """A sitrep event that claims a MUC-style incident (violence or a threat of it)."""
    if e.get("event_type") in INCIDENT_TYPES:
        return True
    if e.get("sub_event_type") == "Looting/property destruction":
        return True
    return str(e.get("cameo") or "")[:2] in ("13", "18", "19", "20")


def muc_type(e, classes):
    sub = e.get("sub_event_type") or ""
    cameo = str(e.get("cameo") or "")
    _, wcls = weapon_class(e.get("weapon"), classes)
    if sub in SUB_TO_MUC:
        return SUB_TO_MUC[sub]
    if cameo.startswith("181"):
        return "KIDNAPPING"
    if wcls == "arson":
        return "ARSON"
    if cameo.startswith("183") or wcls in BOMB_CLASSES:
        return "BOMBING"
    return "ATTACK"


def fold(s):
    s = unicodedata.normalize("NFKD", str(s or "")).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", s.lower()).split())


def place_match(name, places):
    n = fold(name)
    if not n:
        return False
    for p in places:
        q = fold(p)
        if q and (n == q or re.search(r"\b" + re.escape(q) + r"\b", n) or re.search(r"\b" + re.escape(n) + r"\b", q)):
            return True
    return False


def pred_view(e, classes):
    loc = e.get("location") if isinstance(e.get("location"), dict) else {}
    wmuc, wcls = weapon_class(e.get("weapon"), classes)
    try:
        d = dt.date.fromisoformat(e.get("date") or "")
    except ValueError:
        d = None
    return {
        "type": muc_type(e, classes),
        "date": d,
        "date_source": e.get("date_source"),
        "country": COUNTRY_ISO.get((loc.get("country") or "").upper(), (loc.get("country") or "").upper()),
        "place": loc.get("name") if loc.get("precision") in ("city", "exact") else None,
        "admin1": loc.get("admin1"),
        "weapon": e.get("weapon"), "weapon_muc": wmuc, "weapon_class": wcls,
        "killed": e.get("fatalities"),
        "evidence": (e.get("evidence") or {}).get("text", ""),
        "raw": {k: e.get(k) for k in ("date", "event_type", "sub_event_type", "cameo", "weapon", "fatalities")}
        | {"location": loc.get("name"), "country": loc.get("country")},
    }


def gold_view(t):
    countries, places, admins = key_locations(t)
    wreq, wopt = key_weapons(t)
    optional = "OPTIONAL" in " ".join(t.get("MESSAGE: TEMPLATE", []))
    return {
        "n": (t.get("MESSAGE: TEMPLATE") or ["?"])[0],
        "optional": optional,
        "types": key_types(t), "stage": key_stage(t),
        "dates": key_dates(t),
        "countries": countries, "places": places, "admins": admins,
        "weapons_req": wreq, "weapons_opt": wopt,
        "weapon_na": any(v.strip() == "*" for v in t.get("INCIDENT: INSTRUMENT TYPE", [])),
        "killed": key_killed(t),
        "raw": {s: t.get(s) for s in ("INCIDENT: DATE", "INCIDENT: LOCATION", "INCIDENT: TYPE",
                                      "INCIDENT: INSTRUMENT TYPE", "HUM TGT: NUMBER",
                                      "HUM TGT: EFFECT OF INCIDENT")},
    }


# ------------------------------------------------------------------- scoring

def date_ok(d, dates, want_open):
    """True/False for the alternatives of the given form, None if none of that form."""
    alts = [x for x in dates if x[2] == want_open]
    if not alts:
        return None
    if d is None:
        return False
    for lo, hi, op in alts:
        if op and hi - dt.timedelta(days=31) <= d <= hi:
            return True
        if not op and lo <= d <= hi:
            return True
    return False


def weapon_ok(p, g, lenient):
    """Does sitrep's MUC weapon class match one of the key's classes?"""
    m = p["weapon_muc"]
    if not m:
        return False
    for alts in g["weapons_req"] + g["weapons_opt"]:
        for a in alts:
            if m == a or (lenient and (a in muc_ancestors(m) or m in muc_ancestors(a))):
                return True
    return False


def similarity(p, g):
    s = 0.0
    s += 2 if p["type"] in g["types"] else 0
    s += 2 if p["country"] in g["countries"] else 0
    s += 2 if p["place"] and place_match(p["place"], g["places"] | g["admins"]) else 0
    if date_ok(p["date"], g["dates"], False) or date_ok(p["date"], g["dates"], True):
        s += 1
    k = g["killed"]
    if k is not None and (p["killed"] or 0) in k and (p["killed"] or 0) > 0:
        s += 1
    if s < 2 or not (p["type"] in g["types"] or p["country"] in g["countries"]):
        return None
    return s


SLOTS = ["date", "date_day", "date_open", "country", "city", "type", "weapon", "weapon_family",
         "weapon_nogun", "killed"]
# MUC instrument classes for small arms: sitrep leaves "weapon" null for them by design
SMALL_ARMS = {"GUN", "MACHINE GUN", "HANDGUN", "RIFLE"}


class Tally:
    def __init__(self):
        self.c = {s: [0, 0, 0] for s in SLOTS}  # key-filled, response-filled, correct
        self.acc = {s: [0, 0] for s in ("killed_acc", "date_acc")}  # right, scored (paired)

    def add(self, slot, key=0, resp=0, ok=0):
        c = self.c[slot]
        c[0] += key; c[1] += resp; c[2] += ok


def score_pair(p, g, T, details, aid):
    """Add one paired (sitrep event, key template) to the tallies."""
    wrong = []
    # dates
    d_day, d_open = date_ok(p["date"], g["dates"], False), date_ok(p["date"], g["dates"], True)
    has_key_date = bool(g["dates"])
    d_any = bool(d_day) or bool(d_open)
    if has_key_date:
        T.add("date", 1, p["date"] is not None, d_any)
        T.acc["date_acc"][0] += d_any; T.acc["date_acc"][1] += 1
        if not d_any:
            wrong.append("date")
    else:
        T.add("date", 0, p["date"] is not None, 0)
    if d_day is not None:
        T.add("date_day", 1, p["date"] is not None, bool(d_day))
    if d_open is not None and d_day is None:
        T.add("date_open", 1, p["date"] is not None, bool(d_open))
    # country / city
    c_ok = p["country"] in g["countries"]
    T.add("country", bool(g["countries"]), bool(p["country"]), c_ok and bool(p["country"]))
    if not c_ok:
        wrong.append("country")
    city_ok = bool(p["place"]) and place_match(p["place"], g["places"])
    T.add("city", bool(g["places"]), bool(p["place"]), city_ok)
    if g["places"] and not city_ok:
        wrong.append("city")
    # type
    t_ok = p["type"] in g["types"]
    T.add("type", 1, 1, t_ok)
    if not t_ok:
        wrong.append("type")
    # weapon: not applicable to ARSON/KIDNAPPING keys ('*')
    if not g["weapon_na"]:
        has_key_w = bool(g["weapons_req"])
        w_ok, w_fam = weapon_ok(p, g, False), weapon_ok(p, g, True)
        has_resp = bool(p["weapon"])
        # an optional-only key fill: counted only when sitrep matches it
        T.add("weapon", has_key_w or w_ok, has_resp, w_ok)
        T.add("weapon_family", has_key_w or w_fam, has_resp, w_fam)
        key_nogun = any(alts - SMALL_ARMS for alts in g["weapons_req"])
        T.add("weapon_nogun", key_nogun or w_ok, has_resp, w_ok)
        if (has_key_w or has_resp) and not w_ok:
            wrong.append("weapon")
    elif p["weapon"]:
        for s in ("weapon", "weapon_family", "weapon_nogun"):
            T.add(s, 0, 1, 0)
    # killed
    k = g["killed"]
    pk = p["killed"] or 0
    if k is not None:
        k_pos = min(k) > 0
        ok = pk in k
        T.add("killed", k_pos, pk > 0, ok and pk > 0)
        T.acc["killed_acc"][0] += ok; T.acc["killed_acc"][1] += 1
        if not ok:
            wrong.append("killed")
    # a key whose dead are counted as PLURAL (or a range) cannot judge a count: skipped
    if details is not None and wrong:
        details.append(f"{aid}: template {g['n']} wrong {', '.join(wrong)}\n"
                       f"  got  {json.dumps(p['raw'])}\n"
                       f"  key  {json.dumps(g['raw'])}\n"
                       f"  text {p['evidence'][:240]!r}")


def score_unpaired_pred(p, T):
    T.add("date", 0, p["date"] is not None, 0)
    T.add("country", 0, bool(p["country"]), 0)
    T.add("city", 0, bool(p["place"]), 0)
    T.add("type", 0, 1, 0)
    T.add("weapon", 0, bool(p["weapon"]), 0)
    T.add("weapon_family", 0, bool(p["weapon"]), 0)
    T.add("weapon_nogun", 0, bool(p["weapon"]), 0)
    T.add("killed", 0, (p["killed"] or 0) > 0, 0)


def score_unpaired_gold(g, T):
    if g["optional"]:
        return
    if g["dates"]:
        T.add("date", 1)
        T.acc["date_acc"][1] += 1
        if date_ok(None, g["dates"], False) is not None:
            T.add("date_day", 1)
        elif date_ok(None, g["dates"], True) is not None:
            T.add("date_open", 1)
    T.add("country", bool(g["countries"]))
    T.add("city", bool(g["places"]))
    T.add("type", 1)
    if not g["weapon_na"] and g["weapons_req"]:
        T.add("weapon", 1)
        T.add("weapon_family", 1)
        if any(alts - SMALL_ARMS for alts in g["weapons_req"]):
            T.add("weapon_nogun", 1)
    if g["killed"] is not None:
        T.add("killed", min(g["killed"]) > 0)
        T.acc["killed_acc"][1] += 1


def evaluate(articles, keys, events, classes, want_details):
    by_art = {}
    n_nonincident = 0
    for e in events:
        if is_incident(e):
            by_art.setdefault(str(e.get("article_id")), []).append(pred_view(e, classes))
        else:
            n_nonincident += 1
    T = Tally()
    res = {"messages": len(articles), "relevant": 0, "irrelevant": 0, "key_templates": 0,
           "optional_templates": 0, "events": 0, "events_in_irrelevant": 0, "non_incident_events": n_nonincident,
           "paired": 0, "paired_optional": 0, "art": {"tp": 0, "fp": 0, "fn": 0, "tn": 0}}
    details = [] if want_details else None
    for a in articles:
        aid = a["id"]
        gs = [gold_view(t) for t in keys.get(aid, [])]
        ps = by_art.get(aid, [])
        res["events"] += len(ps)
        if gs:
            res["relevant"] += 1
        else:
            res["irrelevant"] += 1
            res["events_in_irrelevant"] += len(ps)
        res["key_templates"] += sum(1 for g in gs if not g["optional"])
        res["optional_templates"] += sum(1 for g in gs if g["optional"])
        rel = bool(gs)  # a message whose templates are all optional counts as relevant
        res["art"]["tp" if rel and ps else "fp" if ps else "fn" if rel else "tn"] += 1
        cands = []
        for i, p in enumerate(ps):
            for j, g in enumerate(gs):
                s = similarity(p, g)
                if s is not None:
                    cands.append((s, -i, -j, i, j))
        cands.sort(reverse=True)
        up, ug = set(), set()
        for s, _, _, i, j in cands:
            if i in up or j in ug:
                continue
            up.add(i); ug.add(j)
            res["paired"] += 1
            res["paired_optional"] += gs[j]["optional"]
            score_pair(ps[i], gs[j], T, details, aid)
        for i, p in enumerate(ps):
            if i not in up:
                score_unpaired_pred(p, T)
                if details is not None:
                    details.append(f"{aid}: spurious event {json.dumps(p['raw'])}\n  text {p['evidence'][:240]!r}")
        for j, g in enumerate(gs):
            if j not in ug:
                score_unpaired_gold(g, T)
                if details is not None and not g["optional"]:
                    details.append(f"{aid}: missed template {g['n']} {json.dumps(g['raw'])}")
    # template level: optional templates count only when paired
    denom_r = res["key_templates"] + res["paired_optional"]
    res["template_precision"] = res["paired"] / res["events"] if res["events"] else 0.0
    res["template_recall"] = res["paired"] / denom_r if denom_r else 0.0
    res["slots"] = {}
    for s in SLOTS:
        k, r, c = T.c[s]
        prec = c / r if r else 0.0
        rec = c / k if k else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        res["slots"][s] = {"key": k, "response": r, "correct": c,
                           "precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3)}
    res["accuracy"] = {s: {"right": v[0], "of": v[1], "acc": round(v[0] / v[1], 3) if v[1] else 0.0}
                       for s, v in T.acc.items()}
    return res, details


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def print_table(label, r):
    tp, tr = r["template_precision"], r["template_recall"]
    print(f"== {label}")
    print(f"messages {r['messages']} (relevant {r['relevant']}, irrelevant {r['irrelevant']})  "
          f"key templates {r['key_templates']} (+{r['optional_templates']} optional)")
    print(f"sitrep incident events {r['events']} ({r['events_in_irrelevant']} in irrelevant messages; "
          f"{r['non_incident_events']} non-incident events ignored)  paired {r['paired']}")
    a = r["art"]
    print(f"templates: precision {tp:.3f}  recall {tr:.3f}  F1 {f1(tp, tr):.3f}   "
          f"messages with incidents: tp {a['tp']} fp {a['fp']} fn {a['fn']} tn {a['tn']}")
    print(f"  {'slot':15s} {'key':>5s} {'resp':>5s} {'right':>5s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    for s, v in r["slots"].items():
        print(f"  {s:15s} {v['key']:5d} {v['response']:5d} {v['correct']:5d} "
              f"{v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f}")
    for s, v in r["accuracy"].items():
        print(f"  {s:15s} {v['right']}/{v['of']} = {v['acc']:.3f}  (over templates with a scorable key; unpaired = wrong)")


def main(argv):
    opts = {"--sitrep": os.path.join(ROOT, "build", "sitrep"), "--data": DEFAULT_DATA,
            "--sets": "tst3,tst4", "--scope": "both", "--case": "mixed", "--limit": None, "--keep": None}
    flags = set()
    it = iter(argv)
    for a in it:
        if a in opts:
            opts[a] = next(it, None)
            if opts[a] is None:
                sys.exit(f"muc-eval: {a} needs a value")
        elif a in ("--details", "--json"):
            flags.add(a)
        elif a in ("-h", "--help"):
            print(__doc__); return 0
        else:
            sys.exit(f"muc-eval: unknown argument {a}\n{__doc__}")
    tarpath = os.path.join(opts["--data"], "muc34.tar.gz")
    if not os.path.isfile(tarpath):
        print("skipped: ../shared absent (no " + tarpath + ")")
        return 0
    if not os.access(opts["--sitrep"], os.X_OK):
        sys.exit(f"muc-eval: no sitrep binary at {opts['--sitrep']}: build it or give --sitrep PATH")
    limit = int(opts["--limit"]) if opts["--limit"] else None
    sets = [s.strip() for s in opts["--sets"].split(",") if s.strip()]
    scopes = ["acled", "all"] if opts["--scope"] == "both" else [opts["--scope"]]
    classes = load_weapon_classes(os.path.join(ROOT, "data", "lexicon", "weapons.lex"))

    base = "muc34/TASK/CORPORA/"
    files = {"tst3": ("tst3/tst3-muc4", "tst3/key-tst3.v2"),
             "tst4": ("tst4/tst4-muc4.mixed-case" if opts["--case"] == "mixed" else "tst4/tst4-muc4",
                      "tst4/key-tst4.v2")}
    articles, keys, used = [], {}, []
    with tarfile.open(tarpath) as tf:
        def read(name):
            return tf.extractfile(base + name).read().decode("latin-1")
        for s in sets:
            if s not in files:
                sys.exit(f"muc-eval: unknown set {s} (tst3, tst4)")
            text_name, key_name = files[s]
            msgs = split_messages(read(text_name))[:limit]
            articles += [make_article(mid, body) for mid, body in msgs]
            keys.update(parse_keys(read(key_name)))
            used.append(f"{s}: {text_name.split('/')[-1]} ({'mixed case' if 'mixed' in text_name else 'upper case'}), "
                        f"{key_name.split('/')[-1]}, {len(msgs)} messages")

    out = {"sitrep": opts["--sitrep"], "texts": used, "scopes": {}}
    tmpdir = opts["--keep"] or tempfile.mkdtemp(prefix="muc-eval.")
    os.makedirs(tmpdir, exist_ok=True)
    art_path = os.path.join(tmpdir, "muc-articles.jsonl")
    with open(art_path, "w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    all_details = []
    for scope in scopes:
        cmd = [opts["--sitrep"], "code", "--format", "jsonl"] + (["--scope", "all"] if scope == "all" else []) + [art_path]
        run = subprocess.run(cmd, capture_output=True, text=True)
        if run.returncode != 0:
            sys.stderr.write(run.stderr[-2000:])
            sys.exit(f"muc-eval: sitrep exited {run.returncode}")
        events = [json.loads(l) for l in run.stdout.splitlines() if l.strip()]
        if opts["--keep"]:
            with open(os.path.join(tmpdir, f"muc-events.{scope}.jsonl"), "w", encoding="utf-8") as f:
                f.write(run.stdout)
        res, details = evaluate(articles, keys, events, classes, "--details" in flags)
        out["scopes"][scope] = res
        if details:
            all_details.append((scope, details))
    if not opts["--keep"]:
        for fn in os.listdir(tmpdir):
            os.remove(os.path.join(tmpdir, fn))
        os.rmdir(tmpdir)

    if "--json" in flags:
        print(json.dumps(out, indent=1))
        return 0
    for scope, details in all_details:
        print(f"# details, scope {scope}")
        print("\n".join(details))
        print()
    print("texts: " + "; ".join(used))
    for scope in scopes:
        print_table(f"scope {scope} ({' '.join(['code'] + (['--scope all'] if scope == 'all' else []))})",
                    out["scopes"][scope])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
