/* lexicon_test.c — loading lexicon files (and their errors) and matching
 * phrases against tokens by lemma and by surface form. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "test_util.h"

static char *write_tmp(const char *data)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/sitrep-lex-XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, data, strlen(data)), (int)strlen(data));
    close(fd);
    return path;
}

static sr_tokens tokens(const char *text) { return sr_test_tokens(text); }

static void test_load_and_attributes(void **state)
{
    (void)state;
    char *p = write_tmp("# weapons\nkatyusha rocket\tclass=rocket\tname=Katyusha rocket\n"
                        "rocket\tclass=rocket\n\nmortar shell\tclass=mortar\r\n");
    sr_lexicon *lx = sr_lexicon_new();
    char err[256];
    assert_int_equal(sr_lexicon_load(lx, p, "weapon", err, sizeof err), 0);
    const sr_lex_entry **v;
    assert_int_equal(sr_lexicon_entries(lx, "weapon", &v), 3);
    assert_string_equal(sr_lex_get(v[0], "name"), "Katyusha rocket");
    assert_null(sr_lex_get(v[0], "absent"));
    assert_int_equal(v[0]->n_words, 2);
    assert_int_equal(v[2]->line, 5);
    assert_int_equal(sr_lexicon_entries(lx, "agent", &v), 0);
    sr_lexicon_free(lx);
    unlink(p);
}

static void test_errors_name_file_and_line(void **state)
{
    (void)state;
    char err[256];
    sr_lexicon *lx = sr_lexicon_new();
    char *p = write_tmp("ok\tclass=x\nbad attribute\tnoequals\n");
    assert_int_equal(sr_lexicon_load(lx, p, "k", err, sizeof err), -1);
    assert_non_null(strstr(err, p));
    assert_non_null(strstr(err, ":2:"));
    unlink(p);
    p = write_tmp("\tclass=x\n");
    assert_int_equal(sr_lexicon_load(lx, p, "k", err, sizeof err), -1);
    assert_non_null(strstr(err, "empty phrase"));
    unlink(p);
    assert_int_equal(sr_lexicon_load(lx, "/nonexistent/x.lex", "k", err, sizeof err), -1);
    assert_non_null(strstr(err, "/nonexistent/x.lex"));
    sr_lexicon_free(lx);
}

static void test_longest_match_by_lemma(void **state)
{
    (void)state;
    char *p = write_tmp("rocket\tclass=rocket\nkatyusha rocket\tclass=rocket\tname=K\n"
                        "air base\tclass=place\n");
    sr_lexicon *lx = sr_lexicon_new();
    char err[256];
    assert_int_equal(sr_lexicon_load(lx, p, "w", err, sizeof err), 0);
    const char *text = "Four Katyusha rockets hit two air bases and rockets fell.";
    sr_tokens t = tokens(text);
    sr_match m[8];
    size_t n = sr_lexicon_match(lx, "w", &t, 0, (uint32_t)t.n, m, 8);
    assert_int_equal(n, 3);
    assert_string_equal(sr_lex_get(m[0].e, "name"), "K");      /* longest wins */
    assert_int_equal(m[0].tok_begin, 1);
    assert_int_equal(m[0].tok_end, 3);
    assert_string_equal(m[1].e->phrase, "air base");            /* "bases" by lemma */
    assert_string_equal(m[2].e->phrase, "rocket");
    sr_tokens_free(&t);
    sr_lexicon_free(lx);
    unlink(p);
}

static void test_case_exact(void **state)
{
    (void)state;
    char *p = write_tmp("WHO\tid=WHO\tcase=exact\nHamas\tid=HAMAS\n");
    sr_lexicon *lx = sr_lexicon_new();
    char err[256];
    assert_int_equal(sr_lexicon_load(lx, p, "g", err, sizeof err), 0);
    const char *text = "Who said the WHO and HAMAS and hamas met?";
    sr_tokens t = tokens(text);
    sr_match m[8];
    size_t n = sr_lexicon_match(lx, "g", &t, 0, (uint32_t)t.n, m, 8);
    assert_int_equal(n, 3); /* "WHO" only as written; Hamas in any case */
    assert_memory_equal(text + t.tok[m[0].tok_begin].start, "WHO", 3);
    sr_tokens_free(&t);
    sr_lexicon_free(lx);
    unlink(p);
}

static void test_project_lexicons_load(void **state)
{
    (void)state;
    char err[512];
    sitrep_options o = {0};
    sitrep *s = sitrep_open(&o, err, sizeof err);
    assert_non_null(s);
    const char *kinds[] = {"trigger", "weapon", "agent", "group", "country", "casualty", "placestop",
                           "context"};
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
        const sr_lex_entry **v;
        assert_true(sr_lexicon_entries(s->lex, kinds[k], &v) > 20);
    }
    /* every ACLED family has triggers, every trigger a class and a CAMEO code */
    const sr_lex_entry **v;
    size_t n = sr_lexicon_entries(s->lex, "trigger", &v);
    for (size_t i = 0; i < n; i++) {
        assert_non_null(sr_lex_get(v[i], "class"));
        assert_non_null(sr_lex_get(v[i], "cameo"));
    }
    /* every country code has a canonical name with coordinates */
    n = sr_lexicon_entries(s->lex, "country", &v);
    for (size_t i = 0; i < n; i++) {
        float la, lo;
        assert_true(sr_country_centroid(s, sr_lex_get(v[i], "iso2"), &la, &lo, NULL));
        assert_true(la >= -90 && la <= 90 && lo >= -180 && lo <= 180);
    }
    sitrep_close(s);
}

/* sitrep lexicon check: each class of problem is found and named by
 * file and line; a clean lexicon passes. */
static void test_check(void **state)
{
    (void)state;
    char err[256];
    sr_lexicon *lx = sr_lexicon_new();
    char p[64]; /* write_tmp's buffer is reused below */
    snprintf(p, sizeof p, "%s", write_tmp("attack\tclass=attack\tcameo=190\n"         /* 1 fine */
                        "bomb\tclass=bombs\tcameo=183\n"            /* 2 bad class value */
                        "shell\tclass=shell\n"                      /* 3 missing cameo */
                        "attack\tclass=clash\tcameo=190\n"         /* 4 contradicts 1 */
                        "attack\tclass=attack\tcameo=190\n"        /* 5 repeats 1 (warning) */
                        "raid\tclass=attack\tcameo=999\n"          /* 6 not a CAMEO code */
                        "storm\tclass=attack\tcameo=190\tcolour=red\n" /* 7 unknown key */
                        "Workers' Party strike\tclass=protest\tcameo=143\n")); /* 8 fine */
    assert_int_equal(sr_lexicon_load(lx, p, "trigger", err, sizeof err), 0);
    char *q = write_tmp("Some Front\tid=SF\tclass=rebel\tcountry=ZZ\tparent=NOPE\n");
    assert_int_equal(sr_lexicon_load(lx, q, "group", err, sizeof err), 0);
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    int warnings = 0;
    int errors = sr_lexicon_check(lx, out, &warnings);
    fclose(out);
    char line[128];
    for (int l = 2; l <= 7; l++) {
        if (l == 5) continue;
        snprintf(line, sizeof line, "%s:%d: error", p, l);
        if (!strstr(buf, line)) print_error("no error for line %d in:\n%s", l, buf);
        assert_non_null(strstr(buf, line));
    }
    snprintf(line, sizeof line, "%s:5: warning", p);
    assert_non_null(strstr(buf, line));
    snprintf(line, sizeof line, "%s:1: ", p);
    assert_null(strstr(buf, line));
    snprintf(line, sizeof line, "%s:8: ", p);
    assert_null(strstr(buf, line));
    assert_non_null(strstr(buf, "country=ZZ"));
    assert_non_null(strstr(buf, "parent=NOPE"));
    assert_int_equal(errors, 7);
    assert_int_equal(warnings, 1);
    free(buf);
    sr_lexicon_free(lx);
    unlink(p);
    unlink(q);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_check),
        cmocka_unit_test(test_load_and_attributes),
        cmocka_unit_test(test_errors_name_file_and_line),
        cmocka_unit_test(test_longest_match_by_lemma),
        cmocka_unit_test(test_case_exact),
        cmocka_unit_test(test_project_lexicons_load),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
