/* lemma.c — English base forms by suffix rules plus an exception list.
 *
 * Rules (applied to lower-case words of four letters or more):
 *   -ies -> -y          casualties -> casualty, carried -> carry (-ied)
 *   -sses -> -ss; -ches/-shes/-xes/-zes -> drop "es"   clashes -> clash
 *   -s -> drop (not -ss, -us, -is)                      rockets -> rocket
 *   -ed, -ing -> drop, then undo consonant doubling (stopped -> stop,
 *   but shelled -> shell) and restore a silent e after a few stem endings
 *   (detonated -> detonate, seized -> seize, fired -> fire).
 * Whatever the rules get wrong is listed in data/lexicon/lemma.lex
 * (struck -> strike, bases -> base), loaded once per process into a
 * sorted table.  We chose rules over WordNet's morphy: the coder needs only
 * verbs and nouns of news, and a small owned list is faster to load and
 * easier to audit than WordNet's exception files.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { char *form, *lemma; } lemma_exc;
static lemma_exc *exc;
static size_t n_exc;

static int exc_cmp(const void *a, const void *b)
{
    return strcmp(((const lemma_exc *)a)->form, ((const lemma_exc *)b)->form);
}

int sr_lemma_load_exceptions(const char *path, char *err, size_t errlen)
{
    /* the file is a lexicon like the others ("form<TAB>lemma=base"); read
     * it with the lexicon loader and keep a sorted copy of the pairs */
    sr_lexicon *lx = sr_lexicon_new();
    if (sr_lexicon_load(lx, path, "lemma", err, errlen) != 0) {
        sr_lexicon_free(lx);
        return -1;
    }
    const sr_lex_entry **v;
    size_t n = sr_lexicon_entries(lx, "lemma", &v);
    for (size_t i = 0; i < n; i++)
        if (!sr_lex_get(v[i], "lemma")) {
            snprintf(err, errlen, "%s:%d: expected \"form<TAB>lemma=base\"", path, v[i]->line);
            sr_lexicon_free(lx);
            return -1;
        }
    sr_lemma_free();
    exc = sr_xcalloc(n ? n : 1, sizeof *exc);
    for (size_t i = 0; i < n; i++) {
        exc[i].form = sr_xstrdup(v[i]->phrase);
        exc[i].lemma = sr_xstrdup(sr_lex_get(v[i], "lemma"));
    }
    n_exc = n;
    sr_lexicon_free(lx);
    if (n_exc > 1) qsort(exc, n_exc, sizeof *exc, exc_cmp);
    return 0;
}

void sr_lemma_free(void)
{
    for (size_t i = 0; i < n_exc; i++) {
        free(exc[i].form);
        free(exc[i].lemma);
    }
    free(exc);
    exc = NULL;
    n_exc = 0;
}

static bool ends(const char *w, size_t n, const char *suf)
{
    size_t m = strlen(suf);
    return n >= m && memcmp(w + n - m, suf, m) == 0;
}

static bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

/* Stem after -ed/-ing removal: undo doubling, restore silent e. */
static void fix_stem(char *s, size_t n)
{
    if (n >= 3 && s[n - 1] == s[n - 2] && strchr("bdgmnprt", s[n - 1])) {
        s[n - 1] = 0;
        return;
    }
    static const char *const E_AFTER[] = {"at", "iz", "yz", "ur", "rg", "dg", "nc", "rc",
                                          "lv", "rv", "bl", "tl", "pl", "uc", "ov", "av",
                                          "iv", "ev", "ys", "ag", "ut", NULL};
    for (int i = 0; E_AFTER[i]; i++) {
        if (ends(s, n, E_AFTER[i])) {
            if (!strcmp(E_AFTER[i], "ut") && (n < 3 || vowel(s[n - 3]))) return;
            if (!strcmp(E_AFTER[i], "at") && n >= 3 && (vowel(s[n - 3]) || s[n-3]=='h')) return; /* "treat", "defeat", "chat" */
            s[n] = 'e';
            s[n + 1] = 0;
            return;
        }
    }
    /* short consonant-vowel-consonant stems: fir -> fire, tim -> time */
    if (n == 3 && !vowel(s[0]) && vowel(s[1]) && !vowel(s[2]) && !strchr("wxy", s[2])) {
        s[n] = 'e';
        s[n + 1] = 0;
    }
}

const char *sr_lemma(const char *w, char *scratch, size_t cap)
{
    if (n_exc) {
        lemma_exc key = {(char *)w, NULL};
        lemma_exc *hit = bsearch(&key, exc, n_exc, sizeof *exc, exc_cmp);
        if (hit) return hit->lemma;
    }
    size_t n = strlen(w);
    if (n < 4 || n + 2 >= cap) return w;
    for (size_t i = 0; i < n; i++)
        if (w[i] < 'a' || w[i] > 'z') {
            if (w[i] != '-') return w;
        }
    memcpy(scratch, w, n + 1);
    if (ends(w, n, "ies") && n > 4) {
        strcpy(scratch + n - 3, "y");
    } else if (ends(w, n, "ied") && n > 4) {
        strcpy(scratch + n - 3, "y");
    } else if (ends(w, n, "sses")) {
        scratch[n - 2] = 0;
    } else if (ends(w, n, "ches") || ends(w, n, "shes") || ends(w, n, "xes") || ends(w, n, "zzes")) {
        scratch[n - 2] = 0;
    } else if (ends(w, n, "s") && !ends(w, n, "ss") && !ends(w, n, "us") && !ends(w, n, "is")) {
        scratch[n - 1] = 0;
    } else if (ends(w, n, "eed")) {
        return w; /* "freed" handled by exceptions; "need" is a base */
    } else if (ends(w, n, "ed") && n > 4) {
        scratch[n - 2] = 0;
        fix_stem(scratch, n - 2);
    } else if (ends(w, n, "ing") && n > 5) {
        scratch[n - 3] = 0;
        fix_stem(scratch, n - 3);
    } else {
        return w;
    }
    return scratch;
}

double sr_number_word(const char *w)
{
    static const struct { const char *w; double v; } NUM[] = {
        {"zero", 0}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5},
        {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10},
        {"eleven", 11}, {"twelve", 12}, {"thirteen", 13}, {"fourteen", 14},
        {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18},
        {"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40},
        {"fifty", 50}, {"sixty", 60}, {"seventy", 70}, {"eighty", 80},
        {"ninety", 90}, {"hundred", 100}, {"thousand", 1000}, {"million", 1e6},
        {"dozen", 12}, {"a", -1}, {"single", 1}, {"both", 2}, {"couple", 2},
        {"dozens", -2}, {"scores", -2}, {"hundreds", -3}, {"thousands", -4}, {"tens", -5},
        {NULL, 0}};
    /* hyphenated tens: "twenty-five" */
    const char *dash = strchr(w, '-');
    if (dash && dash - w < 12) {
        char a[16];
        memcpy(a, w, (size_t)(dash - w));
        a[dash - w] = 0;
        double x = sr_number_word(a), y = sr_number_word(dash + 1);
        if (x >= 20 && x < 100 && y >= 1 && y < 10) return x + y;
        return -1;
    }
    for (int i = 0; NUM[i].w; i++)
        if (!strcmp(w, NUM[i].w)) return NUM[i].v == -1 ? -1 : NUM[i].v;
    return -1;
}
