/* places_test.c — the geoparser (sitrep_geoparse) on sentences written for
 * these tests: spans in the raw text, demonyms, regions after a comma,
 * state abbreviations, one sense per discourse for places and for people,
 * ambiguous country names, regions placed at their middle, places read
 * where they sit together, and counties named like countries.  Uses the
 * project's lexicons and the built gazetteer; every test is skipped when
 * no gazetteer is installed. */
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

static sitrep *S;

static int setup(void **state)
{
    (void)state;
    char err[512];
    sitrep_options o = {0};
    S = sitrep_open(&o, err, sizeof err);
    if (!S) fprintf(stderr, "places_test: %s\n", err);
    return S ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    sitrep_close(S);
    return 0;
}

typedef struct found {
    sitrep_toponym v[64];
    int n;
} found;

static int collect(const sitrep_toponym *t, void *user)
{
    found *f = user;
    if (f->n < 64) f->v[f->n++] = *t;
    return 0;
}

static found geoparse(const char *text, int flags)
{
    sitrep_article a = {0};
    a.id = "t";
    a.text = (char *)text;
    a.text_len = strlen(text);
    a.source = "test";
    a.line = 1;
    found f;
    memset(&f, 0, sizeof f);
    int n = sitrep_geoparse(S, &a, flags, collect, &f);
    assert_int_equal(n, f.n);
    /* every span is the text it reports, in the raw text */
    for (int i = 0; i < f.n; i++) {
        assert_true(f.v[i].end > f.v[i].start && f.v[i].end <= strlen(text));
        assert_int_equal(strlen(f.v[i].text), f.v[i].end - f.v[i].start);
        assert_memory_equal(text + f.v[i].start, f.v[i].text, f.v[i].end - f.v[i].start);
    }
    return f;
}

/* The first toponym written `surface` at or after byte `from`, or NULL. */
static const sitrep_toponym *find(const found *f, const char *surface, size_t from)
{
    for (int i = 0; i < f->n; i++)
        if (!strcmp(f->v[i].text, surface) && f->v[i].start >= from) return &f->v[i];
    return NULL;
}

static int count(const found *f, const char *surface)
{
    int c = 0;
    for (int i = 0; i < f->n; i++)
        if (!strcmp(f->v[i].text, surface)) c++;
    return c;
}

static double km(double la1, double lo1, double la2, double lo2)
{
    double r = 3.14159265358979 / 180;
    double h = pow(sin((la2 - la1) * r / 2), 2) +
               cos(la1 * r) * cos(la2 * r) * pow(sin((lo2 - lo1) * r / 2), 2);
    return 2 * 6371 * asin(fmin(1, sqrt(h)));
}

static void test_spans_are_raw_offsets(void **state)
{
    (void)state;
    if (!sitrep_has_gazetteer(S)) skip();
    /* cleaning drops the record date line and collapses spaces; the spans
     * still point into the text as given */
    const char *text = "date 2024-05-02\n\n  Gunmen   attacked a checkpoint   near Kirkuk on "
                       "Tuesday.\r\nLater, police in  Mosul said the attackers fled.";
    found f = geoparse(text, 0);
    const sitrep_toponym *k = find(&f, "Kirkuk", 0), *m = find(&f, "Mosul", 0);
    assert_non_null(k);
    assert_non_null(m);
    assert_int_equal(k->start, (size_t)(strstr(text, "Kirkuk") - text));
    assert_int_equal(m->start, (size_t)(strstr(text, "Mosul") - text));
    assert_string_equal(k->country, "IQ");
    assert_int_equal(k->precision, SITREP_GEO_CITY);
    assert_true(k->geonameid > 0);
    assert_string_equal(k->kind, "city");
}

static void test_roles(void **state)
{
    (void)state;
    if (!sitrep_has_gazetteer(S)) skip();
    found f = geoparse("Rockets hit a base 30 km north of Baghdad, an official told reporters in "
                       "Erbil, as Iraq's army searched the area.", 0);
    const sitrep_toponym *b = find(&f, "Baghdad", 0), *e = find(&f, "Erbil", 0),
                         *i = find(&f, "Iraq", 0);
    assert_non_null(b);
    assert_non_null(e);
    assert_non_null(i);
    assert_string_equal(b->role, "reference");
    assert_string_equal(e->role, "source");
    assert_string_equal(i->role, "actor");
}

static void test_demonyms(void **state)
{
    (void)state;
    if (!sitrep_has_gazetteer(S)) skip();
    const char *text = "Iraqi forces advanced on the town as Iraqis fled south.";
    found f = geoparse(text, 0);
    const sitrep_toponym *d = find(&f, "Iraqi", 0);
    assert_non_null(d);
    assert_string_equal(d->kind, "demonym");
    assert_string_equal(d->country, "IQ");
    assert_int_equal(d->precision, SITREP_GEO_COUNTRY);
    assert_null(find(&f, "Iraqis", 0)); /* people, not a place */
    found g = geoparse(text, SITREP_GEOPARSE_NO_DEMONYMS);
    assert_null(find(&g, "Iraqi", 0));
}

static void test_region_after_comma(void **state)
{
    (void)state;
    if (!sitrep_has_gazetteer(S)) skip();
    found f = geoparse("The storm flooded streets in Paris, Texas, on Sunday night.", 0);
    const sitrep_toponym *p = find(&f, "Paris", 0);
    assert_non_null(p);
    assert_string_equal(p->country, "US");
    assert_string_equal(p->admin1, "Texas");
    found g = geoparse("Students marched through Athens, Ga., to the state capitol in Atlanta.", 0);
    const sitrep_toponym *a = find(&g, "Athens", 0), *ga = find(&g, "Ga.", 0);
    assert_non_null(a);
    assert_string_equal(a->country, "US");
    assert_string_equal(a->admin1, "Georgia");
    assert_non_null(ga);
    assert_string_equal(ga->kind, "admin1");
    assert_string_equal(ga->admin1, "Georgia");
    /* without a region Paris is the capital of France */
    found h = geoparse("The summit opened in Paris on Monday.", 0);
    p = find(&h, "Paris", 0);
    assert_non_null(p);
    assert_string_equal(p->country, "FR");
}

static void test_one_sense_per_discourse(void **state)
{
    (void)state;
    if (!sitrep_has_gazetteer(S)) skip();
    /* the second Mosul has no cue of its own */
    found f = geoparse("Gunmen opened fire in Mosul on Friday. Mosul University was closed.", 0);
    assert_int_equal(count(&f, "Mosul"), 2);
    /* a person named like a town is a person everywhere in the article */
    found g = geoparse("Sen. Clark spoke in Washington on Monday. Later, in Clark's office, "
                       "Clark said the bill would pass.", 0);
    assert_int_equal(count(&g, "Clark"), 0);
}

static void test_ambiguous_country_name(void **state)
{
    (void)state;
    if (!sitrep_has_gazetteer(S)) skip();
    found f = geoparse("Fans drove from Atlanta, Georgia, and from Birmingham, Alabama, to the "
                       "game in Tennessee. Georgia police said traffic was heavy.", 0);
    const sitrep_toponym *g = find(&f, "Georgia", 40);
    assert_non_null(g);
    assert_string_equal(g->country, "US");
    assert_string_equal(g->kind, "admin1");
    found h = geoparse("Russia and Georgia fought a short war over South Ossetia, and Russian "
                       "troops entered Georgia.", 0);
    g = find(&h, "Georgia", 0);
    assert_non_null(g);
    assert_string_equal(g->country, "GE");
    /* no country named at all, but a town of the state is: the state */
    found w = geoparse("Storms brought more rain to north Georgia, and flights were delayed in "
                       "metro Atlanta on Tuesday.", 0);
    g = find(&w, "Georgia", 0);
    assert_non_null(g);
    assert_string_equal(g->country, "US");
    assert_non_null(find(&w, "Atlanta", 0));
}

static void test_region_at_its_middle(void **state)
{
    (void)state;
    if (!sitrep_has_gazetteer(S)) skip();
    found f = geoparse("Wildfires burned across Texas and the governor in Austin asked for help.", 0);
    const sitrep_toponym *t = find(&f, "Texas", 0), *a = find(&f, "Austin", 0);
    assert_non_null(t);
    assert_non_null(a);
    assert_int_equal(t->precision, SITREP_GEO_ADMIN1);
    /* inside Texas, well away from its seat */
    assert_true(t->lat > 25.8 && t->lat < 36.5 && t->lon > -106.7 && t->lon < -93.5);
    assert_true(km(t->lat, t->lon, a->lat, a->lon) > 100);
}

static void test_plain_keeps_every_line(void **state)
{
    (void)state;
    if (!sitrep_has_gazetteer(S)) skip();
    /* a short first line reads as a headline in a scraped page; plain text
     * keeps it */
    const char *text = "Floods in Kandahar\n\nHeavy rain fell across the region on Monday, "
                       "officials in Kabul said, and more is expected this week.";
    found f = geoparse(text, SITREP_GEOPARSE_PLAIN);
    const sitrep_toponym *k = find(&f, "Kandahar", 0);
    assert_non_null(k);
    assert_int_equal(k->start, (size_t)(strstr(text, "Kandahar") - text));
    assert_non_null(find(&f, "Kabul", 0));
}

static void test_transliteration_variants(void **state)
{
    (void)state;
    if (!sitrep_has_gazetteer(S)) skip();
    /* GeoNames writes "Al Hasakah", "Ar Raqqah"; alternate names give
     * "Kharkov" for Kharkiv */
    found f = geoparse("Fighting was reported in Hasakah and in al-Raqqa, Syrian activists said.", 0);
    const sitrep_toponym *h = find(&f, "Hasakah", 0), *r = find(&f, "al-Raqqa", 0);
    assert_non_null(h);
    assert_non_null(r);
    assert_string_equal(h->country, "SY");
    assert_string_equal(r->country, "SY");
    found g = geoparse("Shells fell in Kharkov overnight, and jets struck targets near Deir ez-Zor.", 0);
    const sitrep_toponym *k = find(&g, "Kharkov", 0), *d = find(&g, "Deir ez-Zor", 0);
    assert_non_null(k);
    assert_string_equal(k->country, "UA");
    assert_non_null(d);
    assert_string_equal(d->country, "SY");
    /* an English word before a name is not an article */
    found e = geoparse("As part of the deal, the firm will hire staff.", 0);
    assert_int_equal(e.n, 0);
    /* abbreviated first words: "Ft." is Fort, "Mt." Mount */
    found a = geoparse("The team flew from Ft. Worth to Mt. Pleasant, Iowa, on Friday.", 0);
    const sitrep_toponym *t = find(&a, "Ft. Worth", 0);
    assert_non_null(t);
    assert_string_equal(t->admin1, "Texas");
    t = find(&a, "Mt. Pleasant", 0);
    assert_non_null(t);
    assert_string_equal(t->kind, "city");
    assert_string_equal(t->admin1, "Iowa");
}

static void test_counties(void **state)
{
    (void)state;
    if (!sitrep_has_gazetteer(S)) skip();
    /* a county of GeoNames' admin2 is listed at its seat */
    found f = geoparse("Deputies in Licking County arrested a man on Friday.", 0);
    const sitrep_toponym *c = find(&f, "Licking County", 0);
    assert_non_null(c);
    assert_string_equal(c->kind, "county");
    assert_string_equal(c->country, "US");
    assert_string_equal(c->admin1, "Ohio");
    assert_true(km(c->lat, c->lon, 40.06, -82.40) < 40);   /* Newark, its seat */
    /* a county the gazetteer lacks is not a town of that name elsewhere;
     * with nothing in the article to place it by it has no coordinates */
    found u = geoparse("Deputies in Blorbville County arrested a man on Friday.", 0);
    c = find(&u, "Blorbville County", 0);
    assert_non_null(c);
    assert_string_equal(c->kind, "unresolved");
    assert_true(isnan(c->lat) && isnan(c->lon));
    assert_int_equal(c->precision, SITREP_GEO_NONE);
    assert_int_equal(c->geonameid, 0);
    /* in the country the article is about; "Agency" and "district" too */
    found k = geoparse("A roadside bomb hit a Pakistani army truck in Kurram Agency on Monday.", 0);
    c = find(&k, "Kurram Agency", 0);
    assert_non_null(c);
    assert_string_equal(c->country, "PK");
    assert_string_equal(c->admin1, "Khyber Pakhtunkhwa");
    /* counties put their country in play: "Georgia" is the state, and an
     * ambiguous county name falls in it */
    found ga = geoparse("Heavy rain fell across north Georgia on Tuesday, and schools in Clarke "
                        "County and Oconee County closed early.", 0);
    c = find(&ga, "Georgia", 0);
    assert_non_null(c);
    assert_string_equal(c->country, "US");
    c = find(&ga, "Oconee County", 0);
    assert_non_null(c);
    assert_string_equal(c->admin1, "Georgia");
    /* a company named after a county is not placed at the county */
    found w = geoparse("Eggs from Wright County Egg were recalled in Iowa.", 0);
    c = find(&w, "Wright County", 0);
    assert_true(c == NULL || isnan(c->lat));
    /* with its state named it takes the state's place */
    found g = geoparse("Deputies in Licking County, Ohio, arrested a man on Friday.", 0);
    c = find(&g, "Licking County", 0);
    assert_non_null(c);
    assert_string_equal(c->country, "US");
    assert_false(isnan(c->lat));
    assert_true(km(c->lat, c->lon, 40.1, -82.5) < 300); /* within Ohio */
}

static void test_dateline_is_listed(void **state)
{
    (void)state;
    if (!sitrep_has_gazetteer(S)) skip();
    /* cleaning cuts the dateline from the text; its place is still listed,
     * at its place in the raw text */
    const char *text = "MOSUL, Iraq (Reuters) - Two roadside bombs exploded on a road used by army "
                       "convoys on Sunday, police said.";
    found f = geoparse(text, 0);
    const sitrep_toponym *m = find(&f, "MOSUL", 0);
    assert_non_null(m);
    assert_int_equal(m->start, 0);
    assert_string_equal(m->country, "IQ");
}

static void test_dateline_region_after_comma(void **state)
{
    (void)state;
    if (!sitrep_has_gazetteer(S)) skip();
    /* the region after the comma holds the town: not Manchester, Jamaica */
    found f = geoparse("MANCHESTER, England (Reuters) - A man was stabbed outside a pub on "
                       "Saturday, police said.", 0);
    const sitrep_toponym *m = find(&f, "MANCHESTER", 0);
    assert_non_null(m);
    assert_string_equal(m->country, "GB");
    assert_string_equal(m->kind, "city");
}

static void test_directional_regions(void **state)
{
    (void)state;
    if (!sitrep_has_gazetteer(S)) skip();
    /* "southern Lebanon": Lebanon's South Governorate, at its seat (Sidon) */
    found f = geoparse("A drone struck a car in southern Lebanon on Tuesday.", 0);
    const sitrep_toponym *r = find(&f, "southern Lebanon", 0);
    assert_non_null(r);
    assert_string_equal(r->kind, "admin1");
    assert_string_equal(r->country, "LB");
    assert_true(strstr(r->admin1, "South") != NULL);
    /* a country without such a region stays the country */
    found g = geoparse("Fighting flared in eastern Ukraine on Tuesday.", 0);
    r = find(&g, "Ukraine", 0);
    assert_non_null(r);
    assert_string_equal(r->kind, "country");
}

static void test_local_town_named_like_a_country(void **state)
{
    (void)state;
    if (!sitrep_has_gazetteer(S)) skip();
    /* local news about east Texas: Palestine is the town */
    found f = geoparse("A fire destroyed a store in Palestine on Friday. Firefighters from Tyler "
                       "and Jacksonville, Texas, helped, and the Anderson County sheriff said "
                       "no one was hurt.", 0);
    const sitrep_toponym *p = find(&f, "Palestine", 0);
    assert_non_null(p);
    assert_string_equal(p->country, "US");
    assert_string_equal(p->admin1, "Texas");
    /* news about the Middle East: the country */
    found g = geoparse("Israeli forces raided Jenin and Nablus on Monday, and Palestine asked "
                       "the United Nations to intervene.", 0);
    p = find(&g, "Palestine", 0);
    assert_non_null(p);
    assert_string_equal(p->country, "PS");
    assert_string_equal(p->kind, "country");
}

/* One reading expected of a toponym: NULL fields are not checked. */
typedef struct reading_case {
    const char *why, *text, *surface, *country, *admin1, *kind;
} reading_case;

static void check_readings(const reading_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const reading_case *c = &cases[i];
        found f = geoparse(c->text, 0);
        const sitrep_toponym *t = find(&f, c->surface, 0);
        if (!t) fail_msg("%s: \"%s\" not found", c->why, c->surface);
        if (c->country && strcmp(t->country, c->country))
            fail_msg("%s: country %s, not %s", c->why, t->country, c->country);
        if (c->admin1 && strcmp(t->admin1, c->admin1))
            fail_msg("%s: admin1 %s, not %s", c->why, t->admin1, c->admin1);
        if (c->kind && strcmp(t->kind, c->kind))
            fail_msg("%s: kind %s, not %s", c->why, t->kind, c->kind);
    }
}

/* Places named together are read where they sit together (coherence.c),
 * counties named like countries or airports or running on into an office,
 * and a country's name beside its namesake's neighbours. */
static void test_places_that_sit_together(void **state)
{
    (void)state;
    if (!sitrep_has_gazetteer(S)) skip();
    static const reading_case cases[] = {
        {"a town and its county: Paris is the seat of Henry County, Tennessee",
         "The school board of Paris met on Tuesday. Henry County will pay for the new roof, "
         "the board said.", "Paris", "US", "Tennessee", "city"},
        {"... and the county is Tennessee's",
         "The school board of Paris met on Tuesday. Henry County will pay for the new roof, "
         "the board said.", "Henry County", "US", "Tennessee", "county"},
        {"a county with one reading pulls a capital's namesake to it",
         "The mayor of Paris opened the new library. Edgar County paid half.", "Paris", "US",
         "Illinois", NULL},
        {"obscure namesakes of famous places do not pull each other",
         "The boy was treated in Liverpool, northern England. His parents wanted to take him "
         "to a hospital in Rome.", "Rome", "IT", NULL, NULL},
        {"a county and its namesake town never vouch for each other",
         "Platte County grew again, the census shows. Platte is now the tenth largest county "
         "in Nebraska.", "Platte County", "US", "Nebraska", NULL},
        {"a county named like a country, running on into one of its offices",
         "Foreclosures filed in the Guernsey County Common Pleas Court rose again.",
         "Guernsey County", "US", "Ohio", "county"},
        {"a county, not the airport named for it", "Fires burned across Orange County on Sunday.",
         "Orange County", "US", "California", "county"},
        {"a given name before \"County\" is still the county",
         "Rain closed roads in Henry County and Paris on Monday.", "Henry County", "US", NULL,
         "county"},
        {"a country's name repeated in local news is no evidence against its namesake town",
         "Lebanon police said the Lebanon man was arrested at his home in Lebanon. He was taken "
         "to the jail in Zionsville, and the Boone County prosecutor filed charges in Indiana.",
         "Lebanon", "US", "Indiana", NULL},
        {"Georgia's capital makes \"Georgia\" the country",
         "Fighting spread from Tskhinvali toward Gori, officials in Tbilisi said. The United "
         "States urged Georgia and Russia to stop.", "Georgia", "GE", NULL, NULL},
    };
    check_readings(cases, sizeof cases / sizeof cases[0]);
    found g = geoparse("Foreclosures filed in the Guernsey County Common Pleas Court rose again.", 0);
    assert_null(find(&g, "Guernsey", 0));
    /* in upper-case text "US" beside upper-case words is the pronoun */
    found u = geoparse("BOGOTA -- THE MINISTER TOLD US THAT THE ATTACK FAILED.", 0);
    assert_null(find(&u, "US", 0));
    found us = geoparse("Officials in the US said the attack failed.", 0);
    assert_non_null(find(&us, "US", 0));
    /* a lake or a mountain named after a place is not the place */
    found l = geoparse("They fished on Lake Vermont and then climbed Mount Hood.", 0);
    assert_null(find(&l, "Vermont", 0));
    assert_null(find(&l, "Hood", 0));
}

static void test_admin1_as_written(void **state)
{
    (void)state;
    if (!sitrep_has_gazetteer(S)) skip();
    /* the province as the article spells it, for every place in it */
    found f = geoparse("Two soldiers were killed near Semdinli in Hakkari province on Friday.", 0);
    const sitrep_toponym *t = find(&f, "Semdinli", 0);
    assert_non_null(t);
    assert_string_equal(t->country, "TR");
    assert_string_equal(t->admin1, "Hakkari");
    /* upper case does not tell the spelling: the gazetteer's name stays */
    found u = geoparse("TWO SOLDIERS WERE KILLED NEAR SEMDINLI IN HAKKARI PROVINCE ON FRIDAY.", 0);
    t = find(&u, "SEMDINLI", 0);
    if (t) assert_string_not_equal(t->admin1, "HAKKARI");
    /* Palestine's towns lie in its governorates (ISO 3166-2:PS) */
    found g = geoparse("Israeli troops raided the city of Jenin in the West Bank on Monday.", 0);
    t = find(&g, "Jenin", 0);
    assert_non_null(t);
    assert_string_equal(t->admin1, "Jenin");
    /* English names of first-level regions */
    found h = geoparse("Gunmen attacked the town of Kutum in North Darfur on Sunday.", 0);
    t = find(&h, "North Darfur", 0);
    assert_non_null(t);
    assert_string_equal(t->country, "SD");
    assert_string_equal(t->admin1, "North Darfur");
}

static void test_bad_input_is_harmless(void **state)
{
    (void)state;
    /* empty text, invalid UTF-8 and an entity inside a name: no crash, every
     * span checked by geoparse() */
    geoparse("", 0);
    geoparse("\xff\xfe in \xc3 Baghdad \xe2\x82", 0);
    geoparse("Clashes in Ba&amp;ghdad and in Basra &amp; Najaf.", 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spans_are_raw_offsets),
        cmocka_unit_test(test_roles),
        cmocka_unit_test(test_demonyms),
        cmocka_unit_test(test_region_after_comma),
        cmocka_unit_test(test_one_sense_per_discourse),
        cmocka_unit_test(test_ambiguous_country_name),
        cmocka_unit_test(test_region_at_its_middle),
        cmocka_unit_test(test_plain_keeps_every_line),
        cmocka_unit_test(test_transliteration_variants),
        cmocka_unit_test(test_counties),
        cmocka_unit_test(test_dateline_region_after_comma),
        cmocka_unit_test(test_directional_regions),
        cmocka_unit_test(test_admin1_as_written),
        cmocka_unit_test(test_local_town_named_like_a_country),
        cmocka_unit_test(test_places_that_sit_together),
        cmocka_unit_test(test_dateline_is_listed),
        cmocka_unit_test(test_bad_input_is_harmless),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
