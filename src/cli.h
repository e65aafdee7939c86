/* cli.h — the sitrep command line's subcommands.  Each lives in its own
 * src/cmd_*.c file and is linked into the CLI only, not into libsitrep.
 * argv[1] is the subcommand's name; the return value is the exit status
 * (0 ok, 1 some input or resource failed, 2 usage error). */
#ifndef SITREP_CLI_H
#define SITREP_CLI_H

int cmd_code(int argc, char **argv);    /* code and explain */
int cmd_lexicon(int argc, char **argv); /* lexicon check */
int cmd_ingest(int argc, char **argv);  /* ingest into the event store */
int cmd_query(int argc, char **argv);   /* query and export the event store */
int cmd_suite(int argc, char **argv);   /* incumbent coders' test suites */
/* `sitrep code --dictionaries tabari:...`: code with TABARI dictionaries */
int cmd_code_dictionaries(int argc, char **argv);
int cmd_geo(int argc, char **argv);     /* geo: list toponyms */
int cmd_serve(int argc, char **argv);   /* HTTP API and web page over the event store */

#endif
