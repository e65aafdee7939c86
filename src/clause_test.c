/* clause_test.c — the clause stage's readings of counts, casualties,
 * weapons and event dates, checked end to end through sitrep_code() on
 * sentences written for these tests (none comes from a corpus).  Each
 * table is one class of expression from issue 5: quantities and their
 * qualifiers, casualty wording (active, passive, tolls, "no one was
 * hurt"), victims by group, conflicting figures, abductions, weapons with
 * munition counts, and dates (relative days, nights, ranges).  A field
 * written as NA in a table is not checked by that row. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "test_util.h"

#define NA (-9)            /* an int field a row does not check */
#define U SITREP_UNKNOWN   /* the text is silent */

static sitrep *S;

static int setup(void **state)
{
    (void)state;
    S = sr_test_open("clause_test");
    return S ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    sitrep_close(S);
    return 0;
}

/* One sentence (or two) and what its single event must say. */
typedef struct row {
    const char *pub, *text;
    int killed;
    const char *killed_q;      /* NULL: not checked */
    int injured, abducted;
    int lo, hi;                /* fatalities_range */
    int civ, sol, pol, mil;    /* fatalities_by_group */
    const char *weapon;        /* "" none, NULL not checked */
    int weapon_count;
    const char *date, *date_end, *prec; /* NULL: not checked; date_end "" none */
} row;

static const char *prec_str(sitrep_date_precision p)
{
    return p == SITREP_PREC_DAY ? "day" : p == SITREP_PREC_WEEK ? "week"
         : p == SITREP_PREC_MONTH ? "month" : p == SITREP_PREC_YEAR ? "year" : "none";
}

static void int_is(const row *r, const char *what, int got, int want)
{
    if (want == NA || got == want) return;
    print_error("\"%s\": %s is %d, expected %d\n", r->text, what, got, want);
    fail();
}

static void str_is(const row *r, const char *what, const char *got, const char *want)
{
    if (!want) return;
    if (!got) got = "";
    if (!strcmp(got, want)) return;
    print_error("\"%s\": %s is \"%s\", expected \"%s\"\n", r->text, what, got, want);
    fail();
}

static void check_rows(const row *rows, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        const row *r = &rows[k];
        sitrep_events ev;
        assert_true(sr_test_code(S, r->pub, r->text, &ev) >= 0);
        if (ev.n != 1) {
            print_error("\"%s\": %zu events, expected 1\n", r->text, ev.n);
            sitrep_events_free(&ev);
            fail();
        }
        const sitrep_event *e = &ev.v[0];
        int_is(r, "fatalities", e->fatalities, r->killed);
        str_is(r, "fatalities_qualifier", e->fatalities_qualifier, r->killed_q);
        int_is(r, "injured", e->injured, r->injured);
        int_is(r, "abducted", e->abducted, r->abducted);
        int_is(r, "fatalities low", e->fatalities_range[0], r->lo);
        int_is(r, "fatalities high", e->fatalities_range[1], r->hi);
        int_is(r, "civilians killed", e->fatalities_by_group[SITREP_GROUP_CIVILIANS], r->civ);
        int_is(r, "soldiers killed", e->fatalities_by_group[SITREP_GROUP_SOLDIERS], r->sol);
        int_is(r, "police killed", e->fatalities_by_group[SITREP_GROUP_POLICE], r->pol);
        int_is(r, "militants killed", e->fatalities_by_group[SITREP_GROUP_MILITANTS], r->mil);
        str_is(r, "weapon", e->weapon, r->weapon);
        int_is(r, "weapon_count", e->weapon_count, r->weapon_count);
        str_is(r, "date", e->date, r->date);
        str_is(r, "date_end", e->date_end, r->date_end);
        str_is(r, "date_precision", prec_str(e->date_precision), r->prec);
        sitrep_events_free(&ev);
    }
}

#define CHECK(rows) check_rows(rows, sizeof rows / sizeof rows[0])
#define NOGRP NA, NA, NA, NA
#define NORANGE U, U

/* Counts in digits and words, with their qualifiers. */
static void test_quantities(void **state)
{
    (void)state;
    static const row rows[] = {
        {"2024-03-08", "Gunmen killed 12 people in an attack on a village in Zamfara state on Thursday.",
         12, "exact", U, U, NORANGE, NOGRP, "", U, "2024-03-07", "", "day"},
        {"2024-03-08", "Twenty-five people were killed when gunmen attacked a market in Zamfara state on Thursday.",
         25, "exact", NA, NA, NORANGE, NOGRP, NULL, NA, NULL, NULL, NULL},
        {"2024-03-08", "A car bomb exploded in Mogadishu on Thursday, killing at least 10 people and wounding more than 20.",
         10, "at_least", 20, U, NORANGE, NOGRP, "car bomb", NA, NULL, NULL, NULL},
        {"2024-03-08", "A suicide bomber blew himself up at a checkpoint in Kabul on Thursday, killing about 15 people.",
         15, "about", NA, NA, NORANGE, NOGRP, NULL, NA, NULL, NULL, NULL},
        {"2024-03-08", "Up to 30 people were killed in clashes between the army and rebels in North Kivu on Wednesday.",
         30, "up_to", NA, NA, NORANGE, NOGRP, NULL, NA, NULL, NULL, NULL},
        {"2024-03-08", "Troops and rebels clashed in Kidal on Thursday, leaving a dozen dead.",
         12, "exact", NA, NA, NORANGE, NOGRP, NULL, NA, NULL, NULL, NULL},
        {"2024-03-08", "Dozens of people were killed when militants stormed a village in Borno state on Thursday.",
         12, "vague", NA, NA, NORANGE, NOGRP, NULL, NA, NULL, NULL, NULL},
        {"2024-03-08", "A grenade attack on a bar in Bujumbura on Thursday night wounded 2,500 people.",
         U, NULL, 2500, NA, NORANGE, NOGRP, "grenade", NA, NULL, NULL, NULL},
    };
    CHECK(rows);
}

/* Casualty wording: active and passive, tolls, later deaths, and the
 * ways of saying nobody was hurt. */
static void test_casualty_wording(void **state)
{
    (void)state;
    static const row rows[] = {
        {"2024-03-08", "The death toll from Thursday's suicide bombing at the central market in Maiduguri has risen to more than 70, health officials said.",
         70, "more_than", NA, NA, NORANGE, NOGRP, NULL, NA, NULL, NULL, NULL},
        {"2024-03-08", "The death toll from Thursday's bombing in Mogadishu rose to 30, police said.",
         30, NULL, NA, NA, NORANGE, NOGRP, NULL, NA, "2024-03-07", NULL, NULL},
        {"2024-03-08", "A roadside bomb hit an army convoy in Helmand on Thursday. Two soldiers later died of their wounds.",
         2, NULL, NA, NA, NORANGE, NA, 2, NA, NA, "roadside bomb", NA, NULL, NULL, NULL},
        {"2024-03-08", "A car bomb exploded in Aden on Thursday, killing four people. The death toll later rose to nine.",
         9, NULL, NA, NA, NORANGE, NOGRP, NULL, NA, NULL, NULL, NULL},
        {"2024-03-08", "An airstrike hit a market in Idlib on Thursday. No one was hurt, a rescue official said.",
         0, NULL, 0, NA, NORANGE, NOGRP, "airstrike", NA, NULL, NULL, NULL},
        {"2024-03-08", "Militants attacked a police station in Peshawar on Thursday, but there was no immediate confirmation of any casualties.",
         0, NULL, 0, NA, NORANGE, NOGRP, NULL, NA, NULL, NULL, NULL},
        {"2024-03-08", "Gunmen stabbed three people to death in a village near Jos on Thursday.",
         3, NULL, NA, NA, NORANGE, NOGRP, NULL, NA, NULL, NULL, NULL},
        {"2024-03-08", "Gunmen killed a police officer and injured two others in Karachi on Thursday.",
         1, NULL, 2, NA, NORANGE, NA, NA, 1, NA, NULL, NA, NULL, NULL, NULL},
        /* "the death of a suspect" is the cause of a protest, not its toll */
        {"2024-03-08", "Villagers set fire to a police station in Galle on Thursday in protest at the death of a suspect in custody.",
         U, NULL, NA, NA, NORANGE, NOGRP, NULL, NA, NULL, NULL, NULL},
        {"2024-03-08", "At least 10 fighters of the Euphrates Shield were killed in clashes near al-Bab on Thursday.",
         10, "at_least", NA, NA, NORANGE, NOGRP, NULL, NA, NULL, NULL, NULL},
        {"2024-03-08", "The bombing in Aleppo on Thursday claimed the lives of 16 people.",
         16, "exact", NA, NA, NORANGE, NOGRP, NULL, NA, NULL, NULL, NULL},
        {"2024-03-08", "The shelling of Douma on Thursday left at least 3 martyrs.",
         3, "at_least", NA, NA, NORANGE, NOGRP, NULL, NA, NULL, NULL, NULL},
        {"2024-03-08", "Troops killed an FMLN guerrilla in a skirmish near Chalatenango on Thursday.",
         1, "exact", NA, NA, NORANGE, NA, NA, NA, 1, NULL, NA, NULL, NULL, NULL},
        {"2024-03-08", "An estimated 30 people were killed when gunmen attacked a village near Gao on Thursday.",
         30, "about", NA, NA, NORANGE, NOGRP, NULL, NA, NULL, NULL, NULL},
        /* an apposition after the count is not another victim */
        {"2024-03-08", "A roadside bomb struck a convoy near Afgooye on Thursday, killing four soldiers and wounding two others, an army officer said.",
         4, NULL, 2, NA, NORANGE, NA, 4, NA, NA, NULL, NA, NULL, NULL, NULL},
    };
    CHECK(rows);
}

/* Victims by group, summed across a list. */
static void test_victim_groups(void **state)
{
    (void)state;
    static const row rows[] = {
        {"2024-03-08", "Fighters killed 12 civilians and three soldiers in an attack on a town in Borno state on Wednesday.",
         15, NULL, NA, NA, NORANGE, 12, 3, U, U, NULL, NA, "2024-03-06", NULL, NULL},
        {"2024-03-08", "Three policemen and a civilian were killed when a bomb exploded in Quetta on Thursday.",
         4, NULL, NA, NA, NORANGE, 1, U, 3, U, "bomb", NA, NULL, NULL, NULL},
        {"2024-03-08", "A drone strike killed four militants in Khost on Tuesday.",
         4, NULL, NA, NA, NORANGE, U, U, U, 4, "drone", NA, "2024-03-05", NULL, NULL},
        {"2024-03-08", "Two soldiers, a policeman and three civilians were killed when gunmen attacked a checkpoint in Mosul on Thursday.",
         6, NULL, NA, NA, NORANGE, 3, 2, 1, U, NULL, NA, NULL, NULL, NULL},
        {"2024-03-08", "A car bomb exploded in Azaz on Thursday, killing 40 Syrians and 3 Turkish soldiers.",
         43, NULL, NA, NA, NORANGE, 40, 3, U, U, NULL, NA, NULL, NULL, NULL},
        {"2024-03-08", "Five villagers and a child were killed when shells hit a camp near Idlib on Thursday.",
         6, NULL, NA, NA, NORANGE, NA, U, U, U, NULL, NA, NULL, NULL, NULL},
        {"2024-03-08", "Shelling killed 4 farmers and 2 herders near Kadugli on Thursday.",
         6, NULL, NA, NA, NORANGE, NOGRP, NULL, NA, NULL, NULL, NULL},
        {"2024-03-08", "A suicide bomber killed 20 people, including seven children, at a market in Maiduguri on Thursday.",
         20, NULL, NA, NA, NORANGE, 7, U, U, U, NULL, NA, NULL, NULL, NULL},
    };
    CHECK(rows);
}

/* Conflicting figures in one sentence: the official one, with the range. */
static void test_conflicting_reports(void **state)
{
    (void)state;
    static const row rows[] = {
        {"2024-03-08", "Police said 8 people died in the attack on Thursday in Kano, but local residents put the toll at 15.",
         8, NULL, NA, NA, 8, 15, NOGRP, NULL, NA, NULL, NULL, NULL},
        {"2024-03-08", "Residents said 30 people were killed when gunmen attacked a village near Gao on Thursday, but the army said 12 died.",
         12, NULL, NA, NA, 12, 30, NOGRP, NULL, NA, NULL, NULL, NULL},
    };
    CHECK(rows);
}

static void test_abductions(void **state)
{
    (void)state;
    static const row rows[] = {
        {"2024-03-08", "Gunmen abducted 25 students from a school in Kaduna state on Thursday.",
         U, NULL, NA, 25, NORANGE, NOGRP, NULL, NA, "2024-03-07", NULL, NULL},
        {"2024-03-08", "Forty villagers were kidnapped by bandits in Zamfara state on Wednesday.",
         NA, NULL, NA, 40, NORANGE, NOGRP, NULL, NA, "2024-03-06", NULL, NULL},
    };
    CHECK(rows);
}

/* Weapons and munition counts. */
static void test_weapons(void **state)
{
    (void)state;
    static const row rows[] = {
        {"2024-03-08", "Four Katyusha rockets hit an army base near Kirkuk late on Thursday; two landed inside the base.",
         NA, NULL, NA, NA, NORANGE, NOGRP, "Katyusha rocket", 4, "2024-03-07", NULL, NULL},
        {"2024-03-08", "Two mortar rounds landed near the presidential palace in Mogadishu late on Thursday, wounding three guards.",
         NA, NULL, 3, NA, NORANGE, NOGRP, "mortar round", 2, NULL, NULL, NULL},
        {"2024-03-08", "Israeli warplanes struck targets in the Gaza Strip on Thursday, killing 40 people.",
         40, NULL, NA, NA, NORANGE, NOGRP, "warplane", NA, NULL, NULL, NULL},
    };
    CHECK(rows);
}

/* "..., prompting Israel to strike targets": the caused strike is an event
 * of its own, by the other side, on the target's ground. */
static void test_caused_event(void **state)
{
    (void)state;
    sitrep_events ev;
    assert_true(sr_test_code(S, "2024-03-08",
                             "Militants fired three rockets at Sderot on Friday, prompting Israel "
                             "to strike Hamas targets.", &ev) >= 0);
    assert_int_equal(ev.n, 2);
    assert_string_equal(ev.v[0].sub_event_type, "Shelling/artillery/missile attack");
    assert_string_equal(ev.v[0].weapon, "rocket");
    assert_int_equal(ev.v[0].weapon_count, 3);
    assert_string_equal(ev.v[0].location.country, "IL");
    assert_string_equal(ev.v[1].sub_event_type, "Air/drone strike");
    assert_string_equal(ev.v[1].weapon, "");
    assert_string_equal(ev.v[1].actor1.country, "IL");
    assert_string_equal(ev.v[1].location.country, "PS");
    assert_string_equal(ev.v[1].date, "2024-03-08");
    sitrep_events_free(&ev);
    /* an intention is still not an event */
    assert_true(sr_test_code(S, "2024-03-08",
                             "Militants fired three rockets at Sderot on Friday, and Israel vowed "
                             "to strike back.", &ev) >= 0);
    assert_int_equal(ev.n, 1);
    sitrep_events_free(&ev);
}

/* "This attack killed 12": a back reference and the words beside it go
 * to the incident told last, not the first of the story. */
static void test_back_reference_to_last_incident(void **state)
{
    (void)state;
    sitrep_events ev;
    assert_true(sr_test_code(S, "2024-03-08",
                             "Gunmen attacked an army checkpoint in Gao on Monday.\n\n"
                             "On Wednesday, militants attacked a market in Mopti.\n\n"
                             "This attack killed 12 people, officials said.", &ev) >= 0);
    assert_int_equal(ev.n, 2);
    assert_string_equal(ev.v[0].date, "2024-03-04");
    assert_int_equal(ev.v[0].fatalities, U);
    assert_string_equal(ev.v[1].date, "2024-03-06");
    assert_int_equal(ev.v[1].fatalities, 12);
    sitrep_events_free(&ev);
}

/* Who did what to whom: active, passive with "by", and two sides joined
 * by "and" before a clash, with and without a "with" side after it. */
static void test_actors(void **state)
{
    (void)state;
    static const struct { const char *text, *a1, *a2; } cases[] = {
        {"Gunmen ambushed a police convoy near Gao on Thursday.", "Gunmen", "police"},
        {"The convoy was attacked by gunmen near Gao on Thursday.", "gunmen", "convoy"},
        {"Troops and rebels clashed near Kidal on Thursday.", "Troops", "rebels"},
        {"Troops and police clashed with protesters in Nairobi on Thursday.", "Troops and police",
         "protesters"},
        /* "they" is the doer of the sentence before; the object of the first
         * verb is not the subject of the second */
        {"On Monday, militants surprised a family near Mocimboa da Praia. They beheaded the man "
         "and kidnapped the women.", "militants", "man"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        sitrep_events ev;
        assert_true(sr_test_code(S, "2024-03-08", cases[k].text, &ev) >= 0);
        if (ev.n != 1 || strcmp(ev.v[0].actor1.name, cases[k].a1) || strcmp(ev.v[0].actor2.name, cases[k].a2))
            print_error("\"%s\": %zu events, actors \"%s\" / \"%s\"\n", cases[k].text, ev.n,
                        ev.n ? ev.v[0].actor1.name : "", ev.n ? ev.v[0].actor2.name : "");
        assert_int_equal(ev.n, 1);
        assert_string_equal(ev.v[0].actor1.name, cases[k].a1);
        assert_string_equal(ev.v[0].actor2.name, cases[k].a2);
        sitrep_events_free(&ev);
    }
}

/* Burning by a crowd is a riot; by gunmen, destruction of property; and the
 * ACLED sub-event types that need a word or actor of their own. */
static void test_arson_by_crowds(void **state)
{
    (void)state;
    static const struct { const char *text, *type, *sub; } cases[] = {
        {"Rioters set fire to a police station in Dhaka on Thursday.", "Riots",
         "Violent demonstration"},
        {"Protesters torched government offices in Dhaka on Thursday.", "Riots",
         "Violent demonstration"},
        {"Gunmen looted shops in Maiduguri on Thursday.", "Strategic developments",
         "Looting/property destruction"},
        /* a crowd with no protest in view: mob violence */
        {"A mob lynched two men accused of theft in Kano on Thursday.", "Riots", "Mob violence"},
        /* the rest of ACLED's sub-event types */
        {"Government forces used chemical weapons in Douma on Thursday, killing 40 people.",
         "Explosions/Remote violence", "Chemical weapon"},
        {"Al-Shabaab fighters set up a base in the village of Bulo Burde on Thursday.",
         "Strategic developments", "Headquarters or base established"},
        {"The army handed over control of the town of Gao to the Malian police on Thursday.",
         "Strategic developments", "Non-violent transfer of territory"},
        {"The Ansar Dine group pledged allegiance to Islamic State on Thursday.",
         "Strategic developments", "Change to group/activity"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        sitrep_events ev;
        assert_true(sr_test_code(S, "2024-03-08", cases[k].text, &ev) >= 0);
        if (ev.n != 1) print_error("\"%s\": %zu events\n", cases[k].text, ev.n);
        assert_int_equal(ev.n, 1);
        assert_string_equal(ev.v[0].event_type, cases[k].type);
        assert_string_equal(ev.v[0].sub_event_type, cases[k].sub);
        sitrep_events_free(&ev);
    }
}

/* Event dates against a Friday publication date (2024-03-08). */
static void test_event_dates(void **state)
{
    (void)state;
    static const row rows[] = {
        {"2024-03-08", "Gunmen attacked a police post in Kano yesterday, killing two officers.",
         NA, NULL, NA, NA, NORANGE, NOGRP, NULL, NA, "2024-03-07", "", "day"},
        {"2024-03-08", "Gunmen attacked a police post in Kano overnight, killing two officers.",
         NA, NULL, NA, NA, NORANGE, NOGRP, NULL, NA, "2024-03-07", "", "day"},
        {"2024-03-08", "Gunmen attacked a police post in Kano on Thursday night, killing two officers.",
         NA, NULL, NA, NA, NORANGE, NOGRP, NULL, NA, "2024-03-07", "", "day"},
        {"2024-03-08", "Gunmen attacked a police post in Kano last week, killing two officers.",
         2, NULL, NA, NA, NORANGE, NOGRP, NULL, NA, "2024-03-01", "", "week"},
        {"2024-03-08", "Earlier this month, gunmen killed five villagers near Mopti.",
         5, NULL, NA, NA, NORANGE, 5, U, U, U, NULL, NA, "2024-03-01", "", "month"},
        {"2024-03-08", "Gunmen attacked a police post in Kano on Mar. 3, killing two officers.",
         NA, NULL, NA, NA, NORANGE, NOGRP, NULL, NA, "2024-03-03", "", "day"},
        {"2024-03-08", "Gunmen attacked a police post in Kano on 03/03/2024, killing two officers.",
         NA, NULL, NA, NA, NORANGE, NOGRP, NULL, NA, "2024-03-03", "", "day"},
        {"2024-03-08", "Gunmen attacked police posts in Kano between Monday and Wednesday, killing two officers.",
         NA, NULL, NA, NA, NORANGE, NOGRP, NULL, NA, "2024-03-04", "2024-03-06", "week"},
        {"2024-03-08", "Gunmen attacked police posts in Kano from March 1 to March 4, killing two officers.",
         NA, NULL, NA, NA, NORANGE, NOGRP, NULL, NA, "2024-03-01", "2024-03-04", "week"},
        {"2024-01-02", "Gunmen attacked a police post in Kano on December 30, killing two officers.",
         NA, NULL, NA, NA, NORANGE, NOGRP, NULL, NA, "2023-12-30", "", "day"},
        {"2024-03-08", "KANO, March 6 (Reuters) - Gunmen attacked a police post in the city on Tuesday, killing two officers.",
         NA, NULL, NA, NA, NORANGE, NOGRP, NULL, NA, "2024-03-05", "", "day"},
    };
    CHECK(rows);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_quantities),
        cmocka_unit_test(test_casualty_wording),
        cmocka_unit_test(test_victim_groups),
        cmocka_unit_test(test_conflicting_reports),
        cmocka_unit_test(test_abductions),
        cmocka_unit_test(test_weapons),
        cmocka_unit_test(test_event_dates),
        cmocka_unit_test(test_caused_event),
        cmocka_unit_test(test_back_reference_to_last_incident),
        cmocka_unit_test(test_actors),
        cmocka_unit_test(test_arson_by_crowds),
    };
    int failed = cmocka_run_group_tests(tests, setup, teardown);
    printf("clause_test: %d passed, %d failed\n",
           (int)(sizeof tests / sizeof tests[0]) - failed, failed);
    return failed ? 1 : 0;
}
