/* store_test.c — the SQLite event store through its API: idempotent adds,
 * incidents joined across articles with their best-supported fields, the
 * query filters, and SQL / FTS5 metacharacters passed through every filter
 * as plain values. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "store.h"

typedef struct fixture {
    char dir[64], path[96];
    sr_store *st;
    sr_dedup_params p;
    sr_ingest_counts c;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    snprintf(f->dir, sizeof f->dir, "/tmp/sitrep-store-test-XXXXXX");
    if (!mkdtemp(f->dir)) return -1;
    snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
    char err[512];
    f->st = sr_store_open(f->path, err, sizeof err);
    if (!f->st) { fprintf(stderr, "%s\n", err); return -1; }
    sr_dedup_defaults(&f->p);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    sr_store_close(f->st);
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
    if (system(cmd) != 0) return -1;
    free(f);
    return 0;
}

static sitrep_event event(const char *article, const char *date, const char *place, const char *country,
                          double lat, double lon, sitrep_geo_precision prec, int dead)
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

static sr_add_result add(fixture *f, const char *id, const char *url, const char *pubdate, const char *text,
                         sitrep_event *ev, size_t n)
{
    sitrep_article a = {.id = (char *)id, .url = (char *)url, .title = "A title", .date = (char *)pubdate,
                        .text = (char *)text, .text_len = strlen(text)};
    sitrep_events evs = {.v = ev, .n = n, .cap = n};
    char err[512] = "";
    assert_int_equal(sr_store_begin(f->st, err, sizeof err), 0);
    sr_add_result r = sr_store_add_article(f->st, &a, text, pubdate, &evs, &f->p, &f->c, err, sizeof err);
    if (r == SR_ADD_ERROR) fprintf(stderr, "add: %s\n", err);
    assert_int_equal(sr_store_commit(f->st, err, sizeof err), 0);
    return r;
}

typedef struct collected {
    int n;
    sr_incident inc[16];
} collected;

static int collect(const sr_incident *inc, void *user)
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

static int count(fixture *f, const sr_query *q)
{
    collected c = {0};
    char err[512] = "";
    int rc = sr_store_query(f->st, q, true, collect, &c, err, sizeof err);
    if (rc) fprintf(stderr, "query: %s\n", err);
    assert_int_equal(rc, 0);
    return c.n;
}

/* Peshawar Police Lines mosque, 30 January 2023, as three outlets report it. */
static void load_peshawar(fixture *f)
{
    sitrep_event e1 = event("p1", "2023-01-30", "Peshawar", "PK", 34.008, 71.5785, SITREP_GEO_CITY, 28);
    sitrep_event e2 = event("p2", "2023-01-30", "Police Lines mosque", "PK", 34.0105, 71.5605,
                            SITREP_GEO_EXACT, 32);
    sitrep_event e3 = event("p3", "2023-01-30", "Peshawar", "PK", 34.008, 71.5785, SITREP_GEO_CITY, 63);
    snprintf(e3.actor1.name, sizeof e3.actor1.name, "100%%_sure; DROP TABLE events; --");
    assert_int_equal(add(f, "p1", "https://a.example/1", "2023-01-30",
                         "At least 28 people were killed when a suicide bomber struck a mosque in Peshawar.",
                         &e1, 1), SR_ADD_STORED);
    assert_int_equal(add(f, "p2", "https://b.example/2", "2023-01-30",
                         "A blast in the Police Lines mosque killed 32 worshippers during prayers.", &e2, 1),
                     SR_ADD_STORED);
    assert_int_equal(add(f, "p3", "https://c.example/3", "2023-01-31",
                         "The toll from the Peshawar mosque bombing rose to 63, officials said.", &e3, 1),
                     SR_ADD_STORED);
    /* Mastung, same day, another province: another incident */
    sitrep_event e4 = event("q1", "2023-01-30", "Mastung", "PK", 29.7997, 66.8455, SITREP_GEO_CITY, 15);
    snprintf(e4.location.admin1, sizeof e4.location.admin1, "Balochistan");
    assert_int_equal(add(f, "q1", "https://d.example/4", "2023-01-30",
                         "Fifteen people died in a bombing at a rally in Mastung, Balochistan.", &e4, 1),
                     SR_ADD_STORED);
}

static void reports_of_one_incident_join_with_best_fields(void **state)
{
    fixture *f = *state;
    load_peshawar(f);
    assert_int_equal(f->c.stored, 4);
    assert_int_equal(f->c.events_new, 2);
    assert_int_equal(f->c.events_merged, 2);
    sr_query q;
    sr_query_init(&q);
    collected c = {0};
    char err[256];
    assert_int_equal(sr_store_query(f->st, &q, false, collect, &c, err, sizeof err), 0);
    assert_int_equal(c.n, 2);
    const sr_incident *pesh = !strcmp(c.inc[0].place, "Mastung") ? &c.inc[1] : &c.inc[0];
    assert_int_equal(pesh->n_sources, 3);
    assert_int_equal(pesh->n_events, 3);
    assert_int_equal(pesh->fatalities, 63);               /* the latest report's toll */
    assert_string_equal(pesh->place, "Police Lines mosque"); /* the most precise place */
    assert_int_equal(pesh->geo_prec, SITREP_GEO_EXACT);
    assert_string_equal(pesh->date, "2023-01-30");
}

static void a_stored_article_changes_nothing(void **state)
{
    fixture *f = *state;
    load_peshawar(f);
    sitrep_event e = event("p1", "2023-01-30", "Peshawar", "PK", 34.008, 71.5785, SITREP_GEO_CITY, 28);
    assert_int_equal(add(f, "p1", "https://x.example/new", "2023-01-30", "Other text entirely, long enough.", &e, 1),
                     SR_ADD_SAME_ID);
    assert_int_equal(add(f, "p9", "https://a.example/1", "2023-01-30", "Other text entirely, long enough.", &e, 1),
                     SR_ADD_SAME_URL);
    assert_int_equal(add(f, "p8", NULL, "2023-01-30",
                         "at least 28 PEOPLE were killed -- when a suicide bomber struck a mosque in Peshawar",
                         &e, 1), SR_ADD_SAME_TEXT);
    assert_int_equal(f->c.stored, 4);
    assert_int_equal(f->c.same_id + f->c.same_url + f->c.same_text, 3);
    sr_query q;
    sr_query_init(&q);
    assert_int_equal(count(f, &q), 2);
}

static void filters_select_incidents(void **state)
{
    fixture *f = *state;
    load_peshawar(f);
    sr_query q;
    sr_query_init(&q);
    q.country = "pk";
    assert_int_equal(count(f, &q), 2);
    q.admin1 = "balochistan";
    assert_int_equal(count(f, &q), 1);
    sr_query_init(&q);
    q.from = "2023-01-30", q.to = "2023-01-30";
    assert_int_equal(count(f, &q), 2);
    q.from = "2023-01-31";
    assert_int_equal(count(f, &q), 0);
    sr_query_init(&q);
    q.type = "explosions/remote violence", q.subtype = "Suicide bomb", q.cameo = "18";
    assert_int_equal(count(f, &q), 2);
    q.cameo = "19";
    assert_int_equal(count(f, &q), 0);
    sr_query_init(&q);
    q.near_lat = 34.0, q.near_lon = 71.5, q.near_km = 20;
    assert_int_equal(count(f, &q), 1);
    q.near_km = 800; /* Mastung is about 640 km away */
    assert_int_equal(count(f, &q), 2);
    sr_query_init(&q);
    q.text = "Mastung rally";
    assert_int_equal(count(f, &q), 1);
    q.text = "mosque";
    assert_int_equal(count(f, &q), 1);
    sr_query_init(&q);
    q.actor = "BOMBER";
    assert_int_equal(count(f, &q), 2);
    q.limit = 1;
    assert_int_equal(count(f, &q), 1);
}

/* Every filter takes hostile values as plain values: no error, no match
 * unless the value really occurs, and the tables are intact afterwards. */
static void metacharacters_are_plain_values(void **state)
{
    fixture *f = *state;
    load_peshawar(f);
    static const char *const hostile[] = {
        "'", "\"", "%", "_", ";", "--", "' OR '1'='1", "\" OR 1=1 --", "'; DROP TABLE incidents; --",
        "%' OR 1=1 --", "*", "NEAR(", "NEAR(mosque bomber)", "\"mosque", "mosque*", "a OR b",
        "text:mosque", "^mosque", "(", ")", "\\", "\x01", "ñ'\"%_;",
    };
    for (size_t i = 0; i < sizeof hostile / sizeof *hostile; i++) {
        const char *v = hostile[i];
        for (int k = 0; k < 8; k++) {
            sr_query q;
            sr_query_init(&q);
            switch (k) {
            case 0: q.from = v; q.to = v; break;
            case 1: q.country = v; break;
            case 2: q.admin1 = v; break;
            case 3: q.type = v; break;
            case 4: q.subtype = v; break;
            case 5: q.cameo = v; break;
            case 6: q.actor = v; break;
            case 7: q.text = v; break;
            }
            int n = count(f, &q);
            int expect = 0;
            /* the actor "100%_sure; DROP TABLE events; --" really contains these */
            if (k == 6 && (!strcmp(v, "%") || !strcmp(v, "_") || !strcmp(v, ";") || !strcmp(v, "--")))
                expect = 1;
            /* free text is words: "\"mosque", "mosque*" and "^mosque" are the word
             * mosque; "text:mosque" is the phrase "text mosque", found nowhere */
            if (k == 7 && (!strcmp(v, "\"mosque") || !strcmp(v, "mosque*") || !strcmp(v, "^mosque")))
                expect = 1;
            if (n != expect) fprintf(stderr, "filter %d value [%s]: %d incidents, expected %d\n", k, v, n, expect);
            assert_int_equal(n, expect);
        }
    }
    sr_query q;
    sr_query_init(&q);
    assert_int_equal(count(f, &q), 2); /* nothing was dropped */
}

/* A report the coder could not place joins an incident of the same days
 * only when the texts share enough names. */
static void an_unplaced_report_joins_on_shared_names(void **state)
{
    fixture *f = *state;
    sitrep_event a = event("w1", "2013-09-21", "Nairobi", "KE", -1.2833, 36.8167, SITREP_GEO_CITY, 39);
    sitrep_event b = event("w2", "2013-09-21", "", "", NAN, NAN, SITREP_GEO_NONE, -1);
    sitrep_event c = event("z1", "2013-09-21", "", "", NAN, NAN, SITREP_GEO_NONE, -1);
    snprintf(b.location.admin1, sizeof b.location.admin1, "%s", "");
    snprintf(c.location.admin1, sizeof c.location.admin1, "%s", "");
    assert_int_equal(add(f, "w1", NULL, "2013-09-21",
                         "Gunmen stormed the Westgate mall in Nairobi; Kenyan officials said Somalia's "
                         "Shabaab group claimed it and President Uhuru Kenyatta spoke.", &a, 1), SR_ADD_STORED);
    assert_int_equal(add(f, "w2", NULL, "2013-09-22",
                         "Shabaab gunmen held the Westgate centre as President Kenyatta said Kenyan forces "
                         "would prevail; Somalia's militants warned Nairobi.", &b, 1), SR_ADD_STORED);
    assert_int_equal(add(f, "z1", NULL, "2013-09-21",
                         "Protesters in Lima marched on Congress as Peruvian police and President Humala "
                         "traded blame over the Andean mining dispute.", &c, 1), SR_ADD_STORED);
    assert_int_equal(f->c.events_new, 2);
    assert_int_equal(f->c.events_merged, 1);
    sr_query q;
    sr_query_init(&q);
    q.country = "KE";
    collected got = {0};
    char err[256];
    assert_int_equal(sr_store_query(f->st, &q, false, collect, &got, err, sizeof err), 0);
    assert_int_equal(got.n, 1);
    assert_int_equal(got.inc[0].n_sources, 2);
    assert_string_equal(got.inc[0].place, "Nairobi"); /* the placed report gives the place */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(reports_of_one_incident_join_with_best_fields, setup, teardown),
        cmocka_unit_test_setup_teardown(a_stored_article_changes_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(filters_select_incidents, setup, teardown),
        cmocka_unit_test_setup_teardown(metacharacters_are_plain_values, setup, teardown),
        cmocka_unit_test_setup_teardown(an_unplaced_report_joins_on_shared_names, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
