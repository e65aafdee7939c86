/* cmd_code.c — `sitrep code` and `sitrep explain`: read articles, code them,
 * write events as JSONL or CSV (code) or a field-by-field trace (explain).
 *
 * Problems with one record are reported on stderr as
 * "sitrep: FILE:LINE:OFFSET: reason" and the batch goes on.  Exit status: 0
 * when every input was read, 1 when some input could not be read at all, 2 on
 * a usage error.
 */
#include "cli.h"
#include "sitrep.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <stdbool.h>

typedef struct run {
    sitrep *s;
    FILE *out;
    FILE *explain;
    int csv;
    long articles, events, problems;
} run;

static void on_error(const char *file, long line, long offset, const char *reason, int fatal,
                     void *user)
{
    run *r = user;
    r->problems++;
    fprintf(stderr, "sitrep: %s", file ? file : "-");
    if (line > 0) fprintf(stderr, ":%ld", line);
    if (offset >= 0) fprintf(stderr, ":%ld", offset);
    fprintf(stderr, ": %s%s\n", fatal ? "error: " : "", reason);
}

static int on_article(sitrep_article *a, void *user)
{
    run *r = user;
    sitrep_events ev = {0};
    int n = sitrep_code(r->s, a, &ev, r->explain);
    if (n < 0) {
        fprintf(stderr, "sitrep: %s:%ld: internal error coding article %s\n",
                a->source ? a->source : "-", a->line, a->id ? a->id : "?");
    }
    for (size_t i = 0; i < ev.n; i++) {
        if (r->csv) sitrep_write_csv(r->out, &ev.v[i]);
        else sitrep_write_jsonl(r->out, &ev.v[i]);
        if (r->explain) {
            fputs("event: ", r->explain);
            sitrep_write_jsonl(r->explain, &ev.v[i]);
        }
    }
    r->articles++;
    r->events += (long)ev.n;
    sitrep_events_free(&ev);
    return 0;
}

static void usage_code(FILE *f)
{
    fputs("usage: sitrep code [options] INPUT...\n"
          "Code news articles into event records, one JSON object a line.\n\n"
          "INPUT is a raw article (.txt: a scraped record, optionally starting with\n"
          "\"date YYYY-MM-DD\"), a JSONL file (one article a line: id, url, title,\n"
          "date, text), a directory (every .txt and .jsonl below it) or - for stdin.\n\n"
          "options:\n"
          "  --format jsonl|csv   output format (default jsonl)\n"
          "  --scope acled|all    acled (default): political violence, protests and\n"
          "                       strategic developments; all: also statements,\n"
          "                       threats and talks\n"
          "  --data DIR           lexicon directory (default: built-in, or $SITREP_DATA)\n"
          "  --gazetteer FILE     gazetteer file (default: built-in, or $SITREP_GAZETTEER)\n"
          "  --include-background also emit past events the article recounts (\"in\n"
          "                       2014\", \"last year\"), with their own dates and\n"
          "                       \"background\": true\n"
          "  --dictionaries tabari:FILE.project | petrarch1:DIR | petrarch2:DIR\n"
          "                       code with TABARI or PETRARCH dictionaries instead and print\n"
          "                       source, target and CAMEO code per sentence\n"
          "                       (see sitrep code --dictionaries x --help)\n"
          "  --stats              print articles, sentences, bytes and events coded,\n"
          "                       with the time taken, on stderr at the end\n"
          "  -h, --help           this help\n", f);
}

static void usage_explain(FILE *f)
{
    fputs("usage: sitrep explain [options] INPUT...\n"
          "Show, for each article, every sentence with what matched in it (time,\n"
          "places, triggers and why they were kept or skipped), how mentions were\n"
          "joined into incidents, and the events that result.\n\n"
          "options: --scope, --data and --gazetteer as for `sitrep code`.\n", f);
}


int cmd_code(int argc, char **argv)
{
    const char *cmd = argv[1];
    for (int i = 2; i < argc; i++)
        if (!strcmp(argv[i], "--dictionaries") && strcmp(cmd, "explain"))
            return cmd_code_dictionaries(argc, argv);
    sitrep_options opt = {0};
    bool explain = !strcmp(cmd, "explain");
    run r = {0};
    r.out = stdout;
    bool stats = false;
    const char **inputs = calloc((size_t)argc, sizeof *inputs);
    int n_in = 0;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            explain ? usage_explain(stdout) : usage_code(stdout);
            free(inputs);
            return 0;
        } else if (!strcmp(a, "--format") && !explain) {
            if (i + 1 >= argc) goto missing;
            const char *f = argv[++i];
            if (!strcmp(f, "csv")) r.csv = 1;
            else if (!strcmp(f, "jsonl") || !strcmp(f, "json")) r.csv = 0;
            else {
                fprintf(stderr, "sitrep: --format must be jsonl or csv, not \"%s\"\n", f);
                free(inputs);
                return 2;
            }
        } else if (!strcmp(a, "--scope")) {
            if (i + 1 >= argc) goto missing;
            const char *sc = argv[++i];
            if (!strcmp(sc, "all")) opt.scope_all = 1;
            else if (strcmp(sc, "acled")) {
                fprintf(stderr, "sitrep: --scope must be acled or all, not \"%s\"\n", sc);
                free(inputs);
                return 2;
            }
        } else if (!strcmp(a, "--include-background")) {
            opt.include_background = 1;
        } else if (!strcmp(a, "--stats")) {
            stats = true;
        } else if (!strcmp(a, "--data")) {
            if (i + 1 >= argc) goto missing;
            opt.data_dir = argv[++i];
        } else if (!strcmp(a, "--gazetteer")) {
            if (i + 1 >= argc) goto missing;
            opt.gazetteer = argv[++i];
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "sitrep: unknown option \"%s\" (see sitrep %s --help)\n", a, cmd);
            free(inputs);
            return 2;
        } else {
            inputs[n_in++] = a;
        }
        continue;
    missing:
        fprintf(stderr, "sitrep: %s needs a value\n", a);
        free(inputs);
        return 2;
    }
    if (n_in == 0) {
        fprintf(stderr, "sitrep %s: no input given\n", cmd);
        explain ? usage_explain(stderr) : usage_code(stderr);
        free(inputs);
        return 2;
    }
    char err[1024];
    r.s = sitrep_open(&opt, err, sizeof err);
    if (!r.s) {
        fprintf(stderr, "sitrep: %s\n", err);
        free(inputs);
        return 1;
    }
    if (!sitrep_has_gazetteer(r.s))
        fprintf(stderr, "sitrep: warning: no gazetteer found; places resolve to countries only "
                        "(run `make gazetteer` or set SITREP_GAZETTEER)\n");
    if (explain) {
        r.explain = stdout;
        r.out = fopen("/dev/null", "w");
        if (!r.out) r.out = stdout;
    } else if (r.csv) {
        sitrep_write_csv_header(r.out);
    }
    int status = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int i = 0; i < n_in; i++)
        if (sitrep_read_path(inputs[i], on_article, on_error, &r) != 0) status = 1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (stats) {
        sitrep_counts c = sitrep_get_counts(r.s);
        double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
        fprintf(stderr, "stats: articles %lu sentences %lu bytes %lu events %lu seconds %.3f\n",
                c.articles, c.sentences, c.bytes, c.events, secs);
    }
    if (explain && r.out != stdout) fclose(r.out);
    fflush(stdout);
    sitrep_close(r.s);
    free(inputs);
    return status;
}
