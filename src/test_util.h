/* test_util.h — small helpers shared by the unit tests (header-only, so
 * each test binary stays one file plus the library). */
#ifndef SITREP_TEST_UTIL_H
#define SITREP_TEST_UTIL_H

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

#endif
