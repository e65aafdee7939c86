/* places.c — find the places an article names and resolve each to one
 * gazetteer entry.
 *
 * Recognition: country names, demonyms and capitals come from the
 * "country" lexicon; every other place is a span of tokens starting at a
 * capitalised word whose normalised text is a gazetteer name (the longest
 * such span wins; lower-case words may continue a span, as in "Ain al-Asad
 * air base").  A gazetteer hit counts as a place only with some evidence
 * that the text means a place: a locative word before it ("in", "near",
 * "village of"), a place word after it ("village", "province"), a comma and
 * a known region after it, being a country or province, or being a large
 * city of a country the article is about.  Words in the "placestop"
 * lexicon (weekdays, titles, common words) are never places on their own.
 *
 * Counties ("Laurel County", "Kurram Agency") are GeoNames' second-level
 * divisions, which the gazetteer indexes under "~" and the name's core; a
 * direction before a country ("southern Lebanon") is its region named for
 * that direction; "the Kenyan capital" is the demonym's country's capital.
 *
 * Resolution: candidates are scored by kind, population and how strongly
 * their country and province are in play in the article (country names,
 * demonyms, the dateline, regions named, places whose readings all lie in
 * one country), nearness to a town with only one reading, the region
 * named after a comma ("Paris, Texas"), and the support of the readings of
 * the article's other names that lie near it (coherence.c: "Paris" beside
 * "Henry County" is Paris, Tennessee); the best candidate wins.  Two
 * passes: the first collects evidence and every name's readings, the
 * second resolves with them.
 *
 * sitrep_geoparse() (at the end) is the geoparser on its own: the same
 * places plus what only a place list needs (demonyms, continents and seas,
 * one sense per discourse for places and for people named like towns),
 * with each span mapped back to the raw text.  See docs/geoparser.md.
 */
#include "internal.h"
#include "gazetteer.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SPAN 7       /* tokens in one place name */
static double km_between(const sr_place *x, const sr_place *y);
#define MAX_CAND 48
static bool county_at(const sitrep *s, const char *text, const sr_tokens *t, uint32_t b,
                      uint32_t e, const sr_geo_context *g, sr_place *out, int *n_cand);
static void county_context(const sitrep *s, const char *text, const sr_tokens *t,
                           sr_geo_context *add, sr_geo_cloud *cloud);

static void ctx_add(sr_geo_context *g, const char *iso2, double w)
{
    if (!iso2 || !iso2[0]) return;
    for (int i = 0; i < g->n; i++)
        if (!strcmp(g->iso2[i], iso2)) { g->weight[i] += w; return; }
    if (g->n == 64) return;
    snprintf(g->iso2[g->n], 3, "%s", iso2);
    g->weight[g->n++] = w;
}

static double ctx_weight(const sr_geo_context *g, const char *iso2)
{
    for (int i = 0; i < g->n; i++)
        if (!strcmp(g->iso2[i], iso2)) return g->weight[i];
    return 0;
}

/* A country's evidence apart from its own name, which a namesake town bears
 * too ("Palestine man", "Palestine police"): demonyms, places, the dateline. */
static double ctx_apart_from_name(const sr_geo_context *g, const char *iso2)
{
    for (int i = 0; i < g->n; i++)
        if (!strcmp(g->iso2[i], iso2)) return g->weight[i] - g->by_name[i];
    return 0;
}

bool sr_country_centroid(const sitrep *s, const char *iso2, float *lat, float *lon,
                         const char **name)
{
    int ix = sr_iso2_index(iso2);
    const sr_lex_entry *e = ix >= 0 ? s->country_canon[ix] : NULL;
    if (!e) return false;
    const char *la = sr_lex_get(e, "lat"), *lo = sr_lex_get(e, "lon");
    if (!la || !lo) return false;
    *lat = (float)atof(la);
    *lon = (float)atof(lo);
    if (name) *name = e->phrase;
    return true;
}

static bool is_locative(const char *w)
{
    static const char *const L[] = {"in", "at", "near", "of", "from", "to", "outside",
                                    "inside", "across", "into", "around", "toward",
                                    "towards", "on", "between", "and", "via", "through",
                                    "northern", "southern", "eastern", "western",
                                    "central", "north", "south", "east", "west",
                                    "northeast", "northwest", "southeast", "southwest",
                                    "northeastern", "northwestern", "southeastern",
                                    "southwestern", "besieged", "town", "city",
                                    "village", "province", "region", "state",
                                    "district", "neighbourhood", "neighborhood",
                                    "suburb", "capital", "governorate", "area", "metro",
                                    "greater", "downtown", "suburban", NULL};
    return sr_word_in(w, L);
}

static bool is_place_noun(const char *w)
{
    static const char *const P[] = {"village", "town", "city", "province", "region",
                                    "district", "state", "governorate", "county",
                                    "area", "camp", "neighbourhood", "neighborhood",
                                    "territory", "municipality", "refugee", "border",
                                    "airport", "base", "prefecture", "oblast",
                                    "department", "valley", "hills", NULL};
    return sr_word_in(w, P);
}

/* Words after a name that make it a first-level region. */
static bool is_admin_noun(const char *w)
{
    static const char *const A[] = {"province", "department", "governorate", "state", "region",
                                    "oblast", "prefecture", "emirate", NULL};
    return sr_word_in(w, A);
}

static bool stopword(const sitrep *s, const sr_tokens *t, uint32_t i, uint32_t e)
{
    uint32_t end;
    const sr_lex_entry *x = sr_lexicon_match_at(s->lex, "placestop", t, i, e, &end);
    return x && end == i + 1;
}

/* What lying near the readings of the article's other place names is worth
 * (coherence.c): readings within COHERENCE_KM of each other support each
 * other; a unit of support (one other name vouching fully; at most two
 * count) is worth COHERENCE_WEIGHT in score, where population counts as its
 * log10, so two names beside a town outweigh a capital's size; a reading
 * COHERENCE_SIGMA below its own name's best vouches e times less.  Chosen
 * on the four geoparsing corpora (docs/geoparser.md); the figures move
 * little between 40 and 60 km and weights 6 to 10. */
#define COHERENCE_KM 50.0
#define COHERENCE_WEIGHT 8.0
#define COHERENCE_SIGMA 1.5
/* what being found under an alternate name costs a town */
#define ALT_NAME_COST 2.0
static double coherence_bonus(const sr_geo_context *g, const sr_place *p)
{
    return COHERENCE_WEIGHT * sr_cloud_support(g->cloud, p);
}

static uint32_t bytes_hash(const char *s, size_t n);

/* Whether the first round still collects readings and has none of this
 * name: the check before working out readings' priors. */
static bool cloud_wants(const sr_geo_cloud *c, uint32_t name)
{
    return c && !sr_cloud_solved(c) && !sr_cloud_has(c, name);
}

/* The group of a normalised name for coherence.c: its region core ("platte"
 * for "Platte County" and "Platte"), so that a county and its namesake town
 * never vouch for each other. */
static uint32_t name_group(const char *norm)
{
    char core[256];
    size_t l = sr_gaz_region_core(norm, core, sizeof core);
    return bytes_hash(core, l);
}

/* Score one candidate for a mention. */
static double cand_score(const sr_place *p, const sr_geo_context *g)
{
    double sc = 0;
    /* a province of the same name counts for a hundred times its people,
     * not more: Portland, Oregon outweighs Portland parish in Jamaica */
    switch (p->kind) {
    case SR_PLACE_COUNTRY: sc += 6; break;
    case SR_PLACE_ADMIN1: sc += 2; break;
    case SR_PLACE_AIRPORT: sc += 3; break;
    default: break;
    }
    sc += log10((double)p->population + 10.0);
    if (!strcmp(p->feature, "PPLC")) sc += 2;
    else if (!strcmp(p->feature, "PPLA")) sc += 1;
    double w = ctx_weight(g, p->country);
    if (w > 0) sc += 4 + 2 * log(1 + w);
    /* near a town of the article that has only one reading ("Decatur" in
     * an article about Stone Mountain and Lithonia) */
    if (p->kind == SR_PLACE_CITY)
        for (int k = 0; k < g->n_anchor; k++) {
            sr_place a = {0};
            a.lat = g->anchor_lat[k];
            a.lon = g->anchor_lon[k];
            double d = km_between(p, &a);
            if (d > 0.5 && d < 150) {
                sc += 3;
                break;
            }
        }
    if (p->admin1 && p->admin1[0] && p->kind != SR_PLACE_ADMIN1)
        for (int k = 0; k < g->n_admin1; k++)
            if (!strcmp(g->admin1_cc[k], p->country) && !strcmp(g->admin1[k], p->admin1)) {
                sc += 3;
                break;
            }
    sc += coherence_bonus(g, p);
    return sc;
}

static void push(sr_toponym **v, size_t *n, size_t *cap, sr_toponym x)
{
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        *v = sr_xrealloc(*v, *cap * sizeof **v);
    }
    (*v)[(*n)++] = x;
}

static int topo_cmp(const void *a, const void *b)
{
    const sr_toponym *x = a, *y = b;
    return (x->tok_begin > y->tok_begin) - (x->tok_begin < y->tok_begin);
}

/* The first-level region of country cc named for a direction word
 * ("southern" -> "South Governorate", "Southern District", "Southern
 * Province"), or false. */
static bool directional_admin1(const sitrep *s, const char *w, const char *cc, sr_place *out)
{
    static const char *const DIR[][3] = {
        {"northern", "north", "northern"}, {"north", "north", "northern"},
        {"southern", "south", "southern"}, {"south", "south", "southern"},
        {"eastern", "east", "eastern"}, {"east", "east", "eastern"},
        {"western", "west", "western"}, {"west", "west", "western"},
        {"central", "central", "centre"}, {NULL, NULL, NULL}};
    static const char *const KIND[] = {" governorate", " district", " province", " region",
                                       " state", NULL};
    for (int d = 0; DIR[d][0]; d++) {
        if (strcmp(w, DIR[d][0])) continue;
        for (int f = 1; f <= 2; f++)
            for (int k = 0; KIND[k]; k++) {
                /* the region's own name, not sr_gaz_admin1()'s fallback to
                 * the bare direction ("south") */
                char name[64];
                snprintf(name, sizeof name, "%s%s", DIR[d][f], KIND[k]);
                sr_place c[MAX_CAND];
                size_t m = sr_gaz_lookup(s->gaz, name, c, MAX_CAND);
                for (size_t j = 0; j < m; j++)
                    if (c[j].kind == SR_PLACE_ADMIN1 && !strcmp(c[j].country, cc)) {
                        *out = c[j];
                        return true;
                    }
            }
        return false;
    }
    return false;
}

/* Whether a town the first round read lies in region r. */
static bool town_in_region(const sr_geo_context *g, const sr_place *r)
{
    for (int k = 0; k < g->n_town_admin1; k++)
        if (!strcmp(g->town_admin1_cc[k], r->country) && r->admin1 && !strcmp(g->town_admin1[k], r->admin1))
            return true;
    return false;
}

/* A country-lexicon phrase ("Paris", "Georgia") as a gazetteer name: its
 * normalised form, and its readings, looked up on first use and then
 * shared by every rule of country_at() that weighs them. */
typedef struct phrase_readings {
    char norm[256];
    size_t len;
    bool looked;
    sr_place c[MAX_CAND];
    size_t k;
} phrase_readings;

static void phrase_init(phrase_readings *r, const char *phrase)
{
    r->len = sr_name_norm(phrase, strlen(phrase), r->norm, sizeof r->norm);
    r->looked = false;
    r->k = 0;
}

static size_t phrase_lookup(const sitrep *s, phrase_readings *r)
{
    if (!r->looked) {
        r->looked = true;
        r->k = r->len && s->gaz ? sr_gaz_lookup(s->gaz, r->norm, r->c, MAX_CAND) : 0;
    }
    return r->k;
}

/* Country-lexicon matches: names and capitals are toponyms, demonyms are
 * evidence only.  Returns the end token of the match or i. */
static uint32_t country_at(const sitrep *s, const sr_tokens *t, uint32_t i, uint32_t e,
                           uint32_t sent, sr_geo_context *g, sr_toponym **v, size_t *n,
                           size_t *cap, bool resolve)
{
    uint32_t end;
    const sr_lex_entry *x = sr_lexicon_match_at(s->lex, "country", t, i, e, &end);
    if (!x) return i;
    /* country names are proper nouns: require a capital letter */
    if (!(t->tok[i].flags & SR_TOK_CAP)) return i;
    /* "Voice of America", "Bank of England": the end of an institution's name */
    if (i >= 2 && !strcmp(t->tok[i - 1].norm, "of") && (t->tok[i - 2].flags & SR_TOK_CAP) &&
        !(t->tok[i - 2].flags & SR_TOK_SENT_START) && !is_locative(t->tok[i - 2].norm) &&
        !is_place_noun(t->tok[i - 2].norm))
        return end;
    const char *cc = sr_lex_get(x, "iso2");
    const char *type = sr_lex_get(x, "type");
    if (!cc || !type) return i;
    /* "TOLD US", "LET US": in upper-case text "US" is the pronoun as often
     * as the country; it counts only beside lower-case words */
    if (end == i + 1 && (t->tok[i].flags & SR_TOK_UPPER) && !strcmp(t->tok[i].norm, "us")) {
        bool caps_before = i > 0 && (t->tok[i - 1].flags & SR_TOK_UPPER);
        bool caps_after = i + 1 < t->n && (t->tok[i + 1].flags & SR_TOK_UPPER);
        if (caps_before || caps_after) return end;
    }
    /* "Guernsey County", "Lebanon County": a county named like a country */
    if (end < e && (!strcmp(t->tok[end].norm, "county") || !strcmp(t->tok[end].norm, "parish")) &&
        (t->tok[end].flags & SR_TOK_CAP))
        return i;
    if (!resolve) {
        /* capitals ("Praia", "Victoria") and ambiguous names ("Chad",
         * "Jordan") are too often something else to vouch for a country */
        if (strcmp(type, "capital") && !sr_lex_get(x, "ambiguous")) {
            ctx_add(g, cc, !strcmp(type, "demonym") ? 1.0 : 1.5);
            for (int k = 0; k < g->n && !strcmp(type, "name"); k++)
                if (!strcmp(g->iso2[k], cc)) g->by_name[k] += 1.5;
        }
        return end;
    }
    if (!strcmp(type, "demonym")) return end;
    sr_toponym tp = {0};
    tp.tok_begin = i;
    tp.tok_end = end;
    tp.sent = sent;
    /* the towns that bear a capital's or a country's name are readings of
     * it for coherence.c: "Paris" beside "Henry County" is Paris,
     * Tennessee.  A country's name only receives: "Lebanon" and "Jordan"
     * named together are the countries, not two towns that happen to lie
     * near each other. */
    double own_support = 0, town_support = 0;
    phrase_readings own;
    phrase_init(&own, x->phrase);
    const sr_place *c = own.c;
    /* the first round adds each name once; the second looks only when some
     * readings of the article support each other at all */
    bool weighs = s->gaz && g->cloud && (!strcmp(type, "capital") || !strcmp(type, "name")) && own.len;
    bool add = weighs && cloud_wants(g->cloud, bytes_hash(own.norm, own.len));
    if (add || (weighs && sr_cloud_any_support(g->cloud))) {
        size_t k = phrase_lookup(s, &own);
        if (add) {
            double prior[MAX_CAND];
            for (size_t j = 0; j < k; j++) prior[j] = cand_score(&c[j], g);
            sr_cloud_add(g->cloud, bytes_hash(own.norm, own.len), name_group(own.norm), !strcmp(type, "capital"),
                         c, prior, k);
        }
        for (size_t j = 0; j < k; j++) {
            double sup = sr_cloud_support(g->cloud, &c[j]);
            if (!strcmp(c[j].country, cc)) {
                if (sup > own_support) own_support = sup;
            } else if (c[j].kind == SR_PLACE_CITY && sup > town_support) {
                town_support = sup;
            }
        }
    }
    /* "Georgia", "Jordan" in an article about another country: a region of
     * that country with the same name ("Atlanta, Georgia") */
    if (!strcmp(type, "name") && sr_lex_get(x, "ambiguous") && s->gaz) {
        size_t k = phrase_lookup(s, &own);
        double other = ctx_apart_from_name(g, cc);
        for (size_t j = 0; j < k; j++)
            if (c[j].kind == SR_PLACE_ADMIN1 && strcmp(c[j].country, cc) &&
                (ctx_weight(g, c[j].country) > ctx_weight(g, cc) ||
                 /* "north Georgia ... metro Atlanta": a town of the article
                  * lies in the region, and nothing else speaks for the country */
                 (other <= 0 && town_in_region(g, &c[j])))) {
                tp.place = c[j];
                tp.n_candidates = (int)k;
                tp.namesake = true;
                push(v, n, cap, tp);
                return end;
            }
    }
    /* "Lebanon", "Palestine" in local news about Tennessee or Texas: the
     * town of that name in a province the article is about (or near a
     * town it names), when the article is more about that town's country
     * than about the country of the name */
    if (!strcmp(type, "name") && s->gaz && (g->n_admin1 > 0 || g->n_anchor > 0 || town_support >= 0.5)) {
        size_t k = phrase_lookup(s, &own);
        int bj = -1;
        double other = ctx_apart_from_name(g, cc);
        for (size_t j = 0; j < k; j++) {
            /* a town of some size known by that very name ("China, Texas"
             * and "Platteville", also called Lebanon, are too small or too
             * far from the name to outweigh the country), in a country the
             * article says more for than for the country, or, when it sits
             * among the article's places, than for the country apart from
             * its own name */
            char cn[256];
            double sup = sr_cloud_support(g->cloud, &c[j]);
            if (c[j].kind != SR_PLACE_CITY || !strcmp(c[j].country, cc) ||
                c[j].population < 10000 ||
                !(ctx_weight(g, c[j].country) > ctx_weight(g, cc) ||
                  (sup >= 0.5 && ctx_weight(g, c[j].country) > other)))
                continue;
            sr_name_norm(c[j].name, strlen(c[j].name), cn, sizeof cn);
            if (strcmp(cn, own.norm)) continue;
            bool local = sup >= 0.5 && sup > own_support + 0.25;
            for (int a = 0; a < g->n_admin1 && !local; a++)
                if (c[j].admin1 && !strcmp(g->admin1_cc[a], c[j].country) &&
                    !strcmp(g->admin1[a], c[j].admin1))
                    local = true;
            for (int a = 0; a < g->n_anchor && !local; a++) {
                sr_place an = {0};
                an.lat = g->anchor_lat[a];
                an.lon = g->anchor_lon[a];
                if (km_between(&c[j], &an) < 150) local = true;
            }
            if (local && (bj < 0 || c[j].population > c[bj].population)) bj = (int)j;
        }
        if (bj >= 0) {
            tp.place = c[bj];
            tp.n_candidates = (int)k;
            tp.namesake = true;
            push(v, n, cap, tp);
            return end;
        }
    }
    /* "southern Lebanon", "northern Israel": the country's region named
     * for that direction (South Governorate, Northern District), when it
     * has one */
    if (!strcmp(type, "name") && s->gaz && i > 0 && !(t->tok[i].flags & SR_TOK_SENT_START) &&
        directional_admin1(s, t->tok[i - 1].norm, cc, &tp.place)) {
        tp.tok_begin = i - 1;
        tp.n_candidates = 1;
        push(v, n, cap, tp);
        return end;
    }
    /* a capital is a place of this article only when its country is in
     * play or a locative word introduces it ("Praia" is also a common word
     * in Portuguese names; "Victoria", "Kingston" are everywhere) */
    if (!strcmp(type, "capital") && ctx_weight(g, cc) <= 0 &&
        !(i > 0 && is_locative(t->tok[i - 1].norm)))
        return i; /* the gazetteer may still know it */
    /* a capital's name whose town of another country sits among the
     * article's other places is left to the gazetteer, which weighs both */
    if (!strcmp(type, "capital") && town_support >= 0.5 && town_support > own_support + 0.25)
        return i;
    /* "Tacoma, Washington": the region of the town just named, not the
     * capital of that name */
    if (!strcmp(type, "capital") && *n > 0 && i >= 2 && !strcmp(t->tok[i - 1].norm, ",") &&
        (*v)[*n - 1].tok_end == i - 1 && (*v)[*n - 1].place.admin1 &&
        !strcasecmp((*v)[*n - 1].place.admin1, x->phrase))
        return i;
    if (!strcmp(type, "capital") && s->gaz) {
        size_t k = phrase_lookup(s, &own);
        /* the city of that name near the lexicon's point: "White House" is
         * not the town of White House, Tennessee */
        const char *cla = sr_lex_get(x, "lat"), *clo = sr_lex_get(x, "lon");
        sr_place at = {0};
        if (cla && clo) {
            at.lat = (float)atof(cla);
            at.lon = (float)atof(clo);
        }
        for (size_t j = 0; j < k; j++)
            if (!strcmp(c[j].country, cc) && c[j].kind == SR_PLACE_CITY &&
                (!cla || !clo || km_between(&c[j], &at) <= 50)) {
                tp.place = c[j];
                tp.n_candidates = (int)k;
                tp.one_country = true;
                for (size_t q = 0; q < k; q++)
                    if (strcmp(c[q].country, cc)) tp.one_country = false;
                push(v, n, cap, tp);
                return end;
            }
    }
    float lat, lon;
    const char *name;
    const char *la = sr_lex_get(x, "lat"), *lo = sr_lex_get(x, "lon");
    if (!strcmp(type, "capital") && la && lo) {
        tp.place.kind = SR_PLACE_CITY;
        tp.place.lat = (float)atof(la);
        tp.place.lon = (float)atof(lo);
        tp.place.name = x->phrase;
        tp.place.admin1 = "";
        snprintf(tp.place.feature, sizeof tp.place.feature, "PPLC");
    } else if (sr_country_centroid(s, cc, &lat, &lon, &name)) {
        tp.place.kind = SR_PLACE_COUNTRY;
        tp.place.lat = lat;
        tp.place.lon = lon;
        tp.place.name = name;
        tp.place.admin1 = "";
    } else {
        return end;
    }
    snprintf(tp.place.country, 3, "%s", cc);
    tp.n_candidates = 1;
    push(v, n, cap, tp);
    return end;
}

/* Evidence that the span [b, e) of sentence [sb, se) names a place. */
static bool place_cue(const sr_tokens *t, uint32_t sb, uint32_t se, uint32_t b, uint32_t e)
{
    if (b > sb) {
        const char *p = t->tok[b - 1].norm;
        /* "from", "to", "and", "between" precede people as often as places */
        bool weak = !strcmp(p, "from") || !strcmp(p, "to") || !strcmp(p, "and") ||
                    !strcmp(p, "between");
        if (is_locative(p) && !weak) return true;
        if (!strcmp(p, "the") && b - 1 > sb && is_locative(t->tok[b - 2].norm)) return true;
    }
    if (e < se) {
        const char *nx = t->tok[e].norm;
        if (is_place_noun(nx)) return true;
        if (!strcmp(nx, "'s") && e + 1 < se && !(t->tok[e + 1].flags & SR_TOK_CAP)) return true;
        if (!strcmp(nx, ",") && e + 1 < se && (t->tok[e + 1].flags & SR_TOK_CAP)) return true;
    }
    return false;
}

/* ------------------------------------------ geoparser passes: indexes */

/* Which tokens some toponym covers, one byte per token, so that the
 * geoparser's passes stay linear however many places an article names. */
static uint8_t *cover_map(const sr_tokens *t, const sr_toponym *v, size_t n)
{
    uint8_t *m = sr_xcalloc(t->n ? t->n : 1, 1);
    for (size_t k = 0; k < n; k++)
        for (uint32_t j = v[k].tok_begin; j < v[k].tok_end && j < t->n; j++) m[j] = 1;
    return m;
}

/* Toponyms chained by the bytes of their first word, in text order: "every
 * place written Kabul" without a scan of all of them. */
typedef struct name_index {
    uint32_t *head, *next;
    uint32_t mask;
} name_index;

#define NAME_CHAIN_MAX 64 /* members looked at per lookup: bounds the worst case */

static uint32_t bytes_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static uint32_t word_slot(const name_index *ix, const sr_tokens *t, const char *text, uint32_t i)
{
    return bytes_hash(text + t->tok[i].start, t->tok[i].end - t->tok[i].start) & ix->mask;
}

static void name_index_build(name_index *ix, const sr_tokens *t, const char *text,
                             const sr_toponym *v, size_t n)
{
    uint32_t size = 16;
    while (size < 2 * n) size *= 2;
    ix->mask = size - 1;
    ix->head = sr_xmalloc(size * sizeof *ix->head);
    ix->next = sr_xmalloc((n ? n : 1) * sizeof *ix->next);
    for (uint32_t i = 0; i < size; i++) ix->head[i] = UINT32_MAX;
    for (size_t k = n; k-- > 0;) {
        uint32_t h = word_slot(ix, t, text, v[k].tok_begin);
        ix->next[k] = ix->head[h];
        ix->head[h] = (uint32_t)k;
    }
}

static void name_index_free(name_index *ix)
{
    free(ix->head);
    free(ix->next);
}

/* tp's words are written exactly as the tokens from i (within [.., se)). */
static bool written_at(const sr_tokens *t, const char *text, const sr_toponym *tp, uint32_t i,
                       uint32_t se)
{
    uint32_t len = tp->tok_end - tp->tok_begin;
    if (i + len > se) return false;
    uint32_t a0 = t->tok[tp->tok_begin].start, a1 = t->tok[tp->tok_end - 1].end;
    uint32_t b0 = t->tok[i].start, b1 = t->tok[i + len - 1].end;
    return a1 - a0 == b1 - b0 && !memcmp(text + a0, text + b0, a1 - a0);
}

/* For each toponym, the first toponym written the same way (itself when it
 * is the first).  The caller frees the array. */
static uint32_t *same_name(const sr_tokens *t, const char *text, const sr_toponym *v, size_t n,
                           const name_index *ix)
{
    uint32_t *rep = sr_xmalloc((n ? n : 1) * sizeof *rep);
    for (size_t k = 0; k < n; k++) {
        rep[k] = (uint32_t)k;
        int steps = 0;
        for (uint32_t q = ix->head[word_slot(ix, t, text, v[k].tok_begin)];
             q != UINT32_MAX && steps < NAME_CHAIN_MAX; q = ix->next[q], steps++)
            if (q == k || written_at(t, text, &v[q], v[k].tok_begin, (uint32_t)t->n)) {
                rep[k] = q;
                break;
            }
    }
    return rep;
}

/* One reading per name: every occurrence of a name written the same way
 * takes the reading that scored best anywhere in the article (the London
 * of "London, Ontario" is also the London of "in London" two paragraphs
 * on). */
static bool gazetteer_reading(const sr_toponym *tp)
{
    return !(tp->unresolved || tp->demonym || tp->region || tp->anaphor ||
             tp->place.kind == SR_PLACE_COUNTRY || tp->place.index == UINT32_MAX);
}

static void same_reading(const sr_tokens *t, const char *text, sr_toponym *v, size_t n)
{
    name_index ix;
    name_index_build(&ix, t, text, v, n);
    uint32_t *rep = same_name(t, text, v, n, &ix);
    uint32_t *best = sr_xmalloc((n ? n : 1) * sizeof *best);
    for (size_t k = 0; k < n; k++) best[k] = UINT32_MAX;
    for (size_t k = 0; k < n; k++) {
        if (!gazetteer_reading(&v[k])) continue;
        uint32_t r = rep[k];
        if (best[r] == UINT32_MAX || v[k].score > v[best[r]].score) best[r] = (uint32_t)k;
    }
    for (size_t k = 0; k < n; k++) {
        uint32_t b = best[rep[k]];
        if (!gazetteer_reading(&v[k]) || b == UINT32_MAX || b == k) continue;
        v[k].place = v[b].place;
        v[k].score = v[b].score;
    }
    free(best);
    free(rep);
    name_index_free(&ix);
}

/* w without a trailing period ("mr." -> "mr"), in buf. */
static const char *undotted(const char *w, char *buf, size_t cap)
{
    size_t l = strlen(w);
    if (l && w[l - 1] == '.') l--;
    if (l >= cap) l = cap - 1;
    memcpy(buf, w, l);
    buf[l] = 0;
    return buf;
}

/* Abbreviations of US states and Canadian provinces as newspapers write
 * them after a town ("Athens, Ga.", "Gatineau, Que.", "Dallas, TX"). */
static const struct { const char *abbr, *cc, *name; } REGION_ABBR[] = {
    {"ala.", "US", "Alabama"}, {"ariz.", "US", "Arizona"}, {"ark.", "US", "Arkansas"},
    {"calif.", "US", "California"}, {"colo.", "US", "Colorado"}, {"conn.", "US", "Connecticut"},
    {"del.", "US", "Delaware"}, {"fla.", "US", "Florida"}, {"ga.", "US", "Georgia"},
    {"ill.", "US", "Illinois"}, {"ind.", "US", "Indiana"}, {"kan.", "US", "Kansas"},
    {"kans.", "US", "Kansas"}, {"ky.", "US", "Kentucky"}, {"la.", "US", "Louisiana"},
    {"md.", "US", "Maryland"}, {"mass.", "US", "Massachusetts"}, {"mich.", "US", "Michigan"},
    {"minn.", "US", "Minnesota"}, {"miss.", "US", "Mississippi"}, {"mo.", "US", "Missouri"},
    {"mont.", "US", "Montana"}, {"neb.", "US", "Nebraska"}, {"nev.", "US", "Nevada"},
    {"n.h.", "US", "New Hampshire"}, {"n.j.", "US", "New Jersey"}, {"n.m.", "US", "New Mexico"},
    {"n.y.", "US", "New York"}, {"n.c.", "US", "North Carolina"}, {"n.d.", "US", "North Dakota"},
    {"okla.", "US", "Oklahoma"}, {"ore.", "US", "Oregon"}, {"pa.", "US", "Pennsylvania"},
    {"penn.", "US", "Pennsylvania"}, {"r.i.", "US", "Rhode Island"}, {"s.c.", "US", "South Carolina"},
    {"s.d.", "US", "South Dakota"}, {"tenn.", "US", "Tennessee"}, {"tex.", "US", "Texas"},
    {"vt.", "US", "Vermont"}, {"va.", "US", "Virginia"}, {"wash.", "US", "Washington"},
    {"w.va.", "US", "West Virginia"}, {"wis.", "US", "Wisconsin"}, {"wisc.", "US", "Wisconsin"},
    {"wyo.", "US", "Wyoming"}, {"d.c.", "US", "District of Columbia"},
    {"b.c.", "CA", "British Columbia"}, {"alta.", "CA", "Alberta"}, {"sask.", "CA", "Saskatchewan"},
    {"man.", "CA", "Manitoba"}, {"ont.", "CA", "Ontario"}, {"que.", "CA", "Quebec"},
    {"n.s.", "CA", "Nova Scotia"}, {"n.b.", "CA", "New Brunswick"},
    {"nfld.", "CA", "Newfoundland and Labrador"}, {"p.e.i.", "CA", "Prince Edward Island"},
    {NULL, NULL, NULL}};
/* two-letter postal codes, only in "Town, XX" */
static const char *const US_POSTAL[] = {
    "AL", "Alabama", "AK", "Alaska", "AZ", "Arizona", "AR", "Arkansas", "CA", "California",
    "CO", "Colorado", "CT", "Connecticut", "DE", "Delaware", "FL", "Florida", "GA", "Georgia",
    "HI", "Hawaii", "ID", "Idaho", "IL", "Illinois", "IN", "Indiana", "IA", "Iowa", "KS", "Kansas",
    "KY", "Kentucky", "LA", "Louisiana", "ME", "Maine", "MD", "Maryland", "MA", "Massachusetts",
    "MI", "Michigan", "MN", "Minnesota", "MS", "Mississippi", "MO", "Missouri", "MT", "Montana",
    "NE", "Nebraska", "NV", "Nevada", "NH", "New Hampshire", "NJ", "New Jersey", "NM", "New Mexico",
    "NY", "New York", "NC", "North Carolina", "ND", "North Dakota", "OH", "Ohio", "OK", "Oklahoma",
    "OR", "Oregon", "PA", "Pennsylvania", "RI", "Rhode Island", "SC", "South Carolina",
    "SD", "South Dakota", "TN", "Tennessee", "TX", "Texas", "UT", "Utah", "VT", "Vermont",
    "VA", "Virginia", "WA", "Washington", "WV", "West Virginia", "WI", "Wisconsin", "WY", "Wyoming",
    NULL, NULL};

/* The region an abbreviation at token i names, when it follows "Town,". */
static bool region_abbr(const sitrep *s, const char *text, const sr_tokens *t, uint32_t i,
                        uint32_t sb, uint32_t se, sr_place *out)
{
    if (!s->gaz || i < sb + 2 || strcmp(t->tok[i - 1].norm, ",") ||
        !(t->tok[i - 2].flags & SR_TOK_CAP))
        return false;
    const sr_token *k = &t->tok[i];
    const char *cc = NULL, *name = NULL;
    /* the tokenizer keeps the period of known abbreviations only: "Ga" "." */
    char w[16], ab[16];
    bool dotted = i + 1 < t->n && !strcmp(t->tok[i + 1].norm, ".") && t->tok[i + 1].start == k->end;
    undotted(k->norm, w, sizeof w);
    if ((k->flags & SR_TOK_CAP) && (dotted || strcmp(w, k->norm)))
        for (int a = 0; REGION_ABBR[a].abbr; a++)
            if (!strcmp(w, undotted(REGION_ABBR[a].abbr, ab, sizeof ab))) {
                cc = REGION_ABBR[a].cc;
                name = REGION_ABBR[a].name;
            }
    if (!name && k->end - k->start == 2 && (k->flags & SR_TOK_UPPER) &&
        (i + 1 >= se || (t->tok[i + 1].flags & SR_TOK_PUNCT)))
        for (int a = 0; US_POSTAL[a]; a += 2)
            if (!memcmp(text + k->start, US_POSTAL[a], 2)) {
                cc = "US";
                name = US_POSTAL[a + 1];
            }
    return name && sr_gaz_admin1(s->gaz, cc, name, out);
}

/* "Paris, Texas", "Athens, Ga.", "Kiwanja, North Kivu", "Hebron, West
 * Bank": the regions and countries named right after a comma, to choose
 * among the places of a name.  Returns how many (country, admin1) pairs
 * were written; admin1 is NULL for a whole country. */
static int region_after(const sitrep *s, const char *text, const sr_tokens *t, uint32_t e,
                        uint32_t se, char cc[][3], const char **admin1, int max)
{
    int n = 0;
    if (e + 1 >= se || strcmp(t->tok[e].norm, ",") || !(t->tok[e + 1].flags & SR_TOK_CAP))
        return 0;
    sr_place p;
    if (region_abbr(s, text, t, e + 1, 0, se, &p) && n < max) {
        snprintf(cc[n], 3, "%s", p.country);
        admin1[n++] = p.admin1 && p.admin1[0] ? p.admin1 : p.name;
        return n;
    }
    uint32_t end;
    const sr_lex_entry *x = sr_lexicon_match_at(s->lex, "country", t, e + 1, se, &end);
    if (x && sr_lex_get(x, "type") && !strcmp(sr_lex_get(x, "type"), "name") && n < max) {
        snprintf(cc[n], 3, "%s", sr_lex_get(x, "iso2") ? sr_lex_get(x, "iso2") : "");
        admin1[n++] = NULL;
    }
    char norm[256];
    sr_place c[MAX_CAND];
    for (uint32_t j = e + 2; j <= se && j <= e + 4; j++) {
        const sr_token *last = &t->tok[j - 1];
        if (last->flags & SR_TOK_PUNCT) break;
        size_t l = sr_name_norm(text + t->tok[e + 1].start, last->end - t->tok[e + 1].start, norm,
                                sizeof norm);
        if (!l) break;
        size_t k = sr_gaz_lookup(s->gaz, norm, c, MAX_CAND);
        for (size_t q = 0; q < k && n < max; q++)
            if (c[q].kind == SR_PLACE_ADMIN1) {
                snprintf(cc[n], 3, "%s", c[q].country);
                admin1[n++] = c[q].name;
            }
        if (!sr_gaz_has_prefix(s->gaz, norm)) break;
    }
    return n;
}

/* Arabic article variants: the text writes "Hasakah", "al-Raqqa", "Deir
 * al-Zour" where GeoNames has "Al Hasakah", "Ar Raqqah", "Deir ez-Zor".
 * Tried only when the name as written is not in the gazetteer: the name
 * without its leading article or with it in another assimilated form (only
 * "al"/"el" or a hyphenated article: "As part" is English), and, after a
 * locative word, with "al" or "el" added ("in Hasakah"). */
static size_t article_variants(const sr_gaz *gz, const char *norm, bool hyphen, bool add,
                               sr_place *out, size_t max)
{
    static const char *const ART[] = {"al", "el", "ar", "as", "ash", "at", "ad", "az", "an",
                                      "ez", "es", "ed", NULL};
    char buf[272];
    const char *sp = strchr(norm, ' ');
    bool lead = false;
    if (sp) {
        char w[8];
        size_t wl = (size_t)(sp - norm);
        if (wl < sizeof w) {
            memcpy(w, norm, wl);
            w[wl] = 0;
            lead = sr_word_in(w, ART) && (hyphen || !strcmp(w, "al") || !strcmp(w, "el"));
        }
    }
    if (lead) {
        size_t k = sr_gaz_lookup(gz, sp + 1, out, max);
        if (k) return k;
        for (int a = 0; ART[a]; a++) {
            snprintf(buf, sizeof buf, "%s %s", ART[a], sp + 1);
            if ((k = sr_gaz_lookup(gz, buf, out, max))) return k;
        }
        return 0;
    }
    for (int a = 0; add && a < 2; a++) {
        snprintf(buf, sizeof buf, "%s %s", ART[a], norm);
        size_t k = sr_gaz_lookup(gz, buf, out, max);
        if (k) return k;
    }
    return 0;
}

/* Add the county that tokens [b, e) name; returns e. */
static uint32_t push_county(sr_toponym **v, size_t *n, size_t *cap, uint32_t b, uint32_t e,
                            uint32_t sent, const sr_place *county, int n_cand, double score)
{
    sr_toponym tp = {0};
    tp.tok_begin = b;
    tp.tok_end = e;
    tp.sent = sent;
    tp.place = *county;
    tp.n_candidates = n_cand;
    tp.score = score;
    push(v, n, cap, tp);
    return e;
}

/* "mt pleasant" -> "mount pleasant": a normalised name whose first word is
 * a common abbreviation, written out.  False when there is none. */
static bool expand_abbrev(const char *norm, char *out, size_t cap)
{
    /* not "St.": GeoNames lists the "St." forms it means, and "St. Patrick"
     * is more often the saint than a parish of Dominica */
    static const char *const AB[][2] = {{"mt", "mount"}, {"ft", "fort"}, {"pt", "point"},
                                        {"mtn", "mountain"}};
    const char *sp = strchr(norm, ' ');
    if (!sp) return false;
    for (size_t a = 0; a < sizeof AB / sizeof AB[0]; a++)
        if ((size_t)(sp - norm) == strlen(AB[a][0]) && !strncmp(norm, AB[a][0], sp - norm)) {
            snprintf(out, cap, "%s%s", AB[a][1], sp);
            return true;
        }
    return false;
}

/* Gazetteer span at token i.  Returns the end token, or i when none. */
static uint32_t gaz_at(const sitrep *s, const char *text, const sr_tokens *t, uint32_t i,
                       uint32_t sb, uint32_t se, uint32_t sent, const sr_geo_context *g,
                       sr_toponym **v, size_t *n, size_t *cap)
{
    const sr_token *tk = &t->tok[i];
    if (tk->flags & SR_TOK_NUM) return i;
    if (!(tk->flags & SR_TOK_CAP)) {
        /* "al-Asad", "el-Fasher": a lower-case Arabic article before a
         * capitalised name */
        const char *w = text + tk->start;
        const char *dash = memchr(w, '-', tk->end - tk->start);
        if (!dash || dash - w > 3 || dash - w < 2 || dash + 1 >= text + tk->end ||
            !(dash[1] >= 'A' && dash[1] <= 'Z') || !(w[0] == 'a' || w[0] == 'e'))
            return i;
    }
    /* "Lake Vermont", "Mount Hood": a lake or a mountain named after the
     * name (when the gazetteer does not know the whole as a town) */
    if (i > sb && (t->tok[i - 1].flags & SR_TOK_CAP) && !(t->tok[i - 1].flags & SR_TOK_SENT_START)) {
        static const char *const FEATURE[] = {"lake", "mount", "mt", "cape", "lac", "loch", NULL};
        if (sr_word_in(t->tok[i - 1].norm, FEATURE)) return i;
    }
    char norm[256], norm_best[256] = "", full_best[280] = "";
    uint32_t best_end = i;
    sr_place cands[MAX_CAND];
    size_t best_n = 0;
    sr_place best[MAX_CAND];
    for (uint32_t j = i + 1; j <= se && j <= i + MAX_SPAN; j++) {
        const sr_token *last = &t->tok[j - 1];
        if (j > i + 1) {
            if (last->flags & SR_TOK_PUNCT) break;
            if (!strcmp(last->norm, "'s")) break;
        }
        size_t l = sr_name_norm(text + tk->start, last->end - tk->start, norm, sizeof norm);
        if (!l) break;
        size_t k = sr_gaz_lookup(s->gaz, norm, cands, MAX_CAND);
        /* "Mt. Pleasant", "Ft. Worth": the abbreviation and
         * the word it stands for, which GeoNames uses unevenly */
        char full[280];
        bool abbrev = expand_abbrev(norm, full, sizeof full);
        if (abbrev && k < MAX_CAND) {
            sr_place more[MAX_CAND];
            size_t k2 = sr_gaz_lookup(s->gaz, full, more, MAX_CAND);
            for (size_t q = 0; q < k2 && k < MAX_CAND; q++) {
                bool dup = false;
                for (size_t r = 0; r < k && !dup; r++)
                    dup = cands[r].index == more[q].index && cands[r].kind == more[q].kind;
                if (!dup) cands[k++] = more[q];
            }
        }
        bool all_cap = true;
        for (uint32_t q = i; q < j; q++)
            if (!(t->tok[q].flags & SR_TOK_CAP)) all_cap = false;
        if (!k && all_cap && strchr(norm, ' ') && l < 40) {
            /* "Petion-Ville" for "Petionville": try the words run together */
            char joined[64];
            size_t m = 0;
            for (size_t c = 0; c < l && m + 1 < sizeof joined; c++)
                if (norm[c] != ' ') joined[m++] = norm[c];
            joined[m] = 0;
            k = sr_gaz_lookup(s->gaz, joined, cands, MAX_CAND);
        }
        if (!k && l < 100) {
            const char *w = text + tk->start;
            const char *hy = memchr(w, '-', tk->end - tk->start);
            bool hyphen = (hy && hy - w <= 3) || (i + 1 < j && !strcmp(t->tok[i + 1].norm, "-"));
            bool add = i > sb && is_locative(t->tok[i - 1].norm) && strchr(norm, ' ') == NULL;
            k = article_variants(s->gaz, norm, hyphen, add, cands, MAX_CAND);
        }
        if (k) {
            best_end = j;
            best_n = k;
            memcpy(best, cands, k * sizeof *cands);
            snprintf(norm_best, sizeof norm_best, "%s", norm);
            snprintf(full_best, sizeof full_best, "%s", abbrev ? full : norm);
        }
        if (!sr_gaz_has_prefix(s->gaz, norm) && !(abbrev && sr_gaz_has_prefix(s->gaz, full))) break;
    }
    if (best_end == i) return i;
    uint32_t len = best_end - i;
    /* a single stop word ("Police", "Monday") is not a place */
    if (len == 1 && stopword(s, t, i, se)) return i;
    /* drop airports/cities that merely share a word with the text when
     * the span continues a longer capitalised name ("Islam" in a person's
     * name) and there is no cue */
    bool cue = place_cue(t, sb, se, i, best_end);
    bool in_name = (i > sb && (t->tok[i - 1].flags & SR_TOK_CAP) &&
                    !(t->tok[i - 1].flags & SR_TOK_SENT_START)) ||
                   (best_end < se && (t->tok[best_end].flags & SR_TOK_CAP) &&
                    !(t->tok[best_end].flags & SR_TOK_PUNCT));
    /* score candidates */
    char rcc[8][3];
    const char *radm[8];
    int nr = region_after(s, text, t, best_end, se, rcc, radm, 8);
    if (nr > 0) cue = true; /* "Toronto, Ontario": a town with its region */
    int bi = -1;
    double bs = -1e9;
    bool holds_prev = false;
    double scores[MAX_CAND];
    for (size_t c = 0; c < best_n; c++) {
        double sc = cand_score(&best[c], g);
        /* a town is more often called by its own name than by one of its
         * alternate names ("Augusta" is Augusta, Georgia, before it is
         * Augsburg's Latin name) */
        if (best[c].kind == SR_PLACE_CITY && best[c].name) {
            /* written as the article writes it: no need to normalise */
            size_t span = t->tok[best_end - 1].end - tk->start;
            if (strlen(best[c].name) != span || strncasecmp(best[c].name, text + tk->start, span)) {
                char canon[256];
                sr_name_norm(best[c].name, strlen(best[c].name), canon, sizeof canon);
                if (strcmp(canon, norm_best) && strcmp(canon, full_best)) sc -= ALT_NAME_COST;
            }
        }
        /* "Tacoma, Washington": the region that holds the town just named */
        bool holds = best[c].kind == SR_PLACE_ADMIN1 && *n > 0 && i >= sb + 2 &&
                     !strcmp(t->tok[i - 1].norm, ",") && (*v)[*n - 1].tok_end == i - 1 &&
                     (*v)[*n - 1].place.admin1 && !strcmp((*v)[*n - 1].place.admin1, best[c].name) &&
                     !strcmp((*v)[*n - 1].place.country, best[c].country);
        if (holds) sc += 20;
        /* "Paris, Texas": a place in the region named after the comma */
        for (int r = 0; r < nr; r++)
            if (!strcmp(best[c].country, rcc[r]) &&
                (!radm[r] || (best[c].admin1 && !strcmp(best[c].admin1, radm[r])))) {
                sc += radm[r] ? 20 : 10;
                break;
            }
        scores[c] = sc;
        if (sc > bs) { bs = sc; bi = (int)c; holds_prev = holds; }
    }
    if (bi < 0) return i;
    /* "Ayacucho Department", "Kandahar province": the province, when the
     * text says so, whatever the town of that name has for it */
    if (best[bi].kind == SR_PLACE_CITY && best_end < se && is_admin_noun(t->tok[best_end].norm))
        for (size_t c = 0; c < best_n; c++)
            if (best[c].kind == SR_PLACE_ADMIN1 && !strcmp(best[c].country, best[bi].country)) {
                bi = (int)c;
                break;
            }
    /* "in Homs": the city, not the province of the same name, unless the
     * text says "province" */
    if (best[bi].kind == SR_PLACE_ADMIN1 && !holds_prev &&
        !(best_end < se && is_place_noun(t->tok[best_end].norm) &&
          strcmp(t->tok[best_end].norm, "city") && strcmp(t->tok[best_end].norm, "town"))) {
        for (size_t c = 0; c < best_n; c++)
            if (best[c].kind == SR_PLACE_CITY && !strcmp(best[c].country, best[bi].country) &&
                /* a seat or a big city, not a village that merely lists
                 * the region's name among its alternate names */
                (!strncmp(best[c].feature, "PPLA", 4) || !strcmp(best[c].feature, "PPLC") ||
                 best[c].population >= 100000) &&
                best[c].admin1 && best[bi].admin1 && !strcmp(best[c].admin1, best[bi].admin1)) {
                bi = (int)c;
                break;
            }
    }
    const sr_place *p = &best[bi];
    /* "Orange County" is the county, not the airport that bears its name */
    if (best_end > i + 1 && p->kind == SR_PLACE_AIRPORT &&
        (!strcmp(t->tok[best_end - 1].norm, "county") || !strcmp(t->tok[best_end - 1].norm, "parish"))) {
        sr_place cp;
        int nc = 0;
        if (county_at(s, text, t, i, best_end - 1, g, &cp, &nc))
            return push_county(v, n, cap, i, best_end, sent, &cp, nc, bs);
    }
    /* "Metcalfe County": a county the gazetteer lacks, not a town of that
     * name in another region; unresolved_places() lists it at the region
     * around it.  A town of that name in a region of the article is near
     * the county, often its seat: the county is listed at that town. */
    if (best_end < se && (t->tok[best_end].flags & SR_TOK_CAP) &&
        (!strcmp(t->tok[best_end].norm, "county") || !strcmp(t->tok[best_end].norm, "parish"))) {
        sr_place cp;
        int nc = 0;
        if (county_at(s, text, t, i, best_end, g, &cp, &nc))
            return push_county(v, n, cap, i, best_end + 1, sent, &cp, nc, bs);
        bool in_play = false;
        for (int k = 0; k < g->n_admin1; k++)
            if (!strcmp(g->admin1_cc[k], p->country) && p->admin1 && !strcmp(g->admin1[k], p->admin1))
                in_play = true;
        if (!in_play) return i;
        sr_toponym tp = {0};
        tp.tok_begin = i;
        tp.tok_end = best_end + 1;
        tp.sent = sent;
        tp.place = *p;
        tp.place.kind = SR_PLACE_OTHER;
        tp.unresolved = true;
        tp.score = bs;
        push(v, n, cap, tp);
        return best_end + 1;
    }
    bool strong = p->kind == SR_PLACE_COUNTRY || p->kind == SR_PLACE_ADMIN1 ||
                  (p->kind == SR_PLACE_AIRPORT && len >= 2);
    bool big_in_context = p->population >= 100000 && ctx_weight(g, p->country) > 0;
    bool huge = p->population >= 1000000;
    if (in_name && !cue && !strong) return i;
    /* a small town found only under one of its alternate names ("Park",
     * "Buck", "Man" are other names of towns called otherwise) needs a
     * locative word or a place word around it */
    if (p->kind == SR_PLACE_CITY && p->population < 100000 && !cue && p->name) {
        char canon[256];
        sr_name_norm(p->name, strlen(p->name), canon, sizeof canon);
        if (strcmp(canon, norm_best) && strcmp(canon, full_best)) return i;
    }
    /* "Patriotic Union of Kurdistan", "University of Baghdad": the end of an
     * institution's name, unless a place word follows ("Governor of Kandahar
     * province") or its region does ("Inc. of Toronto, Ontario") */
    if (nr == 0 && i >= sb + 2 && !strcmp(t->tok[i - 1].norm, "of") && (t->tok[i - 2].flags & SR_TOK_CAP) &&
        !(t->tok[i - 2].flags & SR_TOK_SENT_START) && !is_locative(t->tok[i - 2].norm) &&
        !is_place_noun(t->tok[i - 2].norm) &&
        !(best_end < se && is_place_noun(t->tok[best_end].norm)))
        return best_end; /* nor is a shorter name inside it ("Carolina") */
    /* a span inside a building's name ("St Francis Xavier Catholic Church",
     * "Crocus City Hall") names the building, not a town */
    for (uint32_t k = best_end; k < se && k < best_end + 4; k++) {
        const sr_token *f = &t->tok[k];
        if (!(f->flags & SR_TOK_CAP) || (f->flags & SR_TOK_PUNCT)) break;
        static const char *const FAC[] = {"church", "mosque", "hospital", "school", "hotel",
                                          "hall", "university", "college", "market",
                                          "stadium", "cathedral", "temple", "synagogue",
                                          "airport", "station", "street", "road", "square",
                                          "centre", "center", "mall", "prison", "bridge",
                                          /* and a park's ("Monongahela National
                                           * Forest"); a river keeps its town, which
                                           * is usually on it */
                                          "national", "forest", "wilderness", "reservoir",
                                          "dam", "canyon", "refuge", "trail", NULL};
        if (sr_word_in(f->norm, FAC) && p->kind != SR_PLACE_COUNTRY && p->kind != SR_PLACE_ADMIN1)
            return best_end;
    }
    /* every reading of a name the text means as a place is evidence for
     * the others' (coherence.c); the first round collects them */
    uint32_t name = bytes_hash(norm_best, strlen(norm_best));
    if ((cue || strong || huge || p->population >= 100000) && cloud_wants(g->cloud, name)) {
        /* a sea or continent ("the Atlantic coast") vouches for no town
         * that bears its name */
        uint32_t rend;
        bool region = sr_lexicon_match_at(s->lex, "region", t, i, se, &rend) != NULL;
        sr_cloud_add(g->cloud, name, name_group(norm_best), !region, best, scores, best_n);
    }
    if (!(cue || strong || big_in_context || huge)) return i;
    /* a place in a country the article never mentions needs a cue and
     * some size, unless the article names no country at all; when the
     * article is clearly about some country, only a very large city of
     * another country gets in unnamed */
    double top = 0;
    for (int k = 0; k < g->n; k++)
        if (g->weight[k] > top) top = g->weight[k];
    if (g->n > 0 && ctx_weight(g, p->country) == 0 && p->kind != SR_PLACE_COUNTRY &&
        !(cue && p->population >= 50000 && top < 2) && !huge)
        return i;
    sr_toponym tp = {0};
    tp.tok_begin = i;
    tp.tok_end = best_end;
    tp.sent = sent;
    tp.place = *p;
    tp.n_candidates = (int)best_n;
    tp.one_country = true;
    for (size_t c = 1; c < best_n; c++)
        if (strcmp(best[c].country, best[0].country)) tp.one_country = false;
    tp.score = bs;
    push(v, n, cap, tp);
    return best_end;
}

/* "the capital": the capital of the country most in play in the article. */
static uint32_t capital_at(const sitrep *s, const sr_tokens *t, uint32_t i, uint32_t e,
                           uint32_t sent, const sr_geo_context *g, sr_toponym **v, size_t *n,
                           size_t *cap)
{
    if (strcmp(t->tok[i].norm, "capital") || i == 0) return i;
    if (i + 1 < e && (t->tok[i + 1].flags & SR_TOK_CAP)) return i; /* "the capital Kabul" */
    if (i + 1 < e && !strcmp(t->tok[i + 1].norm, "of")) return i;  /* of a province */
    /* "the Kenyan capital": the capital of the country of the demonym */
    const char *dcc = NULL;
    for (uint32_t b = i >= 3 ? i - 3 : 0; b < i && !dcc; b++) {
        uint32_t end;
        const sr_lex_entry *x = sr_lexicon_match_at(s->lex, "country", t, b, i, &end);
        const char *ty = x ? sr_lex_get(x, "type") : NULL;
        if (x && end == i && ty && !strcmp(ty, "demonym") && b > 0 &&
            !strcmp(t->tok[b - 1].norm, "the")) {
            dcc = sr_lex_get(x, "iso2");
        }
    }
    if (!dcc && (strcmp(t->tok[i - 1].norm, "the") || g->n == 0)) return i;
    int best = 0;
    for (int k = 1; k < g->n; k++)
        if (g->weight[k] > g->weight[best]) best = k;
    const char *cc = dcc ? dcc : g->iso2[best];
    int ix = sr_iso2_index(cc);
    const sr_lex_entry *capital = ix >= 0 ? s->country_capital[ix] : NULL;
    if (capital) {
        char nm[256];
        size_t l = sr_name_norm(capital->phrase, strlen(capital->phrase), nm, sizeof nm);
        sr_place c[MAX_CAND];
        size_t kk = (l && s->gaz) ? sr_gaz_lookup(s->gaz, nm, c, MAX_CAND) : 0;
        for (size_t j = 0; j < kk; j++)
            if (!strcmp(c[j].country, cc) && c[j].kind == SR_PLACE_CITY) {
                sr_toponym tp = {0};
                /* the demonym stays a toponym of its own for the geoparser */
                tp.tok_begin = i;
                tp.tok_end = i + 1;
                tp.sent = sent;
                tp.place = c[j];
                tp.n_candidates = 1;
                tp.anaphor = true;
                push(v, n, cap, tp);
                return i + 1;
            }
    }
    return i;
}

/* Places that are not where something happened: reference points of an
 * offset ("north of Baghdad", "30 km from Kidal") and possessors that name
 * an actor ("Israel's military"). */
static void mark_role(const sr_tokens *t, sr_toponym *tp)
{
    static const char *const DIR[] = {"north", "south", "east", "west", "northeast",
                                      "northwest", "southeast", "southwest", "km",
                                      "kilometres", "kilometers", "miles", "outskirts", NULL};
    uint32_t b = tp->tok_begin;
    if (b >= 2 && (!strcmp(t->tok[b - 1].norm, "of") || !strcmp(t->tok[b - 1].norm, "from"))) {
        const char *w = t->tok[b - 2].norm;
        for (int k = 0; DIR[k]; k++)
            if (!strcmp(w, DIR[k]) && strcmp(w, "outskirts")) tp->reference = true;
        if (b >= 3 && !strcmp(w, "the") && !strcmp(t->tok[b - 3].norm, "east")) tp->reference = true;
    }
    /* "negotiators said in Mexico City", "told reporters in Geneva" */
    if (b >= 2 && (!strcmp(t->tok[b - 1].norm, "in") || !strcmp(t->tok[b - 1].norm, "at") ||
                   !strcmp(t->tok[b - 1].norm, "from"))) {
        static const char *const SAY[] = {"said", "says", "told", "announced", "reported",
                                          "reporters", "journalists", "conference", "statement",
                                          "speaking", "spoke", NULL};
        for (uint32_t k = b - 1; k > 0 && k + 4 > b; k--)
            for (int j = 0; SAY[j]; j++)
                if (!strcmp(t->tok[k - 1].norm, SAY[j])) tp->reported_from = true;
    }
    uint32_t e = tp->tok_end;
    if (tp->place.kind == SR_PLACE_COUNTRY && e < t->n) {
        /* "Israel's military", "US troops", "U.S.-led forces" */
        static const char *const ACT[] = {"military", "army", "government", "forces", "troops",
                                          "police", "president", "prime", "foreign", "defence",
                                          "defense", "ministry", "leader", "officials", "official",
                                          "navy", "air", "security", "intelligence", "soldiers",
                                          "diplomats", "embassy", "envoy", "spokesman",
                                          "spokeswoman", "authorities", "sources", "marines",
                                          "citizens", "nationals", "coalition", "special", NULL};
        uint32_t k = e;
        if (!strcmp(t->tok[k].norm, "'s")) k++;
        for (; k < t->n && k < e + 3; k++) {
            for (int j = 0; ACT[j]; j++)
                if (!strcmp(t->tok[k].norm, ACT[j])) tp->modifier = true;
            if (tp->modifier || (t->tok[k].flags & SR_TOK_PUNCT)) break;
        }
    }
}

static bool covered(const sr_toponym *v, size_t n, uint32_t i)
{
    for (size_t k = 0; k < n; k++)
        if (i >= v[k].tok_begin && i < v[k].tok_end) return true;
    return false;
}

static bool county_word(const char *w)
{
    static const char *const W[] = {"county", "parish", "district", "agency", "borough", NULL};
    return sr_word_in(w, W);
}

/* "Laurel County", "Kurram Agency", "Swat district": the second-level
 * region (GeoNames admin2, indexed as "~" and the name's core) that the
 * words [b, e) name, in a country of the article.  Prefers a county of a
 * province in play, then of a country in play, then one near a town that
 * resolved without doubt, then the most populous; none when the article
 * is about countries that have no county of that name. */
static bool county_at(const sitrep *s, const char *text, const sr_tokens *t, uint32_t b,
                      uint32_t e, const sr_geo_context *g, sr_place *out, int *n_cand)
{
    if (!s->gaz || e <= b) return false;
    /* "Wright County Egg": the county begins a company's name; its own
     * offices ("Clark County Sheriff", "Laurel County Board") are
     * still the county */
    static const char *const OFFICE[] = {
        "sheriff", "sheriffs", "commission", "commissioners", "commissioner", "school", "schools",
        "court", "courthouse", "board", "jail", "fair", "fairgrounds", "health", "public",
        "detention", "attorney", "prosecutor", "prosecutors", "clerk", "coroner", "fire",
        "emergency", "superior", "circuit", "district", "officials", "government", "council",
        "deputies", "deputy", "police", "library", "hospital", "park", "parks", "administrator",
        "judge", "treasurer", "assessor", "engineer", "extension", "water", "republican",
        "republicans", "democrat", "democrats", "democratic", "gop", "ems", "high",
        "legislator", "legislators", "executive", "mayor", "line", "road", "sheriff's",
        "department", "authority", "office", "agency", "services", "museum", "airport",
        "landfill", "center", "centre", "courts", NULL};
    if (e + 1 < t->n && (t->tok[e + 1].flags & SR_TOK_CAP) && !(t->tok[e + 1].flags & SR_TOK_PUNCT) &&
        !(t->tok[e + 1].flags & SR_TOK_SENT_START)) {
        /* an office further on in the name is still the county's
         * ("Guernsey County Common Pleas Court", "Boone County Solid
         * Waste District") */
        bool office = false;
        for (uint32_t q = e + 1; q < t->n && q <= e + 4 && !office; q++) {
            const sr_token *f = &t->tok[q];
            if (!(f->flags & SR_TOK_CAP) || (f->flags & (SR_TOK_PUNCT | SR_TOK_SENT_START))) break;
            if (sr_word_in(f->norm, OFFICE)) office = true;
        }
        if (!office) return false;
    }
    char norm[256], core[256], key[260];
    size_t l = sr_name_norm(text + t->tok[b].start, t->tok[e - 1].end - t->tok[b].start, norm,
                            sizeof norm);
    if (!l || l > 200) return false;
    sr_gaz_region_core(norm, core, sizeof core);
    snprintf(key, sizeof key, "~%s", core);
    sr_place c[MAX_CAND];
    size_t k = sr_gaz_lookup(s->gaz, key, c, MAX_CAND);
    if (cloud_wants(g->cloud, bytes_hash(key, strlen(key)))) {
        double prior[MAX_CAND];
        for (size_t j = 0; j < k; j++) {
            double w = ctx_weight(g, c[j].country);
            prior[j] = log10((double)c[j].population + 10.0) + (w > 0 ? 4 + 2 * log(1 + w) : 0);
        }
        sr_cloud_add(g->cloud, bytes_hash(key, strlen(key)), name_group(core), true, c, prior, k);
    }
    int bi = -1;
    double bs = -1e9;
    for (size_t j = 0; j < k; j++) {
        if (c[j].lat == 0 && c[j].lon == 0) continue;     /* no towns: not placed */
        double w = ctx_weight(g, c[j].country);
        double coh = coherence_bonus(g, &c[j]);
        if (g->n > 0 && w <= 0 && coh <= 0) continue;
        double sc = log10((double)c[j].population + 10.0) + (w > 0 ? 4 + 2 * log(1 + w) : 0) + coh;
        for (int a = 0; a < g->n_admin1; a++)
            if (c[j].admin1 && !strcmp(g->admin1_cc[a], c[j].country) &&
                !strcmp(g->admin1[a], c[j].admin1)) {
                sc += 6;
                break;
            }
        for (int a = 0; a < g->n_anchor; a++) {
            sr_place an = {0};
            an.lat = g->anchor_lat[a];
            an.lon = g->anchor_lon[a];
            if (km_between(&c[j], &an) < 150) {
                sc += 3;
                break;
            }
        }
        if (sc > bs) { bs = sc; bi = (int)j; }
    }
    if (bi < 0) return false;
    *out = c[bi];
    *n_cand = (int)k;
    return true;
}

/* Counties named ("Clarke County", "Oconee County") whose every reading
 * lies in one country are evidence for that country, one each, as towns
 * are: local news about Georgia's counties is about the state. */
static void county_context(const sitrep *s, const char *text, const sr_tokens *t,
                           sr_geo_context *add, sr_geo_cloud *cloud)
{
    if (!s->gaz) return;
    for (uint32_t si = 0; si < t->n_sent; si++) {
        const sr_sentence *st = &t->sent[si];
        for (uint32_t i = st->tok_begin; i + 1 < st->tok_end; i++) {
            if (!(t->tok[i].flags & SR_TOK_CAP) || (t->tok[i].flags & (SR_TOK_NUM | SR_TOK_PUNCT)))
                continue;
            uint32_t e = i + 1;
            while (e < st->tok_end && e < i + 3 && (t->tok[e].flags & SR_TOK_CAP) &&
                   !(t->tok[e].flags & SR_TOK_PUNCT) && strcmp(t->tok[e].norm, "county") &&
                   strcmp(t->tok[e].norm, "parish"))
                e++;
            if (e >= st->tok_end ||
                (strcmp(t->tok[e].norm, "county") && strcmp(t->tok[e].norm, "parish")))
                continue;
            char norm[256], core[256], key[260];
            size_t l = sr_name_norm(text + t->tok[i].start, t->tok[e - 1].end - t->tok[i].start,
                                    norm, sizeof norm);
            if (!l || l > 200) continue;
            sr_gaz_region_core(norm, core, sizeof core);
            snprintf(key, sizeof key, "~%s", core);
            sr_place c[MAX_CAND];
            size_t k = sr_gaz_lookup(s->gaz, key, c, MAX_CAND);
            if (cloud_wants(cloud, bytes_hash(key, strlen(key)))) {
                double prior[MAX_CAND];
                for (size_t j = 0; j < k; j++) prior[j] = log10((double)c[j].population + 10.0);
                sr_cloud_add(cloud, bytes_hash(key, strlen(key)), name_group(core), true, c, prior, k);
            }
            bool one = k > 0;
            for (size_t j = 1; j < k; j++)
                if (strcmp(c[j].country, c[0].country)) one = false;
            if (one) ctx_add(add, c[0].country, 1.0);
            i = e;
        }
    }
}

/* Places the gazetteer does not know, named as places: "Limala village",
 * "the village of Liche", "Macomia district".  They take the coordinates,
 * province and country of the nearest province or town named in the same
 * sentence or the three before, else of the article's first province, else
 * of the country most in play, so an analyst sees the village's name at the
 * precision we can vouch for. */
static size_t unresolved_places(const sitrep *s, const char *text, const sr_tokens *t,
                                const sr_geo_context *g, sr_toponym **v, size_t n, size_t *cap)
{
    static const char *const AFTER[] = {"village", "district", "town", "camp", "neighbourhood",
                                        "neighborhood", "locality", "settlement", "county",
                                        "parish", NULL};
    size_t known = n;
    for (uint32_t si = 0; si < t->n_sent; si++) {
        const sr_sentence *st = &t->sent[si];
        for (uint32_t i = st->tok_begin; i < st->tok_end; i++) {
            const sr_token *k = &t->tok[i];
            if (!(k->flags & SR_TOK_CAP) || (k->flags & (SR_TOK_NUM | SR_TOK_UPPER)) || covered(*v, n, i))
                continue;
            /* span of capitalised words */
            uint32_t e = i;
            while (e < st->tok_end && e < i + 3 && (t->tok[e].flags & SR_TOK_CAP) &&
                   !(t->tok[e].flags & SR_TOK_PUNCT) && !covered(*v, n, e))
                e++;
            /* "Laurel County", "Kurram district": a county the gazetteer has */
            {
                /* the first county word of the span or just after it
                 * ("Rapides Parish Fire District"); a leading "The" is
                 * not part of the name */
                uint32_t b = i;
                if (e > i + 1 && !strcmp(t->tok[i].norm, "the")) b = i + 1;
                uint32_t ne = 0;
                for (uint32_t q = b + 1; q <= e && q < st->tok_end && !ne; q++)
                    if (county_word(t->tok[q].norm)) ne = q;
                /* a given name or a common word before "County" is the
                 * county ("Henry County"); before "District" it may not
                 * be ("Central District") */
                bool stop_ok = ne == b + 1 && (!strcmp(t->tok[ne].norm, "county") ||
                                               !strcmp(t->tok[ne].norm, "parish"));
                sr_place cp;
                int nc = 0;
                if (ne > b && !(ne == b + 1 && !stop_ok && stopword(s, t, b, st->tok_end)) &&
                    county_at(s, text, t, b, ne, g, &cp, &nc)) {
                    sr_toponym tp = {0};
                    tp.tok_begin = b;
                    tp.tok_end = ne + 1;
                    tp.sent = si;
                    tp.place = cp;
                    tp.n_candidates = nc;
                    push(v, &n, cap, tp);
                    i = ne;
                    continue;
                }
            }
            bool named_after = e < st->tok_end && sr_word_in(t->tok[e].norm, AFTER);
            bool named_before = i >= 2 && !strcmp(t->tok[i - 1].norm, "of") &&
                                sr_word_in(t->tok[i - 2].norm, AFTER);
            /* "Laurel County", "Macomia District": the place word is part
             * of the name */
            bool named_inside = e >= i + 2 && sr_word_in(t->tok[e - 1].norm, AFTER);
            if (!(named_after || named_before || named_inside) ||
                (k->flags & SR_TOK_SENT_START && !named_before && !named_inside)) {
                i = e > i ? e - 1 : i;
                continue;
            }
            if (e == i + 1 && stopword(s, t, i, st->tok_end)) continue;
            uint32_t end;
            if (sr_lexicon_match_at(s->lex, "agent", t, i, e, &end) ||
                sr_lexicon_match_at(s->lex, "group", t, i, e, &end))
                continue;
            /* borrow from a town or province of the same sentence ("Limala
             * village, in Mocimboa da Praia district"), else the nearest one
             * named in the three sentences before */
            const sr_place *from = NULL;
            uint32_t best_d = UINT32_MAX;
            for (size_t q = 0; q < known; q++) {
                const sr_toponym *tp = &(*v)[q];
                if (tp->place.kind != SR_PLACE_ADMIN1 && tp->place.kind != SR_PLACE_CITY) continue;
                if (ctx_weight(g, tp->place.country) <= 0) continue;
                uint32_t d;
                if (tp->sent == si) d = tp->tok_begin > i ? tp->tok_begin - i : i - tp->tok_begin;
                else if (tp->sent < si && tp->sent + 3 >= si) d = 1000 + (i - tp->tok_begin);
                else continue;
                if (d < best_d) { best_d = d; from = &tp->place; }
            }
            sr_toponym tp = {0};
            tp.tok_begin = i;
            tp.tok_end = e;
            tp.sent = si;
            tp.unresolved = true;
            tp.n_candidates = 0;
            /* else the first province the article names */
            for (size_t q = 0; q < known && !from; q++)
                if ((*v)[q].place.kind == SR_PLACE_ADMIN1 && ctx_weight(g, (*v)[q].place.country) > 0)
                    from = &(*v)[q].place;
            if (from) {
                tp.place = *from;
            } else {
                int best = -1;
                for (int c = 0; c < g->n; c++)
                    if (best < 0 || g->weight[c] > g->weight[best]) best = c;
                float la, lo;
                const char *nm;
                if (best < 0 || !sr_country_centroid(s, g->iso2[best], &la, &lo, &nm)) continue;
                tp.place.kind = SR_PLACE_COUNTRY;
                tp.place.lat = la;
                tp.place.lon = lo;
                tp.place.name = nm;
                tp.place.admin1 = "";
                snprintf(tp.place.country, 3, "%s", g->iso2[best]);
            }
            tp.place.index = UINT32_MAX;
            tp.place.geonameid = 0;
            if (tp.place.kind == SR_PLACE_CITY) tp.place.kind = SR_PLACE_OTHER;
            push(v, &n, cap, tp);
            i = e - 1;
        }
    }
    return n;
}

static double km_between(const sr_place *x, const sr_place *y)
{
    double r = 3.14159265358979 / 180;
    double h = pow(sin((y->lat - x->lat) * r / 2), 2) +
               cos(x->lat * r) * cos(y->lat * r) * pow(sin((y->lon - x->lon) * r / 2), 2);
    return 2 * 6371 * asin(fmin(1, sqrt(h)));
}

/* "El Aguaje in Aguililla", "Kiwanja, North Kivu": the first place lies in
 * the second.  When the gazetteer's reading of the first is far from the
 * second (another place of that name), it is a village we lack: keep its
 * name, take the second's coordinates. */
static void contained_places(const sr_tokens *t, sr_toponym *v, size_t n)
{
    for (size_t k = 0; k + 1 < n; k++) {
        sr_toponym *x = &v[k], *y = &v[k + 1];
        if (x->sent != y->sent || x->unresolved) continue;
        if (y->tok_begin != x->tok_end + 1) continue;
        const char *sep = t->tok[x->tok_end].norm;
        if (strcmp(sep, "in") && strcmp(sep, ",")) continue;
        if (x->place.kind != SR_PLACE_CITY || (y->place.kind != SR_PLACE_CITY && y->place.kind != SR_PLACE_ADMIN1))
            continue;
        bool far = strcmp(x->place.country, y->place.country) || km_between(&x->place, &y->place) > 100;
        /* "Tacoma, Washington": the region holds the town, however far its
         * seat */
        if (y->place.kind == SR_PLACE_ADMIN1 && x->place.admin1 && y->place.name &&
            !strcmp(x->place.admin1, y->place.name) && !strcmp(x->place.country, y->place.country))
            far = false;
        if (!far) continue;
        x->place = y->place;
        if (x->place.kind == SR_PLACE_CITY) x->place.kind = SR_PLACE_OTHER;
        x->unresolved = true;
    }
}

/* The article's own spelling of a province's name: "Hakkari province", or
 * the town Hakkari, for GeoNames' "Hakkâri".  Every toponym in that
 * province then shows the province as written, so the event says what the
 * article says.  Only accents, case and punctuation may differ. */
static void admin1_as_written(const sitrep *s, const char *text, const sr_tokens *t,
                              sr_geo_context *g, sr_toponym *v, size_t n)
{
    for (size_t k = 0; k < n && g->n_admin1_text < 8; k++) {
        sr_toponym *tp = &v[k];
        const sr_place *p = &tp->place;
        if (tp->unresolved || tp->anaphor || tp->tok_end <= tp->tok_begin || !p->admin1 ||
            !p->admin1[0] || p->index == UINT32_MAX || p->kind == SR_PLACE_COUNTRY)
            continue;
        uint32_t e = tp->tok_end;
        /* "Hakkari province": the place word is not the name */
        if (e > tp->tok_begin + 1 && is_place_noun(t->tok[e - 1].norm)) e--;
        if (!(t->tok[tp->tok_begin].flags & SR_TOK_CAP)) continue;
        uint32_t b = t->tok[tp->tok_begin].start, end = t->tok[e - 1].end;
        if (end - b >= sizeof g->admin1_text[0]) continue;
        /* an upper-case text ("HAKKARI") does not tell how the name is spelt */
        bool lower = false;
        for (uint32_t q = b; q < end; q++)
            if (text[q] >= 'a' && text[q] <= 'z') lower = true;
        if (!lower) continue;
        char w[64], a[256], core[256];
        sr_name_norm(text + b, end - b, w, sizeof w);
        sr_name_norm(p->admin1, strlen(p->admin1), a, sizeof a);
        sr_gaz_region_core(a, core, sizeof core);
        /* the province's own name, written with other accents or case:
         * "Hakkari" for "Hakkâri"; another name or spelling ("Der-Ezzor",
         * "al-Sham") is not taken */
        char wc[256];
        sr_gaz_region_core(w, wc, sizeof wc);
        bool named = (p->kind == SR_PLACE_ADMIN1 || p->kind == SR_PLACE_CITY) && !strcmp(wc, core) &&
                     (strlen(p->admin1) != end - b || memcmp(p->admin1, text + b, end - b));
        if (!named) continue;
        const char *old = p->admin1;
        char cc[3];
        snprintf(cc, sizeof cc, "%s", p->country);
        char *dst = g->admin1_text[g->n_admin1_text++];
        memcpy(dst, text + b, end - b);
        dst[end - b] = 0;
        for (size_t q = 0; q < n; q++)
            if (v[q].place.admin1 && !strcmp(v[q].place.country, cc) &&
                (v[q].place.admin1 == old || !strcmp(v[q].place.admin1, old)))
                v[q].place.admin1 = dst;
    }
}

/* Two toponyms written with the same words, case aside. */
static bool same_words(const sr_tokens *t, const char *text, const sr_toponym *x,
                       const sr_toponym *y)
{
    if (x->tok_end <= x->tok_begin || y->tok_end <= y->tok_begin) return false;
    uint32_t xb = t->tok[x->tok_begin].start, xe = t->tok[x->tok_end - 1].end;
    uint32_t yb = t->tok[y->tok_begin].start, ye = t->tok[y->tok_end - 1].end;
    return xe - xb == ye - yb && !strncasecmp(text + xb, text + yb, xe - xb);
}

size_t sr_places_find(const sitrep *s, const sr_doc *d, const sr_tokens *t,
                      sr_geo_context *g, sr_toponym **out)
{
    memset(g, 0, sizeof *g);
    sr_toponym *v = NULL;
    size_t n = 0, cap = 0;
    /* pass 1: country evidence from names, demonyms and the dateline */
    for (uint32_t si = 0; si < t->n_sent; si++) {
        const sr_sentence *st = &t->sent[si];
        for (uint32_t i = st->tok_begin; i < st->tok_end;) {
            uint32_t e = country_at(s, t, i, st->tok_end, si, g, NULL, NULL, NULL, false);
            i = e > i ? e : i + 1;
        }
    }
    if (d->dateline[0]) {
        /* "ANBAR, Iraq": the last comma part is often the country */
        const char *c = strrchr(d->dateline, ',');
        c = c ? c + 1 : d->dateline;
        while (*c == ' ') c++;
        const sr_lex_entry **cv;
        size_t cn = sr_lexicon_entries(s->lex, "country", &cv);
        for (size_t k = 0; k < cn; k++)
            if (!strcasecmp(cv[k]->phrase, c)) {
                ctx_add(g, sr_lex_get(cv[k], "iso2"), 3);
                break;
            }
    }
    /* pass 2: toponyms, twice: the places that resolve without doubt in
     * the first round (one candidate, or a province) add their country to
     * the context, so that "Kashmir" in an article about Anantnag and
     * Srinagar is not a town of that name in another country */
    g->cloud = sr_cloud_new();
    for (int round = 0; round < 2; round++) {
        n = 0;
        for (uint32_t si = 0; si < t->n_sent; si++) {
            const sr_sentence *st = &t->sent[si];
            for (uint32_t i = st->tok_begin; i < st->tok_end;) {
                uint32_t e = i;
                sr_place ab;
                if (region_abbr(s, d->text, t, i, st->tok_begin, st->tok_end, &ab)) {
                    /* "Athens, Ga.": the state */
                    sr_toponym tp = {0};
                    tp.tok_begin = i;
                    tp.tok_end = i + 1;
                    /* "Ga" "." when the tokenizer split the period off */
                    if (i + 1 < st->tok_end && !strcmp(t->tok[i + 1].norm, ".") &&
                        t->tok[i + 1].start == t->tok[i].end && !strchr(t->tok[i].norm, '.'))
                        tp.tok_end = i + 2;
                    tp.sent = si;
                    tp.place = ab;
                    tp.n_candidates = 1;
                    push(&v, &n, &cap, tp);
                    i = tp.tok_end;
                    continue;
                }
                e = country_at(s, t, i, st->tok_end, si, g, &v, &n, &cap, true);
                if (e == i && s->gaz)
                    e = gaz_at(s, d->text, t, i, st->tok_begin, st->tok_end, si, g, &v, &n, &cap);
                if (e == i) e = capital_at(s, t, i, st->tok_end, si, g, &v, &n, &cap);
                i = e > i ? e : i + 1;
            }
        }
        if (round == 1) break;
        /* a country counts when two differently named places agree on it */
        sr_geo_context add = {0};
        for (size_t k = 0; k < n; k++) {
            if (v[k].place.kind == SR_PLACE_COUNTRY || v[k].namesake) continue;
            /* "Springfield": many places, all in one country */
            if (!(v[k].n_candidates == 1 || v[k].place.kind == SR_PLACE_ADMIN1 || v[k].one_country))
                continue;
            bool seen = false;
            /* the same place, or the same words ("Alexandria" the town and
             * "the Alexandria area" its province) */
            for (size_t j = 0; j < k && !seen; j++)
                if (v[j].place.name == v[k].place.name || same_words(t, d->text, &v[j], &v[k]))
                    seen = true;
            /* a region named outright puts its country in play, and so
             * does a capital without a namesake abroad ("Tbilisi") */
            if (!seen)
                ctx_add(&add, v[k].place.country,
                        v[k].place.kind == SR_PLACE_ADMIN1 || !strcmp(v[k].place.feature, "PPLC") ? 2.0 : 1.0);
        }
        county_context(s, d->text, t, &add, g->cloud);
        sr_cloud_solve(g->cloud, COHERENCE_KM, COHERENCE_WEIGHT, COHERENCE_SIGMA);
        for (int k = 0; k < add.n; k++)
            if (add.weight[k] >= 2 || ctx_weight(g, add.iso2[k]) > 0) ctx_add(g, add.iso2[k], add.weight[k]);
        /* the provinces of the towns read, whatever their doubt */
        for (size_t k = 0; k < n && g->n_town_admin1 < 32; k++)
            if (v[k].place.kind == SR_PLACE_CITY && !v[k].namesake && !v[k].unresolved &&
                v[k].place.admin1 && v[k].place.admin1[0]) {
                g->town_admin1[g->n_town_admin1] = v[k].place.admin1;
                snprintf(g->town_admin1_cc[g->n_town_admin1], 3, "%s", v[k].place.country);
                g->n_town_admin1++;
            }
        /* towns that resolved without doubt anchor the others */
        for (size_t k = 0; k < n && g->n_anchor < 32; k++)
            if (v[k].place.kind == SR_PLACE_CITY && v[k].n_candidates == 1 && !v[k].unresolved) {
                g->anchor_lat[g->n_anchor] = v[k].place.lat;
                g->anchor_lon[g->n_anchor] = v[k].place.lon;
                g->n_anchor++;
            }
        /* provinces named, or holding a place that resolved without doubt */
        for (size_t k = 0; k < n && g->n_admin1 < 32; k++) {
            const sr_place *p = &v[k].place;
            if (p->kind == SR_PLACE_COUNTRY || !p->admin1 || !p->admin1[0]) continue;
            if (!(p->kind == SR_PLACE_ADMIN1 || v[k].n_candidates == 1)) continue;
            if (ctx_weight(g, p->country) <= 0) continue;
            g->admin1[g->n_admin1] = p->admin1;
            snprintf(g->admin1_cc[g->n_admin1], 3, "%s", p->country);
            g->n_admin1++;
        }
    }
    /* provinces the second round named outright ("Georgia" the state once
     * the counties put the US in play) place the counties and villages */
    for (size_t k = 0; k < n && g->n_admin1 < 32; k++) {
        const sr_place *p = &v[k].place;
        if (p->kind != SR_PLACE_ADMIN1 || !p->admin1 || !p->admin1[0]) continue;
        bool have = false;
        for (int a = 0; a < g->n_admin1 && !have; a++)
            if (!strcmp(g->admin1_cc[a], p->country) && !strcmp(g->admin1[a], p->admin1)) have = true;
        if (have) continue;
        g->admin1[g->n_admin1] = p->admin1;
        snprintf(g->admin1_cc[g->n_admin1], 3, "%s", p->country);
        g->n_admin1++;
    }
    n = unresolved_places(s, d->text, t, g, &v, n, &cap);
    for (size_t k = 0; k < n; k++) v[k].support = sr_cloud_support(g->cloud, &v[k].place);
    sr_cloud_free(g->cloud);
    g->cloud = NULL;
    contained_places(t, v, n);
    admin1_as_written(s, d->text, t, g, v, n);
    for (size_t k = 0; k < n; k++) mark_role(t, &v[k]);
    if (n > 1) qsort(v, n, sizeof *v, topo_cmp);
    *out = v;
    return n;
}

bool sr_places_dateline(const sitrep *s, const sr_doc *d, const sr_geo_context *g,
                        sr_place *out)
{
    if (!s->gaz || !d->dateline[0]) return false;
    /* try "ANBAR, Iraq" whole, then its first part */
    char part[96];
    snprintf(part, sizeof part, "%s", d->dateline);
    /* what follows the comma holds the place: "MANCHESTER, England" is
     * the English city, not the Jamaican parish */
    char in_cc[3] = "", in_a1[128] = "";
    const char *comma = strchr(d->dateline, ',');
    if (comma) {
        const char *r = comma + 1;
        while (*r == ' ') r++;
        char rn[128];
        size_t rl = sr_name_norm(r, strlen(r), rn, sizeof rn);
        const sr_lex_entry **cv;
        size_t cn = sr_lexicon_entries(s->lex, "country", &cv);
        for (size_t k = 0; k < cn && !in_cc[0]; k++)
            if (!strcasecmp(cv[k]->phrase, r) && sr_lex_get(cv[k], "iso2"))
                snprintf(in_cc, sizeof in_cc, "%s", sr_lex_get(cv[k], "iso2"));
        sr_place rc[MAX_CAND];
        size_t rk = rl ? sr_gaz_lookup(s->gaz, rn, rc, MAX_CAND) : 0;
        for (size_t k = 0; k < rk && !in_cc[0]; k++)
            if (rc[k].kind == SR_PLACE_ADMIN1) {
                snprintf(in_cc, sizeof in_cc, "%s", rc[k].country);
                snprintf(in_a1, sizeof in_a1, "%s", rc[k].name);
            }
    }
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1) {
            char *c = strchr(part, ',');
            if (!c) break;
            *c = 0;
        }
        char norm[256];
        size_t l = sr_name_norm(part, strlen(part), norm, sizeof norm);
        if (!l) continue;
        sr_place c[MAX_CAND];
        size_t k = sr_gaz_lookup(s->gaz, norm, c, MAX_CAND);
        int bi = -1;
        double bs = -1e9;
        for (size_t j = 0; j < k; j++) {
            double sc = cand_score(&c[j], g);
            if (pass == 1 && in_cc[0] && !strcmp(c[j].country, in_cc)) {
                sc += 10;
                if (in_a1[0] && c[j].admin1 && !strcmp(c[j].admin1, in_a1)) sc += 10;
            }
            if (sc > bs) { bs = sc; bi = (int)j; }
        }
        if (bi >= 0) {
            *out = c[bi];
            return true;
        }
    }
    return false;
}

/* ------------------------------------------------------- sitrep_geoparse */

/* Adjectival demonyms ("Iraqi forces", "a Turkish policeman") name their
 * country as a place.  The event coder only uses them as evidence; the
 * geoparser lists them.  Plurals ("Iraqis") name people and are skipped. */
static size_t demonym_places(const sitrep *s, const sr_tokens *t, sr_toponym **v, size_t n,
                             size_t *cap)
{
    uint8_t *cov = cover_map(t, *v, n);
    for (uint32_t si = 0; si < t->n_sent; si++) {
        const sr_sentence *st = &t->sent[si];
        for (uint32_t i = st->tok_begin; i < st->tok_end; i++) {
            const sr_token *k = &t->tok[i];
            if (!(k->flags & SR_TOK_CAP) || cov[i]) continue;
            uint32_t end;
            const sr_lex_entry *x = sr_lexicon_match_at(s->lex, "country", t, i, st->tok_end, &end);
            if (!x) continue;
            const char *type = sr_lex_get(x, "type"), *cc = sr_lex_get(x, "iso2");
            if (!type || !cc || strcmp(type, "demonym")) continue;
            /* "Iraqis", "Afghans": a plural names people ("Swiss" is not one) */
            const char *w = t->tok[end - 1].norm;
            size_t wl = strlen(w);
            if (wl > 3 && w[wl - 1] == 's' && w[wl - 2] != 's') continue;
            float la, lo;
            const char *nm;
            if (!sr_country_centroid(s, cc, &la, &lo, &nm)) continue;
            sr_toponym tp = {0};
            tp.tok_begin = i;
            tp.tok_end = end;
            tp.sent = si;
            tp.place.index = UINT32_MAX;
            tp.place.kind = SR_PLACE_COUNTRY;
            tp.place.lat = la;
            tp.place.lon = lo;
            tp.place.name = nm;
            tp.place.admin1 = "";
            snprintf(tp.place.country, 3, "%s", cc);
            tp.n_candidates = 1;
            tp.demonym = true;
            push(v, &n, cap, tp);
            i = end - 1;
        }
    }
    free(cov);
    return n;
}

/* One sense per discourse: a name the article uses as a place names that
 * place wherever else it is written the same way, even where the words
 * around it give no cue ("Dublin City Council" after "in Dublin"). */
static size_t repeated_places(const sr_tokens *t, const char *text, sr_toponym **v, size_t n,
                              size_t *cap)
{
    size_t known = n;
    uint8_t *cov = cover_map(t, *v, n);
    name_index ix;
    name_index_build(&ix, t, text, *v, known);
    for (uint32_t si = 0; si < t->n_sent; si++) {
        const sr_sentence *st = &t->sent[si];
        for (uint32_t i = st->tok_begin; i < st->tok_end; i++) {
            if (!(t->tok[i].flags & SR_TOK_CAP) || cov[i]) continue;
            /* not after another name ("Bill Clark"); before one it still
             * is the place ("Mosul University") */
            if (i > st->tok_begin && (t->tok[i - 1].flags & SR_TOK_CAP) &&
                !(t->tok[i - 1].flags & SR_TOK_SENT_START) && !is_locative(t->tok[i - 1].norm))
                continue;
            int steps = 0;
            for (uint32_t q = ix.head[word_slot(&ix, t, text, i)];
                 q != UINT32_MAX && steps < NAME_CHAIN_MAX; q = ix.next[q], steps++) {
                sr_toponym r = (*v)[q];
                uint32_t len = r.tok_end - r.tok_begin;
                /* a place the gazetteer lacks is repeated only under its
                 * full name ("Laurel County"), never as one bare word */
                if ((r.unresolved && len < 2) || r.anaphor) continue;
                if (!written_at(t, text, &r, i, st->tok_end)) continue;
                bool overlap = false;
                for (uint32_t j = i; j < i + len; j++)
                    if (cov[j]) overlap = true;
                if (overlap) continue;
                r.tok_begin = i;
                r.tok_end = i + len;
                r.sent = si;
                r.reference = r.reported_from = false;
                push(v, &n, cap, r);
                for (uint32_t j = i; j < i + len; j++) cov[j] = 1;
                i += len - 1;
                break;
            }
        }
    }
    name_index_free(&ix);
    free(cov);
    return n;
}

/* The words at [b, e) name a person here: a title before them ("Mr.
 * Clark", "Sen. Jones"), a verb of saying after a name that is not a
 * country's or a region's ("Clark said"), or an age after them ("Clark,
 * 45,"). */
static bool person_cue(const sr_tokens *t, uint32_t sb, uint32_t se, uint32_t b, uint32_t e,
                       const uint8_t *cov)
{
    /* words that start place names, not given names */
    static const char *const PLACE_HEAD[] = {"new", "fort", "port", "lake", "mount", "mt", "san",
                                             "santa", "saint", "st", "upper", "lower", "greater",
                                             "old", "little", "great", "la", "le", "los", "las",
                                             "el", "al", "the", "downtown", "metro", NULL};
    static const char *const TITLE[] = {"mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep",
                                        "gov", "governor", "sgt", "officer", "sheriff", "deputy",
                                        "judge", "mayor", "councilman", "councilwoman",
                                        "commissioner", "coach", "capt", "captain", "lt", "det",
                                        "detective", "pastor", "rev", "reverend", "prof",
                                        "professor", "president", "secretary", "attorney",
                                        "trooper", "superintendent", "chairman", "chairwoman",
                                        "director", "spokesman", "spokeswoman", "gen", "col",
                                        "maj", "cpl", "pvt", "st", "saint", NULL};
    static const char *const SAY[] = {"said", "says", "told", "added", "explained", "noted",
                                      "wrote", "testified", "recalled", "stated", NULL};
    char buf[32];
    if (b > sb && sr_word_in(undotted(t->tok[b - 1].norm, buf, sizeof buf), TITLE) &&
        strcmp(buf, "st") && strcmp(buf, "saint"))
        return true;
    /* "Rev. Roy Jones", and any "Roy Jones": a given name before it that
     * is no place of its own */
    if (b > sb && (t->tok[b - 1].flags & SR_TOK_CAP) &&
        !(t->tok[b - 1].flags & (SR_TOK_PUNCT | SR_TOK_UPPER | SR_TOK_SENT_START)) &&
        !is_locative(t->tok[b - 1].norm) &&
        !sr_word_in(undotted(t->tok[b - 1].norm, buf, sizeof buf), PLACE_HEAD) &&
        !cov[b - 1] && !(e < se && is_place_noun(t->tok[e].norm)))
        return true;
    /* "Clark said", but not "police in Mosul said" */
    if (e < se && sr_word_in(t->tok[e].norm, SAY) && !(b > sb && is_locative(t->tok[b - 1].norm)))
        return true;
    if (e + 2 < se && !strcmp(t->tok[e].norm, ",") && (t->tok[e + 1].flags & SR_TOK_NUM) &&
        t->tok[e + 1].value > 0 && t->tok[e + 1].value < 110 && !strcmp(t->tok[e + 2].norm, ","))
        return true;
    return false;
}

/* People named like towns ("Clark", "Bell", "Jones"): when one occurrence
 * of a town's name reads as a person, every occurrence does (one sense per
 * discourse, as for places).  Countries and regions are kept: "Russia
 * said" is the state speaking, and so is a capital ("Washington said"). */
static bool may_be_person(const sr_toponym *tp)
{
    return (tp->place.kind == SR_PLACE_CITY || tp->place.kind == SR_PLACE_AIRPORT ||
            tp->unresolved) && strcmp(tp->place.feature, "PPLC");
}

static size_t drop_people(const sr_tokens *t, const char *text, sr_toponym *v, size_t n)
{
    uint8_t *cov = cover_map(t, v, n);
    name_index ix;
    name_index_build(&ix, t, text, v, n);
    uint32_t *rep = same_name(t, text, v, n, &ix);
    uint8_t *person = sr_xcalloc(n ? n : 1, 1);
    for (uint32_t si = 0; si < t->n_sent; si++) {
        const sr_sentence *st = &t->sent[si];
        for (uint32_t i = st->tok_begin; i < st->tok_end; i++) {
            if (!(t->tok[i].flags & SR_TOK_CAP)) continue;
            int steps = 0;
            for (uint32_t q = ix.head[word_slot(&ix, t, text, i)];
                 q != UINT32_MAX && steps < NAME_CHAIN_MAX; q = ix.next[q], steps++) {
                if (rep[q] != q || person[q] || !may_be_person(&v[q])) continue;
                uint32_t len = v[q].tok_end - v[q].tok_begin;
                if (written_at(t, text, &v[q], i, st->tok_end) &&
                    person_cue(t, st->tok_begin, st->tok_end, i, i + len, cov))
                    person[q] = 1;
            }
        }
    }
    size_t out = 0;
    for (size_t k = 0; k < n; k++)
        if (!(person[rep[k]] && may_be_person(&v[k]))) v[out++] = v[k];
    free(person);
    free(rep);
    name_index_free(&ix);
    free(cov);
    return out;
}

/* First occurrence of needle[0, nl) in hay[0, hl), or NULL (memmem is not
 * in C11 or POSIX). */
static const char *find_bytes(const char *hay, size_t hl, const char *needle, size_t nl)
{
    if (nl == 0 || nl > hl) return NULL;
    const char *end = hay + hl - nl + 1;
    for (const char *p = hay; p < end;) {
        p = memchr(p, needle[0], (size_t)(end - p));
        if (!p) return NULL;
        if (!memcmp(p, needle, nl)) return p;
        p++;
    }
    return NULL;
}

/* Continents, world regions and seas ("across Africa", "the Middle East",
 * "European markets") from regions.lex: larger than a country, listed by
 * the geoparser only. */
static size_t region_places(const sitrep *s, const sr_tokens *t, bool demonyms, sr_toponym **v,
                            size_t n, size_t *cap)
{
    const sr_lex_entry **all;
    size_t n_all = sr_lexicon_entries(s->lex, "region", &all);
    if (!n_all) return n;
    for (uint32_t si = 0; si < t->n_sent; si++) {
        const sr_sentence *st = &t->sent[si];
        for (uint32_t i = st->tok_begin; i < st->tok_end; i++) {
            const sr_token *k = &t->tok[i];
            if (!(k->flags & SR_TOK_CAP)) continue;
            uint32_t end;
            const sr_lex_entry *x = sr_lexicon_match_at(s->lex, "region", t, i, st->tok_end, &end);
            if (!x) continue;
            const char *type = sr_lex_get(x, "type"), *la = sr_lex_get(x, "lat"),
                       *lo = sr_lex_get(x, "lon"), *id = sr_lex_get(x, "geonameid");
            if (!type || !la || !lo) continue;
            bool adj = !strcmp(type, "demonym");
            if (adj) {
                const char *w = t->tok[end - 1].norm;
                size_t wl = strlen(w);
                if (!demonyms || (wl > 3 && w[wl - 1] == 's' && w[wl - 2] != 's')) continue;
            }
            /* the region's name wins over a shorter place inside it
             * ("Indian Ocean", "Korean Peninsula", "Latin America") */
            bool longer = false;
            for (size_t q = 0; q < n; q++)
                if ((*v)[q].tok_begin < end && i < (*v)[q].tok_end &&
                    (*v)[q].tok_end - (*v)[q].tok_begin > end - i)
                    longer = true;
            if (longer) continue;
            size_t kept = 0;
            for (size_t q = 0; q < n; q++)
                if (!((*v)[q].tok_begin < end && i < (*v)[q].tok_end)) (*v)[kept++] = (*v)[q];
            n = kept;
            sr_toponym tp = {0};
            tp.tok_begin = i;
            tp.tok_end = end;
            tp.sent = si;
            tp.place.index = UINT32_MAX;
            tp.place.kind = SR_PLACE_OTHER;
            tp.place.lat = (float)atof(la);
            tp.place.lon = (float)atof(lo);
            tp.place.geonameid = id ? (uint32_t)strtoul(id, NULL, 10) : 0;
            tp.place.name = sr_lex_get(x, "of") ? sr_lex_get(x, "of") : x->phrase;
            tp.place.admin1 = "";
            if (adj) /* the region's name: the name line with the same point */
                for (size_t q = 0; q < n_all; q++) {
                    const char *ty = sr_lex_get(all[q], "type"), *qa = sr_lex_get(all[q], "lat"),
                               *qo = sr_lex_get(all[q], "lon");
                    if (ty && qa && qo && !strcmp(ty, "name") && !strcmp(qa, la) && !strcmp(qo, lo)) {
                        tp.place.name = all[q]->phrase;
                        break;
                    }
                }
            tp.n_candidates = 1;
            tp.region = true;
            tp.demonym = adj;
            push(v, &n, cap, tp);
            i = end - 1;
        }
    }
    return n;
}

/* "Licking County" in an article that gives nothing to place it by: the
 * geoparser still lists it, without coordinates (the event coder, which
 * needs a point, leaves it out). */
static size_t unplaced_counties(const sr_tokens *t, sr_toponym **v, size_t n, size_t *cap)
{
    uint8_t *cov = cover_map(t, *v, n);
    for (uint32_t si = 0; si < t->n_sent; si++) {
        const sr_sentence *st = &t->sent[si];
        for (uint32_t i = st->tok_begin; i + 1 < st->tok_end; i++) {
            if (!(t->tok[i].flags & SR_TOK_CAP) || (t->tok[i].flags & SR_TOK_NUM) || cov[i]) continue;
            uint32_t e = i;
            while (e < st->tok_end && e < i + 4 && (t->tok[e].flags & SR_TOK_CAP) &&
                   !(t->tok[e].flags & SR_TOK_PUNCT) && !cov[e] &&
                   strcmp(t->tok[e].norm, "county") && strcmp(t->tok[e].norm, "parish"))
                e++;
            if (e == i || e >= st->tok_end || cov[e] || !(t->tok[e].flags & SR_TOK_CAP) ||
                (strcmp(t->tok[e].norm, "county") && strcmp(t->tok[e].norm, "parish"))) {
                i = e > i ? e - 1 : i;
                continue;
            }
            sr_toponym tp = {0};
            tp.tok_begin = i;
            tp.tok_end = e + 1;
            tp.sent = si;
            tp.unresolved = true;
            tp.place.index = UINT32_MAX;
            tp.place.kind = SR_PLACE_OTHER;
            tp.place.lat = tp.place.lon = NAN;
            tp.place.admin1 = "";
            push(v, &n, cap, tp);
            for (uint32_t j = i; j <= e; j++) cov[j] = 1;
            i = e;
        }
    }
    free(cov);
    return n;
}

/* Where each byte of the cleaned text came from in the raw text.  Cleaning
 * only drops lines, strips prefixes, collapses spaces and decodes a few
 * entities, so the cleaned text's words appear in the raw text in order:
 * each word is looked for from where the previous one was found, at a word
 * boundary.  A word not found verbatim (a decoded entity, a repaired byte)
 * stays unmapped. */
static size_t *align_raw(const char *raw, size_t rlen, const char *clean, size_t clen)
{
    size_t *map = sr_xmalloc((clen + 1) * sizeof *map);
    for (size_t i = 0; i <= clen; i++) map[i] = SIZE_MAX;
    size_t cur = 0;
    for (size_t c = 0; c < clen;) {
        if (clean[c] == ' ' || clean[c] == '\n') { c++; continue; }
        size_t w = c;
        while (w < clen && clean[w] != ' ' && clean[w] != '\n') w++;
        size_t wl = w - c;
        /* look no further than 64 KiB ahead: dropped lines are short, and an
         * unfound word must not make the whole alignment quadratic */
        size_t lim = rlen - cur > 65536 ? cur + 65536 : rlen;
        const char *from = raw + cur;
        while (from < raw + lim) {
            const char *p = find_bytes(from, (size_t)(raw + lim - from), clean + c, wl);
            if (!p) break;
            unsigned char before = p > raw ? (unsigned char)p[-1] : ' ';
            if (before <= ' ' || before >= 0x80 || p == raw + cur) {
                size_t r = (size_t)(p - raw);
                for (size_t k = 0; k < wl; k++) map[c + k] = r + k;
                cur = r + wl;
                break;
            }
            from = p + 1;
        }
        c = w;
    }
    return map;
}

static sitrep_geo_precision precision_of(const sr_place *p)
{
    switch (p->kind) {
    case SR_PLACE_AIRPORT: return SITREP_GEO_EXACT;
    case SR_PLACE_ADMIN1: return SITREP_GEO_ADMIN1;
    case SR_PLACE_COUNTRY: return SITREP_GEO_COUNTRY;
    default: return SITREP_GEO_CITY;
    }
}

static void copy_utf8(char *dst, size_t cap, const char *src, size_t n)
{
    if (n >= cap) {
        n = cap - 1;
        while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80) n--; /* whole characters */
    }
    memcpy(dst, src, n);
    dst[n] = 0;
}

int sitrep_geoparse(sitrep *s, const sitrep_article *a, int flags, sitrep_toponym_fn fn,
                    void *user)
{
    if (!s || !a) return -1;
    if (s->gaz && !s->region_middle) s->region_middle = sr_gaz_region_middles(s->gaz);
    sr_doc doc;
    if (flags & SITREP_GEOPARSE_PLAIN) sr_clean_plain(a, &doc);
    else sr_clean(a, &doc);
    sr_tokens t;
    memset(&t, 0, sizeof t);
    sr_segment(doc.text, doc.len, &t);
    sr_tokenize(doc.text, doc.len, &t);
    sr_geo_context g;
    sr_toponym *v = NULL;
    size_t n = sr_places_find(s, &doc, &t, &g, &v);
    size_t cap = n;
    n = region_places(s, &t, !(flags & SITREP_GEOPARSE_NO_DEMONYMS), &v, n, &cap);
    if (!(flags & SITREP_GEOPARSE_NO_DEMONYMS)) n = demonym_places(s, &t, &v, n, &cap);
    same_reading(&t, doc.text, v, n);
    n = repeated_places(&t, doc.text, &v, n, &cap);
    n = unplaced_counties(&t, &v, n, &cap);
    n = drop_people(&t, doc.text, v, n);
    if (n > 1) qsort(v, n, sizeof *v, topo_cmp);
    const char *raw = a->text ? a->text : "";
    size_t rlen = a->text ? (a->text_len ? a->text_len : strlen(a->text)) : 0;
    size_t *map = align_raw(raw, rlen, doc.text, doc.len);
    int reported = 0;
    /* the dateline ("ANBAR, Iraq:") is cut from the cleaned text; its place
     * is still named in the article: list it where the raw text has it */
    sr_place dp;
    if (doc.dateline[0] && sr_places_dateline(s, &doc, &g, &dp)) {
        char part[96];
        snprintf(part, sizeof part, "%s", doc.dateline);
        char *comma = strchr(part, ',');
        if (comma) *comma = 0;
        size_t pl = strlen(part);
        const char *at = pl ? find_bytes(raw, rlen < 2048 ? rlen : 2048, part, pl) : NULL;
        if (at) {
            sitrep_toponym o;
            memset(&o, 0, sizeof o);
            o.start = (size_t)(at - raw);
            o.end = o.start + pl;
            copy_utf8(o.text, sizeof o.text, at, pl);
            copy_utf8(o.name, sizeof o.name, dp.name ? dp.name : "", dp.name ? strlen(dp.name) : 0);
            o.geonameid = dp.geonameid;
            o.lat = dp.lat;
            o.lon = dp.lon;
            if (dp.kind == SR_PLACE_ADMIN1 && s->region_middle && dp.index < sr_gaz_count(s->gaz) &&
                !isnan(s->region_middle[2 * dp.index])) {
                o.lat = s->region_middle[2 * dp.index];
                o.lon = s->region_middle[2 * dp.index + 1];
            }
            const char *a1 = dp.kind == SR_PLACE_ADMIN1 ? dp.name : dp.admin1;
            if (dp.kind != SR_PLACE_COUNTRY && a1) copy_utf8(o.admin1, sizeof o.admin1, a1, strlen(a1));
            snprintf(o.country, sizeof o.country, "%s", dp.country);
            o.precision = precision_of(&dp);
            o.kind = dp.kind == SR_PLACE_COUNTRY ? "country" : dp.kind == SR_PLACE_ADMIN1 ? "admin1"
                   : dp.kind == SR_PLACE_AIRPORT ? "airport" : "city";
            o.n_candidates = 1;
            reported++;
            if (fn && fn(&o, user)) goto done;
        }
    }
    for (size_t k = 0; k < n; k++) {
        const sr_toponym *tp = &v[k];
        if (tp->anaphor) continue; /* "the capital" names no place */
        uint32_t cb = t.tok[tp->tok_begin].start, ce = t.tok[tp->tok_end - 1].end;
        sitrep_toponym o;
        memset(&o, 0, sizeof o);
        copy_utf8(o.text, sizeof o.text, doc.text + cb, ce - cb);
        if (map[cb] != SIZE_MAX && map[ce - 1] != SIZE_MAX && map[ce - 1] >= map[cb]) {
            o.start = map[cb];
            o.end = map[ce - 1] + 1;
            /* the words as written: the raw span ("New  York" over two
             * lines) when it is valid UTF-8 */
            bool valid = true;
            for (size_t c = o.start; c < o.end && valid;) {
                int l = sr_utf8_seq_len((const unsigned char *)raw + c, o.end - c);
                if (l <= 0) valid = false;
                else c += (size_t)l;
            }
            if (valid) copy_utf8(o.text, sizeof o.text, raw + o.start, o.end - o.start);
        } else {
            /* a decoded entity inside the name: look for the name itself
             * after the nearest mapped byte before it */
            size_t from = 0;
            for (size_t c = cb; c-- > 0;)
                if (map[c] != SIZE_MAX) { from = map[c]; break; }
            const char *p = from < rlen ? find_bytes(raw + from, rlen - from, doc.text + cb, ce - cb) : NULL;
            if (!p) continue; /* no honest span to give */
            o.start = (size_t)(p - raw);
            o.end = o.start + (ce - cb);
        }
        const sr_place *p = &tp->place;
        copy_utf8(o.name, sizeof o.name, p->name ? p->name : "", p->name ? strlen(p->name) : 0);
        o.geonameid = tp->unresolved ? 0 : p->geonameid;
        o.lat = p->lat;
        o.lon = p->lon;
        if (p->kind == SR_PLACE_ADMIN1 && p->index != UINT32_MAX && s->region_middle &&
            p->index < sr_gaz_count(s->gaz) && !isnan(s->region_middle[2 * p->index])) {
            /* a region is listed at the middle of its extent, as GeoNames
             * places regions, not at its seat */
            o.lat = s->region_middle[2 * p->index];
            o.lon = s->region_middle[2 * p->index + 1];
        }
        if (p->kind == SR_PLACE_COUNTRY && p->lat == 0 && p->lon == 0) o.lat = o.lon = NAN;
        if (p->kind != SR_PLACE_COUNTRY && p->kind != SR_PLACE_ADMIN1 && p->admin1)
            copy_utf8(o.admin1, sizeof o.admin1, p->admin1, strlen(p->admin1));
        else if (p->kind == SR_PLACE_ADMIN1 && p->name)
            copy_utf8(o.admin1, sizeof o.admin1, p->name, strlen(p->name));
        snprintf(o.country, sizeof o.country, "%s", p->country);
        o.precision = tp->region ? SITREP_GEO_REGION : precision_of(p);
        if (isnan(o.lat)) o.precision = SITREP_GEO_NONE;
        o.n_candidates = tp->n_candidates;
        o.role = tp->reference ? "reference" : tp->modifier ? "actor"
               : tp->reported_from ? "source" : NULL;
        if (tp->unresolved) o.kind = "unresolved";
        else if (tp->demonym) o.kind = "demonym";
        else if (tp->region) o.kind = "region";
        else o.kind = p->kind == SR_PLACE_COUNTRY ? "country" : p->kind == SR_PLACE_ADMIN1 ? "admin1"
                    : p->kind == SR_PLACE_AIRPORT ? "airport"
                    : p->kind == SR_PLACE_OTHER && !strcmp(p->feature, "ADM2") ? "county" : "city";
        reported++;
        if (fn && fn(&o, user)) break;
    }
done:
    free(map);
    free(v);
    sr_tokens_free(&t);
    sr_doc_free(&doc);
    return reported;
}
