/* store.h — the event store: articles, their events and the incidents that
 * join reports of one happening across articles.
 *
 * Three parts, each in its own file:
 *
 *   dedup.c         pure rules: are two event records the same incident?
 *                   (no I/O; unit-tested in dedup_test.c)
 *   store.c         the backend-neutral API below: it picks a backend by the
 *                   database name and forwards every call through a small
 *                   table of function pointers (sr_store_backend)
 *   store_sqlite.c  the SQLite backend (WAL, FTS5 over article text, R*Tree
 *                   over event coordinates)
 *   export.c        writers of incidents: table, JSONL, CSV, ACLED, GDELT,
 *                   GeoJSON
 *
 * A second backend (PostgreSQL + PostGIS) implements sr_store_backend and is
 * added to the list in store.c; nothing above the store changes.  Every
 * query value reaches the database as a bound parameter, never as SQL text.
 * The schema and the dedup thresholds are documented in docs/store.md.
 */
#ifndef SITREP_STORE_H
#define SITREP_STORE_H

#include "sitrep.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ------------------------------------------------------------- dedup.c */

/* Thresholds of the incident matcher; `sitrep ingest` exposes each one. */
typedef struct sr_dedup_params {
    double radius_km;        /* two city-level places at most this far apart */
    double admin1_radius_km; /* a province-level place and a town in it */
    int day_window;          /* |date difference| in days, for day precision */
    double min_text_overlap; /* weak records (undated, or placed no finer than a
                                province) need this share of proper names */
    int zero_vs_many;        /* "no one was killed" vs this many dead: two incidents */
} sr_dedup_params;

void sr_dedup_defaults(sr_dedup_params *p);

/* The most names an article signature keeps (sorted 32-bit hashes). */
#define SR_SIG_MAX 256

/* What the matcher knows about one event or one incident. */
typedef struct sr_dedup_rec {
    long day;                        /* days since 1970-01-01; SR_DAY_UNKNOWN */
    sitrep_date_precision date_prec;
    const char *event_type;          /* ACLED type, or NULL */
    const char *actor1_country, *actor2_country; /* "" when unknown */
    const char *country, *admin1;    /* place; "" when unknown */
    double lat, lon;                 /* NaN when unknown */
    sitrep_geo_precision geo_prec;
    int fatalities;                  /* -1 unknown */
    const uint32_t *sig;             /* proper-name signature of the sources */
    size_t n_sig;
} sr_dedup_rec;

#define SR_DAY_UNKNOWN (-1000000000L)

/* Why two records are (not) one incident. */
typedef enum {
    SR_DEDUP_SAME = 0,
    SR_DEDUP_TYPE,    /* incompatible event types */
    SR_DEDUP_DATE,    /* dates further apart than the window */
    SR_DEDUP_PLACE,   /* different countries, or places too far apart */
    SR_DEDUP_ACTORS,  /* actors of different countries */
    SR_DEDUP_COUNTS,  /* "no casualties" against many dead */
    SR_DEDUP_TEXT,    /* a weak record without enough shared names */
} sr_dedup_verdict;

const char *sr_dedup_verdict_name(sr_dedup_verdict v);

/* Compare two records.  On SR_DEDUP_SAME, *score (when not NULL) says how
 * close they are (higher is closer), to pick the best of several matches. */
sr_dedup_verdict sr_dedup_compare(const sr_dedup_rec *a, const sr_dedup_rec *b,
                                  const sr_dedup_params *p, double *score);

/* Great-circle distance in km. */
double sr_distance_km(double lat1, double lon1, double lat2, double lon2);

/* The proper-name signature of a text: sorted distinct hashes of its
 * capitalised words (not stop words).  Returns the count (<= SR_SIG_MAX). */
size_t sr_dedup_signature(const char *text, uint32_t *out);
/* Overlap coefficient |A∩B| / min(|A|,|B|) of two sorted signatures; 0 when
 * either has fewer than 5 names (too few to judge). */
double sr_sig_overlap(const uint32_t *a, size_t na, const uint32_t *b, size_t nb);
/* Union of two sorted signatures into out (capacity SR_SIG_MAX). */
size_t sr_sig_union(const uint32_t *a, size_t na, const uint32_t *b, size_t nb, uint32_t *out);

/* 64-bit FNV-1a of the normalised text (lowercase ASCII letters and digits,
 * every run of anything else one space, trimmed): two copies of an article
 * that differ only in case, spacing or punctuation hash alike. */
uint64_t sr_text_hash(const char *text, size_t len);

/* ------------------------------------------------------------- store.c */

typedef struct sr_store sr_store;

/* What became of one article handed to sr_store_add_article. */
typedef enum {
    SR_ADD_STORED = 0,
    SR_ADD_SAME_ID,     /* an article with this id is stored */
    SR_ADD_SAME_URL,    /* ... with this URL */
    SR_ADD_SAME_TEXT,   /* ... with the same normalised text */
    SR_ADD_ERROR,
    SR_ADD_NOT_FOUND,   /* sr_store_copy_of: no stored copy */
} sr_add_result;

/* Totals of an ingest run. */
typedef struct sr_ingest_counts {
    long stored, same_id, same_url, same_text, failed;
    long events_new;     /* events that opened a new incident */
    long events_merged;  /* events that joined an incident already stored */
} sr_ingest_counts;

/* One incident as stored: the best-supported value of each field over its
 * events (see docs/store.md). */
typedef struct sr_incident {
    long long id;
    char date[11];
    sitrep_date_precision date_prec;
    char event_type[64], sub_event_type[64], cameo[5];
    char actor1[128], actor1_country[3], actor2[128], actor2_country[3];
    char place[128], admin1[96], country[3];
    double lat, lon;
    sitrep_geo_precision geo_prec;
    char weapon[64];
    int fatalities, injured;
    int n_sources, n_events;
    /* the sources: article ids, URLs, titles and dates, in ingest order */
    int n_src;
    struct { char *article_id, *url, *title, *date; } *src;
    /* every member event's JSON as `sitrep code` writes it (no newline) */
    char **event_json;
    int n_json;
} sr_incident;

void sr_incident_clear(sr_incident *inc);

/* Filters of `sitrep query` / `sitrep export`; NULL or NaN: no filter. */
typedef struct sr_query {
    const char *from, *to;         /* YYYY-MM-DD, inclusive */
    const char *country, *admin1;  /* case-insensitive equality */
    const char *type, *subtype;    /* case-insensitive equality */
    const char *cameo;             /* code prefix */
    const char *actor;             /* substring of any member event's actor */
    double near_lat, near_lon, near_km;
    const char *text;              /* words that must all occur in a source */
    long limit;                    /* <= 0: all */
    /* added for `sitrep serve` (issue 7): */
    long offset;                   /* skip this many first matches (with limit) */
    long long id;                  /* > 0: only the incident with this id */
} sr_query;

void sr_query_init(sr_query *q);

/* Called once per incident found; return non-zero to stop. */
typedef int (*sr_incident_fn)(const sr_incident *inc, void *user);

/* Called once per group of sr_store_stats: the incidents of one date, event
 * type and country ("" when unknown), how many and their summed known
 * fatalities.  Return non-zero to stop. */
typedef int (*sr_stats_fn)(const char *date, const char *event_type, const char *country, long n,
                           long fatalities, void *user);

/* One member event of an incident, as a backend reads it back to recompute
 * the incident's fields. */
typedef struct sr_member {
    long long aid;
    char date[11];
    int date_prec, geo_prec;
    char event_type[64], sub_event_type[64], cameo[5];
    char actor1[128], actor1_country[3], actor2[128], actor2_country[3];
    char place[128], admin1[96], country[3];
    double lat, lon;
    char weapon[64];
    int fatalities, injured;
    long report_day;
} sr_member;

/* Which member gives each field of the incident (-1: none), by the rules of
 * docs/store.md ("How an incident's fields are chosen"): the most frequent
 * date among the finest-precision ones, the most frequent place among the
 * most precise, the most frequent sub-event type, actors and weapon, and
 * the latest report's counts.  Shared by every backend (dedup.c). */
typedef struct sr_incident_choice {
    int date_ix, date_prec;        /* date_prec: of the chosen date, 0 when none */
    int place_ix, type_ix, actor1_ix, actor2_ix, weapon_ix;
    int fatalities, injured;       /* SITREP_UNKNOWN when no report gives one */
    int sources;                   /* distinct articles among the members */
} sr_incident_choice;

void sr_choose_incident_fields(const sr_member *m, int n, sr_incident_choice *c);
/* A stored date's day number (SR_DAY_UNKNOWN when empty or not a date), and
 * an event as the one-line JSON `sitrep code` writes (malloc'd, or NULL):
 * what both backends store beside each event.  (dedup.c) */
long sr_store_day(const char *date);
char *sr_event_json(const sitrep_event *e);

/* The operations every backend provides.  `target` is what the user gave to
 * --db; `err` receives a one-line message on failure. */
typedef struct sr_store_backend {
    const char *name;
    bool (*accepts)(const char *target);
    sr_store *(*open)(const char *target, char *err, size_t errlen);
    void (*close)(sr_store *st);
    int (*begin)(sr_store *st, char *err, size_t errlen);
    int (*commit)(sr_store *st, char *err, size_t errlen);
    void (*rollback)(sr_store *st);
    sr_add_result (*add_article)(sr_store *st, const sitrep_article *a, const char *clean_text,
                                 const char *pubdate, const sitrep_events *ev,
                                 const sr_dedup_params *p, sr_ingest_counts *c,
                                 char *err, size_t errlen);
    int (*query)(sr_store *st, const sr_query *q, bool with_events, sr_incident_fn fn,
                 void *user, char *err, size_t errlen);
    sr_add_result (*copy_of)(sr_store *st, const sitrep_article *a, const char *clean_text,
                             char *err, size_t errlen);
    int (*events)(sr_store *st, const sr_query *q, FILE *out, char *err, size_t errlen);
    /* added for `sitrep serve` (issue 7): */
    sr_store *(*open_readonly)(const char *target, char *err, size_t errlen);
    int (*count)(sr_store *st, const sr_query *q, long *n, char *err, size_t errlen);
    int (*stats)(sr_store *st, const sr_query *q, sr_stats_fn fn, void *user, char *err, size_t errlen);
    void (*set_deadline)(sr_store *st, double seconds);
} sr_store_backend;

/* Every store begins with its backend, so store.c can forward calls. */
struct sr_store { const sr_store_backend *backend; };

extern const sr_store_backend sr_store_sqlite;
extern const sr_store_backend sr_store_pg; /* store_pg.c: postgres:// and postgresql:// names */

/* Open (creating when missing) the store named by `target`: a file path for
 * SQLite.  NULL and a message in err on failure. */
sr_store *sr_store_open(const char *target, char *err, size_t errlen);
void sr_store_close(sr_store *st);
int sr_store_begin(sr_store *st, char *err, size_t errlen);
int sr_store_commit(sr_store *st, char *err, size_t errlen);
void sr_store_rollback(sr_store *st);
/* Store one coded article and its events, matching each event against the
 * stored incidents.  Nothing changes when the article is already stored
 * (same id, URL or normalised text).  Call between begin and commit. */
sr_add_result sr_store_add_article(sr_store *st, const sitrep_article *a, const char *clean_text,
                                   const char *pubdate, const sitrep_events *ev,
                                   const sr_dedup_params *p, sr_ingest_counts *c,
                                   char *err, size_t errlen);
/* Whether a copy of the article is stored (SR_ADD_SAME_ID, _SAME_URL or
 * _SAME_TEXT), SR_ADD_NOT_FOUND, or SR_ADD_ERROR.  Lets ingest skip coding
 * an article it would not store. */
sr_add_result sr_store_copy_of(sr_store *st, const sitrep_article *a, const char *clean_text,
                               char *err, size_t errlen);
/* Incidents matching q, ordered by date then id.  with_events: also fill
 * event_json.  Returns 0, or -1 with a message in err. */
int sr_store_query(sr_store *st, const sr_query *q, bool with_events, sr_incident_fn fn,
                   void *user, char *err, size_t errlen);

/* The member events of the incidents matching q, in the order they were
 * stored, one JSON line each exactly as `sitrep code` wrote them. */
int sr_store_events(sr_store *st, const sr_query *q, FILE *out, char *err, size_t errlen);

/* Added for `sitrep serve` (issue 7).
 *
 * sr_store_open_readonly: open an existing store for reading only (no
 * schema creation, no journal-mode change; SQLite: SQLITE_OPEN_READONLY and
 * query_only), so a server can never change it.  Each connection is for one
 * thread at a time; open one per worker.
 * sr_store_count: how many incidents match q (ignoring limit and offset).
 * sr_store_stats: the incidents matching q grouped by date, event type and
 * country (limit and offset ignored), in date order.
 * sr_store_set_deadline: calls on this connection fail (-1, "interrupted" in
 * the message) once `seconds` from now have passed; <= 0 lifts the limit.
 * A server sets one per request. */
sr_store *sr_store_open_readonly(const char *target, char *err, size_t errlen);
int sr_store_count(sr_store *st, const sr_query *q, long *n, char *err, size_t errlen);
int sr_store_stats(sr_store *st, const sr_query *q, sr_stats_fn fn, void *user, char *err, size_t errlen);
void sr_store_set_deadline(sr_store *st, double seconds);

/* ------------------------------------------------------------ export.c */

typedef enum {
    SR_FMT_TABLE, SR_FMT_JSONL, SR_FMT_CSV, SR_FMT_ACLED, SR_FMT_GDELT, SR_FMT_GEOJSON,
    SR_FMT_EVENTS, /* not an incident writer: see sr_store_events */
} sr_export_format;

/* Parse a --format value; false when unknown. */
bool sr_export_format_parse(const char *name, sr_export_format *out);

/* A writer of incidents in one format.  `s` (may be NULL) supplies country
 * names for ACLED's country column and GDELT's place names. */
typedef struct sr_exporter {
    FILE *f;
    sr_export_format fmt;
    const sitrep *s;
    long rows;
} sr_exporter;

void sr_export_begin(sr_exporter *x);
int sr_export_incident(const sr_incident *inc, void *user); /* an sr_incident_fn */
void sr_export_end(sr_exporter *x);

#endif
