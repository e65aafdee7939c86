/* dict_tabari.c — reads TABARI dictionaries: the .project file that names
 * the others, .actors and .agents (names with dated codes, synonyms on "+"
 * lines, <NOUN>/<ADJECTIVE> blocks), .verbs (roots with {} forms, "-"
 * patterns, <SYNSETS>) and .options.
 *
 * Phrase syntax, as in TABARI's manual: words joined by "_" must be
 * consecutive in the text, words separated by a space may have other words
 * between them; a word ending in "_" matches itself or itself plus a
 * regular ending, "=" itself only, anything else is a stem.  In patterns
 * "*" is the verb, "$" the source, "+" the target, "%" a compound whose
 * members act on one another, "^" an actor to skip, "{ A | B }" either of
 * A or B, "&NAME" any member of a synset.  Alternatives and synsets are
 * expanded here into flat sequences so that coding only has gaps to search.
 *
 * Every line that cannot be understood stops the read with
 * "FILE:LINE: reason"; nothing is guessed.
 */
#include "tabari.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#define TB_MAX_EXPANSIONS 512

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) { fputs("sitrep: out of memory\n", stderr); abort(); }
    return q;
}

static char *xstrndup(const char *s, size_t n)
{
    char *p = xrealloc(NULL, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

static char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

#define GROW(v, n, cap) do { if ((n) == (cap)) { (cap) = (cap) ? 2 * (cap) : 16; \
    (v) = xrealloc((v), (cap) * sizeof *(v)); } } while (0)

void tb_dict_init(tb_dict *d)
{
    memset(d, 0, sizeof *d);
    tb_options *o = &d->opt;
    /* TABARI's defaults for subordinate-clause deletion by commas */
    o->comma_min = 2; o->comma_max = 10;
    o->comma_bmin = 255; o->comma_bmax = 0;
    o->comma_emin = 2; o->comma_emax = 10;
    o->min_words = 8;
}

long tb_date(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && isdigit((unsigned char)s[k])) k++;
    if (k >= 8 && k != 6) {
        long v = 0;
        for (size_t i = 0; i < 8; i++) v = v * 10 + (s[i] - '0');
        return v;
    }
    if (k < 6) return 0;
    long yy = (s[0] - '0') * 10 + (s[1] - '0');
    long mm = (s[2] - '0') * 10 + (s[3] - '0');
    long dd = (s[4] - '0') * 10 + (s[5] - '0');
    long y = yy < 30 ? 2000 + yy : 1900 + yy;
    return y * 10000 + mm * 100 + dd;
}

/* ------------------------------------------------------------ phrases */

void tb_seq_free(tb_seq *s)
{
    for (size_t i = 0; i < s->n; i++) free(s->v[i].word);
    free(s->v);
    s->v = NULL;
    s->n = 0;
}

static void seq_push(tb_seq *s, const tb_item *it)
{
    s->v = xrealloc(s->v, (s->n + 1) * sizeof *s->v);
    s->v[s->n] = *it;
    s->v[s->n].word = it->word ? xstrdup(it->word) : NULL;
    s->n++;
}

static tb_seq seq_copy(const tb_seq *s)
{
    tb_seq c = {0};
    for (size_t i = 0; i < s->n; i++) seq_push(&c, &s->v[i]);
    return c;
}

/* A lexeme of phrase text. */
enum { LX_ITEM, LX_SYN, LX_OPEN, LX_BAR, LX_CLOSE };
typedef struct lexeme {
    int kind;
    tb_item item;     /* LX_ITEM; word owned here */
    char *name;       /* LX_SYN */
    bool adj;
} lexeme;

static void lexemes_free(lexeme *lx, size_t n)
{
    for (size_t i = 0; i < n; i++) { free(lx[i].item.word); free(lx[i].name); }
    free(lx);
}

static bool word_char(int c)
{
    return c && !isspace(c) && !strchr("_*$+%^{}|&", c);
}

/* In names ("AT&T_", "ABERCROMBIE_&_FITCH_") every character but a space or
 * "_" belongs to a word. */
static bool name_char(int c)
{
    return c && !isspace(c) && c != '_';
}

static int lex_phrase(const char *s, bool name, lexeme **out, size_t *n_out, char *err, size_t n)
{
    lexeme *lx = NULL;
    size_t nl = 0;
    bool adj = false;
    const char *p = s;
    while (*p) {
        unsigned char c = (unsigned char)*p;
        if (isspace(c)) { adj = false; p++; continue; }
        if (c == '_') {
            /* closes the word before it and joins what follows */
            if (nl && lx[nl - 1].kind == LX_ITEM && lx[nl - 1].item.type == TB_WORD &&
                p > s && name_char((unsigned char)p[-1]) && p[-1] != '~' &&
                lx[nl - 1].item.mode == TB_STEM)
                lx[nl - 1].item.mode = TB_CLOSED;
            adj = true;
            p++;
            continue;
        }
        lexeme L;
        memset(&L, 0, sizeof L);
        L.adj = adj;
        adj = false;
        if (name) {
            const char *q = p;
            while (name_char((unsigned char)*q)) q++;
            size_t len = (size_t)(q - p);
            L.kind = LX_ITEM;
            L.item.type = TB_WORD;
            L.item.mode = TB_STEM;
            if (len > 1 && p[len - 1] == '=') { L.item.mode = TB_EXACT; len--; }
            else if (len > 1 && p[len - 1] == '~') len--;
            L.item.word = xstrndup(p, len);
            for (char *u = L.item.word; *u; u++) *u = (char)toupper((unsigned char)*u);
            p = q;
        } else if (strchr("*$+%^", c)) {
            L.kind = LX_ITEM;
            L.item.type = c == '*' ? TB_VERB : c == '$' ? TB_SOURCE : c == '+' ? TB_TARGET
                        : c == '%' ? TB_COMPOUND : TB_SKIP;
            p++;
        } else if (c == '{') { L.kind = LX_OPEN; p++; }
        else if (c == '|') { L.kind = LX_BAR; p++; }
        else if (c == '}') { L.kind = LX_CLOSE; p++; }
        else if (c == '&') {
            const char *q = ++p;
            while (*q && (isalnum((unsigned char)*q) || *q == '-')) q++;
            if (q == p) {
                snprintf(err, n, "\"&\" without a synset name");
                lexemes_free(lx, nl);
                return -1;
            }
            L.kind = LX_SYN;
            L.name = xstrndup(p, (size_t)(q - p));
            for (char *u = L.name; *u; u++) *u = (char)toupper((unsigned char)*u);
            p = q;
        } else {
            const char *q = p;
            while (word_char((unsigned char)*q)) q++;
            size_t len = (size_t)(q - p);
            L.kind = LX_ITEM;
            L.item.type = TB_WORD;
            L.item.mode = TB_STEM;
            if (len > 1 && p[len - 1] == '=') { L.item.mode = TB_EXACT; len--; }
            else if (len > 1 && p[len - 1] == '~') len--;   /* open word */
            L.item.word = xstrndup(p, len);
            for (char *u = L.item.word; *u; u++) *u = (char)toupper((unsigned char)*u);
            p = q;
        }
        L.item.adj = L.adj;
        /* "PLAN_TO_*": a closed word joined to what follows takes no ending */
        if (L.adj && nl && lx[nl - 1].kind == LX_ITEM && lx[nl - 1].item.type == TB_WORD &&
            lx[nl - 1].item.mode == TB_CLOSED)
            lx[nl - 1].item.mode = TB_EXACT;
        lx = xrealloc(lx, (nl + 1) * sizeof *lx);
        lx[nl++] = L;
    }
    *out = lx;
    *n_out = nl;
    return 0;
}

typedef struct seqlist { tb_seq *v; int n; } seqlist;

static void seqlist_free(seqlist *l)
{
    for (int i = 0; i < l->n; i++) tb_seq_free(&l->v[i]);
    free(l->v);
    l->v = NULL;
    l->n = 0;
}

static const tb_synset *find_synset(const tb_dict *d, const char *name)
{
    for (size_t i = 0; i < d->n_syn; i++)
        if (!strcmp(d->syn[i].name, name)) return &d->syn[i];
    return NULL;
}

/* partials := partials x alts; the first item of each alternative takes
 * the adjacency of the group itself. */
static int cross(seqlist *partials, seqlist *alts, bool adj, char *err, size_t n)
{
    if ((long)partials->n * alts->n > TB_MAX_EXPANSIONS) {
        snprintf(err, n, "pattern expands to more than %d alternatives", TB_MAX_EXPANSIONS);
        return -1;
    }
    seqlist out = {xrealloc(NULL, (size_t)(partials->n * alts->n + 1) * sizeof(tb_seq)), 0};
    for (int i = 0; i < partials->n; i++)
        for (int j = 0; j < alts->n; j++) {
            tb_seq s = seq_copy(&partials->v[i]);
            for (size_t k = 0; k < alts->v[j].n; k++) {
                tb_item it = alts->v[j].v[k];
                if (k == 0) it.adj = adj;
                seq_push(&s, &it);
            }
            out.v[out.n++] = s;
        }
    seqlist_free(partials);
    *partials = out;
    return 0;
}

static int expand(const tb_dict *d, lexeme *lx, size_t a, size_t b, seqlist *out, int depth,
                  char *err, size_t n);

static int expand_synset(const tb_dict *d, const char *name, seqlist *alts, int depth,
                         char *err, size_t n)
{
    alts->v = NULL;
    alts->n = 0;
    const tb_synset *sy = find_synset(d, name);
    if (!sy) { snprintf(err, n, "unknown synset &%s", name); return -1; }
    if (depth > 8) { snprintf(err, n, "synset &%s refers to itself", name); return -1; }
    alts->v = NULL;
    alts->n = 0;
    for (size_t m = 0; m < sy->n; m++) {
        lexeme *lx; size_t nl;
        if (lex_phrase(sy->members[m], false, &lx, &nl, err, n) < 0) { seqlist_free(alts); return -1; }
        seqlist one = {0};
        int rc = expand(d, lx, 0, nl, &one, depth + 1, err, n);
        lexemes_free(lx, nl);
        if (rc < 0) { seqlist_free(alts); return -1; }
        if (alts->n + one.n > TB_MAX_EXPANSIONS) {
            seqlist_free(&one); seqlist_free(alts);
            snprintf(err, n, "synset &%s has too many members", name);
            return -1;
        }
        alts->v = xrealloc(alts->v, (size_t)(alts->n + one.n) * sizeof(tb_seq));
        for (int i = 0; i < one.n; i++) alts->v[alts->n++] = one.v[i];
        free(one.v);
    }
    return 0;
}

static int expand(const tb_dict *d, lexeme *lx, size_t a, size_t b, seqlist *out, int depth,
                  char *err, size_t n)
{
    seqlist partials = {xrealloc(NULL, sizeof(tb_seq)), 1};
    partials.v[0] = (tb_seq){0};
    for (size_t i = a; i < b; i++) {
        if (lx[i].kind == LX_ITEM) {
            for (int k = 0; k < partials.n; k++) seq_push(&partials.v[k], &lx[i].item);
        } else if (lx[i].kind == LX_SYN) {
            seqlist alts = {0};
            if (expand_synset(d, lx[i].name, &alts, depth, err, n) < 0 ||
                cross(&partials, &alts, lx[i].adj, err, n) < 0) {
                seqlist_free(&alts); seqlist_free(&partials);
                return -1;
            }
            seqlist_free(&alts);
        } else if (lx[i].kind == LX_OPEN) {
            /* find the matching close, splitting on top-level bars */
            int lvl = 0;
            size_t j = i, start = i + 1;
            seqlist alts = {0};
            for (; j < b; j++) {
                if (lx[j].kind == LX_OPEN) lvl++;
                else if (lx[j].kind == LX_CLOSE && --lvl == 0) break;
                if ((lx[j].kind == LX_BAR && lvl == 1) || 0) {
                    seqlist one = {0};
                    if (expand(d, lx, start, j, &one, depth, err, n) < 0) goto bad;
                    alts.v = xrealloc(alts.v, (size_t)(alts.n + one.n) * sizeof(tb_seq));
                    for (int k = 0; k < one.n; k++) alts.v[alts.n++] = one.v[k];
                    free(one.v);
                    start = j + 1;
                }
            }
            if (j >= b) { snprintf(err, n, "\"{\" without \"}\""); goto bad; }
            {
                seqlist one = {0};
                if (expand(d, lx, start, j, &one, depth, err, n) < 0) goto bad;
                alts.v = xrealloc(alts.v, (size_t)(alts.n + one.n) * sizeof(tb_seq));
                for (int k = 0; k < one.n; k++) alts.v[alts.n++] = one.v[k];
                free(one.v);
            }
            for (int k = 0; k < alts.n; k++)
                if (alts.v[k].n == 0) { snprintf(err, n, "empty alternative in \"{ }\""); goto bad; }
            if (cross(&partials, &alts, lx[i].adj, err, n) < 0) goto bad;
            seqlist_free(&alts);
            i = j;
            continue;
        bad:
            seqlist_free(&alts);
            seqlist_free(&partials);
            return -1;
        } else if (lx[i].kind == LX_BAR) {
            snprintf(err, n, "\"|\" outside \"{ }\"");
            seqlist_free(&partials);
            return -1;
        } else {
            snprintf(err, n, "\"}\" without \"{\"");
            seqlist_free(&partials);
            return -1;
        }
    }
    *out = partials;
    return 0;
}

static int parse(const tb_dict *d, const char *text, bool name, tb_seq *out, int max, char *err,
                 size_t n)
{
    lexeme *lx; size_t nl;
    if (lex_phrase(text, name, &lx, &nl, err, n) < 0) return -1;
    seqlist l = {0};
    int rc = expand(d, lx, 0, nl, &l, 0, err, n);
    lexemes_free(lx, nl);
    if (rc < 0) return -1;
    if (l.n > max) {
        snprintf(err, n, "phrase expands to more than %d alternatives", max);
        seqlist_free(&l);
        return -1;
    }
    for (int i = 0; i < l.n; i++) out[i] = l.v[i];
    free(l.v);
    return l.n;
}

int tb_parse_phrase(const tb_dict *d, const char *text, tb_seq *out, int max, char *err,
                    size_t n)
{
    return parse(d, text, false, out, max, err, n);
}

int tb_parse_name(const tb_dict *d, const char *text, tb_seq *out, char *err, size_t n)
{
    int k = parse(d, text, true, out, 1, err, n);
    if (k == 1 && out->n == 0) {
        tb_seq_free(out);
        snprintf(err, n, "empty name");
        return -1;
    }
    return k == 1 ? 0 : -1;
}

/* ------------------------------------------------------------ file reading */

typedef struct reader {
    FILE *f;
    const char *path;
    int line;
    char *buf; size_t cap;
} reader;

static int reader_open(reader *r, const char *path, char *err, size_t n)
{
    memset(r, 0, sizeof *r);
    r->path = path;
    r->f = fopen(path, "r");
    if (!r->f) { snprintf(err, n, "%s: cannot open: %s", path, strerror(errno)); return -1; }
    return 0;
}

/* Next line without its end-of-line, or NULL at the end. */
static char *reader_next(reader *r)
{
    ssize_t len = getline(&r->buf, &r->cap, r->f);
    if (len < 0) return NULL;
    r->line++;
    while (len > 0 && (r->buf[len - 1] == '\n' || r->buf[len - 1] == '\r')) r->buf[--len] = 0;
    return r->buf;
}

static void reader_close(reader *r)
{
    if (r->f) fclose(r->f);
    free(r->buf);
}

/* A line that cannot be read is reported and skipped, so that one typo in a
 * dictionary curated for years does not stop the rest from loading. */
static void bad(tb_dict *d, const char *msg)
{
    d->n_bad++;
    FILE *f = d->warn ? d->warn : stderr;
    fprintf(f, "sitrep: %s (line skipped)\n", msg);
}

static const char *keep_name(tb_dict *d, const char *path)
{
    d->files = xrealloc(d->files, (d->n_files + 1) * sizeof *d->files);
    return d->files[d->n_files++] = xstrdup(path);
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s)) s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1])) s[--n] = 0;
    return s;
}

/* Cuts a ";" comment off (TABARI comments start at the first ';'). */
static void cut_comment(char *s)
{
    char *c = strchr(s, ';');
    if (c) *c = 0;
}

/* Parses one "[CODE ...dates]" block body into dc.  Accepts "CODE",
 * "CODE <DATE", "CODE >DATE", "CODE DATE-DATE" with optional spaces. */
int tb_parse_code_block(const char *body, bool check_chars, tb_dated *dc, char *err, size_t n)
{
    memset(dc, 0, sizeof *dc);
    const char *p = body;
    while (isspace((unsigned char)*p)) p++;
    const char *q = p;
    while (*q && !isspace((unsigned char)*q) && *q != '<' && *q != '>') q++;
    if (q == p || isdigit((unsigned char)*p)) {
        snprintf(err, n, "code block [%s] has no code", body);
        return -1;
    }
    /* a code is letters, digits and ~ - / : ! ? + # . */
    for (const char *c = p; check_chars && c < q; c++)
        if (!isalnum((unsigned char)*c) && !strchr("~-/:!?+#.", *c)) {
            snprintf(err, n, "code block [%s]: bad character '%c' in code", body, *c);
            return -1;
        }
    dc->code = xstrndup(p, (size_t)(q - p));
    p = q;
    while (isspace((unsigned char)*p)) p++;
    if (!*p) return 0;
    int op = 0;
    if (*p == '<' || *p == '>') { op = *p++; while (isspace((unsigned char)*p)) p++; }
    const char *d1 = p;
    while (isdigit((unsigned char)*p)) p++;
    long a = tb_date(d1, (size_t)(p - d1));
    if (!a) goto bad;
    while (isspace((unsigned char)*p)) p++;
    if (op == '<') { dc->to = a - 1; }
    else if (op == '>') { dc->from = a + 1; }
    else {
        if (*p != '-') goto bad;
        p++;
        while (isspace((unsigned char)*p)) p++;
        const char *d2 = p;
        while (isdigit((unsigned char)*p)) p++;
        long b = tb_date(d2, (size_t)(p - d2));
        if (!b) goto bad;
        dc->from = a;
        dc->to = b;
        while (isspace((unsigned char)*p)) p++;
    }
    if (*p) goto bad;
    return 0;
bad:
    snprintf(err, n, "code block [%s]: dates must be <DATE, >DATE or DATE-DATE (YYMMDD or YYYYMMDD)", body);
    free(dc->code);
    dc->code = NULL;
    return -1;
}

/* Splits "NAME [C1] [C2 <D]" into the name (returned, trimmed in place) and
 * its code blocks. */
static int split_codes(char *s, tb_dated **codes, size_t *n_codes, char *err, size_t n)
{
    char *open = strchr(s, '[');
    char *name_end = open ? open : s + strlen(s);
    char *p = open;
    while (p && *p) {
        if (*p == '[') {
            char *close = strchr(p, ']');
            if (!close) { snprintf(err, n, "\"[\" without \"]\""); return -1; }
            *close = 0;
            tb_dated dc;
            if (tb_parse_code_block(p + 1, true, &dc, err, n) < 0) return -1;
            *codes = xrealloc(*codes, (*n_codes + 1) * sizeof **codes);
            (*codes)[(*n_codes)++] = dc;
            p = close + 1;
        } else if (isspace((unsigned char)*p)) {
            p++;
        } else {
            snprintf(err, n, "unexpected text \"%s\" after a code", p);
            return -1;
        }
    }
    *name_end = 0;
    return 0;
}

static void free_codes(tb_dated *c, size_t n)
{
    for (size_t i = 0; i < n; i++) free(c[i].code);
    free(c);
}

typedef struct pending {
    char **names; size_t n_names;
    int *lines;
    tb_dated *codes; size_t n_codes;
} pending;

static void pending_clear(pending *p)
{
    for (size_t i = 0; i < p->n_names; i++) free(p->names[i]);
    free(p->names);
    free(p->lines);
    free_codes(p->codes, p->n_codes);
    memset(p, 0, sizeof *p);
}

static int add_actor(tb_dict *d, const char *name, int line, const char *file,
                     const tb_dated *codes, size_t n_codes, bool agent, char *err, size_t n)
{
    tb_seq seq[1];
    char why[256];
    if (tb_parse_name(d, name, seq, why, sizeof why) < 0) {
        snprintf(err, n, "%s:%d: \"%s\": %s", file, line, name, why);
        return -1;
    }
    for (size_t i = 0; i < seq[0].n; i++)
        if (seq[0].v[i].type != TB_WORD) {
            snprintf(err, n, "%s:%d: \"%s\": names may hold words only", file, line, name);
            tb_seq_free(seq);
            return -1;
        }
    if (agent)
        for (size_t i = 0; i < n_codes; i++)
            if (!strchr(codes[i].code, '~')) {
                snprintf(err, n, "%s:%d: agent code [%s] needs a \"~\" (\"~GOV\" or \"NGO~\")",
                         file, line, codes[i].code);
                tb_seq_free(seq);
                return -1;
            }
    GROW(d->actors, d->n_actors, d->cap_actors);
    tb_actor *a = &d->actors[d->n_actors++];
    memset(a, 0, sizeof *a);
    a->phrase = seq[0];
    a->agent = agent;
    a->line = line;
    a->file = file;
    a->codes = xrealloc(NULL, n_codes * sizeof *a->codes);
    for (size_t i = 0; i < n_codes; i++) {
        a->codes[i] = codes[i];
        a->codes[i].code = xstrdup(codes[i].code);
    }
    a->n_codes = n_codes;
    return 0;
}

static int flush_pending(tb_dict *d, pending *p, const char *file, bool agent, char *err,
                         size_t n)
{
    if (!p->n_names) return 0;
    if (!p->n_codes) {
        snprintf(err, n, "%s:%d: \"%s\" has no [code]", file, p->lines[0], p->names[0]);
        pending_clear(p);
        return -1;
    }
    for (size_t i = 0; i < p->n_names; i++)
        if (add_actor(d, p->names[i], p->lines[i], file, p->codes, p->n_codes, agent, err, n) < 0) {
            pending_clear(p);
            return -1;
        }
    pending_clear(p);
    return 0;
}

static void pending_name(pending *p, const char *name, int line)
{
    p->names = xrealloc(p->names, (p->n_names + 1) * sizeof *p->names);
    p->lines = xrealloc(p->lines, (p->n_names + 1) * sizeof *p->lines);
    p->names[p->n_names] = xstrdup(name);
    p->lines[p->n_names++] = line;
}

int tb_read_actors(tb_dict *d, const char *path, bool agents, char *err, size_t n)
{
    reader r;
    if (reader_open(&r, path, err, n) < 0) return -1;
    const char *file = keep_name(d, path);
    pending p = {0};
    int block = 0;   /* 1 inside <NOUN> or <ADJECTIVE> */
    char *raw;
    char why[512];
    while ((raw = reader_next(&r))) {
        bool indented = raw[0] == ' ' || raw[0] == '\t';
        char *s = trim(raw);
        if (!strncmp(s, "~~", 2)) break;
        if (s[0] == '#') continue;
        cut_comment(s);
        s = trim(s);
        if (!*s) continue;
        if (!strcasecmp(s, "<NOUN>") || !strcasecmp(s, "<ADJECTIVE>")) {
            if (flush_pending(d, &p, file, agents, err, n) < 0) bad(d, err);
            block = !strcasecmp(s, "<NOUN>") ? 1 : 2;
            continue;
        }
        if (!strcasecmp(s, "</NOUN>") || !strcasecmp(s, "</ADJECTIVE>")) { block = 0; continue; }
        if (block) {
            if (d->n_nouns == d->cap_nouns)
                d->noun_adj = xrealloc(d->noun_adj, (d->cap_nouns ? 2 * d->cap_nouns : 16) * sizeof(bool));
            d->noun_adj[d->n_nouns] = block == 2;
            GROW(d->nouns, d->n_nouns, d->cap_nouns);
            char *w = xstrdup(s);
            for (char *u = w; *u; u++) *u = (char)toupper((unsigned char)*u);
            d->nouns[d->n_nouns++] = w;
            continue;
        }
        if (s[0] == '<') {
            snprintf(err, n, "%s:%d: unknown block %s", file, r.line, s);
            goto bad_line;
        }
        tb_dated *codes = NULL;
        size_t n_codes = 0;
        if (split_codes(s, &codes, &n_codes, why, sizeof why) < 0) {
            snprintf(err, n, "%s:%d: %s", file, r.line, why);
            free_codes(codes, n_codes);
            goto bad_line;
        }
        s = trim(s);
        if (s[0] == '+') {
            if (!p.n_names) {
                snprintf(err, n, "%s:%d: synonym \"%s\" before any name", file, r.line, s);
                free_codes(codes, n_codes);
                goto bad_line;
            }
            pending_name(&p, trim(s + 1), r.line);
        } else if (!*s) {
            if (!p.n_names) {
                snprintf(err, n, "%s:%d: code block before any name", file, r.line);
                free_codes(codes, n_codes);
                goto bad_line;
            }
        } else if (indented && p.n_names && !p.n_codes) {
            snprintf(err, n, "%s:%d: indented line \"%s\" is neither a synonym nor a code", file,
                     r.line, s);
            free_codes(codes, n_codes);
            goto bad_line;
        } else {
            /* a bad entry before this one is reported; this one still counts */
            if (flush_pending(d, &p, file, agents, err, n) < 0) bad(d, err);
            pending_name(&p, s, r.line);
        }
        p.codes = xrealloc(p.codes, (p.n_codes + n_codes) * sizeof *p.codes);
        for (size_t i = 0; i < n_codes; i++) p.codes[p.n_codes++] = codes[i];
        free(codes);
        continue;
    bad_line:
        bad(d, err);
    }
    if (flush_pending(d, &p, file, agents, err, n) < 0) bad(d, err);
    pending_clear(&p);
    reader_close(&r);
    return 0;
}

/* ------------------------------------------------------------ verbs */

static void pattern_free(tb_pattern *p)
{
    tb_seq_free(&p->before);
    tb_seq_free(&p->after);
    free(p->code);
}

static void verb_free(tb_verb *v)
{
    for (size_t i = 0; i < v->n_forms; i++) tb_seq_free(&v->forms[i]);
    free(v->forms);
    for (size_t i = 0; i < v->n_pats; i++) pattern_free(&v->pats[i]);
    free(v->pats);
    free(v->code);
}

/* Takes the code from the last "[...]" of s (cut off), or NULL. */
static char *take_code(char *s, char *err, size_t n)
{
    char *open = strrchr(s, '[');
    if (!open) return NULL;
    char *close = strchr(open, ']');
    if (!close) { snprintf(err, n, "\"[\" without \"]\""); return NULL; }
    *close = 0;
    char *c = trim(open + 1);
    *open = 0;
    if (!*c) { snprintf(err, n, "empty code []"); return NULL; }
    for (char *q = c; *q; q++)
        if (isspace((unsigned char)*q)) { snprintf(err, n, "code [%s] holds a space", c); return NULL; }
    return xstrdup(c);
}

static int add_pattern(tb_dict *d, tb_verb *v, char *text, char *code, int order, char *err,
                       size_t n)
{
    tb_seq seqs[TB_MAX_EXPANSIONS];
    int k = tb_parse_phrase(d, text, seqs, TB_MAX_EXPANSIONS, err, n);
    if (k < 0) return -1;
    for (int i = 0; i < k; i++) {
        tb_seq *s = &seqs[i];
        size_t star = s->n, stars = 0;
        for (size_t j = 0; j < s->n; j++)
            if (s->v[j].type == TB_VERB) { star = j; stars++; }
        if (stars != 1) {
            snprintf(err, n, "pattern \"%s\" needs exactly one \"*\"", text);
            for (int j = 0; j < k; j++) tb_seq_free(&seqs[j]);
            return -1;
        }
        tb_pattern p;
        memset(&p, 0, sizeof p);
        /* before: nearest the verb first, each item's adj meaning "joined to
         * the item nearer the verb" */
        for (size_t j = star; j-- > 0;) {
            tb_item it = s->v[j];
            it.adj = s->v[j + 1].adj;
            seq_push(&p.before, &it);
        }
        for (size_t j = star + 1; j < s->n; j++) seq_push(&p.after, &s->v[j]);
        for (size_t j = 0; j < s->n; j++)
            if (s->v[j].type == TB_WORD) p.score += (int)strlen(s->v[j].word);
            else if (s->v[j].type != TB_VERB) p.score += 1;
        p.code = xstrdup(code);
        p.order = order;
        v->pats = xrealloc(v->pats, (v->n_pats + 1) * sizeof *v->pats);
        v->pats[v->n_pats++] = p;
    }
    for (int j = 0; j < k; j++) tb_seq_free(&seqs[j]);
    return 0;
}

static int add_form(tb_dict *d, tb_verb *v, const char *text, char *err, size_t n)
{
    tb_seq seq[1];
    int k = tb_parse_phrase(d, text, seq, 1, err, n);
    if (k < 0) return -1;
    if (k != 1 || seq[0].n == 0) {
        snprintf(err, n, "verb \"%s\" must be plain words", text);
        if (k == 1) tb_seq_free(seq);
        return -1;
    }
    for (size_t i = 0; i < seq[0].n; i++)
        if (seq[0].v[i].type != TB_WORD) {
            snprintf(err, n, "verb \"%s\" must be plain words", text);
            tb_seq_free(seq);
            return -1;
        }
    v->forms = xrealloc(v->forms, (v->n_forms + 1) * sizeof *v->forms);
    v->forms[v->n_forms++] = seq[0];
    return 0;
}

static int pattern_cmp(const void *a, const void *b)
{
    const tb_pattern *x = a, *y = b;
    if (x->score != y->score) return y->score - x->score;
    return x->order - y->order;
}

int tb_read_verbs(tb_dict *d, const char *path, char *err, size_t n)
{
    reader r;
    if (reader_open(&r, path, err, n) < 0) return -1;
    const char *file = keep_name(d, path);
    enum { NONE, SYNSETS, TIME } block = NONE;
    tb_verb *cur = NULL;
    tb_synset *syn = NULL;
    char why[512];
    char *raw;
    int order = 0;
    while ((raw = reader_next(&r))) {
        char *s = trim(raw);
        if (!strncmp(s, "~~", 2)) break;
        if (s[0] == '#') continue;
        cut_comment(s);
        s = trim(s);
        if (!*s) continue;
        if (!strcasecmp(s, "<SYNSETS>")) { block = SYNSETS; syn = NULL; continue; }
        if (!strcasecmp(s, "<TIME>")) { block = TIME; continue; }
        if (!strcasecmp(s, "</SYNSETS>") || !strcasecmp(s, "</TIME>")) { block = NONE; continue; }
        if (s[0] == '<') {
            snprintf(err, n, "%s:%d: unknown block %s", file, r.line, s);
            goto bad_line;
        }
        if (block == TIME) {
            /* date shifts are not supported; phrases coded ### (discard) or
             * +++ (complex) are kept */
            if (s[0] == '-') continue;
            char *code = take_code(s, why, sizeof why);
            if (!code) continue;   /* a shift such as [- - -]: not supported */
            if (!strcmp(code, "###") || !strcmp(code, "+++")) {
                tb_seq seq[1];
                if (tb_parse_name(d, trim(s), seq, why, sizeof why) < 0) {
                    free(code);
                    snprintf(err, n, "%s:%d: <TIME> phrase: %s", file, r.line, why);
                    goto bad_line;
                }
                d->times = xrealloc(d->times, (d->n_times + 1) * sizeof *d->times);
                tb_actor *t = &d->times[d->n_times++];
                memset(t, 0, sizeof *t);
                t->phrase = seq[0];
                t->codes = xrealloc(NULL, sizeof *t->codes);
                t->codes[0] = (tb_dated){code, 0, 0};
                t->n_codes = 1;
                t->line = r.line;
                t->file = file;
            } else {
                free(code);
            }
            continue;
        }
        if (block == SYNSETS) {
            if (s[0] == '&') {
                GROW(d->syn, d->n_syn, d->cap_syn);
                syn = &d->syn[d->n_syn++];
                memset(syn, 0, sizeof *syn);
                syn->name = xstrdup(trim(s + 1));
                for (char *u = syn->name; *u; u++) *u = (char)toupper((unsigned char)*u);
            } else if (s[0] == '+' && syn) {
                syn->members = xrealloc(syn->members, (syn->n + 1) * sizeof *syn->members);
                syn->members[syn->n++] = xstrdup(trim(s + 1));
            } else {
                snprintf(err, n, "%s:%d: in <SYNSETS> a line must be \"&NAME\" or \"+member\"",
                         file, r.line);
                goto bad_line;
            }
            continue;
        }
        why[0] = 0;
        if (s[0] == '-') {
            if (!cur) {
                snprintf(err, n, "%s:%d: pattern before any verb", file, r.line);
                goto bad_line;
            }
            char *code = take_code(s, why, sizeof why);
            if (!code) {
                snprintf(err, n, "%s:%d: pattern: %s", file, r.line, why[0] ? why : "no [code]");
                goto bad_line;
            }
            int rc = add_pattern(d, cur, trim(s + 1), code, order++, why, sizeof why);
            free(code);
            if (rc < 0) { snprintf(err, n, "%s:%d: %s", file, r.line, why); goto bad_line; }
        } else if (s[0] == '{') {
            if (!cur) {
                snprintf(err, n, "%s:%d: verb forms before any verb", file, r.line);
                goto bad_line;
            }
            char *close = strchr(s, '}');
            if (!close) { snprintf(err, n, "%s:%d: \"{\" without \"}\"", file, r.line); goto bad_line; }
            *close = 0;
            char *save = NULL;
            for (char *w = strtok_r(s + 1, " \t", &save); w; w = strtok_r(NULL, " \t", &save))
                if (add_form(d, cur, w, why, sizeof why) < 0) {
                    snprintf(err, n, "%s:%d: %s", file, r.line, why);
                    goto bad_line;
                }
        } else {
            char *code = take_code(s, why, sizeof why);
            if (!code) {
                snprintf(err, n, "%s:%d: verb \"%s\": %s", file, r.line, trim(s),
                         why[0] ? why : "no [code]");
                goto bad_line;
            }
            GROW(d->verbs, d->n_verbs, d->cap_verbs);
            cur = &d->verbs[d->n_verbs++];
            memset(cur, 0, sizeof *cur);
            cur->code = code;
            cur->line = r.line;
            cur->file = file;
            order = 0;
            if (add_form(d, cur, trim(s), why, sizeof why) < 0) {
                snprintf(err, n, "%s:%d: %s", file, r.line, why);
                goto bad_line;
            }
        }
        continue;
    bad_line:
        bad(d, err);
    }
    for (size_t i = 0; i < d->n_verbs; i++)
        if (d->verbs[i].n_pats > 1)
            qsort(d->verbs[i].pats, d->verbs[i].n_pats, sizeof(tb_pattern), pattern_cmp);
    reader_close(&r);
    return 0;
}

/* ------------------------------------------------------------ options */

static bool starts(const char *s, const char *prefix)
{
    return !strncasecmp(s, prefix, strlen(prefix));
}

static bool is_true(const char *v)
{
    while (isspace((unsigned char)*v) || *v == '=') v++;
    return !strncasecmp(v, "TRUE", 4) || !strncasecmp(v, "ON", 2) || !strncasecmp(v, "YES", 3);
}

/* Reads "KEY = n" pairs of a COMMA: line. */
static int comma_value(const char *s, const char *key, int *out)
{
    const char *p = s;
    size_t k = strlen(key);
    while ((p = strstr(p, key))) {
        if ((p == s || isspace((unsigned char)p[-1])) && (isspace((unsigned char)p[k]) || p[k] == '=')) {
            const char *q = p + k;
            while (isspace((unsigned char)*q) || *q == '=') q++;
            if (isdigit((unsigned char)*q)) { *out = atoi(q); return 1; }
            return -1;
        }
        p += k;
    }
    return 0;
}

int tb_apply_option(tb_options *o, const char *line, char *err, size_t n)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "%s", line);
    for (char *u = buf; *u; u++) *u = (char)toupper((unsigned char)*u);
    char *s = trim(buf);
    if (starts(s, "COMPLEX:")) {
        const char *v = strstr(s, "VERBS[");
        if (v) o->complex_verbs = atoi(v + 6);
        const char *c = strstr(s, "CONJ[");
        if (c) o->complex_conj = atoi(c + 5);
        o->noactprior = strstr(s, "NOACTPRIOR") != NULL;
        return 0;
    }
    if (starts(s, "SET:")) {
        char *k = trim(s + 4);
        if (starts(k, "CONVERT AGENT")) o->convert_agent = is_true(k + 13);
        else if (starts(k, "CODE BY SENTENCE")) o->code_by = 1;
        else if (starts(k, "CODE BY CLAUSE")) o->code_by = 2;
        else if (starts(k, "CODE ALL")) o->code_by = 3;
        else if (starts(k, "ALLCAPS")) o->allcaps = is_true(k + 7);
        else if (starts(k, "TIME SHIFT")) o->time_shift = is_true(k + 10);
        else if (starts(k, "MINIMUM WORDS")) {
            const char *q = k + 13;
            while (*q && !isdigit((unsigned char)*q)) q++;
            o->min_words = atoi(q);
        }
        /* other SET: switches (usage reports, labels, FBIS, time shift, YYYY)
         * change TABARI's output files, not which events are coded */
        else if (!strchr(k, '=')) {
            snprintf(err, n, "SET: \"%s\" needs \"= value\"", k);
            return -1;
        }
        return 0;
    }
    if (starts(s, "COMMA:")) {
        char *v = trim(s + 6);
        if (starts(v, "OFF")) { o->comma_off = true; return 0; }
        o->comma_off = false;
        struct { const char *k; int *p; } keys[] = {
            {"MIN", &o->comma_min}, {"MAX", &o->comma_max}, {"BMIN", &o->comma_bmin},
            {"BMAX", &o->comma_bmax}, {"EMIN", &o->comma_emin}, {"EMAX", &o->comma_emax}};
        for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
            if (comma_value(v, keys[i].k, keys[i].p) < 0) {
                snprintf(err, n, "COMMA: %s needs a number", keys[i].k);
                return -1;
            }
        return 0;
    }
    if (starts(s, "DEFAULT:")) {
        char *v = trim(s + 8);
        free(o->default_source); o->default_source = NULL;
        free(o->default_target); o->default_target = NULL;
        o->default_source_prior = o->default_target_after = false;
        if (starts(v, "OFF")) return 0;
        char *src = strstr(v, "SOURCE"), *tgt = strstr(v, "TARGET");
        if (src) {
            char *a = strchr(src, '['), *b = a ? strchr(a, ']') : NULL;
            if (!b) { snprintf(err, n, "DEFAULT: SOURCE needs a [code]"); return -1; }
            o->default_source = xstrndup(a + 1, (size_t)(b - a - 1));
            char *pr = strstr(b, "PRIOR");
            o->default_source_prior = pr && (!tgt || pr < tgt);
        }
        if (tgt) {
            char *a = strchr(tgt, '['), *b = a ? strchr(a, ']') : NULL;
            if (!b) { snprintf(err, n, "DEFAULT: TARGET needs a [code]"); return -1; }
            o->default_target = xstrndup(a + 1, (size_t)(b - a - 1));
            o->default_target_after = strstr(b, "AFTER") != NULL;
        }
        return 0;
    }
    if (starts(s, "FORWARD:")) {
        o->forward = !strstr(s, " OFF");
        return 0;
    }
    /* output layout and labels do not change the events */
    if (starts(s, "OUTPUT:") || starts(s, "LABEL:") ||
        starts(s, "ISSUES:") || starts(s, "ISSUE:"))
        return 0;
    snprintf(err, n, "unknown option \"%s\"", s);
    return -1;
}

int tb_read_options(tb_dict *d, const char *path, char *err, size_t n)
{
    reader r;
    if (reader_open(&r, path, err, n) < 0) return -1;
    keep_name(d, path);
    char *raw;
    char why[512];
    while ((raw = reader_next(&r))) {
        char *s = trim(raw);
        if (!strncmp(s, "~~", 2)) break;
        if (!*s || !strncmp(s, "//", 2) || s[0] == '#') continue;
        if (tb_apply_option(&d->opt, s, why, sizeof why) < 0) {
            snprintf(err, n, "%s:%d: %s", path, r.line, why);
            reader_close(&r);
            return -1;
        }
    }
    reader_close(&r);
    return 0;
}

/* ------------------------------------------------------------ project */

static char *join_dir(const char *base, const char *name)
{
    if (name[0] == '/') return xstrdup(name);
    const char *slash = strrchr(base, '/');
    size_t dl = slash ? (size_t)(slash - base + 1) : 0;
    char *p = xrealloc(NULL, dl + strlen(name) + 1);
    memcpy(p, base, dl);
    strcpy(p + dl, name);
    return p;
}

int tb_read_project(tb_dict *d, const char *path, char **textfile, char *err, size_t n)
{
    reader r;
    if (reader_open(&r, path, err, n) < 0) return -1;
    char *raw;
    char *actors[16], *agents[16], *verbs[16], *options = NULL;
    int na = 0, ng = 0, nv = 0, rc = -1;
    if (textfile) *textfile = NULL;
    while ((raw = reader_next(&r))) {
        char *s = trim(raw);
        if (s[0] != '<') continue;
        char *close = strchr(s, '>');
        if (!close) continue;
        *close = 0;
        char *key = s + 1, *val = trim(close + 1);
        char *sp = val;
        while (*sp && !isspace((unsigned char)*sp)) sp++;
        *sp = 0;
        if (!*val) continue;
        char **slot = NULL;
        if (!strcasecmp(key, "actorsfile")) { if (na < 16) slot = &actors[na++]; }
        else if (!strcasecmp(key, "agentsfile")) { if (ng < 16) slot = &agents[ng++]; }
        else if (!strcasecmp(key, "verbsfile")) { if (nv < 16) slot = &verbs[nv++]; }
        else if (!strcasecmp(key, "optionsfile")) { free(options); options = NULL; slot = &options; }
        else if (!strcasecmp(key, "textfile") && textfile) { free(*textfile); slot = textfile; }
        if (slot) *slot = join_dir(path, val);
    }
    reader_close(&r);
    if (!na || !nv) {
        snprintf(err, n, "%s: a project needs an <actorsfile> and a <verbsfile>", path);
        goto out;
    }
    for (int i = 0; i < nv; i++) if (tb_read_verbs(d, verbs[i], err, n) < 0) goto out;
    for (int i = 0; i < na; i++) if (tb_read_actors(d, actors[i], false, err, n) < 0) goto out;
    for (int i = 0; i < ng; i++) if (tb_read_actors(d, agents[i], true, err, n) < 0) goto out;
    if (options && tb_read_options(d, options, err, n) < 0) goto out;
    tb_dict_finish(d);
    rc = 0;
out:
    for (int i = 0; i < na; i++) free(actors[i]);
    for (int i = 0; i < ng; i++) free(agents[i]);
    for (int i = 0; i < nv; i++) free(verbs[i]);
    free(options);
    return rc;
}

/* ------------------------------------------------------------ index */

static uint64_t hash_word(const char *w, size_t len)
{
    uint64_t h = 1469598103934665603ull;   /* FNV-1a */
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)w[i]) * 1099511628211ull;
    return h;
}

static void hash_put(tb_hash *h, const char *key, size_t id, size_t sub)
{
    if (2 * (h->n + 1) > h->cap) {
        tb_hash old = *h;
        h->cap = old.cap ? 2 * old.cap : 1024;
        h->v = xrealloc(NULL, h->cap * sizeof *h->v);
        memset(h->v, 0, h->cap * sizeof *h->v);
        h->n = 0;
        for (size_t i = 0; i < old.cap; i++)
            if (old.v[i].key) hash_put(h, old.v[i].key, old.v[i].id, old.v[i].sub);
        free(old.v);
    }
    size_t k = (size_t)hash_word(key, strlen(key)) & (h->cap - 1);
    while (h->v[k].key) k = (k + 1) & (h->cap - 1);
    h->v[k] = (tb_hent){key, id, sub};
    h->n++;
}

void tb_hash_each(const tb_hash *h, const char *w, size_t len,
                  void (*fn)(const tb_hent *e, void *user), void *user)
{
    if (!h->cap) return;
    size_t k = (size_t)hash_word(w, len) & (h->cap - 1);
    for (; h->v[k].key; k = (k + 1) & (h->cap - 1))
        if (!strncmp(h->v[k].key, w, len) && h->v[k].key[len] == 0) fn(&h->v[k], user);
}

void tb_dict_finish(tb_dict *d)
{
    free(d->actor_hash.v);
    free(d->verb_hash.v);
    free(d->noun_hash.v);
    memset(&d->actor_hash, 0, sizeof d->actor_hash);
    memset(&d->verb_hash, 0, sizeof d->verb_hash);
    memset(&d->noun_hash, 0, sizeof d->noun_hash);
    for (size_t i = 0; i < d->n_nouns; i++) {
        /* keyed without the closing "_": "FORCES_" is found under FORCES */
        char *w = d->nouns[i];
        size_t n = strlen(w);
        if (n > 1 && w[n - 1] == '_') w[n - 1] = 0;
        hash_put(&d->noun_hash, w, i, 0);
    }
    for (size_t i = 0; i < d->n_actors; i++)
        hash_put(&d->actor_hash, d->actors[i].phrase.v[0].word, i, 0);
    for (size_t i = 0; i < d->n_verbs; i++)
        for (size_t f = 0; f < d->verbs[i].n_forms; f++)
            hash_put(&d->verb_hash, d->verbs[i].forms[f].v[0].word, i, f);
}

void tb_dict_free(tb_dict *d)
{
    for (size_t i = 0; i < d->n_actors; i++) {
        tb_seq_free(&d->actors[i].phrase);
        free_codes(d->actors[i].codes, d->actors[i].n_codes);
    }
    free(d->actors);
    for (size_t i = 0; i < d->n_times; i++) {
        tb_seq_free(&d->times[i].phrase);
        free_codes(d->times[i].codes, d->times[i].n_codes);
    }
    free(d->times);
    for (size_t i = 0; i < d->n_verbs; i++) verb_free(&d->verbs[i]);
    free(d->verbs);
    for (size_t i = 0; i < d->n_syn; i++) {
        free(d->syn[i].name);
        for (size_t j = 0; j < d->syn[i].n; j++) free(d->syn[i].members[j]);
        free(d->syn[i].members);
    }
    free(d->syn);
    for (size_t i = 0; i < d->n_nouns; i++) free(d->nouns[i]);
    free(d->nouns);
    free(d->noun_adj);
    free(d->pico);
    free(d->tr);
    for (size_t i = 0; i < d->n_files; i++) free(d->files[i]);
    free(d->files);
    free(d->opt.default_source);
    free(d->opt.default_target);
    free(d->actor_hash.v);
    free(d->verb_hash.v);
    free(d->noun_hash.v);
    memset(d, 0, sizeof *d);
}
