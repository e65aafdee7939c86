/* dedup_test.c — the incident matcher's rules, one veto at a time, and the
 * text hash and name signatures it relies on. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "internal.h"
#include "store.h"

static sr_dedup_params params(void)
{
    sr_dedup_params p;
    sr_dedup_defaults(&p);
    return p;
}

static long day_of(const char *s)
{
    sr_ymd d;
    assert_true(sr_ymd_parse(s, &d));
    return sr_ymd_to_days(d);
}

/* A rocket attack on Ain al-Asad air base, day precision, city-level place. */
static sr_dedup_rec base_rec(void)
{
    sr_dedup_rec r = {
        .day = day_of("2021-03-03"), .date_prec = SITREP_PREC_DAY,
        .event_type = "Explosions/Remote violence", .actor1_country = "", .actor2_country = "",
        .country = "IQ", .admin1 = "Anbar", .lat = 33.7856, .lon = 42.4412,
        .geo_prec = SITREP_GEO_EXACT, .fatalities = 0,
    };
    return r;
}

static void same_report_twice_is_one_incident(void **state)
{
    sr_dedup_params p = params();
    sr_dedup_rec a = base_rec(), b = base_rec();
    double score = -1;
    assert_int_equal(sr_dedup_compare(&a, &b, &p, &score), SR_DEDUP_SAME);
    assert_true(score >= -0.001);
}

static void next_day_report_is_one_incident(void **state)
{
    sr_dedup_params p = params();
    sr_dedup_rec a = base_rec(), b = base_rec();
    b.day += 1;
    assert_int_equal(sr_dedup_compare(&a, &b, &p, NULL), SR_DEDUP_SAME);
}

static void same_base_other_day_is_two_incidents(void **state)
{
    sr_dedup_params p = params();
    sr_dedup_rec a = base_rec(), b = base_rec();
    b.day = day_of("2021-05-24");
    assert_int_equal(sr_dedup_compare(&a, &b, &p, NULL), SR_DEDUP_DATE);
    b.day = a.day + 3;
    assert_int_equal(sr_dedup_compare(&a, &b, &p, NULL), SR_DEDUP_DATE);
    p.day_window = 3; /* the threshold is the user's */
    assert_int_equal(sr_dedup_compare(&a, &b, &p, NULL), SR_DEDUP_SAME);
}

static void week_precision_widens_the_window(void **state)
{
    sr_dedup_params p = params();
    sr_dedup_rec a = base_rec(), b = base_rec();
    b.day = a.day + 5;
    b.date_prec = SITREP_PREC_WEEK;
    assert_int_equal(sr_dedup_compare(&a, &b, &p, NULL), SR_DEDUP_SAME);
    b.day = a.day + 9;
    assert_int_equal(sr_dedup_compare(&a, &b, &p, NULL), SR_DEDUP_DATE);
}

static void same_day_other_city_is_two_incidents(void **state)
{
    sr_dedup_params p = params();
    /* Mastung and Hangu, Pakistan, 29 September 2023: two mosque bombings */
    sr_dedup_rec a = base_rec(), b = base_rec();
    a.country = b.country = "PK";
    a.day = b.day = day_of("2023-09-29");
    a.admin1 = "Balochistan";
    a.lat = 29.7997, a.lon = 66.8455, a.geo_prec = SITREP_GEO_CITY;
    b.admin1 = "Khyber Pakhtunkhwa";
    b.lat = 33.4245, b.lon = 70.7368, b.geo_prec = SITREP_GEO_CITY;
    a.fatalities = 15, b.fatalities = 5;
    assert_int_equal(sr_dedup_compare(&a, &b, &p, NULL), SR_DEDUP_PLACE);
}

static void nearby_towns_within_radius_are_one_place(void **state)
{
    sr_dedup_params p = params();
    /* Krasnogorsk and Moscow centre: about 20 km */
    sr_dedup_rec a = base_rec(), b = base_rec();
    a.country = b.country = "RU";
    a.lat = 55.8204, a.lon = 37.3302, a.geo_prec = SITREP_GEO_CITY;
    b.lat = 55.7522, b.lon = 37.6156, b.geo_prec = SITREP_GEO_CITY;
    assert_true(sr_distance_km(a.lat, a.lon, b.lat, b.lon) < 25);
    assert_int_equal(sr_dedup_compare(&a, &b, &p, NULL), SR_DEDUP_SAME);
    p.radius_km = 10;
    assert_int_equal(sr_dedup_compare(&a, &b, &p, NULL), SR_DEDUP_PLACE);
}

static void other_country_is_two_incidents(void **state)
{
    sr_dedup_params p = params();
    sr_dedup_rec a = base_rec(), b = base_rec();
    b.country = "SY";
    assert_int_equal(sr_dedup_compare(&a, &b, &p, NULL), SR_DEDUP_PLACE);
}

static void protest_and_bombing_are_two_incidents(void **state)
{
    sr_dedup_params p = params();
    sr_dedup_rec a = base_rec(), b = base_rec();
    b.event_type = "Protests";
    assert_int_equal(sr_dedup_compare(&a, &b, &p, NULL), SR_DEDUP_TYPE);
    a.event_type = "Riots"; /* a protest one outlet calls a riot */
    assert_int_equal(sr_dedup_compare(&a, &b, &p, NULL), SR_DEDUP_SAME);
    a.event_type = "Violence against civilians";
    b.event_type = "Explosions/Remote violence"; /* gunmen with explosives */
    assert_int_equal(sr_dedup_compare(&a, &b, &p, NULL), SR_DEDUP_SAME);
    b.event_type = "Strategic developments";
    assert_int_equal(sr_dedup_compare(&a, &b, &p, NULL), SR_DEDUP_TYPE);
}

static void actors_of_other_countries_are_two_incidents(void **state)
{
    sr_dedup_params p = params();
    sr_dedup_rec a = base_rec(), b = base_rec();
    a.actor1_country = "US";
    b.actor1_country = "IR";
    assert_int_equal(sr_dedup_compare(&a, &b, &p, NULL), SR_DEDUP_ACTORS);
    b.actor2_country = "US"; /* the same two sides with the roles swapped */
    assert_int_equal(sr_dedup_compare(&a, &b, &p, NULL), SR_DEDUP_SAME);
    b.actor1_country = ""; /* one side unnamed: no conflict */
    b.actor2_country = "";
    assert_int_equal(sr_dedup_compare(&a, &b, &p, NULL), SR_DEDUP_SAME);
}

static void no_casualties_against_many_dead_are_two_incidents(void **state)
{
    sr_dedup_params p = params();
    sr_dedup_rec a = base_rec(), b = base_rec();
    a.fatalities = 0;
    b.fatalities = 30;
    assert_int_equal(sr_dedup_compare(&a, &b, &p, NULL), SR_DEDUP_COUNTS);
    b.fatalities = 1; /* a later report of one death: a rising toll */
    assert_int_equal(sr_dedup_compare(&a, &b, &p, NULL), SR_DEDUP_SAME);
    a.fatalities = 28; /* tolls that differ never veto */
    b.fatalities = 63;
    assert_int_equal(sr_dedup_compare(&a, &b, &p, NULL), SR_DEDUP_SAME);
}

static void undated_report_needs_shared_names(void **state)
{
    sr_dedup_params p = params();
    uint32_t sa[SR_SIG_MAX], sb[SR_SIG_MAX], sc[SR_SIG_MAX];
    size_t na = sr_dedup_signature("Gunmen attacked Crocus City Hall in Krasnogorsk near Moscow before "
                                   "a Picnic concert; Islamic State claimed the attack, Russian Investigative "
                                   "Committee said.", sa);
    size_t nb = sr_dedup_signature("Islamic State claimed the Crocus City Hall shooting in Krasnogorsk; "
                                   "Vladimir Putin spoke of Russian grief and the Investigative Committee "
                                   "counted the dead.", sb);
    size_t nc = sr_dedup_signature("Police in Moscow detained protesters outside the Kremlin; Navalny supporters "
                                   "marched along Tverskaya Street and Pushkin Square chanting.", sc);
    sr_dedup_rec a = base_rec(), b = base_rec();
    a.country = b.country = "RU";
    a.lat = b.lat = 55.7522;
    a.lon = b.lon = 37.6156;
    a.geo_prec = b.geo_prec = SITREP_GEO_CITY;
    b.day = SR_DAY_UNKNOWN;
    b.date_prec = SITREP_PREC_NONE;
    a.sig = sa, a.n_sig = na;
    b.sig = sc, b.n_sig = nc;
    assert_int_equal(sr_dedup_compare(&a, &b, &p, NULL), SR_DEDUP_TEXT);
    b.sig = sb, b.n_sig = nb;
    assert_int_equal(sr_dedup_compare(&a, &b, &p, NULL), SR_DEDUP_SAME);
}

static void province_level_place_matches_a_town_inside(void **state)
{
    sr_dedup_params p = params();
    uint32_t s1[SR_SIG_MAX];
    size_t n1 = sr_dedup_signature("Peshawar Police Lines mosque bombing: Khyber Pakhtunkhwa police chief "
                                   "Moazzam Jah Ansari and Lady Reading Hospital spokesman said.", s1);
    sr_dedup_rec a = base_rec(), b = base_rec();
    a.country = b.country = "PK";
    a.admin1 = b.admin1 = "Khyber Pakhtunkhwa";
    a.lat = 34.008, a.lon = 71.5785, a.geo_prec = SITREP_GEO_CITY;
    b.lat = 34.5, b.lon = 72.0, b.geo_prec = SITREP_GEO_ADMIN1;
    a.sig = b.sig = s1;
    a.n_sig = b.n_sig = n1;
    assert_int_equal(sr_dedup_compare(&a, &b, &p, NULL), SR_DEDUP_SAME);
    b.admin1 = "Punjab";
    b.lat = 31.5, b.lon = 74.3; /* Lahore, far away */
    assert_int_equal(sr_dedup_compare(&a, &b, &p, NULL), SR_DEDUP_PLACE);
}

static void text_hash_ignores_case_spacing_and_punctuation(void **state)
{
    const char *a = "Five people were killed, officials said.";
    const char *b = "  five PEOPLE were killed -- officials said!\n";
    const char *c = "Six people were killed, officials said.";
    assert_true(sr_text_hash(a, strlen(a)) == sr_text_hash(b, strlen(b)));
    assert_true(sr_text_hash(a, strlen(a)) != sr_text_hash(c, strlen(c)));
}

static void signatures_are_sorted_distinct_names(void **state)
{
    uint32_t s[SR_SIG_MAX], t[SR_SIG_MAX], u[SR_SIG_MAX];
    size_t n = sr_dedup_signature("The Monday attack on Kabul airport. Kabul police said The Taliban "
                                  "and ISIS-K fought near Abbey Gate in March.", s);
    /* Kabul, ISIS-K, Abbey, Gate, Taliban; not The, Monday, March */
    assert_int_equal(n, 5);
    for (size_t i = 1; i < n; i++) assert_true(s[i - 1] < s[i]);
    size_t m = sr_dedup_signature("Abbey Gate, Kabul: Taliban and ISIS-K.", t);
    assert_true(fabs(sr_sig_overlap(s, n, t, m) - 1.0) < 1e-9);
    size_t k = sr_sig_union(s, n, t, m, u);
    assert_int_equal(k, 5);
    assert_true(sr_sig_overlap(s, n, t, 2) == 0); /* too few names to judge */
}

static void distance_is_great_circle(void **state)
{
    /* Baghdad to Basra: about 450 km */
    double d = sr_distance_km(33.3152, 44.3661, 30.5085, 47.7804);
    assert_true(d > 430 && d < 470);
    assert_true(sr_distance_km(10, 20, 10, 20) < 1e-9);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(same_report_twice_is_one_incident),
        cmocka_unit_test(next_day_report_is_one_incident),
        cmocka_unit_test(same_base_other_day_is_two_incidents),
        cmocka_unit_test(week_precision_widens_the_window),
        cmocka_unit_test(same_day_other_city_is_two_incidents),
        cmocka_unit_test(nearby_towns_within_radius_are_one_place),
        cmocka_unit_test(other_country_is_two_incidents),
        cmocka_unit_test(protest_and_bombing_are_two_incidents),
        cmocka_unit_test(actors_of_other_countries_are_two_incidents),
        cmocka_unit_test(no_casualties_against_many_dead_are_two_incidents),
        cmocka_unit_test(undated_report_needs_shared_names),
        cmocka_unit_test(province_level_place_matches_a_town_inside),
        cmocka_unit_test(text_hash_ignores_case_spacing_and_punctuation),
        cmocka_unit_test(signatures_are_sorted_distinct_names),
        cmocka_unit_test(distance_is_great_circle),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
