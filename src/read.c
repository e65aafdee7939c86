/* read.c — turns input paths into sitrep_article records.
 *
 * Four kinds of input are accepted: a raw .txt record (the whole file is one
 * article, its id the file name without directory and extension), a .jsonl
 * file (one JSON object a line, parsed with json-c's json_tokener), a
 * directory (every *.txt and *.jsonl below it, sorted by path) and "-" for
 * standard input (JSONL when the first non-space byte is '{', else one raw
 * record with id "stdin").
 *
 * Each file is slurped whole (sr_read_file) and walked once with memchr, so
 * a 50 MB single line costs a few times its size in memory and linear time.
 * Problems go to the sitrep_error_fn callback with the file, the 1-based
 * line and the 0-based byte offset within that line.  One bad JSONL line is
 * reported and skipped; the batch always goes on.  Repairs that keep the
 * record (invalid UTF-8 -> U+FFFD, NUL in a raw record -> space, a bad date
 * -> no date) are reported once per record and do not skip it.
 *
 * Ownership: the article handed to sitrep_article_fn belongs to the reader.
 * The callback may read or even steal fields (set them to NULL), but the
 * reader frees whatever is left with sitrep_article_free() as soon as the
 * callback returns, so the callback must copy anything it wants to keep.
 */
#include "internal.h"

#include <json-c/json.h>

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_DIR_DEPTH 64

typedef struct reader {
    const char *name;          /* file name used in messages and as source */
    sitrep_article_fn fn;
    sitrep_error_fn err;
    void *user;
    int stopped;               /* the article callback asked us to stop */
    json_tokener *tok;         /* created lazily, reused for every line */
} reader;

void sitrep_article_free(sitrep_article *a)
{
    if (!a) return;
    free(a->id);
    free(a->url);
    free(a->title);
    free(a->date);
    free(a->text);
    a->id = a->url = a->title = a->date = a->text = NULL;
    a->text_len = 0;
}

static void report(reader *r, long line, long offset, int fatal,
                   const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static void report(reader *r, long line, long offset, int fatal,
                   const char *fmt, ...)
{
    if (!r->err) return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    r->err(r->name, line, offset, msg, fatal, r->user);
}

/* ------------------------------------------------------------- UTF-8 */

typedef struct utf8_scan {
    size_t n_bad, first_bad;   /* invalid bytes (each counts once) */
    size_t n_nul, first_nul;   /* NUL bytes */
} utf8_scan;

/* Count invalid UTF-8 bytes and NULs in s[0..n).  Overlong forms,
 * surrogates and code points above U+10FFFF are invalid (sr_utf8_seq_len
 * rejects them); each byte that cannot start a valid sequence counts once. */
static void scan_utf8(const char *s, size_t n, utf8_scan *sc)
{
    const unsigned char *u = (const unsigned char *)s;
    memset(sc, 0, sizeof *sc);
    size_t i = 0;
    while (i < n) {
        unsigned c = u[i];
        if (c >= 0x01 && c < 0x80) { i++; continue; }
        if (c == 0) {
            if (!sc->n_nul++) sc->first_nul = i;
            i++;
            continue;
        }
        int k = sr_utf8_seq_len(u + i, n - i);
        if (k == 0) {
            if (!sc->n_bad++) sc->first_bad = i;
            i++;
        } else {
            i += (size_t)k;
        }
    }
}

/* A fresh NUL-terminated copy of s[0..n) that is valid UTF-8: each invalid
 * byte becomes U+FFFD and each NUL a space.  `sc` is the scan of s. */
static char *repaired_copy(const char *s, size_t n, const utf8_scan *sc,
                           size_t *out_len)
{
    if (!sc->n_bad && !sc->n_nul) {
        *out_len = n;
        return sr_xstrndup(s, n);
    }
    const unsigned char *u = (const unsigned char *)s;
    sr_buf b = {0};
    sr_buf_add(&b, "", 0);
    size_t i = 0, run = 0;     /* run: start of bytes copied verbatim */
    while (i < n) {
        unsigned c = u[i];
        if (c >= 0x01 && c < 0x80) { i++; continue; }
        int k = c ? sr_utf8_seq_len(u + i, n - i) : 0;
        if (k) { i += (size_t)k; continue; }
        sr_buf_add(&b, s + run, i - run);
        if (c == 0) sr_buf_addc(&b, ' ');
        else sr_buf_add(&b, "\xEF\xBF\xBD", 3);
        i++;
        run = i;
    }
    sr_buf_add(&b, s + run, n - run);
    *out_len = b.len;
    return sr_buf_steal(&b);
}

/* Line (1-based) and offset within it of byte `pos` of a buffer. */
static void line_of(const char *data, size_t pos, long *line, long *offset)
{
    long ln = 1;
    size_t start = 0;
    const char *p = data, *end = data + pos;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) break;
        ln++;
        start = (size_t)(nl + 1 - data);
        p = nl + 1;
    }
    *line = ln;
    *offset = (long)(pos - start);
}

/* ------------------------------------------------------------ helpers */

/* File name without directory and without its last extension. */
static char *stem_of(const char *name)
{
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    const char *dot = strrchr(base, '.');
    size_t n = (dot && dot != base) ? (size_t)(dot - base) : strlen(base);
    if (n == 0) return sr_xstrdup(name);
    return sr_xstrndup(base, n);
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static bool all_space(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n' &&
            s[i] != '\f' && s[i] != '\v')
            return false;
    return true;
}

/* "YYYY-MM-DD", optionally followed by 'T' or ' ' and a time; returns a
 * fresh "YYYY-MM-DD" or NULL. */
static char *normalise_date(const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t')) { s++; n--; }
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    if (n < 10) return NULL;
    for (int i = 0; i < 10; i++) {
        bool want_dash = (i == 4 || i == 7);
        if (want_dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return NULL;
    }
    if (n > 10 && s[10] != 'T' && s[10] != ' ') return NULL;
    char ymd[11];
    memcpy(ymd, s, 10);
    ymd[10] = 0;
    sr_ymd d;
    if (!sr_ymd_parse(ymd, &d)) return NULL;
    return sr_xstrdup(ymd);
}

static int deliver(reader *r, sitrep_article *a)
{
    int stop = r->fn ? r->fn(a, r->user) : 0;
    sitrep_article_free(a);
    if (stop) r->stopped = 1;
    return stop;
}

/* --------------------------------------------------------- raw record */

static int read_raw(reader *r, const char *data, size_t len, size_t bom,
                    const char *id)
{
    const char *text = data + bom;
    size_t n = len - bom;
    if (all_space(text, n)) {
        report(r, -1, -1, 0, "empty file");
        return 0;
    }
    utf8_scan sc;
    scan_utf8(text, n, &sc);
    long line, off;
    if (sc.n_nul) {
        line_of(data, bom + sc.first_nul, &line, &off);
        report(r, line, off, 0, "NUL byte in record (%zu replaced by spaces)",
               sc.n_nul);
    }
    if (sc.n_bad) {
        line_of(data, bom + sc.first_bad, &line, &off);
        report(r, line, off, 0,
               "invalid UTF-8 (%zu bytes replaced by U+FFFD)", sc.n_bad);
    }
    sitrep_article a = {0};
    a.id = sr_xstrdup(id);
    a.text = repaired_copy(text, n, &sc, &a.text_len);
    a.source = r->name;
    a.line = 1;
    deliver(r, &a);
    return 0;
}

/* --------------------------------------------------------------- JSONL */

/* 1: string (s, n set), 0: absent or null, -1: some other type. */
static int get_string(json_object *obj, const char *key, const char **s,
                      size_t *n)
{
    json_object *v;
    if (!json_object_object_get_ex(obj, key, &v) || v == NULL) return 0;
    if (!json_object_is_type(v, json_type_string)) return -1;
    *s = json_object_get_string(v);
    *n = (size_t)json_object_get_string_len(v);
    return 1;
}

/* Copy a string field, repairing it; returns NULL for absent/empty. */
static char *field_copy(const char *s, size_t n, size_t *out_len)
{
    utf8_scan sc;
    scan_utf8(s, n, &sc);
    size_t dummy;
    return repaired_copy(s, n, &sc, out_len ? out_len : &dummy);
}

static void read_jsonl_line(reader *r, const char *line, size_t n, long lineno,
                            long base, const char *stem)
{
    /* base: bytes before `line` on this line of the file (a BOM). */
    size_t i = 0;
    while (i < n && (line[i] == ' ' || line[i] == '\t')) i++;
    if (i == n) return; /* blank lines are allowed */

    const char *nul = memchr(line, 0, n);
    if (nul) {
        report(r, lineno, base + (long)(nul - line), 0,
               "NUL byte in record; record skipped");
        return;
    }
    if (line[i] != '{') {
        report(r, lineno, base + (long)i, 0,
               "not a JSON object; record skipped");
        return;
    }
    if (n >= (size_t)INT_MAX) {
        report(r, lineno, 0, 0, "line too long (%zu bytes); record skipped", n);
        return;
    }
    if (!r->tok) r->tok = json_tokener_new();
    json_tokener_reset(r->tok);
    json_object *obj = json_tokener_parse_ex(r->tok, line, (int)n);
    enum json_tokener_error jerr = json_tokener_get_error(r->tok);
    size_t end = json_tokener_get_parse_end(r->tok);
    if (!obj) {
        if (jerr == json_tokener_continue)
            report(r, lineno, base + (long)n, 0,
                   "truncated JSON (unexpected end of line); record skipped");
        else
            report(r, lineno, base + (long)end, 0,
                   "invalid JSON (%s); record skipped",
                   json_tokener_error_desc(jerr));
        return;
    }
    if (!all_space(line + end, n - end)) {
        while (end < n && (line[end] == ' ' || line[end] == '\t')) end++;
        report(r, lineno, base + (long)end, 0,
               "unexpected characters after the JSON object; record skipped");
        json_object_put(obj);
        return;
    }
    if (!json_object_is_type(obj, json_type_object)) {
        report(r, lineno, base + (long)i, 0, "not a JSON object; record skipped");
        json_object_put(obj);
        return;
    }

    sitrep_article a = {0};
    const char *s;
    size_t sn;
    int kind = get_string(obj, "text", &s, &sn);
    if (kind == 0) {
        report(r, lineno, base, 0, "missing field text; record skipped");
        goto done;
    }
    if (kind < 0) {
        report(r, lineno, base, 0, "field text is not a string; record skipped");
        goto done;
    }
    if (all_space(s, sn)) {
        report(r, lineno, base, 0, "field text is empty; record skipped");
        goto done;
    }

    /* Invalid UTF-8 is reported once per record, at its first byte in the
     * raw line; json-c passes such bytes through untouched. */
    utf8_scan lsc;
    scan_utf8(line, n, &lsc);
    if (lsc.n_bad)
        report(r, lineno, base + (long)lsc.first_bad, 0,
               "invalid UTF-8 (%zu bytes replaced by U+FFFD)", lsc.n_bad);

    utf8_scan tsc;
    scan_utf8(s, sn, &tsc);
    if (tsc.n_nul) /* only reachable through a \u0000 escape */
        report(r, lineno, base, 0,
               "NUL character (\\u0000) in field text (%zu replaced by spaces)",
               tsc.n_nul);
    a.text = repaired_copy(s, sn, &tsc, &a.text_len);

    json_object *idv = NULL;
    if (json_object_object_get_ex(obj, "id", &idv) && idv &&
        (json_object_is_type(idv, json_type_string) ||
         json_object_is_type(idv, json_type_int)) &&
        json_object_get_string(idv)[0]) {
        const char *ids = json_object_get_string(idv);
        a.id = field_copy(ids, strlen(ids), NULL);
    } else {
        sr_buf b = {0};
        sr_buf_printf(&b, "%s:%ld", stem, lineno);
        a.id = sr_buf_steal(&b);
        if (idv && !json_object_is_type(idv, json_type_null))
            report(r, lineno, base, 0,
                   "field id is not a string; using \"%s\"", a.id);
    }

    static const char *const opt_fields[] = {"url", "title"};
    for (int f = 0; f < 2; f++) {
        kind = get_string(obj, opt_fields[f], &s, &sn);
        if (kind < 0)
            report(r, lineno, base, 0, "field %s is not a string; ignored",
                   opt_fields[f]);
        else if (kind > 0 && !all_space(s, sn))
            *(f == 0 ? &a.url : &a.title) = field_copy(s, sn, NULL);
    }

    kind = get_string(obj, "date", &s, &sn);
    if (kind < 0) {
        report(r, lineno, base, 0, "field date is not a string; ignored");
    } else if (kind > 0 && !all_space(s, sn)) {
        a.date = normalise_date(s, sn);
        if (!a.date)
            report(r, lineno, base, 0,
                   "field date \"%.40s\" is not YYYY-MM-DD; ignored", s);
    }

    a.source = r->name;
    a.line = lineno;
    json_object_put(obj);
    deliver(r, &a);
    return;
done:
    sitrep_article_free(&a);
    json_object_put(obj);
}

static int read_jsonl(reader *r, const char *data, size_t len, size_t bom)
{
    char *stem = stem_of(r->name);
    const char *p = data + bom, *end = data + len;
    long lineno = 1;
    long base = (long)bom;
    while (p < end && !r->stopped) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        size_t body = n;
        if (body && p[body - 1] == '\r') body--;
        read_jsonl_line(r, p, body, lineno, base, stem);
        base = 0;
        lineno++;
        if (!nl) break;
        p = nl + 1;
    }
    free(stem);
    if (r->tok) {
        json_tokener_free(r->tok);
        r->tok = NULL;
    }
    return 0;
}

/* ----------------------------------------------------------- dispatch */

static int read_buffer(reader *r, const char *data, size_t len, int jsonl,
                       const char *raw_id)
{
    size_t bom = (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
    if (all_space(data + bom, len - bom)) {
        report(r, -1, -1, 0, "empty file");
        return 0;
    }
    if (jsonl < 0) {
        size_t i = bom;
        while (i < len && (data[i] == ' ' || data[i] == '\t' ||
                           data[i] == '\r' || data[i] == '\n'))
            i++;
        jsonl = (i < len && data[i] == '{');
    }
    if (jsonl) return read_jsonl(r, data, len, bom);
    return read_raw(r, data, len, bom, raw_id);
}

int sr_read_buffer(const char *name, const char *data, size_t len, int jsonl,
                   sitrep_article_fn fn, sitrep_error_fn err, void *user)
{
    reader r = {.name = name ? name : "input", .fn = fn, .err = err,
                .user = user};
    if (!data) data = "";
    char *id = stem_of(r.name);
    int rc = read_buffer(&r, data, len, jsonl, id);
    free(id);
    return rc;
}

/* Read one file.  A file that cannot be read is fatal only when it is the
 * path the caller named (`top`); inside a directory the batch goes on. */
static int read_one_file(reader *r, const char *path, bool top)
{
    r->name = path;
    size_t len = 0;
    char *data = sr_read_file(path, &len);
    if (!data) {
        report(r, -1, -1, top, "cannot read file: %s", strerror(errno));
        return top ? -1 : 0;
    }
    int jsonl = ends_with(path, ".jsonl") ? 1 : ends_with(path, ".txt") ? 0 : -1;
    char *id = stem_of(path);
    int rc = read_buffer(r, data, len, jsonl, id);
    free(id);
    free(data);
    return rc;
}

typedef struct path_list { char **v; size_t n, cap; } path_list;

static void collect(reader *r, const char *dir, int depth, path_list *out)
{
    DIR *d = opendir(dir);
    if (!d) {
        r->name = dir;
        report(r, -1, -1, 0, "cannot open directory: %s", strerror(errno));
        return;
    }
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        /* Hidden entries (., .., .git, editor files) are never input. */
        if (de->d_name[0] == '.') continue;
        sr_buf p = {0};
        sr_buf_adds(&p, dir);
        if (p.len && p.data[p.len - 1] != '/') sr_buf_addc(&p, '/');
        sr_buf_adds(&p, de->d_name);
        struct stat st;
        if (lstat(p.data, &st) != 0) { sr_buf_free(&p); continue; }
        bool link = S_ISLNK(st.st_mode);
        if (link && stat(p.data, &st) != 0) { sr_buf_free(&p); continue; }
        if (S_ISDIR(st.st_mode)) {
            /* Symlinked directories are not followed: they can loop. */
            if (!link && depth < MAX_DIR_DEPTH) collect(r, p.data, depth + 1, out);
            sr_buf_free(&p);
        } else if (S_ISREG(st.st_mode) &&
                   (ends_with(p.data, ".txt") || ends_with(p.data, ".jsonl"))) {
            if (out->n == out->cap) {
                out->cap = out->cap ? out->cap * 2 : 64;
                out->v = sr_xrealloc(out->v, out->cap * sizeof *out->v);
            }
            out->v[out->n++] = sr_buf_steal(&p);
        } else {
            sr_buf_free(&p);
        }
    }
    closedir(d);
}

static int cmp_path(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int read_directory(reader *r, const char *dir)
{
    DIR *probe = opendir(dir);
    if (!probe) {
        r->name = dir;
        report(r, -1, -1, 1, "cannot open directory: %s", strerror(errno));
        return -1;
    }
    closedir(probe);
    path_list list = {0};
    collect(r, dir, 0, &list);
    if (list.n > 1) qsort(list.v, list.n, sizeof *list.v, cmp_path);
    if (list.n == 0) {
        r->name = dir;
        report(r, -1, -1, 0, "no .txt or .jsonl files in directory");
    }
    for (size_t i = 0; i < list.n; i++) {
        if (!r->stopped) read_one_file(r, list.v[i], false);
        free(list.v[i]);
    }
    free(list.v);
    return 0;
}

static int read_stdin(reader *r)
{
    sr_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0) sr_buf_add(&b, chunk, n);
    if (ferror(stdin)) {
        report(r, -1, -1, 1, "cannot read standard input: %s", strerror(errno));
        sr_buf_free(&b);
        return -1;
    }
    int rc = read_buffer(r, b.data ? b.data : "", b.len, -1, "stdin");
    sr_buf_free(&b);
    return rc;
}

int sitrep_read_path(const char *path, sitrep_article_fn fn,
                     sitrep_error_fn err, void *user)
{
    reader r = {.name = path ? path : "(null)", .fn = fn, .err = err,
                .user = user};
    if (!path || !*path) {
        report(&r, -1, -1, 1, "no input path given");
        return -1;
    }
    if (strcmp(path, "-") == 0) {
        r.name = "stdin";
        return read_stdin(&r);
    }
    struct stat st;
    if (stat(path, &st) != 0) {
        report(&r, -1, -1, 1, "cannot open: %s", strerror(errno));
        return -1;
    }
    if (S_ISDIR(st.st_mode)) return read_directory(&r, path);
    return read_one_file(&r, path, true);
}
