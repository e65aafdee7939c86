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
#include "store_fixture.h"
#include "test_util.h"

typedef struct fixture {
    char dir[64], path[96];
    sr_store *st;
    sr_dedup_params p;
    sr_ingest_counts c;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    if (sr_test_mkdtemp(f->dir, sizeof f->dir, "sitrep-store-test")) return -1;
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
    if (sr_test_rmtree(f->dir)) return -1;
    free(f);
    return 0;
}

static sr_add_result add(fixture *f, const char *id, const char *url, const char *pubdate, const char *text,
                         sitrep_event *ev, size_t n)
{
    return store_add(f->st, &f->p, &f->c, id, url, pubdate, text, ev, n);
}

static int count(fixture *f, const sr_query *q)
{
    return store_count(f->st, q);
}

static void load_peshawar(fixture *f)
{
    store_load_peshawar(f->st, &f->p, &f->c);
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
    assert_int_equal(sr_store_query(f->st, &q, false, store_collect, &c, err, sizeof err), 0);
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
    sitrep_event e = store_event("p1", "2023-01-30", "Peshawar", "PK", 34.008, 71.5785, SITREP_GEO_CITY, 28);
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
        for (int k = 0; k < STORE_N_FILTERS; k++) {
            sr_query q;
            sr_query_init(&q);
            store_set_filter(&q, k, v);
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
    sitrep_event a = store_event("w1", "2013-09-21", "Nairobi", "KE", -1.2833, 36.8167, SITREP_GEO_CITY, 39);
    sitrep_event b = store_event("w2", "2013-09-21", "", "", NAN, NAN, SITREP_GEO_NONE, -1);
    sitrep_event c = store_event("z1", "2013-09-21", "", "", NAN, NAN, SITREP_GEO_NONE, -1);
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
    assert_int_equal(sr_store_query(f->st, &q, false, store_collect, &got, err, sizeof err), 0);
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
