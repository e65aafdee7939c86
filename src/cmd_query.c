/* cmd_query.c — `sitrep query` and `sitrep export`: list the incidents of an
 * event store that pass the filters, as a table (query on a terminal),
 * JSONL, CSV, ACLED, GDELT or GeoJSON (export.c), or as the member events'
 * own JSON lines (--format events: exactly what `sitrep code` wrote).
 *
 * Both take the same filters; every value goes to the store as a bound
 * parameter (store_sqlite.c), never into SQL text.
 */
#include "cli.h"
#include "store.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void usage(FILE *f, bool export)
{
    fprintf(f,
        "usage: sitrep %s [options]\n"
        "%s\n\n"
        "options:\n"
        "  --db PATH              database file (default ./sitrep.db), or\n"
        "                         postgresql://user@host:port/dbname\n"
        "  --format FMT           %s\n"
        "  --from DATE, --to DATE incidents dated in this range (YYYY-MM-DD, inclusive)\n"
        "  --country CC           ISO 3166-1 alpha-2 code of the place\n"
        "  --admin1 NAME          province / state of the place\n"
        "  --type TYPE            ACLED event type (\"Explosions/Remote violence\")\n"
        "  --subtype TYPE         ACLED sub-event type (\"Suicide bomb\")\n"
        "  --cameo PREFIX         CAMEO code starting with PREFIX (\"19\", \"183\")\n"
        "  --actor TEXT           an actor of a member event contains TEXT\n"
        "  --near LAT,LON,KM      the incident's place within KM of LAT,LON\n"
        "  --text WORDS           a source article contains every word (words are\n"
        "                         matched literally; no search operators)\n"
        "  --limit N              at most N incidents\n"
        "  -h, --help             this help\n",
        export ? "export" : "query",
        export ? "Write the incidents of an event store for other tools."
               : "List the incidents of an event store (one row per incident, with its sources).",
        export ? "jsonl (default), csv, acled, gdelt, geojson or events"
               : "table (default on a terminal), jsonl (default otherwise), csv, acled,\n"
                 "                         gdelt, geojson or events");
}

static bool valid_date(const char *s)
{
    int y, m, d;
    char tail;
    return strlen(s) == 10 && sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 && m >= 1 && m <= 12 &&
           d >= 1 && d <= 31;
}

static bool parse_near(const char *v, sr_query *q)
{
    char *end;
    double x[3];
    const char *p = v;
    for (int i = 0; i < 3; i++) {
        x[i] = strtod(p, &end);
        if (end == p || isnan(x[i])) return false;
        p = end;
        if (i < 2) {
            if (*p != ',') return false;
            p++;
        }
    }
    if (*p || x[0] < -90 || x[0] > 90 || x[1] < -180 || x[1] > 180 || x[2] < 0) return false;
    q->near_lat = x[0];
    q->near_lon = x[1];
    q->near_km = x[2];
    return true;
}

int cmd_query(int argc, char **argv)
{
    bool export = !strcmp(argv[1], "export");
    const char *db = "sitrep.db";
    sr_query q;
    sr_query_init(&q);
    sr_exporter x = {.f = stdout};
    bool have_format = false;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout, export);
            return 0;
        }
        if (a[0] != '-' || !a[1]) {
            fprintf(stderr, "sitrep %s: unexpected argument \"%s\"\n", argv[1], a);
            return 2;
        }
        if (i + 1 >= argc) {
            fprintf(stderr, "sitrep: %s needs a value (or is unknown; see sitrep %s --help)\n", a, argv[1]);
            return 2;
        }
        const char *v = argv[++i];
        if (!strcmp(a, "--db")) db = v;
        else if (!strcmp(a, "--format")) {
            if (!sr_export_format_parse(v, &x.fmt)) {
                fprintf(stderr, "sitrep: --format must be table, jsonl, csv, acled, gdelt, geojson or "
                                "events, not \"%s\"\n", v);
                return 2;
            }
            have_format = true;
        } else if (!strcmp(a, "--from") || !strcmp(a, "--to")) {
            if (!valid_date(v)) {
                fprintf(stderr, "sitrep: %s needs a date YYYY-MM-DD, not \"%s\"\n", a, v);
                return 2;
            }
            if (!strcmp(a, "--from")) q.from = v;
            else q.to = v;
        } else if (!strcmp(a, "--country")) q.country = v;
        else if (!strcmp(a, "--admin1")) q.admin1 = v;
        else if (!strcmp(a, "--type")) q.type = v;
        else if (!strcmp(a, "--subtype")) q.subtype = v;
        else if (!strcmp(a, "--cameo")) q.cameo = v;
        else if (!strcmp(a, "--actor")) q.actor = v;
        else if (!strcmp(a, "--text")) q.text = v;
        else if (!strcmp(a, "--near")) {
            if (!parse_near(v, &q)) {
                fprintf(stderr, "sitrep: --near needs LAT,LON,KM (e.g. 33.3,44.4,25), not \"%s\"\n", v);
                return 2;
            }
        } else if (!strcmp(a, "--limit")) {
            char *end;
            q.limit = strtol(v, &end, 10);
            if (*v == 0 || *end || q.limit <= 0) {
                fprintf(stderr, "sitrep: --limit needs a positive number, not \"%s\"\n", v);
                return 2;
            }
        } else {
            fprintf(stderr, "sitrep: unknown option \"%s\" (see sitrep %s --help)\n", a, argv[1]);
            return 2;
        }
    }
    if (!have_format) x.fmt = !export && isatty(STDOUT_FILENO) ? SR_FMT_TABLE : SR_FMT_JSONL;

    struct stat sb;
    if (!strstr(db, "://") && stat(db, &sb) != 0) {
        fprintf(stderr, "sitrep: %s: no such database (create one with sitrep ingest --db %s)\n", db, db);
        return 1;
    }
    char err[1024];
    sr_store *st = sr_store_open(db, err, sizeof err);
    if (!st) {
        fprintf(stderr, "sitrep: %s\n", err);
        return 1;
    }
    sitrep *s = NULL;
    if (x.fmt == SR_FMT_ACLED || x.fmt == SR_FMT_GDELT) { /* country names: from the lexicons */
        sitrep_options opt = {0};
        s = sitrep_open(&opt, err, sizeof err);
        x.s = s;
    }
    int rc;
    if (x.fmt == SR_FMT_EVENTS) {
        rc = sr_store_events(st, &q, stdout, err, sizeof err);
    } else {
        sr_export_begin(&x);
        rc = sr_store_query(st, &q, x.fmt == SR_FMT_JSONL || x.fmt == SR_FMT_ACLED, sr_export_incident,
                            &x, err, sizeof err);
        sr_export_end(&x);
    }
    if (rc) fprintf(stderr, "sitrep: %s\n", err);
    fflush(stdout);
    sitrep_close(s);
    sr_store_close(st);
    return rc ? 1 : 0;
}
