/* read_test.c — tests for the read stage (src/read.c): JSONL, raw records,
 * directories and the buffer reader, with every error path checked for the
 * file name, line and offset it reports.  Files are written to a fresh
 * temporary directory per test. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "internal.h"
#include "test_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAXN 32

typedef struct got {
    int n;
    char *id[MAXN], *text[MAXN], *url[MAXN], *title[MAXN], *date[MAXN];
    char *source[MAXN];
    size_t text_len[MAXN];
    long line[MAXN];
    int nmsg;
    char *file[MAXN], *reason[MAXN];
    long mline[MAXN], moff[MAXN];
    int fatal[MAXN];
    int stop_after;         /* stop after this many articles (0: never) */
} got;

static char *dup_or_null(const char *s) { return s ? strdup(s) : NULL; }

static int on_article(sitrep_article *a, void *user)
{
    got *g = user;
    if (g->n < MAXN) {
        int i = g->n;
        g->id[i] = dup_or_null(a->id);
        /* Keep big texts out of memory twice; length is enough there. */
        g->text[i] = a->text_len <= 65536 ? dup_or_null(a->text) : NULL;
        g->url[i] = dup_or_null(a->url);
        g->title[i] = dup_or_null(a->title);
        g->date[i] = dup_or_null(a->date);
        g->source[i] = dup_or_null(a->source);
        g->text_len[i] = a->text_len;
        g->line[i] = a->line;
    }
    g->n++;
    return g->stop_after && g->n >= g->stop_after;
}

static void on_error(const char *file, long line, long offset,
                     const char *reason, int fatal, void *user)
{
    got *g = user;
    if (g->nmsg < MAXN) {
        int i = g->nmsg;
        g->file[i] = dup_or_null(file);
        g->reason[i] = dup_or_null(reason);
        g->mline[i] = line;
        g->moff[i] = offset;
        g->fatal[i] = fatal;
    }
    g->nmsg++;
}

static void got_free(got *g)
{
    for (int i = 0; i < MAXN; i++) {
        free(g->id[i]); free(g->text[i]); free(g->url[i]); free(g->title[i]);
        free(g->date[i]); free(g->source[i]); free(g->file[i]); free(g->reason[i]);
    }
    memset(g, 0, sizeof *g);
}

/* Index of the first message whose reason contains `needle`, or -1. */
static int find_msg(const got *g, const char *needle)
{
    for (int i = 0; i < g->nmsg && i < MAXN; i++)
        if (g->reason[i] && strstr(g->reason[i], needle)) return i;
    return -1;
}

static int read_str(const char *name, const char *data, int jsonl, got *g)
{
    return sr_read_buffer(name, data, strlen(data), jsonl, on_article, on_error, g);
}

/* ------------------------------------------------------ temp files */

static char tmpdir[256];

static int make_tmpdir(void **state)
{
    (void)state;
    return sr_test_mkdtemp(tmpdir, sizeof tmpdir, "sitrep_read_test");
}

static int remove_tmpdir(void **state)
{
    (void)state;
    return sr_test_rmtree(tmpdir);
}

static void tmp_path(char *out, size_t cap, const char *rel)
{
    snprintf(out, cap, "%s/%s", tmpdir, rel);
}

static void write_file(const char *rel, const char *data, size_t len)
{
    char path[512];
    tmp_path(path, sizeof path, rel);
    /* Create parent folders. */
    for (char *p = path + strlen(tmpdir) + 1; *p; p++)
        if (*p == '/') { *p = 0; mkdir(path, 0755); *p = '/'; }
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    fclose(f);
}

static void write_str(const char *rel, const char *data) { write_file(rel, data, strlen(data)); }

/* ------------------------------------------------------------ JSONL */

static void test_jsonl_fields(void **state)
{
    (void)state;
    got g = {0};
    const char *in =
        "{\"id\":\"a1\",\"url\":\"https://example.org/x\",\"title\":\"Town shelled\","
        "\"date\":\"2022-05-04\",\"text\":\"Shells hit the town on Tuesday.\"}\n"
        "{\"id\":\"a2\",\"date\":null,\"text\":\"Second report.\"}\n";
    assert_int_equal(read_str("feed.jsonl", in, 1, &g), 0);
    assert_int_equal(g.n, 2);
    assert_int_equal(g.nmsg, 0);
    assert_string_equal(g.id[0], "a1");
    assert_string_equal(g.url[0], "https://example.org/x");
    assert_string_equal(g.title[0], "Town shelled");
    assert_string_equal(g.date[0], "2022-05-04");
    assert_string_equal(g.text[0], "Shells hit the town on Tuesday.");
    assert_int_equal(g.text_len[0], strlen("Shells hit the town on Tuesday."));
    assert_string_equal(g.source[0], "feed.jsonl");
    assert_int_equal(g.line[0], 1);
    assert_string_equal(g.id[1], "a2");
    assert_null(g.date[1]);
    assert_null(g.url[1]);
    assert_null(g.title[1]);
    assert_int_equal(g.line[1], 2);
    got_free(&g);
}

static void test_jsonl_default_and_numeric_id(void **state)
{
    (void)state;
    got g = {0};
    const char *in = "\n{\"text\":\"No id here.\"}\n{\"id\":123,\"text\":\"Numeric id.\"}\n";
    read_str("dir/batch.jsonl", in, 1, &g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.id[0], "batch:2");   /* blank line 1 skipped */
    assert_string_equal(g.id[1], "123");
    got_free(&g);
}

static void test_jsonl_truncated_continues(void **state)
{
    (void)state;
    got g = {0};
    const char *in =
        "{\"id\":\"ok1\",\"text\":\"First.\"}\n"
        "{\"id\":\"cut\",\"text\":\"This line ends too so\n"
        "{\"id\":\"ok2\",\"text\":\"Third.\"}\n";
    assert_int_equal(read_str("t.jsonl", in, 1, &g), 0);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.id[0], "ok1");
    assert_string_equal(g.id[1], "ok2");
    int m = find_msg(&g, "truncated JSON (unexpected end of line)");
    assert_true(m >= 0);
    assert_string_equal(g.file[m], "t.jsonl");
    assert_int_equal(g.mline[m], 2);
    assert_int_equal(g.moff[m], (long)strlen("{\"id\":\"cut\",\"text\":\"This line ends too so"));
    assert_int_equal(g.fatal[m], 0);
    assert_non_null(strstr(g.reason[m], "skipped"));
    got_free(&g);
}

static void test_jsonl_invalid_syntax_offset(void **state)
{
    (void)state;
    got g = {0};
    const char *in = "{\"id\" \"x\", \"text\":\"y\"}\n";
    read_str("s.jsonl", in, 1, &g);
    assert_int_equal(g.n, 0);
    int m = find_msg(&g, "invalid JSON");
    assert_true(m >= 0);
    assert_int_equal(g.mline[m], 1);
    assert_int_equal(g.moff[m], 6);    /* where ':' was expected */
    got_free(&g);
}

static void test_jsonl_not_object(void **state)
{
    (void)state;
    got g = {0};
    const char *in = "[1,2,3]\n  \"just a string\"\n42\n{\"text\":\"fine\"}\n";
    read_str("n.jsonl", in, 1, &g);
    assert_int_equal(g.n, 1);
    assert_int_equal(g.nmsg, 3);
    for (int i = 0; i < 3; i++) {
        assert_non_null(strstr(g.reason[i], "not a JSON object"));
        assert_int_equal(g.mline[i], i + 1);
    }
    assert_int_equal(g.moff[1], 2);    /* after the two spaces */
    got_free(&g);
}

static void test_jsonl_trailing_garbage(void **state)
{
    (void)state;
    got g = {0};
    const char *in = "{\"text\":\"one\"} {\"text\":\"two\"}\n";
    read_str("g.jsonl", in, 1, &g);
    assert_int_equal(g.n, 0);
    int m = find_msg(&g, "after the JSON object");
    assert_true(m >= 0);
    assert_int_equal(g.moff[m], 15);   /* the second '{' */
    got_free(&g);
}

static void test_jsonl_text_field_errors(void **state)
{
    (void)state;
    got g = {0};
    const char *in =
        "{\"id\":\"a\",\"text\":5}\n"
        "{\"id\":\"b\"}\n"
        "{\"id\":\"c\",\"text\":\"   \"}\n"
        "{\"id\":\"d\",\"text\":null}\n"
        "{\"id\":\"e\",\"text\":\"kept\",\"url\":7}\n";
    read_str("f.jsonl", in, 1, &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.id[0], "e");
    assert_null(g.url[0]);
    int m = find_msg(&g, "field text is not a string");
    assert_true(m >= 0);
    assert_int_equal(g.mline[m], 1);
    m = find_msg(&g, "missing field text");
    assert_true(m >= 0);
    assert_int_equal(g.mline[m], 2);
    m = find_msg(&g, "field text is empty");
    assert_true(m >= 0);
    assert_int_equal(g.mline[m], 3);
    assert_int_equal(g.mline[find_msg(&g, "field url is not a string")], 5);
    got_free(&g);
}

static void test_jsonl_nul_byte_skipped(void **state)
{
    (void)state;
    got g = {0};
    const char in[] = "{\"id\":\"a\",\"text\":\"x\0y\"}\n{\"id\":\"b\",\"text\":\"clean\"}\n";
    sr_read_buffer("nul.jsonl", in, sizeof in - 1, 1, on_article, on_error, &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.id[0], "b");
    int m = find_msg(&g, "NUL byte in record");
    assert_true(m >= 0);
    assert_string_equal(g.file[m], "nul.jsonl");
    assert_int_equal(g.mline[m], 1);
    assert_int_equal(g.moff[m], 19);
    got_free(&g);
}

static void test_jsonl_escaped_nul_repaired(void **state)
{
    (void)state;
    got g = {0};
    read_str("e.jsonl", "{\"text\":\"a\\u0000b\"}\n", 1, &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.text[0], "a b");
    assert_true(find_msg(&g, "\\u0000") >= 0);
    got_free(&g);
}

static void test_jsonl_invalid_utf8_repaired(void **state)
{
    (void)state;
    got g = {0};
    /* 0xFF, an overlong '/' (C0 AF) and a surrogate (ED A0 80). */
    const char *in = "{\"id\":\"u\",\"text\":\"bad \xFF, \xC0\xAF, \xED\xA0\x80 end\"}\n";
    read_str("u.jsonl", in, 1, &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.text[0],
                        "bad \xEF\xBF\xBD, \xEF\xBF\xBD\xEF\xBF\xBD, "
                        "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD end");
    assert_int_equal(g.nmsg, 1);
    assert_non_null(strstr(g.reason[0], "invalid UTF-8 (6 bytes"));
    assert_int_equal(g.mline[0], 1);
    assert_int_equal(g.moff[0], 22);
    assert_int_equal(g.fatal[0], 0);
    got_free(&g);
}

static void test_jsonl_dates(void **state)
{
    (void)state;
    got g = {0};
    const char *in =
        "{\"text\":\"t\",\"date\":\"2024-07-26T10:00:00Z\"}\n"
        "{\"text\":\"t\",\"date\":\"26/07/2024\"}\n"
        "{\"text\":\"t\",\"date\":\"2023-02-30\"}\n"
        "{\"text\":\"t\",\"date\":\"2021-01-05 08:00\"}\n"
        "{\"text\":\"t\",\"date\":20240101}\n";
    read_str("d.jsonl", in, 1, &g);
    assert_int_equal(g.n, 5);
    assert_string_equal(g.date[0], "2024-07-26");
    assert_null(g.date[1]);
    assert_null(g.date[2]);
    assert_string_equal(g.date[3], "2021-01-05");
    assert_null(g.date[4]);
    int m = find_msg(&g, "26/07/2024");
    assert_true(m >= 0);
    assert_int_equal(g.mline[m], 2);
    assert_int_equal(g.mline[find_msg(&g, "2023-02-30")], 3);
    assert_int_equal(g.mline[find_msg(&g, "field date is not a string")], 5);
    got_free(&g);
}

static void test_jsonl_crlf_and_bom(void **state)
{
    (void)state;
    got g = {0};
    const char *in = "\xEF\xBB\xBF{\"id\":\"one\",\"text\":\"A.\"}\r\n"
                     "{\"id\":\"two\",\"text\":\"B.\"}\r\n"
                     "{\"id\":\"three\",\"text\":\r\n";
    read_str("c.jsonl", in, -1, &g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.id[0], "one");
    assert_string_equal(g.text[1], "B.");
    int m = find_msg(&g, "truncated JSON");
    assert_true(m >= 0);
    assert_int_equal(g.mline[m], 3);
    assert_int_equal(g.moff[m], (long)strlen("{\"id\":\"three\",\"text\":"));
    got_free(&g);

    /* A bad first line reports offsets counted from the file's first byte. */
    read_str("c2.jsonl", "\xEF\xBB\xBF{\"text\" 1}\n", 1, &g);
    assert_int_equal(g.nmsg, 1);
    assert_int_equal(g.moff[0], 3 + 8);
    got_free(&g);
}

static void test_callback_stop(void **state)
{
    (void)state;
    got g = {0};
    g.stop_after = 1;
    const char *in = "{\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"text\":\"c\"}\n";
    assert_int_equal(read_str("s.jsonl", in, 1, &g), 0);
    assert_int_equal(g.n, 1);
    got_free(&g);
}

/* --------------------------------------------------------- raw text */

static void test_raw_record(void **state)
{
    (void)state;
    got g = {0};
    const char *in = " date 2020-01-02 Raiders burned a market.\r\nPolice gave chase.\r\n";
    read_str("some/dir/rec_01.txt", in, 0, &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.id[0], "rec_01");
    assert_string_equal(g.text[0], in);  /* the reader leaves cleaning to clean.c */
    assert_int_equal(g.line[0], 1);
    assert_null(g.date[0]);
    got_free(&g);
}

static void test_raw_nul_replaced(void **state)
{
    (void)state;
    got g = {0};
    const char in[] = "First line.\nSec\0ond line\0.\n";
    sr_read_buffer("n.txt", in, sizeof in - 1, 0, on_article, on_error, &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.text[0], "First line.\nSec ond line .\n");
    assert_int_equal(g.text_len[0], sizeof in - 1);
    int m = find_msg(&g, "NUL byte in record (2 replaced");
    assert_true(m >= 0);
    assert_string_equal(g.file[m], "n.txt");
    assert_int_equal(g.mline[m], 2);
    assert_int_equal(g.moff[m], 3);
    got_free(&g);
}

static void test_raw_invalid_utf8(void **state)
{
    (void)state;
    got g = {0};
    const char *in = "Caf\xC3\xA9 fine.\nThen a bad \xE2\x82 byte and \xF8.\n";
    read_str("bad.txt", in, 0, &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.text[0], "Caf\xC3\xA9 fine."));
    assert_non_null(strstr(g.text[0], "bad \xEF\xBF\xBD\xEF\xBF\xBD byte and \xEF\xBF\xBD."));
    assert_int_equal(g.nmsg, 1);
    assert_non_null(strstr(g.reason[0], "invalid UTF-8 (3 bytes replaced by U+FFFD)"));
    assert_int_equal(g.mline[0], 2);
    assert_int_equal(g.moff[0], 11);
    got_free(&g);
}

static void test_raw_bom_skipped(void **state)
{
    (void)state;
    got g = {0};
    read_str("b.txt", "\xEF\xBB\xBFHeadline text.", 0, &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.text[0], "Headline text.");
    got_free(&g);
}

static void test_empty_inputs(void **state)
{
    (void)state;
    got g = {0};
    assert_int_equal(sr_read_buffer("e.txt", "", 0, 0, on_article, on_error, &g), 0);
    assert_int_equal(g.n, 0);
    assert_int_equal(g.nmsg, 1);
    assert_string_equal(g.reason[0], "empty file");
    assert_string_equal(g.file[0], "e.txt");
    assert_int_equal(g.fatal[0], 0);
    got_free(&g);
    read_str("w.jsonl", " \n\r\n\t\n", 1, &g);
    assert_int_equal(g.n, 0);
    assert_true(find_msg(&g, "empty file") >= 0);
    got_free(&g);
    read_str("bom.txt", "\xEF\xBB\xBF", -1, &g);
    assert_true(find_msg(&g, "empty file") >= 0);
    got_free(&g);
}

static void test_stdin_guess(void **state)
{
    (void)state;
    got g = {0};
    read_str("stdin", "  \n {\"id\":\"j\",\"text\":\"From a pipe.\"}\n", -1, &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.id[0], "j");
    got_free(&g);
    read_str("stdin", "Plain words, not JSON.\n{ braces later }\n", -1, &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.id[0], "stdin");
    assert_string_equal(g.text[0], "Plain words, not JSON.\n{ braces later }\n");
    got_free(&g);
}

/* ------------------------------------------------------------- paths */

static void test_path_txt_and_jsonl(void **state)
{
    (void)state;
    got g = {0};
    char path[512];
    write_str("one.txt", "Gunfire was heard overnight.");
    tmp_path(path, sizeof path, "one.txt");
    assert_int_equal(sitrep_read_path(path, on_article, on_error, &g), 0);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.id[0], "one");
    assert_string_equal(g.source[0], path);
    got_free(&g);

    write_str("feed.jsonl", "{\"text\":\"x\"}\n{bad\n");
    tmp_path(path, sizeof path, "feed.jsonl");
    assert_int_equal(sitrep_read_path(path, on_article, on_error, &g), 0);
    assert_int_equal(g.n, 1);
    assert_int_equal(g.nmsg, 1);
    assert_string_equal(g.file[0], path);
    assert_int_equal(g.mline[0], 2);
    got_free(&g);

    write_str("empty.jsonl", "");
    tmp_path(path, sizeof path, "empty.jsonl");
    assert_int_equal(sitrep_read_path(path, on_article, on_error, &g), 0);
    assert_int_equal(g.nmsg, 1);
    assert_string_equal(g.reason[0], "empty file");
    assert_string_equal(g.file[0], path);
    got_free(&g);
}

static void test_path_missing_is_fatal(void **state)
{
    (void)state;
    got g = {0};
    char path[512];
    tmp_path(path, sizeof path, "no/such/file.jsonl");
    assert_int_equal(sitrep_read_path(path, on_article, on_error, &g), -1);
    assert_int_equal(g.n, 0);
    assert_int_equal(g.nmsg, 1);
    assert_int_equal(g.fatal[0], 1);
    assert_string_equal(g.file[0], path);
    assert_non_null(strstr(g.reason[0], "cannot open"));
    got_free(&g);
    assert_int_equal(sitrep_read_path(NULL, on_article, on_error, &g), -1);
    assert_int_equal(g.fatal[0], 1);
    got_free(&g);
}

static void test_directory_order(void **state)
{
    (void)state;
    got g = {0};
    write_str("tree/b.txt", "Bee.");
    write_str("tree/a/z.jsonl", "{\"id\":\"z1\",\"text\":\"Zed one.\"}\n{\"id\":\"z2\",\"text\":\"Zed two.\"}\n");
    write_str("tree/a/y.txt", "Why.");
    write_str("tree/sub/deeper/x.txt", "Ex.");
    write_str("tree/notes.md", "ignored");
    write_str("tree/.hidden.txt", "ignored too");
    write_str("tree/data.json", "{\"text\":\"not jsonl\"}");
    write_str("tree/a/empty.txt", "");
    char dir[512];
    tmp_path(dir, sizeof dir, "tree");
    assert_int_equal(sitrep_read_path(dir, on_article, on_error, &g), 0);
    assert_int_equal(g.n, 5);
    assert_string_equal(g.id[0], "y");
    assert_string_equal(g.id[1], "z1");
    assert_string_equal(g.id[2], "z2");
    assert_string_equal(g.id[3], "b");
    assert_string_equal(g.id[4], "x");
    assert_int_equal(g.line[2], 2);
    char want[600];
    snprintf(want, sizeof want, "%s/a/z.jsonl", dir);
    assert_string_equal(g.source[1], want);
    /* The empty file is reported by name, and is not fatal. */
    assert_int_equal(g.nmsg, 1);
    snprintf(want, sizeof want, "%s/a/empty.txt", dir);
    assert_string_equal(g.file[0], want);
    assert_int_equal(g.fatal[0], 0);
    got_free(&g);
}

static void test_huge_line(void **state)
{
    (void)state;
    const size_t big = 50u * 1024 * 1024;
    char *buf = malloc(big + 64);
    assert_non_null(buf);
    size_t n = (size_t)sprintf(buf, "{\"id\":\"huge\",\"text\":\"");
    size_t prefix = n;
    size_t body = big - n - 3;
    for (size_t i = 0; i < body; i++) buf[n + i] = (i % 64 == 63) ? ' ' : 'a' + (char)(i % 26);
    n += body;
    memcpy(buf + n, "\"}\n", 3);
    n += 3;
    write_file("huge.jsonl", buf, n);
    char path[512];
    tmp_path(path, sizeof path, "huge.jsonl");
    got g = {0};
    assert_int_equal(sitrep_read_path(path, on_article, on_error, &g), 0);
    assert_int_equal(g.n, 1);
    assert_int_equal(g.nmsg, 0);
    assert_string_equal(g.id[0], "huge");
    assert_int_equal(g.text_len[0], body);
    got_free(&g);

    /* The same line cut short: reported cleanly with its offset. */
    write_file("huge_cut.jsonl", buf, n - 3);
    tmp_path(path, sizeof path, "huge_cut.jsonl");
    assert_int_equal(sitrep_read_path(path, on_article, on_error, &g), 0);
    assert_int_equal(g.n, 0);
    assert_int_equal(g.nmsg, 1);
    assert_non_null(strstr(g.reason[0], "truncated JSON"));
    assert_int_equal(g.mline[0], 1);
    assert_int_equal(g.moff[0], (long)(n - 3));
    got_free(&g);

    /* And as one raw record. */
    write_file("huge.txt", buf + prefix, body);
    tmp_path(path, sizeof path, "huge.txt");
    assert_int_equal(sitrep_read_path(path, on_article, on_error, &g), 0);
    assert_int_equal(g.n, 1);
    assert_int_equal(g.text_len[0], body);
    got_free(&g);
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_jsonl_fields),
        cmocka_unit_test(test_jsonl_default_and_numeric_id),
        cmocka_unit_test(test_jsonl_truncated_continues),
        cmocka_unit_test(test_jsonl_invalid_syntax_offset),
        cmocka_unit_test(test_jsonl_not_object),
        cmocka_unit_test(test_jsonl_trailing_garbage),
        cmocka_unit_test(test_jsonl_text_field_errors),
        cmocka_unit_test(test_jsonl_nul_byte_skipped),
        cmocka_unit_test(test_jsonl_escaped_nul_repaired),
        cmocka_unit_test(test_jsonl_invalid_utf8_repaired),
        cmocka_unit_test(test_jsonl_dates),
        cmocka_unit_test(test_jsonl_crlf_and_bom),
        cmocka_unit_test(test_callback_stop),
        cmocka_unit_test(test_raw_record),
        cmocka_unit_test(test_raw_nul_replaced),
        cmocka_unit_test(test_raw_invalid_utf8),
        cmocka_unit_test(test_raw_bom_skipped),
        cmocka_unit_test(test_empty_inputs),
        cmocka_unit_test(test_stdin_guess),
        cmocka_unit_test_setup_teardown(test_path_txt_and_jsonl, make_tmpdir, remove_tmpdir),
        cmocka_unit_test_setup_teardown(test_path_missing_is_fatal, make_tmpdir, remove_tmpdir),
        cmocka_unit_test_setup_teardown(test_directory_order, make_tmpdir, remove_tmpdir),
        cmocka_unit_test_setup_teardown(test_huge_line, make_tmpdir, remove_tmpdir),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
