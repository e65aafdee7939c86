/* dedup.c — are two event records reports of the same incident?
 *
 * Outlets report one happening with different words, tolls and places
 * ("Moscow", "Krasnogorsk", "near Moscow"), so the matcher is a short list
 * of vetoes, each a pure function of the two records and the thresholds
 * (sr_dedup_params); two records are one incident when no veto applies:
 *
 *   type    the event types must be compatible: equal, or both political
 *           violence (battles, explosions, violence against civilians: one
 *           outlet's "gunmen attacked" is another's "explosions"), or both
 *           demonstrations (protests, riots);
 *   date    within day_window days, widened to the coarser precision
 *           (week 7, month 31, year 366);
 *   place   the same country; two town-level places within radius_km; a
 *           province-level place matches a town in the same province or
 *           within admin1_radius_km;
 *   actors  when both name a country for actor 1, the same one (or the
 *           roles swapped);
 *   counts  one report saying nobody was killed and the other zero_vs_many
 *           or more dead are different incidents;
 *   text    a weak record — undated, or placed no finer than a province —
 *           says too little on its own, so it joins only with
 *           min_text_overlap of proper names in common with the other side.
 *
 * Tolls that differ otherwise never veto: tolls rise as reports come in.
 *
 * It also chooses an incident's fields from its member events
 * (sr_choose_incident_fields), for every store backend.
 * The names signature is a sorted set of 32-bit FNV-1a hashes of the
 * capitalised words of a text, minus stop words (articles, weekdays,
 * months), which tell nothing about the incident.
 */
#include "store.h"
#include "internal.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void sr_dedup_defaults(sr_dedup_params *p)
{
    p->radius_km = 25;
    p->admin1_radius_km = 150;
    p->day_window = 1;
    p->min_text_overlap = 0.2;
    p->zero_vs_many = 10;
}

const char *sr_dedup_verdict_name(sr_dedup_verdict v)
{
    switch (v) {
    case SR_DEDUP_SAME: return "same";
    case SR_DEDUP_TYPE: return "type";
    case SR_DEDUP_DATE: return "date";
    case SR_DEDUP_PLACE: return "place";
    case SR_DEDUP_ACTORS: return "actors";
    case SR_DEDUP_COUNTS: return "counts";
    case SR_DEDUP_TEXT: return "text";
    }
    return "?";
}

double sr_distance_km(double lat1, double lon1, double lat2, double lon2)
{
    const double rad = M_PI / 180.0;
    double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
    double h = sin(dlat / 2) * sin(dlat / 2) +
               cos(lat1 * rad) * cos(lat2 * rad) * sin(dlon / 2) * sin(dlon / 2);
    if (h > 1) h = 1;
    return 2 * 6371.0088 * asin(sqrt(h));
}

static bool is_violence(const char *t)
{
    return !strcmp(t, "Battles") || !strcmp(t, "Explosions/Remote violence") ||
           !strcmp(t, "Violence against civilians");
}

static bool is_demonstration(const char *t)
{
    return !strcmp(t, "Protests") || !strcmp(t, "Riots");
}

static bool types_compatible(const char *a, const char *b)
{
    if (!a || !b || !*a || !*b) return true;
    if (!strcmp(a, b)) return true;
    return (is_violence(a) && is_violence(b)) || (is_demonstration(a) && is_demonstration(b));
}

static int precision_days(sitrep_date_precision p)
{
    switch (p) {
    case SITREP_PREC_WEEK: return 7;
    case SITREP_PREC_MONTH: return 31;
    case SITREP_PREC_YEAR: return 366;
    default: return 0;
    }
}

static bool known(const char *s) { return s && *s; }

static bool fine_place(const sr_dedup_rec *r)
{
    return !isnan(r->lat) && (r->geo_prec == SITREP_GEO_EXACT || r->geo_prec == SITREP_GEO_CITY);
}

static bool coarse_place(const sr_dedup_rec *r)
{
    return !isnan(r->lat) && r->geo_prec == SITREP_GEO_ADMIN1;
}

/* A weak record says too little to be matched on structure alone. */
static bool weak(const sr_dedup_rec *r)
{
    return r->day == SR_DAY_UNKNOWN || r->date_prec == SITREP_PREC_NONE ||
           r->date_prec == SITREP_PREC_YEAR || !fine_place(r);
}

sr_dedup_verdict sr_dedup_compare(const sr_dedup_rec *a, const sr_dedup_rec *b,
                                  const sr_dedup_params *p, double *score)
{
    if (!types_compatible(a->event_type, b->event_type)) return SR_DEDUP_TYPE;

    long dd = 0;
    if (a->day != SR_DAY_UNKNOWN && b->day != SR_DAY_UNKNOWN) {
        int window = p->day_window;
        int pa = precision_days(a->date_prec), pb = precision_days(b->date_prec);
        if (pa > window) window = pa;
        if (pb > window) window = pb;
        dd = labs(a->day - b->day);
        if (dd > window) return SR_DEDUP_DATE;
    }

    if (known(a->country) && known(b->country) && strcmp(a->country, b->country))
        return SR_DEDUP_PLACE;
    double km = 0;
    if (!isnan(a->lat) && !isnan(b->lat)) km = sr_distance_km(a->lat, a->lon, b->lat, b->lon);
    if (fine_place(a) && fine_place(b)) {
        if (km > p->radius_km) return SR_DEDUP_PLACE;
    } else if ((fine_place(a) || coarse_place(a)) && (fine_place(b) || coarse_place(b))) {
        bool same_admin1 = known(a->admin1) && known(b->admin1) && !strcasecmp(a->admin1, b->admin1);
        if (!same_admin1 && km > p->admin1_radius_km) return SR_DEDUP_PLACE;
    }

    if (known(a->actor1_country) && known(b->actor1_country) &&
        strcmp(a->actor1_country, b->actor1_country) &&
        !(known(b->actor2_country) && !strcmp(a->actor1_country, b->actor2_country)))
        return SR_DEDUP_ACTORS;

    if (a->fatalities >= 0 && b->fatalities >= 0) {
        int lo = a->fatalities < b->fatalities ? a->fatalities : b->fatalities;
        int hi = a->fatalities < b->fatalities ? b->fatalities : a->fatalities;
        if (lo == 0 && hi >= p->zero_vs_many) return SR_DEDUP_COUNTS;
    }

    double overlap = sr_sig_overlap(a->sig, a->n_sig, b->sig, b->n_sig);
    if ((weak(a) || weak(b)) && overlap < p->min_text_overlap) return SR_DEDUP_TEXT;

    if (score) {
        double radius = p->radius_km > 0 ? p->radius_km : 1;
        *score = overlap - 0.1 * (double)dd - 0.1 * km / radius;
    }
    return SR_DEDUP_SAME;
}

/* ------------------------------------------------------------ signatures */

static const char *const sig_stop[] = {
    "the", "a", "an", "in", "on", "at", "he", "she", "it", "they", "we", "you", "this", "that",
    "these", "those", "but", "and", "as", "after", "according", "his", "her", "their", "its",
    "there", "then", "when", "while", "with", "from", "for", "of", "to", "by", "if", "or", "not",
    "no", "mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "read", "more", "also", "some",
    "all", "one", "two", "three", "what", "who", "how", "why", "where", NULL,
};

static int cmp_u32(const void *x, const void *y)
{
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
    return a < b ? -1 : a > b;
}

static bool word_char(unsigned char c) { return isalnum(c) || c >= 0x80 || c == '\'' || c == '-'; }

size_t sr_dedup_signature(const char *text, uint32_t *out)
{
    size_t n = 0;
    uint32_t tmp[SR_SIG_MAX * 4];
    size_t cap = sizeof tmp / sizeof *tmp;
    const unsigned char *p = (const unsigned char *)text;
    while (*p && n < cap) {
        if (!word_char(*p)) { p++; continue; }
        const unsigned char *w = p;
        while (*p && word_char(*p)) p++;
        size_t len = (size_t)(p - w);
        if (!isupper(*w) || len < 3 || len > 40) continue;
        char low[41];
        for (size_t i = 0; i < len; i++) low[i] = (char)tolower(w[i]);
        low[len] = 0;
        if (sr_word_in(low, sig_stop)) continue;
        uint32_t h = 2166136261u;
        for (size_t i = 0; i < len; i++) { h ^= (unsigned char)low[i]; h *= 16777619u; }
        tmp[n++] = h;
    }
    qsort(tmp, n, sizeof *tmp, cmp_u32);
    size_t m = 0;
    for (size_t i = 0; i < n && m < SR_SIG_MAX; i++)
        if (m == 0 || out[m - 1] != tmp[i]) out[m++] = tmp[i];
    return m;
}

double sr_sig_overlap(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
    if (na < 5 || nb < 5) return 0;
    size_t i = 0, j = 0, common = 0;
    while (i < na && j < nb) {
        if (a[i] == b[j]) { common++; i++; j++; }
        else if (a[i] < b[j]) i++;
        else j++;
    }
    return (double)common / (double)(na < nb ? na : nb);
}

size_t sr_sig_union(const uint32_t *a, size_t na, const uint32_t *b, size_t nb, uint32_t *out)
{
    size_t i = 0, j = 0, m = 0;
    while ((i < na || j < nb) && m < SR_SIG_MAX) {
        uint32_t v;
        if (j >= nb || (i < na && a[i] < b[j])) v = a[i++];
        else if (i >= na || b[j] < a[i]) v = b[j++];
        else { v = a[i++]; j++; }
        out[m++] = v;
    }
    return m;
}

uint64_t sr_text_hash(const char *text, size_t len)
{
    uint64_t h = 14695981039346656037ull;
    bool pending_space = false, any = false;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (isalnum(c) || c >= 0x80) {
            if (pending_space && any) { h ^= ' '; h *= 1099511628211ull; }
            pending_space = false;
            any = true;
            h ^= (unsigned char)tolower(c);
            h *= 1099511628211ull;
        } else {
            pending_space = true;
        }
    }
    return h;
}

/* ------------------------------------------------ an incident's fields
 * Both store backends read an incident's member events back and ask
 * sr_choose_incident_fields() which member gives each field. */

/* Finer precision first; 0 (none) last. */
static int prec_rank(int p) { return p == 0 ? 100 : p; }

typedef struct keyed { const char *key; int ix; } keyed;

static int cmp_keyed(const void *x, const void *y)
{
    const keyed *a = x, *b = y;
    int c = strcmp(a->key, b->key);
    return c ? c : (a->ix > b->ix) - (a->ix < b->ix);
}

/* Index of the member whose `key` (a string field) is most frequent among
 * the members that `ok` admits, earliest member on ties; -1 when none.
 * Sorting keeps it O(n log n) for incidents reported thousands of times. */
static int mode_of(const sr_member *m, int n, size_t key_off, bool (*ok)(const sr_member *, int), int arg)
{
    keyed *k = sr_xmalloc((size_t)(n ? n : 1) * sizeof *k);
    int nk = 0;
    for (int i = 0; i < n; i++) {
        const char *key = (const char *)&m[i] + key_off;
        if (*key && (!ok || ok(&m[i], arg))) k[nk++] = (keyed){key, i};
    }
    qsort(k, (size_t)nk, sizeof *k, cmp_keyed);
    int best = -1, best_n = 0;
    for (int i = 0; i < nk;) {
        int j = i;
        while (j < nk && !strcmp(k[j].key, k[i].key)) j++;
        /* k[i] is the run's earliest member */
        if (j - i > best_n || (j - i == best_n && k[i].ix < best)) {
            best_n = j - i;
            best = k[i].ix;
        }
        i = j;
    }
    free(k);
    return best;
}

static bool date_prec_is(const sr_member *m, int p) { return m->date_prec == p; }
static bool geo_prec_is(const sr_member *m, int p) { return m->geo_prec == p; }

/* The count of the latest report that gives one; the highest on a tie. */
static int latest_count(const sr_member *m, int n, bool injured)
{
    int best = SITREP_UNKNOWN;
    long best_day = SR_DAY_UNKNOWN;
    for (int i = 0; i < n; i++) {
        int v = injured ? m[i].injured : m[i].fatalities;
        if (v < 0) continue;
        if (best < 0 || m[i].report_day > best_day || (m[i].report_day == best_day && v > best)) {
            best = v;
            best_day = m[i].report_day;
        }
    }
    return best;
}

void sr_choose_incident_fields(const sr_member *m, int n, sr_incident_choice *c)
{
    int best_dp = 0, best_gp = 0;
    for (int i = 0; i < n; i++) {
        if (prec_rank(m[i].date_prec) < prec_rank(best_dp)) best_dp = m[i].date_prec;
        if (prec_rank(m[i].geo_prec) < prec_rank(best_gp)) best_gp = m[i].geo_prec;
    }
    c->date_ix = best_dp ? mode_of(m, n, offsetof(sr_member, date), date_prec_is, best_dp) : -1;
    c->date_prec = c->date_ix >= 0 ? best_dp : 0;
    c->place_ix = mode_of(m, n, offsetof(sr_member, place), geo_prec_is, best_gp);
    if (c->place_ix < 0) c->place_ix = mode_of(m, n, offsetof(sr_member, country), NULL, 0);
    /* the type: the most frequent sub-event type names the pair */
    c->type_ix = mode_of(m, n, offsetof(sr_member, sub_event_type), NULL, 0);
    if (c->type_ix < 0) c->type_ix = 0;
    c->actor1_ix = mode_of(m, n, offsetof(sr_member, actor1), NULL, 0);
    c->actor2_ix = mode_of(m, n, offsetof(sr_member, actor2), NULL, 0);
    c->weapon_ix = mode_of(m, n, offsetof(sr_member, weapon), NULL, 0);
    c->fatalities = latest_count(m, n, false);
    c->injured = latest_count(m, n, true);
    c->sources = 0;
    for (int i = 0; i < n; i++) {
        bool seen = false;
        for (int j = 0; j < i && !seen; j++) seen = m[j].aid == m[i].aid;
        if (!seen) c->sources++;
    }
}

long sr_store_day(const char *date)
{
    sr_ymd d;
    if (!date || !*date || !sr_ymd_parse(date, &d)) return SR_DAY_UNKNOWN;
    return sr_ymd_to_days(d);
}

char *sr_event_json(const sitrep_event *e)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) return NULL;
    sitrep_write_jsonl(f, e);
    fclose(f);
    if (len && buf[len - 1] == '\n') buf[len - 1] = 0;
    return buf;
}
