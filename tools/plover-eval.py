#!/usr/bin/env python3
"""plover-eval: agreement of sitrep's CAMEO root and actors with the PLOVER gold records.

Usage:
  tools/plover-eval.py [--sitrep PATH] [--data DIR] [--scope all|acled] [--details] [--keep DIR]

How it works:
 1. Reads DIR/PLOVER_GSR_CAMEO.txt (default ../shared/gold/plover-gsr beside the
    repository): a JSON list of sentences from the CAMEO manual's examples, each
    coded with a PLOVER 0.5b1 event (AGREE, DEMAND, FIGHT ...), source and target
    actors ({actorText, code}) and a date.  The DOCUMENT record and records
    without text are left out.
 2. Writes one article per sentence (id, date = the record's date, text) and
    runs `SITREP code --scope all --format jsonl` on them (--scope acled to see
    the default scope).
 3. The gold CAMEO root of a record is the root its PLOVER event stands for
    (GOLD_ROOT below: the 0.5b1 categories follow the CAMEO roots one to one,
    except that 08 is split into CONCEDE and RETREAT, 09 and 11 are INVESTIGATE
    and DISAPPROVE, 18 is ASSAULT and 19 FIGHT).  The file carries no CAMEO
    code of its own, so this is the only root there is to compare with.
    Per sentence, the sitrep event compared is the first one whose root equals
    the gold root, else the first event.  Reported:
      - coverage: sentences with at least one sitrep event;
      - root accuracy: matching root over all gold records;
      - root precision: matching root over the sentences where sitrep emitted
        an event;
      - PLOVER category agreement, a looser reading: sitrep's full code mapped
        to a PLOVER category with DIR/CAMEO2PLOVER-2021.txt (02x appeals count
        as REQUEST, 01x statements have no category), the gold category renamed
        to the 2021 names (DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE ->
        ACCUSE, FIGHT -> ASSAULT);
      - a confusion summary: per gold root, how many matched and which roots
        sitrep gave instead ("-" for no event).
 4. Actors of the compared event: actor1 against the gold source actors and
    actor2 against the gold target actors (any of them when there are several).
    A pair matches when the gold code starts with a country code (ISO 3166
    alpha-3, or one of CAMEO's own: JAP, ITL, VTN) that names the same country
    as sitrep's ISO alpha-2 country, or when the gold actor text and sitrep's
    actor name share a content word ("Palestinian police" / "Palestinians",
    "United Nations" / "U.N." is not caught).  Reported over the records that
    have a gold source (target) and, as precision, over those where sitrep
    gave an actor1 (actor2) other than "unidentified".
--details lists every sentence whose root or actors disagree.
Exits 0 with "skipped: ../shared absent" when the data is not there.
"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_DATA = os.path.join(ROOT, "..", "shared", "gold", "plover-gsr")
GOLD_FILE = "PLOVER_GSR_CAMEO.txt"
TABLE_FILE = "CAMEO2PLOVER-2021.txt"

# PLOVER 0.5b1 event -> CAMEO root it stands for
GOLD_ROOT = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
    "CONCEDE": "08", "RETREAT": "08", "INVESTIGATE": "09", "DEMAND": "10",
    "DISAPPROVE": "11", "REJECT": "12", "THREATEN": "13", "PROTEST": "14",
    "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17", "ASSAULT": "18", "FIGHT": "19",
}
# PLOVER 0.5b1 names -> the 2021 names used in CAMEO2PLOVER-2021.txt
PLOVER_2021 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
               "FIGHT": "ASSAULT"}

# ISO 3166 alpha-3 -> alpha-2 for the codes the gold uses and their neighbours,
# plus CAMEO's own country codes (JAP, ITL, VTN ...)
ISO3 = dict(x.split(":") for x in """
AFG:AF ALB:AL DZA:DZ AGO:AO ARG:AR ARM:AM AUS:AU AUT:AT AZE:AZ BHR:BH BGD:BD BLR:BY
BEL:BE BEN:BJ BTN:BT BOL:BO BIH:BA BWA:BW BRA:BR BGR:BG BFA:BF BDI:BI KHM:KH CMR:CM
CAN:CA CAF:CF TCD:TD CHL:CL CHN:CN COL:CO COG:CG COD:CD CRI:CR CIV:CI HRV:HR CUB:CU
CYP:CY CZE:CZ DNK:DK DJI:DJ DOM:DO ECU:EC EGY:EG SLV:SV ERI:ER EST:EE ETH:ET FJI:FJ
FIN:FI FRA:FR GAB:GA GMB:GM GEO:GE DEU:DE GHA:GH GRC:GR GTM:GT GIN:GN GNB:GW GUY:GY
HTI:HT HND:HN HKG:HK HUN:HU ISL:IS IND:IN IDN:ID IRN:IR IRQ:IQ IRL:IE ISR:IL ITA:IT
JAM:JM JPN:JP JOR:JO KAZ:KZ KEN:KE PRK:KP KOR:KR KWT:KW KGZ:KG LAO:LA LVA:LV LBN:LB
LSO:LS LBR:LR LBY:LY LTU:LT LUX:LU MKD:MK MDG:MG MWI:MW MYS:MY MLI:ML MRT:MR MEX:MX
MDA:MD MNG:MN MNE:ME MAR:MA MOZ:MZ MMR:MM NAM:NA NPL:NP NLD:NL NZL:NZ NIC:NI NER:NE
NGA:NG NOR:NO OMN:OM PAK:PK PSE:PS PAN:PA PNG:PG PRY:PY PER:PE PHL:PH POL:PL PRT:PT
QAT:QA ROU:RO RUS:RU RWA:RW SAU:SA SEN:SN SRB:RS SLE:SL SGP:SG SVK:SK SVN:SI SOM:SO
ZAF:ZA SSD:SS ESP:ES LKA:LK SDN:SD SUR:SR SWZ:SZ SWE:SE CHE:CH SYR:SY TWN:TW TJK:TJ
TZA:TZ THA:TH TLS:TL TGO:TG TTO:TT TUN:TN TUR:TR TKM:TM UGA:UG UKR:UA ARE:AE GBR:GB
USA:US URY:UY UZB:UZ VEN:VE VNM:VN YEM:YE ZMB:ZM ZWE:ZW XKX:XK
JAP:JP ITL:IT VTN:VN
""".split())

STOP = set("""the a an of and for in on at to from by with its their his her our this that
de la le al el forces force government officials official authorities minister president
leader leaders people group groups party state senior top""".split())


def fold_words(s):
    words = re.findall(r"[a-z][a-z'\-]+", (s or "").lower())
    out = set()
    for w in words:
        w = w.strip("'-")
        if w.endswith("'s"):
            w = w[:-2]
        if len(w) < 3 or w in STOP:
            continue
        out.add(w)
        # "Palestinians" / "Palestinian", "Serbs" / "Serb"
        if w.endswith("s") and len(w) > 4:
            out.add(w[:-1])
    return out


def actor_match(gold_actors, sit):
    """sit: sitrep's actor object (or None); gold_actors: list of {actorText, code}"""
    if not given(sit):
        return False
    sc = (sit.get("country") or "").upper()
    sw = fold_words(sit.get("name"))
    for g in gold_actors:
        code = (g.get("code") or "").upper()
        iso2 = ISO3.get(code[:3])
        if iso2 and sc and iso2 == sc:
            return True
        if sw & fold_words(g.get("actorText")):
            return True
    return False


def given(a):
    """sitrep named an actor: a country, or a name other than "unidentified" """
    return bool(a) and (bool(a.get("country")) or
                        (a.get("name") or "unidentified").lower() not in ("unidentified", "unknown"))


def gold_list(v):
    return [a for a in v if isinstance(a, dict)] if isinstance(v, list) else []


def load_table(path):
    """CAMEO code -> PLOVER 2021 category, from CAMEO2PLOVER-2021.txt"""
    tab = {}
    if not os.path.isfile(path):
        return tab
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"\s*(\d{2,4}):\s*([A-Z]+)", line)
            if m and len(m.group(1)) >= 3:
                tab.setdefault(m.group(1), m.group(2))
    return tab


def plover_of(code, tab):
    if not code:
        return None
    if code.startswith("02"):
        return "REQUEST"
    for k in (code, code[:3]):
        if k in tab:
            return tab[k]
    return None


def root(code):
    return code[:2] if code and len(code) >= 2 else None


def pct(a, b):
    return f"{a}/{b} = {a / b:.3f}" if b else f"{a}/0"


def main(argv):
    opts = {"--sitrep": os.path.join(ROOT, "build", "sitrep"), "--data": DEFAULT_DATA,
            "--scope": "all", "--keep": None}
    flags = set()
    it = iter(argv)
    for a in it:
        if a in opts:
            opts[a] = next(it, None)
            if opts[a] is None:
                sys.exit(f"plover-eval: {a} needs a value")
        elif a == "--details":
            flags.add(a)
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            sys.exit(f"plover-eval: unknown argument {a}\n{__doc__}")
    gold_path = os.path.join(opts["--data"], GOLD_FILE)
    if not os.path.isfile(gold_path):
        print("skipped: ../shared absent (no " + gold_path + ")")
        return 0
    if opts["--scope"] not in ("all", "acled"):
        sys.exit("plover-eval: --scope must be all or acled")
    if not os.access(opts["--sitrep"], os.X_OK):
        sys.exit(f"plover-eval: no sitrep binary at {opts['--sitrep']}: build it or give --sitrep PATH")
    with open(gold_path, encoding="utf-8") as f:
        recs = [r for r in json.load(f)
                if r.get("event") in GOLD_ROOT and (r.get("text") or "").strip()]
    tab = load_table(os.path.join(opts["--data"], TABLE_FILE))

    tmpdir = opts["--keep"] or tempfile.mkdtemp(prefix="plover-eval-")
    os.makedirs(tmpdir, exist_ok=True)
    arts = os.path.join(tmpdir, "plover-articles.jsonl")
    with open(arts, "w", encoding="utf-8") as f:
        for r in recs:
            art = {"id": r["id"], "text": r["text"].strip().strip("{}").strip()}
            if re.match(r"\d{4}-\d\d-\d\d$", r.get("date") or ""):
                art["date"] = r["date"]
            f.write(json.dumps(art) + "\n")
    cmd = [opts["--sitrep"], "code", "--scope", opts["--scope"], "--format", "jsonl", arts]
    run = subprocess.run(cmd, capture_output=True, text=True)
    if run.returncode != 0:
        sys.stderr.write(run.stderr[-2000:])
        sys.exit(f"plover-eval: sitrep exited {run.returncode}")
    if opts["--keep"]:
        with open(os.path.join(tmpdir, "plover-events.jsonl"), "w", encoding="utf-8") as f:
            f.write(run.stdout)
    else:
        os.unlink(arts)
        os.rmdir(tmpdir)
    events = collections.defaultdict(list)
    for line in run.stdout.splitlines():
        if line.strip():
            e = json.loads(line)
            events[e.get("article_id")].append(e)

    n = len(recs)
    covered = root_ok = plover_ok = plover_n = n_events = 0
    src_n = src_ok = src_given = src_given_ok = 0
    tar_n = tar_ok = tar_given = tar_given_ok = 0
    conf = collections.defaultdict(collections.Counter)
    per_root = collections.Counter()
    details = []
    for r in recs:
        gr = GOLD_ROOT[r["event"]]
        gp = PLOVER_2021.get(r["event"], r["event"])
        per_root[gr] += 1
        evs = events.get(r["id"], [])
        n_events += len(evs)
        pick = next((e for e in evs if root(e.get("cameo")) == gr), evs[0] if evs else None)
        code = pick.get("cameo") if pick else None
        if pick:
            covered += 1
        ok = root(code) == gr
        root_ok += ok
        conf[gr][root(code) or "-"] += 1
        if gp in set(tab.values()) | {"REQUEST"}:
            plover_n += 1
            plover_ok += plover_of(code, tab) == gp
        gs, gt = gold_list(r.get("source")), gold_list(r.get("target"))
        a1 = pick.get("actor1") if pick else None
        a2 = pick.get("actor2") if pick else None
        s_ok = t_ok = None
        if gs:
            src_n += 1
            s_ok = actor_match(gs, a1)
            src_ok += s_ok
            if given(a1):
                src_given += 1
                src_given_ok += s_ok
        if gt:
            tar_n += 1
            t_ok = actor_match(gt, a2)
            tar_ok += t_ok
            if given(a2):
                tar_given += 1
                tar_given_ok += t_ok
        if not ok or s_ok is False or t_ok is False:
            def show(a):
                if not a:
                    return "-"
                return f"{a.get('name') or ''}[{a.get('country') or ''}]"
            details.append(
                f"{r['id']}  gold {r['event']} {gr}  sitrep {','.join(e.get('cameo') or '?' for e in evs) or '-'}"
                f"{'' if ok else '  ROOT'}"
                f"{'  SRC' if s_ok is False else ''}{'  TAR' if t_ok is False else ''}\n"
                f"    gold src {'; '.join((a.get('actorText') or '') + '[' + (a.get('code') or '') + ']' for a in gs) or '-'}"
                f"  tar {'; '.join((a.get('actorText') or '') + '[' + (a.get('code') or '') + ']' for a in gt) or '-'}\n"
                f"    sitrep actor1 {show(a1)}  actor2 {show(a2)}\n"
                f"    {r['text'].strip()[:300]}")

    print(f"plover-gsr: {n} gold records, scope {opts['--scope']}, sitrep {opts['--sitrep']}")
    print(f"sentences with a sitrep event  {pct(covered, n)}  ({n_events} events)")
    print(f"cameo root accuracy (all gold) {pct(root_ok, n)}")
    print(f"cameo root precision (emitted) {pct(root_ok, covered)}")
    print(f"plover category agreement      {pct(plover_ok, plover_n)}")
    print(f"source actor accuracy          {pct(src_ok, src_n)}")
    print(f"source actor precision         {pct(src_given_ok, src_given)}")
    print(f"target actor accuracy          {pct(tar_ok, tar_n)}")
    print(f"target actor precision         {pct(tar_given_ok, tar_given)}")
    print("confusion by gold root (gold root: n, matched; sitrep roots given instead, '-' none):")
    for gr in sorted(per_root):
        others = ", ".join(f"{k} {v}" for k, v in conf[gr].most_common() if k != gr)
        print(f"  {gr}  n {per_root[gr]:3d}  matched {conf[gr][gr]:3d}   {others}")
    if "--details" in flags:
        print(f"disagreements ({len(details)}):")
        for d in details:
            print(d)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
