/* text_tabari.c — reads TABARI's text format: records that start with a
 * "YYMMDD ID" line, followed by the text, optionally followed by a
 * comment between slash-star and star-slash.  TABARI's validation files put the
 * expected events in that comment as "{ SRC / TGT / CODE }" (a leading "-"
 * switches one off) and option changes as "{ OPTION: ... }".
 *
 * Lines starting with "#" between records are comments.  A record ends at
 * its comment's end or at a blank line.
 */
#include "text_tabari.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) { fputs("sitrep: out of memory\n", stderr); abort(); }
    return q;
}

static void append(char **s, size_t *n, const char *add, size_t k)
{
    *s = xrealloc(*s, *n + k + 2);
    memcpy(*s + *n, add, k);
    *n += k;
    (*s)[(*n)++] = ' ';
    (*s)[*n] = 0;
}

void tb_record_free(tb_record *r)
{
    free(r->id);
    free(r->text);
    free(r->comment);
    memset(r, 0, sizeof *r);
}

bool tb_is_header(const char *line)
{
    size_t k = 0;
    while (isdigit((unsigned char)line[k])) k++;
    if (k < 6 || !isspace((unsigned char)line[k])) return false;
    while (isspace((unsigned char)line[k])) k++;
    return line[k] && !isspace((unsigned char)line[k]);
}

int tb_next_record(FILE *f, int *lineno, tb_record *r)
{
    memset(r, 0, sizeof *r);
    char *buf = NULL;
    size_t cap = 0;
    ssize_t len;
    size_t tn = 0, cn = 0;
    enum { SEEK, TEXT, COMMENT } st = SEEK;
    long at = ftell(f);
    while ((len = getline(&buf, &cap, f)) >= 0) {
        long here = at;
        at = ftell(f);
        (*lineno)++;
        while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r')) buf[--len] = 0;
        if (st == SEEK) {
            if (!tb_is_header(buf)) continue;
            r->line = *lineno;
            r->date = tb_date(buf, strlen(buf));
            char *p = buf;
            while (isdigit((unsigned char)*p)) p++;
            while (isspace((unsigned char)*p)) p++;
            char *q = p;
            while (*q && !isspace((unsigned char)*q)) q++;
            r->id = xrealloc(NULL, (size_t)(q - p) + 1);
            memcpy(r->id, p, (size_t)(q - p));
            r->id[q - p] = 0;
            r->text = xrealloc(NULL, 1);
            r->text[0] = 0;
            st = TEXT;
            continue;
        }
        if (st == TEXT) {
            char *open = strstr(buf, "/*");
            if (open) {
                append(&r->text, &tn, buf, (size_t)(open - buf));
                st = COMMENT;
                char *rest = open + 2;
                char *close = strstr(rest, "*/");
                append(&r->comment, &cn, rest, close ? (size_t)(close - rest) : strlen(rest));
                if (close) break;
                continue;
            }
            bool blank = true;
            for (char *p = buf; *p; p++) if (!isspace((unsigned char)*p)) blank = false;
            if (blank) { if (tn) break; continue; }
            append(&r->text, &tn, buf, (size_t)len);
            continue;
        }
        if (tb_is_header(buf) && here >= 0 && fseek(f, here, SEEK_SET) == 0) {
            /* an unclosed comment ends at the next record, as in TABARI */
            (*lineno)--;
            break;
        }
        char *close = strstr(buf, "*/");
        append(&r->comment, &cn, buf, close ? (size_t)(close - buf) : (size_t)len);
        if (close) break;
    }
    free(buf);
    if (st == SEEK) return 0;
    if (!r->comment) { r->comment = xrealloc(NULL, 1); r->comment[0] = 0; }
    return 1;
}

/* Calls fn for every "{...}" in the comment that is not switched off by a
 * leading "-". */
void tb_record_braces(const tb_record *r, void (*fn)(const char *inner, size_t n, void *user),
                      void *user)
{
    const char *c = r->comment;
    for (const char *p = strchr(c, '{'); p; p = strchr(p + 1, '{')) {
        const char *q = strchr(p, '}');
        if (!q) q = p + strlen(p);   /* an option brace left unclosed */
        if (p > c && p[-1] == '-') continue;
        fn(p + 1, (size_t)(q - p - 1), user);
        if (!*q) break;
    }
}
