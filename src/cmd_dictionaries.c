/* cmd_dictionaries.c — `sitrep code --dictionaries tabari:FILE.project`:
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

static void usage(FILE *f)
{
    fputs("usage: sitrep code --dictionaries tabari:FILE.project [options] INPUT...\n"
          "Code text with TABARI dictionaries (the .project file names the .actors,\n"
          ".verbs, .agents and .options files) and print one event a line:\n"
          "RECORD-ID, sentence number, source, target and CAMEO event code.\n\n"
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
    if (!spec || strncmp(spec, "tabari:", 7) || !spec[7]) {
        fputs("sitrep: --dictionaries wants tabari:FILE.project\n", stderr);
        free(inputs);
        return 2;
    }
    if (!n_in) { usage(stderr); free(inputs); return 2; }
    tb_dict_init(&r.d);
    char err[1024];
    if (tb_read_project(&r.d, spec + 7, NULL, err, sizeof err) < 0) {
        fprintf(stderr, "sitrep: %s\n", err);
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
