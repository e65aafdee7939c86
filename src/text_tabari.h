/* text_tabari.h — TABARI's "YYMMDD ID" text records (text_tabari.c). */
#ifndef SITREP_TEXT_TABARI_H
#define SITREP_TEXT_TABARI_H

#include <stdbool.h>
#include <stdio.h>

#include "tabari.h"

typedef struct tb_record {
    char *id;
    long date;       /* yyyymmdd */
    char *text;      /* the record's text, lines joined by spaces */
    char *comment;   /* what stood between slash-star and star-slash, or "" */
    int line;        /* line of the header */
} tb_record;

/* True for a record header line: six or more digits, space, an id. */
bool tb_is_header(const char *line);
/* Reads the next record; 1, or 0 at the end of the file. */
int tb_next_record(FILE *f, int *lineno, tb_record *r);
void tb_record_free(tb_record *r);
void tb_record_braces(const tb_record *r, void (*fn)(const char *inner, size_t n, void *user),
                      void *user);

#endif
