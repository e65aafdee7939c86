/* cmd_dictionaries.c — `sitrep code --dictionaries tabari:FILE.project`
 * (or petrarch1:DIR, petrarch2:DIR):
 * codes text with an incumbent coder's dictionaries instead of sitrep's own
 * lexicons and prints what that coder prints, one source/target/event
 * triple a line.
 *
 *   sitrep code --dictionaries tabari:Validate.project [--format triples|jsonl]
 *               [--date YYYYMMDD] INPUT...
 *
 * INPUT is TABARI's text format ("YYMMDD ID" header lines, text, optional
 * comment) or plain text, where each paragraph (lines up to a blank line)
 * is one record dated by --date.  "-" reads stdin.  Output (triples):
 * RECORD-ID TAB SENTENCE TAB SOURCE TAB TARGET TAB CODE.
 */
#include "cli.h"
#include "tabari.h"
#include "text_tabari.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct drun {
    tb_dict d;
    bool jsonl;
    long date;
    char forward[32];
    long records, events;
} drun;

static void json_str(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
        else if (c < 0x20) fprintf(f, "\\u%04x", c);
        else fputc(c, f);
    }
    fputc('"', f);
}

static void code_one(drun *r, const char *id, const char *text, long date)
{
    tb_events ev = {0};
    snprintf(ev.forward_in, sizeof ev.forward_in, "%s", r->forward);
    tb_code(&r->d, text, date, &ev, NULL);
    if (ev.forward_out[0]) snprintf(r->forward, sizeof r->forward, "%s", ev.forward_out);
    for (size_t i = 0; i < ev.n; i++) {
        const tb_event *e = &ev.v[i];
        if (r->jsonl) {
            fputs("{\"id\":", stdout);
            json_str(stdout, id);
            printf(",\"sentence\":%d,\"source\":", e->sentence);
            json_str(stdout, e->source);
            fputs(",\"target\":", stdout);
            json_str(stdout, e->target);
            fputs(",\"code\":", stdout);
            json_str(stdout, e->code);
            fputs("}\n", stdout);
        } else {
            printf("%s\t%d\t%s\t%s\t%s\n", id, e->sentence, e->source, e->target, e->code);
        }
    }
    r->records++;
    r->events += (long)ev.n;
    tb_events_free(&ev);
}

/* True when the first line that says anything is a "YYMMDD ID" header. */
static bool tabari_format(FILE *f)
{
    char *buf = NULL;
    size_t cap = 0;
    bool yes = false;
    while (getline(&buf, &cap, f) >= 0) {
        const char *p = buf;
        while (isspace((unsigned char)*p)) p++;
        if (!*p || *p == '#') continue;
        yes = tb_is_header(buf);
        break;
    }
    free(buf);
    rewind(f);
    return yes;
}

static int code_file(drun *r, const char *path)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "r") : NULL;
    if (strcmp(path, "-") && !f) {
        fprintf(stderr, "sitrep: %s: cannot open\n", path);
        return 1;
    }
    if (!f) {
        /* stdin cannot be rewound: copy it to a temporary file first */
        f = tmpfile();
        if (!f) { fputs("sitrep: cannot buffer stdin\n", stderr); return 1; }
        char chunk[65536];
        size_t k;
        while ((k = fread(chunk, 1, sizeof chunk, stdin)) > 0) fwrite(chunk, 1, k, f);
        rewind(f);
    }
    if (tabari_format(f)) {
        int lineno = 0;
        tb_record rec;
        while (tb_next_record(f, &lineno, &rec)) {
            code_one(r, rec.id, rec.text, rec.date ? rec.date : r->date);
            tb_record_free(&rec);
        }
    } else {
        char *buf = NULL, *para = NULL;
        size_t cap = 0, np = 0;
        int lineno = 0, start = 0;
        ssize_t len;
        for (;;) {
            len = getline(&buf, &cap, f);
            if (len >= 0) lineno++;
            bool blank = len < 0;
            if (len >= 0) {
                blank = true;
                for (ssize_t i = 0; i < len; i++) if (!isspace((unsigned char)buf[i])) blank = false;
            }
            if (!blank) {
                if (!np) start = lineno;
                para = realloc(para, np + (size_t)len + 2);
                memcpy(para + np, buf, (size_t)len);
                np += (size_t)len;
                para[np++] = ' ';
                para[np] = 0;
            }
            if ((blank || len < 0) && np) {
                char id[4096];
                snprintf(id, sizeof id, "%s:%d", path, start);
                code_one(r, id, para, r->date);
                np = 0;
            }
            if (len < 0) break;
        }
        free(buf);
        free(para);
    }
    fclose(f);
    return 0;
}

/* ------------------------------------------------------------ PETRARCH */

/* PETRARCH's configuration: the [Dictionaries] file names and the
 * [Options] that change coding.  0, or -1 when the file cannot be read. */
typedef struct pconf { char *verbs, *actors, *agents, *discards; } pconf;

static char *ini_trim(char *s)
{
    while (isspace((unsigned char)*s)) s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1])) s[--n] = 0;
    return s;
}

static int read_config(const char *path, pconf *c, tb_options *o)
{
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    char *buf = NULL;
    size_t cap = 0;
    while (getline(&buf, &cap, f) >= 0) {
        char *line = ini_trim(buf);
        if (line[0] == '#' || line[0] == ';' || line[0] == '[') continue;
        char *eq = strchr(line, '=');
        if (!eq) continue;
        *eq = 0;
        char *k = ini_trim(line), *v = ini_trim(eq + 1);
        char **slot = !strcmp(k, "verbfile_name") ? &c->verbs : !strcmp(k, "actorfile_list") ? &c->actors
                    : !strcmp(k, "agentfile_name") ? &c->agents : !strcmp(k, "discardfile_name") ? &c->discards
                    : NULL;
        if (slot) { free(*slot); *slot = strdup(v); continue; }
        int *num = !strcmp(k, "comma_min") ? &o->comma_min : !strcmp(k, "comma_max") ? &o->comma_max
                 : !strcmp(k, "comma_bmin") ? &o->comma_bmin : !strcmp(k, "comma_bmax") ? &o->comma_bmax
                 : !strcmp(k, "comma_emin") ? &o->comma_emin : !strcmp(k, "comma_emax") ? &o->comma_emax
                 : NULL;
        if (num && isdigit((unsigned char)v[0])) *num = atoi(v);
        if (!strcmp(k, "require_dyad")) o->no_dyad = !strcasecmp(v, "true") ? false : !strcasecmp(v, "false");
    }
    free(buf);
    fclose(f);
    return 0;
}

/* petrarch1:DIR or petrarch2:DIR: the dictionaries in DIR, named by the
 * PETR_config.ini in DIR or in DIR/../config, else by PETRARCH2's defaults;
 * PETRARCH2 also reads PETR.Internal.Coding.Ontology.txt from DIR when it is
 * there (without it nested verbs do not combine). */
static int read_petrarch(tb_dict *d, const char *dir, bool two)
{
    pr_options(&d->opt);
    d->opt.petrarch2 = two;
    pconf c = {0};
    char path[4200], err[1024];
    snprintf(path, sizeof path, "%s/PETR_config.ini", dir);
    if (read_config(path, &c, &d->opt) < 0) {
        snprintf(path, sizeof path, "%s/../config/PETR_config.ini", dir);
        read_config(path, &c, &d->opt);
    }
    if (!c.verbs) c.verbs = strdup("CAMEO.2.0.txt");
    if (!c.actors)
        c.actors = strdup("Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, "
                          "Phoenix.MilNonState.actors.txt");
    if (!c.agents) c.agents = strdup("Phoenix.agents.txt");
    if (!c.discards) c.discards = strdup("Phoenix.discards.txt");
    int status = 0;
    snprintf(path, sizeof path, "%s/%s", dir, c.verbs);
    if (pr_read_verbs(d, path, err, sizeof err) < 0) { fprintf(stderr, "sitrep: %s\n", err); status = 1; }
    char *save = NULL;
    for (char *a = strtok_r(c.actors, ", \t", &save); a && !status; a = strtok_r(NULL, ", \t", &save)) {
        snprintf(path, sizeof path, "%s/%s", dir, a);
        if (pr_read_actors(d, path, err, sizeof err) < 0) { fprintf(stderr, "sitrep: %s\n", err); status = 1; }
    }
    snprintf(path, sizeof path, "%s/%s", dir, c.agents);
    if (!status && pr_read_agents(d, path, err, sizeof err) < 0) { fprintf(stderr, "sitrep: %s\n", err); status = 1; }
    /* a missing discards file only means nothing is discarded */
    snprintf(path, sizeof path, "%s/%s", dir, c.discards);
    FILE *df = status ? NULL : fopen(path, "r");
    if (df) {
        fclose(df);
        if (pr_read_discards(d, path, err, sizeof err) < 0) { fprintf(stderr, "sitrep: %s\n", err); status = 1; }
    }
    if (two && !status) {
        snprintf(path, sizeof path, "%s/PETR.Internal.Coding.Ontology.txt", dir);
        FILE *of = fopen(path, "r");
        if (of) {
            fclose(of);
            if (pr_read_ontology(d, path, err, sizeof err) < 0) { fprintf(stderr, "sitrep: %s\n", err); status = 1; }
        }
    }
    free(c.verbs); free(c.actors); free(c.agents); free(c.discards);
    tb_dict_finish(d);
    return status;
}

static void usage(FILE *f)
{
    fputs("usage: sitrep code --dictionaries tabari:FILE.project [options] INPUT...\n"
          "       sitrep code --dictionaries petrarch2:DIR [options] INPUT...\n"
          "       sitrep code --dictionaries petrarch1:DIR [options] INPUT...\n"
          "Code text with TABARI dictionaries (the .project file names the .actors,\n"
          ".verbs, .agents and .options files) or PETRARCH ones (DIR holds the\n"
          "verbs, actors, agents and discards files that PETR_config.ini, in DIR or\n"
          "DIR/../config, names; else PETRARCH2's CAMEO.2.0.txt and Phoenix files;\n"
          "petrarch2 also reads PETR.Internal.Coding.Ontology.txt from DIR, if there,\n"
          "to combine nested verbs) and print one event a line: RECORD-ID, sentence\n"
          "number, source, target and CAMEO event code.\n\n"
          "INPUT is TABARI's text format (\"YYMMDD ID\" record headers) or plain text,\n"
          "one record a paragraph; - reads stdin.\n\n"
          "options:\n"
          "  --format triples|jsonl   output (default triples: tab-separated)\n"
          "  --date YYYYMMDD          date of plain-text records, for dated actor codes\n"
          "  -h, --help               this help\n", f);
}

int cmd_code_dictionaries(int argc, char **argv)
{
    drun r;
    memset(&r, 0, sizeof r);
    const char *spec = NULL;
    const char **inputs = calloc((size_t)argc, sizeof *inputs);
    int n_in = 0, status = 0;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) { usage(stdout); free(inputs); return 0; }
        if ((!strcmp(a, "--dictionaries") || !strcmp(a, "--format") || !strcmp(a, "--date")) &&
            i + 1 >= argc) {
            fprintf(stderr, "sitrep: %s needs a value\n", a);
            free(inputs);
            return 2;
        }
        if (!strcmp(a, "--dictionaries")) spec = argv[++i];
        else if (!strcmp(a, "--format")) {
            const char *v = argv[++i];
            if (!strcmp(v, "jsonl") || !strcmp(v, "json")) r.jsonl = true;
            else if (strcmp(v, "triples")) {
                fprintf(stderr, "sitrep: with --dictionaries, --format is triples or jsonl, not \"%s\"\n", v);
                free(inputs);
                return 2;
            }
        } else if (!strcmp(a, "--date")) {
            const char *v = argv[++i];
            r.date = tb_date(v, strlen(v));
            if (!r.date) {
                fprintf(stderr, "sitrep: --date wants YYYYMMDD, not \"%s\"\n", v);
                free(inputs);
                return 2;
            }
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "sitrep: option \"%s\" does not go with --dictionaries\n", a);
            free(inputs);
            return 2;
        } else {
            inputs[n_in++] = a;
        }
    }
    int kind = !spec ? 0 : !strncmp(spec, "tabari:", 7) && spec[7] ? 1
             : !strncmp(spec, "petrarch1:", 10) && spec[10] ? 2
             : !strncmp(spec, "petrarch2:", 10) && spec[10] ? 3 : 0;
    if (!kind) {
        fputs("sitrep: --dictionaries wants tabari:FILE.project, petrarch1:DIR or petrarch2:DIR\n", stderr);
        free(inputs);
        return 2;
    }
    if (!n_in) { usage(stderr); free(inputs); return 2; }
    tb_dict_init(&r.d);
    char err[1024];
    if (kind == 1 && tb_read_project(&r.d, spec + 7, NULL, err, sizeof err) < 0) {
        fprintf(stderr, "sitrep: %s\n", err);
        tb_dict_free(&r.d);
        free(inputs);
        return 1;
    }
    if (kind > 1 && read_petrarch(&r.d, spec + 10, kind == 3)) {
        tb_dict_free(&r.d);
        free(inputs);
        return 1;
    }
    for (int i = 0; i < n_in; i++) status |= code_file(&r, inputs[i]);
    fflush(stdout);
    tb_dict_free(&r.d);
    free(inputs);
    return status;
}
