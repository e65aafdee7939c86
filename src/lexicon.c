/* lexicon.c — load sitrep's lexicon files and match them against tokens.
 *
 * Every lexicon is a text file of entries "phrase<TAB>key=value...".  All
 * files are loaded into one store; each entry carries the kind of the file
 * it came from ("trigger", "weapon", "agent", "country", ...).  Matching is
 * by first word: a hash table maps "kind\x1fword" to the entries whose
 * phrase starts with that word, longest first, so the matcher tries only a
 * handful of candidates per token and returns the longest phrase.  A phrase
 * word matches a token when it equals the token's lemma or its normalised
 * form, so lexicons are written in base forms ("katyusha rocket").
 */
#include "internal.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct bucket {
    char *key;              /* "kind\x1fword" */
    sr_lex_entry **v;       /* entries, longest phrase first */
    size_t n, cap;
} bucket;

struct sr_lexicon {
    sr_lex_entry **entries; size_t n, cap;
    bucket *tab; size_t tab_cap, tab_n;
    char **strings; size_t n_strings, cap_strings;  /* owned strings */
    /* per-kind entry lists for sr_lexicon_entries */
    struct { char *kind; const sr_lex_entry **v; size_t n, cap; } *kinds;
    size_t n_kinds;
};

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static char *own(sr_lexicon *lx, char *s)
{
    if (lx->n_strings == lx->cap_strings) {
        lx->cap_strings = lx->cap_strings ? lx->cap_strings * 2 : 1024;
        lx->strings = sr_xrealloc(lx->strings, lx->cap_strings * sizeof *lx->strings);
    }
    lx->strings[lx->n_strings++] = s;
    return s;
}

sr_lexicon *sr_lexicon_new(void)
{
    sr_lexicon *lx = sr_xcalloc(1, sizeof *lx);
    lx->tab_cap = 4096;
    lx->tab = sr_xcalloc(lx->tab_cap, sizeof *lx->tab);
    return lx;
}

static bucket *find_bucket(const sr_lexicon *lx, const char *key)
{
    size_t i = hash_str(key) & (lx->tab_cap - 1);
    while (lx->tab[i].key) {
        if (!strcmp(lx->tab[i].key, key)) return &lx->tab[i];
        i = (i + 1) & (lx->tab_cap - 1);
    }
    return NULL;
}

static void grow_table(sr_lexicon *lx)
{
    size_t old_cap = lx->tab_cap;
    bucket *old = lx->tab;
    lx->tab_cap *= 2;
    lx->tab = sr_xcalloc(lx->tab_cap, sizeof *lx->tab);
    for (size_t i = 0; i < old_cap; i++) {
        if (!old[i].key) continue;
        size_t j = hash_str(old[i].key) & (lx->tab_cap - 1);
        while (lx->tab[j].key) j = (j + 1) & (lx->tab_cap - 1);
        lx->tab[j] = old[i];
    }
    free(old);
}

static bucket *get_bucket(sr_lexicon *lx, const char *key)
{
    bucket *b = find_bucket(lx, key);
    if (b) return b;
    if ((lx->tab_n + 1) * 2 > lx->tab_cap) grow_table(lx);
    size_t i = hash_str(key) & (lx->tab_cap - 1);
    while (lx->tab[i].key) i = (i + 1) & (lx->tab_cap - 1);
    lx->tab[i].key = sr_xstrdup(key);
    lx->tab_n++;
    return &lx->tab[i];
}

/* Split a phrase into words with the tokenizer itself, so that an entry
 * always reads as the same tokens as the text it should match ("Kurdistan
 * Workers' Party", "SLM/A", "U.S.-led coalition").  Words are the tokens'
 * normalised forms. */
static int split_phrase(sr_lexicon *lx, const char *p, const char ***out)
{
    /* plain words (letters and single spaces: most entries) read the same
     * split at spaces and lower-cased, without the tokenizer's cost */
    bool plain = *p != 0;
    for (const char *q = p; *q && plain; q++)
        plain = ((*q | 0x20) >= 'a' && (*q | 0x20) <= 'z') || (*q == ' ' && q > p && q[-1] != ' ' && q[1]);
    if (plain) {
        int n = 1;
        for (const char *q = p; *q; q++) n += *q == ' ';
        const char **w = sr_xcalloc((size_t)n, sizeof *w);
        const char *b = p;
        for (int k = 0; k < n; k++) {
            const char *e = strchr(b, ' ');
            size_t len = e ? (size_t)(e - b) : strlen(b);
            char *word = sr_xstrndup(b, len);
            for (char *c = word; *c; c++) *c = (char)tolower((unsigned char)*c);
            w[k] = own(lx, word);
            b = e ? e + 1 : b + len;
        }
        *out = w;
        return n;
    }
    sr_tokens t;
    memset(&t, 0, sizeof t);
    size_t len = strlen(p);
    sr_segment(p, len, &t);
    sr_tokenize(p, len, &t);
    const char **w = t.n ? sr_xcalloc(t.n, sizeof *w) : NULL;
    for (size_t i = 0; i < t.n; i++) w[i] = own(lx, sr_xstrdup(t.tok[i].norm));
    int n = (int)t.n;
    sr_tokens_free(&t);
    *out = w;
    return n;
}

static void add_kind_entry(sr_lexicon *lx, sr_lex_entry *e)
{
    size_t k;
    for (k = 0; k < lx->n_kinds; k++)
        if (!strcmp(lx->kinds[k].kind, e->kind)) break;
    if (k == lx->n_kinds) {
        lx->kinds = sr_xrealloc(lx->kinds, (lx->n_kinds + 1) * sizeof *lx->kinds);
        memset(&lx->kinds[k], 0, sizeof lx->kinds[k]);
        lx->kinds[k].kind = sr_xstrdup(e->kind);
        lx->n_kinds++;
    }
    if (lx->kinds[k].n == lx->kinds[k].cap) {
        lx->kinds[k].cap = lx->kinds[k].cap ? lx->kinds[k].cap * 2 : 64;
        lx->kinds[k].v = sr_xrealloc(lx->kinds[k].v, lx->kinds[k].cap * sizeof *lx->kinds[k].v);
    }
    lx->kinds[k].v[lx->kinds[k].n++] = e;
}

int sr_lexicon_load(sr_lexicon *lx, const char *path, const char *kind,
                    char *err, size_t errlen)
{
    size_t len;
    char *data = sr_read_file(path, &len);
    if (!data) {
        snprintf(err, errlen, "%s: cannot read lexicon", path);
        return -1;
    }
    if (memchr(data, 0, len)) {
        snprintf(err, errlen, "%s: NUL byte in lexicon", path);
        free(data);
        return -1;
    }
    const char *kind_s = own(lx, sr_xstrdup(kind));
    const char *file_s = own(lx, sr_xstrdup(path));
    int line = 0;
    int rc = 0;
    for (char *p = data, *nl; p && *p; p = nl ? nl + 1 : NULL) {
        nl = strchr(p, '\n');
        if (nl) *nl = 0;
        line++;
        size_t l = strlen(p);
        if (l && p[l - 1] == '\r') p[--l] = 0;
        if (*p == '#' || l == 0) continue;
        char *tab = strchr(p, '\t');
        size_t plen = tab ? (size_t)(tab - p) : l;
        while (plen && p[plen - 1] == ' ') plen--;
        if (plen == 0) {
            snprintf(err, errlen, "%s:%d: empty phrase", path, line);
            rc = -1;
            break;
        }
        sr_lex_entry *e = sr_xcalloc(1, sizeof *e);
        e->phrase = own(lx, sr_xstrndup(p, plen));
        e->kind = kind_s;
        e->file = file_s;
        e->line = line;
        /* attributes */
        int acap = 0;
        for (char *a = tab; a && *a;) {
            a++;
            char *next = strchr(a, '\t');
            size_t al = next ? (size_t)(next - a) : strlen(a);
            if (al) {
                char *eq = memchr(a, '=', al);
                if (!eq) {
                    snprintf(err, errlen, "%s:%d: attribute \"%.*s\" is not key=value",
                             path, line, (int)al, a);
                    free(e);
                    rc = -1;
                    goto done;
                }
                if (e->n_attr == acap) {
                    acap = acap ? acap * 2 : 4;
                    e->attr = sr_xrealloc(e->attr, (size_t)acap * sizeof *e->attr);
                }
                e->attr[e->n_attr].key = own(lx, sr_xstrndup(a, (size_t)(eq - a)));
                e->attr[e->n_attr].val = own(lx, sr_xstrndup(eq + 1, al - (size_t)(eq - a) - 1));
                e->n_attr++;
            }
            a = next;
        }
        e->n_words = split_phrase(lx, e->phrase, &e->words);
        {
            const char *ce = sr_lex_get(e, "case");
            e->case_exact = ce && !strcmp(ce, "exact");
        }
        if (e->n_words == 0) {
            snprintf(err, errlen, "%s:%d: phrase has no words", path, line);
            free(e->attr);
            free(e->words);
            free(e);
            rc = -1;
            break;
        }
        if (lx->n == lx->cap) {
            lx->cap = lx->cap ? lx->cap * 2 : 1024;
            lx->entries = sr_xrealloc(lx->entries, lx->cap * sizeof *lx->entries);
        }
        lx->entries[lx->n++] = e;
        add_kind_entry(lx, e);
        char key[256];
        snprintf(key, sizeof key, "%s\x1f%s", kind, e->words[0]);
        bucket *b = get_bucket(lx, key);
        if (b->n == b->cap) {
            b->cap = b->cap ? b->cap * 2 : 4;
            b->v = sr_xrealloc(b->v, b->cap * sizeof *b->v);
        }
        /* keep longest first (stable for equal lengths: file order) */
        size_t pos = b->n;
        while (pos > 0 && b->v[pos - 1]->n_words < e->n_words) {
            b->v[pos] = b->v[pos - 1];
            pos--;
        }
        b->v[pos] = e;
        b->n++;
    }
done:
    free(data);
    return rc;
}

void sr_lexicon_free(sr_lexicon *lx)
{
    if (!lx) return;
    for (size_t i = 0; i < lx->n; i++) {
        free(lx->entries[i]->attr);
        free(lx->entries[i]->words);
        free(lx->entries[i]);
    }
    free(lx->entries);
    for (size_t i = 0; i < lx->tab_cap; i++) {
        free(lx->tab[i].key);
        free(lx->tab[i].v);
    }
    free(lx->tab);
    for (size_t i = 0; i < lx->n_strings; i++) free(lx->strings[i]);
    free(lx->strings);
    for (size_t k = 0; k < lx->n_kinds; k++) {
        free(lx->kinds[k].kind);
        free(lx->kinds[k].v);
    }
    free(lx->kinds);
    free(lx);
}

const char *sr_lex_get(const sr_lex_entry *e, const char *key)
{
    if (!e) return NULL;
    for (int i = 0; i < e->n_attr; i++)
        if (!strcmp(e->attr[i].key, key)) return e->attr[i].val;
    return NULL;
}

static bool word_matches(const char *w, const sr_token *t)
{
    return !strcmp(w, t->norm) || !strcmp(w, t->lemma);
}

static const sr_lex_entry *try_bucket(const bucket *b, const sr_tokens *t, uint32_t i,
                                      uint32_t e, uint32_t *end)
{
    if (!b) return NULL;
    for (size_t k = 0; k < b->n; k++) {
        const sr_lex_entry *en = b->v[k];
        if (i + (uint32_t)en->n_words > e) continue;
        bool ok = true;
        for (int w = 1; w < en->n_words && ok; w++)
            ok = word_matches(en->words[w], &t->tok[i + (uint32_t)w]);
        if (ok && t->text && en->case_exact) {
            /* "WHO" the agency, not "Who" the pronoun */
            uint32_t e2 = i + (uint32_t)en->n_words;
            size_t n = t->tok[e2 - 1].end - t->tok[i].start;
            ok = strlen(en->phrase) == n && !memcmp(en->phrase, t->text + t->tok[i].start, n);
        }
        if (ok) {
            *end = i + (uint32_t)en->n_words;
            return en;
        }
    }
    return NULL;
}

const sr_lex_entry *sr_lexicon_match_at(const sr_lexicon *lx, const char *kind,
                                        const sr_tokens *t, uint32_t i, uint32_t e,
                                        uint32_t *end)
{
    if (i >= e) return NULL;
    const sr_token *tok = &t->tok[i];
    char key[256];
    uint32_t e1 = 0, e2 = 0;
    size_t kl = strlen(kind);
    if (kl + 2 >= sizeof key) return NULL;
    memcpy(key, kind, kl);
    key[kl] = '\x1f';
    size_t wl = strlen(tok->norm);
    if (kl + 1 + wl >= sizeof key) return NULL;
    memcpy(key + kl + 1, tok->norm, wl + 1);
    const sr_lex_entry *a = try_bucket(find_bucket(lx, key), t, i, e, &e1);
    const sr_lex_entry *b = NULL;
    if (strcmp(tok->norm, tok->lemma)) {
        wl = strlen(tok->lemma);
        if (kl + 1 + wl >= sizeof key) return a ? (*end = e1, a) : NULL;
        memcpy(key + kl + 1, tok->lemma, wl + 1);
        b = try_bucket(find_bucket(lx, key), t, i, e, &e2);
    }
    if (a && (!b || e1 >= e2)) { *end = e1; return a; }
    if (b) { *end = e2; return b; }
    /* "twin-bombings", "drone-strikes": a one-word event, weapon or
     * casualty entry may match the part after the last hyphen (not actors:
     * "anti-government" names no government) */
    const char *dash = strrchr(tok->norm, '-');
    bool compounds = !strcmp(kind, "trigger") || !strcmp(kind, "weapon") || !strcmp(kind, "casualty");
    if (compounds && dash && dash[1] && dash != tok->norm) {
        char scratch[128];
        const char *parts[2] = {dash + 1, sr_lemma(dash + 1, scratch, sizeof scratch)};
        for (int k = 0; k < 2; k++) {
            wl = strlen(parts[k]);
            if (kl + 1 + wl >= sizeof key) continue;
            memcpy(key + kl + 1, parts[k], wl + 1);
            bucket *bk = find_bucket(lx, key);
            for (size_t q = 0; bk && q < bk->n; q++)
                if (bk->v[q]->n_words == 1) { *end = i + 1; return bk->v[q]; }
        }
    }
    return NULL;
}

size_t sr_lexicon_match(const sr_lexicon *lx, const char *kind, const sr_tokens *t,
                        uint32_t b, uint32_t e, sr_match *out, size_t max)
{
    size_t n = 0;
    for (uint32_t i = b; i < e && n < max;) {
        uint32_t end;
        const sr_lex_entry *en = sr_lexicon_match_at(lx, kind, t, i, e, &end);
        if (en) {
            out[n].e = en;
            out[n].tok_begin = i;
            out[n].tok_end = end;
            n++;
            i = end;
        } else {
            i++;
        }
    }
    return n;
}

size_t sr_lexicon_entries(const sr_lexicon *lx, const char *kind, const sr_lex_entry ***out)
{
    for (size_t k = 0; k < lx->n_kinds; k++)
        if (!strcmp(lx->kinds[k].kind, kind)) {
            *out = lx->kinds[k].v;
            return lx->kinds[k].n;
        }
    *out = NULL;
    return 0;
}

/* ------------------------------------------------------------ checking
 * `sitrep lexicon check`: every entry against its file's schema (which
 * keys it may carry and which values they take), entries that repeat or
 * contradict an earlier one of the same kind (only the first is ever
 * matched), references between lexicons (a group's parent and country, a
 * country's code), and entries that can never match: the entry's own
 * phrase, tokenized as an article would be, must match it. */

typedef struct key_rule {
    const char *kind, *key;
    bool required;
    const char *values;     /* "|a|b|c|" allowed values; NULL: free text */
} key_rule;

static const key_rule RULES[] = {
    {"trigger", "class", true, "|attack|kill|clash|shell|air|explode|suicide|abduct|arrest|protest|"
                               "riot|disperse|loot|agree|seize|statement|threat|talks|"
                               "protest_arrest|sexual|disrupt|ignore|base|transfer|group_change|"},
    {"trigger", "cameo", true, NULL},
    {"trigger", "pos", false, "|v|n|"},
    {"trigger", "needs", false, "|weapon|munition|victim|crowd|place|"},
    {"trigger", "scope", false, "|all|"},
    {"trigger", "evident", false, "|yes|"},
    {"weapon", "class", true, "|rocket|mortar|artillery|missile|drone|airstrike|bomb|ied|explosive|"
                              "landmine|car_bomb|suicide|grenade|small_arms|blade|crude|arson|"
                              "tear_gas|crowd_control|chemical|vehicle_ramming|"},
    {"weapon", "name", false, NULL},
    {"weapon", "sub", false, "|shelling|air|remote|suicide|grenade|none|chemical|"},
    {"weapon", "launched", false, "|yes|no|"},
    {"weapon", "weak", false, "|yes|"},
    {"agent", "class", true, "|military|police|security|rebel|militia|armed_unknown|gang|protester|"
                             "rioter|civilian|government|political|source|detainee|settler|"
                             "igo_force|"},
    {"agent", "role", false, NULL},
    {"agent", "weak", false, "|yes|"},
    {"group", "id", true, NULL},
    {"group", "class", true, "|rebel|gov|party|military|police|militia|ngo|igo|gang|"},
    {"group", "canonical", false, NULL},
    {"group", "country", false, NULL},
    {"group", "parent", false, NULL},
    {"group", "ambiguous", false, "|yes|"},
    {"group", "case", false, "|exact|"},
    {"country", "iso2", true, NULL},
    {"country", "type", true, "|name|demonym|capital|"},
    {"country", "canonical", false, "|yes|"},
    {"country", "ambiguous", false, "|yes|"},
    {"country", "case", false, "|exact|"},
    {"country", "lat", false, NULL},
    {"country", "lon", false, NULL},
    {"casualty", "type", true, "|killed|injured|both|abducted|"},
    {"casualty", "dir", false, "|before|after|both|"},
    {"casualty", "after_verb", false, "|yes|"},
    {"placestop", "reason", false, NULL},
    {"context", "context", true, "|accident|sport|business|fiction|"},
    {NULL, NULL, false, NULL}};

typedef struct check_ctx {
    FILE *out;
    int errors, warnings;
} check_ctx;

static void report(check_ctx *c, const sr_lex_entry *e, bool error, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void report(check_ctx *c, const sr_lex_entry *e, bool error, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(c->out, "%s:%d: %s: \"%s\": ", e->file, e->line, error ? "error" : "warning", e->phrase);
    vfprintf(c->out, fmt, ap);
    fputc('\n', c->out);
    va_end(ap);
    if (error) c->errors++;
    else c->warnings++;
}

static bool value_allowed(const char *values, const char *v)
{
    char pat[96];
    snprintf(pat, sizeof pat, "|%s|", v);
    return strstr(values, pat) != NULL;
}

static bool is_number(const char *s, double lo, double hi)
{
    char *end;
    double v = strtod(s, &end);
    return end != s && *end == 0 && v >= lo && v <= hi;
}

static void check_schema(check_ctx *c, const sr_lex_entry *e)
{
    bool known_kind = false;
    for (const key_rule *r = RULES; r->kind; r++) {
        if (strcmp(r->kind, e->kind)) continue;
        known_kind = true;
        const char *v = sr_lex_get(e, r->key);
        if (!v && r->required) report(c, e, true, "missing %s=", r->key);
        if (v && r->values && !value_allowed(r->values, v))
            report(c, e, true, "%s=%s is not one of %s", r->key, v, r->values);
    }
    if (!known_kind) return;
    for (int i = 0; i < e->n_attr; i++) {
        bool ok = false;
        for (const key_rule *r = RULES; r->kind && !ok; r++)
            ok = !strcmp(r->kind, e->kind) && !strcmp(r->key, e->attr[i].key);
        if (!ok) report(c, e, true, "unknown key %s= for a %s entry", e->attr[i].key, e->kind);
    }
    const char *cameo = sr_lex_get(e, "cameo");
    if (cameo) {
        size_t n = strlen(cameo);
        bool digits = n >= 3 && n <= 4;
        for (size_t i = 0; i < n && digits; i++) digits = cameo[i] >= '0' && cameo[i] <= '9';
        int root = digits ? (cameo[0] - '0') * 10 + (cameo[1] - '0') : -1;
        if (!digits || root > 20) report(c, e, true, "cameo=%s is not a CAMEO code", cameo);
    }
    const char *lat = sr_lex_get(e, "lat"), *lon = sr_lex_get(e, "lon");
    if (lat && !is_number(lat, -90, 90)) report(c, e, true, "lat=%s is not a latitude", lat);
    if (lon && !is_number(lon, -180, 180)) report(c, e, true, "lon=%s is not a longitude", lon);
    const char *iso = sr_lex_get(e, "iso2");
    if (iso && sr_iso2_index(iso) < 0) report(c, e, true, "iso2=%s is not two capital letters", iso);
}

static bool same_words(const sr_lex_entry *x, const sr_lex_entry *y)
{
    if (x->n_words != y->n_words || x->case_exact != y->case_exact) return false;
    for (int i = 0; i < x->n_words; i++)
        if (strcmp(x->words[i], y->words[i])) return false;
    return !x->case_exact || !strcmp(x->phrase, y->phrase);
}

static bool same_attrs(const sr_lex_entry *x, const sr_lex_entry *y)
{
    if (x->n_attr != y->n_attr) return false;
    for (int i = 0; i < x->n_attr; i++) {
        const char *v = sr_lex_get(y, x->attr[i].key);
        if (!v || strcmp(v, x->attr[i].val)) return false;
    }
    return true;
}

/* An earlier entry of the same kind with the same words, or NULL. */
static const sr_lex_entry *earlier_twin(const sr_lexicon *lx, const sr_lex_entry *e)
{
    char key[256];
    snprintf(key, sizeof key, "%s\x1f%s", e->kind, e->words[0]);
    const bucket *b = find_bucket(lx, key);
    if (!b) return NULL;
    for (size_t i = 0; i < b->n && b->v[i] != e; i++)
        if (same_words(b->v[i], e)) return b->v[i];
    return NULL;
}

/* Does the entry match its own phrase, tokenized as article text is? */
static void check_reachable(check_ctx *c, const sr_lexicon *lx, const sr_lex_entry *e)
{
    if (!strcmp(e->kind, "lemma")) return;
    sr_tokens t;
    memset(&t, 0, sizeof t);
    size_t n = strlen(e->phrase);
    sr_segment(e->phrase, n, &t);
    sr_tokenize(e->phrase, n, &t);
    uint32_t end = 0;
    const sr_lex_entry *m = t.n ? sr_lexicon_match_at(lx, e->kind, &t, 0, (uint32_t)t.n, &end) : NULL;
    if (!m || end != t.n)
        report(c, e, true, "can never match: its own text reads as %zu token(s) and %s", t.n,
               m ? "a shorter entry matches" : "no entry matches");
    else if (m != e && !same_words(m, e))
        report(c, e, false, "its own text matches %s:%d \"%s\" instead", m->file, m->line, m->phrase);
    sr_tokens_free(&t);
}

int sr_lexicon_check(const sr_lexicon *lx, FILE *out, int *warnings)
{
    check_ctx c = {out, 0, 0};
    /* group ids, for parent references */
    const sr_lex_entry **gv;
    size_t gn = sr_lexicon_entries(lx, "group", &gv);
    const sr_lex_entry **cv;
    size_t cn = sr_lexicon_entries(lx, "country", &cv);
    bool have_cc[676] = {false};
    for (size_t k = 0; k < cn; k++) {
        int ix = sr_iso2_index(sr_lex_get(cv[k], "iso2"));
        if (ix >= 0) have_cc[ix] = true;
    }
    for (size_t i = 0; i < lx->n; i++) {
        const sr_lex_entry *e = lx->entries[i];
        check_schema(&c, e);
        const sr_lex_entry *twin = earlier_twin(lx, e);
        if (twin && same_attrs(twin, e))
            report(&c, e, false, "repeats %s:%d", twin->file, twin->line);
        else if (twin)
            report(&c, e, true, "contradicts %s:%d (same phrase, other attributes); only the first "
                               "is ever matched", twin->file, twin->line);
        else
            check_reachable(&c, lx, e);
        const char *parent = sr_lex_get(e, "parent");
        if (parent && !strcmp(e->kind, "group")) {
            bool found = false;
            for (size_t k = 0; k < gn && !found; k++) {
                const char *id = sr_lex_get(gv[k], "id");
                found = id && !strcmp(id, parent);
            }
            if (!found) report(&c, e, true, "parent=%s names no group id", parent);
        }
        const char *cc = sr_lex_get(e, "country");
        if (cc && *cc && !strcmp(e->kind, "group")) {
            int ix = sr_iso2_index(cc);
            if (ix < 0 || !have_cc[ix]) report(&c, e, true, "country=%s is not in countries.lex", cc);
        }
    }
    if (warnings) *warnings = c.warnings;
    return c.errors;
}
