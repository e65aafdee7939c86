/* output_test.c — the JSONL and CSV writers: escaping, nulls, quoting. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static sitrep_event sample(void)
{
    sitrep_event e;
    memset(&e, 0, sizeof e);
    snprintf(e.article_id, sizeof e.article_id, "a\"1");
    snprintf(e.event_id, sizeof e.event_id, "0123456789abcdef");
    snprintf(e.date, sizeof e.date, "2024-07-25");
    e.date_precision = SITREP_PREC_DAY;
    e.date_source = "text";
    e.event_type = "Explosions/Remote violence";
    e.sub_event_type = "Shelling/artillery/missile attack";
    snprintf(e.cameo, sizeof e.cameo, "194");
    snprintf(e.actor1.name, sizeof e.actor1.name, "unidentified");
    snprintf(e.actor2.name, sizeof e.actor2.name, "US-led, \"coalition\" forces");
    snprintf(e.location.name, sizeof e.location.name, "Ain al-Asad");
    snprintf(e.location.country, 3, "IQ");
    e.location.lat = 33.7856;
    e.location.lon = 42.4412;
    e.location.precision = SITREP_GEO_EXACT;
    e.weapon_count = 4;
    e.fatalities = 0;
    e.injured = SITREP_UNKNOWN;
    e.evidence.text = "Line one\nwith a tab\tand a \\ and \x01.";
    e.evidence.start = 0;
    e.evidence.end = 33;
    e.confidence = 0.85;
    e.sources = 2;
    return e;
}

static char *capture(void (*fn)(FILE *, const sitrep_event *), const sitrep_event *e)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    fn(f, e);
    fclose(f);
    return buf;
}

static void test_jsonl(void **state)
{
    (void)state;
    sitrep_event e = sample();
    char *s = capture(sitrep_write_jsonl, &e);
    assert_non_null(strstr(s, "\"article_id\":\"a\\\"1\""));
    assert_non_null(strstr(s, "\"text\":\"Line one\\nwith a tab\\tand a \\\\ and \\u0001.\""));
    assert_non_null(strstr(s, "\"injured\":null"));
    assert_non_null(strstr(s, "\"fatalities\":0"));
    assert_non_null(strstr(s, "\"weapon\":null"));
    assert_non_null(strstr(s, "\"admin1\":null"));
    assert_non_null(strstr(s, "\"lat\":33.7856,\"lon\":42.4412"));
    assert_non_null(strstr(s, "\"precision\":\"exact\""));
    assert_non_null(strstr(s, "\"actor1\":{\"name\":\"unidentified\",\"country\":null}"));
    assert_int_equal(s[strlen(s) - 1], '\n');
    assert_null(strchr(s, '\n') != s + strlen(s) - 1 ? (void *)1 : NULL);
    free(s);
    e.location.lat = e.location.lon = NAN;
    s = capture(sitrep_write_jsonl, &e);
    assert_non_null(strstr(s, "\"lat\":null,\"lon\":null"));
    free(s);
}

static void test_csv(void **state)
{
    (void)state;
    sitrep_event e = sample();
    char *s = capture(sitrep_write_csv, &e);
    /* a field with a comma or quote is quoted, quotes doubled */
    assert_non_null(strstr(s, ",\"US-led, \"\"coalition\"\" forces\","));
    assert_true(strncmp(s, "\"a\"\"1\",", 7) == 0); /* first field */
    /* the evidence with a newline is quoted and the row ends the record */
    assert_non_null(strstr(s, "\"Line one\nwith a tab\tand a \\ and \x01.\"\n"));
    free(s);
    char *h = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&h, &len);
    sitrep_write_csv_header(f);
    fclose(f);
    assert_true(strncmp(h, "article_id,event_id,date,", 25) == 0);
    free(h);
}

static void test_toponym_jsonl(void **state)
{
    (void)state;
    sitrep_toponym t;
    memset(&t, 0, sizeof t);
    t.start = 3;
    t.end = 10;
    snprintf(t.text, sizeof t.text, "Ma\"rib");
    snprintf(t.name, sizeof t.name, "Ma'rib");
    t.geonameid = 71137;
    t.lat = 15.46;
    t.lon = 45.32;
    snprintf(t.admin1, sizeof t.admin1, "Ma'rib");
    snprintf(t.country, 3, "YE");
    t.precision = SITREP_GEO_CITY;
    t.kind = "city";
    t.n_candidates = 1;
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    sitrep_write_toponym_jsonl(f, "a\\1", &t);
    /* a place without coordinates, id, region or role */
    sitrep_toponym u;
    memset(&u, 0, sizeof u);
    snprintf(u.text, sizeof u.text, "Licking County");
    u.lat = u.lon = NAN;
    u.kind = "unresolved";
    sitrep_write_toponym_jsonl(f, "b", &u);
    fclose(f);
    const char *want =
        "{\"article_id\":\"a\\\\1\",\"start\":3,\"end\":10,\"text\":\"Ma\\\"rib\",\"name\":\"Ma'rib\","
        "\"geonameid\":71137,\"lat\":15.46000,\"lon\":45.32000,\"admin1\":\"Ma'rib\",\"country\":\"YE\","
        "\"precision\":\"city\",\"kind\":\"city\",\"candidates\":1,\"role\":null}\n"
        "{\"article_id\":\"b\",\"start\":0,\"end\":0,\"text\":\"Licking County\",\"name\":null,"
        "\"geonameid\":null,\"lat\":null,\"lon\":null,\"admin1\":null,\"country\":null,"
        "\"precision\":null,\"kind\":\"unresolved\",\"candidates\":0,\"role\":null}\n";
    assert_string_equal(buf, want);
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_jsonl),
        cmocka_unit_test(test_csv),
        cmocka_unit_test(test_toponym_jsonl),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
