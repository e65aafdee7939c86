#!/usr/bin/env python3
"""geo-eval.py — score `sitrep geo` end to end on the standard geoparsing
corpora (LGL, GeoWebNews, TR-News, GeoVirus) from ../shared/geo-eval.

    tools/geo-eval.py [--sitrep build/sitrep] [--corpora DIR] [--corpus NAME]...
                      [--limit N] [--details FILE] [--json]

For each corpus the articles are written as JSONL, run through
`sitrep geo --plain`, and the toponyms it lists are scored against the gold
with the protocol of EUPEG (Wang & Hu 2019) that produced
../shared/geo-eval/published-scores.txt, so the figures can be compared:

* Gold toponyms: those with coordinates (LGL, TR-News: a gaztag with lat/lon;
  GeoVirus: lat/lon; GeoWebNews: a GeoNames id, which is what EUPEG's 2,401
  gold toponyms are; 200 more carry hand-placed coordinates without an id).
* Predicted toponyms: those with coordinates.
* Match ("eupeg", the default): a prediction matches a gold toponym when the
  midpoints of the two character spans are less than 10 characters apart;
  each gold toponym, in text order, takes the first unmatched prediction of
  its article that qualifies, in output (text) order.  The pairing is greedy,
  so the order matters: GeoWebNews and TR-News list their toponyms out of
  text order; --gold-order file takes them as listed.  --match exact requires identical spans;
  --match overlap any shared character.  The exact-span F1 is always shown
  as well.
* P = matched / predicted, R = matched / gold, F1 their harmonic mean.
* Over matched pairs: the great-circle error in km; acc@161 = share under
  161 km; AUC = trapezoidal area under the sorted log(1+err)/log(20039)
  curve (lower is better); mean and median error.

Gold spans are character offsets.  Where the text at a gold span is not the
gold phrase (GeoVirus offsets are one character late throughout; 117
TR-News spans are 1-10 characters late) the span is moved to the nearest
occurrence of the phrase within 60 characters.

Corpora differ on adjectives: LGL and TR-News annotate "Turkish", "Iraqi" as
toponyms of their country; GeoWebNews marks them "Demonym" without
coordinates and GeoVirus leaves them out.  sitrep geo therefore runs with
--no-demonyms on the last two (DEMONYMS below).

Python 3 standard library only.  Exits 0 with "skip" when the corpora are
absent.  See docs/geoparser.md.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPORA = ["LGL", "GeoWebNews", "TR-News", "GeoVirus"]
FILES = {"LGL": "LGL/lgl.xml", "GeoWebNews": "GeoWebNews/GWN.xml",
         "TR-News": "TR-News/TR-News.xml", "GeoVirus": "GeoVirus/GeoVirus.xml"}
# whether the corpus annotates adjectival demonyms ("Iraqi") as toponyms
DEMONYMS = {"LGL": True, "TR-News": True, "GeoWebNews": True, "GeoVirus": False}
MAX_ERROR = 20039.0


def fnum(s):
    try:
        v = float(s)
        return v if math.isfinite(v) else None
    except (TypeError, ValueError):
        return None


def realign(text, start, end, phrase):
    """Move a gold span onto its phrase when the offsets are off."""
    if not phrase or text[start:end] == phrase:
        return start, end
    best = None
    lo = max(0, start - 60)
    i = text.find(phrase, lo)
    while i != -1 and i <= start + 60:
        if best is None or abs(i - start) < abs(best - start):
            best = i
        i = text.find(phrase, i + 1)
    if best is None:
        return start, end
    return best, best + len(phrase)


def load(name, path):
    """[(id, text, [gold dicts])] for one corpus."""
    root = ET.parse(path).getroot()
    out = []
    for n, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        aid = art.get("docid") or art.get("file") or str(n)
        aid = "%s-%d-%s" % (name, n, aid)
        gold = []
        if name == "GeoVirus":
            for t in art.iter("location"):
                lat, lon = fnum(t.findtext("lat")), fnum(t.findtext("lon"))
                if lat is None or lon is None:
                    continue
                s, e = int(t.findtext("start")), int(t.findtext("end"))
                ph = t.findtext("name") or ""
                s, e = realign(text, s, e, ph)
                gold.append({"start": s, "end": e, "phrase": ph, "lat": lat, "lon": lon})
        elif name == "GeoWebNews":
            for t in art.iter("toponym"):
                lat, lon = fnum(t.findtext("latitude")), fnum(t.findtext("longitude"))
                if lat is None or lon is None or not (t.findtext("geonamesID") or "").strip():
                    continue
                s, e = int(t.findtext("start")), int(t.findtext("end"))
                ph = t.findtext("extractedName") or ""
                s, e = realign(text, s, e, ph)
                gold.append({"start": s, "end": e, "phrase": ph, "lat": lat, "lon": lon})
        else:
            for t in art.iter("toponym"):
                g = t.find("gaztag")
                if g is None:
                    continue
                lat, lon = fnum(g.findtext("lat")), fnum(g.findtext("lon"))
                if lat is None or lon is None:
                    continue
                s, e = int(t.findtext("start")), int(t.findtext("end"))
                ph = t.findtext("phrase") or ""
                s, e = realign(text, s, e, ph)
                gold.append({"start": s, "end": e, "phrase": ph, "lat": lat, "lon": lon,
                             "where": "%s,%s,%s" % (g.findtext("name") or "", g.findtext("admin1") or "",
                                                    g.findtext("country") or "")})
        out.append((aid, text, gold))
    return out


def km(a, b):
    r = math.pi / 180
    la1, lo1, la2, lo2 = a[0] * r, a[1] * r, b[0] * r, b[1] * r
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def run_sitrep(sitrep, arts, flags):
    """{article id: [predicted toponyms with character spans]}"""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for aid, text, _ in arts:
            f.write(json.dumps({"id": aid, "text": text}, ensure_ascii=False) + "\n")
        path = f.name
    try:
        p = subprocess.run([sitrep, "geo", "--plain"] + flags + [path], capture_output=True)
    finally:
        os.unlink(path)
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode("utf-8", "replace"))
        raise SystemExit("geo-eval: sitrep geo failed (status %d)" % p.returncode)
    texts = {aid: text for aid, text, _ in arts}
    enc = {}
    pred = {}
    for line in p.stdout.decode("utf-8").splitlines():
        o = json.loads(line)
        aid = o["article_id"]
        if aid not in enc:
            enc[aid] = texts[aid].encode("utf-8")
        b = enc[aid]
        # byte offsets -> character offsets
        s = len(b[:o["start"]].decode("utf-8", "ignore"))
        e = len(b[:o["end"]].decode("utf-8", "ignore"))
        o["cstart"], o["cend"] = s, e
        pred.setdefault(aid, []).append(o)
    return pred


def matches(mode, g, p):
    if mode == "exact":
        return g["start"] == p["cstart"] and g["end"] == p["cend"]
    if mode == "overlap":
        return g["start"] < p["cend"] and p["cstart"] < g["end"]
    return abs((g["start"] + g["end"]) / 2.0 - (p["cstart"] + p["cend"]) / 2.0) < 10


def score(arts, pred, mode, details=None, name=""):
    tp = fp = fn = 0
    errs = []
    for aid, text, gold in arts:
        ps = [p for p in pred.get(aid, []) if p.get("lat") is not None and p.get("lon") is not None]
        left = list(ps)
        for g in gold:
            hit = None
            for p in left:
                if matches(mode, g, p):
                    hit = p
                    break
            if hit is None:
                fn += 1
                if details:
                    details.write("%s\t%s\tFN\t%s\t%d\n" % (name, aid, g["phrase"], g["start"]))
                continue
            left.remove(hit)
            tp += 1
            err = km((g["lat"], g["lon"]), (hit["lat"], hit["lon"]))
            errs.append(err)
            if details and err >= 161:
                details.write("%s\t%s\tFAR\t%s\t%d\t%.0fkm\t%s,%s,%s\t%s\n" % (
                    name, aid, g["phrase"], g["start"], err, hit.get("name"), hit.get("admin1"),
                    hit.get("country"), g.get("where", "%.4f,%.4f" % (g["lat"], g["lon"]))))
        fp += len(left)
        if details:
            for p in left:
                details.write("%s\t%s\tFP\t%s\t%d\t%s,%s\n" % (name, aid, p["text"], p["cstart"],
                                                            p.get("name"), p.get("country")))
    P = tp / (tp + fp) if tp + fp else 0.0
    R = tp / (tp + fn) if tp + fn else 0.0
    F = 2 * P * R / (P + R) if tp else 0.0
    errs.sort()
    n = len(errs)
    acc = sum(1 for e in errs if e < 161) / n if n else 0.0
    mean = sum(errs) / n if n else 0.0
    med = 0.0
    if n:
        med = errs[n // 2] if n % 2 else (errs[n // 2 - 1] + errs[n // 2]) / 2
    auc = 0.0
    if n > 1:
        lg = [math.log(1 + e) / math.log(MAX_ERROR) for e in errs]
        auc = (0.5 * (lg[0] + lg[-1]) + sum(lg[1:-1])) / (n - 1)
    return {"P": P, "R": R, "F1": F, "tp": tp, "fp": fp, "gold": tp + fn, "acc161": acc,
            "AUC": auc, "mean": mean, "median": med}


def main():
    ap = argparse.ArgumentParser(description="score sitrep geo on LGL, GeoWebNews, TR-News, GeoVirus")
    ap.add_argument("--sitrep", default=os.path.join(ROOT, "build", "sitrep"))
    ap.add_argument("--corpora", default=os.path.join(ROOT, "..", "shared", "geo-eval"))
    ap.add_argument("--corpus", action="append", choices=CORPORA)
    ap.add_argument("--limit", type=int, default=0, help="first N articles of each corpus")
    ap.add_argument("--match", choices=["eupeg", "exact", "overlap"], default="eupeg")
    ap.add_argument("--gold-order", choices=["text", "file"], default="text",
                    help="order in which gold toponyms take their match (default: text order)")
    ap.add_argument("--details", help="write every miss (FN, FP, FAR) to this file")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    todo = [c for c in (a.corpus or CORPORA) if os.path.exists(os.path.join(a.corpora, FILES[c]))]
    if not todo:
        print("skip: no geo-eval corpora under %s" % a.corpora)
        return 0
    details = open(a.details, "w", encoding="utf-8") if a.details else None
    results = {}
    for c in todo:
        arts = load(c, os.path.join(a.corpora, FILES[c]))
        if a.limit:
            arts = arts[:a.limit]
        if a.gold_order == "text":
            arts = [(aid, text, sorted(gold, key=lambda g: (g["start"], g["end"])))
                    for aid, text, gold in arts]
        flags = [] if DEMONYMS[c] else ["--no-demonyms"]
        pred = run_sitrep(a.sitrep, arts, flags)
        r = score(arts, pred, a.match, details, c)
        r["F1_exact"] = score(arts, pred, "exact")["F1"]
        results[c] = r
        if not a.json:
            print("%-10s sitrep       P=%.3f R=%.3f F1=%.3f (exact %.3f) matched=%5d/%5d "
                  "acc@161=%.3f AUC=%.3f mean=%.0fkm median=%.0fkm" % (
                      c, r["P"], r["R"], r["F1"], r["F1_exact"], r["tp"], r["gold"], r["acc161"],
                      r["AUC"], r["mean"], r["median"]))
            sys.stdout.flush()
    if details:
        details.close()
    if a.json:
        print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
