/* cli.h — the sitrep command line's subcommands.  Each lives in its own
 * src/cmd_*.c file and is linked into the CLI only, not into libsitrep.
 * argv[1] is the subcommand's name; the return value is the exit status
 * (0 ok, 1 some input or resource failed, 2 usage error). */
#ifndef SITREP_CLI_H
#define SITREP_CLI_H

int cmd_code(int argc, char **argv);    /* code and explain */
int cmd_ingest(int argc, char **argv);  /* ingest into the event store */
int cmd_query(int argc, char **argv);   /* query and export the event store */
int cmd_serve(int argc, char **argv);   /* HTTP API and web page over the event store */

#endif
