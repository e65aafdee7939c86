/* coherence.c — which readings of an article's ambiguous place names lie
 * near each other.
 *
 * Local news names its places without situating them: "Paris and Henry
 * County" means Paris, Tennessee, because Henry County, Tennessee, is the
 * only Henry County with a Paris in it; "Palestine" beside "Tennessee
 * Colony" is the town in Texas.  Priors (population, capitals) pick the
 * famous readings; co-occurrence picks the ones that sit together.
 *
 * places.c adds every reading of every place name of the article during
 * its first round (sr_cloud_add: the towns, counties, provinces and
 * countries that bear the name, each with its score from priors and
 * context alone).  sr_cloud_solve then finds the pairs of readings of two
 * different names that lie within a radius of each other, and gives each
 * reading a support: for each other name with a reading near it, the
 * nearness of that reading times how plausible it is as a reading of its
 * own name (1 for the name's best, falling off with the score gap), shared
 * out so that one name never gives more than one unit to the readings of
 * another.  Plausibility is what keeps two famous names apart: "Liverpool"
 * is the English city, so the small Liverpool, New York does not pull
 * "Rome" to Rome, New York; but every Henry County is as plausible as the
 * next, so Henry County, Tennessee, pulls "Paris" to its seat.  Supports
 * and scores are recomputed three times, so that two uncertain names can
 * settle each other (the county makes Paris, Tennessee, plausible, which
 * in turn makes the county Tennessee's).  The second round of places.c
 * adds the support to each candidate's score.
 *
 * Readings are sorted by latitude and swept, so the cost is the number of
 * close pairs, not the square of the readings.  Provinces and countries
 * take part only as their names' best readings (a province holds its towns
 * at any distance; the context handles that).
 */
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct reading {
    float lat, lon;
    uint32_t name;   /* hash of the name as written (normalised) */
    uint32_t group;  /* hash of its core: "Platte" and "Platte County" are
                        one name and never support each other */
    uint32_t id;     /* dense name number, in the order added */
    uint32_t index;  /* the gazetteer entry */
    uint8_t kind;
    bool gives;      /* may support others (country names only receive) */
    bool placed;     /* takes part in pairs (towns, counties, airports) */
    float prior;     /* score from priors and context */
    float eff;       /* prior plus what the support is worth */
    float support;
} reading;

struct sr_geo_cloud {
    reading *r;
    size_t n, cap;
    uint32_t n_names;
    bool solved;
    bool any;        /* some reading has support */
};

#define SUPPORT_ROUNDS 3
#define SUPPORT_CAP 2.0  /* support counts up to two names' worth */
#define NEAR_KM 50.0     /* a partner this far away is worth half one at the same spot */
/* Bounds for a pathological article (a list of thousands of place names):
 * names past MAX_READINGS readings, and pairs past MAX_PAIRS, are left out,
 * so the cost stays bounded; real articles come nowhere near either. */
#define MAX_READINGS 4096
#define MAX_PAIRS 262144

sr_geo_cloud *sr_cloud_new(void)
{
    return sr_xcalloc(1, sizeof(sr_geo_cloud));
}

void sr_cloud_free(sr_geo_cloud *c)
{
    if (!c) return;
    free(c->r);
    free(c);
}

bool sr_cloud_solved(const sr_geo_cloud *c)
{
    return c && c->solved;
}

bool sr_cloud_any_support(const sr_geo_cloud *c)
{
    return c && c->any;
}

bool sr_cloud_has(const sr_geo_cloud *c, uint32_t name)
{
    for (size_t i = 0; c && i < c->n; i++)
        if (c->r[i].name == name) return true;
    return false;
}

void sr_cloud_add(sr_geo_cloud *c, uint32_t name, uint32_t group, bool gives, const sr_place *p,
                  const double *prior, size_t k)
{
    if (!c || c->solved || !k || c->n + k > MAX_READINGS || sr_cloud_has(c, name)) return;
    uint32_t id = c->n_names++;
    for (size_t j = 0; j < k; j++) {
        if (c->n == c->cap) {
            c->cap = c->cap ? c->cap * 2 : 64;
            c->r = sr_xrealloc(c->r, c->cap * sizeof *c->r);
        }
        reading *r = &c->r[c->n++];
        r->lat = p[j].lat;
        r->lon = p[j].lon;
        r->name = name;
        r->group = group;
        r->id = id;
        r->index = p[j].index;
        r->kind = (uint8_t)p[j].kind;
        r->gives = gives;
        r->placed = p[j].kind != SR_PLACE_COUNTRY && p[j].kind != SR_PLACE_ADMIN1 &&
                    !(p[j].lat == 0 && p[j].lon == 0);
        r->prior = r->eff = (float)prior[j];
        r->support = 0;
    }
}

static double km(const reading *a, const reading *b)
{
    double r = 3.14159265358979 / 180;
    double h = pow(sin((b->lat - a->lat) * r / 2), 2) +
               cos(a->lat * r) * cos(b->lat * r) * pow(sin((b->lon - a->lon) * r / 2), 2);
    return 2 * 6371 * asin(fmin(1, sqrt(h)));
}

static int by_lat(const void *x, const void *y)
{
    const reading *a = x, *b = y;
    return (a->lat > b->lat) - (a->lat < b->lat);
}

static int by_entry(const void *x, const void *y)
{
    const reading *a = x, *b = y;
    if (a->index != b->index) return a->index < b->index ? -1 : 1;
    return (a->kind > b->kind) - (a->kind < b->kind);
}

/* One close pair: reading `to` near reading `from` of another name. */
typedef struct pair {
    uint32_t to_name, from_name;
    uint32_t to, from;   /* indexes into the readings */
    float closeness;
} pair;

static int by_names(const void *x, const void *y)
{
    const pair *p = x, *q = y;
    if (p->to_name != q->to_name) return p->to_name < q->to_name ? -1 : 1;
    if (p->from_name != q->from_name) return p->from_name < q->from_name ? -1 : 1;
    return (p->to > q->to) - (p->to < q->to);
}


void sr_cloud_solve(sr_geo_cloud *c, double radius_km, double weight, double sigma)
{
    if (!c || c->solved) return;
    c->solved = true;
    if (c->n_names < 2) {
        if (c->n > 1) qsort(c->r, c->n, sizeof *c->r, by_entry);
        return;
    }
    uint32_t n_names = c->n_names;
    qsort(c->r, c->n, sizeof *c->r, by_lat);
    double dlat = radius_km / 111.0;
    pair *pv = NULL;
    size_t np = 0, cp = 0;
    for (size_t i = 0; i < c->n; i++) {
        if (!c->r[i].placed) continue;
        for (size_t j = i + 1; j < c->n && c->r[j].lat - c->r[i].lat <= dlat; j++) {
            const reading *a = &c->r[i], *b = &c->r[j];
            if (!b->placed || a->name == b->name || a->group == b->group) continue;
            double d = km(a, b);
            /* one town under two names ("St. Louis", "Saint Louis") is
             * not two places agreeing; a county at its seat is */
            if (d > radius_km || (d < 0.5 && a->kind == b->kind)) continue;
            float cl = (float)(1.0 / (1.0 + d / NEAR_KM));
            for (int dir = 0; dir < 2; dir++) {
                size_t to = dir ? j : i, from = dir ? i : j;
                if (!c->r[from].gives || np == MAX_PAIRS) continue;
                if (np == cp) {
                    cp = cp ? cp * 2 : 64;
                    pv = sr_xrealloc(pv, cp * sizeof *pv);
                }
                pv[np++] = (pair){c->r[to].id, c->r[from].id, (uint32_t)to, (uint32_t)from, cl};
            }
        }
    }
    if (np > 1) qsort(pv, np, sizeof *pv, by_names);
    float *best = sr_xcalloc(n_names, sizeof *best);
    float *contrib = sr_xcalloc(c->n, sizeof *contrib);
    for (int round = 0; np && round < SUPPORT_ROUNDS; round++) {
        for (uint32_t k = 0; k < n_names; k++) best[k] = -1e30f;
        for (size_t i = 0; i < c->n; i++)
            if (c->r[i].eff > best[c->r[i].id]) best[c->r[i].id] = c->r[i].eff;
        for (size_t i = 0; i < c->n; i++) c->r[i].support = 0;
        /* per (name, other name): each reading's best supporter, shared
         * out so that the other name gives at most one unit */
        for (size_t g = 0; g < np;) {
            size_t e = g;
            double total = 0;
            while (e < np && pv[e].to_name == pv[g].to_name && pv[e].from_name == pv[g].from_name) {
                const reading *f = &c->r[pv[e].from];
                float v = pv[e].closeness * (float)exp(-(best[f->id] - f->eff) / sigma);
                if (e == g || pv[e].to != pv[e - 1].to) {
                    total += contrib[pv[e].to] = v;
                } else if (v > contrib[pv[e].to]) {
                    total += v - contrib[pv[e].to];
                    contrib[pv[e].to] = v;
                }
                e++;
            }
            double scale = total > 1 ? 1 / total : 1;
            for (size_t k = g; k < e; k++)
                if (k == g || pv[k].to != pv[k - 1].to)
                    c->r[pv[k].to].support += (float)(contrib[pv[k].to] * scale);
            g = e;
        }
        for (size_t i = 0; i < c->n; i++)
            c->r[i].eff = c->r[i].prior +
                          (float)(weight * (c->r[i].support > SUPPORT_CAP ? SUPPORT_CAP : c->r[i].support));
    }
    free(best);
    free(contrib);
    free(pv);
    for (size_t i = 0; i < c->n && !c->any; i++)
        if (c->r[i].support > 0) c->any = true;
    qsort(c->r, c->n, sizeof *c->r, by_entry);
}

double sr_cloud_support(const sr_geo_cloud *c, const sr_place *p)
{
    if (!c || !c->solved) return 0;
    /* readings are sorted by entry after solving; one entry may be there
     * under several names */
    size_t lo = 0, hi = c->n;
    reading key = {.index = p->index, .kind = (uint8_t)p->kind};
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (by_entry(&c->r[mid], &key) < 0) lo = mid + 1;
        else hi = mid;
    }
    double top = 0;
    for (size_t i = lo; i < c->n && !by_entry(&c->r[i], &key); i++)
        if (c->r[i].support > top) top = c->r[i].support;
    return top > SUPPORT_CAP ? SUPPORT_CAP : top;
}
