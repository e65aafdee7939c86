/* segment_test.c — sentence splitting, tokenization and lemmas. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "internal.h"
#include "test_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static sr_tokens run(const char *text) { return sr_test_tokens(text); }

static void sentence_is(const char *text, const sr_tokens *t, size_t i, const char *want)
{
    assert_true(i < t->n_sent);
    size_t n = t->sent[i].end - t->sent[i].start;
    if (n != strlen(want) || memcmp(text + t->sent[i].start, want, n)) {
        print_error("sentence %zu: got \"%.*s\" want \"%s\"\n", i, (int)n,
                    text + t->sent[i].start, want);
        fail();
    }
}

static void test_abbreviations(void **state)
{
    (void)state;
    const char *s = "Col. Wayne Marotto said the U.S. troops were safe. Gen. Smith agreed. "
                    "The war began on Oct. 7 in the south. J. Doe spoke at 5.30 pm.";
    sr_tokens t = run(s);
    assert_int_equal(t.n_sent, 4);
    sentence_is(s, &t, 0, "Col. Wayne Marotto said the U.S. troops were safe.");
    sentence_is(s, &t, 1, "Gen. Smith agreed.");
    sentence_is(s, &t, 2, "The war began on Oct. 7 in the south.");
    sentence_is(s, &t, 3, "J. Doe spoke at 5.30 pm.");
    sr_tokens_free(&t);
}

static void test_quotes_and_questions(void **state)
{
    (void)state;
    const char *s = "\"We are under attack!\" he shouted. Was it a drone? Nobody knew.";
    sr_tokens t = run(s);
    assert_int_equal(t.n_sent, 3);
    sentence_is(s, &t, 0, "\"We are under attack!\" he shouted.");
    sentence_is(s, &t, 1, "Was it a drone?");
    sr_tokens_free(&t);
    const char *c = "He said \xE2\x80\x9Cit was over.\xE2\x80\x9D Then he left.";
    t = run(c);
    assert_int_equal(t.n_sent, 2);
    sr_tokens_free(&t);
}

static void test_acronym_then_new_sentence(void **state)
{
    (void)state;
    const char *s = "The aid came from the U.S. The army said nothing.";
    sr_tokens t = run(s);
    assert_int_equal(t.n_sent, 2);
    sr_tokens_free(&t);
}

static void test_newlines(void **state)
{
    (void)state;
    /* paragraphs: every line is a sentence boundary */
    const char *s = "Rockets hit a base\nThe army said three soldiers died";
    sr_tokens t = run(s);
    assert_int_equal(t.n_sent, 2);
    sr_tokens_free(&t);
    /* hard-wrapped newswire: single newlines are spaces, indents break */
    const char *w =
        "The government said on Tuesday that exports of cocoa rose by a\n"
        "third in the year to March, helped by good weather in the west\n"
        "of the country and by higher prices paid to farmers for beans.\n"
        "    Traders said the rise was likely to continue into the next\n"
        "season as new trees planted three years ago came into bearing.\n";
    t = run(w);
    assert_int_equal(t.n_sent, 2);
    sr_tokens_free(&t);
}

static void test_tokens(void **state)
{
    (void)state;
    const char *s = "Iraq\xE2\x80\x99s US-led forces fired 2,500 rounds (155mm) at Kharkiv's edge.";
    sr_tokens t = run(s);
    const char *want[] = {"iraq", "'s", "us-led", "forces", "fired", "2,500", "rounds", "(",
                          "155mm", ")", "at", "kharkiv", "'s", "edge", "."};
    assert_int_equal(t.n, sizeof want / sizeof *want);
    for (size_t i = 0; i < t.n; i++) assert_string_equal(t.tok[i].norm, want[i]);
    assert_true(t.tok[0].flags & SR_TOK_CAP);
    assert_true(t.tok[5].value == 2500);
    assert_true(t.tok[5].flags & SR_TOK_NUM);
    assert_string_equal(t.tok[3].lemma, "force");
    assert_string_equal(t.tok[4].lemma, "fire");
    /* offsets point back into the text */
    assert_memory_equal(s + t.tok[11].start, "Kharkiv", 7);
    sr_tokens_free(&t);
}

static void test_number_words(void **state)
{
    (void)state;
    const char *s = "Four rockets and twenty-five shells killed a dozen people.";
    sr_tokens t = run(s);
    assert_true(t.tok[0].value == 4);
    assert_true(t.tok[3].value == 25);
    assert_true(t.tok[7].value == 12);
    assert_true(sr_number_word("dozens") == -2);
    assert_true(sr_number_word("rocket") == -1);
    sr_tokens_free(&t);
}

static void test_lemma_rules(void **state)
{
    (void)state;
    char b[64];
    struct { const char *w, *l; } c[] = {
        {"rockets", "rocket"}, {"casualties", "casualty"}, {"clashes", "clash"},
        {"shelled", "shell"}, {"shelling", "shell"}, {"killed", "kill"},
        {"stopped", "stop"}, {"detonated", "detonate"}, {"seized", "seize"},
        {"injured", "injure"}, {"captured", "capture"}, {"raided", "raid"},
        {"executed", "execute"}, {"attacked", "attack"}, {"carried", "carry"},
        {"firing", "fire"}, {"bombing", "bomb"}, {"kidnapped", "kidnap"},
        {"treated", "treat"}, {"us", "us"}, {"gas", "gas"}, {"crisis", "crisis"},
    };
    for (size_t i = 0; i < sizeof c / sizeof *c; i++) {
        const char *got = sr_lemma(c[i].w, b, sizeof b);
        if (strcmp(got, c[i].l)) {
            print_error("lemma(%s) = %s, want %s\n", c[i].w, got, c[i].l);
            fail();
        }
    }
}

static void test_lemma_exceptions(void **state)
{
    (void)state;
    char path[] = "/tmp/sitrep-lemma-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    const char *data = "# test\nstruck\tlemma=strike\nbases\tlemma=base\n";
    assert_int_equal(write(fd, data, strlen(data)), (int)strlen(data));
    close(fd);
    char err[256];
    assert_int_equal(sr_lemma_load_exceptions(path, err, sizeof err), 0);
    char b[64];
    assert_string_equal(sr_lemma("struck", b, sizeof b), "strike");
    assert_string_equal(sr_lemma("bases", b, sizeof b), "base");
    assert_string_equal(sr_lemma("rockets", b, sizeof b), "rocket");
    sr_lemma_free();
    /* a malformed line is reported with file and line */
    FILE *f = fopen(path, "w");
    fputs("ok\tlemma=ok\nbroken line\n", f);
    fclose(f);
    assert_int_equal(sr_lemma_load_exceptions(path, err, sizeof err), -1);
    assert_non_null(strstr(err, ":2:"));
    sr_lemma_free();
    unlink(path);
}

static void test_empty_and_odd(void **state)
{
    (void)state;
    const char *odd[] = {"", "   ", "\n\n\n", "...", "\"", "a", "\xE2\x80\x9C", "U.S.", "!!!?"};
    for (size_t i = 0; i < sizeof odd / sizeof *odd; i++) {
        sr_tokens t = run(odd[i]);
        for (size_t k = 0; k < t.n; k++) assert_true(t.tok[k].end <= strlen(odd[i]));
        sr_tokens_free(&t);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_abbreviations),
        cmocka_unit_test(test_quotes_and_questions),
        cmocka_unit_test(test_acronym_then_new_sentence),
        cmocka_unit_test(test_newlines),
        cmocka_unit_test(test_tokens),
        cmocka_unit_test(test_number_words),
        cmocka_unit_test(test_lemma_rules),
        cmocka_unit_test(test_lemma_exceptions),
        cmocka_unit_test(test_empty_and_odd),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
