/* gazbuild — builds the gazetteer file from the pinned npm data packages
 * and our country list:
 *
 *   gazbuild --node-modules DIR --countries FILE -o OUT
 *
 * The work is done by sr_gaz_build() (src/gazetteer.c) so the tests can
 * build small gazetteers too; this is only the command line, plus a timing
 * line and an open-and-check of the file just written. */
#include "gazetteer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void usage(FILE *f)
{
    fprintf(f, "usage: gazbuild --node-modules DIR --countries FILE -o OUT\n");
}

int main(int argc, char **argv)
{
    const char *nm = NULL, *countries = NULL, *out = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if ((!strcmp(a, "--node-modules") || !strcmp(a, "--countries") || !strcmp(a, "-o")) &&
            i + 1 >= argc) {
            fprintf(stderr, "gazbuild: %s needs a value\n", a);
            return 2;
        }
        if (!strcmp(a, "--node-modules")) nm = argv[++i];
        else if (!strcmp(a, "--countries")) countries = argv[++i];
        else if (!strcmp(a, "-o")) out = argv[++i];
        else if (!strcmp(a, "-h") || !strcmp(a, "--help")) { usage(stdout); return 0; }
        else { fprintf(stderr, "gazbuild: unknown argument '%s'\n", a); usage(stderr); return 2; }
    }
    if (!nm || !countries || !out) { usage(stderr); return 2; }
    char err[1024];
    double t0 = now();
    if (sr_gaz_build(nm, countries, out, stdout, err, sizeof err) != 0) {
        fprintf(stderr, "gazbuild: %s\n", err);
        return 1;
    }
    double t1 = now();
    sr_gaz *g = sr_gaz_open(out, err, sizeof err);
    if (!g) {
        fprintf(stderr, "gazbuild: the file just written does not open: %s\n", err);
        return 1;
    }
    double t2 = now();
    printf("  built in %.1f s; opens in %.3f ms; %s\n", t1 - t0, (t2 - t1) * 1e3,
           sr_gaz_attribution(g));
    sr_gaz_close(g);
    return 0;
}
