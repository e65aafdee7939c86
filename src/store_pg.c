/* store_pg.c — the PostgreSQL + PostGIS backend of the event store.
 *
 * Accepts "postgres://..." and "postgresql://..." names (libpq connection
 * URIs).  The tables are those of the SQLite backend (docs/store.md) with
 * three differences: event and incident places are also PostGIS
 * geography(Point,4326) columns generated from lat/lon, with GiST indexes
 * (they replace SQLite's R*Tree); article text is searched through a
 * generated tsvector column with a GIN index (it replaces FTS5); and the
 * signature is a bytea of little-endian 32-bit hashes.
 *
 * Adding an article follows store_sqlite.c step for step and calls the same
 * dedup.c rules, so both backends join the same reports into the same
 * incidents.  One difference of method: an article's events are matched
 * first (an event never joins an incident another event of its own article
 * is in, so their matching does not depend on each other's rows) and then
 * written together with one COPY, and the incidents they opened or joined
 * are recomputed after it.  Statements whose results are not needed before
 * the next one is sent go out together in libpq pipelines (the savepoint,
 * the copy check and insert of the article; the incidents' updates and the
 * release), so storing an article without events is one round trip.
 *
 * Every value reaches the server as a bound parameter of PQexecParams or
 * PQsendQueryParams (or as COPY data); the SQL text is made of fixed fragments and parameter
 * numbers only.  Free text for --text becomes one phraseto_tsquery() per
 * word, each word a parameter, so tsquery operators are searched as words.
 */
#include "store.h"
#include "internal.h"

#include <ctype.h>
#include <libpq-fe.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCHEMA_VERSION "1"

typedef struct pg_store {
    sr_store base;
    PGconn *conn;
    char *name;  /* the target with any password masked, for messages */
    bool in_tx;
} pg_store;

/* The geography of a row, generated from its lat/lon (NULL without both). */
#define GEOG_COLUMN \
    "  geog geography(Point,4326) GENERATED ALWAYS AS (CASE WHEN lat IS NOT NULL AND lon IS NOT NULL" \
    "    THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography END) STORED,"

static const char schema_sql[] =
    "CREATE EXTENSION IF NOT EXISTS postgis;"
    "CREATE TABLE IF NOT EXISTS meta(key text PRIMARY KEY, value text NOT NULL);"
    "CREATE TABLE IF NOT EXISTS articles("
    "  aid bigserial PRIMARY KEY,"
    "  article_id text NOT NULL UNIQUE,"
    "  url text UNIQUE, title text, pub_date text,"
    "  text text NOT NULL,"
    "  text_hash bigint NOT NULL UNIQUE,"
    "  n_events integer NOT NULL,"
    "  sig bytea,"
    "  ingested_at timestamptz NOT NULL DEFAULT now(),"
    "  tsv tsvector GENERATED ALWAYS AS"
    "    (to_tsvector('simple', coalesce(title, '')) || to_tsvector('simple', text)) STORED);"
    "CREATE INDEX IF NOT EXISTS articles_tsv ON articles USING gin(tsv);"
    "CREATE TABLE IF NOT EXISTS incidents("
    "  id bigserial PRIMARY KEY,"
    "  date text, day integer, date_prec integer NOT NULL DEFAULT 0,"
    "  event_type text, sub_event_type text, cameo text,"
    "  actor1 text, actor1_country text, actor2 text, actor2_country text,"
    "  place text, admin1 text, country text, lat double precision, lon double precision,"
    GEOG_COLUMN
    "  geo_prec integer NOT NULL DEFAULT 0,"
    "  weapon text, fatalities integer, injured integer,"
    "  n_sources integer NOT NULL DEFAULT 0, n_events integer NOT NULL DEFAULT 0,"
    "  sig bytea);"
    "CREATE INDEX IF NOT EXISTS incidents_country_day ON incidents(country, day);"
    "CREATE INDEX IF NOT EXISTS incidents_date ON incidents(date COLLATE \"C\");"
    "CREATE INDEX IF NOT EXISTS incidents_day ON incidents(day);"
    "CREATE INDEX IF NOT EXISTS incidents_geog ON incidents USING gist(geog);"
    "CREATE TABLE IF NOT EXISTS events("
    "  eid bigserial PRIMARY KEY,"
    "  aid bigint NOT NULL REFERENCES articles(aid),"
    "  incident bigint NOT NULL REFERENCES incidents(id),"
    "  event_id text NOT NULL,"
    "  date text, day integer, date_prec integer NOT NULL,"
    "  event_type text, sub_event_type text, cameo text,"
    "  actor1 text, actor1_country text, actor2 text, actor2_country text,"
    "  place text, admin1 text, country text, lat double precision, lon double precision,"
    GEOG_COLUMN
    "  geo_prec integer NOT NULL,"
    "  weapon text, fatalities integer, injured integer, confidence double precision,"
    "  report_day integer,"
    "  json text NOT NULL);"
    "CREATE INDEX IF NOT EXISTS events_incident ON events(incident);"
    "CREATE INDEX IF NOT EXISTS events_aid ON events(aid);"
    "CREATE INDEX IF NOT EXISTS events_geog ON events USING gist(geog);"
    "INSERT INTO meta(key, value) VALUES('schema_version', '" SCHEMA_VERSION "')"
    "  ON CONFLICT (key) DO NOTHING;";

/* The columns COPY writes into events, in this order (see event_row). */
static const char copy_events_sql[] =
    "COPY events(aid, incident, event_id, date, day, date_prec, event_type, sub_event_type, cameo,"
    " actor1, actor1_country, actor2, actor2_country, place, admin1, country, lat, lon, geo_prec,"
    " weapon, fatalities, injured, confidence, report_day, json) FROM STDIN";

/* ------------------------------------------------------------ parameters */

/* The values of one statement, each a text (or NULL) or a binary bytea. */
typedef struct pgp {
    int n, cap;
    char **v;
    int *len, *fmt;
} pgp;

static int pgp_add(pgp *p, const char *s, int len, int fmt)
{
    if (p->n == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 16;
        p->v = sr_xrealloc(p->v, (size_t)p->cap * sizeof *p->v);
        p->len = sr_xrealloc(p->len, (size_t)p->cap * sizeof *p->len);
        p->fmt = sr_xrealloc(p->fmt, (size_t)p->cap * sizeof *p->fmt);
    }
    char *copy = NULL;
    if (s) {
        size_t n = fmt ? (size_t)len : strlen(s);
        copy = sr_xmalloc(n + 1);
        memcpy(copy, s, n);
        copy[n] = 0;
    }
    p->v[p->n] = copy;
    p->len[p->n] = fmt ? len : 0;
    p->fmt[p->n] = fmt;
    return ++p->n;
}

/* A text value (NULL stays NULL). */
static int p_str(pgp *p, const char *s) { return pgp_add(p, s, 0, 0); }
/* A text value; "" becomes NULL, as the SQLite backend stores it. */
static int p_text(pgp *p, const char *s) { return pgp_add(p, s && *s ? s : NULL, 0, 0); }

static int p_long(pgp *p, long long v, bool known_value)
{
    char b[32];
    snprintf(b, sizeof b, "%lld", v);
    return pgp_add(p, known_value ? b : NULL, 0, 0);
}

static int p_dbl(pgp *p, double v)
{
    char b[40];
    snprintf(b, sizeof b, "%.17g", v);
    return pgp_add(p, isnan(v) ? NULL : b, 0, 0);
}

/* A signature as bytea: little-endian 32-bit hashes, sent in binary. */
static int p_sig(pgp *p, const uint32_t *sig, size_t n)
{
    unsigned char *b = sr_xmalloc(n * 4 + 1);
    for (size_t i = 0; i < n; i++)
        for (int k = 0; k < 4; k++) b[i * 4 + (size_t)k] = (unsigned char)(sig[i] >> (8 * k));
    int ix = pgp_add(p, (const char *)b, (int)(n * 4), 1);
    free(b);
    return ix;
}

static void pgp_free(pgp *p)
{
    for (int i = 0; i < p->n; i++) free(p->v[i]);
    free(p->v);
    free(p->len);
    free(p->fmt);
    memset(p, 0, sizeof *p);
}

/* --------------------------------------------------------------- helpers */

/* "NAME: WHAT: the server's message", on one line. */
static void set_err(char *err, size_t errlen, pg_store *ps, const char *what, const PGresult *r)
{
    const char *msg = r ? PQresultErrorMessage(r) : "";
    if (!msg || !*msg) msg = ps->conn ? PQerrorMessage(ps->conn) : "out of memory";
    snprintf(err, errlen, "%s: %s: %s", ps->name, what, msg);
    /* libpq's messages run over lines: make each run of white space one space */
    char *w = err;
    for (const char *c = err; *c; c++) {
        bool space = *c == '\n' || *c == '\t' || *c == ' ';
        if (!space) *w++ = *c;
        else if (w > err && w[-1] != ' ') *w++ = ' ';
    }
    while (w > err && w[-1] == ' ') w--;
    *w = 0;
}

/* Run a statement with parameters (NULL: none); the result when its status
 * is `want`, else NULL with a message in err. */
static PGresult *run(pg_store *ps, const char *sql, const pgp *p, ExecStatusType want,
                     const char *what, char *err, size_t errlen)
{
    PGresult *r = p ? PQexecParams(ps->conn, sql, p->n, NULL, (const char *const *)p->v, p->len, p->fmt, 0)
                    : PQexec(ps->conn, sql);
    if (PQresultStatus(r) != want) {
        set_err(err, errlen, ps, what, r);
        PQclear(r);
        return NULL;
    }
    return r;
}

/* A command without rows: 0, or -1 with a message. */
static int cmd(pg_store *ps, const char *sql, const pgp *p, const char *what, char *err, size_t errlen)
{
    PGresult *r = run(ps, sql, p, PGRES_COMMAND_OK, what, err, errlen);
    if (!r) return -1;
    PQclear(r);
    return 0;
}

/* One statement of a pipeline: its SQL, parameters (NULL: none), the status
 * it must end with, what it does (for messages); `res` receives a
 * PGRES_TUPLES_OK result for the caller to PQclear. */
typedef struct pstmt {
    const char *sql;
    const pgp *p;
    ExecStatusType want;
    const char *what;
    PGresult *res;
} pstmt;

/* Send statements in one pipeline (one round trip) and read their results.
 * 0 when each ended as wanted; else -1 with the first error in err (after an
 * error the server skips the rest of the pipeline, and the transaction is
 * aborted until the caller rolls back to a savepoint). */
static int run_pipeline(pg_store *ps, pstmt *s, int n, char *err, size_t errlen)
{
    for (int i = 0; i < n; i++) s[i].res = NULL;
    if (PQenterPipelineMode(ps->conn) != 1) {
        set_err(err, errlen, ps, "starting a pipeline", NULL);
        return -1;
    }
    int status = 0, sent = 0;
    for (; sent < n; sent++) {
        const pgp *p = s[sent].p;
        if (!PQsendQueryParams(ps->conn, s[sent].sql, p ? p->n : 0, NULL, p ? (const char *const *)p->v : NULL,
                               p ? p->len : NULL, p ? p->fmt : NULL, 0)) {
            set_err(err, errlen, ps, s[sent].what, NULL);
            status = -1;
            break;
        }
    }
    if (PQpipelineSync(ps->conn) != 1 && status == 0) {
        set_err(err, errlen, ps, "sending a pipeline", NULL);
        status = -1;
    }
    for (int i = 0; i < sent; i++) {
        PGresult *r = PQgetResult(ps->conn);
        if (!r) break;
        if (PQresultStatus(r) != s[i].want) {
            if (status == 0) set_err(err, errlen, ps, s[i].what, r);
            status = -1;
            PQclear(r);
        } else if (s[i].want == PGRES_TUPLES_OK) {
            s[i].res = r;
        } else {
            PQclear(r);
        }
        while ((r = PQgetResult(ps->conn)) != NULL) PQclear(r); /* the end of statement i */
    }
    PGresult *r;
    while ((r = PQgetResult(ps->conn)) != NULL) { /* up to the sync */
        bool sync = PQresultStatus(r) == PGRES_PIPELINE_SYNC;
        PQclear(r);
        if (sync) break;
    }
    if (PQexitPipelineMode(ps->conn) != 1 && status == 0) {
        set_err(err, errlen, ps, "ending a pipeline", NULL);
        status = -1;
    }
    if (status)
        for (int i = 0; i < n; i++) { PQclear(s[i].res); s[i].res = NULL; }
    return status;
}

static void copy_val(const PGresult *r, int row, int col, char *out, size_t n)
{
    snprintf(out, n, "%s", PQgetisnull(r, row, col) ? "" : PQgetvalue(r, row, col));
}

static char *dup_or_null(const PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? NULL : sr_xstrdup(PQgetvalue(r, row, col));
}

static long long val_ll(const PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? 0 : strtoll(PQgetvalue(r, row, col), NULL, 10);
}

static int val_int(const PGresult *r, int row, int col)
{
    return (int)val_ll(r, row, col);
}

static double val_double(const PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? NAN : strtod(PQgetvalue(r, row, col), NULL);
}

static int val_count(const PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? SITREP_UNKNOWN : val_int(r, row, col);
}

static long val_day(const PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? SR_DAY_UNKNOWN : (long)val_ll(r, row, col);
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* A signature from a bytea in text (hex) form. */
static size_t val_sig(const PGresult *r, int row, int col, uint32_t *out)
{
    if (PQgetisnull(r, row, col)) return 0;
    const char *s = PQgetvalue(r, row, col);
    if (s[0] != '\\' || s[1] != 'x') return 0;
    s += 2;
    size_t n = 0;
    while (n < SR_SIG_MAX) {
        uint32_t v = 0;
        for (int k = 0; k < 4; k++) {
            int hi = hexval(s[0]), lo = hi < 0 ? -1 : hexval(s[1]);
            if (hi < 0 || lo < 0) return n;
            v |= (uint32_t)(hi * 16 + lo) << (8 * k);
            s += 2;
        }
        out[n++] = v;
    }
    return n;
}

/* ------------------------------------------------------ open and close */

static void pg_rollback(sr_store *st);
/* The advisory lock that creating the schema and every ingest batch hold
 * (a number other applications are unlikely to use). */
#define WRITER_LOCK "7368617"

static bool pg_accepts(const char *target)
{
    return !strncmp(target, "postgres://", 11) || !strncmp(target, "postgresql://", 13);
}

static void quiet_notice(void *arg, const char *message)
{
    (void)arg;
    (void)message;
}

/* The target for messages, its password masked: "scheme://user:secret@host"
 * -> "scheme://user:***@host", "...?password=secret&x" -> "...?password=***&x". */
static char *masked_name(const char *target)
{
    sr_buf b = {0};
    const char *rest = strstr(target, "://");
    const char *at = rest ? strchr(rest + 3, '@') : NULL;
    const char *colon = rest ? strchr(rest + 3, ':') : NULL;
    const char *slash = rest ? strchr(rest + 3, '/') : NULL;
    if (at && colon && colon < at && (!slash || at < slash)) {
        sr_buf_add(&b, target, (size_t)(colon - target));
        sr_buf_adds(&b, ":***");
        target = at;
    }
    const char *pw;
    while ((pw = strstr(target, "password=")) != NULL) {
        sr_buf_add(&b, target, (size_t)(pw - target) + 9);
        sr_buf_adds(&b, "***");
        target = pw + 9 + strcspn(pw + 9, "&");
    }
    sr_buf_adds(&b, target);
    sr_buf_addc(&b, 0);
    return sr_buf_steal(&b);
}

static void pg_close(sr_store *st)
{
    pg_store *ps = (pg_store *)st;
    if (ps->in_tx) PQclear(PQexec(ps->conn, "ROLLBACK"));
    PQfinish(ps->conn);
    free(ps->name);
    free(ps);
}

/* 1 and the version when meta records one, 0 when not, -1 on error. */
static int schema_version(pg_store *ps, char *out, size_t n, char *err, size_t errlen)
{
    PGresult *r = run(ps, "SELECT value FROM meta WHERE key = 'schema_version'", NULL, PGRES_TUPLES_OK,
                      "reading the schema version", err, errlen);
    if (!r) return -1;
    int found = PQntuples(r) > 0 && !PQgetisnull(r, 0, 0);
    if (found) snprintf(out, n, "%s", PQgetvalue(r, 0, 0));
    PQclear(r);
    return found;
}

static int meta_exists(pg_store *ps, char *err, size_t errlen)
{
    PGresult *r = run(ps, "SELECT to_regclass('meta') IS NOT NULL", NULL, PGRES_TUPLES_OK,
                      "looking for the schema", err, errlen);
    if (!r) return -1;
    int yes = !strcmp(PQgetvalue(r, 0, 0), "t");
    PQclear(r);
    return yes;
}

/* Connect and check (or, unless read_only, create) the schema.  A
 * read-only store (sitrep serve) must exist already and its session
 * refuses writes. */
static sr_store *pg_connect(const char *target, bool read_only, char *err, size_t errlen)
{
    pg_store *ps = sr_xcalloc(1, sizeof *ps);
    ps->base.backend = &sr_store_pg;
    ps->name = masked_name(target);
    ps->conn = PQconnectdb(target);
    if (!ps->conn || PQstatus(ps->conn) != CONNECTION_OK) {
        set_err(err, errlen, ps, "cannot connect", NULL);
        pg_close(&ps->base);
        return NULL;
    }
    PQsetNoticeProcessor(ps->conn, quiet_notice, NULL);
    /* text as UTF-8; bytea as hex and doubles with every digit, whatever
     * the server's defaults (val_sig and val_double read these forms) */
    if (PQsetClientEncoding(ps->conn, "UTF8") != 0) {
        set_err(err, errlen, ps, "setting the client encoding", NULL);
        pg_close(&ps->base);
        return NULL;
    }
    if (cmd(ps, "SET bytea_output = 'hex'; SET extra_float_digits = 3", NULL, "setting up", err, errlen)) {
        pg_close(&ps->base);
        return NULL;
    }
    /* An existing store is only read here; a new one gets its schema in one
     * transaction, under an advisory lock so two first ingests do not race. */
    char version[16] = "";
    int exists = meta_exists(ps, err, errlen);
    int have = exists > 0 ? schema_version(ps, version, sizeof version, err, errlen) : exists;
    if (have < 0) { pg_close(&ps->base); return NULL; }
    if (!exists && read_only) {
        snprintf(err, errlen, "%s: no sitrep store in this database (make one with sitrep ingest)", ps->name);
        pg_close(&ps->base);
        return NULL;
    }
    if (!exists) {
        if (cmd(ps, "BEGIN", NULL, "creating the schema", err, errlen)) { pg_close(&ps->base); return NULL; }
        PGresult *r = run(ps, "SELECT pg_advisory_xact_lock(" WRITER_LOCK ")", NULL, PGRES_TUPLES_OK,
                          "creating the schema", err, errlen);
        PQclear(r);
        if (!r || cmd(ps, schema_sql, NULL, "creating the schema", err, errlen) ||
            cmd(ps, "COMMIT", NULL, "creating the schema", err, errlen)) {
            PQclear(PQexec(ps->conn, "ROLLBACK"));
            pg_close(&ps->base);
            return NULL;
        }
        have = schema_version(ps, version, sizeof version, err, errlen);
        if (have < 0) { pg_close(&ps->base); return NULL; }
    }
    if (!have || strcmp(version, SCHEMA_VERSION)) {
        snprintf(err, errlen, "%s: store schema version %s; this sitrep reads version %s", ps->name,
                 have ? version : "unknown", SCHEMA_VERSION);
        pg_close(&ps->base);
        return NULL;
    }
    if (read_only &&
        cmd(ps, "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY", NULL, "opening read-only", err, errlen)) {
        pg_close(&ps->base);
        return NULL;
    }
    return &ps->base;
}

static sr_store *pg_open(const char *target, char *err, size_t errlen)
{
    return pg_connect(target, false, err, errlen);
}

static sr_store *pg_open_readonly(const char *target, char *err, size_t errlen)
{
    return pg_connect(target, true, err, errlen);
}

static int pg_begin(sr_store *st, char *err, size_t errlen)
{
    pg_store *ps = (pg_store *)st;
    if (cmd(ps, "BEGIN", NULL, "starting a batch", err, errlen)) return -1;
    ps->in_tx = true;
    /* One writer at a time, as SQLite's BEGIN IMMEDIATE: two ingests
     * matching events against incidents the other has not committed would
     * open two incidents for one happening.  Queries do not wait. */
    PGresult *r = run(ps, "SELECT pg_advisory_xact_lock(" WRITER_LOCK ")", NULL, PGRES_TUPLES_OK,
                      "waiting for another ingest", err, errlen);
    if (!r) { pg_rollback(st); return -1; }
    PQclear(r);
    return 0;
}

static int pg_commit(sr_store *st, char *err, size_t errlen)
{
    pg_store *ps = (pg_store *)st;
    PGresult *r = run(ps, "COMMIT", NULL, PGRES_COMMAND_OK, "committing a batch", err, errlen);
    if (!r) return -1;
    /* COMMIT of a failed transaction succeeds as a ROLLBACK: not a commit */
    bool committed = !strcmp(PQcmdStatus(r), "COMMIT");
    PQclear(r);
    ps->in_tx = false;
    if (!committed) {
        snprintf(err, errlen, "%s: committing a batch: the transaction was rolled back", ps->name);
        return -1;
    }
    return 0;
}

static void pg_rollback(sr_store *st)
{
    pg_store *ps = (pg_store *)st;
    PQclear(PQexec(ps->conn, "ROLLBACK"));
    ps->in_tx = false;
}

/* ------------------------------------------------------------- incidents */


/* The UPDATE that recomputes an incident from all its events (docs/store.md,
 * "How an incident's fields are chosen"); refresh_params fills its values. */
static const char update_incident_sql[] =
    "UPDATE incidents SET date=$2, day=$3, date_prec=$4, event_type=$5, sub_event_type=$6,"
    " cameo=$7, actor1=$8, actor1_country=$9, actor2=$10, actor2_country=$11, place=$12,"
    " admin1=$13, country=$14, lat=$15, lon=$16, geo_prec=$17, weapon=$18, fatalities=$19,"
    " injured=$20, n_sources=$21, n_events=$22, sig=$23 WHERE id=$1";

/* Read incident `id`'s events and put the recomputed fields in *out (empty
 * when it has none).  0, or -1 with a message. */
static int refresh_params(pg_store *ps, long long id, const uint32_t *sig, size_t n_sig, pgp *out,
                          char *err, size_t errlen)
{
    pgp p = {0};
    p_long(&p, id, true);
    PGresult *r = run(ps,
        "SELECT aid, date, date_prec, event_type, sub_event_type, cameo, actor1, actor1_country,"
        " actor2, actor2_country, place, admin1, country, lat, lon, geo_prec, weapon,"
        " fatalities, injured, report_day FROM events WHERE incident = $1 ORDER BY eid",
        &p, PGRES_TUPLES_OK, "reading an incident's events", err, errlen);
    pgp_free(&p);
    if (!r) return -1;
    int n = PQntuples(r);
    if (n == 0) { PQclear(r); return 0; }
    sr_member *m = sr_xmalloc((size_t)n * sizeof *m);
    for (int i = 0; i < n; i++) {
        sr_member *x = &m[i];
        x->aid = val_ll(r, i, 0);
        copy_val(r, i, 1, x->date, sizeof x->date);
        x->date_prec = val_int(r, i, 2);
        copy_val(r, i, 3, x->event_type, sizeof x->event_type);
        copy_val(r, i, 4, x->sub_event_type, sizeof x->sub_event_type);
        copy_val(r, i, 5, x->cameo, sizeof x->cameo);
        copy_val(r, i, 6, x->actor1, sizeof x->actor1);
        copy_val(r, i, 7, x->actor1_country, sizeof x->actor1_country);
        copy_val(r, i, 8, x->actor2, sizeof x->actor2);
        copy_val(r, i, 9, x->actor2_country, sizeof x->actor2_country);
        copy_val(r, i, 10, x->place, sizeof x->place);
        copy_val(r, i, 11, x->admin1, sizeof x->admin1);
        copy_val(r, i, 12, x->country, sizeof x->country);
        x->lat = val_double(r, i, 13);
        x->lon = val_double(r, i, 14);
        x->geo_prec = val_int(r, i, 15);
        copy_val(r, i, 16, x->weapon, sizeof x->weapon);
        x->fatalities = val_count(r, i, 17);
        x->injured = val_count(r, i, 18);
        x->report_day = val_day(r, i, 19);
    }
    PQclear(r);

    sr_incident_choice ch;
    sr_choose_incident_fields(m, n, &ch);
    int di = ch.date_ix, best_dp = ch.date_prec, gi = ch.place_ix, ti = ch.type_ix;
    int a1 = ch.actor1_ix, a2 = ch.actor2_ix, wi = ch.weapon_ix, sources = ch.sources;

    p = (pgp){0};
    p_long(&p, id, true);
    p_text(&p, di >= 0 ? m[di].date : NULL);
    long dday = di >= 0 ? sr_store_day(m[di].date) : SR_DAY_UNKNOWN;
    p_long(&p, dday, dday != SR_DAY_UNKNOWN);
    p_long(&p, di >= 0 ? best_dp : 0, true);
    p_text(&p, m[ti].event_type);
    p_text(&p, m[ti].sub_event_type);
    p_text(&p, m[ti].cameo);
    p_text(&p, a1 >= 0 ? m[a1].actor1 : NULL);
    p_text(&p, a1 >= 0 ? m[a1].actor1_country : NULL);
    p_text(&p, a2 >= 0 ? m[a2].actor2 : NULL);
    p_text(&p, a2 >= 0 ? m[a2].actor2_country : NULL);
    p_text(&p, gi >= 0 ? m[gi].place : NULL);
    p_text(&p, gi >= 0 ? m[gi].admin1 : NULL);
    p_text(&p, gi >= 0 ? m[gi].country : NULL);
    p_dbl(&p, gi >= 0 ? m[gi].lat : NAN);
    p_dbl(&p, gi >= 0 ? m[gi].lon : NAN);
    p_long(&p, gi >= 0 ? m[gi].geo_prec : 0, true);
    p_text(&p, wi >= 0 ? m[wi].weapon : NULL);
    int fat = ch.fatalities, inj = ch.injured;
    p_long(&p, fat, fat >= 0);
    p_long(&p, inj, inj >= 0);
    p_long(&p, sources, true);
    p_long(&p, n, true);
    p_sig(&p, sig, n_sig);
    free(m);
    *out = p;
    return 0;
}

#define INCIDENT_COLS \
    "i.id, i.event_type, i.actor1_country, i.actor2_country, i.country, i.admin1, i.day," \
    " i.date_prec, i.geo_prec, i.fatalities, i.lat, i.lon, i.sig"

/* The widest date window any record can have (a year's precision). */
#define MAX_WINDOW_DAYS 366

/* "{1,2,3}": the incidents this article's earlier events are in. */
static void id_array(sr_buf *b, const long long *ids, size_t n)
{
    sr_buf_addc(b, '{');
    for (size_t i = 0; i < n; i++) sr_buf_printf(b, "%s%lld", i ? "," : "", ids[i]);
    sr_buf_addc(b, '}');
    sr_buf_addc(b, 0);
}

/* Find the incident `e` belongs to (0: none), with the same candidates as
 * the SQLite backend: incidents with an event in the box of --admin1-km
 * around its place (the GiST index on events.geog narrows to a circle
 * around the box, then the box itself decides), or in its country, or of
 * the same week for an unplaced event; at most 500, oldest first.  The
 * incidents in `taken` (those of the article's earlier events) are no
 * candidates.  *sig_out receives the chosen incident's signature. */
static int find_incident(pg_store *ps, const sitrep_event *e, long day, const long long *taken,
                         size_t n_taken, const uint32_t *sig, size_t n_sig, const sr_dedup_params *p,
                         long long *found, uint32_t *sig_out, size_t *n_sig_out,
                         char *err, size_t errlen)
{
    *found = 0;
    *n_sig_out = 0;
    bool has_place = !isnan(e->location.lat) && e->location.precision != SITREP_GEO_NONE;
    long lo = day - MAX_WINDOW_DAYS, hi = day + MAX_WINDOW_DAYS;
    pgp q = {0};
    sr_buf sql = {0};
    sr_buf ids = {0};
    id_array(&ids, taken, n_taken);
    sr_buf_adds(&sql, "SELECT " INCIDENT_COLS " FROM incidents i WHERE");
    if (has_place && e->location.precision != SITREP_GEO_COUNTRY) {
        double km = p->admin1_radius_km > p->radius_km ? p->admin1_radius_km : p->radius_km;
        double lat = e->location.lat, lon = e->location.lon;
        double dlat = km / 111.0;
        double c = cos(lat * M_PI / 180.0);
        double dlon = c > 0.01 ? km / (111.0 * c) : 360;
        sr_buf_printf(&sql, " i.id IN (SELECT ev.incident FROM events ev WHERE ev.lat BETWEEN $%d AND $%d",
                      p_dbl(&q, lat - dlat), p_dbl(&q, lat + dlat));
        sr_buf_printf(&sql, " AND ev.lon BETWEEN $%d AND $%d", p_dbl(&q, lon - dlon), p_dbl(&q, lon + dlon));
        if (dlon < 180) {
            /* the farthest point of the box is a corner */
            double reach = 0;
            for (int k = 0; k < 4; k++) {
                double clat = lat + (k & 1 ? dlat : -dlat), clon = lon + (k & 2 ? dlon : -dlon);
                if (clat > 90) clat = 90;
                if (clat < -90) clat = -90;
                double d = sr_distance_km(lat, lon, clat, clon);
                if (d > reach) reach = d;
            }
            int plon = p_dbl(&q, lon), plat = p_dbl(&q, lat);
            sr_buf_printf(&sql, " AND ST_DWithin(ev.geog, ST_SetSRID(ST_MakePoint($%d, $%d), 4326)::geography,"
                                " $%d, false)", plon, plat, p_dbl(&q, (reach * 1.01 + 1) * 1000));
        }
        sr_buf_adds(&sql, ")");
    } else if (e->location.country[0] && day != SR_DAY_UNKNOWN) {
        sr_buf_printf(&sql, " i.country = $%d", p_str(&q, e->location.country));
    } else if (day != SR_DAY_UNKNOWN) {
        /* no place at all: incidents of the same week anywhere; being weak,
         * the event joins one only on shared names */
        lo = day - 7;
        hi = day + 7;
        sr_buf_printf(&sql, " i.day BETWEEN $%d AND $%d", p_long(&q, lo, true), p_long(&q, hi, true));
    } else {
        sr_buf_free(&sql);
        sr_buf_free(&ids);
        return 0; /* neither a place nor a date: nothing to match on */
    }
    if (day != SR_DAY_UNKNOWN) {
        int a = p_long(&q, lo, true), b = p_long(&q, hi, true);
        sr_buf_printf(&sql, " AND (i.day IS NULL OR i.day BETWEEN $%d AND $%d)", a, b);
    }
    sr_buf_printf(&sql, " AND i.id <> ALL($%d::bigint[]) ORDER BY i.id LIMIT 500", p_str(&q, ids.data));
    sr_buf_addc(&sql, 0);
    PGresult *r = run(ps, sql.data, &q, PGRES_TUPLES_OK, "finding candidate incidents", err, errlen);
    sr_buf_free(&sql);
    sr_buf_free(&ids);
    pgp_free(&q);
    if (!r) return -1;

    sr_dedup_rec mine = {
        .day = day, .date_prec = e->date_precision, .event_type = e->event_type,
        .actor1_country = e->actor1.country, .actor2_country = e->actor2.country,
        .country = e->location.country, .admin1 = e->location.admin1,
        .lat = has_place ? e->location.lat : NAN, .lon = has_place ? e->location.lon : NAN,
        .geo_prec = e->location.precision, .fatalities = e->fatalities, .sig = sig, .n_sig = n_sig,
    };
    uint32_t *csig = sr_xmalloc(SR_SIG_MAX * sizeof *csig);
    double best = -INFINITY;
    for (int i = 0, n = PQntuples(r); i < n; i++) {
        char event_type[64], a1c[3], a2c[3], country[3], admin1[96];
        copy_val(r, i, 1, event_type, sizeof event_type);
        copy_val(r, i, 2, a1c, sizeof a1c);
        copy_val(r, i, 3, a2c, sizeof a2c);
        copy_val(r, i, 4, country, sizeof country);
        copy_val(r, i, 5, admin1, sizeof admin1);
        size_t nc = val_sig(r, i, 12, csig);
        sr_dedup_rec theirs = {
            .day = val_day(r, i, 6), .date_prec = val_int(r, i, 7), .event_type = event_type,
            .actor1_country = a1c, .actor2_country = a2c, .country = country, .admin1 = admin1,
            .lat = val_double(r, i, 10), .lon = val_double(r, i, 11), .geo_prec = val_int(r, i, 8),
            .fatalities = val_count(r, i, 9), .sig = csig, .n_sig = nc,
        };
        double score = 0;
        if (sr_dedup_compare(&mine, &theirs, p, &score) == SR_DEDUP_SAME && score > best) {
            best = score;
            *found = val_ll(r, i, 0);
            memcpy(sig_out, csig, nc * sizeof *csig);
            *n_sig_out = nc;
        }
    }
    free(csig);
    PQclear(r);
    return 0;
}

/* ------------------------------------------------------------ articles */

/* A field of a COPY text row: \N for NULL, else escaped; then a tab or,
 * for the last field, a newline. */
static void copy_field(sr_buf *b, const char *s, bool last)
{
    if (!s) sr_buf_adds(b, "\\N");
    else
        for (; *s; s++) {
            switch (*s) {
            case '\\': sr_buf_adds(b, "\\\\"); break;
            case '\n': sr_buf_adds(b, "\\n"); break;
            case '\r': sr_buf_adds(b, "\\r"); break;
            case '\t': sr_buf_adds(b, "\\t"); break;
            default: sr_buf_addc(b, *s);
            }
        }
    sr_buf_addc(b, last ? '\n' : '\t');
}

static void copy_text(sr_buf *b, const char *s) { copy_field(b, s && *s ? s : NULL, false); }

static void copy_num(sr_buf *b, long long v, bool known_value)
{
    char t[32];
    snprintf(t, sizeof t, "%lld", v);
    copy_field(b, known_value ? t : NULL, false);
}

static void copy_dbl(sr_buf *b, double v)
{
    char t[40];
    snprintf(t, sizeof t, "%.17g", v);
    copy_field(b, isnan(v) ? NULL : t, false);
}

/* One events row for COPY, in the order of copy_events_sql. */
static int event_row(sr_buf *b, const sitrep_event *e, long long aid, long long incident, long day,
                     long report_day)
{
    char *json = sr_event_json(e);
    if (!json) return -1;
    bool has_place = !isnan(e->location.lat) && e->location.precision != SITREP_GEO_NONE;
    copy_num(b, aid, true);
    copy_num(b, incident, true);
    copy_field(b, e->event_id, false);
    copy_text(b, e->date);
    copy_num(b, day, day != SR_DAY_UNKNOWN);
    copy_num(b, e->date_precision, true);
    copy_text(b, e->event_type);
    copy_text(b, e->sub_event_type);
    copy_text(b, e->cameo);
    copy_text(b, e->actor1.name);
    copy_text(b, e->actor1.country);
    copy_text(b, e->actor2.name);
    copy_text(b, e->actor2.country);
    copy_text(b, e->location.name);
    copy_text(b, e->location.admin1);
    copy_text(b, e->location.country);
    copy_dbl(b, has_place ? e->location.lat : NAN);
    copy_dbl(b, has_place ? e->location.lon : NAN);
    copy_num(b, e->location.precision, true);
    copy_text(b, e->weapon);
    copy_num(b, e->fatalities, e->fatalities >= 0);
    copy_num(b, e->injured, e->injured >= 0);
    copy_dbl(b, e->confidence);
    long rday = report_day != SR_DAY_UNKNOWN ? report_day : day;
    copy_num(b, rday, rday != SR_DAY_UNKNOWN);
    copy_field(b, json, true);
    free(json);
    return 0;
}

/* Send COPY rows; 0, or -1 with a message. */
static int copy_rows(pg_store *ps, const char *sql, const sr_buf *rows, char *err, size_t errlen)
{
    PGresult *r = run(ps, sql, NULL, PGRES_COPY_IN, "starting COPY", err, errlen);
    if (!r) return -1;
    PQclear(r);
    int ok = PQputCopyData(ps->conn, rows->data, (int)rows->len) == 1;
    if (PQputCopyEnd(ps->conn, ok ? NULL : "sending rows failed") != 1) ok = 0;
    int status = 0;
    while ((r = PQgetResult(ps->conn)) != NULL) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && status == 0) {
            set_err(err, errlen, ps, "storing events (COPY)", r);
            status = -1;
        }
        PQclear(r);
    }
    if (!ok && status == 0) {
        set_err(err, errlen, ps, "storing events (COPY)", NULL);
        status = -1;
    }
    return status;
}

static sr_add_result pg_copy_of(sr_store *stp, const sitrep_article *a, const char *clean_text,
                                char *err, size_t errlen)
{
    pg_store *ps = (pg_store *)stp;
    const char *text = clean_text ? clean_text : a->text;
    pgp p = {0};
    p_str(&p, a->id);
    p_text(&p, a->url);
    p_long(&p, (long long)(int64_t)sr_text_hash(text, strlen(text)), true);
    PGresult *r = run(ps,
        "SELECT CASE WHEN EXISTS (SELECT 1 FROM articles WHERE article_id = $1) THEN 1"
        " WHEN $2::text IS NOT NULL AND EXISTS (SELECT 1 FROM articles WHERE url = $2) THEN 2"
        " WHEN EXISTS (SELECT 1 FROM articles WHERE text_hash = $3) THEN 3 ELSE 0 END",
        &p, PGRES_TUPLES_OK, "checking for a stored copy", err, errlen);
    pgp_free(&p);
    if (!r) return SR_ADD_ERROR;
    int which = val_int(r, 0, 0);
    PQclear(r);
    return which == 1 ? SR_ADD_SAME_ID : which == 2 ? SR_ADD_SAME_URL : which == 3 ? SR_ADD_SAME_TEXT
                                                                                  : SR_ADD_NOT_FOUND;
}

/* What one event of the article being added does. */
typedef struct placed {
    long long incident;
    uint32_t sig[SR_SIG_MAX]; /* the incident's signature with the article's */
    size_t n_sig;
} placed;

/* Store an article unless a copy is stored: one statement that checks (as
 * pg_copy_of) and inserts, returning which copy was found (0: none) and the
 * new article's aid. */
static const char insert_article_sql[] =
    "WITH dup AS (SELECT CASE WHEN EXISTS (SELECT 1 FROM articles WHERE article_id = $1) THEN 1"
    "  WHEN $2::text IS NOT NULL AND EXISTS (SELECT 1 FROM articles WHERE url = $2) THEN 2"
    "  WHEN EXISTS (SELECT 1 FROM articles WHERE text_hash = $6) THEN 3 ELSE 0 END AS which),"
    " ins AS (INSERT INTO articles(article_id, url, title, pub_date, text, text_hash, n_events, sig)"
    "  SELECT $1::text, $2::text, $3::text, $4::text, $5::text, $6::bigint, $7::integer, $8::bytea"
    "  FROM dup WHERE which = 0 RETURNING aid)"
    " SELECT (SELECT which FROM dup), (SELECT aid FROM ins)";

/* Round trips: the savepoint, the check and the insert of the article go in
 * one pipeline (with the release too when it has no event); then one query
 * per event to find its incident (and one to open an incident); one COPY of
 * the events; one read of each incident's events; and the incidents'
 * updates with the release in a last pipeline. */
static sr_add_result pg_add_article(sr_store *stp, const sitrep_article *a, const char *clean_text,
                                    const char *pubdate, const sitrep_events *ev,
                                    const sr_dedup_params *p, sr_ingest_counts *c,
                                    char *err, size_t errlen)
{
    pg_store *ps = (pg_store *)stp;
    const char *text = clean_text ? clean_text : a->text;
    int64_t hash = (int64_t)sr_text_hash(text, strlen(text));
    sr_ingest_counts before = *c;
    uint32_t sig[SR_SIG_MAX];
    size_t n_sig = sr_dedup_signature(text, sig);
    placed *pl = sr_xcalloc(ev->n ? ev->n : 1, sizeof *pl);
    long long *taken = sr_xcalloc(ev->n ? ev->n : 1, sizeof *taken);
    pgp *upd = sr_xcalloc(ev->n ? ev->n : 1, sizeof *upd);
    pstmt *tail = sr_xcalloc(ev->n + 1, sizeof *tail);
    sr_buf rows = {0};
    pgp q = {0};
    p_str(&q, a->id);
    p_text(&q, a->url);
    p_text(&q, a->title);
    p_text(&q, pubdate);
    p_str(&q, text);
    p_long(&q, hash, true);
    p_long(&q, (long long)ev->n, true);
    p_sig(&q, sig, n_sig);
    /* Everything one article adds lives under a savepoint: a failure half
     * way leaves the batch as it was before this article. */
    pstmt head[3] = {
        {"SAVEPOINT article", NULL, PGRES_COMMAND_OK, "starting an article", NULL},
        {insert_article_sql, &q, PGRES_TUPLES_OK, "storing an article", NULL},
        {"RELEASE SAVEPOINT article", NULL, PGRES_COMMAND_OK, "finishing an article", NULL},
    };
    int rc = run_pipeline(ps, head, ev->n ? 2 : 3, err, errlen);
    pgp_free(&q);
    if (rc) goto fail;
    int which = val_int(head[1].res, 0, 0);
    long long aid = val_ll(head[1].res, 0, 1);
    PQclear(head[1].res);
    if (which) {
        if (ev->n && cmd(ps, "RELEASE SAVEPOINT article", NULL, "finishing an article", err, errlen)) goto fail;
        sr_add_result copy = which == 1 ? SR_ADD_SAME_ID : which == 2 ? SR_ADD_SAME_URL : SR_ADD_SAME_TEXT;
        if (which == 1) c->same_id++;
        else if (which == 2) c->same_url++;
        else c->same_text++;
        free(pl);
        free(taken);
        free(upd);
        free(tail);
        return copy;
    }

    long report_day = sr_store_day(pubdate);
    for (size_t i = 0; i < ev->n; i++) {
        const sitrep_event *e = &ev->v[i];
        long day = e->date_precision != SITREP_PREC_NONE ? sr_store_day(e->date) : SR_DAY_UNKNOWN;
        uint32_t old[SR_SIG_MAX];
        size_t n_old = 0;
        if (find_incident(ps, e, day, taken, i, sig, n_sig, p, &pl[i].incident, old, &n_old, err, errlen))
            goto fail;
        if (pl[i].incident) {
            pl[i].n_sig = sr_sig_union(old, n_old, sig, n_sig, pl[i].sig);
            c->events_merged++;
        } else {
            PGresult *r = run(ps, "INSERT INTO incidents DEFAULT VALUES RETURNING id", NULL, PGRES_TUPLES_OK,
                              "opening an incident", err, errlen);
            if (!r) goto fail;
            pl[i].incident = val_ll(r, 0, 0);
            PQclear(r);
            memcpy(pl[i].sig, sig, n_sig * sizeof *sig);
            pl[i].n_sig = n_sig;
            c->events_new++;
        }
        taken[i] = pl[i].incident;
        if (event_row(&rows, e, aid, pl[i].incident, day, report_day)) {
            snprintf(err, errlen, "out of memory writing an event");
            goto fail;
        }
    }
    if (ev->n) {
        if (copy_rows(ps, copy_events_sql, &rows, err, errlen)) goto fail;
        int nt = 0;
        for (size_t i = 0; i < ev->n; i++) {
            if (refresh_params(ps, pl[i].incident, pl[i].sig, pl[i].n_sig, &upd[i], err, errlen)) goto fail;
            if (upd[i].n) tail[nt++] = (pstmt){update_incident_sql, &upd[i], PGRES_COMMAND_OK, "updating an incident", NULL};
        }
        tail[nt++] = head[2];
        if (run_pipeline(ps, tail, nt, err, errlen)) goto fail;
    }
    for (size_t i = 0; i < ev->n; i++) pgp_free(&upd[i]);
    sr_buf_free(&rows);
    free(pl);
    free(taken);
    free(upd);
    free(tail);
    c->stored++;
    return SR_ADD_STORED;
fail:
    PQclear(PQexec(ps->conn, "ROLLBACK TO SAVEPOINT article"));
    PQclear(PQexec(ps->conn, "RELEASE SAVEPOINT article"));
    for (size_t i = 0; i < ev->n; i++) pgp_free(&upd[i]);
    sr_buf_free(&rows);
    free(pl);
    free(taken);
    free(upd);
    free(tail);
    *c = before;
    c->failed++;
    return SR_ADD_ERROR;
}

/* ----------------------------------------------------------------- query */

/* The WHERE clause of a query over incidents (alias i), each value a new
 * parameter in q.  --text: every whitespace-separated word with a letter or
 * digit must occur (as a phrase of its tokens) in the title or text of one
 * source article, as in the SQLite backend. */
static void build_filters(const sr_query *f, sr_buf *sql, pgp *q)
{
    sr_buf_adds(sql, " WHERE i.n_events > 0");
    if (f->id > 0) sr_buf_printf(sql, " AND i.id = $%d", p_long(q, f->id, true));
    if (f->from) sr_buf_printf(sql, " AND i.date >= $%d COLLATE \"C\"", p_str(q, f->from));
    if (f->to) sr_buf_printf(sql, " AND i.date <= $%d COLLATE \"C\"", p_str(q, f->to));
    if (f->country) sr_buf_printf(sql, " AND lower(i.country) = lower($%d)", p_str(q, f->country));
    if (f->admin1) sr_buf_printf(sql, " AND lower(i.admin1) = lower($%d)", p_str(q, f->admin1));
    if (f->type) sr_buf_printf(sql, " AND lower(i.event_type) = lower($%d)", p_str(q, f->type));
    if (f->subtype) sr_buf_printf(sql, " AND lower(i.sub_event_type) = lower($%d)", p_str(q, f->subtype));
    if (f->cameo) sr_buf_printf(sql, " AND starts_with(i.cameo, $%d)", p_str(q, f->cameo));
    if (f->actor) {
        int k = p_str(q, f->actor);
        sr_buf_printf(sql, " AND EXISTS (SELECT 1 FROM events e WHERE e.incident = i.id AND"
                           " (strpos(lower(e.actor1), lower($%d)) > 0 OR strpos(lower(e.actor2), lower($%d)) > 0))",
                      k, k);
    }
    if (!isnan(f->near_lat) && !isnan(f->near_lon) && !isnan(f->near_km)) {
        int lon = p_dbl(q, f->near_lon), lat = p_dbl(q, f->near_lat), m = p_dbl(q, f->near_km * 1000);
        /* on the sphere, as sr_distance_km */
        sr_buf_printf(sql, " AND ST_DWithin(i.geog, ST_SetSRID(ST_MakePoint($%d, $%d), 4326)::geography, $%d, false)",
                      lon, lat, m);
    }
    if (f->text) {
        int words = 0;
        const char *p = f->text;
        while (*p) {
            while (*p && isspace((unsigned char)*p)) p++;
            const char *w = p;
            bool searchable = false;
            while (*p && !isspace((unsigned char)*p)) {
                if (isalnum((unsigned char)*p) || (unsigned char)*p >= 0x80) searchable = true;
                p++;
            }
            if (!searchable) continue;
            char *word = sr_xstrndup(w, (size_t)(p - w));
            sr_buf_printf(sql, "%sphraseto_tsquery('simple', $%d)",
                          words++ ? " && " : " AND i.id IN (SELECT e.incident FROM events e JOIN articles a"
                                             " ON a.aid = e.aid WHERE a.tsv @@ (",
                          p_str(q, word));
            free(word);
        }
        sr_buf_adds(sql, words ? "))" : " AND false"); /* no searchable word: nothing matches */
    }
}

static int fill_sources(pg_store *ps, sr_incident *inc, bool with_events, char *err, size_t errlen)
{
    pgp p = {0};
    p_long(&p, inc->id, true);
    PGresult *r = run(ps,
        "SELECT a.article_id, a.url, a.title, a.pub_date FROM articles a"
        " WHERE a.aid IN (SELECT aid FROM events WHERE incident = $1) ORDER BY a.aid",
        &p, PGRES_TUPLES_OK, "reading an incident's sources", err, errlen);
    if (!r) { pgp_free(&p); return -1; }
    int n = PQntuples(r);
    if (n) {
        inc->src = sr_xcalloc((size_t)n, sizeof *inc->src);
        for (int i = 0; i < n; i++) {
            inc->src[i].article_id = dup_or_null(r, i, 0);
            inc->src[i].url = dup_or_null(r, i, 1);
            inc->src[i].title = dup_or_null(r, i, 2);
            inc->src[i].date = dup_or_null(r, i, 3);
        }
        inc->n_src = n;
    }
    PQclear(r);
    if (!with_events) { pgp_free(&p); return 0; }
    r = run(ps, "SELECT json FROM events WHERE incident = $1 ORDER BY eid", &p, PGRES_TUPLES_OK,
            "reading an incident's events", err, errlen);
    pgp_free(&p);
    if (!r) return -1;
    n = PQntuples(r);
    if (n) {
        inc->event_json = sr_xcalloc((size_t)n, sizeof *inc->event_json);
        for (int i = 0; i < n; i++) inc->event_json[i] = sr_xstrdup(PQgetvalue(r, i, 0));
        inc->n_json = n;
    }
    PQclear(r);
    return 0;
}

#define ORDER_INCIDENTS " ORDER BY i.date IS NULL, i.date COLLATE \"C\", i.id"

static int pg_query(sr_store *stp, const sr_query *f, bool with_events, sr_incident_fn fn,
                    void *user, char *err, size_t errlen)
{
    pg_store *ps = (pg_store *)stp;
    sr_buf sql = {0};
    pgp q = {0};
    sr_buf_adds(&sql,
        "SELECT id, date, date_prec, event_type, sub_event_type, cameo, actor1, actor1_country,"
        " actor2, actor2_country, place, admin1, country, lat, lon, geo_prec, weapon, fatalities,"
        " injured, n_sources, n_events FROM incidents i");
    build_filters(f, &sql, &q);
    sr_buf_adds(&sql, ORDER_INCIDENTS);
    if (f->limit > 0) sr_buf_printf(&sql, " LIMIT $%d", p_long(&q, f->limit, true));
    if (f->limit > 0 && f->offset > 0) sr_buf_printf(&sql, " OFFSET $%d", p_long(&q, f->offset, true));
    sr_buf_addc(&sql, 0);
    /* all rows first: the sources of each are read on the same connection */
    PGresult *r = run(ps, sql.data, &q, PGRES_TUPLES_OK, "querying incidents", err, errlen);
    sr_buf_free(&sql);
    pgp_free(&q);
    if (!r) return -1;
    int status = 0;
    for (int i = 0, n = PQntuples(r); i < n; i++) {
        sr_incident inc;
        memset(&inc, 0, sizeof inc);
        inc.id = val_ll(r, i, 0);
        copy_val(r, i, 1, inc.date, sizeof inc.date);
        inc.date_prec = (sitrep_date_precision)val_int(r, i, 2);
        copy_val(r, i, 3, inc.event_type, sizeof inc.event_type);
        copy_val(r, i, 4, inc.sub_event_type, sizeof inc.sub_event_type);
        copy_val(r, i, 5, inc.cameo, sizeof inc.cameo);
        copy_val(r, i, 6, inc.actor1, sizeof inc.actor1);
        copy_val(r, i, 7, inc.actor1_country, sizeof inc.actor1_country);
        copy_val(r, i, 8, inc.actor2, sizeof inc.actor2);
        copy_val(r, i, 9, inc.actor2_country, sizeof inc.actor2_country);
        copy_val(r, i, 10, inc.place, sizeof inc.place);
        copy_val(r, i, 11, inc.admin1, sizeof inc.admin1);
        copy_val(r, i, 12, inc.country, sizeof inc.country);
        inc.lat = val_double(r, i, 13);
        inc.lon = val_double(r, i, 14);
        inc.geo_prec = (sitrep_geo_precision)val_int(r, i, 15);
        copy_val(r, i, 16, inc.weapon, sizeof inc.weapon);
        inc.fatalities = val_count(r, i, 17);
        inc.injured = val_count(r, i, 18);
        inc.n_sources = val_int(r, i, 19);
        inc.n_events = val_int(r, i, 20);
        if (fill_sources(ps, &inc, with_events, err, errlen)) { sr_incident_clear(&inc); status = -1; break; }
        int stop = fn(&inc, user);
        sr_incident_clear(&inc);
        if (stop) break;
    }
    PQclear(r);
    return status;
}

static int pg_events(sr_store *stp, const sr_query *f, FILE *out, char *err, size_t errlen)
{
    pg_store *ps = (pg_store *)stp;
    sr_buf sql = {0};
    pgp q = {0};
    sr_buf_adds(&sql, "SELECT ev.json FROM events ev WHERE ev.incident IN (SELECT i.id FROM incidents i");
    build_filters(f, &sql, &q);
    if (f->limit > 0) sr_buf_printf(&sql, ORDER_INCIDENTS " LIMIT $%d", p_long(&q, f->limit, true));
    sr_buf_adds(&sql, ") ORDER BY ev.eid");
    sr_buf_addc(&sql, 0);
    /* streamed a row at a time: an export may be larger than memory */
    int sent = PQsendQueryParams(ps->conn, sql.data, q.n, NULL, (const char *const *)q.v, q.len, q.fmt, 0);
    sr_buf_free(&sql);
    pgp_free(&q);
    if (!sent) { set_err(err, errlen, ps, "listing events", NULL); return -1; }
    PQsetSingleRowMode(ps->conn);
    int status = 0;
    PGresult *r;
    while ((r = PQgetResult(ps->conn)) != NULL) {
        ExecStatusType s = PQresultStatus(r);
        if (s == PGRES_SINGLE_TUPLE) fprintf(out, "%s\n", PQgetvalue(r, 0, 0));
        else if (s != PGRES_TUPLES_OK && status == 0) {
            set_err(err, errlen, ps, "listing events", r);
            status = -1;
        }
        PQclear(r);
    }
    return status;
}

/* ---- for sitrep serve (issue 7): totals for paging, counts per day,
 * type and country, and a time limit per request */

static int pg_count(sr_store *stp, const sr_query *f, long *n, char *err, size_t errlen)
{
    pg_store *ps = (pg_store *)stp;
    sr_query all = *f;
    all.limit = all.offset = 0;
    sr_buf sql = {0};
    pgp q = {0};
    sr_buf_adds(&sql, "SELECT count(*) FROM incidents i");
    build_filters(&all, &sql, &q);
    sr_buf_addc(&sql, 0);
    PGresult *r = run(ps, sql.data, &q, PGRES_TUPLES_OK, "counting incidents", err, errlen);
    sr_buf_free(&sql);
    pgp_free(&q);
    if (!r) return -1;
    *n = (long)val_ll(r, 0, 0);
    PQclear(r);
    return 0;
}

static int pg_stats(sr_store *stp, const sr_query *f, sr_stats_fn fn, void *user, char *err, size_t errlen)
{
    pg_store *ps = (pg_store *)stp;
    sr_query all = *f;
    all.limit = all.offset = 0;
    sr_buf sql = {0};
    pgp q = {0};
    sr_buf_adds(&sql, "SELECT coalesce(i.date, ''), coalesce(i.event_type, ''), coalesce(i.country, ''),"
                      " count(*), coalesce(sum(CASE WHEN i.fatalities > 0 THEN i.fatalities END), 0)"
                      " FROM incidents i");
    build_filters(&all, &sql, &q);
    sr_buf_adds(&sql, " GROUP BY 1, 2, 3 ORDER BY coalesce(i.date, '') COLLATE \"C\","
                      " coalesce(i.event_type, '') COLLATE \"C\", coalesce(i.country, '') COLLATE \"C\"");
    sr_buf_addc(&sql, 0);
    PGresult *r = run(ps, sql.data, &q, PGRES_TUPLES_OK, "counting incidents", err, errlen);
    sr_buf_free(&sql);
    pgp_free(&q);
    if (!r) return -1;
    for (int i = 0, n = PQntuples(r); i < n; i++)
        if (fn(PQgetvalue(r, i, 0), PQgetvalue(r, i, 1), PQgetvalue(r, i, 2), (long)val_ll(r, i, 3),
               (long)val_ll(r, i, 4), user))
            break;
    PQclear(r);
    return 0;
}

/* The server stops a statement that runs past the limit (0: none). */
static void pg_set_deadline(sr_store *stp, double seconds)
{
    pg_store *ps = (pg_store *)stp;
    char sql[64], err[256];
    snprintf(sql, sizeof sql, "SET statement_timeout = %ld", seconds > 0 ? (long)(seconds * 1000 + 0.5) : 0L);
    (void)cmd(ps, sql, NULL, "setting the time limit", err, sizeof err);
}

const sr_store_backend sr_store_pg = {
    .name = "postgresql",
    .accepts = pg_accepts,
    .open = pg_open,
    .close = pg_close,
    .begin = pg_begin,
    .commit = pg_commit,
    .rollback = pg_rollback,
    .add_article = pg_add_article,
    .query = pg_query,
    .events = pg_events,
    .copy_of = pg_copy_of,
    .open_readonly = pg_open_readonly,
    .count = pg_count,
    .stats = pg_stats,
    .set_deadline = pg_set_deadline,
};
