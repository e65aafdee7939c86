/* clean_test.c — tests for the clean stage (src/clean.c) on scraped-record
 * shaped articles written for these tests: record date lines, trailing
 * title/URL/highlight blocks, datelines, repeated paragraphs, boilerplate,
 * hard-wrapped wire text and the publication-date priorities. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "internal.h"

#include <stdlib.h>
#include <string.h>

static sitrep_article art(const char *text)
{
    sitrep_article a = {0};
    a.id = (char *)"t";
    a.text = (char *)text;
    a.text_len = strlen(text);
    return a;
}

static void clean_text(const char *text, sr_doc *d)
{
    sitrep_article a = art(text);
    sr_clean(&a, d);
}

static void assert_date(const sr_doc *d, int y, int m, int day, const char *src)
{
    assert_int_equal(d->pubdate.y, y);
    assert_int_equal(d->pubdate.m, m);
    assert_int_equal(d->pubdate.d, day);
    if (src) assert_string_equal(d->pubdate_source, src);
    else assert_null(d->pubdate_source);
}

/* ----------------------------------------------------- record date */

static void test_record_date_same_line_as_body(void **state)
{
    (void)state;
    sr_doc d;
    clean_text(" date 2023-11-14 KANDAHAR, Afghanistan: Gunmen fired on a border post "
               "before dawn on Monday, a district official said.\n"
               "Two guards were hurt in the exchange.\n", &d);
    assert_date(&d, 2023, 11, 14, "record");
    assert_string_equal(d.dateline, "KANDAHAR, Afghanistan");
    assert_string_equal(d.text,
                        "Gunmen fired on a border post before dawn on Monday, a district "
                        "official said.\nTwo guards were hurt in the exchange.");
    assert_int_equal(d.len, strlen(d.text));
    assert_null(d.title);
    sr_doc_free(&d);
}

static void test_record_date_then_headline(void **state)
{
    (void)state;
    sr_doc d;
    clean_text(" date 2019-02-03 Mortars strike fuel depot near river port\n\n"
               "Several mortar rounds struck a fuel depot on Saturday night, port "
               "workers said.\n", &d);
    assert_date(&d, 2019, 2, 3, "record");
    assert_string_equal(d.title, "Mortars strike fuel depot near river port");
    assert_string_equal(d.text, "Several mortar rounds struck a fuel depot on Saturday "
                                "night, port workers said.");
    sr_doc_free(&d);
}

static void test_record_date_alone(void **state)
{
    (void)state;
    sr_doc d;
    clean_text("date 2020-06-30\nA bridge was blown up overnight, engineers said.", &d);
    assert_date(&d, 2020, 6, 30, "record");
    assert_string_equal(d.text, "A bridge was blown up overnight, engineers said.");
    sr_doc_free(&d);
    /* Not a record date: a sentence that merely begins with "date". */
    clean_text("Date palms burned after the strike, farmers said.", &d);
    assert_date(&d, 0, 0, 0, NULL);
    assert_string_equal(d.text, "Date palms burned after the strike, farmers said.");
    sr_doc_free(&d);
}

/* --------------------------------------------------- trailing block */

static void test_trailing_block(void **state)
{
    (void)state;
    sr_doc d;
    clean_text(" date 2022-09-09 HARGEISA, Somaliland: A roadside bomb hit a police truck "
               "on Thursday, killing two officers, police said.\n"
               "The blast happened on the main road east of the city.\n"
               "No group said it was behind the attack.\n"
               "Roadside bomb kills two police officers\n"
               "https://news.example.com/a/123\n"
               "Roadside bomb kills two police officers\n"
               "- The truck was on patrol when the device went off\n"
               "- Police have opened an inquiry\n"
               "HARGEISA, Somaliland: A roadside bomb hit a police truck on Thursday, "
               "killing two officers, police said.", &d);
    assert_string_equal(d.title, "Roadside bomb kills two police officers");
    assert_string_equal(d.url, "https://news.example.com/a/123");
    assert_int_equal(d.n_highlights, 2);
    assert_string_equal(d.highlights[0], "The truck was on patrol when the device went off");
    assert_string_equal(d.highlights[1], "Police have opened an inquiry");
    assert_string_equal(d.dateline, "HARGEISA, Somaliland");
    assert_string_equal(d.text,
                        "A roadside bomb hit a police truck on Thursday, killing two "
                        "officers, police said.\n"
                        "The blast happened on the main road east of the city.\n"
                        "No group said it was behind the attack.");
    assert_date(&d, 2022, 9, 9, "record");
    sr_doc_free(&d);
}

static void test_url_line_after_lead_in(void **state)
{
    (void)state;
    sr_doc d;
    clean_text("The agency published its findings on Monday.\n"
               "The full report is here:\n"
               "https://reports.example.org/r/77\n"
               "It lists forty incidents in the province.", &d);
    assert_null(d.title);
    assert_null(d.url);   /* a link in the text is not the article's URL */
    assert_string_equal(d.text, "The agency published its findings on Monday.\n"
                                "The full report is here:\n"
                                "It lists forty incidents in the province.");
    sr_doc_free(&d);
}

static void test_trailing_block_keeps_article_url(void **state)
{
    (void)state;
    sitrep_article a = art("Fighting resumed near the dam on Friday, witnesses said.\n"
                           "Dam fighting resumes\n"
                           "https://short.example/x1\n"
                           "Dam fighting resumes\n");
    a.url = (char *)"https://www.example.org/2018/04/06/dam-fighting/";
    sr_doc d;
    sr_clean(&a, &d);
    assert_string_equal(d.url, "https://www.example.org/2018/04/06/dam-fighting/");
    assert_string_equal(d.title, "Dam fighting resumes");
    assert_string_equal(d.text, "Fighting resumed near the dam on Friday, witnesses said.");
    assert_date(&d, 2018, 4, 6, "url");
    sr_doc_free(&d);
}

/* -------------------------------------------------------- datelines */

static void test_dateline_forms(void **state)
{
    (void)state;
    static const struct { const char *in, *place, *body; } cases[] = {
        {"BAGHDAD, July 5 (Reuters) - Two car bombs exploded in a market on Sunday, "
         "police said.", "BAGHDAD", "Two car bombs exploded in a market on Sunday, police said."},
        {"WASHINGTON, Sept 2 (Reuters) - Negotiators met again on Thursday.",
         "WASHINGTON", "Negotiators met again on Thursday."},
        {"MOGADISHU (Reuters) - A suicide bomber struck a hotel gate, officials said.",
         "MOGADISHU", "A suicide bomber struck a hotel gate, officials said."},
        {"Maputo \xE2\x80\x94 Armed men raided a village on Friday, local sources said.",
         "Maputo", "Armed men raided a village on Friday, local sources said."},
        {"Colombo \xE2\x80\x93 Protesters blocked a highway on Tuesday, officials said.",
         "Colombo", "Protesters blocked a highway on Tuesday, officials said."},
        {"QUETTA: Unknown gunmen shot dead a shopkeeper on Sunday evening, police said.",
         "QUETTA", "Unknown gunmen shot dead a shopkeeper on Sunday evening, police said."},
        {"Peshawar, Jan 30: At least nine people were hurt when a gas cylinder exploded.",
         "Peshawar", "At least nine people were hurt when a gas cylinder exploded."},
        {"Lahore [Pakistan], March 3 : A rally turned violent on Friday, police said.",
         "Lahore, Pakistan", "A rally turned violent on Friday, police said."},
        {"GOMA, Democratic Republic of Congo \xE2\x80\x94 Rebels seized a town on Monday.",
         "GOMA, Democratic Republic of Congo", "Rebels seized a town on Monday."},
        {"Dhaka, October 29\nPolice detained an opposition leader on Sunday.",
         "Dhaka", "Police detained an opposition leader on Sunday."},
        {"MOGADISHU\n\nA drone strike hit a militant camp in the south on Sunday, residents "
         "and officials said.", "MOGADISHU",
         "A drone strike hit a militant camp in the south on Sunday, residents and officials said."},
        {"DAR ES SALAAM, May 2 - Floods cut the main rail line, the operator said.",
         "DAR ES SALAAM", "Floods cut the main rail line, the operator said."},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sr_doc d;
        clean_text(cases[i].in, &d);
        assert_string_equal(d.dateline, cases[i].place);
        assert_string_equal(d.text, cases[i].body);
        sr_doc_free(&d);
    }
}

static void test_not_datelines(void **state)
{
    (void)state;
    static const char *const cases[] = {
        "Police said the attack killed three people near the market.",
        "The army said: \"We will respond.\" Nobody else commented.",
        "US President Jane Doe said the talks would resume next week.",
        "Note: This story has been updated with a new casualty figure.",
        "In Kabul, gunmen attacked a bank on Monday.",
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sr_doc d;
        clean_text(cases[i], &d);
        assert_string_equal(d.dateline, "");
        assert_string_equal(d.text, cases[i]);
        sr_doc_free(&d);
    }
}

static void test_colon_headline_is_title(void **state)
{
    (void)state;
    sr_doc d;
    clean_text("Tulkarm: Three wounded in overnight raid\n"
               "Three people were wounded during an overnight raid in the town, medics said.\n",
               &d);
    assert_string_equal(d.dateline, "");
    assert_string_equal(d.title, "Tulkarm: Three wounded in overnight raid");
    assert_string_equal(d.text, "Three people were wounded during an overnight raid in "
                                "the town, medics said.");
    sr_doc_free(&d);
}

/* ------------------------------------------------ repeats and junk */

static void test_repeated_paragraphs(void **state)
{
    (void)state;
    sr_doc d;
    clean_text("Soldiers on patrol near the frontier (file photo)\n\n"
               "Soldiers on patrol near the frontier (file photo)\n\n"
               "A landmine killed two soldiers on patrol on Monday, the army said.\n\n"
               "The mine had been laid on a dirt track.\n\n"
               "A landmine killed two soldiers on patrol on Monday, the army said.\n\n"
               "Ok.\n\nOk.\n", &d);
    assert_string_equal(d.text,
                        "A landmine killed two soldiers on patrol on Monday, the army said.\n\n"
                        "The mine had been laid on a dirt track.\n\n"
                        "Ok.\n\nOk.");
    sr_doc_free(&d);
}

static void test_boilerplate_dropped(void **state)
{
    (void)state;
    sr_doc d;
    clean_text("Villagers fled after gunmen torched homes on Saturday, a local chief said.\n\n"
               "Smoke rises over the village after the raid. [Jane Roe/AP Photo]\n\n"
               "Security forces were deployed to the area.\n\n"
               "(Reporting by A. Writer; Editing by B. Editor)\n\n"
               "SOURCE: Example News Agency\n\n"
               "\xC2\xA9 Copyright Example Media 2024\n\n"
               "AFP/Al Jazeera\n", &d);
    assert_string_equal(d.text,
                        "Villagers fled after gunmen torched homes on Saturday, a local chief said.\n\n"
                        "Security forces were deployed to the area.");
    sr_doc_free(&d);

    clean_text("Rioters set a police post on fire on Friday. \xE2\x80\x93 Sapa-dpa\n", &d);
    assert_string_equal(d.text, "Rioters set a police post on fire on Friday.");
    sr_doc_free(&d);

    /* A sentence that mentions a source is prose and stays. */
    clean_text("A source said the convoy was hit twice.\n\nSource: that is all.", &d);
    assert_string_equal(d.text, "A source said the convoy was hit twice.");
    sr_doc_free(&d);
}

static void test_top_furniture(void **state)
{
    (void)state;
    sr_doc d;
    clean_text("Suicide blast hits checkpoint in north\n\n"
               "AP News\n"
               "Posted: Apr 02, 2016 9:15 AM\n"
               "Suicide blast hits checkpoint in north\n\n"
               "By John Roe\n"
               "A suicide bomber blew himself up at a checkpoint, killing three guards.\n", &d);
    assert_string_equal(d.title, "Suicide blast hits checkpoint in north");
    assert_string_equal(d.text, "A suicide bomber blew himself up at a checkpoint, "
                                "killing three guards.");
    assert_date(&d, 2016, 4, 2, "text");
    sr_doc_free(&d);
}

static void test_title_before_standalone_dateline(void **state)
{
    (void)state;
    sr_doc d;
    clean_text("Saturday, March 4, 2017\n\n"
               "Militants Overrun Army Outpost in Remote Valley: Officials\n"
               "KABUL\n\n"
               "Militants overran an army outpost in a remote valley, killing six soldiers, "
               "officials said on Saturday.\n", &d);
    assert_string_equal(d.title, "Militants Overrun Army Outpost in Remote Valley: Officials");
    assert_string_equal(d.dateline, "KABUL");
    assert_date(&d, 2017, 3, 4, "text");
    assert_string_equal(d.text, "Militants overran an army outpost in a remote valley, "
                                "killing six soldiers, officials said on Saturday.");
    sr_doc_free(&d);
}

static void test_agency_prefix(void **state)
{
    (void)state;
    sr_doc d;
    clean_text("(CNN) \xE2\x80\x94 A fire swept through a camp for displaced people on "
               "Sunday, aid workers said.", &d);
    assert_string_equal(d.dateline, "");
    assert_string_equal(d.text, "A fire swept through a camp for displaced people on "
                                "Sunday, aid workers said.");
    sr_doc_free(&d);
}

/* ------------------------------------------------------- whitespace */

static void test_whitespace_normalised(void **state)
{
    (void)state;
    sr_doc d;
    clean_text("  First\tline   with \xE2\x80\x9Cquotes\xE2\x80\x9D and\xC2\xA0nbsp.  \r\n"
               "\r\n\r\n\r\n"
               "Second\rThird &amp; fourth &#233;t\xC3\xA9.\r\n   \n", &d);
    assert_string_equal(d.text,
                        "First line with \xE2\x80\x9Cquotes\xE2\x80\x9D and nbsp.\n\n"
                        "Second\nThird & fourth \xC3\xA9t\xC3\xA9.");
    sr_doc_free(&d);
}

static void test_invalid_utf8_repaired(void **state)
{
    (void)state;
    sr_doc d;
    sitrep_article a = art("x");
    const char bad[] = "Bad \xFF byte and \xC0\xAF overlong and a\0nul.";
    a.text = (char *)bad;
    a.text_len = sizeof bad - 1;
    sr_clean(&a, &d);
    assert_string_equal(d.text, "Bad \xEF\xBF\xBD byte and \xEF\xBF\xBD\xEF\xBF\xBD "
                                "overlong and a nul.");
    sr_doc_free(&d);
}

static void test_unwrap_wire_text(void **state)
{
    (void)state;
    sr_doc d;
    clean_text("OSLO, March 3 - Striking dock workers blocked two of the\n"
               "country's largest ports on Tuesday, union officials said,\n"
               "and talks with employers were due to resume later.\n"
               "    The union said about 2,000 members had joined the\n"
               "stoppage, which began at midnight.\n"
               " Reuter\n", &d);
    assert_string_equal(d.dateline, "OSLO");
    assert_string_equal(d.text,
                        "Striking dock workers blocked two of the country's largest ports "
                        "on Tuesday, union officials said, and talks with employers were "
                        "due to resume later.\n"
                        "The union said about 2,000 members had joined the stoppage, which "
                        "began at midnight.");
    sr_doc_free(&d);

    /* Ordinary web text: one paragraph a line stays as it is. */
    clean_text("Troops entered the town.\nResidents stayed indoors.\nShops were shut.", &d);
    assert_string_equal(d.text, "Troops entered the town.\nResidents stayed indoors.\nShops were shut.");
    sr_doc_free(&d);
}

/* ------------------------------------------------------------ titles */

static void test_article_title(void **state)
{
    (void)state;
    sitrep_article a = art("Floods displace thousands\n\n"
                           "Heavy rain displaced thousands of families this week, aid groups said.");
    a.title = (char *)"Floods displace thousands";
    sr_doc d;
    sr_clean(&a, &d);
    assert_string_equal(d.title, "Floods displace thousands");
    assert_string_equal(d.text, "Heavy rain displaced thousands of families this week, aid groups said.");
    sr_doc_free(&d);
}

static void test_no_false_title(void **state)
{
    (void)state;
    sr_doc d;
    /* One line without a final full stop: the body, not a title. */
    clean_text("Rebels attacked the garrison at dawn", &d);
    assert_null(d.title);
    assert_string_equal(d.text, "Rebels attacked the garrison at dawn");
    sr_doc_free(&d);
    /* A wrapped first line continues in lower case. */
    clean_text("Rebels attacked the garrison at dawn and burned\nthe barracks, a witness said.", &d);
    assert_null(d.title);
    sr_doc_free(&d);
}

/* ------------------------------------------------ publication dates */

static void test_pubdate_priority(void **state)
{
    (void)state;
    const char *text = " date 2021-05-06 Sunday, May 2, 2021\n\n"
                       "KIGALI, May 1 (Reuters) - Heavy rain caused landslides, officials said.";
    sitrep_article a = art(text);
    a.url = (char *)"https://example.com/2020/05/02/story";
    a.date = (char *)"2021-05-07";
    sr_doc d;
    sr_clean(&a, &d);
    assert_date(&d, 2021, 5, 7, "json");
    assert_string_equal(d.dateline, "KIGALI");
    assert_string_equal(d.text, "Heavy rain caused landslides, officials said.");
    sr_doc_free(&d);

    a.date = NULL;
    sr_clean(&a, &d);
    assert_date(&d, 2021, 5, 6, "record");
    sr_doc_free(&d);

    a.text = (char *)(text + strlen(" date 2021-05-06 "));
    a.text_len = strlen(a.text);
    sr_clean(&a, &d);
    assert_date(&d, 2021, 5, 2, "text");
    sr_doc_free(&d);

    a.text = (char *)"KIGALI, May 1 (Reuters) - Heavy rain caused landslides, officials said.";
    a.text_len = strlen(a.text);
    sr_clean(&a, &d);
    assert_date(&d, 2020, 5, 1, "dateline");   /* day from the dateline, year from the URL */
    sr_doc_free(&d);

    a.text = (char *)"Heavy rain caused landslides, officials said.";
    a.text_len = strlen(a.text);
    sr_clean(&a, &d);
    assert_date(&d, 2020, 5, 2, "url");
    sr_doc_free(&d);

    a.url = (char *)"https://example.com/news/2009/mar/23/landslides/";
    sr_clean(&a, &d);
    assert_date(&d, 2009, 3, 23, "url");
    sr_doc_free(&d);

    a.url = NULL;
    sr_clean(&a, &d);
    assert_date(&d, 0, 0, 0, NULL);
    sr_doc_free(&d);
}

static void test_dateline_year_rollover(void **state)
{
    (void)state;
    sitrep_article a = art("ACCRA, Dec 31 (Reuters) - Fireworks injured several people, doctors said.");
    a.url = (char *)"https://example.com/2023/01/01/fireworks";
    sr_doc d;
    sr_clean(&a, &d);
    assert_date(&d, 2022, 12, 31, "dateline");
    sr_doc_free(&d);
}

static void test_text_date_lines(void **state)
{
    (void)state;
    static const struct { const char *line; int y, m, d; } cases[] = {
        {"14 March 2018", 2018, 3, 14},
        {"Tue Apr 9, 2013 6:2AM", 2013, 4, 9},
        {"Posted: Jan 05, 2012 11:20 PM", 2012, 1, 5},
        {"Friday, 3 December 2010 09:45 GMT", 2010, 12, 3},
        {"June 7, 2022", 2022, 6, 7},
        {"Published on Sept. 21st, 2017", 2017, 9, 21},
        {"2015-10-11", 2015, 10, 11},
        {"10/29/2022, 5:26:29 PM", 2022, 10, 29},
        {"Tues., Sept. 2, 2010", 2010, 9, 2},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[256];
        snprintf(buf, sizeof buf, "%s\nA grenade blast wounded four traders, police said.",
                 cases[i].line);
        sr_doc d;
        clean_text(buf, &d);
        assert_date(&d, cases[i].y, cases[i].m, cases[i].d, "text");
        assert_string_equal(d.text, "A grenade blast wounded four traders, police said.");
        sr_doc_free(&d);
    }
    /* A date inside a sentence is not a date line. */
    sr_doc d;
    clean_text("14 March 2018 was the day the dam burst, villagers recalled.", &d);
    assert_date(&d, 0, 0, 0, NULL);
    assert_string_equal(d.text, "14 March 2018 was the day the dam burst, villagers recalled.");
    sr_doc_free(&d);

    /* A wire table row is not a yearless date line: "1,996" is a count. */
    clean_text("Shipments rose in the quarter, the board said.\nJUN 1,996\nJUL 2,014", &d);
    assert_date(&d, 0, 0, 0, NULL);
    assert_non_null(strstr(d.text, "JUN 1,996"));
    sr_doc_free(&d);
}

static void test_url_dates(void **state)
{
    (void)state;
    static const struct { const char *url; int y, m, d; } cases[] = {
        {"https://a.example/world/2021/08/20/convoy-ambushed", 2021, 8, 20},
        {"https://a.example/gallery/2024/3/9/storm", 2024, 3, 9},
        {"https://a.example/stories/201908120463.html", 2019, 8, 12},
        {"https://a.example/20240121/market-hit-123.html", 2024, 1, 21},
        {"http://a.example/item/20100902181600-abc12", 2010, 9, 2},
        {"https://a.example/amp/2022-10-29-twin-blasts", 2022, 10, 29},
        {"https://a.example/article/13175546", 0, 0, 0},
        {"https://a.example/2015/11/monthly-roundup.html", 0, 0, 0},
        {"https://a.example/news/2019/13/45/bad", 0, 0, 0},
        {"https://a.example/p/98765432.html", 0, 0, 0},
        {"https://20210820.example/news", 0, 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sitrep_article a = art("Shelling continued overnight.");
        a.url = (char *)cases[i].url;
        sr_doc d;
        sr_clean(&a, &d);
        assert_date(&d, cases[i].y, cases[i].m, cases[i].d, cases[i].y ? "url" : NULL);
        sr_doc_free(&d);
    }
}

/* -------------------------------------------------------- robustness */

static void test_never_fails(void **state)
{
    (void)state;
    sr_doc d;
    sitrep_article a = {0};
    sr_clean(&a, &d);                       /* no text at all */
    assert_non_null(d.text);
    assert_string_equal(d.text, "");
    sr_doc_free(&d);

    sr_clean(NULL, &d);
    assert_string_equal(d.text, "");
    sr_doc_free(&d);

    /* Everything looks like furniture: the text is copied through. */
    clean_text("https://only.example/a-link\n", &d);
    assert_string_equal(d.text, "https://only.example/a-link");
    sr_doc_free(&d);

    clean_text("\n\n   \n", &d);
    assert_string_equal(d.text, "");
    assert_null(d.title);
    sr_doc_free(&d);
    assert_null(d.text);
    assert_int_equal(d.n_highlights, 0);
}

static void test_long_text_linear(void **state)
{
    (void)state;
    /* 20,000 distinct paragraphs plus repeats of each: dedupe stays fast. */
    sr_buf b = {0};
    for (int i = 0; i < 20000; i++)
        sr_buf_printf(&b, "Paragraph number %d reports a minor incident.\n\n", i);
    for (int i = 0; i < 20000; i++)
        sr_buf_printf(&b, "Paragraph number %d reports a minor incident.\n\n", i);
    sr_doc d;
    clean_text(b.data, &d);
    assert_int_equal(d.len, b.len / 2 - 2);
    sr_doc_free(&d);
    sr_buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_record_date_same_line_as_body),
        cmocka_unit_test(test_record_date_then_headline),
        cmocka_unit_test(test_record_date_alone),
        cmocka_unit_test(test_trailing_block),
        cmocka_unit_test(test_trailing_block_keeps_article_url),
        cmocka_unit_test(test_url_line_after_lead_in),
        cmocka_unit_test(test_dateline_forms),
        cmocka_unit_test(test_not_datelines),
        cmocka_unit_test(test_colon_headline_is_title),
        cmocka_unit_test(test_repeated_paragraphs),
        cmocka_unit_test(test_boilerplate_dropped),
        cmocka_unit_test(test_top_furniture),
        cmocka_unit_test(test_title_before_standalone_dateline),
        cmocka_unit_test(test_agency_prefix),
        cmocka_unit_test(test_whitespace_normalised),
        cmocka_unit_test(test_invalid_utf8_repaired),
        cmocka_unit_test(test_unwrap_wire_text),
        cmocka_unit_test(test_article_title),
        cmocka_unit_test(test_no_false_title),
        cmocka_unit_test(test_pubdate_priority),
        cmocka_unit_test(test_dateline_year_rollover),
        cmocka_unit_test(test_text_date_lines),
        cmocka_unit_test(test_url_dates),
        cmocka_unit_test(test_never_fails),
        cmocka_unit_test(test_long_text_linear),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
