/* store_pg_test.c — the PostgreSQL + PostGIS event store through its API,
 * against a real server: the same scenarios as store_test.c (joins, best
 * fields, idempotent adds, every filter, SQL and tsquery metacharacters as
 * plain values), plus: the same incidents as the SQLite backend for the
 * same input, --near by PostGIS distance, a failed article rolled back
 * alone inside its batch, export of the stored events, and a store opened
 * again.
 *
 * Runs when SITREP_TEST_PG names a server (postgresql://user@host:port/db,
 * a superuser or a role that may create databases and the postgis
 * extension); each test gets a fresh database, dropped afterwards.
 * tests/pg.sh starts a throwaway server and sets it.  Without it every test
 * is skipped, saying so. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <libpq-fe.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "store.h"
#include "store_fixture.h"

typedef struct fixture {
    char dbname[64];
    char *target;
    sr_store *st;
    sr_dedup_params p;
    sr_ingest_counts c;
} fixture;

/* The server's URI with its database replaced by `db`. */
static char *with_database(const char *base, const char *db)
{
    const char *host = strstr(base, "://");
    host = host ? host + 3 : base;
    size_t end = strcspn(host, "/?");
    const char *query = strchr(host + end, '?');
    size_t n = (size_t)(host - base) + end + strlen(db) + (query ? strlen(query) : 0) + 2;
    char *s = malloc(n);
    snprintf(s, n, "%.*s/%s%s", (int)((size_t)(host - base) + end), base, db, query ? query : "");
    return s;
}

/* Run one command on the server's own database; 0 when it succeeded. */
static int admin(const char *sql)
{
    PGconn *c = PQconnectdb(getenv("SITREP_TEST_PG"));
    int rc = -1;
    if (PQstatus(c) == CONNECTION_OK) {
        PGresult *r = PQexec(c, sql);
        rc = PQresultStatus(r) == PGRES_COMMAND_OK ? 0 : -1;
        if (rc) fprintf(stderr, "%s: %s", sql, PQresultErrorMessage(r));
        PQclear(r);
    } else {
        fprintf(stderr, "cannot connect: %s", PQerrorMessage(c));
    }
    PQfinish(c);
    return rc;
}

static int setup(void **state)
{
    const char *base = getenv("SITREP_TEST_PG");
    if (!base || !*base) return 0; /* the test skips */
    static int serial;
    fixture *f = calloc(1, sizeof *f);
    snprintf(f->dbname, sizeof f->dbname, "sitrep_test_%ld_%d", (long)getpid(), ++serial);
    char sql[128];
    snprintf(sql, sizeof sql, "CREATE DATABASE %s", f->dbname);
    if (admin(sql)) { free(f); return -1; }
    f->target = with_database(base, f->dbname);
    char err[512];
    f->st = sr_store_open(f->target, err, sizeof err);
    if (!f->st) { fprintf(stderr, "%s\n", err); return -1; }
    sr_dedup_defaults(&f->p);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    if (!f) return 0;
    sr_store_close(f->st);
    char sql[128];
    snprintf(sql, sizeof sql, "DROP DATABASE %s WITH (FORCE)", f->dbname);
    int rc = admin(sql);
    free(f->target);
    free(f);
    return rc;
}

/* Every test starts with this: skip (saying why) when no server is given. */
#define NEED_SERVER(state)                                                              \
    do {                                                                                \
        if (!*(state)) {                                                                \
            fprintf(stderr, "skipped: SITREP_TEST_PG is not set (tests/pg.sh sets it)\n"); \
            skip();                                                                     \
        }                                                                               \
    } while (0)

/* The shared scenario's event, with tabs, a backslash and a newline in its
 * evidence, which COPY must carry through. */
static sitrep_event event(const char *article, const char *date, const char *place, const char *country,
                          double lat, double lon, sitrep_geo_precision prec, int dead)
{
    sitrep_event e = store_event(article, date, place, country, lat, lon, prec, dead);
    e.evidence.text = "A suicide bomber struck a mosque.\tTabs\\and\nnewlines survive COPY.";
    return e;
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
    NEED_SERVER(state);
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
    assert_int_equal(pesh->fatalities, 63);
    assert_string_equal(pesh->place, "Police Lines mosque");
    assert_int_equal(pesh->geo_prec, SITREP_GEO_EXACT);
    assert_string_equal(pesh->date, "2023-01-30");
    assert_true(fabs(pesh->lat - 34.0105) < 1e-12 && fabs(pesh->lon - 71.5605) < 1e-12);
}

/* The same articles through the SQLite backend give the same incidents,
 * field for field. */
static void same_incidents_as_sqlite(void **state)
{
    NEED_SERVER(state);
    fixture *f = *state;
    load_peshawar(f);
    char dir[] = "/tmp/sitrep-pg-test-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[64], err[512];
    snprintf(path, sizeof path, "%s/t.db", dir);
    sr_store *lite = sr_store_open(path, err, sizeof err);
    assert_non_null(lite);
    sr_ingest_counts lc = {0};
    store_load_peshawar(lite, &f->p, &lc);
    assert_int_equal(lc.events_new, f->c.events_new);
    assert_int_equal(lc.events_merged, f->c.events_merged);
    sr_query q;
    sr_query_init(&q);
    collected a = {0}, b = {0};
    assert_int_equal(sr_store_query(lite, &q, false, store_collect, &a, err, sizeof err), 0);
    assert_int_equal(sr_store_query(f->st, &q, false, store_collect, &b, err, sizeof err), 0);
    assert_int_equal(a.n, b.n);
    for (int i = 0; i < a.n; i++) {
        const sr_incident *x = &a.inc[i], *y = &b.inc[i];
        assert_int_equal(x->id, y->id);
        assert_string_equal(x->date, y->date);
        assert_string_equal(x->place, y->place);
        assert_string_equal(x->admin1, y->admin1);
        assert_string_equal(x->actor1, y->actor1);
        assert_string_equal(x->event_type, y->event_type);
        assert_true(x->lat == y->lat && x->lon == y->lon);
        assert_int_equal(x->fatalities, y->fatalities);
        assert_int_equal(x->n_sources, y->n_sources);
        assert_int_equal(x->n_events, y->n_events);
    }
    sr_store_close(lite);
    char cmdline[128];
    snprintf(cmdline, sizeof cmdline, "rm -rf '%s'", dir);
    assert_int_equal(system(cmdline), 0);
}

static void a_stored_article_changes_nothing(void **state)
{
    NEED_SERVER(state);
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
    /* opened again, the store is the same (the schema is not made twice) */
    char err[512];
    sr_store *again = sr_store_open(f->target, err, sizeof err);
    assert_non_null(again);
    sr_ingest_counts c2 = {0};
    assert_int_equal(store_add(again, &f->p, &c2, "p1", NULL, "2023-01-30", "x", &e, 1), SR_ADD_SAME_ID);
    sr_store_close(again);
}

static void filters_select_incidents(void **state)
{
    NEED_SERVER(state);
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
    q.text = "Mastung rally";
    assert_int_equal(count(f, &q), 1);
    q.text = "mosque";
    assert_int_equal(count(f, &q), 1);
    q.text = "MOSQUE title"; /* the title is searched too, any case */
    assert_int_equal(count(f, &q), 1);
    q.text = "mosque Mastung"; /* every word, in one source */
    assert_int_equal(count(f, &q), 0);
    sr_query_init(&q);
    q.actor = "BOMBER";
    assert_int_equal(count(f, &q), 2);
    q.limit = 1;
    assert_int_equal(count(f, &q), 1);
}

/* --near is a PostGIS distance on the sphere from the incident's place. */
static void near_is_a_distance(void **state)
{
    NEED_SERVER(state);
    fixture *f = *state;
    load_peshawar(f);
    sr_query q;
    sr_query_init(&q);
    q.near_lat = 34.0, q.near_lon = 71.5, q.near_km = 20;
    assert_int_equal(count(f, &q), 1);
    q.near_km = 800; /* Mastung is about 640 km away */
    assert_int_equal(count(f, &q), 2);
    /* just inside and just outside the distance to the Police Lines mosque */
    double km = sr_distance_km(34.0, 71.5, 34.0105, 71.5605);
    q.near_km = km + 0.01;
    assert_int_equal(count(f, &q), 1);
    q.near_km = km - 0.01;
    assert_int_equal(count(f, &q), 0);
    q.near_lat = -34.0, q.near_km = 800; /* the other hemisphere */
    assert_int_equal(count(f, &q), 0);
}

/* Every filter takes hostile values as plain values: no error, no match
 * unless the value really occurs, and the tables are intact afterwards. */
static void metacharacters_are_plain_values(void **state)
{
    NEED_SERVER(state);
    fixture *f = *state;
    load_peshawar(f);
    static const char *const hostile[] = {
        "'", "\"", "%", "_", ";", "--", "' OR '1'='1", "\" OR 1=1 --", "'; DROP TABLE incidents; --",
        "%' OR 1=1 --", "*", "NEAR(", "NEAR(mosque bomber)", "\"mosque", "mosque*", "a OR b",
        "text:mosque", "^mosque", "(", ")", "\\", "\x01", "ñ'\"%_;", "$1", "$$", "E'\\x27'",
        /* tsquery syntax */
        "mosque & rally", "mosque | rally", "!rally", "mosque:*", "mosq:*", "mosque <-> bomber",
        "'mosque'", "mosque:A", "&", "|", "!", "<->", "(mosque", "mosque)",
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
            /* free text is words, each a phrase of its tokens: "\"mosque",
             * "mosque*", "^mosque", "mosque:*", "'mosque'", "(mosque" and
             * "mosque)" are the word mosque; "mosque:A" is the phrase "mosque
             * a", found nowhere; "mosque & rally" needs the word "&" (no
             * token) plus both words in one source: none has both */
            if (k == 7 && (!strcmp(v, "\"mosque") || !strcmp(v, "mosque*") || !strcmp(v, "^mosque") ||
                           !strcmp(v, "mosque:*") || !strcmp(v, "'mosque'") || !strcmp(v, "(mosque") ||
                           !strcmp(v, "mosque)")))
                expect = 1;
            /* "mosque <-> bomber": both words occur in the first report;
             * "!rally" is the word rally, in the Mastung report */
            if (k == 7 && (!strcmp(v, "mosque <-> bomber") || !strcmp(v, "!rally"))) expect = 1;
            if (n != expect) fprintf(stderr, "filter %d value [%s]: %d incidents, expected %d\n", k, v, n, expect);
            assert_int_equal(n, expect);
        }
    }
    sr_query q;
    sr_query_init(&q);
    assert_int_equal(count(f, &q), 2); /* nothing was dropped */
    q.near_lat = 34.0, q.near_lon = 71.5, q.near_km = 1e300; /* absurd numbers are numbers too */
    assert_int_equal(count(f, &q), 2);
}

/* An article the server refuses (here: text that is not UTF-8) is rolled
 * back alone; the rest of its batch is stored. */
static void a_failed_article_leaves_its_batch(void **state)
{
    NEED_SERVER(state);
    fixture *f = *state;
    char err[512];
    sitrep_event e1 = event("b1", "2023-01-30", "Peshawar", "PK", 34.008, 71.5785, SITREP_GEO_CITY, 28);
    sitrep_event e2 = event("b2", "2023-03-01", "Mastung", "PK", 29.7997, 66.8455, SITREP_GEO_CITY, 5);
    sitrep_event e3 = event("b3", "2023-05-01", "Peshawar", "PK", 34.008, 71.5785, SITREP_GEO_CITY, 2);
    const char *bad = "A bomb in Peshawar \xff\xfe killed people.";
    sitrep_article a1 = {.id = "b1", .text = "First report of a bombing in Peshawar.", .date = "2023-01-30"};
    sitrep_article a2 = {.id = "b2", .text = (char *)bad, .date = "2023-03-01"};
    sitrep_article a3 = {.id = "b3", .text = "Third report, another day in Peshawar.", .date = "2023-05-01"};
    sitrep_events v1 = {.v = &e1, .n = 1}, v2 = {.v = &e2, .n = 1}, v3 = {.v = &e3, .n = 1};
    assert_int_equal(sr_store_begin(f->st, err, sizeof err), 0);
    assert_int_equal(sr_store_add_article(f->st, &a1, a1.text, a1.date, &v1, &f->p, &f->c, err, sizeof err),
                     SR_ADD_STORED);
    assert_int_equal(sr_store_add_article(f->st, &a2, a2.text, a2.date, &v2, &f->p, &f->c, err, sizeof err),
                     SR_ADD_ERROR);
    assert_non_null(strstr(err, "UTF8"));
    assert_int_equal(sr_store_add_article(f->st, &a3, a3.text, a3.date, &v3, &f->p, &f->c, err, sizeof err),
                     SR_ADD_STORED);
    assert_int_equal(sr_store_commit(f->st, err, sizeof err), 0);
    assert_int_equal(f->c.stored, 2);
    assert_int_equal(f->c.failed, 1);
    assert_int_equal(f->c.events_new, 2); /* the failed article's event is not counted */
    sr_query q;
    sr_query_init(&q);
    assert_int_equal(count(f, &q), 2);
    /* a batch rolled back leaves nothing */
    sitrep_event e4 = event("b4", "2024-01-01", "Peshawar", "PK", 34.008, 71.5785, SITREP_GEO_CITY, 1);
    sitrep_article a4 = {.id = "b4", .text = "Fourth report.", .date = "2024-01-01"};
    sitrep_events v4 = {.v = &e4, .n = 1};
    assert_int_equal(sr_store_begin(f->st, err, sizeof err), 0);
    assert_int_equal(sr_store_add_article(f->st, &a4, a4.text, a4.date, &v4, &f->p, &f->c, err, sizeof err),
                     SR_ADD_STORED);
    sr_store_rollback(f->st);
    assert_int_equal(count(f, &q), 2);
}

/* export --format events gives back every stored event's JSON exactly,
 * tabs, backslashes and newlines included (they travel through COPY). */
static void events_come_back_exactly(void **state)
{
    NEED_SERVER(state);
    fixture *f = *state;
    sitrep_event ev[3] = {
        event("m1", "2023-01-30", "Peshawar", "PK", 34.008, 71.5785, SITREP_GEO_CITY, 28),
        event("m1", "2023-01-29", "Mastung", "PK", 29.7997, 66.8455, SITREP_GEO_CITY, 15),
        event("m1", "", "", "", NAN, NAN, SITREP_GEO_NONE, -1),
    };
    snprintf(ev[1].event_id, sizeof ev[1].event_id, "m1-ev2");
    snprintf(ev[2].event_id, sizeof ev[2].event_id, "m1-ev3");
    ev[2].date_precision = SITREP_PREC_NONE;
    snprintf(ev[1].actor2.name, sizeof ev[1].actor2.name, "a\\b\tc \"quoted\" ñ");
    assert_int_equal(add(f, "m1", "https://m.example/1", "2023-01-30", "Two bombings and a threat.", ev, 3),
                     SR_ADD_STORED);
    assert_int_equal(f->c.events_new, 3); /* one article's events never join each other */
    char *want = NULL, *got = NULL;
    size_t wn = 0, gn = 0;
    FILE *w = open_memstream(&want, &wn);
    for (int i = 0; i < 3; i++) sitrep_write_jsonl(w, &ev[i]);
    fclose(w);
    FILE *g = open_memstream(&got, &gn);
    sr_query q;
    sr_query_init(&q);
    char err[512];
    assert_int_equal(sr_store_events(f->st, &q, g, err, sizeof err), 0);
    fclose(g);
    assert_string_equal(got, want);
    free(got);
    /* filtered: only the Mastung event */
    got = NULL;
    g = open_memstream(&got, &gn);
    q.admin1 = "Khyber Pakhtunkhwa";
    q.near_lat = 29.8, q.near_lon = 66.8, q.near_km = 50;
    assert_int_equal(sr_store_events(f->st, &q, g, err, sizeof err), 0);
    fclose(g);
    assert_non_null(strstr(got, "m1-ev2"));
    assert_null(strstr(got, "m1-ev3"));
    int lines = 0;
    for (const char *c = got; *c; c++) lines += *c == '\n';
    assert_int_equal(lines, 1);
    free(got);
    free(want);
}

/* A report the coder could not place joins an incident of the same days
 * only when the texts share enough names. */
static void an_unplaced_report_joins_on_shared_names(void **state)
{
    NEED_SERVER(state);
    fixture *f = *state;
    sitrep_event a = event("w1", "2013-09-21", "Nairobi", "KE", -1.2833, 36.8167, SITREP_GEO_CITY, 39);
    sitrep_event b = event("w2", "2013-09-21", "", "", NAN, NAN, SITREP_GEO_NONE, -1);
    sitrep_event c = event("z1", "2013-09-21", "", "", NAN, NAN, SITREP_GEO_NONE, -1);
    b.location.admin1[0] = 0;
    c.location.admin1[0] = 0;
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
    assert_string_equal(got.inc[0].place, "Nairobi");
}

/* Names: both URI schemes go to PostgreSQL; a server that is not there is
 * a clear error, with the password masked. */
static void names_and_connection_errors(void **state)
{
    (void)state;
    assert_true(sr_store_pg.accepts("postgresql://u@h/db"));
    assert_true(sr_store_pg.accepts("postgres://u@h/db"));
    assert_false(sr_store_pg.accepts("sitrep.db"));
    assert_false(sr_store_sqlite.accepts("postgres://u@h/db"));
    char err[512] = "";
    sr_store *st = sr_store_open("postgresql://me:s3cret@127.0.0.1:1/none?connect_timeout=2", err, sizeof err);
    assert_null(st);
    assert_non_null(strstr(err, "cannot connect"));
    assert_non_null(strstr(err, "me:***@127.0.0.1"));
    assert_null(strstr(err, "s3cret"));
    st = sr_store_open("postgresql://127.0.0.1:1/none?password=s3cret&connect_timeout=2", err, sizeof err);
    assert_null(st);
    assert_non_null(strstr(err, "password=***&connect_timeout=2"));
    assert_null(strstr(err, "s3cret"));
    assert_null(strchr(err, '\n')); /* one line */
}

int main(void)
{
    if (!getenv("SITREP_TEST_PG") || !*getenv("SITREP_TEST_PG"))
        fprintf(stderr, "store_pg_test: SITREP_TEST_PG is not set: the PostgreSQL tests are skipped"
                        " (tests/pg.sh starts a server and runs them)\n");
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(names_and_connection_errors),
        cmocka_unit_test_setup_teardown(reports_of_one_incident_join_with_best_fields, setup, teardown),
        cmocka_unit_test_setup_teardown(same_incidents_as_sqlite, setup, teardown),
        cmocka_unit_test_setup_teardown(a_stored_article_changes_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(filters_select_incidents, setup, teardown),
        cmocka_unit_test_setup_teardown(near_is_a_distance, setup, teardown),
        cmocka_unit_test_setup_teardown(metacharacters_are_plain_values, setup, teardown),
        cmocka_unit_test_setup_teardown(a_failed_article_leaves_its_batch, setup, teardown),
        cmocka_unit_test_setup_teardown(events_come_back_exactly, setup, teardown),
        cmocka_unit_test_setup_teardown(an_unplaced_report_joins_on_shared_names, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
