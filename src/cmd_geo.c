/* cmd_geo.c — `sitrep geo`: list every toponym of every article as JSON
 * Lines, one object per toponym (article id, byte span in the article text
 * as given, GeoNames id, name, coordinates, admin1, country, precision).
 * It is the geoparser behind `sitrep code` on its own, as CLIFF-CLAVIN and
 * Mordecai are; sitrep_geoparse() in places.c does the work.
 *
 * Inputs are read as for `sitrep code`.  Problems with one record are
 * reported on stderr as "sitrep: FILE:LINE:OFFSET: reason" and the batch
 * goes on.  Exit status: 0 when every input was read, 1 when some input
 * could not be read at all, 2 on a usage error.
 */
#include "cli.h"
#include "sitrep.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct geo_run {
    sitrep *s;
    int flags;
    const char *article_id;
    long articles, toponyms;
} geo_run;

static void on_geo_error(const char *file, long line, long offset, const char *reason,
                         int fatal, void *user)
{
    (void)user;
    fprintf(stderr, "sitrep: %s", file ? file : "-");
    if (line > 0) fprintf(stderr, ":%ld", line);
    if (offset >= 0) fprintf(stderr, ":%ld", offset);
    fprintf(stderr, ": %s%s\n", fatal ? "error: " : "", reason);
}

static int on_toponym(const sitrep_toponym *t, void *user)
{
    geo_run *r = user;
    sitrep_write_toponym_jsonl(stdout, r->article_id, t);
    r->toponyms++;
    return 0;
}

static int on_geo_article(sitrep_article *a, void *user)
{
    geo_run *r = user;
    r->article_id = a->id ? a->id : "";
    if (sitrep_geoparse(r->s, a, r->flags, on_toponym, r) < 0)
        fprintf(stderr, "sitrep: %s:%ld: internal error geoparsing article %s\n",
                a->source ? a->source : "-", a->line, r->article_id);
    r->articles++;
    return 0;
}

static void usage_geo(FILE *f)
{
    fputs("usage: sitrep geo [options] INPUT...\n"
          "List every place each article names, resolved to the gazetteer, one JSON\n"
          "object a line: article_id, start, end (byte span in the article text as\n"
          "given), text, name, geonameid, lat, lon, admin1, country, precision, kind,\n"
          "candidates.  See docs/geoparser.md.\n\n"
          "INPUT is as for `sitrep code`: a .txt file (one article: a scraped record or\n"
          "plain text), a JSONL file (id, url, title, date, text), a directory or -.\n\n"
          "options:\n"
          "  --plain              the text is plain prose: keep every line (no title,\n"
          "                       byline or dateline removal as for scraped pages)\n"
          "  --no-demonyms        leave out adjectives naming a country (\"Iraqi\")\n"
          "  --data DIR           lexicon directory (default: built-in, or $SITREP_DATA)\n"
          "  --gazetteer FILE     gazetteer file (default: built-in, or $SITREP_GAZETTEER)\n"
          "  -h, --help           this help\n", f);
}

int cmd_geo(int argc, char **argv)
{
    sitrep_options opt = {0};
    geo_run r = {0};
    const char **inputs = calloc((size_t)argc, sizeof *inputs);
    int n_in = 0;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage_geo(stdout);
            free(inputs);
            return 0;
        } else if (!strcmp(a, "--plain")) {
            r.flags |= SITREP_GEOPARSE_PLAIN;
        } else if (!strcmp(a, "--no-demonyms")) {
            r.flags |= SITREP_GEOPARSE_NO_DEMONYMS;
        } else if (!strcmp(a, "--data") || !strcmp(a, "--gazetteer")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "sitrep: %s needs a value\n", a);
                free(inputs);
                return 2;
            }
            if (!strcmp(a, "--data")) opt.data_dir = argv[++i];
            else opt.gazetteer = argv[++i];
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "sitrep: unknown option \"%s\" (see sitrep geo --help)\n", a);
            free(inputs);
            return 2;
        } else {
            inputs[n_in++] = a;
        }
    }
    if (n_in == 0) {
        fprintf(stderr, "sitrep geo: no input given\n");
        usage_geo(stderr);
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
        fprintf(stderr, "sitrep: warning: no gazetteer found; only countries are found "
                        "(run `make gazetteer` or set SITREP_GAZETTEER)\n");
    int status = 0;
    for (int i = 0; i < n_in; i++)
        if (sitrep_read_path(inputs[i], on_geo_article, on_geo_error, &r) != 0) status = 1;
    fflush(stdout);
    sitrep_close(r.s);
    free(inputs);
    return status;
}
