/* store_fixture.h — the scenario both store tests load into a store
 * (store_test.c for SQLite, store_pg_test.c for PostgreSQL), so the two
 * backends are tested on the same reports: one event built from a few
 * fields, an article added in its own transaction, the incidents a query
 * returns, and the Peshawar mosque bombing of 30 January 2023 as three
 * outlets report it, with a bombing in Mastung the same day.  Header-only,
 * like test_util.h; include it after cmocka.h. */
#ifndef SITREP_STORE_FIXTURE_H
#define SITREP_STORE_FIXTURE_H

#include <stdio.h>
#include <string.h>

#include "internal.h"
#include "store.h"

/* A suicide bombing reported by `article` on `date` at `place`. */
static inline sitrep_event store_event(const char *article, const char *date, const char *place,
                                       const char *country, double lat, double lon,
                                       sitrep_geo_precision prec, int dead)
{
    sitrep_event e;
    memset(&e, 0, sizeof e);
    snprintf(e.article_id, sizeof e.article_id, "%s", article);
    snprintf(e.event_id, sizeof e.event_id, "%.8s-ev", article);
    snprintf(e.date, sizeof e.date, "%s", date);
    e.date_precision = SITREP_PREC_DAY;
    e.date_source = "text";
    e.event_type = "Explosions/Remote violence";
    e.sub_event_type = "Suicide bomb";
    snprintf(e.cameo, sizeof e.cameo, "183");
    snprintf(e.actor1.name, sizeof e.actor1.name, "suicide bomber");
    snprintf(e.actor2.name, sizeof e.actor2.name, "worshippers");
    snprintf(e.location.name, sizeof e.location.name, "%s", place);
    snprintf(e.location.admin1, sizeof e.location.admin1, "Khyber Pakhtunkhwa");
    snprintf(e.location.country, sizeof e.location.country, "%s", country);
    e.location.lat = lat;
    e.location.lon = lon;
    e.location.precision = prec;
    e.weapon_count = SITREP_UNKNOWN;
    e.fatalities = dead;
    e.fatalities_qualifier = dead >= 0 ? "at_least" : NULL;
    e.injured = SITREP_UNKNOWN;
    e.evidence.text = "A suicide bomber struck a mosque.";
    e.evidence.end = 33;
    e.confidence = 0.8;
    e.sources = 1;
    return e;
}

/* Add one article with its events in a transaction of its own. */
static inline sr_add_result store_add(sr_store *st, const sr_dedup_params *p, sr_ingest_counts *c,
                                      const char *id, const char *url, const char *pubdate,
                                      const char *text, sitrep_event *ev, size_t n)
{
    sitrep_article a = {.id = (char *)id, .url = (char *)url, .title = "A title", .date = (char *)pubdate,
                        .text = (char *)text, .text_len = strlen(text)};
    sitrep_events evs = {.v = ev, .n = n, .cap = n};
    char err[512] = "";
    assert_int_equal(sr_store_begin(st, err, sizeof err), 0);
    sr_add_result r = sr_store_add_article(st, &a, text, pubdate, &evs, p, c, err, sizeof err);
    if (r == SR_ADD_ERROR) fprintf(stderr, "add: %s\n", err);
    assert_int_equal(sr_store_commit(st, err, sizeof err), 0);
    return r;
}

/* The incidents a query returns (the first 16 kept, all counted). */
typedef struct collected {
    int n;
    sr_incident inc[16];
} collected;

static inline int store_collect(const sr_incident *inc, void *user)
{
    collected *c = user;
    if (c->n < 16) {
        c->inc[c->n] = *inc;
        c->inc[c->n].src = NULL, c->inc[c->n].n_src = 0; /* owned by the caller of fn */
        c->inc[c->n].event_json = NULL, c->inc[c->n].n_json = 0;
    }
    c->n++;
    return 0;
}

static inline int store_count(sr_store *st, const sr_query *q)
{
    collected c = {0};
    char err[512] = "";
    int rc = sr_store_query(st, q, true, store_collect, &c, err, sizeof err);
    if (rc) fprintf(stderr, "query: %s\n", err);
    assert_int_equal(rc, 0);
    return c.n;
}

/* The query's k-th text filter (k < STORE_N_FILTERS) set to v: dates,
 * country, admin1, type, sub-type, CAMEO, actor, free text. */
enum { STORE_N_FILTERS = 8 };
static inline void store_set_filter(sr_query *q, int k, const char *v)
{
    switch (k) {
    case 0: q->from = v; q->to = v; break;
    case 1: q->country = v; break;
    case 2: q->admin1 = v; break;
    case 3: q->type = v; break;
    case 4: q->subtype = v; break;
    case 5: q->cameo = v; break;
    case 6: q->actor = v; break;
    case 7: q->text = v; break;
    }
}

/* Peshawar Police Lines mosque, 30 January 2023, as three outlets report
 * it (one of them with SQL in an actor's name), and a bombing in Mastung,
 * another province, the same day: two incidents. */
static inline void store_load_peshawar(sr_store *st, const sr_dedup_params *p, sr_ingest_counts *c)
{
    sitrep_event e1 = store_event("p1", "2023-01-30", "Peshawar", "PK", 34.008, 71.5785, SITREP_GEO_CITY, 28);
    sitrep_event e2 = store_event("p2", "2023-01-30", "Police Lines mosque", "PK", 34.0105, 71.5605,
                                  SITREP_GEO_EXACT, 32);
    sitrep_event e3 = store_event("p3", "2023-01-30", "Peshawar", "PK", 34.008, 71.5785, SITREP_GEO_CITY, 63);
    snprintf(e3.actor1.name, sizeof e3.actor1.name, "100%%_sure; DROP TABLE events; --");
    assert_int_equal(store_add(st, p, c, "p1", "https://a.example/1", "2023-01-30",
                               "At least 28 people were killed when a suicide bomber struck a mosque in "
                               "Peshawar.", &e1, 1), SR_ADD_STORED);
    assert_int_equal(store_add(st, p, c, "p2", "https://b.example/2", "2023-01-30",
                               "A blast in the Police Lines mosque killed 32 worshippers during prayers.",
                               &e2, 1), SR_ADD_STORED);
    assert_int_equal(store_add(st, p, c, "p3", "https://c.example/3", "2023-01-31",
                               "The toll from the Peshawar mosque bombing rose to 63, officials said.",
                               &e3, 1), SR_ADD_STORED);
    sitrep_event e4 = store_event("q1", "2023-01-30", "Mastung", "PK", 29.7997, 66.8455, SITREP_GEO_CITY, 15);
    snprintf(e4.location.admin1, sizeof e4.location.admin1, "Balochistan");
    assert_int_equal(store_add(st, p, c, "q1", "https://d.example/4", "2023-01-30",
                               "Fifteen people died in a bombing at a rally in Mastung, Balochistan.",
                               &e4, 1), SR_ADD_STORED);
}

#endif
