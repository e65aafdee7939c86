/* store.c — the backend-neutral face of the event store.
 *
 * sr_store_open() asks each backend in `backends[]` whether it accepts the
 * database name the user gave (SQLite takes any file path); every other
 * call forwards through the backend's function table.  Adding PostgreSQL
 * means one more sr_store_backend (accepting "postgresql://..." names) and
 * one line in the list below.
 */
#include "store.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const sr_store_backend *const backends[] = {
    &sr_store_sqlite,
    &sr_store_pg,
};

sr_store *sr_store_open(const char *target, char *err, size_t errlen)
{
    for (size_t i = 0; i < sizeof backends / sizeof *backends; i++)
        if (backends[i]->accepts(target)) return backends[i]->open(target, err, errlen);
    snprintf(err, errlen, "%s: no store backend accepts this name", target);
    return NULL;
}

void sr_store_close(sr_store *st)
{
    if (st) st->backend->close(st);
}

int sr_store_begin(sr_store *st, char *err, size_t errlen)
{
    return st->backend->begin(st, err, errlen);
}

int sr_store_commit(sr_store *st, char *err, size_t errlen)
{
    return st->backend->commit(st, err, errlen);
}

void sr_store_rollback(sr_store *st)
{
    st->backend->rollback(st);
}

sr_add_result sr_store_add_article(sr_store *st, const sitrep_article *a, const char *clean_text,
                                   const char *pubdate, const sitrep_events *ev,
                                   const sr_dedup_params *p, sr_ingest_counts *c,
                                   char *err, size_t errlen)
{
    return st->backend->add_article(st, a, clean_text, pubdate, ev, p, c, err, errlen);
}

sr_add_result sr_store_copy_of(sr_store *st, const sitrep_article *a, const char *clean_text,
                               char *err, size_t errlen)
{
    return st->backend->copy_of(st, a, clean_text, err, errlen);
}

int sr_store_query(sr_store *st, const sr_query *q, bool with_events, sr_incident_fn fn,
                   void *user, char *err, size_t errlen)
{
    return st->backend->query(st, q, with_events, fn, user, err, errlen);
}

int sr_store_events(sr_store *st, const sr_query *q, FILE *out, char *err, size_t errlen)
{
    return st->backend->events(st, q, out, err, errlen);
}

/* ---- added for `sitrep serve` (issue 7): read-only open, count, stats */

sr_store *sr_store_open_readonly(const char *target, char *err, size_t errlen)
{
    for (size_t i = 0; i < sizeof backends / sizeof *backends; i++)
        if (backends[i]->accepts(target)) return backends[i]->open_readonly(target, err, errlen);
    snprintf(err, errlen, "%s: no store backend accepts this name", target);
    return NULL;
}

int sr_store_count(sr_store *st, const sr_query *q, long *n, char *err, size_t errlen)
{
    return st->backend->count(st, q, n, err, errlen);
}

int sr_store_stats(sr_store *st, const sr_query *q, sr_stats_fn fn, void *user, char *err, size_t errlen)
{
    return st->backend->stats(st, q, fn, user, err, errlen);
}

void sr_store_set_deadline(sr_store *st, double seconds)
{
    st->backend->set_deadline(st, seconds);
}

void sr_query_init(sr_query *q)
{
    memset(q, 0, sizeof *q);
    q->near_lat = q->near_lon = q->near_km = NAN;
}

void sr_incident_clear(sr_incident *inc)
{
    for (int i = 0; i < inc->n_src; i++) {
        free(inc->src[i].article_id);
        free(inc->src[i].url);
        free(inc->src[i].title);
        free(inc->src[i].date);
    }
    free(inc->src);
    for (int i = 0; i < inc->n_json; i++) free(inc->event_json[i]);
    free(inc->event_json);
    inc->src = NULL;
    inc->event_json = NULL;
    inc->n_src = inc->n_json = 0;
}
