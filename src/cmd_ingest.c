/* cmd_ingest.c — `sitrep ingest`: code articles and keep them, with their
 * events joined into incidents, in the event store (store.h).
 *
 * Articles are added in batches, one transaction each (--batch), so a
 * killed ingest loses at most the batch in flight and a rerun picks up
 * where it stopped: articles already stored (same id, URL or normalised
 * text) are skipped.  On a terminal a progress line shows the rate and the
 * time left (the inputs are counted first); a summary always ends the run.
 */
#define _XOPEN_SOURCE 700 /* nftw */
#include "cli.h"
#include "internal.h"
#include "store.h"

#include <ftw.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef struct ingest {
    sitrep *s;
    sr_store *st;
    sr_dedup_params params;
    sr_ingest_counts c;
    long batch, in_batch;
    long read, problems, events; /* problems: reported by the reader */
    long total;              /* articles expected; -1 unknown */
    bool progress;
    double t0, last_draw;
    int fatal;               /* a commit failed: stop */
    char err[1024];
} ingest;

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void draw_progress(ingest *g, bool final)
{
    double t = now_s();
    if (!final && t - g->last_draw < 0.2) return;
    g->last_draw = t;
    double secs = t - g->t0, rate = secs > 0 ? (double)g->read / secs : 0;
    char bar[32] = "";
    char eta[32] = "";
    if (g->total > 0) {
        long done = g->read < g->total ? g->read : g->total;
        int w = (int)(20.0 * (double)done / (double)g->total);
        snprintf(bar, sizeof bar, "[%.*s%*s] ", w, "####################", 20 - w, "");
        if (rate > 0) {
            long left = (long)((double)(g->total - done) / rate);
            snprintf(eta, sizeof eta, "  ETA %ld:%02ld", left / 60, left % 60);
        }
    }
    fprintf(stderr, "\r%s%ld", bar, g->read);
    if (g->total > 0) fprintf(stderr, "/%ld", g->total);
    fprintf(stderr, " articles  %.0f/s  %ld events%s\033[K", rate, g->events, eta);
    if (final) fputc('\n', stderr);
    fflush(stderr);
}

static void on_error(const char *file, long line, long offset, const char *reason, int fatal,
                     void *user)
{
    ingest *g = user;
    g->problems++;
    if (g->progress) fputs("\r\033[K", stderr);
    fprintf(stderr, "sitrep: %s", file ? file : "-");
    if (line > 0) fprintf(stderr, ":%ld", line);
    if (offset >= 0) fprintf(stderr, ":%ld", offset);
    fprintf(stderr, ": %s%s\n", fatal ? "error: " : "", reason);
}

static int commit_batch(ingest *g, bool reopen)
{
    if (sr_store_commit(g->st, g->err, sizeof g->err)) {
        fprintf(stderr, "sitrep: %s\n", g->err);
        g->fatal = 1;
        return -1;
    }
    g->in_batch = 0;
    if (reopen && sr_store_begin(g->st, g->err, sizeof g->err)) {
        fprintf(stderr, "sitrep: %s\n", g->err);
        g->fatal = 1;
        return -1;
    }
    return 0;
}

static int on_article(sitrep_article *a, void *user)
{
    ingest *g = user;
    g->read++;
    sr_doc doc;
    sr_clean(a, &doc);
    sitrep_article copy = *a;
    if (!copy.title || !*copy.title) copy.title = doc.title;
    if (!copy.url || !*copy.url) copy.url = doc.url;
    /* a stored copy: skip before the costly coding */
    sr_add_result r = sr_store_copy_of(g->st, &copy, doc.text, g->err, sizeof g->err);
    if (r == SR_ADD_SAME_ID) g->c.same_id++;
    else if (r == SR_ADD_SAME_URL) g->c.same_url++;
    else if (r == SR_ADD_SAME_TEXT) g->c.same_text++;
    if (r == SR_ADD_NOT_FOUND) {
        sitrep_events ev = {0};
        if (sitrep_code(g->s, a, &ev, NULL) < 0) {
            fprintf(stderr, "sitrep: %s:%ld: internal error coding article %s; stored without events\n",
                    a->source ? a->source : "-", a->line, a->id);
            sitrep_events_free(&ev);
        }
        char pubdate[11] = "";
        sr_ymd d;
        if (a->date && sr_ymd_parse(a->date, &d)) sr_ymd_format(d, pubdate);
        else sr_ymd_format(doc.pubdate, pubdate);
        r = sr_store_add_article(g->st, &copy, doc.text, *pubdate ? pubdate : NULL, &ev, &g->params,
                                 &g->c, g->err, sizeof g->err);
        if (r == SR_ADD_STORED) g->events += (long)ev.n;
        sitrep_events_free(&ev);
    } else if (r == SR_ADD_ERROR) {
        g->c.failed++;
    }
    if (r == SR_ADD_ERROR) {
        if (g->progress) fputs("\r\033[K", stderr);
        fprintf(stderr, "sitrep: %s:%ld: article %s not stored: %s\n", a->source ? a->source : "-",
                a->line, a->id, g->err);
    }
    sr_doc_free(&doc);
    if (++g->in_batch >= g->batch && commit_batch(g, true)) return 1;
    if (g->progress) draw_progress(g, false);
    return 0;
}

/* ------------------------------------------------- counting the inputs */

static long walk_total;

static long count_lines(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return 0;
    long n = 0;
    int c, prev = '\n';
    while ((c = getc(f)) != EOF) {
        if (c == '\n' && prev != '\n') n++;
        prev = c;
    }
    if (prev != '\n') n++;
    fclose(f);
    return n;
}

static long count_file(const char *path)
{
    size_t n = strlen(path);
    if (n > 6 && !strcmp(path + n - 6, ".jsonl")) return count_lines(path);
    return 1;
}

static int count_entry(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
    size_t n = strlen(path);
    if (type == FTW_F && ((n > 4 && !strcmp(path + n - 4, ".txt")) || (n > 6 && !strcmp(path + n - 6, ".jsonl"))))
        walk_total += count_file(path);
    return 0;
}

/* Articles in the inputs, or -1 when unknown (stdin). */
static long count_inputs(const char **inputs, int n)
{
    long total = 0;
    for (int i = 0; i < n; i++) {
        struct stat sb;
        if (!strcmp(inputs[i], "-")) return -1;
        if (stat(inputs[i], &sb) != 0) continue;
        if (S_ISDIR(sb.st_mode)) {
            walk_total = 0;
            nftw(inputs[i], count_entry, 16, FTW_PHYS);
            total += walk_total;
        } else {
            total += count_file(inputs[i]);
        }
    }
    return total;
}

/* ---------------------------------------------------------------- main */

static void usage(FILE *f)
{
    sr_dedup_params p;
    sr_dedup_defaults(&p);
    fprintf(f,
        "usage: sitrep ingest [options] INPUT...\n"
        "Code articles and store them, with their events joined into incidents across\n"
        "articles, in an SQLite file or a PostgreSQL database.  INPUT is as for\n"
        "`sitrep code` (.txt, .jsonl, a directory, or - for stdin).  Ingesting an\n"
        "article again (same id, same URL or the same normalised text) changes nothing.\n\n"
        "options:\n"
        "  --db PATH            database file (default ./sitrep.db; created if missing),\n"
        "                       or postgresql://user@host:port/dbname (PostgreSQL + PostGIS;\n"
        "                       the database must exist, the first ingest makes the tables)\n"
        "  --batch N            articles per transaction (default 256)\n"
        "  --radius-km KM       two town-level places of one incident at most KM apart\n"
        "                       (default %g)\n"
        "  --admin1-km KM       a province-level place and a town of one incident\n"
        "                       (default %g)\n"
        "  --days N             dates of one incident at most N days apart (default %d)\n"
        "  --text-overlap F     share of proper names an undated or vaguely placed\n"
        "                       report needs in common to join (default %g)\n"
        "  --zero-vs-many N     \"no one killed\" and N or more dead are two incidents\n"
        "                       (default %d)\n"
        "  --scope, --data, --gazetteer, --include-background   as for `sitrep code`\n"
        "  -q, --quiet          no progress line\n"
        "  -h, --help           this help\n"
        "See docs/store.md for the schema and how incidents are matched.\n",
        p.radius_km, p.admin1_radius_km, p.day_window, p.min_text_overlap, p.zero_vs_many);
}

static bool parse_number(const char *opt, const char *v, double lo, double *out)
{
    char *end;
    double x = strtod(v, &end);
    if (*v == 0 || *end || isnan(x) || x < lo) {
        fprintf(stderr, "sitrep: %s needs a number >= %g, not \"%s\"\n", opt, lo, v);
        return false;
    }
    *out = x;
    return true;
}

int cmd_ingest(int argc, char **argv)
{
    sitrep_options opt = {0};
    ingest g;
    memset(&g, 0, sizeof g);
    sr_dedup_defaults(&g.params);
    g.batch = 256;
    const char *db = "sitrep.db";
    bool quiet = false;
    const char **inputs = calloc((size_t)argc, sizeof *inputs);
    int n_in = 0;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        double x;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            free(inputs);
            return 0;
        } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
            quiet = true;
        } else if (!strcmp(a, "--include-background")) {
            opt.include_background = 1;
        } else if (a[0] == '-' && a[1] && i + 1 >= argc) {
            fprintf(stderr, "sitrep: %s needs a value (or is unknown; see sitrep ingest --help)\n", a);
            free(inputs);
            return 2;
        } else if (!strcmp(a, "--db")) {
            db = argv[++i];
        } else if (!strcmp(a, "--data")) {
            opt.data_dir = argv[++i];
        } else if (!strcmp(a, "--gazetteer")) {
            opt.gazetteer = argv[++i];
        } else if (!strcmp(a, "--scope")) {
            const char *sc = argv[++i];
            if (!strcmp(sc, "all")) opt.scope_all = 1;
            else if (strcmp(sc, "acled")) {
                fprintf(stderr, "sitrep: --scope must be acled or all, not \"%s\"\n", sc);
                free(inputs);
                return 2;
            }
        } else if (!strcmp(a, "--batch") || !strcmp(a, "--radius-km") || !strcmp(a, "--admin1-km") ||
                   !strcmp(a, "--days") || !strcmp(a, "--text-overlap") || !strcmp(a, "--zero-vs-many")) {
            if (!parse_number(a, argv[++i], !strcmp(a, "--batch") ? 1 : 0, &x)) {
                free(inputs);
                return 2;
            }
            if (!strcmp(a, "--batch")) g.batch = (long)x;
            else if (!strcmp(a, "--radius-km")) g.params.radius_km = x;
            else if (!strcmp(a, "--admin1-km")) g.params.admin1_radius_km = x;
            else if (!strcmp(a, "--days")) g.params.day_window = (int)x;
            else if (!strcmp(a, "--text-overlap")) g.params.min_text_overlap = x;
            else g.params.zero_vs_many = (int)x;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "sitrep: unknown option \"%s\" (see sitrep ingest --help)\n", a);
            free(inputs);
            return 2;
        } else {
            inputs[n_in++] = a;
        }
    }
    if (n_in == 0) {
        fprintf(stderr, "sitrep ingest: no input given\n");
        usage(stderr);
        free(inputs);
        return 2;
    }
    g.s = sitrep_open(&opt, g.err, sizeof g.err);
    if (!g.s) {
        fprintf(stderr, "sitrep: %s\n", g.err);
        free(inputs);
        return 1;
    }
    if (!sitrep_has_gazetteer(g.s))
        fprintf(stderr, "sitrep: warning: no gazetteer found; places resolve to countries only\n");
    g.st = sr_store_open(db, g.err, sizeof g.err);
    if (!g.st) {
        fprintf(stderr, "sitrep: %s\n", g.err);
        sitrep_close(g.s);
        free(inputs);
        return 1;
    }
    g.progress = !quiet && isatty(STDERR_FILENO);
    g.total = g.progress ? count_inputs(inputs, n_in) : -1;
    g.t0 = now_s();
    int status = 0;
    if (sr_store_begin(g.st, g.err, sizeof g.err)) {
        fprintf(stderr, "sitrep: %s\n", g.err);
        status = 1;
    } else {
        for (int i = 0; i < n_in && !g.fatal; i++)
            if (sitrep_read_path(inputs[i], on_article, on_error, &g) != 0) status = 1;
        if (!g.fatal) commit_batch(&g, false);
    }
    if (g.fatal) status = 1;
    if (g.progress) draw_progress(&g, true);
    double secs = now_s() - g.t0;
    long skipped = g.c.same_id + g.c.same_url + g.c.same_text + g.c.failed;
    fprintf(stderr,
            "ingest: %ld articles read, %ld stored, %ld skipped (%ld same id, %ld same URL, "
            "%ld same text, %ld failed); %ld input problems reported above; events: %ld new "
            "incidents, %ld merged into incidents; %.1f s, %.1f articles/s, %.1f events/s\n",
            g.read, g.c.stored, skipped, g.c.same_id, g.c.same_url, g.c.same_text, g.c.failed,
            g.problems, g.c.events_new, g.c.events_merged, secs, secs > 0 ? (double)g.read / secs : 0,
            secs > 0 ? (double)(g.c.events_new + g.c.events_merged) / secs : 0);
    if (g.c.failed) status = 1;
    sr_store_close(g.st);
    sitrep_close(g.s);
    free(inputs);
    return status;
}
