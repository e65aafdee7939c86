/* test_util.h — small helpers shared by the unit tests (header-only, so
 * each test binary stays one file plus the library). */
#ifndef SITREP_TEST_UTIL_H
#define SITREP_TEST_UTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* A fresh directory "/tmp/<prefix>-XXXXXX" in dir (cap >= strlen(prefix)
 * + 13); 0, or -1 when it cannot be made. */
static inline int sr_test_mkdtemp(char *dir, size_t cap, const char *prefix)
{
    snprintf(dir, cap, "/tmp/%s-XXXXXX", prefix);
    return mkdtemp(dir) ? 0 : -1;
}

/* Remove a directory made by sr_test_mkdtemp and all in it; 0 or -1. */
static inline int sr_test_rmtree(const char *dir)
{
    char cmd[320];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

/* Write text to dir/name.  Returns the path, in one of eight buffers
 * reused in turn, or NULL when the file cannot be written. */
static inline const char *sr_test_write_file(const char *dir, const char *name, const char *text)
{
    static char path[8][320];
    static int k;
    char *p = path[k++ % 8];
    snprintf(p, sizeof path[0], "%s/%s", dir, name);
    FILE *f = fopen(p, "w");
    if (!f) return NULL;
    fputs(text, f);
    return fclose(f) == 0 ? p : NULL;
}

/* Segment and tokenize a text; free with sr_tokens_free. */
static inline sr_tokens sr_test_tokens(const char *text)
{
    sr_tokens t;
    memset(&t, 0, sizeof t);
    sr_segment(text, strlen(text), &t);
    sr_tokenize(text, strlen(text), &t);
    return t;
}

/* A context on the project's lexicons (and the gazetteer where built) for
 * one test binary; NULL, with the reason on stderr, when it cannot open. */
static inline sitrep *sr_test_open(const char *test_name)
{
    char err[512];
    sitrep_options o;
    memset(&o, 0, sizeof o);
    sitrep *s = sitrep_open(&o, err, sizeof err);
    if (!s) fprintf(stderr, "%s: %s\n", test_name, err);
    return s;
}

/* Code one article given its publication date (or NULL) and text into ev;
 * returns sitrep_code()'s result. */
static inline int sr_test_code(sitrep *s, const char *pub, const char *text, sitrep_events *ev)
{
    sitrep_article a;
    memset(&a, 0, sizeof a);
    a.id = "t";
    a.date = (char *)pub;
    a.text = (char *)text;
    a.text_len = strlen(text);
    a.source = "test";
    a.line = 1;
    memset(ev, 0, sizeof *ev);
    return sitrep_code(s, &a, ev, NULL);
}

#endif
