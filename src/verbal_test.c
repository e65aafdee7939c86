/* verbal_test.c — the verbal and diplomatic CAMEO roots (01-17, triggers.lex
 * entries with scope=all): sentences written for these tests are coded with
 * their root under --scope all and give no event in the default (ACLED)
 * scope, while violent events stay the same in both.  Uses the project's
 * lexicons (data/) and, where built, the gazetteer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static sitrep *S_acled, *S_all;

static int setup(void **state)
{
    (void)state;
    char err[512];
    sitrep_options o = {0};
    S_acled = sitrep_open(&o, err, sizeof err);
    if (!S_acled) fprintf(stderr, "verbal_test: %s\n", err);
    o.scope_all = 1;
    S_all = sitrep_open(&o, err, sizeof err);
    if (!S_all) fprintf(stderr, "verbal_test: %s\n", err);
    return S_acled && S_all ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    sitrep_close(S_acled);
    sitrep_close(S_all);
    return 0;
}

static sitrep_events code(sitrep *s, const char *text)
{
    sitrep_article a = {0};
    a.id = "t";
    a.date = "2024-03-12";
    a.text = (char *)text;
    a.text_len = strlen(text);
    a.source = "test";
    a.line = 1;
    sitrep_events ev = {0};
    assert_true(sitrep_code(s, &a, &ev, NULL) >= 0);
    return ev;
}

/* TEXT gives exactly one event with CAMEO code CAMEO under --scope all, of
 * type Strategic developments / Other, and no event in the default scope;
 * A1 (if not NULL) is actor1's country. */
static void verbal(const char *text, const char *cameo, const char *a1)
{
    sitrep_events ev = code(S_acled, text);
    if (ev.n) {
        print_error("default scope: expected no event from \"%s\", got CAMEO %s\n", text, ev.v[0].cameo);
        sitrep_events_free(&ev);
        fail();
    }
    sitrep_events_free(&ev);
    ev = code(S_all, text);
    if (ev.n != 1) {
        print_error("scope all: expected one event from \"%s\", got %zu\n", text, ev.n);
        sitrep_events_free(&ev);
        fail();
    }
    if (strcmp(ev.v[0].cameo, cameo)) {
        print_error("scope all: \"%s\": CAMEO %s, expected %s\n", text, ev.v[0].cameo, cameo);
        sitrep_events_free(&ev);
        fail();
    }
    assert_string_equal(ev.v[0].event_type, "Strategic developments");
    assert_string_equal(ev.v[0].sub_event_type, "Other");
    if (a1) assert_string_equal(ev.v[0].actor1.country, a1);
    sitrep_events_free(&ev);
}

static void none_in_either(const char *text)
{
    sitrep *ss[2] = {S_acled, S_all};
    for (int k = 0; k < 2; k++) {
        sitrep_events ev = code(ss[k], text);
        if (ev.n) {
            print_error("expected no event from \"%s\" (%s), got CAMEO %s\n", text,
                        k ? "scope all" : "default scope", ev.v[0].cameo);
            sitrep_events_free(&ev);
            fail();
        }
        sitrep_events_free(&ev);
    }
}

static void test_appeal_and_demand(void **state)
{
    (void)state;
    verbal("The United States called on Pakistan to hand over the suspects.", "020", "US");
    verbal("Opposition parties demanded the resignation of the interior minister on Monday.", "1041", NULL);
}

static void test_intent_and_consult(void **state)
{
    (void)state;
    verbal("Norway pledged support for the new government in Kabul on Monday.", "032", "NO");
    verbal("The Turkish president paid a visit to Baghdad on Sunday.", "042", "TR");
}

static void test_diplomatic_and_material_cooperation(void **state)
{
    (void)state;
    verbal("Chile and Peru signed a memorandum on fisheries on Thursday.", "057", NULL);
    verbal("Japan will provide food aid to the refugees in Chad.", "033", "JP");
}

static void test_disapproval_and_rejection(void **state)
{
    (void)state;
    verbal("The Egyptian foreign minister criticized Israel on Tuesday.", "111", NULL);
    verbal("Iran rejected the proposal on Monday.", "120", "IR");
}

static void test_reduced_relations_and_coercion(void **state)
{
    (void)state;
    verbal("France recalled its ambassador from Rome on Friday.", "161", "FR");
    verbal("Britain expelled two Russian diplomats on Wednesday.", "166", "GB");
    verbal("Japan imposed sanctions on North Korea on Monday.", "163", "JP");
    verbal("Serbia lifted the curfew in Pristina on Sunday.", "0813", "RS");
}

static void test_negated_verbal_is_no_event(void **state)
{
    (void)state;
    none_in_either("Germany did not criticize the decision.");
    none_in_either("Kenya will not sign the treaty.");
}

/* a violent event reads the same in both scopes; the statement next to it
 * is an event of its own only under --scope all */
static void test_violence_same_in_both_scopes(void **state)
{
    (void)state;
    const char *text = "Rebels shelled the town of Kismayo on Monday. The government condemned the attack on Tuesday.";
    sitrep_events a = code(S_acled, text), b = code(S_all, text);
    assert_int_equal(a.n, 1);
    assert_string_equal(a.v[0].cameo, "194");
    assert_true(b.n >= 1);
    assert_string_equal(b.v[0].cameo, "194");
    assert_string_equal(b.v[0].sub_event_type, a.v[0].sub_event_type);
    sitrep_events_free(&a);
    sitrep_events_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_appeal_and_demand),
        cmocka_unit_test(test_intent_and_consult),
        cmocka_unit_test(test_diplomatic_and_material_cooperation),
        cmocka_unit_test(test_disapproval_and_rejection),
        cmocka_unit_test(test_reduced_relations_and_coercion),
        cmocka_unit_test(test_negated_verbal_is_no_event),
        cmocka_unit_test(test_violence_same_in_both_scopes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
