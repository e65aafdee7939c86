/* main.c — the sitrep command line: a thin dispatcher over libsitrep.
 *
 *   sitrep code [--format jsonl|csv] [--scope acled|all] INPUT...
 *   sitrep explain INPUT...
 *   sitrep ingest [--db PATH] INPUT...
 *   sitrep query|export [--db PATH] [filters] [--format FMT]
 *   sitrep geo [--plain] [--no-demonyms] INPUT...
 *   sitrep serve [--db PATH] [--port N] [--bind ADDR]
 *   sitrep --version | --help
 *
 * Each subcommand lives in its own src/cmd_*.c file (see cli.h); this file
 * only picks one by name and prints the top-level help and version.
 */
#include "cli.h"
#include "sitrep.h"

#include <stdio.h>
#include <string.h>

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} command;

static const command commands[] = {
    {"code", cmd_code, "code articles into events (JSONL or CSV)"},
    {"explain", cmd_code, "show how each field of each event was found"},
    {"lexicon", cmd_lexicon, "check the lexicons (lexicon check)"},
    {"ingest", cmd_ingest, "code articles into an event store, joining reports of one incident"},
    {"query", cmd_query, "list the incidents of an event store that match filters"},
    {"export", cmd_query, "write an event store as JSONL, CSV, ACLED, GDELT or GeoJSON"},
    {"suite", cmd_suite, "run TABARI's or PETRARCH's own test suites"},
    {"geo", cmd_geo, "list every place an article names, resolved (JSONL)"},
    {"serve", cmd_serve, "serve an event store as a JSON API and a web page (map, timeline, evidence)"},
};

static void usage(FILE *f)
{
    fputs("usage: sitrep COMMAND [options] INPUT...\n\ncommands:\n", f);
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(f, "  %-9s %s\n", commands[i].name, commands[i].summary);
    fputs("\n  sitrep COMMAND --help   help for one command\n"
          "  sitrep --version        version and data attributions\n", f);
}

static int version(void)
{
    printf("sitrep %s\n", SITREP_VERSION);
    sitrep_options opt = {0};
    char err[512];
    sitrep *s = sitrep_open(&opt, err, sizeof err);
    const char *attr = s ? sitrep_gazetteer_attribution(s) : NULL;
    if (attr) printf("gazetteer: %s\n", attr);
    else printf("gazetteer: not installed (places resolve to countries only)\n");
    sitrep_close(s);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
        usage(stdout);
        return 0;
    }
    if (!strcmp(cmd, "--version")) return version();
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (!strcmp(cmd, commands[i].name)) return commands[i].run(argc, argv);
    fprintf(stderr, "sitrep: unknown command \"%s\"\n", cmd);
    usage(stderr);
    return 2;
}
