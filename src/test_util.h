/* test_util.h — small helpers shared by the unit tests (header-only, so
 * each test binary stays one file plus the library). */
#ifndef SITREP_TEST_UTIL_H
#define SITREP_TEST_UTIL_H

#include <stdio.h>
#include <string.h>

#include "internal.h"

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
