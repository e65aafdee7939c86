/* coherence_test.c — the support that readings of different place names
 * give each other (coherence.c), on made-up readings: a county and the
 * town at its seat, plausibility (a famous reading's obscure namesakes
 * vouch for nothing), the share one name gives, names of one group, names
 * that only receive, the radius, the cap, the rounds and the bounds. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "internal.h"

static uint32_t next_index = 1;

static sr_place town(float lat, float lon, sr_place_kind kind)
{
    sr_place p;
    memset(&p, 0, sizeof p);
    p.index = next_index++;
    p.kind = kind;
    p.lat = lat;
    p.lon = lon;
    return p;
}

#define RADIUS 50.0
#define WEIGHT 8.0
#define SIGMA 1.5

/* Two readings each for "Paris" and "Henry County"; only one pair sits
 * together, so each gets about one unit and the others nothing. */
static void test_the_pair_that_sits_together(void **state)
{
    (void)state;
    sr_geo_cloud *c = sr_cloud_new();
    sr_place paris[2] = {town(48.85f, 2.35f, SR_PLACE_CITY), town(36.30f, -88.33f, SR_PLACE_CITY)};
    sr_place henry[2] = {town(33.45f, -84.15f, SR_PLACE_OTHER), town(36.30f, -88.33f, SR_PLACE_OTHER)};
    double pp[2] = {8.3, 4.0}, hp[2] = {4.8, 4.0};
    sr_cloud_add(c, 1, 1, true, paris, pp, 2);
    sr_cloud_add(c, 2, 2, true, henry, hp, 2);
    assert_true(sr_cloud_has(c, 1) && sr_cloud_has(c, 2) && !sr_cloud_has(c, 3));
    assert_true(sr_cloud_support(c, &paris[1]) == 0); /* nothing before solving */
    sr_cloud_solve(c, RADIUS, WEIGHT, SIGMA);
    /* the county reading is as plausible as its rival: it vouches nearly fully */
    assert_true(sr_cloud_support(c, &paris[1]) > 0.5);
    assert_true(sr_cloud_support(c, &paris[0]) == 0);
    assert_true(sr_cloud_support(c, &henry[1]) > 0.5);
    assert_true(sr_cloud_support(c, &henry[0]) == 0);
    sr_cloud_free(c);
}

/* "Rome" beside "Liverpool": Liverpool's best reading is the English city,
 * so its namesake in New York, near a namesake of Rome, vouches for little. */
static void test_implausible_readings_vouch_for_little(void **state)
{
    (void)state;
    sr_geo_cloud *c = sr_cloud_new();
    sr_place rome[2] = {town(41.89f, 12.48f, SR_PLACE_CITY), town(43.21f, -75.46f, SR_PLACE_CITY)};
    sr_place liv[2] = {town(53.41f, -2.98f, SR_PLACE_CITY), town(43.11f, -75.22f, SR_PLACE_CITY)};
    double rp[2] = {8.4, 4.5}, lp[2] = {16.0, 3.4}; /* England in play */
    sr_cloud_add(c, 1, 1, true, rome, rp, 2);
    sr_cloud_add(c, 2, 2, true, liv, lp, 2);
    sr_cloud_solve(c, RADIUS, WEIGHT, SIGMA);
    assert_true(sr_cloud_support(c, &rome[1]) < 0.01);
    assert_true(sr_cloud_support(c, &liv[1]) < 0.1);
    sr_cloud_free(c);
}

/* One name never gives more than one unit to the readings of another,
 * and the nearer reading gets the larger share. */
static void test_one_name_gives_one_unit(void **state)
{
    (void)state;
    sr_geo_cloud *c = sr_cloud_new();
    sr_place a[2] = {town(40.00f, -90.00f, SR_PLACE_CITY), town(40.30f, -90.00f, SR_PLACE_CITY)};
    sr_place b[1] = {town(40.01f, -90.00f, SR_PLACE_CITY)};
    double ap[2] = {4.0, 4.0}, bp[1] = {4.0};
    sr_cloud_add(c, 1, 1, true, a, ap, 2);
    sr_cloud_add(c, 2, 2, true, b, bp, 1);
    sr_cloud_solve(c, RADIUS, WEIGHT, SIGMA);
    double s0 = sr_cloud_support(c, &a[0]), s1 = sr_cloud_support(c, &a[1]);
    assert_true(s0 > s1 && s1 > 0);
    assert_true(fabs(s0 + s1 - 1.0) < 1e-4);
    /* two readings of the other name near: its nearest counts, once */
    assert_true(sr_cloud_support(c, &b[0]) > 0.95 && sr_cloud_support(c, &b[0]) <= 1.0);
    sr_cloud_free(c);
}

/* "Platte" and "Platte County" are one name: no support between them.
 * A country's name ("Lebanon") receives but never gives. */
static void test_groups_and_receivers(void **state)
{
    (void)state;
    sr_geo_cloud *c = sr_cloud_new();
    sr_place platte[1] = {town(39.37f, -94.78f, SR_PLACE_CITY)};
    sr_place county[1] = {town(39.37f, -94.78f, SR_PLACE_OTHER)};
    sr_place lebanon[1] = {town(40.05f, -86.47f, SR_PLACE_CITY)};
    sr_place zion[1] = {town(39.95f, -86.26f, SR_PLACE_CITY)};
    double p[1] = {4.0};
    sr_cloud_add(c, 10, 7, true, platte, p, 1);
    sr_cloud_add(c, 11, 7, true, county, p, 1);
    sr_cloud_add(c, 12, 12, false, lebanon, p, 1);
    sr_cloud_add(c, 13, 13, true, zion, p, 1);
    sr_cloud_add(c, 13, 13, true, platte, p, 1); /* a name already in: ignored */
    sr_cloud_solve(c, RADIUS, WEIGHT, SIGMA);
    assert_true(sr_cloud_support(c, &platte[0]) == 0);
    assert_true(sr_cloud_support(c, &county[0]) == 0);
    assert_true(sr_cloud_support(c, &lebanon[0]) > 0.5);
    assert_true(sr_cloud_support(c, &zion[0]) == 0);
    /* adding after solving changes nothing */
    sr_place late[1] = {town(39.96f, -86.27f, SR_PLACE_CITY)};
    sr_cloud_add(c, 14, 14, true, late, p, 1);
    assert_false(sr_cloud_has(c, 14));
    sr_cloud_free(c);
}

/* Beyond the radius there is no support; one town under two names (same
 * spot, same kind) is not two places agreeing; support is capped at 2. */
static void test_radius_namesakes_and_cap(void **state)
{
    (void)state;
    sr_geo_cloud *c = sr_cloud_new();
    sr_place far[1] = {town(40.0f, -80.0f, SR_PLACE_CITY)};
    sr_place far2[1] = {town(41.0f, -80.0f, SR_PLACE_CITY)}; /* 111 km */
    sr_place same[1] = {town(45.0f, -80.0f, SR_PLACE_CITY)};
    sr_place same2[1] = {town(45.0f, -80.0f, SR_PLACE_CITY)};
    double p[1] = {4.0};
    sr_cloud_add(c, 1, 1, true, far, p, 1);
    sr_cloud_add(c, 2, 2, true, far2, p, 1);
    sr_cloud_add(c, 3, 3, true, same, p, 1);
    sr_cloud_add(c, 4, 4, true, same2, p, 1);
    /* five names around one town */
    sr_place hub[1] = {town(30.0f, -90.0f, SR_PLACE_CITY)};
    sr_cloud_add(c, 5, 5, true, hub, p, 1);
    for (uint32_t k = 0; k < 5; k++) {
        sr_place n[1] = {town(30.0f + 0.05f * (float)(k + 1), -90.0f, SR_PLACE_CITY)};
        sr_cloud_add(c, 100 + k, 100 + k, true, n, p, 1);
    }
    sr_cloud_solve(c, RADIUS, WEIGHT, SIGMA);
    assert_true(sr_cloud_support(c, &far[0]) == 0);
    assert_true(sr_cloud_support(c, &same[0]) == 0);
    assert_true(sr_cloud_support(c, &hub[0]) == 2.0);
    sr_cloud_free(c);
}

/* Two uncertain names settle each other over the rounds: a county whose
 * readings are all alike makes the obscure reading of a famous name
 * plausible enough to win it back. */
static void test_rounds_settle_two_uncertain_names(void **state)
{
    (void)state;
    sr_geo_cloud *c = sr_cloud_new();
    sr_place town2[2] = {town(10.0f, 10.0f, SR_PLACE_CITY), town(36.30f, -88.33f, SR_PLACE_CITY)};
    sr_place cty[3] = {town(33.0f, -84.0f, SR_PLACE_OTHER), town(36.30f, -88.33f, SR_PLACE_OTHER),
                       town(41.0f, -90.0f, SR_PLACE_OTHER)};
    double tp[2] = {8.3, 4.0}, cp[3] = {4.8, 4.0, 4.6};
    sr_cloud_add(c, 1, 1, true, town2, tp, 2);
    sr_cloud_add(c, 2, 2, true, cty, cp, 3);
    sr_cloud_solve(c, RADIUS, WEIGHT, SIGMA);
    double s = sr_cloud_support(c, &town2[1]);
    /* the town's namesake now outscores the famous reading */
    assert_true(4.0 + WEIGHT * s > 8.3);
    assert_true(sr_cloud_support(c, &cty[1]) > 0.9);
    sr_cloud_free(c);
}

/* A pathological article: thousands of readings in one spot.  Names past
 * the bound are left out; solving still ends and support stays capped. */
static void test_bounded_for_lists_of_names(void **state)
{
    (void)state;
    sr_geo_cloud *c = sr_cloud_new();
    enum { K = 48 };
    sr_place p[K];
    double pr[K];
    uint32_t added = 0;
    for (uint32_t name = 1; name <= 200; name++) {
        for (int j = 0; j < K; j++) {
            p[j] = town(40.0f + 0.001f * (float)j, -75.0f + 0.001f * (float)name, SR_PLACE_CITY);
            pr[j] = 4.0;
        }
        sr_cloud_add(c, name, name, true, p, pr, K);
        if (sr_cloud_has(c, name)) added++;
    }
    assert_true(added > 10 && added < 200);
    assert_false(sr_cloud_has(c, 200));
    sr_cloud_solve(c, RADIUS, WEIGHT, SIGMA);
    assert_true(sr_cloud_any_support(c));
    assert_true(sr_cloud_support(c, &p[0]) <= 2.0);
    sr_cloud_free(c);
}

static void test_empty_and_null(void **state)
{
    (void)state;
    sr_place p = town(1, 1, SR_PLACE_CITY);
    assert_true(sr_cloud_support(NULL, &p) == 0);
    assert_false(sr_cloud_has(NULL, 1));
    sr_cloud_add(NULL, 1, 1, true, &p, (double[]){1}, 1);
    sr_cloud_solve(NULL, RADIUS, WEIGHT, SIGMA);
    sr_cloud_free(NULL);
    sr_geo_cloud *c = sr_cloud_new();
    sr_cloud_solve(c, RADIUS, WEIGHT, SIGMA);
    assert_true(sr_cloud_support(c, &p) == 0);
    sr_cloud_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_the_pair_that_sits_together),
        cmocka_unit_test(test_implausible_readings_vouch_for_little),
        cmocka_unit_test(test_one_name_gives_one_unit),
        cmocka_unit_test(test_groups_and_receivers),
        cmocka_unit_test(test_radius_namesakes_and_cap),
        cmocka_unit_test(test_rounds_settle_two_uncertain_names),
        cmocka_unit_test(test_bounded_for_lists_of_names),
        cmocka_unit_test(test_empty_and_null),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
