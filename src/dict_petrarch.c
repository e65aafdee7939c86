/* dict_petrarch.c — reads PETRARCH-1 dictionaries into the same tables as
 * TABARI's (tabari.h), so that coder_tabari.c runs them without a parser.
 *
 *   verbs     "--- NAME [CODE] ---" blocks: verb phrases (first one on the
 *             line after the header, more on "+" lines), irregular forms in
 *             "{ }", "+" marking the verb inside a phrase ("WIRE_+TAP"),
 *             "- ... * ... [CODE]" patterns shared by the block, and
 *             "&SYNSET" / "+member" groups anywhere;
 *   actors    "NAME [CODE]", "+SYNONYM", dated code lines "[CODE <DATE]";
 *   agents    "NAME {PLURALS} [~CODE]", "!SET! = A, B" substitutions;
 *   discards  phrases; a leading "+" discards the story, else the sentence.
 *
 * PETRARCH matches words exactly.  Verbs get their regular forms (S, ED,
 * ING with the usual spelling rules) unless "{ }" lists them; names take a
 * plural or possessive ending; pattern and synset words are exact.  As in
 * TABARI, "_" joins consecutive words and a space lets a word or two come
 * between ("ITHILEN TELEVISION": "Ithilen state-run television").  "#"
 * starts a comment, as do "<!--" lines.
 */
#include "tabari.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) { fputs("sitrep: out of memory\n", stderr); abort(); }
    return q;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s);
    char *p = xrealloc(NULL, n + 1);
    memcpy(p, s, n + 1);
    return p;
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s)) s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1])) s[--n] = 0;
    return s;
}

static void upper(char *s)
{
    for (; *s; s++) *s = (char)toupper((unsigned char)*s);
}

static void warn(tb_dict *d, const char *file, int line, const char *why)
{
    d->n_bad++;
    fprintf(d->warn ? d->warn : stderr, "sitrep: %s:%d: %s (line skipped)\n", file, line, why);
}

/* Reads lines without comments; NULL at the end.  Keeps state for
 * multi-line "<!-- -->" comments. */
typedef struct lines { FILE *f; char *buf; size_t cap; int line; bool in_comment; } lines;

static char *next_line(lines *l)
{
    for (;;) {
        ssize_t len = getline(&l->buf, &l->cap, l->f);
        if (len < 0) return NULL;
        l->line++;
        char *s = l->buf;
        s[strcspn(s, "\r\n")] = 0;
        if (l->in_comment) {
            char *e = strstr(s, "-->");
            if (!e) continue;
            l->in_comment = false;
            s = e + 3;
        }
        char *t = trim(s);
        if (t[0] == '<') {
            /* "<!-- ... -->" or an odd "<! -- ... -->": a comment line */
            if (!strstr(t, "-->") && !strncmp(t, "<!", 2)) l->in_comment = true;
            continue;
        }
        /* "#" starts a comment, except inside a code block ("[###]") */
        bool had_text = *t != 0;
        int depth = 0;
        for (char *c = t; *c; c++) {
            if (*c == '[') depth++;
            else if (*c == ']' && depth) depth--;
            else if (*c == '#' && !depth) { *c = 0; break; }
        }
        t = trim(t);
        if (had_text && !*t) continue;   /* a comment line is not a blank line */
        return t;
    }
}

static const char *keep_name(tb_dict *d, const char *path)
{
    d->files = xrealloc(d->files, (d->n_files + 1) * sizeof *d->files);
    return d->files[d->n_files++] = xstrdup(path);
}

/* Makes every word of a parsed name match itself or itself plus an
 * ending: PETRARCH has no stems. */
static void petrarch_name(tb_seq *s)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->v[i].mode == TB_STEM) s->v[i].mode = TB_CLOSED;
}

static void make_exact(tb_seq *s)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->v[i].type == TB_WORD) s->v[i].mode = TB_EXACT;
}

/* ------------------------------------------------------------ actors */

static int add_name(tb_dict *d, const char *name, const tb_dated *codes, size_t n_codes,
                    bool agent, const char *file, int line)
{
    tb_seq seq;
    char why[256];
    if (tb_parse_name(d, name, &seq, why, sizeof why) < 0) {
        char msg[512];
        snprintf(msg, sizeof msg, "\"%s\": %s", name, why);
        warn(d, file, line, msg);
        return -1;
    }
    petrarch_name(&seq);
    if (d->n_actors == d->cap_actors) {
        d->cap_actors = d->cap_actors ? 2 * d->cap_actors : 64;
        d->actors = xrealloc(d->actors, d->cap_actors * sizeof *d->actors);
    }
    tb_actor *a = &d->actors[d->n_actors++];
    memset(a, 0, sizeof *a);
    a->phrase = seq;
    a->agent = agent;
    a->file = file;
    a->line = line;
    a->codes = xrealloc(NULL, n_codes * sizeof *a->codes);
    for (size_t i = 0; i < n_codes; i++) {
        a->codes[i] = codes[i];
        a->codes[i].code = xstrdup(codes[i].code);
    }
    a->n_codes = n_codes;
    return 0;
}

/* Cuts the "[...]" blocks (and a ";" comment) off s into codes. */
static int take_blocks(char *s, tb_dated **codes, size_t *n_codes, char *why, size_t n)
{
    char *semi = strchr(s, ';');
    if (semi) *semi = 0;
    char *open = strchr(s, '[');
    while (open) {
        char *close = strchr(open, ']');
        if (!close) { snprintf(why, n, "\"[\" without \"]\""); return -1; }
        *close = 0;
        tb_dated dc;
        /* PETRARCH's codes are taken as written, whatever their characters */
        if (tb_parse_code_block(open + 1, false, &dc, why, n) < 0) return -1;
        *codes = xrealloc(*codes, (*n_codes + 1) * sizeof **codes);
        (*codes)[(*n_codes)++] = dc;
        *open = 0;
        open = strchr(close + 1, '[');
    }
    return 0;
}

static void free_blocks(tb_dated *c, size_t n)
{
    for (size_t i = 0; i < n; i++) free(c[i].code);
    free(c);
}

int pr_read_actors(tb_dict *d, const char *path, char *err, size_t n)
{
    lines l = {fopen(path, "r"), NULL, 0, 0, false};
    if (!l.f) { snprintf(err, n, "%s: cannot open", path); return -1; }
    const char *file = keep_name(d, path);
    char **names = NULL; int *nlines = NULL; size_t nn = 0;
    tb_dated *codes = NULL; size_t nc = 0;
    char *s, why[256];
#define FLUSH() do { \
        if (nn && !nc) { char m[300]; snprintf(m, sizeof m, "\"%s\" has no [code]", names[0]); warn(d, file, nlines[0], m); } \
        for (size_t i = 0; i < nn && nc; i++) add_name(d, names[i], codes, nc, false, file, nlines[i]); \
        for (size_t i = 0; i < nn; i++) free(names[i]); \
        nn = 0; free_blocks(codes, nc); codes = NULL; nc = 0; } while (0)
    while ((s = next_line(&l))) {
        if (!*s) continue;
        tb_dated *bc = NULL; size_t nb = 0;
        if (take_blocks(s, &bc, &nb, why, sizeof why) < 0) {
            warn(d, file, l.line, why);
            free_blocks(bc, nb);
            continue;
        }
        s = trim(s);
        if (s[0] == '+') {
            if (!nn) { warn(d, file, l.line, "synonym before any name"); free_blocks(bc, nb); continue; }
            s = trim(s + 1);
        } else if (*s) {
            FLUSH();
        }
        if (*s) {
            upper(s);
            names = xrealloc(names, (nn + 1) * sizeof *names);
            nlines = xrealloc(nlines, (nn + 1) * sizeof *nlines);
            names[nn] = xstrdup(s);
            nlines[nn++] = l.line;
        } else if (!nn && nb) {
            warn(d, file, l.line, "code block before any name");
            free_blocks(bc, nb);
            continue;
        }
        codes = xrealloc(codes, (nc + nb) * sizeof *codes);
        for (size_t i = 0; i < nb; i++) codes[nc++] = bc[i];
        free(bc);
    }
    FLUSH();
#undef FLUSH
    free(names);
    free(nlines);
    free(l.buf);
    fclose(l.f);
    return 0;
}

/* ------------------------------------------------------------ agents */

typedef struct subst { char *name; char **alts; size_t n; } subst;

/* Expands "!SET!" markers in s (one level, every combination). */
static void expand_subst(const char *s, const subst *sets, size_t ns, char ***out, size_t *nout)
{
    const char *a = strchr(s, '!');
    const char *b = a ? strchr(a + 1, '!') : NULL;
    if (!a || !b) {
        *out = xrealloc(*out, (*nout + 1) * sizeof **out);
        (*out)[(*nout)++] = xstrdup(s);
        return;
    }
    size_t klen = (size_t)(b - a - 1);
    for (size_t i = 0; i < ns; i++) {
        if (strlen(sets[i].name) != klen || strncmp(sets[i].name, a + 1, klen)) continue;
        for (size_t j = 0; j < sets[i].n; j++) {
            size_t len = (size_t)(a - s) + strlen(sets[i].alts[j]) + strlen(b + 1) + 1;
            char *t = xrealloc(NULL, len);
            snprintf(t, len, "%.*s%s%s", (int)(a - s), s, sets[i].alts[j], b + 1);
            expand_subst(t, sets, ns, out, nout);
            free(t);
        }
        return;
    }
    /* unknown set: keep the text as it is */
    *out = xrealloc(*out, (*nout + 1) * sizeof **out);
    (*out)[(*nout)++] = xstrdup(s);
}

int pr_read_agents(tb_dict *d, const char *path, char *err, size_t n)
{
    lines l = {fopen(path, "r"), NULL, 0, 0, false};
    if (!l.f) { snprintf(err, n, "%s: cannot open", path); return -1; }
    const char *file = keep_name(d, path);
    subst *sets = NULL;
    size_t ns = 0;
    char *s, why[256];
    while ((s = next_line(&l))) {
        if (!*s) continue;
        if (s[0] == '!' && strchr(s, '=')) {
            char *eq = strchr(s, '=');
            char *b = strchr(s + 1, '!');
            if (!eq || !b || b > eq) { warn(d, file, l.line, "a set must read !NAME! = A, B"); continue; }
            *b = 0;
            sets = xrealloc(sets, (ns + 1) * sizeof *sets);
            subst *st = &sets[ns++];
            st->name = xstrdup(s + 1);
            upper(st->name);
            st->alts = NULL;
            st->n = 0;
            char *save = NULL;
            for (char *w = strtok_r(eq + 1, ", \t", &save); w; w = strtok_r(NULL, ", \t", &save)) {
                st->alts = xrealloc(st->alts, (st->n + 1) * sizeof *st->alts);
                st->alts[st->n] = xstrdup(w);
                upper(st->alts[st->n++]);
            }
            continue;
        }
        tb_dated *bc = NULL; size_t nb = 0;
        if (take_blocks(s, &bc, &nb, why, sizeof why) < 0 || !nb) {
            warn(d, file, l.line, nb ? why : "agent has no [~CODE]");
            free_blocks(bc, nb);
            continue;
        }
        if (!strchr(bc[0].code, '~')) {
            char m[300];
            snprintf(m, sizeof m, "agent code [%s] needs a \"~\"", bc[0].code);
            warn(d, file, l.line, m);
            free_blocks(bc, nb);
            continue;
        }
        /* "NAME {PLURAL PLURAL}": "{}" means no plural */
        char *names[64];
        int nnames = 0;
        bool no_plural = false;
        char *brace = strchr(s, '{');
        if (brace) {
            char *close = strchr(brace, '}');
            if (!close) { warn(d, file, l.line, "\"{\" without \"}\""); free_blocks(bc, nb); continue; }
            *close = 0;
            char *save = NULL;
            for (char *w = strtok_r(brace + 1, " \t", &save); w && nnames < 63; w = strtok_r(NULL, " \t", &save))
                names[nnames++] = w;
            no_plural = nnames == 0;   /* "{}": the name takes no plural ending */
            *brace = 0;
        }
        char *base = trim(s);
        if (!*base) { warn(d, file, l.line, "agent has no name"); free_blocks(bc, nb); continue; }
        names[nnames++] = base;
        for (int k = 0; k < nnames; k++) {
            char **ex = NULL;
            size_t nex = 0;
            upper(names[k]);
            expand_subst(names[k], sets, ns, &ex, &nex);
            for (size_t e = 0; e < nex; e++) {
                if (add_name(d, ex[e], bc, 1, true, file, l.line) == 0 && no_plural) {
                    tb_seq *ph = &d->actors[d->n_actors - 1].phrase;
                    ph->v[ph->n - 1].mode = TB_EXACT;
                }
                free(ex[e]);
            }
            free(ex);
        }
        free_blocks(bc, nb);
    }
    for (size_t i = 0; i < ns; i++) {
        for (size_t j = 0; j < sets[i].n; j++) free(sets[i].alts[j]);
        free(sets[i].alts);
        free(sets[i].name);
    }
    free(sets);
    free(l.buf);
    fclose(l.f);
    return 0;
}

/* ------------------------------------------------------------ discards */

int pr_read_discards(tb_dict *d, const char *path, char *err, size_t n)
{
    lines l = {fopen(path, "r"), NULL, 0, 0, false};
    if (!l.f) { snprintf(err, n, "%s: cannot open", path); return -1; }
    const char *file = keep_name(d, path);
    char *s;
    tb_dated discard = {(char *)"###", 0, 0};
    while ((s = next_line(&l))) {
        char *semi = strchr(s, ';');
        if (semi) *semi = 0;
        s = trim(s);
        if (s[0] == '+') s = trim(s + 1);   /* story or sentence: both drop the record here */
        if (!*s) continue;
        upper(s);
        if (add_name(d, s, &discard, 1, false, file, l.line) == 0) d->actors[d->n_actors - 1].discard = true;
    }
    free(l.buf);
    fclose(l.f);
    return 0;
}

/* ------------------------------------------------------------ verbs */

/* Regular forms of a verb word: W, WS, WED, WING with the usual spelling. */
static int verb_forms(const char *w, char out[4][128])
{
    int n = (int)strlen(w);
    if (!n || n > 90) return 0;
    snprintf(out[0], 128, "%.90s", w);
    char last = w[n - 1];
    bool sib = last == 'S' || last == 'X' || last == 'Z' || (n > 1 && (w[n - 2] == 'C' || w[n - 2] == 'S') && last == 'H');
    if (last == 'Y' && n > 1 && !strchr("AEIOU", w[n - 2])) {
        snprintf(out[1], 128, "%.*sIES", n - 1, w);
        snprintf(out[2], 128, "%.*sIED", n - 1, w);
    } else {
        snprintf(out[1], 128, "%.90s%s", w, sib ? "ES" : "S");
        snprintf(out[2], 128, "%.90s%s", w, last == 'E' ? "D" : "ED");
    }
    if (last == 'E' && n > 2 && w[n - 2] != 'E') snprintf(out[3], 128, "%.*sING", n - 1, w);
    else snprintf(out[3], 128, "%.90sING", w);
    return 4;
}

typedef struct vphrase { char *pre; char *words; char *code; int line; } vphrase;

static int add_form_text(tb_dict *d, tb_verb *v, const char *text)
{
    tb_seq s[1];
    char why[256];
    if (tb_parse_phrase(d, text, s, 1, why, sizeof why) != 1) return -1;
    for (size_t i = 0; i < s->n; i++)
        if (s->v[i].type != TB_WORD) { tb_seq_free(s); return -1; }
    make_exact(s);
    for (size_t i = 1; i < s->n; i++) s->v[i].adj = true;
    v->forms = xrealloc(v->forms, (v->n_forms + 1) * sizeof *v->forms);
    v->forms[v->n_forms++] = s[0];
    return 0;
}

static int add_pattern_text(tb_dict *d, tb_verb *v, const char *text, const char *code, int order,
                            char *why, size_t nwhy)
{
    enum { MAX_SEQS = 512 };
    tb_seq *seqs = malloc(MAX_SEQS * sizeof *seqs);
    int k = seqs ? tb_parse_phrase(d, text, seqs, MAX_SEQS, why, nwhy) : -1;
    if (k < 0) { free(seqs); return -1; }
    for (int i = 0; i < k; i++) {
        tb_seq *s = &seqs[i];
        make_exact(s);
        if (d->opt.petrarch2)
            /* PETRARCH2 matches the head noun of a phrase: "ASSURANCE"
             * reads "assurances" */
            for (size_t j = 0; j < s->n; j++)
                if (s->v[j].type == TB_WORD) s->v[j].mode = TB_PLURAL;
        size_t star = s->n, stars = 0;
        for (size_t j = 0; j < s->n; j++) if (s->v[j].type == TB_VERB) { star = j; stars++; }
        if (stars != 1) {
            snprintf(why, nwhy, "needs exactly one \"*\"");
            for (int j = 0; j < k; j++) tb_seq_free(&seqs[j]);
            free(seqs);
            return -1;
        }
        tb_pattern p;
        memset(&p, 0, sizeof p);
        for (size_t j = star; j-- > 0;) {
            tb_item it = s->v[j];
            it.adj = s->v[j + 1].adj;
            it.word = it.word ? xstrdup(it.word) : NULL;
            p.before.v = xrealloc(p.before.v, (p.before.n + 1) * sizeof(tb_item));
            p.before.v[p.before.n++] = it;
        }
        for (size_t j = star + 1; j < s->n; j++) {
            tb_item it = s->v[j];
            it.word = it.word ? xstrdup(it.word) : NULL;
            p.after.v = xrealloc(p.after.v, (p.after.n + 1) * sizeof(tb_item));
            p.after.v[p.after.n++] = it;
        }
        for (size_t j = 0; j < s->n; j++)
            if (s->v[j].type == TB_WORD) p.score += (int)strlen(s->v[j].word);
            else if (s->v[j].type != TB_VERB) p.score += 1;
        p.code = xstrdup(code);
        p.order = order;
        v->pats = xrealloc(v->pats, (v->n_pats + 1) * sizeof *v->pats);
        v->pats[v->n_pats++] = p;
    }
    for (int j = 0; j < k; j++) tb_seq_free(&seqs[j]);
    free(seqs);
    return 0;
}

/* PETRARCH2 keeps patterns in a tree of words, where a pattern listed
 * again replaces the earlier one: among equals the last listed wins. */
static bool later_wins;

static int pattern_cmp(const void *a, const void *b)
{
    const tb_pattern *x = a, *y = b;
    if (x->score != y->score) return y->score - x->score;
    return later_wins ? y->order - x->order : x->order - y->order;
}

typedef struct block {
    char *code;
    vphrase *ph; size_t n_ph;
    char **pat_text; char **pat_code; int *pat_line; size_t n_pat;
    char **forms; size_t n_forms;   /* "{...}" of the phrase on the same line */
    size_t *form_owner;
} block;

static void block_clear(block *b)
{
    free(b->code);
    for (size_t i = 0; i < b->n_ph; i++) { free(b->ph[i].pre); free(b->ph[i].words); free(b->ph[i].code); }
    free(b->ph);
    for (size_t i = 0; i < b->n_pat; i++) { free(b->pat_text[i]); free(b->pat_code[i]); }
    free(b->pat_text); free(b->pat_code); free(b->pat_line);
    for (size_t i = 0; i < b->n_forms; i++) free(b->forms[i]);
    free(b->forms); free(b->form_owner);
    memset(b, 0, sizeof *b);
}

/* Splits "WIRE_+TAP" into pre "WIRE" and words "TAP"; "CALLED_ON" has no pre. */
static void split_plus(const char *t, char **pre, char **words)
{
    const char *plus = strchr(t, '+');
    if (!plus) { *pre = NULL; *words = xstrdup(t); return; }
    size_t k = (size_t)(plus - t);
    while (k && t[k - 1] == '_') k--;
    *pre = k ? strndup(t, k) : NULL;
    *words = xstrdup(plus + 1);
}

/* Turns one verb block into verbs: one per phrase, each with the block's
 * patterns; a phrase with words before its verb ("WIRE_+TAP") needs them,
 * so its verb has a null code and patterns that start with those words. */
static void flush_block(tb_dict *d, block *b, const char *file)
{
    for (size_t p = 0; p < b->n_ph; p++) {
        vphrase *ph = &b->ph[p];
        const char *code = ph->code ? ph->code : b->code ? b->code : "---";
        if (d->n_verbs == d->cap_verbs) {
            d->cap_verbs = d->cap_verbs ? 2 * d->cap_verbs : 64;
            d->verbs = xrealloc(d->verbs, d->cap_verbs * sizeof *d->verbs);
        }
        tb_verb *v = &d->verbs[d->n_verbs];
        memset(v, 0, sizeof *v);
        v->file = file;
        v->line = ph->line;
        /* forms: given ones, else the regular ones of the first word */
        bool given = false;
        for (size_t f = 0; f < b->n_forms; f++) {
            if (b->form_owner[f] != p) continue;
            char *pre = NULL, *words = NULL;
            split_plus(b->forms[f], &pre, &words);
            add_form_text(d, v, words);
            free(pre);
            free(words);
            given = true;
        }
        char first[96];
        snprintf(first, sizeof first, "%.*s", (int)strcspn(ph->words, "_ "), ph->words);
        const char *rest = ph->words + strlen(first);
        char forms[4][128];
        int nf = given ? 1 : verb_forms(first, forms);
        if (given) snprintf(forms[0], 128, "%s", first);
        for (int f = 0; f < nf; f++) {
            char text[512];
            snprintf(text, sizeof text, "%s%s", forms[f], rest);
            add_form_text(d, v, text);
        }
        if (!v->n_forms) {
            warn(d, file, ph->line, "verb phrase has no usable words");
            continue;
        }
        int order = 0;
        if (ph->pre) {
            v->code = xstrdup("---");
            char text[512];
            snprintf(text, sizeof text, "%s_*", ph->pre);
            char why[256];
            add_pattern_text(d, v, text, code, order++, why, sizeof why);
        } else {
            v->code = xstrdup(code);
        }
        for (size_t k = 0; k < b->n_pat; k++) {
            char text[1024];
            const char *pt = b->pat_text[k];
            if (ph->pre) {
                /* put the phrase's own words just before "*" */
                const char *star = strchr(pt, '*');
                if (!star) continue;
                snprintf(text, sizeof text, "%.*s%s_%s", (int)(star - pt), pt, ph->pre, star);
            } else {
                snprintf(text, sizeof text, "%s", pt);
            }
            char why[256];
            if (add_pattern_text(d, v, text, b->pat_code[k], order++, why, sizeof why) < 0 && !ph->pre) {
                char m[1400];
                snprintf(m, sizeof m, "pattern \"%s\": %s", pt, why);
                warn(d, file, b->pat_line[k], m);
            }
        }
        later_wins = d->opt.petrarch2;
        if (v->n_pats > 1) qsort(v->pats, v->n_pats, sizeof *v->pats, pattern_cmp);
        d->n_verbs++;
    }
    block_clear(b);
}

static char *take_code(char *s)
{
    char *open = strrchr(s, '[');
    if (!open) return NULL;
    char *close = strchr(open, ']');
    if (!close) return NULL;
    *close = 0;
    char *c = trim(open + 1);
    *open = 0;
    return *c ? xstrdup(c) : NULL;
}

typedef struct vkey { char key[160]; size_t idx; } vkey;

static int vkey_cmp(const void *a, const void *b)
{
    const vkey *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : (x->idx < y->idx ? -1 : x->idx > y->idx);
}

/* PETRARCH lets one verb appear in several blocks ("--- SHOT [---] ---" and
 * "--- SHOT [223] ---"); their patterns are pooled under the first, which
 * takes the first non-null code. */
static void merge_duplicate_verbs(tb_dict *d, size_t from)
{
    size_t nv = d->n_verbs - from;
    if (nv < 2) return;
    vkey *k = xrealloc(NULL, nv * sizeof *k);
    for (size_t i = 0; i < nv; i++) {
        const tb_seq *f = &d->verbs[from + i].forms[0];
        k[i].key[0] = 0;
        for (size_t j = 0; j < f->n; j++) {
            size_t len = strlen(k[i].key);
            snprintf(k[i].key + len, sizeof k[i].key - len, "%s%s", j ? " " : "", f->v[j].word);
        }
        k[i].idx = from + i;
    }
    qsort(k, nv, sizeof *k, vkey_cmp);
    bool *gone = calloc(d->n_verbs, sizeof *gone);
    for (size_t i = 1; i < nv; i++) {
        size_t j = i;
        while (j > 0 && !strcmp(k[j - 1].key, k[i].key)) j--;
        if (j == i) continue;
        tb_verb *keep = &d->verbs[k[j].idx], *dup = &d->verbs[k[i].idx];
        keep->pats = xrealloc(keep->pats, (keep->n_pats + dup->n_pats) * sizeof *keep->pats);
        for (size_t p = 0; p < dup->n_pats; p++) {
            keep->pats[keep->n_pats] = dup->pats[p];
            keep->pats[keep->n_pats++].order += 10000;
        }
        dup->n_pats = 0;
        if (!strcmp(keep->code, "---") && strcmp(dup->code, "---")) {
            free(keep->code);
            keep->code = dup->code;
            dup->code = NULL;
        }
        later_wins = d->opt.petrarch2;
        if (keep->n_pats > 1) qsort(keep->pats, keep->n_pats, sizeof *keep->pats, pattern_cmp);
        gone[k[i].idx] = true;
    }
    size_t w = from;
    for (size_t i = from; i < d->n_verbs; i++) {
        if (gone[i]) {
            tb_verb *v = &d->verbs[i];
            for (size_t f = 0; f < v->n_forms; f++) tb_seq_free(&v->forms[f]);
            free(v->forms);
            free(v->pats);
            free(v->code);
            continue;
        }
        d->verbs[w++] = d->verbs[i];
    }
    d->n_verbs = w;
    free(gone);
    free(k);
}

/* ------------------------------------------------------------ PETRARCH2 */

/* The verb words a transformation names, until the verbs are all read. */
typedef struct tr_names { char up[64], low[64]; } tr_names;

static int read_transform(tb_dict *d, const char *text, tr_names **names, size_t *n_names)
{
    char buf[512], *tok[12];
    snprintf(buf, sizeof buf, "%s", text);
    for (char *c = buf; *c; c++) if (strchr("()=", *c)) *c = ' ';
    int nt = 0;
    char *save = NULL;
    for (char *w = strtok_r(buf, " \t", &save); w && nt < 12; w = strtok_r(NULL, " \t", &save)) tok[nt++] = w;
    /* a S T LOW UP X Y CODE */
    if (nt != 8 || strcmp(tok[0], "A")) return -1;
    tb_transform t;
    memset(&t, 0, sizeof t);
    char *role[4] = {tok[1], tok[2], tok[5], tok[6]};
    char *slot[4] = {&t.s, &t.t, &t.rs, &t.rt};
    for (int i = 0; i < 4; i++) {
        if (strlen(role[i]) != 1 || !strchr("AB_.", role[i][0])) return -1;
        *slot[i] = (char)tolower((unsigned char)role[i][0]);
    }
    if (!strchr("ab", t.rs) || !strchr("ab", t.rt)) return -1;
    if (strcmp(tok[7], "Q")) {
        if (strspn(tok[7], "0123456789") != strlen(tok[7]) || strlen(tok[7]) >= sizeof t.code) return -1;
        snprintf(t.code, sizeof t.code, "%s", tok[7]);
    }
    d->tr = xrealloc(d->tr, (d->n_tr + 1) * sizeof *d->tr);
    d->tr[d->n_tr++] = t;
    *names = xrealloc(*names, (*n_names + 1) * sizeof **names);
    snprintf((*names)[*n_names].up, sizeof (*names)[0].up, "%s", tok[4]);
    snprintf((*names)[*n_names].low, sizeof (*names)[0].low, "%s", strcmp(tok[3], "Q") ? tok[3] : "");
    (*n_names)++;
    return 0;
}

/* The code of the verb whose root is the single word w, or NULL. */
static const char *verb_code(const tb_dict *d, const char *w)
{
    for (size_t i = 0; i < d->n_verbs; i++)
        for (size_t k = 0; k < d->verbs[i].n_forms; k++) {
            const tb_seq *f = &d->verbs[i].forms[k];
            if (f->n == 1 && !strcmp(f->v[0].word, w)) return d->verbs[i].code;
        }
    return NULL;
}

/* Transformations name verbs; they apply to the verbs' codes. */
static void resolve_transforms(tb_dict *d, tr_names *names, size_t n_names)
{
    size_t first = d->n_tr - n_names, w = first;
    for (size_t i = 0; i < n_names; i++) {
        tb_transform t = d->tr[first + i];
        const char *up = verb_code(d, names[i].up);
        const char *low = names[i].low[0] ? verb_code(d, names[i].low) : "";
        /* a verb without a code ("WILL_ATTACK", "ATTEMPT [---]") never matches */
        if (!up || !low || !strcmp(up, "---") || !strcmp(low, "---")) continue;
        snprintf(t.up, sizeof t.up, "%.*s", (int)strcspn(up, ":"), up);
        snprintf(t.low, sizeof t.low, "%.*s", (int)strcspn(low, ":"), low);
        d->tr[w++] = t;
    }
    d->n_tr = w;
    free(names);
}

/* "0x1000", "-0xFFFF+0x0070", "0x1007f#0xFFFF+0x0080#...": the first value. */
static bool pico_value(const char *s, long *val)
{
    long v = 0;
    int sign = 1, terms = 0;
    while (*s && *s != '#') {
        if (isspace((unsigned char)*s)) { s++; continue; }
        if (*s == '-' || *s == '+') {
            /* "0x1000-0xFFFF" is a difference too */
            sign = *s == '-' ? -1 : 1;
            s++;
            continue;
        }
        char *e;
        long t = strtol(s, &e, 16);
        if (e == s) return false;
        v += sign * t;
        sign = 1;
        terms++;
        s = e;
    }
    *val = v;
    return terms > 0;
}

int pr_read_ontology(tb_dict *d, const char *path, char *err, size_t n)
{
    lines l = {fopen(path, "r"), NULL, 0, 0, false};
    if (!l.f) { snprintf(err, n, "%s: cannot open", path); return -1; }
    const char *file = keep_name(d, path);
    char *s;
    while ((s = next_line(&l))) {
        if (!*s || !strncmp(s, "---:", 4)) continue;   /* the null code is 0 anyway */
        char *colon = strchr(s, ':');
        long v;
        /* next_line cut the line at its first "#"; the value is before it */
        if (!colon || colon == s || (size_t)(colon - s) >= sizeof d->pico[0].code ||
            strspn(s, "0123456789") != (size_t)(colon - s) || !pico_value(colon + 1, &v)) {
            warn(d, file, l.line, "ontology line must read CODE:VALUE");
            continue;
        }
        d->pico = xrealloc(d->pico, (d->n_pico + 1) * sizeof *d->pico);
        snprintf(d->pico[d->n_pico].code, sizeof d->pico[0].code, "%.*s", (int)(colon - s), s);
        d->pico[d->n_pico++].val = v;
    }
    free(l.buf);
    fclose(l.f);
    return 0;
}

bool pr_pico(const tb_dict *d, const char *code, long *val)
{
    char c[16];
    snprintf(c, sizeof c, "%.*s", (int)strcspn(code, ":!?"), code);
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < d->n_pico; i++)
            if (!strcmp(d->pico[i].code, c)) { *val = d->pico[i].val; return true; }
        if (strlen(c) < 3) break;
        c[2] = '0';
        c[3] = 0;
    }
    return false;
}

const char *pr_cameo(const tb_dict *d, long val)
{
    for (size_t i = 0; i < d->n_pico; i++)
        if (d->pico[i].val == val && strlen(d->pico[i].code) >= 3) return d->pico[i].code;
    return NULL;
}

int pr_read_verbs(tb_dict *d, const char *path, char *err, size_t n)
{
    size_t first_verb = d->n_verbs;
    lines l = {fopen(path, "r"), NULL, 0, 0, false};
    if (!l.f) { snprintf(err, n, "%s: cannot open", path); return -1; }
    const char *file = keep_name(d, path);
    block b;
    memset(&b, 0, sizeof b);
    tr_names *tr_words = NULL;
    size_t n_tr_words = 0;
    tb_synset *syn = NULL;
    bool in_block = false;
    char *s;
    while ((s = next_line(&l))) {
        if (!*s) { syn = NULL; continue; }
        upper(s);
        if (s[0] == '&') {
            if (d->n_syn == d->cap_syn) {
                d->cap_syn = d->cap_syn ? 2 * d->cap_syn : 16;
                d->syn = xrealloc(d->syn, d->cap_syn * sizeof *d->syn);
            }
            syn = &d->syn[d->n_syn++];
            memset(syn, 0, sizeof *syn);
            syn->name = xstrdup(trim(s + 1));
            size_t nl = strlen(syn->name);
            while (nl && syn->name[nl - 1] == '_') syn->name[--nl] = 0;   /* "&AUXVERB1_" */
            continue;
        }
        if (s[0] == '+' && syn) {
            syn->members = xrealloc(syn->members, (syn->n + 1) * sizeof *syn->members);
            syn->members[syn->n++] = xstrdup(trim(s + 1));
            continue;
        }
        syn = NULL;
        if (s[0] == '~') {
            /* PETRARCH2: "~ a (a b ATTACK) SAY = a b 015" */
            if (read_transform(d, s + 1, &tr_words, &n_tr_words) < 0)
                warn(d, file, l.line, "transformation must read \"~ a (S T VERB) VERB = X Y CODE\"");
            continue;
        }
        if (!strncmp(s, "---", 3)) {
            if (in_block) flush_block(d, &b, file);
            in_block = true;
            size_t len = strlen(s);
            if (len >= 6 && !strcmp(s + len - 3, "---")) s[len - 3] = 0;
            b.code = take_code(s + 3);
            if (!b.code) warn(d, file, l.line, "verb block header needs [CODE]");
            continue;
        }
        if (!in_block) { warn(d, file, l.line, "text before the first --- VERB [CODE] --- block"); continue; }
        if (s[0] == '-') {
            char *code = take_code(s);
            if (!code) { warn(d, file, l.line, "pattern: no [code]"); continue; }
            char *t = trim(s + 1);
            /* PETRARCH2 marks phrases with ( ) and { }; without a parse they
             * are plain word sequences */
            for (char *c = t; *c; c++) if (strchr("(){}", *c)) *c = ' ';
            if (!strchr(t, '*')) { warn(d, file, l.line, "pattern needs a \"*\""); free(code); continue; }
            b.pat_text = xrealloc(b.pat_text, (b.n_pat + 1) * sizeof *b.pat_text);
            b.pat_code = xrealloc(b.pat_code, (b.n_pat + 1) * sizeof *b.pat_code);
            b.pat_line = xrealloc(b.pat_line, (b.n_pat + 1) * sizeof *b.pat_line);
            b.pat_text[b.n_pat] = xstrdup(t);
            b.pat_code[b.n_pat] = code;
            b.pat_line[b.n_pat++] = l.line;
            continue;
        }
        /* a verb phrase: "BREAK { BROKE BROKEN }", "+CORDON_OFF", "KLM_NOP_+RST [002]" */
        char *t = s[0] == '+' ? trim(s + 1) : s;
        char *code = take_code(t);
        char *brace = strchr(t, '{');
        if (brace) {
            char *close = strchr(brace, '}');
            if (!close) { warn(d, file, l.line, "\"{\" without \"}\""); free(code); continue; }
            *close = 0;
            char *save = NULL;
            for (char *w = strtok_r(brace + 1, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
                b.forms = xrealloc(b.forms, (b.n_forms + 1) * sizeof *b.forms);
                b.form_owner = xrealloc(b.form_owner, (b.n_forms + 1) * sizeof *b.form_owner);
                b.forms[b.n_forms] = xstrdup(w[0] == '+' ? w + 1 : w);
                b.form_owner[b.n_forms++] = b.n_ph;
            }
            *brace = 0;
        }
        t = trim(t);
        if (!*t) { free(code); continue; }
        b.ph = xrealloc(b.ph, (b.n_ph + 1) * sizeof *b.ph);
        vphrase *ph = &b.ph[b.n_ph++];
        split_plus(t, &ph->pre, &ph->words);
        ph->code = code;
        ph->line = l.line;
    }
    if (in_block) flush_block(d, &b, file);
    merge_duplicate_verbs(d, first_verb);
    resolve_transforms(d, tr_words, n_tr_words);
    free(l.buf);
    fclose(l.f);
    return 0;
}

void pr_options(tb_options *o)
{
    /* PETRARCH's shipped configuration (PETR_config.ini) */
    o->comma_min = 2; o->comma_max = 8;
    o->comma_bmin = 0; o->comma_bmax = 0;
    o->comma_emin = 2; o->comma_emax = 8;
    o->min_words = 0;
    o->treebank = true;
    o->petrarch = true;
}
