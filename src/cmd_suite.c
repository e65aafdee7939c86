/* cmd_suite.c — `sitrep suite`: runs an incumbent coder's own test suite
 * with that coder's dictionaries and reports how many records sitrep codes
 * exactly as expected.
 *
 *   sitrep suite tabari DIR|FILE.project [--failures] [--trace ID]
 *
 * tabari: TABARI's validation file (the project's <textfile>, normally
 * Validate.text) is read record by record up to the first FINAL- record.
 * "{ OPTION: ... }" records change the options as TABARI does; a record is
 * right when the set of source/target/code triples coded from its text
 * equals the set of "{ SRC / TGT / CODE }" lines in its comment ("{---}",
 * "{+++}" and "{###}" all expect nothing).  Dates printed after the braces
 * (time shifts) are not compared.  The last line is
 * "TABARI-Validate: correct/total".
 */
#include "cli.h"
#include "tabari.h"
#include "text_tabari.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

typedef struct expect {
    char **v; size_t n;
    tb_options *opt;
    int bad_option;
    char err[256];
} expect;

static char *squeeze(const char *s, size_t n)
{
    char *o = malloc(n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) if (!isspace((unsigned char)s[i])) o[k++] = s[i];
    o[k] = 0;
    return o;
}

static void on_brace(const char *inner, size_t n, void *user)
{
    expect *e = user;
    const char *p = inner;
    while (n && isspace((unsigned char)*p)) { p++; n--; }
    if (n >= 7 && !strncmp(p, "OPTION:", 7)) {
        char line[512];
        snprintf(line, sizeof line, "%.*s", (int)(n - 7), p + 7);
        if (tb_apply_option(e->opt, line, e->err, sizeof e->err) < 0) e->bad_option = 1;
        return;
    }
    char *t = squeeze(p, n);
    if (!*t || !strcmp(t, "---") || !strcmp(t, "+++") || !strcmp(t, "###") || !strchr(t, '/')) {
        free(t);
        return;
    }
    e->v = realloc(e->v, (e->n + 1) * sizeof *e->v);
    e->v[e->n++] = t;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorts and removes duplicates. */
static void uniq(char **v, size_t *n)
{
    if (*n < 2) return;
    qsort(v, *n, sizeof *v, cmp_str);
    size_t k = 0;
    for (size_t i = 0; i < *n; i++) {
        if (k && !strcmp(v[k - 1], v[i])) { free(v[i]); continue; }
        v[k++] = v[i];
    }
    *n = k;
}

static void print_list(FILE *f, char **v, size_t n)
{
    if (!n) fputs(" (none)", f);
    for (size_t i = 0; i < n; i++) fprintf(f, " %s", v[i]);
}

static void free_list(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++) free(v[i]);
    free(v);
}

/* The coded events as sorted, unique "SOURCE/TARGET/CODE" strings. */
static char **triples_of(const tb_events *ev, size_t *n)
{
    char **v = calloc(ev->n + 1, sizeof *v);
    for (size_t i = 0; i < ev->n; i++) {
        size_t k = strlen(ev->v[i].source) + strlen(ev->v[i].target) + strlen(ev->v[i].code) + 3;
        v[i] = malloc(k);
        snprintf(v[i], k, "%s/%s/%s", ev->v[i].source, ev->v[i].target, ev->v[i].code);
    }
    *n = ev->n;
    uniq(v, n);
    return v;
}

static int suite_tabari(const char *where, int failures, const char *trace_id)
{
    char project[4096];
    struct stat st;
    if (stat(where, &st) == 0 && S_ISDIR(st.st_mode))
        snprintf(project, sizeof project, "%s/Validate.project", where);
    else
        snprintf(project, sizeof project, "%s", where);
    tb_dict d;
    tb_dict_init(&d);
    char err[1024];
    char *textfile = NULL;
    if (tb_read_project(&d, project, &textfile, err, sizeof err) < 0) {
        fprintf(stderr, "sitrep: %s\n", err);
        tb_dict_free(&d);
        free(textfile);
        return 1;
    }
    if (!textfile) {
        fprintf(stderr, "sitrep: %s: no <textfile>\n", project);
        tb_dict_free(&d);
        return 1;
    }
    FILE *f = fopen(textfile, "r");
    if (!f) {
        fprintf(stderr, "sitrep: %s: cannot open\n", textfile);
        tb_dict_free(&d);
        free(textfile);
        return 1;
    }
    int lineno = 0, total = 0, correct = 0, status = 0;
    char forward[32] = "";
    tb_record r;
    while (tb_next_record(f, &lineno, &r)) {
        if (!strncmp(r.id, "FINAL", 5)) { tb_record_free(&r); break; }
        expect e = {0};
        e.opt = &d.opt;
        tb_record_braces(&r, on_brace, &e);
        if (e.bad_option) {
            fprintf(stderr, "sitrep: %s:%d: %s\n", textfile, r.line, e.err);
            status = 1;
        }
        bool tr = trace_id && !strcmp(trace_id, r.id);
        if (tr) fprintf(stdout, "record %s (%ld): %s\n", r.id, r.date, r.text);
        tb_events ev = {0};
        snprintf(ev.forward_in, sizeof ev.forward_in, "%s", forward);
        tb_code(&d, r.text, r.date, &ev, tr ? stdout : NULL);
        if (ev.forward_out[0]) snprintf(forward, sizeof forward, "%s", ev.forward_out);
        size_t ng;
        char **got = triples_of(&ev, &ng);
        uniq(e.v, &e.n);
        bool ok = ng == e.n;
        for (size_t i = 0; ok && i < ng; i++) ok = !strcmp(got[i], e.v[i]);
        total++;
        correct += ok;
        if ((!ok && failures) || failures > 1 || tr) {
            printf("%s %s:%d: expected", ok ? "PASS" : "FAIL", r.id, r.line);
            print_list(stdout, e.v, e.n);
            fputs("; got", stdout);
            print_list(stdout, got, ng);
            if (ev.discarded) fputs(" (discarded)", stdout);
            if (ev.complex) fputs(" (complex)", stdout);
            fputc('\n', stdout);
        }
        free_list(got, ng);
        free_list(e.v, e.n);
        tb_events_free(&ev);
        tb_record_free(&r);
    }
    fclose(f);
    printf("TABARI-Validate: %d/%d\n", correct, total);
    free(textfile);
    tb_dict_free(&d);
    return status;
}


/* ------------------------------------------------------------ PETRARCH-1 */

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = NULL;
    size_t n = 0, cap = 0, k;
    char chunk[65536];
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (n + k + 1 > cap) { cap = 2 * (n + k + 1); buf = realloc(buf, cap); }
        memcpy(buf + n, chunk, k);
        n += k;
    }
    fclose(f);
    if (!buf) buf = calloc(1, 1);
    buf[n] = 0;
    *len = n;
    return buf;
}

/* The text between <tag> and </tag> inside [s, e), or NULL. */
static char *element(const char *s, const char *e, const char *tag)
{
    char open[64], close[64];
    snprintf(open, sizeof open, "<%s>", tag);
    snprintf(close, sizeof close, "</%s>", tag);
    const char *a = strstr(s, open);
    if (!a || a >= e) return NULL;
    a += strlen(open);
    const char *b = strstr(a, close);
    if (!b || b > e) return NULL;
    char *t = malloc((size_t)(b - a) + 1);
    memcpy(t, a, (size_t)(b - a));
    t[b - a] = 0;
    return t;
}

/* The value of attribute name in the tag text [s, e) ("..." or '...'). */
static char *attribute(const char *s, const char *e, const char *name)
{
    size_t k = strlen(name);
    for (const char *p = s; p + k < e; p++) {
        if (strncmp(p, name, k) || (p > s && !isspace((unsigned char)p[-1]))) continue;
        const char *q = p + k;
        while (q < e && isspace((unsigned char)*q)) q++;
        if (q >= e || *q != '=') continue;
        q++;
        while (q < e && isspace((unsigned char)*q)) q++;
        if (q >= e || (*q != '"' && *q != '\'')) continue;
        char quote = *q++;
        const char *end = memchr(q, quote, (size_t)(e - q));
        if (!end) return NULL;
        char *v = malloc((size_t)(end - q) + 1);
        memcpy(v, q, (size_t)(end - q));
        v[end - q] = 0;
        return v;
    }
    return NULL;
}

/* The expected events of a PETRARCH XML record: its <EventCoding> elements
 * between `from` and `end`, as "SOURCE/TARGET/CODE" strings. */
static expect xml_expected(const char *from, const char *end)
{
    expect e = {0};
    for (const char *q = strstr(from, "<EventCoding"); q && q < end; q = strstr(q + 1, "<EventCoding")) {
        const char *qe = strchr(q, '>');
        if (!qe) break;
        char *sc = attribute(q, qe, "sourcecode"), *tc = attribute(q, qe, "targetcode");
        char *ec = attribute(q, qe, "eventcode");
        if (sc && tc && ec) {
            size_t k = strlen(sc) + strlen(tc) + strlen(ec) + 3;
            char *t = malloc(k);
            snprintf(t, k, "%s/%s/%s", sc, tc, ec);
            e.v = realloc(e.v, (e.n + 1) * sizeof *e.v);
            e.v[e.n++] = t;
        }
        free(sc); free(tc); free(ec);
    }
    return e;
}

static void decode_entities(char *s)
{
    static const struct { const char *e; char c; } ent[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    char *w = s;
    for (char *r = s; *r;) {
        bool done = false;
        for (size_t i = 0; i < sizeof ent / sizeof *ent && !done; i++)
            if (!strncmp(r, ent[i].e, strlen(ent[i].e))) { *w++ = ent[i].c; r += strlen(ent[i].e); done = true; }
        if (!done) *w++ = *r++;
    }
    *w = 0;
}

/* Comments out of the way, keeping offsets. */
static void blank_comments(char *x, size_t len)
{
    for (char *c = strstr(x, "<!--"); c; c = strstr(c, "<!--")) {
        char *e = strstr(c + 4, "-->");
        char *stop = e ? e + 3 : x + len;
        memset(c, ' ', (size_t)(stop - c));
        c = stop;
    }
}

/* Read the verb, actor, agent and discard files a record file names, under
 * dir; each name may be a list ("a.txt, b.txt": PETRARCH2's actors), and a
 * NULL name is skipped.  Each failure is
 * reported; keep_going: read the rest after one (PETRARCH-1's suite), or
 * stop there (the GSR's).  0, or 1 after a failure. */
static int read_dictionaries(tb_dict *d, const char *dir, char *vf, char *af, char *gf, char *df,
                             bool keep_going)
{
    struct { char *name; int (*read)(tb_dict *, const char *, char *, size_t); } files[] = {
        {vf, pr_read_verbs}, {af, pr_read_actors}, {gf, pr_read_agents}, {df, pr_read_discards}};
    int status = 0;
    char err[1024], fp[4200];
    for (size_t i = 0; i < 4 && (keep_going || !status); i++) {
        if (!files[i].name) continue;
        char *save = NULL;
        for (char *f = strtok_r(files[i].name, ", \t\n", &save); f && (keep_going || !status);
             f = strtok_r(NULL, ", \t\n", &save)) {
            snprintf(fp, sizeof fp, "%s/%s", dir, f);
            if (files[i].read(d, fp, err, sizeof err) < 0) {
                fprintf(stderr, "sitrep: %s\n", err);
                status = 1;
            }
        }
    }
    return status;
}

static int suite_petrarch1(const char *dir, int failures, const char *trace_id)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/PETR.UnitTest.records.xml", dir);
    size_t len;
    char *x = slurp(path, &len);
    if (!x) { fprintf(stderr, "sitrep: %s: cannot open\n", path); return 1; }
    blank_comments(x, len);
    const char *env_end = x + len;
    char *vf = element(x, env_end, "Verbfile"), *af = element(x, env_end, "Actorfile");
    char *gf = element(x, env_end, "Agentfile"), *df = element(x, env_end, "Discardfile");
    char *inc = element(x, env_end, "Include");
    tb_dict d;
    tb_dict_init(&d);
    pr_options(&d.opt);
    int status = read_dictionaries(&d, dir, vf, af, gf, df, true);
    tb_dict_finish(&d);
    int total = 0, correct = 0;
    for (const char *p = x; !status;) {
        const char *ps = strstr(p, "<Sentence "), *pc = strstr(p, "<Config ");
        if (pc && (!ps || pc < ps)) {
            /* <Config option="require_dyad" value="false">: applies from here on */
            const char *ce = strchr(pc, '>');
            if (!ce) break;
            char *opt = attribute(pc, ce, "option"), *val = attribute(pc, ce, "value");
            if (opt && val) {
                bool yes = !strcasecmp(val, "true");
                int num = atoi(val);
                if (!strcmp(opt, "require_dyad")) d.opt.no_dyad = !yes;
                else if (!strcmp(opt, "comma_min")) d.opt.comma_min = num;
                else if (!strcmp(opt, "comma_max")) d.opt.comma_max = num;
                else if (!strcmp(opt, "comma_bmin")) d.opt.comma_bmin = num;
                else if (!strcmp(opt, "comma_bmax")) d.opt.comma_bmax = num;
                else if (!strcmp(opt, "comma_emin")) d.opt.comma_emin = num;
                else if (!strcmp(opt, "comma_emax")) d.opt.comma_emax = num;
                /* new_actor_length (codes for unknown names) and stop_on_error
                 * are not supported */
            }
            free(opt);
            free(val);
            p = ce + 1;
            continue;
        }
        if (!ps) break;
        p = ps + 1;
        const char *tag_end = strchr(ps, '>');
        const char *end = strstr(ps, "</Sentence>");
        if (!tag_end || !end) break;
        char *id = attribute(ps, tag_end, "id"), *cat = attribute(ps, tag_end, "category");
        char *date = attribute(ps, tag_end, "date");
        bool included = false;
        if (inc && cat) {
            char buf[1024];
            snprintf(buf, sizeof buf, "%s", inc);
            char *save = NULL;
            for (char *w = strtok_r(buf, " \t\n", &save); w; w = strtok_r(NULL, " \t\n", &save))
                if (!strcmp(w, cat)) included = true;
        }
        char *text = element(tag_end, end, "Text");
        if (included && text) {
            decode_entities(text);
            expect e = xml_expected(tag_end, end);
            bool tr = trace_id && id && !strcmp(trace_id, id);
            long dt = date ? tb_date(date, strlen(date)) : 0;
            if (tr) printf("record %s (%ld): %s\n", id, dt, text);
            tb_events ev = {0};
            tb_code(&d, text, dt, &ev, tr ? stdout : NULL);
            size_t ng;
            char **got = triples_of(&ev, &ng);
            uniq(e.v, &e.n);
            bool ok = ng == e.n;
            for (size_t i = 0; ok && i < ng; i++) ok = !strcmp(got[i], e.v[i]);
            total++;
            correct += ok;
            if ((!ok && failures) || failures > 1 || tr) {
                printf("%s %s: expected", ok ? "PASS" : "FAIL", id ? id : "?");
                print_list(stdout, e.v, e.n);
                fputs("; got", stdout);
                print_list(stdout, got, ng);
                fputc('\n', stdout);
            }
            free_list(got, ng);
            free_list(e.v, e.n);
            tb_events_free(&ev);
        }
        free(text); free(id); free(cat); free(date);
    }
    if (!status) printf("PETRARCH1-UnitTest: %d/%d\n", correct, total);
    free(vf); free(af); free(gf); free(df); free(inc);
    free(x);
    tb_dict_free(&d);
    return status;
}

/* ------------------------------------------------------------ PETRARCH2 GSR */

/* The GSR file is not well-formed XML: <Sentence .../> is self-closing and
 * its <EventCoding/>, <Text> and <Parse> follow it; a record runs to the
 * next <Sentence. */
static int suite_petr2_gsr(const char *coders, int failures, const char *trace_id)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/universalpetrarch/PETR2_GSR_validation.xml", coders);
    size_t len;
    char *x = slurp(path, &len);
    if (!x) { fprintf(stderr, "sitrep: %s: cannot open\n", path); return 1; }
    blank_comments(x, len);
    const char *end_all = x + len;
    char *vf = element(x, end_all, "Verbfile"), *af = element(x, end_all, "Actorfile");
    char *gf = element(x, end_all, "Agentfile"), *df = element(x, end_all, "Discardfile");
    tb_dict d;
    tb_dict_init(&d);
    pr_options(&d.opt);
    d.opt.petrarch2 = true;
    char dir[2048];
    snprintf(dir, sizeof dir, "%s/petrarch2/dictionaries", coders);
    int status = read_dictionaries(&d, dir, vf, af, gf, df, false);
    char *pf = element(x, end_all, "PICOfile");
    if (pf && !status) {
        /* the ontology lies beside the GSR file */
        char fp[4200], err[1024];
        snprintf(fp, sizeof fp, "%s/universalpetrarch/%s", coders, pf);
        if (pr_read_ontology(&d, fp, err, sizeof err) < 0) { fprintf(stderr, "sitrep: %s\n", err); status = 1; }
    }
    free(pf);
    tb_dict_finish(&d);
    int total = 0, correct = 0;
    long n_got = 0, n_exp = 0, n_hit = 0;
    for (const char *p = strstr(x, "<Sentence "); p && !status; ) {
        const char *tag_end = strchr(p, '>');
        if (!tag_end) break;
        const char *next = strstr(tag_end, "<Sentence ");
        const char *end = next ? next : end_all;
        char *id = attribute(p, tag_end, "id"), *date = attribute(p, tag_end, "date");
        char *eval = attribute(p, tag_end, "evaluate");
        char *text = element(tag_end, end, "Text");
        if (text && (!eval || !strcasecmp(eval, "true"))) {
            decode_entities(text);
            expect e = xml_expected(tag_end, end);
            bool tr = trace_id && id && !strcmp(trace_id, id);
            long dt = date ? tb_date(date, strlen(date)) : 0;
            if (tr) printf("record %s (%ld): %s\n", id, dt, text);
            tb_events ev = {0};
            tb_code(&d, text, dt, &ev, tr ? stdout : NULL);
            size_t ng;
            char **got = triples_of(&ev, &ng);
            uniq(e.v, &e.n);
            size_t hit = 0;
            for (size_t i = 0; i < ng; i++)
                for (size_t j = 0; j < e.n; j++) if (!strcmp(got[i], e.v[j])) { hit++; break; }
            bool ok = ng == e.n && hit == ng;
            total++;
            correct += ok;
            n_got += (long)ng;
            n_exp += (long)e.n;
            n_hit += (long)hit;
            if ((!ok && failures) || failures > 1 || tr) {
                printf("%s %s: expected", ok ? "PASS" : "FAIL", id ? id : "?");
                print_list(stdout, e.v, e.n);
                fputs("; got", stdout);
                print_list(stdout, got, ng);
                fputc('\n', stdout);
            }
            free_list(got, ng);
            free_list(e.v, e.n);
            tb_events_free(&ev);
        }
        free(text); free(id); free(date); free(eval);
        p = next;
    }
    if (!status) {
        printf("event triples: precision %.3f (%ld/%ld), recall %.3f (%ld/%ld)\n",
               n_got ? (double)n_hit / (double)n_got : 0.0, n_hit, n_got,
               n_exp ? (double)n_hit / (double)n_exp : 0.0, n_hit, n_exp);
        printf("PETR2-GSR: %d/%d\n", correct, total);
    }
    free(vf); free(af); free(gf); free(df);
    free(x);
    tb_dict_free(&d);
    return status;
}

static void usage(FILE *f)
{
    fputs("usage: sitrep suite tabari DIR|FILE.project [--failures|--all] [--trace ID]\n"
          "       sitrep suite petrarch1 DIR [--failures|--all] [--trace ID]\n"
          "       sitrep suite petr2-gsr CODERS-DIR [--failures|--all] [--trace ID]\n"
          "Run an incumbent coder's test suite with its own dictionaries.\n\n"
          "  tabari DIR       TABARI's validation suite: DIR/Validate.project (or the\n"
          "                   .project file given), its <textfile> up to FINAL-01\n"
          "  petrarch1 DIR    PETRARCH-1's unit tests: DIR/PETR.UnitTest.records.xml\n"
          "                   (text only; the parses are ignored) with the dictionaries\n"
          "                   its <Environment> names; records of the <Include>d categories\n"
          "  petr2-gsr DIR    PETR2_GSR_validation.xml from DIR/universalpetrarch with\n"
          "                   PETRARCH2's dictionaries from DIR/petrarch2/dictionaries;\n"
          "                   also prints event-triple precision and recall\n"
          "  --failures       print each record coded differently from what is expected\n"
          "  --all            print every record, PASS or FAIL\n"
          "  --trace ID       print how record ID was coded\n"
          "The last line is SUITE: correct/total.\n", f);
}

int cmd_suite(int argc, char **argv)
{
    const char *suite = NULL, *where = NULL, *trace = NULL;
    int failures = 0;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) { usage(stdout); return 0; }
        if (!strcmp(a, "--failures")) failures = 1;
        else if (!strcmp(a, "--all")) failures = 2;
        else if (!strcmp(a, "--trace")) {
            if (i + 1 >= argc) { fputs("sitrep: --trace needs a record id\n", stderr); return 2; }
            trace = argv[++i];
        } else if (a[0] == '-') {
            fprintf(stderr, "sitrep: unknown option \"%s\" (see sitrep suite --help)\n", a);
            return 2;
        } else if (!suite) suite = a;
        else if (!where) where = a;
        else { usage(stderr); return 2; }
    }
    if (!suite || !where) { usage(stderr); return 2; }
    if (!strcmp(suite, "tabari")) return suite_tabari(where, failures, trace);
    if (!strcmp(suite, "petrarch1")) return suite_petrarch1(where, failures, trace);
    if (!strcmp(suite, "petr2-gsr")) return suite_petr2_gsr(where, failures, trace);
    fprintf(stderr, "sitrep: unknown suite \"%s\" (tabari, petrarch1, petr2-gsr)\n", suite);
    return 2;
}
