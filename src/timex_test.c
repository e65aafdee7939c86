/* timex_test.c — unit tests for time expressions (timex.c): relative and
 * explicit dates in news sentences, the background flag, things that only
 * look like dates (clock times, quantities, the verb "may"), window
 * boundaries of long sentences, URL dates and dateline dates.  Every
 * sentence here is made up for the test. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "internal.h"

static sr_ymd ymd_of(const char *s)
{
    sr_ymd d = {0, 0, 0};
    if (s) assert_true(sr_ymd_parse(s, &d));
    return d;
}

static size_t find(const char *s, const char *pub, sr_timex *out, size_t max)
{
    return sr_timex_find(s, strlen(s), ymd_of(pub), out, max);
}

/* One expected expression: its text, date, precision and flags. */
typedef struct tcase {
    const char *sentence, *pub;
    const char *span, *date;
    sr_timex_prec prec;
    bool background, relative;
    const char *end;          /* a range's last day; NULL: not a range */
} tcase;

/* Each sentence must yield exactly one expression matching the case. */
static void check_cases(const tcase *tc, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        sr_timex x[8];
        char got[11], span[128];
        const tcase *t = &tc[k];
        size_t nx = find(t->sentence, t->pub, x, 8);
        if (nx != 1) print_error("sentence: %s (found %zu)\n", t->sentence, nx);
        assert_int_equal(nx, 1);
        snprintf(span, sizeof span, "%.*s", (int)(x[0].end - x[0].start),
                 t->sentence + x[0].start);
        sr_ymd_format(x[0].date, got);
        if (strcmp(span, t->span) || strcmp(got, t->date) || x[0].precision != t->prec ||
            x[0].background != t->background || x[0].relative != t->relative)
            print_error("sentence: %s -> '%s' %s prec %d bg %d rel %d\n", t->sentence,
                        span, got, x[0].precision, x[0].background, x[0].relative);
        assert_string_equal(span, t->span);
        assert_string_equal(got, t->date);
        assert_int_equal(x[0].precision, t->prec);
        assert_int_equal(x[0].background, t->background);
        assert_int_equal(x[0].relative, t->relative);
        char end[11] = "";
        if (x[0].date_end.y) sr_ymd_format(x[0].date_end, end);
        if (strcmp(end, t->end ? t->end : "")) print_error("sentence: %s -> end '%s'\n", t->sentence, end);
        assert_string_equal(end, t->end ? t->end : "");
    }
}

#define CHECK(cases) check_cases(cases, sizeof cases / sizeof cases[0])
#define DAY SR_TIMEX_DAY
#define WEEK SR_TIMEX_WEEK
#define MONTH SR_TIMEX_MONTH
#define YEAR SR_TIMEX_YEAR

/* 2024-07-26 is a Friday. */
static void test_ranges(void **state)
{
    (void)state;
    static const tcase cases[] = {
        {"Fighting raged from March 1 to March 4 around the town.", "2024-03-08",
         "March 1 to March 4", "2024-03-01", WEEK, false, true, "2024-03-04"},
        {"Raids took place between Feb. 27 and March 2, officials said.", "2024-03-08",
         "Feb. 27 and March 2", "2024-02-27", WEEK, false, true, "2024-03-02"},
        {"Strikes hit the district on Tuesday and Wednesday.", "2024-03-08",
         "Tuesday and Wednesday", "2024-03-05", WEEK, false, true, "2024-03-06"},
        {"Shelling went on from February 10 until March 2.", "2024-03-08",
         "February 10 until March 2", "2024-02-10", MONTH, false, true, "2024-03-02"},
        {"Gunmen raided the town over the weekend.", "2024-03-08",
         "the weekend", "2024-03-02", WEEK, false, true, "2024-03-03"},
        {"Gunmen raided the town on the weekend.", "2024-03-10",
         "the weekend", "2024-03-09", WEEK, false, true, "2024-03-10"},
        {"Gunmen raided the town last weekend.", "2024-03-13",
         "last weekend", "2024-03-09", WEEK, false, true, "2024-03-10"},
        /* one night told by its two days is not a range */
        {"Gunmen struck on the night of Thursday and Friday.", "2024-03-08",
         "Thursday and Friday", "2024-03-07", DAY, false, true, NULL},
    };
    CHECK(cases);
}

static void test_weekdays(void **state)
{
    static const tcase cases[] = {
        {"Gunmen attacked a checkpoint late on Thursday, police said.", "2024-07-26",
         "Thursday", "2024-07-25", DAY, false, true, NULL},
        {"The blast on Friday killed four people.", "2024-07-26",
         "Friday", "2024-07-26", DAY, false, true, NULL},
        {"Thursday night's raid left two dead.", "2024-07-26",
         "Thursday night's", "2024-07-25", DAY, false, true, NULL},
        {"Residents fled on Monday morning as the shelling grew.", "2024-07-26",
         "Monday morning", "2024-07-22", DAY, false, true, NULL},
        {"Friday\xe2\x80\x99s attack was not claimed.", "2024-07-26",
         "Friday\xe2\x80\x99s", "2024-07-26", DAY, false, true, NULL},
        {"Sporadic clashes went on between Monday and Wednesday.", "2024-07-26",
         "Monday and Wednesday", "2024-07-22", WEEK, false, true, "2024-07-24"},
        {"Troops moved in on the intervening night of Thursday and Friday.", "2024-07-26",
         "Thursday and Friday", "2024-07-25", DAY, false, true, NULL},
        {"The minister said last Friday that talks had failed.", "2024-07-26",
         "last Friday", "2024-07-19", DAY, false, true, NULL},
        {"Talks are due to resume next Monday in the capital.", "2024-07-26",
         "next Monday", "2024-07-29", DAY, false, true, NULL},
        {"Sunday was the bloodiest day of the month.", "2024-07-26",
         "Sunday", "2024-07-21", DAY, false, true, NULL},
        {"Rebels shelled the town on SATURDAY.", "2024-07-26",
         "SATURDAY", "2024-07-20", DAY, false, true, NULL},
        /* weekday across a year boundary: 2021-01-01 is a Friday */
        {"Two soldiers died on Wednesday.", "2021-01-01",
         "Wednesday", "2020-12-30", DAY, false, true, NULL},
        /* a weekday followed by a date: the date decides */
        {"The vote took place on Sunday, November 22, 2015, officials said.", "2015-11-30",
         "Sunday, November 22, 2015", "2015-11-22", DAY, false, false, NULL},
    };
    CHECK(cases);
}

static void test_deictic(void **state)
{
    static const tcase cases[] = {
        {"Protesters gathered in the capital today.", "2024-07-26",
         "today", "2024-07-26", DAY, false, true, NULL},
        {"Earlier today, a drone struck a fuel depot.", "2024-07-26",
         "Earlier today", "2024-07-26", DAY, false, true, NULL},
        {"Police said this morning that the road had reopened.", "2024-07-26",
         "this morning", "2024-07-26", DAY, false, true, NULL},
        {"A curfew will be imposed tonight.", "2024-07-26",
         "tonight", "2024-07-26", DAY, false, true, NULL},
        {"Two soldiers were killed yesterday near the border.", "2024-07-26",
         "yesterday", "2024-07-25", DAY, false, true, NULL},
        {"Shelling continued overnight, officials said.", "2024-07-26",
         "overnight", "2024-07-25", DAY, false, true, NULL},
        {"Rebels attacked the town last night.", "2024-07-26",
         "last night", "2024-07-25", DAY, false, true, NULL},
        {"The convoy was ambushed the day before yesterday.", "2024-07-26",
         "the day before yesterday", "2024-07-24", DAY, false, true, NULL},
        {"Three days ago, militants seized the bridge.", "2024-07-26",
         "Three days ago", "2024-07-23", DAY, false, true, NULL},
        {"The camp was raided 5 days ago.", "2024-07-26",
         "5 days ago", "2024-07-21", DAY, false, true, NULL},
        {"The camp was raided a few days ago.", "2024-07-26",
         "a few days ago", "2024-07-23", WEEK, false, true, NULL},
        {"Chiefs signed the deal late Sunday night.", "2024-07-26",
         "late Sunday night", "2024-07-21", DAY, false, true, NULL},
        {"Shelling in the last 24 hours killed three.", "2024-07-26",
         "last 24 hours", "2024-07-25", DAY, false, true, NULL},
        {"Looting was reported last weekend.", "2024-07-26",
         "last weekend", "2024-07-20", WEEK, false, true, "2024-07-21"},
        /* yesterday across the new year */
        {"Fireworks were banned yesterday.", "2024-01-01",
         "yesterday", "2023-12-31", DAY, false, true, NULL},
    };
    CHECK(cases);
}

static void test_weeks_months_years(void **state)
{
    static const tcase cases[] = {
        {"A similar attack happened last week in the north.", "2024-07-26",
         "last week", "2024-07-19", WEEK, false, true, NULL},
        {"The army said earlier this week it had retaken the hill.", "2024-07-26",
         "earlier this week", "2024-07-22", WEEK, false, true, NULL},
        {"Prices have doubled this month.", "2024-07-26",
         "this month", "2024-07-01", MONTH, false, true, NULL},
        {"Floods displaced thousands earlier this month.", "2024-07-26",
         "earlier this month", "2024-07-01", MONTH, false, true, NULL},
        {"The ceasefire collapsed last month.", "2024-07-26",
         "last month", "2024-06-01", MONTH, false, true, NULL},
        {"Elections were held last year.", "2024-07-26",
         "last year", "2023-01-01", YEAR, true, true, NULL},
        {"The ceasefire collapsed last month.", "2024-01-02",
         "last month", "2023-12-01", MONTH, false, true, NULL},
        {"A similar raid took place last week.", "2024-01-02",
         "last week", "2023-12-26", WEEK, false, true, NULL},
        {"Turnout rose this year.", "2024-07-26",
         "this year", "2024-01-01", YEAR, false, true, NULL},
        {"Protests spread since the start of the year.", "2024-07-26",
         "the start of the year", "2024-01-01", YEAR, true, true, NULL},
    };
    CHECK(cases);
}

static void test_explicit_dates(void **state)
{
    static const tcase cases[] = {
        {"The strike on July 5 killed nine.", "2024-07-26",
         "July 5", "2024-07-05", DAY, false, true, NULL},
        {"The strike on July 5, 2021 killed nine.", "2024-07-26",
         "July 5, 2021", "2021-07-05", DAY, true, false, NULL},
        {"The strike on 5 July 2021 killed nine.", "2024-07-26",
         "5 July 2021", "2021-07-05", DAY, true, false, NULL},
        {"Since the attack of Oct. 7 the border has been shut.", "2024-07-26",
         "Oct. 7", "2023-10-07", DAY, true, true, NULL},
        {"Talks were held on Sept 14-15 in Doha.", "2024-09-20",
         "Sept 14-15", "2024-09-14", DAY, false, true, NULL},
        {"The bridge was destroyed on 5 August.", "2024-08-10",
         "5 August", "2024-08-05", DAY, false, true, NULL},
        {"Clashes broke out on Dec. 31 in the old city.", "2021-01-01",
         "Dec. 31", "2020-12-31", DAY, false, true, NULL},
        {"Clashes broke out on Dec. 31, 2020 in the old city.", "2021-01-01",
         "Dec. 31, 2020", "2020-12-31", DAY, false, false, NULL},
        {"Celebrations on Jan 1 were cancelled.", "2020-12-31",
         "Jan 1", "2021-01-01", DAY, false, true, NULL},
        {"The decree was signed on December 31.", "2024-07-26",
         "December 31", "2023-12-31", DAY, true, true, NULL},
        {"A report dated 2021-08-19 listed the victims.", "2021-08-25",
         "2021-08-19", "2021-08-19", DAY, false, false, NULL},
        {"A report dated 19/08/2021 listed the victims.", "2021-08-25",
         "19/08/2021", "2021-08-19", DAY, false, false, NULL},
        {"A report dated 08/19/2021 listed the victims.", "2021-08-25",
         "08/19/2021", "2021-08-19", DAY, false, false, NULL},
        {"A report dated 19.08.2021 listed the victims.", "2021-08-25",
         "19.08.2021", "2021-08-19", DAY, false, false, NULL},
        {"Gunfire erupted on New Year's Eve near the square.", "2024-01-02",
         "New Year's Eve", "2023-12-31", DAY, false, true, NULL},
        {"The market was bombed on Christmas Day.", "2024-07-26",
         "Christmas Day", "2023-12-25", DAY, true, true, NULL},
        {"The dam failed in March 2023 after heavy rain.", "2024-07-26",
         "March 2023", "2023-03-01", MONTH, true, false, NULL},
        {"The trial opened on the 5th of July.", "2024-07-26",
         "5th of July", "2024-07-05", DAY, false, true, NULL},
        {"Demonstrations planned for July 4th were banned.", "2024-07-26",
         "July 4th", "2024-07-04", DAY, false, true, NULL},
        {"The accord was signed May 9, 2023 in Jeddah.", "2024-07-26",
         "May 9, 2023", "2023-05-09", DAY, true, false, NULL},
        {"Rebels took the town in May.", "2024-07-26",
         "May", "2024-05-01", MONTH, true, true, NULL},
        {"Fighting has raged since February.", "2024-07-26",
         "February", "2024-02-01", MONTH, true, true, NULL},
        {"Aid stopped in mid-March.", "2024-07-26",
         "mid-March", "2024-03-01", MONTH, true, true, NULL},
        {"The port reopened last March.", "2024-03-15",
         "last March", "2023-03-01", MONTH, true, true, NULL},
        {"The port reopened in March.", "2024-03-15",
         "March", "2024-03-01", MONTH, false, true, NULL},
    };
    CHECK(cases);
}

static void test_years_and_periods(void **state)
{
    static const tcase cases[] = {
        {"The group was founded in 2003 by former officers.", "2024-07-26",
         "2003", "2003-01-01", YEAR, true, false, NULL},
        {"The region has been under emergency rule since 2014.", "2024-07-26",
         "2014", "2014-01-01", YEAR, true, false, NULL},
        {"The mine was seized in early 2012.", "2024-07-26",
         "early 2012", "2012-01-01", YEAR, true, false, NULL},
        {"2011 was the deadliest year for the province.", "2024-07-26",
         "2011", "2011-01-01", YEAR, true, false, NULL},
        {"Survivors of the 2013 attack marched again.", "2024-07-26",
         "2013", "2013-01-01", YEAR, true, false, NULL},
        {"Deaths in 2024 already exceed the total for the decade.", "2024-07-26",
         "2024", "2024-01-01", YEAR, false, false, NULL},
        {"Such raids were common in the 1990s.", "2024-07-26",
         "1990s", "1990-01-01", YEAR, true, false, NULL},
        {"The town changed hands between 2010 and 2014.", "2024-07-26",
         "2010 and 2014", "2010-01-01", YEAR, true, false, NULL},
        {"Exports fell in the first half of 2024.", "2024-07-26",
         "2024", "2024-01-01", YEAR, false, false, NULL},
        {"Kidnappings have risen in recent weeks.", "2024-07-26",
         "recent weeks", "2024-07-12", WEEK, true, true, NULL},
        {"The conflict has killed thousands in recent years.", "2024-07-26",
         "recent years", "2021-01-01", YEAR, true, true, NULL},
        {"The two clans have feuded for decades.", "2024-07-26",
         "decades", "2004-01-01", YEAR, true, true, NULL},
        {"The village was razed a decade ago.", "2024-07-26",
         "a decade ago", "2014-01-01", YEAR, true, true, NULL},
        {"The treaty was signed two years ago.", "2024-07-26",
         "two years ago", "2022-01-01", YEAR, true, true, NULL},
        {"Over the past three years, 400 people have died.", "2024-07-26",
         "past three years", "2021-01-01", YEAR, true, true, NULL},
    };
    CHECK(cases);
}

/* Things that look like dates but are not. */
static void test_negatives(void **state)
{
    static const char *const none[] = {
        "The attack began at 8:00am and ended at 2 p.m. local time.",
        "The raid started at 10:00 pm (2000 GMT) near the port.",
        "Some 2,500 troops were deployed to the province.",
        "A 155mm shell hit the school.",
        "The project cost 1 billion rupees ($12m).",
        "Officials said the talks may resume soon.",
        "They may 5 times refuse before agreeing.",
        "A force of 2000 troops surrounded the town.",
        "Police fired 1500 rounds into the crowd.",
        "The march on the capital was peaceful.",
        "Room 2014 of the hotel was searched.",
        "The 2000-strong militia withdrew.",
        "He won by 1800 votes.",
        "A jet flew at 1200 km per hour.",
        "Futures for MAY7 closed at 4676, down from 4700.",
    };
    for (size_t k = 0; k < sizeof none / sizeof none[0]; k++) {
        sr_timex x[4];
        size_t n = find(none[k], "2024-07-26", x, 4);
        if (n) print_error("unexpected date in: %s\n", none[k]);
        assert_int_equal(n, 0);
    }
}

static void test_several_and_limits(void **state)
{
    const char *s = "Two were killed on Monday and three more on Wednesday, "
                    "a year after clashes in 2019.";
    sr_timex x[8];
    char d[11];
    assert_int_equal(find(s, "2024-07-26", x, 8), 3);
    sr_ymd_format(x[0].date, d);
    assert_string_equal(d, "2024-07-22");
    sr_ymd_format(x[1].date, d);
    assert_string_equal(d, "2024-07-24");
    sr_ymd_format(x[2].date, d);
    assert_string_equal(d, "2019-01-01");
    assert_true(x[2].background);
    assert_true(x[0].start < x[1].start && x[1].start < x[2].start);
    /* a list of years gives one expression each */
    assert_int_equal(find("Floods struck in 2003 and 2004.", "2024-07-26", x, 8), 2);
    assert_int_equal(x[1].date.y, 2004);
    /* out of room: stop at max */
    assert_int_equal(find(s, "2024-07-26", x, 1), 1);
    assert_int_equal(find(s, "2024-07-26", x, 0), 0);
}

/* Without a publication date only dates carrying a year are reported. */
static void test_unknown_pub(void **state)
{
    sr_timex x[4];
    char d[11];
    assert_int_equal(find("Gunmen attacked on Thursday.", NULL, x, 4), 0);
    assert_int_equal(find("Gunmen attacked on July 5.", NULL, x, 4), 0);
    assert_int_equal(find("Gunmen attacked yesterday.", NULL, x, 4), 0);
    assert_int_equal(find("Gunmen attacked on July 5, 2021.", NULL, x, 4), 1);
    sr_ymd_format(x[0].date, d);
    assert_string_equal(d, "2021-07-05");
    assert_false(x[0].relative);
    assert_int_equal(find("The party was founded in 2003.", NULL, x, 4), 1);
    assert_int_equal(x[0].precision, SR_TIMEX_YEAR);
    assert_false(x[0].background);
    assert_int_equal(find("Emergency rule has held since 2014.", NULL, x, 4), 1);
    assert_true(x[0].background);
}

/* Sentences longer than one scanning window. */
static void test_long_sentence(void **state)
{
    static char buf[8192];
    size_t n = 0;
    for (int k = 0; k < 230; k++) n += (size_t)snprintf(buf + n, sizeof buf - n, "word ");
    n += (size_t)snprintf(buf + n, sizeof buf - n, "on Thursday morning ");
    for (int k = 0; k < 300; k++) n += (size_t)snprintf(buf + n, sizeof buf - n, "more ");
    n += (size_t)snprintf(buf + n, sizeof buf - n, "in 2003.");
    sr_timex x[4];
    assert_int_equal(sr_timex_find(buf, n, ymd_of("2024-07-26"), x, 4), 2);
    assert_int_equal(x[0].start, 230 * 5 + 3);
    assert_int_equal(x[0].end, 230 * 5 + 3 + strlen("Thursday morning"));
    assert_int_equal(x[1].date.y, 2003);
    assert_int_equal(x[1].end, n - 1);
}

static void test_url_dates(void **state)
{
    static const struct { const char *url, *date; } cases[] = {
        {"https://www.example.com/news/2021/08/20/some-story", "2021-08-20"},
        {"https://example.com/2021/08/20-gunmen-attack", "2021-08-20"},
        {"https://example.com/world/2019/08/12xxx", "2019-08-12"},
        {"https://example.com/20190812/story.html", "2019-08-12"},
        {"https://example.com/world/story-20201231", "2020-12-31"},
        {"https://example.com/world/2021/aug/20/floods", "2021-08-20"},
        {"https://example.com/a/20190812143000.html", "2019-08-12"},
        {"https://example.com/stories/201908120463.html", "2019-08-12"},   /* date + serial */
        {"https://example.com/news/home/20180405005876/en/", "2018-04-05"},
        {"https://example.com/2015/11/story", ""},
        {"https://example.com/article/123456789", ""},
        {"https://example.com/2021/02/30/story", ""},
        {"https://example.com/1970/01/01/story", ""},
        {"https://2021.example.com/", ""},
        {"/2022/03/04/path-only", "2022-03-04"},
    };
    char d[11];
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        sr_ymd_format(sr_date_from_url(cases[k].url), d);
        if (strcmp(d, cases[k].date)) print_error("url %s -> %s\n", cases[k].url, d);
        assert_string_equal(d, cases[k].date);
    }
    assert_int_equal(sr_date_from_url(NULL).y, 0);
}

static void test_parse_explicit(void **state)
{
    static const struct {
        const char *s, *pub, *date; size_t used; sr_timex_prec prec;
    } cases[] = {
        {"July 5, 2021 - Gunmen", NULL, "2021-07-05", 12, DAY},
        {"12 August 2019", NULL, "2019-08-12", 14, DAY},
        {"Mon Mar 11, 2013 7:4AM", NULL, "2013-03-11", 16, DAY},
        {"Thursday, 2 September 2010 18:16 GMT", NULL, "2010-09-02", 26, DAY},
        {"Sunday, November 22, 2015", NULL, "2015-11-22", 25, DAY},
        {"Dec 09, 2011", NULL, "2011-12-09", 12, DAY},
        {"May 9, 2023", NULL, "2023-05-09", 11, DAY},
        {"2021-03-03 10:00", NULL, "2021-03-03", 10, DAY},
        {"  March 2023 report", NULL, "2023-03-01", 12, MONTH},
        {"July 5 (Reuters)", "2021-08-01", "2021-07-05", 6, DAY},
        {"July 5 (Reuters)", NULL, "", 0, DAY},
        {"Hello world", NULL, "", 0, DAY},
        {"Monday said the", NULL, "", 0, DAY},
        {"February 30, 2020", NULL, "", 0, DAY},
        {"Tues., Sept. 2, 2010", NULL, "2010-09-02", 20, DAY},
        {"Jan 30: At least nine", "2023-01-31", "2023-01-30", 6, DAY},
        {"Jan 30:45 GMT", "2023-01-31", "", 0, DAY},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        sr_ymd d = {0, 0, 0};
        sr_timex_prec prec = 0;
        char got[11];
        size_t used = sr_date_parse_explicit(cases[k].s, strlen(cases[k].s),
                                             ymd_of(cases[k].pub), &d, &prec);
        sr_ymd_format(used ? d : (sr_ymd){0, 0, 0}, got);
        if (used != cases[k].used || strcmp(got, cases[k].date))
            print_error("explicit '%s' -> %zu %s\n", cases[k].s, used, got);
        assert_int_equal(used, cases[k].used);
        assert_string_equal(got, cases[k].date);
        if (used) assert_int_equal(prec, cases[k].prec);
    }
}

/* Without a publication date a yearless date keeps y == 0. */
static void test_parse_calendar(void **state)
{
    (void)state;
    sr_ymd d;
    sr_timex_prec prec;
    assert_int_equal(sr_date_parse_calendar("Dhaka, October 29", 17, &d, &prec), 0);
    assert_int_equal(sr_date_parse_calendar("October 29", 10, &d, &prec), 10);
    assert_int_equal(d.y, 0);
    assert_int_equal(d.m, 10);
    assert_int_equal(d.d, 29);
    assert_int_equal(prec, DAY);
    assert_int_equal(sr_date_parse_calendar("March 2023 report", 17, &d, &prec), 10);
    assert_int_equal(d.y, 2023);
    assert_int_equal(prec, MONTH);
    assert_int_equal(sr_date_parse_calendar("19/08/2021", 10, &d, &prec), 10);
    assert_int_equal(d.m, 8);
    assert_int_equal(sr_date_parse_calendar("Feb 30", 6, &d, &prec), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_weekdays),
        cmocka_unit_test(test_deictic),
        cmocka_unit_test(test_weeks_months_years),
        cmocka_unit_test(test_explicit_dates),
        cmocka_unit_test(test_years_and_periods),
        cmocka_unit_test(test_ranges),
        cmocka_unit_test(test_negatives),
        cmocka_unit_test(test_several_and_limits),
        cmocka_unit_test(test_unknown_pub),
        cmocka_unit_test(test_long_sentence),
        cmocka_unit_test(test_url_dates),
        cmocka_unit_test(test_parse_explicit),
        cmocka_unit_test(test_parse_calendar),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
