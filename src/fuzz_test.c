/* fuzz_test.c — throw malformed input at the whole pipeline.
 *
 * A deterministic pseudo-random mutator (so failures reproduce) corrupts
 * news-like text and JSONL records: random bytes, cut UTF-8 sequences, NULs,
 * huge numbers, long runs of punctuation, quotes and newlines.  Each case
 * goes through the reader and, for every article it yields, the coder.  The
 * assertions are that nothing crashes or hangs and that every event's
 * evidence offsets lie inside the text; run under ASan/UBSan (make asan),
 * memory errors and undefined behaviour fail the build too.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static sitrep *S;
static uint64_t rng = 0x9E3779B97F4A7C15ULL;

static uint32_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 11);
}

static const char *const SEEDS[] = {
    " date 2024-07-26 ANBAR, Iraq: Four rockets were launched at a base late on Thursday, "
    "two security sources said, with no immediate confirmation of any casualties.\n"
    "The sources said two rockets hit inside the base.\nRockets hit base\nhttps://x.example/a\n"
    "Rockets hit base\n- The attack came two days after talks\n",
    "KABUL, Oct. 7 (Reuters) - A suicide bomber killed 12 people at a mosque in Kunduz on "
    "Friday, officials said. \xE2\x80\x9CIt was a brutal act,\xE2\x80\x9D a spokesman said.",
    "Protesters clashed with police in Dhaka on Saturday; at least 2 were killed and 200 "
    "injured. Police arrested the opposition leader on Sunday, a day after the rally.",
    "Militants did not attack the town in 2014. Gunmen may attack again, officials fear. "
    "Shares rallied as the market exploded.",
};

static const char *const INSERTS[] = {
    "\xE2\x80", "\xF0\x9F", "\xC3", "\xFF", "\x00", "\n\n", " U.S. ", " Oct. ", "\"", "\xE2\x80\x99s",
    " 99999999999999999999 ", " -1 ", " al-", "...", " said.The ", "(", ")", " , , , ",
    " at least ", " killed ", " rockets ", " in the village of ", "'s", "\t", "-", " the capital ",
};

static size_t mutate(const char *seed, char *out, size_t cap)
{
    size_t n = strlen(seed);
    if (n >= cap) n = cap - 1;
    memcpy(out, seed, n);
    int edits = 1 + (int)(next() % 12);
    for (int k = 0; k < edits; k++) {
        size_t at = n ? next() % (n + 1) : 0;
        switch (next() % 4) {
        case 0: /* random byte */
            if (at < n) out[at] = (char)(next() & 0xFF);
            break;
        case 1: { /* insert a tricky fragment */
            const char *ins = INSERTS[next() % (sizeof INSERTS / sizeof *INSERTS)];
            size_t m = strlen(ins);
            if (ins[0] == 0) m = 1;
            if (n + m >= cap) break;
            memmove(out + at + m, out + at, n - at);
            memcpy(out + at, ins, m);
            n += m;
            break;
        }
        case 2: /* cut */
            if (at < n) {
                size_t m = next() % (n - at + 1);
                memmove(out + at, out + at + m, n - at - m);
                n -= m;
            }
            break;
        default: { /* repeat a run */
            size_t m = next() % 64;
            if (at + m > n || n + m >= cap) break;
            memmove(out + at + m, out + at, n - at);
            n += m;
            break;
        }
        }
    }
    out[n] = 0;
    return n;
}

/* every toponym's span lies in the raw text and is the text it reports */
static int on_toponym(const sitrep_toponym *t, void *user)
{
    const sitrep_article *a = user;
    size_t len = a->text_len ? a->text_len : strlen(a->text);
    assert_true(t->start < t->end && t->end <= len);
    assert_int_equal(strlen(t->text), t->end - t->start < 127 ? t->end - t->start : strlen(t->text));
    assert_true(!memcmp(a->text + t->start, t->text, strlen(t->text)));
    return 0;
}

static int on_article(sitrep_article *a, void *user)
{
    (void)user;
    assert_true(sitrep_geoparse(S, a, 0, on_toponym, a) >= 0);
    assert_true(sitrep_geoparse(S, a, SITREP_GEOPARSE_PLAIN, on_toponym, a) >= 0);
    sitrep_events ev = {0};
    assert_true(sitrep_code(S, a, &ev, NULL) >= 0);
    for (size_t i = 0; i < ev.n; i++) {
        assert_true(ev.v[i].evidence.start <= ev.v[i].evidence.end);
        assert_non_null(ev.v[i].evidence.text);
        assert_true(ev.v[i].confidence >= 0 && ev.v[i].confidence <= 1);
    }
    sitrep_events_free(&ev);
    return 0;
}

static void on_error(const char *file, long line, long offset, const char *reason, int fatal,
                     void *user)
{
    (void)file; (void)line; (void)offset; (void)fatal; (void)user;
    assert_non_null(reason);
}

static void test_mutated_raw_text(void **state)
{
    (void)state;
    static char buf[8192];
    for (int i = 0; i < 1500; i++) {
        const char *seed = SEEDS[next() % (sizeof SEEDS / sizeof *SEEDS)];
        size_t n = mutate(seed, buf, sizeof buf);
        sr_read_buffer("fuzz.txt", buf, n, 0, on_article, on_error, NULL);
    }
}

static void test_mutated_jsonl(void **state)
{
    (void)state;
    static char text[4096], rec[16384];
    for (int i = 0; i < 1000; i++) {
        const char *seed = SEEDS[next() % (sizeof SEEDS / sizeof *SEEDS)];
        mutate(seed, text, sizeof text);
        /* a JSON record around it, then corrupt the record itself */
        sr_buf b = {0};
        sr_buf_adds(&b, "{\"id\": \"f\", \"date\": \"2024-02-29\", \"text\": \"");
        for (const char *p = text; *p; p++) {
            if (*p == '"' || *p == '\\') sr_buf_addc(&b, '\\');
            if (*p == '\n') { sr_buf_adds(&b, "\\n"); continue; }
            sr_buf_addc(&b, *p);
        }
        sr_buf_adds(&b, "\"}\n");
        size_t n = mutate(b.data, rec, sizeof rec);
        sr_buf_free(&b);
        sr_read_buffer("fuzz.jsonl", rec, n, 1, on_article, on_error, NULL);
    }
}

static void test_pathological_sizes(void **state)
{
    (void)state;
    /* one huge sentence, many tiny ones, deep punctuation */
    size_t n = 200000;
    char *big = malloc(n + 1);
    for (size_t i = 0; i < n; i++) big[i] = "rocket killed 3 in Kabul "[i % 25];
    big[n] = 0;
    sr_read_buffer("big.txt", big, n, 0, on_article, on_error, NULL);
    for (size_t i = 0; i < n; i++) big[i] = (i % 3 == 2) ? ' ' : '.';
    sr_read_buffer("dots.txt", big, n, 0, on_article, on_error, NULL);
    for (size_t i = 0; i < n; i++) big[i] = (i % 2) ? '\n' : 'A';
    sr_read_buffer("lines.txt", big, n, 0, on_article, on_error, NULL);
    free(big);
}

static int setup(void **state)
{
    (void)state;
    char err[512];
    sitrep_options o = {0};
    S = sitrep_open(&o, err, sizeof err);
    return S ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    sitrep_close(S);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mutated_raw_text),
        cmocka_unit_test(test_mutated_jsonl),
        cmocka_unit_test(test_pathological_sizes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
