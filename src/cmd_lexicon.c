/* cmd_lexicon.c — `sitrep lexicon check [--data DIR]`: load the lexicons as
 * `sitrep code` would and report every problem sitrep_lexicon_check()
 * finds, one "FILE:LINE: error|warning: ..." line each, then a summary.
 * Exit status: 0 when there are no errors (warnings allowed), 1 on errors
 * or when the lexicons do not load, 2 on a usage error. */
#include "cli.h"
#include "sitrep.h"

#include <stdio.h>
#include <string.h>

static void usage_lexicon(FILE *f)
{
    fputs("usage: sitrep lexicon check [--data DIR]\n"
          "Validate the lexicons: each entry's keys and values, entries that repeat or\n"
          "contradict an earlier one, references between lexicons (a group's parent\n"
          "and country), and entries that can never match their own text.\n\n"
          "options:\n"
          "  --data DIR   lexicon directory (default: built-in, or $SITREP_DATA)\n"
          "  -h, --help   this help\n", f);
}

int cmd_lexicon(int argc, char **argv)
{
    sitrep_options opt = {0};
    const char *action = NULL;
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            usage_lexicon(stdout);
            return 0;
        } else if (!strcmp(argv[i], "--data")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "sitrep: --data needs a value\n");
                return 2;
            }
            opt.data_dir = argv[++i];
        } else if (!action && argv[i][0] != '-') {
            action = argv[i];
        } else {
            fprintf(stderr, "sitrep lexicon: unexpected \"%s\"\n", argv[i]);
            usage_lexicon(stderr);
            return 2;
        }
    }
    if (!action || strcmp(action, "check")) {
        usage_lexicon(stderr);
        return 2;
    }
    char err[1024];
    sitrep *s = sitrep_open(&opt, err, sizeof err);
    if (!s) {
        fprintf(stderr, "sitrep: %s\n", err);
        return 1;
    }
    int warnings = 0;
    int errors = sitrep_lexicon_check(s, stdout, &warnings);
    printf("lexicon check: %d error(s), %d warning(s)\n", errors, warnings);
    sitrep_close(s);
    return errors ? 1 : 0;
}
