#!/usr/bin/env python3
"""dedup-eval.py — measure how well `sitrep ingest` joins reports of one incident.

usage: tools/dedup-eval.py [--sitrep BIN] [ARTICLES.jsonl CLUSTERS.jsonl]
                           [--min-precision P] [--min-recall R] [--json]
                           [--db postgresql://...] [-- INGEST-OPTIONS...]

Ingests ARTICLES into a fresh SQLite store (a temporary file; or, with --db,
the store it names, e.g. an empty PostgreSQL database), reads the
incidents back with `sitrep export --format jsonl` and compares them with the
true grouping in CLUSTERS (one JSON object a line: "incident", "article_ids",
"near_miss_of": the incident it must stay apart from, or null).

The measure is pairwise over articles.  For every unordered pair of articles
in CLUSTERS:
  - truly same:     both articles are in one cluster;
  - predicted same: some stored incident has events of both articles (an
                    article with several events may sit in several incidents;
                    an article with no event is in none, so it is never
                    predicted same as anything).
precision = |truly same AND predicted same| / |predicted same|
recall    = |truly same AND predicted same| / |truly same|
(precision is 1.0 when nothing is predicted same.)  Separately, every
near-miss pair of clusters (near_miss_of) is checked: no incident may hold
articles of both.

Default inputs: ../shared/gold/dedup-dev/{articles,clusters}.jsonl relative
to the project root; when those are absent the tool prints a note and exits
0 (skipped), so tests can call it without ../shared.  Exit status 1 when a
threshold given with --min-precision/--min-recall is not met or a near-miss
pair was merged; 2 on a usage or run error.  Python 3 standard library only.
"""
import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DIR = os.path.join(ROOT, "..", "shared", "gold", "dedup-dev")


def load_clusters(path):
    clusters = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    of = {}
    for c in clusters:
        for a in c["article_ids"]:
            of[a] = c["incident"]
    return clusters, of


def main():
    argv = sys.argv[1:]
    extra = []
    if "--" in argv:
        k = argv.index("--")
        argv, extra = argv[:k], argv[k + 1:]
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("articles", nargs="?")
    ap.add_argument("clusters", nargs="?")
    ap.add_argument("--sitrep", default=os.path.join(ROOT, "build", "sitrep"))
    ap.add_argument("--min-precision", type=float, default=None)
    ap.add_argument("--min-recall", type=float, default=None)
    ap.add_argument("--json", action="store_true", help="print the result as one JSON object")
    ap.add_argument("--details", action="store_true", help="list the pairs missed and wrongly joined")
    ap.add_argument("--db", help="ingest into this store (it must be empty), e.g. postgresql://user@host:port/db,"
                                 " instead of a temporary SQLite file")
    args = ap.parse_args(argv)
    if not args.articles:
        args.articles = os.path.join(DEFAULT_DIR, "articles.jsonl")
        args.clusters = os.path.join(DEFAULT_DIR, "clusters.jsonl")
        if not os.path.exists(args.articles) or not os.path.exists(args.clusters):
            print("dedup-eval: ../shared/gold/dedup-dev not found; skipped")
            return 0
    elif not args.clusters:
        ap.error("give both ARTICLES and CLUSTERS")

    clusters, true_of = load_clusters(args.clusters)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or os.path.join(tmp, "eval.db")
        run = subprocess.run([args.sitrep, "ingest", "--quiet", "--db", db, *extra, args.articles],
                             capture_output=True, text=True)
        if run.returncode != 0:
            sys.stderr.write(run.stderr)
            print("dedup-eval: sitrep ingest failed", file=sys.stderr)
            return 2
        out = subprocess.run([args.sitrep, "export", "--db", db, "--format", "jsonl"],
                             capture_output=True, text=True)
        if out.returncode != 0:
            sys.stderr.write(out.stderr)
            return 2
    incidents = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
    members = [{s["article_id"] for s in inc["sources"]} for inc in incidents]

    ids = sorted(true_of)
    tp = fp = fn = 0
    missed, wrong = [], []
    for a, b in itertools.combinations(ids, 2):
        truth = true_of[a] == true_of[b]
        pred = any(a in m and b in m for m in members)
        if truth and pred:
            tp += 1
        elif pred:
            fp += 1
            wrong.append((a, b))
        elif truth:
            fn += 1
            missed.append((a, b))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0

    by_id = {c["incident"]: c for c in clusters}
    near = sorted({tuple(sorted((c["incident"], c["near_miss_of"]))) for c in clusters
                   if c.get("near_miss_of") in by_id})
    near_merged = []
    for x, y in near:
        A, B = set(by_id[x]["article_ids"]), set(by_id[y]["article_ids"])
        if any(m & A and m & B for m in members):
            near_merged.append((x, y))
    near_pairs = len(near)

    result = {
        "articles": len(ids), "clusters": len(clusters), "incidents_stored": len(incidents),
        "true_pairs": tp + fn, "predicted_pairs": tp + fp, "tp": tp, "fp": fp, "fn": fn,
        "precision": round(precision, 4), "recall": round(recall, 4),
        "near_miss_pairs": near_pairs, "near_miss_merged": near_merged,
    }
    if args.json:
        print(json.dumps(result))
    else:
        print("dedup-eval: %d articles, %d true clusters, %d incidents stored" %
              (len(ids), len(clusters), len(incidents)))
        print("pairs: %d truly same, %d predicted same, %d both" % (tp + fn, tp + fp, tp))
        print("precision %.3f  recall %.3f  near-miss pairs merged: %d of %d" %
              (precision, recall, len(near_merged), near_pairs))
    if args.details:
        for a, b in missed:
            print("missed: %s %s (%s)" % (a, b, true_of[a]))
        for a, b in wrong:
            print("wrongly joined: %s (%s) %s (%s)" % (a, true_of[a], b, true_of[b]))
    failed = bool(near_merged)
    if args.min_precision is not None and precision < args.min_precision:
        failed = True
    if args.min_recall is not None and recall < args.min_recall:
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
