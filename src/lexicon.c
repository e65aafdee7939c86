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

/* Normalise a phrase word the way tokens are normalised: lower case,
 * curly apostrophes plain. */
static char *norm_word(const char *s, size_t n)
{
    sr_buf b = {0};
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0x99 || (unsigned char)s[i + 2] == 0x98)) {
            sr_buf_addc(&b, '\'');
            i += 2;
            continue;
        }
        sr_buf_addc(&b, (char)tolower(c));
    }
    return sr_buf_steal(&b);
}

/* Split a phrase into words the way the tokenizer would: spaces separate,
 * a possessive 's and , ; : ( ) are words of their own. */
static int split_phrase(sr_lexicon *lx, const char *p, const char ***out)
{
    const char **w = NULL;
    int n = 0, cap = 0;
    size_t i = 0, len = strlen(p);
    while (i < len) {
        while (i < len && p[i] == ' ') i++;
        if (i >= len) break;
        size_t j = i;
        if (strchr(",;:()", p[i])) j = i + 1;
        else {
            while (j < len && p[j] != ' ' && !strchr(",;:()", p[j])) {
                if ((p[j] == '\'' ) && j + 1 < len && (p[j + 1] == 's') && (j + 2 >= len || p[j + 2] == ' ') && j > i)
                    break;
                j++;
            }
        }
        if (n == cap) {
            cap = cap ? cap * 2 : 4;
            w = sr_xrealloc(w, (size_t)cap * sizeof *w);
        }
        w[n++] = own(lx, norm_word(p + i, j - i));
        i = j;
    }
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
