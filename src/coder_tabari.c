/* coder_tabari.c — a TABARI-style shallow coder: finds actors, agents and
 * verbs in a sentence by dictionary look-up alone and codes one event per
 * clause from the verb's best matching pattern.  No parser is needed.
 *
 * For each sentence:
 *   1. words and commas are read; clauses set off by commas whose length
 *      lies within the COMMA: limits are dropped (subordinate clauses);
 *   2. actors and agents are found (longest phrase wins), agents are joined
 *      to the actor they qualify ("Gondor's prime minister", "ambassadors
 *      of Arnor"), pronouns take the sentence's first actor (or the nearest
 *      other one when that is their own clause's subject), and lists such
 *      as "Arnor, Rohan and Gondor" become one compound actor;
 *   3. the sentence is cut into clauses at the remaining conjunctions;
 *   4. in each clause the first verb whose code is not null gives the
 *      event: its patterns are tried longest first; "$" and "+" bind the
 *      source and target, otherwise the source is the first actor of the
 *      clause and the target the first actor after the verb; "was ... by"
 *      swaps them.
 * A "###" code discards the record, "+++" marks the sentence too complex
 * to code; paired codes "A:B" give the reverse event B as well.  With
 * PETRARCH-1 dictionaries (tb_options.petrarch, see dict_petrarch.c) a few
 * rules change: agents nest and are shared by lists, "###" is a plain code,
 * and a comma before a new subject ends a clause.
 */
#include "tabari.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define TB_ACTOR_GAP 2   /* words an actor phrase "A B" may have between A and B */

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

/* ------------------------------------------------------------ words */

enum { T_WORD, T_COMMA, T_STOP };

typedef struct tok {
    char *w;       /* upper case */
    int kind;
    bool cap;      /* written with a capital first letter */
    bool gap;      /* a dropped clause stood just before this token */
} tok;

typedef struct toks { tok *v; size_t n, cap; } toks;

static void toks_push(toks *t, const char *w, size_t n, int kind, bool cap)
{
    if (t->n == t->cap) { t->cap = t->cap ? 2 * t->cap : 64; t->v = xrealloc(t->v, t->cap * sizeof *t->v); }
    char *s = xrealloc(NULL, n + 1);
    for (size_t i = 0; i < n; i++) s[i] = (char)toupper((unsigned char)w[i]);
    s[n] = 0;
    t->v[t->n++] = (tok){s, kind, cap, false};
}

static void toks_free(toks *t)
{
    for (size_t i = 0; i < t->n; i++) free(t->v[i].w);
    free(t->v);
}

/* Splits text into words, commas and sentence stops.  "U.S." keeps its
 * periods; "_" separates words as a space does. */
static void read_words(const char *s, toks *t, bool treebank)
{
    const char *p = s;
    while (*p) {
        unsigned char c = (unsigned char)*p;
        if (isalnum(c)) {
            const char *q = p;
            while (*q && (isalnum((unsigned char)*q) || *q == '\'' || *q == '-' ||
                          (*q == '.' && isalnum((unsigned char)q[1])) || *q == '&'))
                q++;
            size_t n = (size_t)(q - p);
            bool dots = memchr(p, '.', n) != NULL;
            bool stop = false;
            if (*q == '.') {
                /* "U.S." and "Mr." keep the period; otherwise it ends the sentence */
                if (dots || n == 1) { q++; n++; }
                else stop = true;
            }
            if (treebank && n > 3 && (p[n - 3] == 'n' || p[n - 3] == 'N') && p[n - 2] == '\'' &&
                (p[n - 1] == 't' || p[n - 1] == 'T')) {
                /* "didn't" -> "did n't", as the Penn Treebank writes it */
                toks_push(t, p, n - 3, T_WORD, isupper(c));
                toks_push(t, p + n - 3, 3, T_WORD, false);
            } else {
                toks_push(t, p, n, T_WORD, isupper(c));
            }
            if (stop) { toks_push(t, ".", 1, T_STOP, false); q++; }
            p = q;
        } else if (c == ',' ) {
            toks_push(t, ",", 1, T_COMMA, false);
            p++;
        } else if (c == ';' || c == ':') {
            toks_push(t, ",", 1, T_COMMA, false);
            p++;
        } else if (c == '.' || c == '?' || c == '!') {
            toks_push(t, ".", 1, T_STOP, false);
            p++;
        } else {
            p++;
        }
    }
}

/* ------------------------------------------------------------ word matching */

/* verb: 1 for verb endings, 2 also for the participle "-EN" of verb roots */
static bool has_ending(const char *rest, int verb, bool noun)
{
    if (!*rest) return true;
    if (verb == 2 && !strcmp(rest, "EN")) return true;
    static const char *const vend[] = {"S", "ES", "ED", "D", "ING", NULL};
    static const char *const nend[] = {"S", "ES", "'S", "'", "S'", NULL};
    if (verb) for (int i = 0; vend[i]; i++) if (!strcmp(rest, vend[i])) return true;
    if (noun) for (int i = 0; nend[i]; i++) if (!strcmp(rest, nend[i])) return true;
    return false;
}

static bool word_matches(const tb_item *it, const char *w, int verb, bool noun)
{
    size_t n = strlen(it->word);
    if (it->mode == TB_PLURAL && n > 1 && it->word[n - 1] == 'Y' && !strncmp(w, it->word, n - 1) &&
        !strcmp(w + n - 1, "IES"))
        return true;   /* "TREATY": "treaties" */
    if (strncmp(w, it->word, n)) return false;
    if (it->mode == TB_STEM) return true;
    if (it->mode == TB_EXACT) return w[n] == 0;
    if (it->mode == TB_PLURAL) return has_ending(w + n, 0, true);
    return has_ending(w + n, verb, noun);
}

/* ------------------------------------------------------------ mentions */

enum { U_WORD, U_COMMA, U_ACTOR };

typedef struct unit {
    int kind;
    const char *w;       /* U_WORD: the word */
    bool cap, first;     /* capitalised; first word of the sentence */
    char **codes; size_t n_codes;  /* U_ACTOR: one code, or the members of a compound */
    bool compound;
    bool pron;           /* a pronoun, U_ACTOR once resolved */
    char root[16];       /* U_ACTOR: the first code without its agent */
    const tb_actor *lead; /* PETRARCH: the agent before a list ("lawmakers in A and B") */
    const char *fw;      /* U_ACTOR, PETRARCH2: its first word, which patterns may read */
    bool from;           /* U_ACTOR, PETRARCH2: an agent "from" its actor ("ministers from B") */
    bool clause_end;     /* U_WORD: a conjunction that ends a clause */
    bool subord;         /* U_WORD: PETRARCH2, a subordinating word that ends one */
    int verb;            /* U_WORD: verb index, or -1 */
    size_t verb_end;     /* unit after the verb's root phrase */
} unit;

typedef struct units { unit *v; size_t n, cap; } units;

static void units_push(units *u, unit x)
{
    if (u->n == u->cap) { u->cap = u->cap ? 2 * u->cap : 64; u->v = xrealloc(u->v, u->cap * sizeof *u->v); }
    u->v[u->n++] = x;
}

static void add_code(unit *u, const char *c)
{
    for (size_t i = 0; i < u->n_codes; i++) if (!strcmp(u->codes[i], c)) return;
    u->codes = xrealloc(u->codes, (u->n_codes + 1) * sizeof *u->codes);
    u->codes[u->n_codes++] = xstrdup(c);
}

static void unit_free(unit *u)
{
    for (size_t i = 0; i < u->n_codes; i++) free(u->codes[i]);
    free(u->codes);
    u->codes = NULL;
    u->n_codes = 0;
}

/* The code that applies on `date`: a dated one whose range holds it, else
 * the first undated one. */
static const char *code_on(const tb_actor *a, long date)
{
    const char *undated = NULL;
    for (size_t i = 0; i < a->n_codes; i++) {
        const tb_dated *c = &a->codes[i];
        if (!c->from && !c->to) { if (!undated) undated = c->code; continue; }
        if (date && (!c->from || date >= c->from) && (!c->to || date <= c->to)) return c->code;
    }
    return undated;
}

/* Matches a name phrase at word position i of w[0..n); returns the end or 0. */
static size_t match_name(const tb_seq *ph, const tok *w, size_t i, size_t n)
{
    size_t pos = i;
    for (size_t k = 0; k < ph->n; k++) {
        const tb_item *it = &ph->v[k];
        size_t lim = k == 0 || it->adj ? 0 : TB_ACTOR_GAP;
        bool ok = false;
        for (size_t g = 0; g <= lim && pos + g < n; g++) {
            const tok *t = &w[pos + g];
            if (t->kind != T_WORD || (k > 0 && t->gap)) break;
            /* inside a joined name ("ITHILEN_GOVERNMENT_RADIO_") only the
             * last word may take an ending */
            bool inner = k + 1 < ph->n && ph->v[k + 1].adj && it->mode == TB_CLOSED;
            tb_item exact = *it;
            if (inner) exact.mode = TB_EXACT;
            if (word_matches(&exact, t->w, false, true)) { pos = pos + g + 1; ok = true; break; }
        }
        if (!ok) return 0;
    }
    return pos;
}

typedef struct name_search {
    const tb_dict *d;
    const tok *w; size_t i, n;
    const tb_actor *best; int best_score; size_t best_end;
} name_search;

static void try_name(const tb_hent *e, void *user)
{
    name_search *ns = user;
    const tb_actor *a = &ns->d->actors[e->id];
    size_t end = match_name(&a->phrase, ns->w, ns->i, ns->n);
    if (!end) return;
    int score = 0;
    for (size_t q = 0; q < a->phrase.n; q++) score += (int)strlen(a->phrase.v[q].word);
    /* the longest name wins; on a tie the shorter span, then the first listed */
    /* PETRARCH2 keeps the last entry of a name listed twice */
    bool later = ns->d->opt.petrarch2 ? a > ns->best : a < ns->best;
    if (score > ns->best_score || (score == ns->best_score && end < ns->best_end) ||
        (score == ns->best_score && end == ns->best_end && later)) {
        ns->best = a; ns->best_score = score; ns->best_end = end;
    }
}

/* The best actor or agent name starting at word i, or NULL; its end in *end. */
static const tb_actor *best_name(const tb_dict *d, const tok *w, size_t i, size_t n, size_t *end)
{
    name_search ns = {d, w, i, n, NULL, 0, 0};
    size_t len = strlen(w[i].w);
    for (size_t k = 1; k <= len; k++) tb_hash_each(&d->actor_hash, w[i].w, k, try_name, &ns);
    *end = ns.best_end;
    return ns.best;
}

static bool is_pronoun(const char *w)
{
    /* possessives (ITS, HIS, THEIR) qualify a noun and are left alone */
    static const char *const pron[] = {"HE", "SHE", "IT", "THEY", "HIM", "HER", "THEM", NULL};
    for (int i = 0; pron[i]; i++) if (!strcmp(w, pron[i])) return true;
    return false;
}

static bool is_determiner(const char *w)
{
    return !strcmp(w, "THE") || !strcmp(w, "A") || !strcmp(w, "AN");
}

static bool is_conj(const char *w)
{
    return !strcmp(w, "AND") || !strcmp(w, "BUT") || !strcmp(w, "OR") || !strcmp(w, "NOR");
}

static bool is_be(const char *w)
{
    static const char *const be[] = {"WAS", "WERE", "IS", "ARE", "BE", "BEEN", "BEING", NULL};
    for (int i = 0; be[i]; i++) if (!strcmp(w, be[i])) return true;
    return false;
}

typedef struct class_search { const tb_dict *d; const char *rest; int cls; } class_search;

static void try_class(const tb_hent *e, void *user)
{
    class_search *cs = user;
    if (!cs->cls && has_ending(cs->rest, 0, true)) cs->cls = cs->d->noun_adj[e->id] ? 2 : 1;
}

/* 1 when w is in the actors file's <NOUN> list (with a regular noun ending),
 * 2 in <ADJECTIVE>, else 0. */
static int word_class(const tb_dict *d, const char *w)
{
    size_t len = strlen(w);
    class_search cs = {d, NULL, 0};
    for (size_t k = 1; k <= len && !cs.cls; k++) {
        cs.rest = w + k;
        tb_hash_each(&d->noun_hash, w, k, try_class, &cs);
    }
    return cs.cls;
}

/* Joins an actor code and an agent code ("~GOV" or "NGO~"). */
static char *with_agent(const char *actor, const char *agent)
{
    size_t na = strlen(actor), ng = strlen(agent);
    /* an agent the actor code already holds, on a 3-character boundary, is
     * redundant: USAGOV + ~GOV stays USAGOV */
    char bare[64];
    size_t nb = 0;
    for (const char *p = agent; *p && nb + 1 < sizeof bare; p++) if (*p != '~') bare[nb++] = *p;
    bare[nb] = 0;
    for (size_t off = 0; nb && off + nb <= na; off += 3)
        if (!strncmp(actor + off, bare, nb)) return xstrdup(actor);
    char *s = xrealloc(NULL, na + ng + 1);
    const char *tilde = strchr(agent, '~');
    if (tilde == agent) {
        memcpy(s, actor, na);
        memcpy(s + na, agent + 1, ng - 1);
        s[na + ng - 1] = 0;
    } else {
        size_t pre = (size_t)(tilde - agent);
        memcpy(s, agent, pre);
        memcpy(s + pre, actor, na);
        memcpy(s + pre + na, tilde + 1, ng - pre - 1);
        s[pre + na + ng - pre - 1] = 0;
    }
    return s;
}

/* ------------------------------------------------------------ verbs */

/* Matches a verb's root phrase with its first word at unit i; end or 0. */
static size_t match_root(const tb_seq *f, const units *u, size_t i, size_t lim)
{
    if (u->v[i].kind != U_WORD || !word_matches(&f->v[0], u->v[i].w, 2, false)) return 0;
    size_t pos = i + 1;
    for (size_t k = 1; k < f->n; k++) {
        const tb_item *it = &f->v[k];
        bool ok = false;
        for (size_t q = pos; q < lim; q++) {
            if (u->v[q].kind == U_WORD && word_matches(it, u->v[q].w, true, true)) {
                pos = q + 1; ok = true; break;
            }
            if (it->adj) break;
        }
        if (!ok) return 0;
    }
    return pos;
}

typedef struct verb_search {
    const tb_dict *d;
    units *u; size_t i, lim;
    int best_score; long best_verb, best_form; size_t best_end;
} verb_search;

static void try_verb(const tb_hent *e, void *user)
{
    verb_search *vs = user;
    const tb_seq *f = &vs->d->verbs[e->id].forms[e->sub];
    size_t end = match_root(f, vs->u, vs->i, vs->lim);
    if (!end) return;
    int score = 0;
    for (size_t q = 0; q < f->n; q++) score += (int)strlen(f->v[q].word);
    /* the longest root wins; on a tie the verb listed first */
    if (score > vs->best_score ||
        (score == vs->best_score && ((long)e->id < vs->best_verb ||
                                     ((long)e->id == vs->best_verb && (long)e->sub < vs->best_form)))) {
        vs->best_score = score; vs->best_verb = (long)e->id; vs->best_form = (long)e->sub;
        vs->best_end = end;
    }
}

static void find_verb(const tb_dict *d, units *u, size_t i, size_t lim)
{
    unit *x = &u->v[i];
    verb_search vs = {d, u, i, lim, 0, -1, -1, 0};
    size_t len = strlen(x->w);
    for (size_t k = 1; k <= len; k++) tb_hash_each(&d->verb_hash, x->w, k, try_verb, &vs);
    x->verb = (int)vs.best_verb;
    x->verb_end = vs.best_end;
}

static void note_hit(const tb_hent *e, void *user)
{
    (void)e;
    *(bool *)user = true;
}

/* True when a verb form's first word is w or a prefix of it (a cheap,
 * cautious test: "attacker" counts). */
static bool may_be_verb(const tb_dict *d, const char *w)
{
    bool hit = false;
    size_t len = strlen(w);
    for (size_t k = 1; k <= len && !hit; k++) tb_hash_each(&d->verb_hash, w, k, note_hit, &hit);
    return hit;
}

/* ------------------------------------------------------------ patterns */

typedef struct bind { long src, tgt, cmp; bool skip_word; } bind;

static bool unit_is(const tb_item *it, const unit *x)
{
    switch (it->type) {
    case TB_WORD: return (x->w && word_matches(it, x->w, true, true)) ||
                         (x->fw && word_matches(it, x->fw, true, true));
    case TB_COMPOUND: return x->kind == U_ACTOR && x->compound;
    case TB_SOURCE: case TB_TARGET: case TB_SKIP: return x->kind == U_ACTOR;
    default: return false;
    }
}

/* Matches items[k..] starting at unit pos going dir (+1/-1) within [lo,hi). */
static bool match_items(const tb_item *items, size_t n, size_t k, long pos, int dir,
                        long lo, long hi, const units *u, bind *b)
{
    if (k == n) return true;
    const tb_item *it = &items[k];
    for (long q = pos; q >= lo && q < hi; q += dir) {
        /* PETRARCH's "^" skips a phrase: failing an actor, a word will do */
        bool skip = b->skip_word && it->type == TB_SKIP && u->v[q].kind == U_WORD;
        if (skip || unit_is(it, &u->v[q])) {
            bind save = *b;
            if (it->type == TB_SOURCE) b->src = q;
            else if (it->type == TB_TARGET) b->tgt = q;
            else if (it->type == TB_COMPOUND) b->cmp = q;
            if (match_items(items, n, k + 1, q + dir, dir, lo, hi, u, b)) return true;
            *b = save;
        }
        if (it->adj) break;
    }
    return false;
}

/* ------------------------------------------------------------ events */

static void emit(tb_events *out, const char *s, const char *t, const char *code, int sent)
{
    if (!strcmp(s, t)) return;
    for (size_t i = 0; i < out->n; i++)
        if (out->v[i].sentence == sent && !strcmp(out->v[i].source, s) &&
            !strcmp(out->v[i].target, t) && !strcmp(out->v[i].code, code))
            return;
    if (out->n == out->cap) { out->cap = out->cap ? 2 * out->cap : 8; out->v = xrealloc(out->v, out->cap * sizeof *out->v); }
    out->v[out->n++] = (tb_event){xstrdup(s), xstrdup(t), xstrdup(code), sent, false};
}

void tb_events_free(tb_events *e)
{
    for (size_t i = 0; i < e->n; i++) { free(e->v[i].source); free(e->v[i].target); free(e->v[i].code); }
    free(e->v);
    memset(e, 0, sizeof *e);
}

static bool same_codes(const unit *a, const unit *b)
{
    if (a->n_codes != b->n_codes) return false;
    for (size_t i = 0; i < a->n_codes; i++) if (strcmp(a->codes[i], b->codes[i])) return false;
    return true;
}

/* Splits "A:B" into the forward and reverse code; strips TABARI's "!" mark. */
static void split_code(const char *code, char *fwd, char *rev, size_t n)
{
    const char *colon = strchr(code, ':');
    size_t a = colon ? (size_t)(colon - code) : strlen(code);
    snprintf(fwd, n, "%.*s", (int)a, code);
    snprintf(rev, n, "%s", colon ? colon + 1 : "");
    for (char *p = fwd; *p; p++) if (*p == '!') { *p = 0; break; }
    for (char *p = rev; *p; p++) if (*p == '!') { *p = 0; break; }
}

static bool null_code(const char *c)
{
    return !*c || !strcmp(c, "---");
}

/* "[023?]": the verb codes only when no other verb of its clause does */
static bool weak_code(const char *c)
{
    return *c && c[strlen(c) - 1] == '?';
}

enum { CODED, NOT_CODED, COMPLEX, DISCARD };

static int emit_pair_events(tb_events *out, const unit *s, const unit *t, const char *code,
                            int sent, bool no_dyad, bool petrarch)
{
    char fwd[64], rev[64];
    split_code(code, fwd, rev, sizeof fwd);
    if (weak_code(fwd)) fwd[strlen(fwd) - 1] = 0;
    if (rev[0] && weak_code(rev)) rev[strlen(rev) - 1] = 0;
    for (size_t i = 0; i < s->n_codes; i++)
        for (size_t j = 0; j < t->n_codes; j++) {
            const char *a = s->codes[i], *b = t->codes[j];
            /* "###" discards in TABARI; in PETRARCH it is a code like any other */
            if (!petrarch && (!strcmp(a, "###") || !strcmp(b, "###"))) return DISCARD;
            if (!strcmp(a, "+++") || !strcmp(b, "+++")) return COMPLEX;
            if (!no_dyad && (!strcmp(a, "---") || !strcmp(b, "---"))) continue;
            emit(out, a, b, fwd, sent);
            if (rev[0]) emit(out, b, a, rev, sent);
        }
    return CODED;
}

typedef struct sent_ctx {
    const tb_dict *d;
    units *u;
    int sent;
    FILE *trace;
    bool dominant;
    long subject;    /* PETRARCH2: the subject of the clause before, or -1 */
    long nest_up, nest_lo, nest_sub; /* PETRARCH2: the last upper verb whose complement
                                        had a subject of its own, its clause, that subject */
} sent_ctx;

static bool null_actor(const unit *x)
{
    for (size_t i = 0; i < x->n_codes; i++) if (strcmp(x->codes[i], "---")) return false;
    return true;
}

static long first_actor(const units *u, long lo, long hi, long skip, const unit *not_like)
{
    for (long q = lo; q < hi; q++)
        if (u->v[q].kind == U_ACTOR && q != skip && !null_actor(&u->v[q]) &&
            (!not_like || !same_codes(&u->v[q], not_like)))
            return q;
    return -1;
}

/* "was opposed by", "was fiercely opposed by", "was opposed earlier by" */
static bool passive(const units *u, long i, long end, long hi)
{
    bool be = (i >= 1 && u->v[i - 1].kind == U_WORD && is_be(u->v[i - 1].w)) ||
              (i >= 2 && u->v[i - 2].kind == U_WORD && is_be(u->v[i - 2].w) &&
               u->v[i - 1].kind == U_WORD);
    if (!be) return false;
    for (long q = end; q < hi && q < end + 2; q++)
        if (u->v[q].kind == U_WORD && !strcmp(u->v[q].w, "BY")) return true;
    return false;
}

static bool passive2(const units *u, long i, long lo, long hi, long *src);

/* The code of the verb at unit i: its best matching pattern's, else its
 * own; the pattern's actors in *b. */
static const char *verb_code_at(const tb_dict *d, const units *u, long i, long lo, long hi, bind *b)
{
    const unit *x = &u->v[i];
    const tb_verb *v = &d->verbs[x->verb];
    *b = (bind){-1, -1, -1, false};
    for (int pass = 0; pass < (d->opt.petrarch ? 2 : 1); pass++)
        for (size_t p = 0; p < v->n_pats; p++) {
            const tb_pattern *pt = &v->pats[p];
            bind t = {-1, -1, -1, pass == 1};
            if (match_items(pt->before.v, pt->before.n, 0, i - 1, -1, lo, hi, u, &t) &&
                match_items(pt->after.v, pt->after.n, 0, (long)x->verb_end, +1, lo, hi, u, &t)) {
                *b = t;
                return pt->code;
            }
        }
    long ps;
    if (d->opt.petrarch2 && passive2(u, i, lo, hi, &ps))
        /* PETRARCH2: a passive's subject holds what the pattern has after
         * the verb ("proof against Arnor was shown") */
        for (size_t p = 0; p < v->n_pats; p++) {
            const tb_pattern *pt = &v->pats[p];
            bool words = pt->before.n == 0 && pt->after.n > 0;
            for (size_t k = 0; k < pt->after.n; k++) words &= pt->after.v[k].type == TB_WORD;
            bind t = {-1, -1, -1, false};
            if (words && match_items(pt->after.v, pt->after.n, 0, lo, +1, lo, i, u, &t)) return pt->code;
        }
    return v->code;
}

/* ------------------------------------------------------------ PETRARCH2 nesting */

static bool word_at(const units *u, long q, const char *w)
{
    return q >= 0 && q < (long)u->n && u->v[q].kind == U_WORD && !strcmp(u->v[q].w, w);
}

/* PETRARCH2's passive: a past form after "be" ("was fired", "were
 * killed", "there were ten soldiers killed").  The source is an actor in a
 * phrase after the verb headed by "by", "from" or "in"; -1 when there is
 * none.  Returns false for an active verb. */
static bool passive2(const units *u, long i, long lo, long hi, long *src)
{
    const char *w = u->v[i].w;
    size_t n = strlen(w);
    if (n > 3 && !strcmp(w + n - 3, "ING")) return false;
    bool be = false;
    for (long q = i - 1; q >= lo && q >= i - 2 && !be; q--) {
        if (u->v[q].kind != U_WORD) break;
        if (is_be(u->v[q].w) || !strcmp(u->v[q].w, "AM")) be = true;
        else if (u->v[q].verb >= 0) break;
    }
    /* "there were ten soldiers killed" */
    for (long q = i - 1; q >= lo && q >= i - 4 && !be; q--)
        if (word_at(u, q, "THERE") && q + 1 < i && u->v[q + 1].kind == U_WORD && is_be(u->v[q + 1].w)) be = true;
    if (!be) return false;
    *src = -1;
    for (long q = (long)u->v[i].verb_end; q < hi && *src < 0; q++) {
        if (!(word_at(u, q, "BY") || word_at(u, q, "FROM") || word_at(u, q, "IN"))) continue;
        /* the phrase's actor: "by government forces", "by a sophisticated
         * missile believed to be fired by rebels" */
        for (long r = q + 1; r < hi && r <= q + 8; r++) {
            if (u->v[r].kind == U_COMMA) break;
            if (u->v[r].kind == U_ACTOR) { if (!null_actor(&u->v[r])) *src = r; break; }
            if (r > q + 3 && !word_at(u, r - 1, "BY")) break;
        }
    }
    return true;
}

/* The subject of a passive: the first actor before the verb within the
 * clause. */
static long subject_before(const units *u, long lo, long i)
{
    /* the head comes first: "the civilians imprisoned for acting against
     * Moscow were released" */
    for (long q = lo; q < i; q++)
        if (u->v[q].kind == U_ACTOR && !null_actor(&u->v[q])) return q;
    return -1;
}

static bool ends_with(const char *w, const char *end)
{
    size_t n = strlen(w), k = strlen(end);
    return n > k && !strcmp(w + n - k, end);
}

static bool word_in(const char *w, const char *const *list)
{
    for (int i = 0; list[i]; i++) if (!strcmp(w, list[i])) return true;
    return false;
}

static bool is_negation(const char *w)
{
    static const char *const neg[] = {"NOT", "N'T", "NEVER", NULL};
    return word_in(w, neg);
}

/* Auxiliaries and adverbs that may stand between a subject and its verb. */
static bool is_aux(const char *w)
{
    static const char *const aux[] = {"WILL", "WOULD", "SHALL", "SHOULD", "CAN", "COULD", "MAY",
                                      "MIGHT", "MUST", "HAD", "HAS", "HAVE", "DID", "DO", "DOES",
                                      "BE", "BEEN", "IS", "ARE", "WAS", "WERE", "AM", "ALSO",
                                      "STILL", "NOW", "SOON", "ALREADY", "NOT", "N'T", "NEVER", NULL};
    return word_in(w, aux);
}

/* A verb is negated by "not" among the auxiliaries just before it. */
static bool negated(const units *u, long i, long lo)
{
    for (long q = i - 1; q >= lo && u->v[q].kind == U_WORD && is_aux(u->v[q].w); q--)
        if (is_negation(u->v[q].w)) return true;
    return false;
}

/* PETRARCH2 combines the codes of an upper verb and the verb nested in its
 * complement: a negative (negated) lower code is added, two statement-level
 * codes (0x1000 and up) give the lower one, a lower code at least the upper
 * one replaces it, anything else is added ("intend" + "aid" = "intend to
 * aid"). */
static long combine(long up, long low)
{
    if (low < 0) return up + low;
    if (up >= 0x1000 && low >= 0x1000) return low;
    if (low >= up) return low;
    return up + low;
}

/* The PICO code family of v at a level: v, then v without its last 1, 2
 * and 3 hex digits. */
static bool same_family(long v, long key)
{
    long m[4] = {v, v - v % 0x10, v - v % 0x100, v - v % 0x1000};
    for (int k = 0; k < 4; k++) if (m[k] == key) return true;
    return false;
}

static bool same_actor(const units *u, long a, long b)
{
    return a >= 0 && b >= 0 && same_codes(&u->v[a], &u->v[b]);
}

/* Finds the verb nested in the complement of the verb at i: "wants to
 * help X", "asked Y to help X", "said (that) Y would not help X", and after
 * a statement verb (say) "said a bomb was fired".  Returns its unit and
 * its subject (or -1) in *sub; -1 when there is none; -2 when a subject and
 * its auxiliary follow without a verb ("said he was unaware"). */
static long complement_verb(const units *u, long i, long hi, bool say, long *sub, bool *finite)
{
    long k = (long)u->v[i].verb_end, obj = -1;
    *sub = -1;
    *finite = false;
    if (k < hi && u->v[k].kind == U_ACTOR) obj = k++;
    if (k < hi && u->v[k].kind == U_WORD && !strcmp(u->v[k].w, "TO")) {
        k++;
        if (k < hi && u->v[k].kind == U_WORD && u->v[k].verb >= 0) { *sub = obj; return k; }
        return -1;
    }
    bool that = false;
    if (obj < 0 && k < hi && u->v[k].kind == U_WORD && !strcmp(u->v[k].w, "THAT")) { that = true; k++; }
    /* the subject, perhaps after a number or a determiner ("eight people") */
    for (long q = k; obj < 0 && q < hi && q <= k + 2; q++) {
        if (u->v[q].kind == U_ACTOR) { obj = q; k = q + 1; break; }
        if (u->v[q].kind != U_WORD || u->v[q].verb >= 0 || is_aux(u->v[q].w) || u->v[q].clause_end) break;
    }
    long start = k;
    if (obj < 0 && !that && !say) return -1;
    *finite = true;
    if (obj < 0) {
        /* a subject that is no actor: a few words, then an auxiliary, or
         * after a determiner the verb itself ("said such a plan had") */
        static const char *const det[] = {"THE", "A", "AN", "SUCH", "THIS", "THESE", "THOSE", "NO", NULL};
        bool d0 = k < hi && u->v[k].kind == U_WORD && word_in(u->v[k].w, det);
        while (k < hi && k < start + 4 && u->v[k].kind == U_WORD && !is_aux(u->v[k].w) && !u->v[k].clause_end) k++;
        if (!(k < hi && u->v[k].kind == U_WORD && is_aux(u->v[k].w))) {
            if (!d0) return -1;
            for (k = start + 2; k < hi && k < start + 4; k++) {
                if (u->v[k].kind != U_WORD || u->v[k].clause_end) return -1;
                if (u->v[k].verb >= 0) return k;
            }
            return -1;
        }
    }
    bool aux = false;
    while (k < hi && u->v[k].kind == U_WORD && u->v[k].verb < 0 && is_aux(u->v[k].w)) { k++; aux = true; }
    /* without "that" or an auxiliary only a statement takes a clause
     * ("said Iraq attacked"; not "holding naval drills") */
    if (k < hi && u->v[k].kind == U_WORD && u->v[k].verb >= 0 && (say || that || aux)) { *sub = obj; return k; }
    *sub = obj;
    return obj >= 0 && aux ? -2 : -1;
}

/* PETRARCH2's nested verbs.  -1 when the verb at i has no complement verb
 * and is coded as usual; else CODED or NOT_CODED, with the event (if any)
 * emitted: the transformations of the verbs file first, else the combined
 * code with the lower verb's target (or, when the lower verb has its own
 * subject and a code below the statement level, with that subject). */
static int nested(sent_ctx *c, long i, long lo, long hi, const char *code, const bind *b, tb_events *out,
                  long fk, long fsub, long ulo)
{
    const tb_dict *d = c->d;
    const units *u = c->u;
    long sub = fsub;
    long up = 0;
    const char *own = d->verbs[u->v[i].verb].code;
    bool say = !null_code(own) && pr_pico(d, own, &up) && up >= 0x1000 && up < 0x2000;
    up = 0;
    /* fk: a verb coordinated with the last complement ("had attacked Iraq and
     * taken the city"), in the clause [lo,hi); the upper verb's clause starts at ulo */
    bool finite = false;
    long k = fk >= 0 ? fk : complement_verb(u, i, hi, say, &sub, &finite);
    if (k == -2) {
        /* "claimed that Gondor knew": the upper verb on the clause's
         * subject; a pronoun there stands for the upper subject */
        long a = first_actor(u, ulo, i, -1, NULL);
        if (a < 0) a = first_actor(u, 0, i, -1, NULL);
        if (c->trace) fprintf(c->trace, "  nested %s: a clause without a verb\n", u->v[i].w);
        if (a < 0 || u->v[sub].pron || null_code(own)) return NOT_CODED;
        char fwd[64];
        snprintf(fwd, sizeof fwd, "%.*s", (int)strcspn(own, ":!?"), own);
        return emit_pair_events(out, &u->v[a], &u->v[sub], fwd, c->sent, d->opt.no_dyad, true) == CODED
                   ? CODED : NOT_CODED;
    }
    const char *self = NULL;
    if (k < 0) {
        /* "did not attack": a negated verb alone */
        if (!negated(u, i, ulo) || null_code(code) || !pr_pico(d, code, &up)) return -1;
        k = i;
        sub = -1;
        self = code;
        code = "---";
        up = 0;
    } else if (!null_code(code)) {
        /* the upper verb's own code: its patterns read the complement */
        if (!null_code(own)) code = own;
    }
    if (!null_code(code) && !pr_pico(d, code, &up)) return -1;
    bind lb;
    const char *lcode = self ? self : verb_code_at(d, u, k, lo, hi, &lb);
    if (self) lb = *b;
    long low;
    if (null_code(lcode) || !pr_pico(d, lcode, &low)) {
        /* a lower clause of its own with nothing to code codes nothing */
        if (null_code(code) || sub >= 0 || finite) return NOT_CODED;
        return -1;
    }
    if (negated(u, k, lo)) low -= 0xFFFF;
    /* the actors: the upper source (a pattern of the upper verb no longer
     * applies), the lower source and target */
    long a = self && b->src >= 0 ? b->src : first_actor(u, ulo, i, -1, NULL);
    if (a < 0) a = first_actor(u, 0, i, -1, NULL);
    /* a pronoun subject of the complement stands for the upper subject */
    if (sub >= 0 && u->v[sub].pron && a >= 0) sub = a;
    long ls = lb.src >= 0 ? lb.src : sub;
    long lt = lb.tgt >= 0 ? lb.tgt : first_actor(u, (long)u->v[k].verb_end, hi, ls, ls >= 0 ? &u->v[ls] : NULL);
    long psrc;
    if (!self && lb.src < 0 && lb.tgt < 0 && passive2(u, k, lo, hi, &psrc)) {
        /* "said eight people were killed by government forces": the
         * subject is the target, or else an actor "at" or "against" */
        ls = psrc;
        lt = sub;
        for (long q = (long)u->v[k].verb_end; lt < 0 && q + 1 < hi; q++)
            if ((word_at(u, q, "AT") || word_at(u, q, "AGAINST") || word_at(u, q, "INTO") ||
                 word_at(u, q, "TOWARDS")) && u->v[q + 1].kind == U_ACTOR)
                lt = q + 1;
    }
    if (lt >= 0 && ls >= 0 && same_actor(u, lt, ls)) lt = -1;
    /* "attacked themselves": the target is the lower subject itself */
    bool reflexive = false;
    for (long q = (long)u->v[k].verb_end; lt < 0 && q < hi && q < (long)u->v[k].verb_end + 2; q++)
        if (u->v[q].kind == U_WORD && (ends_with(u->v[q].w, "SELF") || ends_with(u->v[q].w, "SELVES")))
            reflexive = true;
    long src = -1, tgt = -1, val = 0;
    bool done = false;
    char upc[16], lowc[16];
    snprintf(upc, sizeof upc, "%.*s", (int)strcspn(code, ":!?"), code);
    snprintf(lowc, sizeof lowc, "%.*s", (int)strcspn(lcode, ":!?"), lcode);
    for (size_t t = 0; t < d->n_tr && !done && k != i; t++) {
        const tb_transform *x = &d->tr[t];
        long tu, tl;
        if (!pr_pico(d, x->up, &tu) || !same_family(up, tu)) continue;
        if (x->low[0] && (!pr_pico(d, x->low, &tl) || !same_family(low, tl))) continue;
        long bb = -1;
        if (x->s == 'a' && !(ls >= 0 && same_actor(u, ls, a))) continue;
        if (x->s == '_' && ls >= 0) continue;
        if (x->s == 'b') { if (ls < 0 || same_actor(u, ls, a)) continue; bb = ls; }
        if (x->s == '.' && ls < 0) continue;
        if (lt < 0 && !(reflexive && x->t == '.')) continue;
        if (x->t == 'b') bb = lt;
        long tv = 0;
        if (x->code[0] && !pr_pico(d, x->code, &tv)) continue;
        src = x->rs == 'a' ? a : bb;
        tgt = x->rt == 'a' ? a : bb;
        val = x->code[0] ? tv : low;
        done = true;
    }
    if (!done) {
        if (ls >= 0 && k != i) {
            /* "A said B attacked C": A on B, when B's act is below a statement */
            if (low < 0 || low >= 0x1000 || null_code(code)) return NOT_CODED;
            src = a; tgt = ls; val = combine(up, low);
        } else {
            src = a; tgt = lt; val = combine(up, low);
        }
    }
    const char *cameo = pr_cameo(d, val);
    if (c->trace)
        fprintf(c->trace, "  nested %s [%s] + %s [%s]%s -> %s\n", u->v[i].w, upc, u->v[k].w, lowc,
                low < 0 ? " (negated)" : "", cameo ? cameo : "(no code)");
    if (cameo && src >= 0 && tgt < 0 && u->v[src].n_codes > 1 && cameo[0] == '0' && cameo[1] >= '3' &&
        cameo[1] <= '6') {
        /* a compound that intends to cooperate, with nobody else: with one another */
        const unit *m = &u->v[src];
        for (size_t x = 0; x < m->n_codes; x++)
            for (size_t z = 0; z < m->n_codes; z++)
                if (x != z) emit(out, m->codes[x], m->codes[z], cameo, c->sent);
        return CODED;
    }
    if (!cameo || src < 0 || tgt < 0) return NOT_CODED;
    if (!self && sub >= 0) { c->nest_up = i; c->nest_lo = ulo; c->nest_sub = sub; }
    return emit_pair_events(out, &u->v[src], &u->v[tgt], cameo, c->sent, d->opt.no_dyad, true) == CODED
               ? CODED : NOT_CODED;
}

/* Codes the clause [lo,hi) of the sentence. */
static int code_clause(sent_ctx *c, long lo, long hi, tb_events *out)
{
    const tb_dict *d = c->d;
    const tb_options *o = &d->opt;
    units *u = c->u;
    int status = NOT_CODED;
    long weak_from = -1;   /* first event of weak ("?") verbs, dropped if a strong one codes */
    if (o->petrarch2 && d->n_pico) {
        /* "said the rebels had attacked the town and seized the bridge": a verb
         * after "and" with no subject of its own is the complement's too */
        long up = c->nest_up, v = lo;
        c->nest_up = -1;
        while (v < hi && !(u->v[v].kind == U_WORD && u->v[v].verb >= 0)) v++;
        if (up >= 0 && v < hi && lo > 0 && u->v[lo - 1].kind == U_WORD && !u->v[lo - 1].subord &&
            is_conj(u->v[lo - 1].w) && first_actor(u, lo, v, -1, NULL) < 0) {
            bind none = {-1, -1, -1, false};
            int r = nested(c, up, lo, hi, d->verbs[u->v[up].verb].code, &none, out, v, c->nest_sub, c->nest_lo);
            if (r >= 0) return r;
        }
    }
    for (long i = lo; i < hi; i++) {
        unit *x = &u->v[i];
        if (x->kind != U_WORD || x->verb < 0) continue;
        if (o->petrarch2) {
            /* a relative clause ("the group that has seized", "Beijing,
             * which have resisted") belongs to a noun phrase: no event */
            long q = i - 1;
            while (q >= lo && u->v[q].kind == U_WORD && is_aux(u->v[q].w)) q--;
            if (q >= lo && u->v[q].kind == U_WORD &&
                (!strcmp(u->v[q].w, "WHICH") || !strcmp(u->v[q].w, "WHO") || !strcmp(u->v[q].w, "THAT")))
                break;   /* the relative clause runs to the clause's end */
        }
        bind b;
        /* PETRARCH2 rewrites the code below; it lives here to the loop's end */
        char passive_code[64], active[64];
        const char *code = verb_code_at(d, u, i, lo, hi, &b);
        if (c->trace) fprintf(c->trace, "  verb %s -> [%s]\n", x->w, code);
        if (o->petrarch2 && d->n_pico) {
            int r = nested(c, i, lo, hi, code, &b, out, -1, -1, lo);
            if (r >= 0) return r == CODED ? CODED : status;
        }
        if (!strcmp(code, "###")) return DISCARD;
        if (!strcmp(code, "+++")) return COMPLEX;
        if (null_code(code)) continue;
        if (o->noactprior && first_actor(u, 0, i, -1, NULL) < 0 && b.src < 0 && b.tgt < 0 && b.cmp < 0)
            return COMPLEX;
        bool dom = strchr(code, '!') != NULL;
        size_t before = out->n;
        if (b.cmp >= 0 && o->petrarch) {
            /* PETRARCH's "%": a compound before the verb is the source, one
             * after it the target; the members act on each other only when
             * the other side is missing */
            if (b.cmp < i && b.src < 0) {
                long t = b.tgt >= 0 ? b.tgt : first_actor(u, (long)x->verb_end, hi, b.cmp, NULL);
                if (t >= 0) { b.src = b.cmp; b.tgt = t; b.cmp = -1; }
            } else if (b.cmp > i && b.tgt < 0) {
                long s0 = b.src >= 0 ? b.src : first_actor(u, lo, i, b.cmp, NULL);
                if (s0 >= 0) { b.tgt = b.cmp; b.src = s0; b.cmp = -1; }
            }
        }
        if (b.cmp >= 0) {
            const unit *m = &u->v[b.cmp];
            char fwd[64], rev[64];
            split_code(code, fwd, rev, sizeof fwd);
            for (size_t a = 0; a < m->n_codes; a++)
                for (size_t z = a + 1; z < m->n_codes; z++) {
                    emit(out, m->codes[a], m->codes[z], fwd, c->sent);
                    emit(out, m->codes[z], m->codes[a], rev[0] ? rev : fwd, c->sent);
                }
            status = CODED;
        } else {
            long src = b.src, tgt = b.tgt;
            long psrc;
            bool p2 = false;
            if (o->petrarch2 && code[0] == ':') {
                /* "[:100]": a verb with only a passive meaning ("faces
                 * pressure from Congress") is read as a passive */
                snprintf(passive_code, sizeof passive_code, "%s", code + 1);
                code = passive_code;
                psrc = -1;
                for (long q = (long)x->verb_end; q + 1 < hi && psrc < 0; q++) {
                    if (!(word_at(u, q, "BY") || word_at(u, q, "FROM") || word_at(u, q, "IN"))) continue;
                    for (long r = q + 1; r < hi && r <= q + 3 && psrc < 0; r++)
                        if (u->v[r].kind == U_ACTOR) psrc = r;
                }
                if (psrc < 0 && b.tgt >= 0) psrc = b.tgt;
                if (psrc < 0) continue;
                p2 = true;
                src = psrc;
                tgt = b.src >= 0 ? b.src : subject_before(u, lo, i);
                if (tgt < 0) continue;
            } else if (o->petrarch2 && src < 0 && (tgt < 0 || tgt > i) && passive2(u, i, lo, hi, &psrc)) {
                p2 = true;
                /* the subject is the target, a "by" phrase (or failing that
                 * an actor the pattern read after the verb) the source */
                if (psrc < 0) psrc = tgt;
                if (psrc < 0) continue;
                src = psrc;
                tgt = subject_before(u, lo, i);
                if (tgt < 0) continue;
            }
            if (src < 0 && o->petrarch2 && c->subject >= 0 && first_actor(u, lo, i, tgt, NULL) < 0)
                src = c->subject;   /* "X gave a speech and met with Y" */
            if (src < 0) {
                src = first_actor(u, lo, i, tgt, NULL);
                if (src < 0) src = first_actor(u, 0, i, tgt, NULL);
                if (src < 0 && tgt >= 0 && tgt < i) src = first_actor(u, (long)x->verb_end, hi, tgt, NULL);
            }
            const unit *su0 = src >= 0 ? &u->v[src] : NULL;
            if (tgt < 0) {
                tgt = first_actor(u, (long)x->verb_end, hi, src, su0);
                if (tgt < 0 && src >= 0 && src < i && !o->petrarch2)
                    tgt = first_actor(u, src + 1 > lo ? src + 1 : lo, i, src, su0);
            }
            if (!p2 && b.src < 0 && b.tgt < 0 && src >= 0 && tgt >= 0 && passive(u, i, (long)x->verb_end, hi)) {
                long t = src; src = tgt; tgt = t;
            }
            unit defsrc = {0}, deftgt = {0}, split_s = {0}, split_t = {0};
            char *ds[1], *dt[1];
            const unit *su = src >= 0 ? &u->v[src] : NULL;
            const unit *tu = tgt >= 0 ? &u->v[tgt] : NULL;
            if (!su && o->default_source) {
                if (!o->default_source_prior && tu && tu->n_codes > 1) {
                    /* DEFAULT without PRIOR: a compound after the verb supplies
                     * both the source and the target */
                    split_s.codes = tu->codes; split_s.n_codes = 1;
                    split_t.codes = tu->codes + 1; split_t.n_codes = tu->n_codes - 1;
                    su = &split_s; tu = &split_t;
                } else if (!o->default_source_prior && tu) {
                    su = tu;
                    tu = NULL;
                } else {
                    ds[0] = o->default_source;
                    defsrc.codes = ds; defsrc.n_codes = 1;
                    su = &defsrc;
                }
            }
            if (!tu && o->default_target) {
                if (!o->default_target_after && su && su->n_codes > 1) {
                    /* DEFAULT without AFTER: a compound source supplies both */
                    split_s.codes = su->codes; split_s.n_codes = 1;
                    split_t.codes = su->codes + 1; split_t.n_codes = su->n_codes - 1;
                    su = &split_s; tu = &split_t;
                } else {
                    dt[0] = o->default_target;
                    deftgt.codes = dt; deftgt.n_codes = 1;
                    tu = &deftgt;
                }
            }
            unit nobody = {0};
            char *none[1] = {(char *)"---"};
            nobody.codes = none;
            nobody.n_codes = 1;
            if (o->no_dyad && su && !tu) tu = &nobody;
            if (!su || (!tu && !(o->petrarch2 && su->n_codes > 1))) continue;
            if (o->petrarch2 && !(tgt > 0 && u->v[tgt - 1].kind == U_WORD &&
                                   (!strcmp(u->v[tgt - 1].w, "WITH") || !strcmp(u->v[tgt - 1].w, "FROM"))) &&
                !(tgt >= 0 && u->v[tgt].from)) {
                /* PETRARCH2: [A:B] holds the active and the passive code; an
                 * active verb codes A only, unless its target comes "with"
                 * or "from" it ("held talks with B": B does as well) */
                snprintf(active, sizeof active, "%.*s", (int)strcspn(code, ":"), code);
                code = active;
            }
            if (o->petrarch2 && !tu && su && su->n_codes > 1 && strlen(code) >= 2 && code[0] == '0' &&
                code[1] >= '3' && code[1] <= '6') {
                /* PETRARCH2: members of a compound that meet, cooperate or
                 * intend to, with nobody else, do so with one another */
                for (size_t a = 0; a < su->n_codes; a++)
                    for (size_t z = 0; z < su->n_codes; z++)
                        if (a != z) emit(out, su->codes[a], su->codes[z], code, c->sent);
                status = CODED;
                break;
            }
            if (!tu) continue;
            int r = emit_pair_events(out, su, tu, code, c->sent, o->no_dyad, o->petrarch);
            if (r != CODED) return r;
            status = CODED;
        }
        if (dom) {
            c->dominant = true;
            for (size_t q = before; q < out->n; q++) out->v[q].dominant = true;
        }
        if (weak_code(code)) {
            if (weak_from < 0) weak_from = (long)before;
            continue;
        }
        if (weak_from >= 0 && o->code_by != 3) {
            /* a strong verb replaces the weak ones before it */
            size_t k = (size_t)weak_from;
            for (size_t q = (size_t)weak_from; q < before; q++) {
                free(out->v[q].source); free(out->v[q].target); free(out->v[q].code);
            }
            for (size_t q = before; q < out->n; q++) out->v[k++] = out->v[q];
            out->n = k;
        }
        if (o->code_by != 3) break;   /* CODE ALL codes every verb */
    }
    return status;
}

/* ------------------------------------------------------------ sentences */

/* Marks words inside comma-delimited clauses whose length is within the
 * COMMA: limits.  Internal clauses go first, with both their commas; the
 * initial and terminal clauses are then measured on what is left.  weight
 * counts a multi-word name as one word, as TABARI does. */
/* A clause made only of names, determiners, adjectives and conjunctions
 * ("Mordor, the awful Fornost, and Gondor") is part of a list, not a
 * subordinate clause. */
static bool list_clause(const tok *w, const int *weight, const signed char *kind, size_t a, size_t b)
{
    bool name = false;
    for (size_t i = a; i < b; i++) {
        if (w[i].kind == T_COMMA) continue;
        if (kind[i] == 1) { name = true; continue; }
        if (kind[i] == 2 || weight[i] == 0) continue;
        return false;
    }
    return name;
}

static void drop_comma_clauses(const tb_options *o, const tok *w, const int *weight,
                               const signed char *kind, size_t n, bool *drop)
{
    if (o->comma_off) return;
    long left = -1;
    for (size_t i = 0; i < n; i++) {
        if (w[i].kind != T_COMMA) continue;
        if (left >= 0) {
            int words = 0;
            for (size_t k = (size_t)left + 1; k < i; k++) words += weight[k];
            if (words >= o->comma_min && words <= o->comma_max &&
                !list_clause(w, weight, kind, (size_t)left + 1, i)) {
                for (size_t k = (size_t)left; k <= i; k++) drop[k] = true;
                left = -1;
                continue;
            }
        }
        left = (long)i;
    }
    long first = -1, last = -1;
    for (size_t i = 0; i < n; i++)
        if (w[i].kind == T_COMMA && !drop[i]) { if (first < 0) first = (long)i; last = (long)i; }
    if (first < 0) return;
    int words = 0;
    for (long i = 0; i < first; i++) words += drop[i] ? 0 : weight[i];
    if (words >= o->comma_bmin && words <= o->comma_bmax)
        for (long i = 0; i <= first; i++) drop[i] = true;
    words = 0;
    for (size_t i = (size_t)last + 1; i < n; i++) words += drop[i] ? 0 : weight[i];
    /* "A, B, and C met": a last clause that goes on with a list's last
     * member is the list's, kept whole (PETRARCH2, where lists come from the parse) */
    bool list_end = o->petrarch2 && (size_t)last + 2 < n && w[last + 1].kind == T_WORD &&
                    is_conj(w[last + 1].w) && kind[last + 2] == 1;
    if (words >= o->comma_emin && words <= o->comma_emax && !list_end &&
        !list_clause(w, weight, kind, (size_t)last + 1, n))
        for (size_t i = (size_t)last; i < n; i++) drop[i] = true;
}

enum { M_NONE, M_ACTOR, M_AGENT };

static bool is_preposition(const char *w)
{
    static const char *const prep[] = {"WITH", "IN", "OF", "AT", "ON", "FOR", "FROM", "TO", "BY",
                                       "AFTER", "BEFORE", "ABOUT", "AGAINST", "BETWEEN", NULL};
    for (int i = 0; prep[i]; i++) if (!strcmp(w, prep[i])) return true;
    return false;
}

/* True when the comma at i is followed by a subject (an actor within a few
 * words, not inside a prepositional phrase) and then its verb, before the
 * next comma or conjunction. */
static bool clause_after_comma(const units *u, size_t i)
{
    bool actor = false;
    for (size_t k = i + 1; k < u->n; k++) {
        const unit *x = &u->v[k];
        if (x->kind == U_COMMA || (x->kind == U_WORD && x->clause_end)) return false;
        if (x->kind == U_ACTOR) {
            if (!actor && k > i + 5) return false;
            actor = true;
        } else if (x->kind == U_WORD && x->verb >= 0) {
            return actor;
        } else if (!actor && x->kind == U_WORD && is_preposition(x->w)) {
            return false;
        }
    }
    return false;
}

static int code_sentence(const tb_dict *d, const tok *w0, size_t n0, long date, int sent,
                         tb_events *out, FILE *trace)
{
    const tb_options *o = &d->opt;
    bool *drop = calloc(n0 + 1, sizeof *drop);
    int *weight = calloc(n0 + 1, sizeof *weight);
    signed char *kind = calloc(n0 + 1, 1);   /* 1 a name, 2 a listing word */
    for (size_t i = 0; i < n0;) {
        size_t e;
        const tb_actor *a = w0[i].kind == T_WORD ? best_name(d, w0, i, n0, &e) : NULL;
        if (a && !a->agent) {
            weight[i] = 1;
            kind[i] = 1;
            i = e;
        } else {
            weight[i] = w0[i].kind == T_WORD;
            if (w0[i].kind == T_WORD && (is_determiner(w0[i].w) || is_conj(w0[i].w) ||
                                         word_class(d, w0[i].w) == 2 ||
                                         /* PETRARCH has no adjective list */
                                         (o->petrarch && !w0[i].cap && !may_be_verb(d, w0[i].w))))
                kind[i] = 2;
            i++;
        }
    }
    drop_comma_clauses(o, w0, weight, kind, n0, drop);
    free(weight);
    free(kind);
    tok *w = xrealloc(NULL, (n0 + 1) * sizeof *w);
    size_t n = 0;
    bool gap = false;
    for (size_t i = 0; i < n0; i++) {
        if (drop[i]) { gap = true; continue; }
        w[n] = w0[i];
        w[n++].gap = gap;
        gap = false;
    }
    free(drop);
    size_t words = 0, written = 0;
    for (size_t i = 0; i < n; i++) words += w[i].kind == T_WORD;
    for (size_t i = 0; i < n0; i++) written += w0[i].kind == T_WORD;
    if (!words || (o->min_words && (int)written < o->min_words)) { free(w); return NOT_CODED; }
    if (o->time_shift)
        for (size_t t = 0; t < d->n_times; t++)
            for (size_t i = 0; i < n0; i++)
                if (w0[i].kind == T_WORD && match_name(&d->times[t].phrase, w0, i, n0)) {
                    free(w);
                    return !strcmp(d->times[t].codes[0].code, "###") ? DISCARD : COMPLEX;
                }
    if (o->petrarch2)
        /* PETRARCH2 looks for discard phrases among the sentence's words
         * split at spaces: a phrase counts when another word follows it
         * ("three years ago, ..." keeps its comma and is no match) */
        for (size_t i = 0; i < n0; i++) {
            size_t e;
            const tb_actor *a = w0[i].kind == T_WORD ? best_name(d, w0, i, n0, &e) : NULL;
            if (!a || !a->discard) continue;
            if (e < n0 && w0[e].kind == T_WORD) {
                if (trace) fprintf(trace, "  discard phrase at \"%s\" (%s:%d)\n", w0[i].w, a->file ? a->file : "", a->line);
                free(w);
                return DISCARD;
            }
        }
    bool allcaps = o->allcaps;
    if (!allcaps) {
        /* a sentence written in capitals says nothing about nouns */
        size_t caps = 0;
        for (size_t i = 0; i < n; i++) caps += w[i].kind == T_WORD && w[i].cap;
        allcaps = caps == words;
    }

    /* mentions: actor and agent phrases, pronouns */
    typedef struct mention {
        int kind; size_t b, e; const tb_actor *a;
        const tb_actor *inner[4]; int n_inner;   /* PETRARCH: agents inside an agent */
    } mention;
    mention *m = xrealloc(NULL, (n + 1) * sizeof *m);
    size_t nm = 0;
    for (size_t i = 0; i < n;) {
        if (w[i].kind != T_WORD) { i++; continue; }
        size_t e;
        const tb_actor *a = best_name(d, w, i, n, &e);
        if (a && a->discard && o->petrarch2) {
            /* read on the sentence as written, below */
            i = e;
            continue;
        }
        if (a && a->discard) {
            /* a PETRARCH discard phrase drops the sentence */
            if (trace) fprintf(trace, "  discard phrase at \"%s\" (%s:%d)\n", w[i].w, a->file ? a->file : "", a->line);
            free(m);
            free(w);
            return DISCARD;
        }
        if (a) {
            mention x = {a->agent ? M_AGENT : M_ACTOR, i, e, a, {0}, 0};
            if (a->agent && o->petrarch)
                /* "main opposition group": MAIN_OPPOSITION_GROUP and OPPOSITION_GROUP */
                for (size_t k = i + 1; k < e && x.n_inner < 4; k++) {
                    size_t e2;
                    const tb_actor *in = best_name(d, w, k, n, &e2);
                    if (in && in->agent && e2 <= e) x.inner[x.n_inner++] = in;
                }
            m[nm++] = x;
            i = e;
        } else {
            i++;
        }
    }

    /* units: words, commas and actors (agents joined to their actor) */
    units u = {0};
    size_t mi = 0;
    int status = NOT_CODED;
    for (size_t i = 0; i < n;) {
        if (mi < nm && m[mi].b == i) {
            mention *x = &m[mi];
            if (x->kind == M_ACTOR) {
                unit a = {.kind = U_ACTOR, .verb = -1};
                if (o->petrarch2) a.fw = w[x->b].w;
                const char *c = code_on(x->a, date);
                if (!c) c = "---";
                /* "ELR/GAL": one actor standing for several */
                char buf[256];
                snprintf(buf, sizeof buf, "%s", c);
                char *save = NULL;
                for (char *p = strtok_r(buf, "/", &save); p; p = strtok_r(NULL, "/", &save)) add_code(&a, p);
                if (a.n_codes) snprintf(a.root, sizeof a.root, "%s", a.codes[0]);
                size_t end = x->e;
                mi++;
                /* actor + agent: "Gondor's prime minister" */
                if (mi < nm && m[mi].kind == M_AGENT && end + 1 < n && m[mi].b == end + 1 &&
                    !strcmp(w[end].w, "FORMER"))
                    end++;
                /* PETRARCH: the agent of a possessor's noun phrase is the
                 * possessor's ("Dagolath's first deputy prime minister") */
                if (o->petrarch && mi < nm && m[mi].kind == M_AGENT && m[mi].b > end &&
                    m[mi].b <= end + 3 && end > 0) {
                    const char *last = w[end - 1].w;
                    size_t ll = strlen(last);
                    bool poss = ll > 2 && (!strcmp(last + ll - 2, "'S") || last[ll - 1] == '\'');
                    for (size_t q = end; poss && q < m[mi].b; q++)
                        if (w[q].kind != T_WORD || w[q].gap) poss = false;
                    if (poss) end = m[mi].b;
                }
                if (mi < nm && m[mi].kind == M_AGENT && m[mi].b == end && !w[end].gap) {
                    const char *g = code_on(m[mi].a, date);
                    /* "Arnor former security officials", "former Gondor prosecutors" */
                    if ((end > 0 && !strcmp(w[end - 1].w, "FORMER")) ||
                        (x->b > 0 && !strcmp(w[x->b - 1].w, "FORMER")))
                        g = "~ELI";
                    for (int q = -1; g && q < m[mi].n_inner; q++) {
                        const char *gg = q < 0 ? g : code_on(m[mi].inner[q], date);
                        for (size_t k = 0; gg && k < a.n_codes; k++) {
                            char *j = with_agent(a.codes[k], gg);
                            free(a.codes[k]);
                            a.codes[k] = j;
                        }
                    }
                    end = m[mi].e;
                    mi++;
                    /* ... followed by the person's name: "President Romendacil" */
                    if (mi < nm && m[mi].kind == M_ACTOR && m[mi].b == end && !w[end].gap) { end = m[mi].e; mi++; }
                }
                units_push(&u, a);
                i = end;
                continue;
            }
            /* agent first: "the ambassadors of Arnor", "activists in Arnor",
             * "minister Calimehtar" */
            const char *g = code_on(x->a, date);
            size_t after = x->e;
            if (after < n && (!strcmp(w[after].w, "OF") || !strcmp(w[after].w, "IN") ||
                              (o->petrarch && !strcmp(w[after].w, "FROM")))) {
                after++;
                if (after < n && !strcmp(w[after].w, "THE")) after++;
            }
            if (x->b > 0 && !strcmp(w[x->b - 1].w, "FORMER")) g = "~ELI";
            if (o->petrarch2 && g && mi + 1 < nm && m[mi + 1].kind == M_ACTOR && m[mi + 1].b != after &&
                m[mi + 1].b != x->e) {
                /* PETRARCH2 reads an actor in the agent's noun phrase: "the
                 * mayor of the northern West Bank", "an Islamic State target
                 * southwest of Baghdad", "dissidents from military-ruled
                 * Myanmar": a few words, of/in/from, a few words */
                static const char *const stop[] = {"THAT", "WHICH", "WHO", "WHOSE", "AND", "OR", "BUT",
                                                   "THE", "A", "AN", NULL};
                size_t q = x->e, prep = 0;
                for (; q < m[mi + 1].b && q < x->e + 6; q++) {
                    if (w[q].kind != T_WORD || w[q].gap) break;
                    if (!prep && (!strcmp(w[q].w, "OF") || !strcmp(w[q].w, "IN") || !strcmp(w[q].w, "FROM"))) {
                        prep = q + 1;
                        continue;
                    }
                    if (prep && q == prep && !strcmp(w[q].w, "THE")) continue;
                    if (word_in(w[q].w, stop) || (prep ? q >= prep + 2 : q >= x->e + 3)) break;
                }
                if (prep && q == m[mi + 1].b) after = m[mi + 1].b;
            }
            if (g && mi + 1 < nm && m[mi + 1].kind == M_ACTOR &&
                (m[mi + 1].b == after || m[mi + 1].b == x->e) && !w[m[mi + 1].b].gap) {
                unit a = {.kind = U_ACTOR, .verb = -1};
                if (o->petrarch2) a.fw = w[x->b].w;
                const char *c = code_on(m[mi + 1].a, date);
                char buf[256];
                snprintf(buf, sizeof buf, "%s", c ? c : "---");
                char *save = NULL;
                for (char *p = strtok_r(buf, "/", &save); p; p = strtok_r(NULL, "/", &save)) {
                    if (!a.root[0]) snprintf(a.root, sizeof a.root, "%s", p);
                    char *j = with_agent(p, g);
                    for (int q = 0; q < x->n_inner; q++) {
                        const char *gg = code_on(x->inner[q], date);
                        if (!gg) continue;
                        char *j2 = with_agent(j, gg);
                        free(j);
                        j = j2;
                    }
                    add_code(&a, j);
                    free(j);
                }
                if (o->petrarch) a.lead = x->a;
                for (size_t q = x->e; o->petrarch2 && q < m[mi + 1].b; q++)
                    if (!strcmp(w[q].w, "FROM")) a.from = true;
                size_t end = m[mi + 1].e;
                mi += 2;
                /* "former Gondor prosecutors", "an MSF Arnor diplomat": the agent
                 * after the name */
                if (mi < nm && m[mi].kind == M_AGENT && m[mi].b == end && !w[end].gap) {
                    const char *g2 = code_on(m[mi].a, date);
                    if (g2 && strcmp(g, "~ELI"))
                        for (size_t k = 0; k < a.n_codes; k++) {
                            char *j = with_agent(a.codes[k], g2);
                            free(a.codes[k]);
                            a.codes[k] = j;
                        }
                    end = m[mi].e;
                    mi++;
                }
                units_push(&u, a);
                i = end;
                continue;
            }
            if (g && (o->convert_agent || o->petrarch)) {
                /* an agent alone: TABARI's CONVERT AGENT codes it "~GOV",
                 * PETRARCH "---GOV" */
                unit a = {.kind = U_ACTOR, .verb = -1};
                if (o->petrarch2) a.fw = w[x->b].w;
                if (o->petrarch) {
                    char *j = with_agent("---", g);
                    add_code(&a, j);
                    free(j);
                } else {
                    add_code(&a, g);
                }
                units_push(&u, a);
                i = x->e;
                mi++;
                continue;
            }
            mi++;   /* a lone agent is just words */
        }
        if (w[i].kind == T_COMMA) {
            units_push(&u, (unit){.kind = U_COMMA, .verb = -1});
        } else if (w[i].kind == T_WORD) {
            unit x = {.kind = U_WORD, .w = w[i].w, .cap = w[i].cap && !allcaps, .first = i == 0,
                      .verb = -1, .pron = is_pronoun(w[i].w)};
            units_push(&u, x);
        }
        i++;
    }
    free(m);

    /* compounds: "A and B", "A, the B and evil C": actors joined by commas
     * and conjunctions, with determiners and adjectives allowed before each */
    for (size_t i = 0; i < u.n; i++) {
        if (u.v[i].kind != U_ACTOR) continue;
        size_t j = i, last = i;
        bool conj = false;
        for (;;) {
            size_t k = j + 1;
            bool sep = false, cj = false, adj = false;
            while (k < u.n) {
                const unit *y = &u.v[k];
                /* "Ithilen's awful and evil minister": words before the
                 * separator belong to the first actor's phrase, no list */
                if (y->kind == U_COMMA && !sep && !adj) { sep = true; k++; continue; }
                if (y->kind == U_WORD && is_conj(y->w) && !cj && !adj) { cj = sep = true; k++; continue; }
                if (y->kind == U_WORD && !strcmp(y->w, "NEITHER")) { k++; continue; }
                if (y->kind == U_WORD && (is_determiner(y->w) || word_class(d, y->w) == 2)) {
                    adj = true;
                    k++;
                    continue;
                }
                /* PETRARCH has no adjective list: after a separator, up to
                 * three lower-case words that cannot be verbs ("and the evil
                 * awful Gondor") */
                if (o->petrarch && sep && y->kind == U_WORD && !y->cap && !y->pron && k - j <= 4 &&
                    !is_conj(y->w) && !may_be_verb(d, y->w)) {
                    adj = true;
                    k++;
                    continue;
                }
                break;
            }
            if (k >= u.n || u.v[k].kind != U_ACTOR || u.v[k].pron) break;
            if (!sep && k == j + 1) break;   /* two names side by side stay apart */
            if (conj && sep) break;          /* the list ended at its conjunction */
            conj |= cj;
            last = j = k;
        }
        if (!conj || last == i) continue;
        unit *a = &u.v[i];
        const char *lead = a->lead ? code_on(a->lead, date) : NULL;
        /* PETRARCH2: "Arnorian and Gondorian students": an agent after the list's
         * last member is every bare member's */
        char tail[32] = "";
        if (o->petrarch2) {
            const unit *z = &u.v[last];
            size_t rl = strlen(z->root);
            if (rl && z->n_codes == 1 && !strncmp(z->codes[0], z->root, rl) && z->codes[0][rl] &&
                strlen(z->codes[0] + rl) < sizeof tail)
                snprintf(tail, sizeof tail, "%s", z->codes[0] + rl);
            for (size_t k = i; k < last && tail[0]; k++)
                if (u.v[k].kind == U_ACTOR && (u.v[k].n_codes != 1 || strlen(u.v[k].codes[0]) > 3)) tail[0] = 0;
            for (size_t k = i; k < last && tail[0]; k++) {
                if (u.v[k].kind != U_ACTOR) continue;
                char joined[96];
                snprintf(joined, sizeof joined, "%s%s", u.v[k].codes[0], tail);
                free(u.v[k].codes[0]);
                u.v[k].codes[0] = xstrdup(joined);
            }
        }
        for (size_t k = i + 1; k <= last; k++) {
            if (u.v[k].kind == U_ACTOR)
                for (size_t c = 0; c < u.v[k].n_codes; c++) {
                    /* PETRARCH: the list shares the agent that leads it */
                    if (lead && !u.v[k].lead && strlen(u.v[k].codes[c]) <= 3) {
                        char *shared = with_agent(u.v[k].codes[c], lead);
                        add_code(a, shared);
                        free(shared);
                    } else if (o->petrarch && a->root[0] && !strncmp(u.v[k].codes[c], "---", 3) &&
                               u.v[k].codes[c][3]) {
                        /* "Gondorian press and government": the agent alone takes
                         * the actor of the list's first member */
                        char joined[96];
                        snprintf(joined, sizeof joined, "%s%s", a->root, u.v[k].codes[c] + 3);
                        add_code(a, joined);
                    } else {
                        add_code(a, u.v[k].codes[c]);
                    }
                }
            unit_free(&u.v[k]);
        }
        a->compound = a->n_codes > 1;
        memmove(&u.v[i + 1], &u.v[last + 1], (u.n - last - 1) * sizeof *u.v);
        u.n -= last - i;
    }

    /* verbs: a word after a determiner, written with a capital letter in
     * mid-sentence, or listed as a noun or adjective is not a verb */
    size_t nverbs = 0;
    for (size_t i = 0; i < u.n; i++) {
        unit *x = &u.v[i];
        if (x->kind != U_WORD || x->pron) continue;
        if (i > 0 && u.v[i - 1].kind == U_WORD && is_determiner(u.v[i - 1].w)) continue;
        if (x->cap && !x->first) continue;
        if (word_class(d, x->w)) continue;
        find_verb(d, &u, i, u.n);
        if (x->verb >= 0) nverbs++;
    }
    /* clause ends: conjunctions, except between two plain words that are
     * both listed as nouns or adjectives ("sheep and goats") or neither
     * ("easy or pleasant"); a listed word next to an unlisted one starts a
     * new phrase ("awful and cool") */
    for (size_t i = 0; i < u.n; i++) {
        unit *x = &u.v[i];
        if (x->kind != U_WORD || !is_conj(x->w)) continue;
        x->clause_end = true;
        if (i == 0 || i + 1 >= u.n) continue;
        const unit *p = &u.v[i - 1], *q = &u.v[i + 1];
        bool plain = p->kind == U_WORD && q->kind == U_WORD && p->verb < 0 && q->verb < 0 &&
                     !p->pron && !q->pron && !is_conj(q->w) && strcmp(q->w, "THEN") &&
                     !is_determiner(q->w);
        if (plain && (word_class(d, p->w) != 0) == (word_class(d, q->w) != 0)) x->clause_end = false;
    }
    /* PETRARCH2 reads subordinate clauses from its parse: a subordinating
     * word followed by a subject ("a day before the envoy flies to Osgiliath",
     * "as the Gondorian leader waited") ends the clause */
    if (o->petrarch2) {
        static const char *const sub[] = {"AS", "BEFORE", "AFTER", "WHILE", "WHEN", "SINCE", "UNTIL",
                                          "BECAUSE", "UNLESS", "ALTHOUGH", "THOUGH", "WHEREAS", "IF", NULL};
        for (size_t i = 0; i + 1 < u.n; i++) {
            unit *x = &u.v[i];
            if (x->kind != U_WORD || !word_in(x->w, sub)) continue;
            size_t k = i + 1;
            if (k < u.n && u.v[k].kind == U_WORD && is_determiner(u.v[k].w)) k++;
            if (k < u.n && (u.v[k].kind == U_ACTOR || u.v[k].pron)) x->clause_end = x->subord = true;
        }
    }
    /* pronouns: the first actor of the sentence, unless that is the subject
     * of the pronoun's own clause; then the nearest actor before it */
    {
        long clause_start = 0;
        for (size_t i = 0; i < u.n; i++) {
            unit *x = &u.v[i];
            if (x->kind == U_WORD && x->clause_end) { clause_start = (long)i + 1; continue; }
            if (!x->pron) continue;
            long first = -1, subject = -1, near = -1;
            for (long q = 0; q < (long)i; q++) {
                if (u.v[q].kind != U_ACTOR) continue;
                if (first < 0) first = q;
                if (q >= clause_start && subject < 0) subject = q;
            }
            long pick = first;
            if (first >= 0 && subject >= 0 && same_codes(&u.v[first], &u.v[subject])) {
                for (long q = (long)i - 1; q >= 0; q--)
                    if (u.v[q].kind == U_ACTOR && !same_codes(&u.v[q], &u.v[subject])) { near = q; break; }
                if (near >= 0) pick = near;
            }
            if (pick < 0 && o->forward && out->forward_in[0]) {
                /* FORWARD: a pronoun with nothing before it takes the actor of
                 * the record before */
                x->kind = U_ACTOR;
                add_code(x, out->forward_in);
                continue;
            }
            if (pick < 0) continue;
            x->kind = U_ACTOR;
            for (size_t k = 0; k < u.v[pick].n_codes; k++) add_code(x, u.v[pick].codes[k]);
            x->compound = x->n_codes > 1;
        }
    }

    size_t nconj = 0;
    for (size_t i = 0; i < u.n; i++) nconj += u.v[i].kind == U_WORD && u.v[i].clause_end;
    if (trace) {
        fprintf(trace, "  units:");
        for (size_t i = 0; i < u.n; i++) {
            if (u.v[i].kind == U_COMMA) fputs(" ,", trace);
            else if (u.v[i].kind == U_WORD) fprintf(trace, " %s%s%s", u.v[i].w, u.v[i].verb >= 0 ? "*" : "",
                                                    u.v[i].clause_end ? "|" : "");
            else {
                fputs(" [", trace);
                for (size_t k = 0; k < u.v[i].n_codes; k++) fprintf(trace, "%s%s", k ? "/" : "", u.v[i].codes[k]);
                fputs("]", trace);
            }
        }
        fputc('\n', trace);
    }
    for (size_t i = 0; i < u.n && !out->forward_out[0]; i++)
        if (u.v[i].kind == U_ACTOR && !u.v[i].pron && u.v[i].root[0])
            snprintf(out->forward_out, sizeof out->forward_out, "%s", u.v[i].root);
    for (size_t i = 0; i < u.n; i++)
        if (u.v[i].kind == U_ACTOR)
            for (size_t k = 0; k < u.v[i].n_codes; k++)
                if (!strcmp(u.v[i].codes[k], "###") && !o->petrarch) { status = DISCARD; goto done; }
    if ((o->complex_verbs && (int)nverbs >= o->complex_verbs) ||
        (o->complex_conj && (int)nconj >= o->complex_conj)) {
        status = COMPLEX;
        goto done;
    }

    /* clauses */
    {
        sent_ctx c = {d, &u, sent, trace, 0, -1, -1, -1, -1};
        size_t first_event = out->n;
        long lo = 0;
        bool main_subject = false;   /* PETRARCH2: the main clause has an actor for a subject */
        for (long i = 0; i <= (long)u.n; i++) {
            /* PETRARCH reads clauses from a parse; without one, a comma
             * followed by a subject and its verb stands in for a clause
             * boundary ("..., the official news agency said") */
            if (i < (long)u.n && !(u.v[i].kind == U_WORD && u.v[i].clause_end) &&
                !(o->petrarch && u.v[i].kind == U_COMMA && clause_after_comma(&u, (size_t)i)))
                continue;
            /* PETRARCH2 codes a subordinate clause ("a day before Sarkozy
             * heads to Beijing") only when the main clause has no actor
             * for a subject ("the stopover came as the US leader ...") */
            bool subordinate = o->petrarch2 && lo > 0 && u.v[lo - 1].kind == U_WORD && u.v[lo - 1].subord;
            int r = subordinate && main_subject ? NOT_CODED : code_clause(&c, lo, i, out);
            if (r == DISCARD || r == COMPLEX) { status = r; break; }
            if (o->petrarch2) {
                /* the clause's subject: its first actor before its first verb */
                long v = lo;
                while (v < i && !(u.v[v].kind == U_WORD && u.v[v].verb >= 0)) v++;
                long sj = first_actor(&u, lo, v, -1, NULL);
                if (sj >= 0) c.subject = sj;
                if (!subordinate) main_subject = sj >= 0;
            }
            if (r == CODED) {
                status = CODED;
                if (o->code_by == 1) break;   /* CODE BY SENTENCE: the first event only */
            }
            lo = i + 1;
        }
        if (status == CODED && c.dominant) {
            /* a dominant code ("!") replaces the other events of the sentence */
            size_t k = first_event;
            for (size_t q = first_event; q < out->n; q++) {
                if (out->v[q].dominant) { out->v[k++] = out->v[q]; continue; }
                free(out->v[q].source); free(out->v[q].target); free(out->v[q].code);
            }
            out->n = k;
        }
    }
done:
    for (size_t i = 0; i < u.n; i++) unit_free(&u.v[i]);
    free(u.v);
    free(w);
    return status;
}

void tb_code(const tb_dict *d, const char *text, long date, tb_events *out, FILE *trace)
{
    out->forward_out[0] = 0;
    toks t = {0};
    read_words(text, &t, d->opt.treebank);
    size_t start = 0;
    int sent = 0;
    size_t first_event = out->n;
    for (size_t i = 0; i <= t.n; i++) {
        if (i < t.n && t.v[i].kind != T_STOP) continue;
        if (i > start) {
            sent++;
            if (trace) fprintf(trace, "sentence %d\n", sent);
            size_t before = out->n;
            int r = code_sentence(d, &t.v[start], i - start, date, sent, out, trace);
            if (r == DISCARD) {
                /* a discard code removes the whole record */
                for (size_t k = first_event; k < out->n; k++) {
                    free(out->v[k].source); free(out->v[k].target); free(out->v[k].code);
                }
                out->n = first_event;
                out->discarded = true;
                break;
            }
            if (r == COMPLEX) {
                for (size_t k = before; k < out->n; k++) {
                    free(out->v[k].source); free(out->v[k].target); free(out->v[k].code);
                }
                out->n = before;
                out->complex = true;
            }
        }
        start = i + 1;
    }
    toks_free(&t);
}
