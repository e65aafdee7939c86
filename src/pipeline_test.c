/* pipeline_test.c — the coder end to end on sentences written for these
 * tests: which mentions become events, and the fields they get.  Uses the
 * project's lexicons (data/) and, where built, the gazetteer; checks that
 * need the gazetteer are skipped without it. */
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
#include "test_util.h"

static sitrep *S;

static int setup(void **state)
{
    (void)state;
    S = sr_test_open("pipeline_test");
    return S ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    sitrep_close(S);
    return 0;
}

/* Code one article given its publication date and text. */
static sitrep_events code(const char *pub, const char *text)
{
    sitrep_events ev;
    assert_true(sr_test_code(S, pub, text, &ev) >= 0);
    return ev;
}

static void expect_none(const char *pub, const char *text)
{
    sitrep_events ev = code(pub, text);
    if (ev.n) {
        print_error("expected no event from \"%s\", got %s / %s\n", text, ev.v[0].event_type,
                    ev.v[0].sub_event_type);
        sitrep_events_free(&ev);
        fail();
    }
    sitrep_events_free(&ev);
}

static sitrep_event one(const char *pub, const char *text, sitrep_events *keep)
{
    *keep = code(pub, text);
    if (keep->n != 1) {
        print_error("expected one event from \"%s\", got %zu\n", text, keep->n);
        fail();
    }
    return keep->v[0];
}

static void test_seed_like_rocket_attack(void **state)
{
    (void)state;
    sitrep_events ev;
    sitrep_event e = one("2024-07-26",
                         "Three Grad rockets were fired at an army base near Kirkuk late on Thursday, "
                         "security sources said, with no immediate reports of casualties.", &ev);
    assert_string_equal(e.event_type, "Explosions/Remote violence");
    assert_string_equal(e.sub_event_type, "Shelling/artillery/missile attack");
    assert_string_equal(e.date, "2024-07-25");
    assert_int_equal(e.weapon_count, 3);
    assert_int_equal(e.fatalities, 0);
    assert_int_equal(e.injured, 0);
    assert_string_equal(e.actor1.name, "unidentified");
    assert_string_equal(e.location.country, "IQ");
    assert_true(strstr(e.weapon, "rocket") != NULL);
    sitrep_events_free(&ev);
}

static void test_negation_and_modality(void **state)
{
    (void)state;
    expect_none("2024-05-02", "The rebels did not attack the town of Goma on Tuesday, officials said.");
    expect_none("2024-05-02", "The militants threatened to attack army positions near Goma.");
    expect_none("2024-05-02", "Officials fear the insurgents may launch rockets at the base.");
    expect_none("2024-05-02", "The army denied that its soldiers had shelled the village.");
    expect_none("2024-05-02", "Will the rebels attack the capital?");
}

static void test_background_is_not_news(void **state)
{
    (void)state;
    expect_none("2024-05-02", "Government troops shelled the city in 2014, killing dozens of people.");
    expect_none("2024-05-02", "Militants have often attacked army convoys on this road.");
    expect_none("2024-05-02",
                "Insurgents have attacked police posts in the province dozens of times since 2019.");
}

static void test_figures_of_speech(void **state)
{
    (void)state;
    expect_none("2024-05-02", "Shares rallied on Tuesday as investors bombed out of bonds.");
    expect_none("2024-05-02", "The striker blasted the ball into the net in the second half.");
    expect_none("2024-05-02", "The minister attacked the budget plan in parliament on Monday.");
    expect_none("2024-05-02", "The two firms are locked in a legal battle over the patent.");
    expect_none("2024-05-02", "Her new film, a thriller about a bomb plot, opens on Friday.");
}

static void test_casualties_active_and_passive(void **state)
{
    (void)state;
    sitrep_events ev;
    sitrep_event e = one("2023-04-11",
                         "Gunmen attacked a checkpoint in Mogadishu on Monday, killing seven soldiers "
                         "and wounding 12 others, police said.", &ev);
    assert_int_equal(e.fatalities, 7);
    assert_int_equal(e.injured, 12);
    assert_string_equal(e.date, "2023-04-10");
    assert_string_equal(e.event_type, "Battles");
    sitrep_events_free(&ev);

    e = one("2023-04-11",
            "At least 14 villagers were killed by gunmen in an attack on a village in Borno state "
            "on Sunday.", &ev);
    assert_int_equal(e.fatalities, 14);
    assert_string_equal(e.event_type, "Violence against civilians");
    assert_string_equal(e.sub_event_type, "Attack");
    sitrep_events_free(&ev);
}

static void test_casualty_phrasings(void **state)
{
    (void)state;
    sitrep_events ev;
    sitrep_event e = one("2021-08-20",
                         "Jihadists ambushed an army convoy near Douentza on Thursday, an attack that "
                         "left 15 soldiers dead and 34 wounded.", &ev);
    assert_int_equal(e.fatalities, 15);
    assert_int_equal(e.injured, 34);
    assert_string_equal(e.fatalities_qualifier, "exact");
    sitrep_events_free(&ev);
    e = one("2021-08-20", "Gunmen killed at least 12 villagers and wounded more than 20 in an attack "
                          "on a village near Mopti on Thursday.", &ev);
    assert_int_equal(e.fatalities, 12);
    assert_string_equal(e.fatalities_qualifier, "at_least");
    assert_int_equal(e.injured, 20);
    assert_string_equal(e.injured_qualifier, "more_than");
    sitrep_events_free(&ev);
    e = one("2021-08-20",
            "A car bomb exploded outside a police station in Kirkuk on Thursday. The death toll "
            "rose to 30 on Friday, officials said.", &ev);
    assert_int_equal(e.fatalities, 30);
    sitrep_events_free(&ev);
    e = one("2021-08-20",
            "Two mortar shells hit an army base in Kirkuk on Thursday; no one was hurt, the army "
            "said.", &ev);
    assert_int_equal(e.fatalities, 0);
    assert_int_equal(e.injured, 0);
    assert_int_equal(e.weapon_count, 2);
    sitrep_events_free(&ev);
    /* one person named by a singular noun is one */
    e = one("2021-08-20", "A policeman was killed when gunmen attacked a checkpoint in Kirkuk on "
                          "Thursday.", &ev);
    assert_int_equal(e.fatalities, 1);
    sitrep_events_free(&ev);
    /* one number for the dead and the wounded together is neither count */
    e = one("2021-08-20",
            "An air strike on a village near Idlib on Thursday left about 13 dead and wounded.", &ev);
    assert_int_equal(e.fatalities, SITREP_UNKNOWN);
    sitrep_events_free(&ev);
}

static void test_headline_style(void **state)
{
    (void)state;
    sitrep_events ev;
    sitrep_event e = one("2017-05-01", "Warplanes bomb several villages in the countryside of Idlib", &ev);
    assert_string_equal(e.sub_event_type, "Air/drone strike");
    sitrep_events_free(&ev);
    e = one("2017-05-01", "Explosion targets a commander in Azaz city, kills 2", &ev);
    assert_int_equal(e.fatalities, 2);
    assert_string_equal(e.event_type, "Explosions/Remote violence");
    sitrep_events_free(&ev);
    e = one("2017-05-01", "Clashes in the northern countryside of Aleppo", &ev);
    assert_string_equal(e.sub_event_type, "Armed clash");
    sitrep_events_free(&ev);
    e = one("2017-05-01", "Two Palestinians killed in Israeli air strike on Gaza", &ev);
    assert_non_null(strstr(e.actor2.name, "Palestinians")); /* acted on, not acting */
    assert_string_equal(e.actor2.country, "PS");
    sitrep_events_free(&ev);
}

static void test_strikes_and_sport(void **state)
{
    (void)state;
    sitrep_events ev;
    sitrep_event e = one("1987-03-02", "Some 7,000 miners went on strike at gold mines near Johannesburg on "
                                       "Monday, the union said.", &ev);
    assert_string_equal(e.event_type, "Protests");
    sitrep_events_free(&ev);
    expect_none("1987-03-02", "Workers voted on Sunday to go on strike next month over pay.");
    expect_none("2005-02-10", "Scotland face Italy in Saturday's Six Nations clash at Murrayfield.");
    expect_none("2005-02-10", "The keeper was struck by a missile thrown from the crowd during the match.");
}

static void test_actors(void **state)
{
    (void)state;
    sitrep_events ev;
    sitrep_event e = one("2023-11-08", "Soldiers and rebel fighters exchanged fire near the town of "
                                       "Kidal on Tuesday, killing three rebels, the army said.", &ev);
    assert_string_equal(e.actor1.name, "Soldiers");
    assert_non_null(strstr(e.actor2.name, "fighters"));
    sitrep_events_free(&ev);
    e = one("2024-06-12", "Gunmen on motorbikes killed at least 20 villagers in an attack on a "
                          "village in central Mali on Monday, officials said.", &ev);
    assert_string_equal(e.actor1.name, "Gunmen");
    assert_string_equal(e.actor2.name, "villagers");
    assert_int_equal(e.fatalities, 20);
    sitrep_events_free(&ev);
    /* the source of a report is not the one acted on */
    e = one("2024-03-15", "Security forces arrested 12 members of the banned Islamic movement in "
                          "Dhaka on Thursday, police said.", &ev);
    assert_string_equal(e.sub_event_type, "Arrests");
    assert_true(strcmp(e.actor2.name, "police") != 0);
    sitrep_events_free(&ev);
    /* agreeing to a ceasefire is the agreement, not an intention */
    e = one("2024-01-09", "The government and the rebel group agreed to extend a ceasefire for six "
                          "months, negotiators said on Monday.", &ev);
    assert_string_equal(e.sub_event_type, "Agreement");
    sitrep_events_free(&ev);
}

static void test_dateline_is_not_the_place(void **state)
{
    (void)state;
    if (!sitrep_has_gazetteer(S)) skip();
    sitrep_events ev;
    /* the agency's city is where it files from; the strike was elsewhere */
    sitrep_event e = one("2024-10-15",
                         "BEIRUT, Oct 15 (Reuters) - Israeli air strikes on a village in northern "
                         "Lebanon killed at least 21 people on Monday, the health ministry said.\n\n"
                         "The strike hit a building in the town of Zgharta, the ministry said.", &ev);
    assert_string_equal(e.location.country, "LB");
    assert_true(strcmp(e.location.name, "Beirut") != 0);
    assert_int_equal(e.fatalities, 21);
    assert_string_equal(e.date, "2024-10-14");
    sitrep_events_free(&ev);
    /* with no place in the story, the dateline is the best we have */
    e = one("2024-10-15", "KABUL, Oct 15 (Reuters) - A bomb exploded near a mosque on Monday, "
                          "killing four worshippers, police said.", &ev);
    assert_string_equal(e.location.country, "AF");
    sitrep_events_free(&ev);
}

static void test_include_background(void **state)
{
    (void)state;
    const char *text = "Rebels attacked an army post near Goma on Tuesday, killing three soldiers.\n\n"
                       "Government troops shelled the city in 2014, killing 40 people.";
    /* by default the 2014 shelling is background and not emitted */
    sitrep_events ev = code("2024-05-02", text);
    assert_int_equal(ev.n, 1);
    assert_int_equal(ev.v[0].background, 0);
    sitrep_events_free(&ev);
    /* with include_background it comes out with its own date, flagged */
    char err[512];
    sitrep_options o = {0};
    o.include_background = 1;
    sitrep *b = sitrep_open(&o, err, sizeof err);
    assert_non_null(b);
    sitrep_article a = {0};
    a.id = "t";
    a.date = "2024-05-02";
    a.text = (char *)text;
    a.text_len = strlen(text);
    assert_int_equal(sitrep_code(b, &a, &ev, NULL), 2);
    assert_int_equal(ev.v[0].background, 0);
    assert_int_equal(ev.v[1].background, 1);
    assert_string_equal(ev.v[1].date, "2014-01-01");
    assert_int_equal(ev.v[1].date_precision, SITREP_PREC_YEAR);
    assert_int_equal(ev.v[1].fatalities, 40);
    sitrep_events_free(&ev);
    sitrep_close(b);
}

static void test_one_incident_per_article(void **state)
{
    (void)state;
    sitrep_events ev = code("2022-03-02",
                            "A roadside bomb struck a police vehicle in Kandahar on Tuesday, killing "
                            "two officers.\n\nThe blast also wounded three passers-by, a provincial "
                            "spokesman said.\n\nThe bombing was the third in the city this month.");
    assert_int_equal(ev.n, 1);
    assert_string_equal(ev.v[0].sub_event_type, "Remote explosive/landmine/IED");
    assert_int_equal(ev.v[0].fatalities, 2);
    assert_int_equal(ev.v[0].injured, 3);
    assert_true(ev.v[0].sources >= 2);
    sitrep_events_free(&ev);
}

static void test_earlier_event_is_not_new(void **state)
{
    (void)state;
    sitrep_events ev = code("2023-10-30",
                            "Police arrested the opposition party's secretary general on Sunday, a day "
                            "after clashes at a rally killed two people.");
    assert_int_equal(ev.n, 1);
    assert_string_equal(ev.v[0].sub_event_type, "Arrests");
    assert_int_equal(ev.v[0].fatalities, -1);
    assert_string_equal(ev.v[0].date, "2023-10-29");
    sitrep_events_free(&ev);
}

static void test_earlier_event_told_later(void **state)
{
    (void)state;
    /* the story is the arrest; the clashes "a day before" are its background
     * even where a later sentence tells them in full */
    sitrep_events ev = code("2023-10-30",
                            "Police arrested a senior opposition leader in Dhaka on Sunday, a day after "
                            "deadly clashes at a rally.\n\nTwo people were killed and dozens injured on "
                            "Saturday when protesters clashed with police in the city centre.");
    assert_int_equal(ev.n, 1);
    assert_string_equal(ev.v[0].sub_event_type, "Arrests");
    sitrep_events_free(&ev);
}

static void test_protests(void **state)
{
    (void)state;
    sitrep_events ev;
    sitrep_event e = one("2024-02-06",
                         "Hundreds of protesters marched in Dakar on Monday against the delay of the "
                         "election.", &ev);
    assert_string_equal(e.event_type, "Protests");
    assert_string_equal(e.sub_event_type, "Peaceful protest");
    assert_string_equal(e.date, "2024-02-05");
    sitrep_events_free(&ev);

    /* a counted crowd makes a march a demonstration */
    e = one("2003-03-04", "More than 10,000 Sudanese marched through Khartoum on Monday against a "
                          "threatened invasion of Iraq.", &ev);
    assert_string_equal(e.event_type, "Protests");
    assert_string_equal(e.location.country, "SD");
    sitrep_events_free(&ev);

    e = one("2024-02-06",
            "Police fired tear gas at protesters in Dakar on Monday and detained dozens of them.", &ev);
    assert_string_equal(e.event_type, "Protests");
    assert_string_equal(e.sub_event_type, "Protest with intervention");
    sitrep_events_free(&ev);

    e = one("2024-02-06",
            "Protesters torched cars and clashed with police in Dakar on Monday.", &ev);
    assert_string_equal(e.event_type, "Riots");
    sitrep_events_free(&ev);
}

static void test_air_and_suicide(void **state)
{
    (void)state;
    sitrep_events ev;
    sitrep_event e = one("2024-01-15",
                         "An air strike hit a market in the town of Kidal on Sunday, killing nine "
                         "people, local officials said.", &ev);
    assert_string_equal(e.sub_event_type, "Air/drone strike");
    assert_int_equal(e.fatalities, 9);
    sitrep_events_free(&ev);

    e = one("2024-01-15",
            "A suicide bomber blew himself up outside a mosque in Peshawar on Friday, killing 11 "
            "worshippers.", &ev);
    assert_string_equal(e.sub_event_type, "Suicide bomb");
    assert_string_equal(e.date, "2024-01-12");
    sitrep_events_free(&ev);
}

static void test_agreement_and_arrest_scope(void **state)
{
    (void)state;
    sitrep_events ev;
    sitrep_event e = one("2014-08-25",
                         "The government and the rebel movement signed a ceasefire in the capital on "
                         "Sunday.", &ev);
    assert_string_equal(e.event_type, "Strategic developments");
    assert_string_equal(e.sub_event_type, "Agreement");
    sitrep_events_free(&ev);
    /* an ordinary criminal arrest is not an ACLED event */
    expect_none("2014-08-25", "Police arrested a man on Sunday on suspicion of shoplifting.");
    /* talks are out of the default scope */
    expect_none("2014-08-25", "The two foreign ministers met in Geneva on Monday to discuss the war.");
}

static void test_places(void **state)
{
    (void)state;
    if (!sitrep_has_gazetteer(S)) skip();
    sitrep_events ev;
    /* "the Kenyan capital" is Nairobi */
    sitrep_event k = one("2024-03-01", "A bomb exploded in a market in the Kenyan capital on "
                                       "Tuesday, killing three people, police said.", &ev);
    assert_string_equal(k.location.country, "KE");
    assert_true(fabs(k.location.lat + 1.28) < 0.1 && fabs(k.location.lon - 36.82) < 0.1);
    sitrep_events_free(&ev);
    /* a nationality describing a person is not the event's place */
    k = one("2024-03-01", "An Australian man was shot dead by gunmen on Friday, police said.", &ev);
    assert_string_equal(k.location.country, "");
    sitrep_events_free(&ev);
    /* the dateline's region holds its town */
    k = one("2024-03-02", "MANCHESTER, England (Reuters) - A man was stabbed to death by an "
                          "attacker outside a nightclub on Saturday, police said.", &ev);
    assert_string_equal(k.location.country, "GB");
    sitrep_events_free(&ev);
    sitrep_event e = one("2024-03-01",
                         "Rebels attacked an army post in the village of Kiwanja in North Kivu "
                         "province on Thursday, killing four soldiers.", &ev);
    assert_string_equal(e.location.country, "CD");
    assert_true(strstr(e.location.admin1, "Kivu") != NULL);
    sitrep_events_free(&ev);
    /* a province-level place is sharpened by a town of that province told
     * in the next sentence */
    e = one("2019-10-15", "Cartel gunmen ambushed and killed 14 state police on Monday in the "
                          "Tierra Caliente region of Michoacan.\n\nBanners were left at the scene "
                          "in the town of Aguililla.", &ev);
    assert_string_equal(e.location.country, "MX");
    assert_int_equal(e.location.precision, SITREP_GEO_CITY);
    assert_true(fabs(e.location.lat - 18.74) < 0.2 && fabs(e.location.lon + 102.79) < 0.2);
    sitrep_events_free(&ev);
    /* "north of X" makes X a point of reference, not the place */
    e = one("2024-03-01",
            "Rockets hit an airbase 40km north of Baghdad on Thursday, wounding two soldiers.", &ev);
    assert_string_equal(e.location.country, "IQ");
    assert_true(e.location.precision != SITREP_GEO_CITY || strcmp(e.location.name, "Baghdad"));
    sitrep_events_free(&ev);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seed_like_rocket_attack),
        cmocka_unit_test(test_negation_and_modality),
        cmocka_unit_test(test_background_is_not_news),
        cmocka_unit_test(test_figures_of_speech),
        cmocka_unit_test(test_casualties_active_and_passive),
        cmocka_unit_test(test_casualty_phrasings),
        cmocka_unit_test(test_headline_style),
        cmocka_unit_test(test_strikes_and_sport),
        cmocka_unit_test(test_actors),
        cmocka_unit_test(test_dateline_is_not_the_place),
        cmocka_unit_test(test_include_background),
        cmocka_unit_test(test_one_incident_per_article),
        cmocka_unit_test(test_earlier_event_is_not_new),
        cmocka_unit_test(test_earlier_event_told_later),
        cmocka_unit_test(test_protests),
        cmocka_unit_test(test_air_and_suicide),
        cmocka_unit_test(test_agreement_and_arrest_scope),
        cmocka_unit_test(test_places),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
