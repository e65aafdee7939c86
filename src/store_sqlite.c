/* store_sqlite.c — the SQLite backend of the event store.
 *
 * One database file in WAL mode (synchronous=NORMAL: a crash loses at most
 * the last commits, never consistency).  Tables (docs/store.md has them in
 * full): articles (with the cleaned text, its normalised hash and a
 * proper-name signature), article_fts (FTS5 over title and text, external
 * content), incidents (the best-supported fields of each happening),
 * events (each coded event, its incident and its JSON exactly as `sitrep
 * code` writes it) and event_geo (an R*Tree over event coordinates).
 *
 * Adding an article: skip it when its id, URL or normalised text is stored;
 * else insert it, then for each event find candidate incidents (those with
 * an event in a box around its place, or in its country near its date),
 * compare with dedup.c's rules, join the closest match or open a new
 * incident, and recompute the joined incident's fields from all its events.
 * The caller wraps a batch of articles in one transaction, so a killed
 * ingest leaves whole articles or none.
 *
 * Queries are assembled from fixed SQL fragments; every user value is a
 * bound parameter.  Free text for FTS5 is turned into a list of quoted
 * phrases, so FTS5 operators typed by a user are searched as words.
 */
#include "store.h"
#include "internal.h"

#include <ctype.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#define SCHEMA_VERSION "1"

typedef struct sqlite_store {
    sr_store base;
    sqlite3 *db;
    char *path;
    bool in_tx;
    double deadline; /* CLOCK_MONOTONIC seconds; 0: none (sr_store_set_deadline) */
} sqlite_store;

static const char schema_sql[] =
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS articles("
    "  aid INTEGER PRIMARY KEY,"
    "  article_id TEXT NOT NULL UNIQUE,"
    "  url TEXT, title TEXT, pub_date TEXT,"
    "  text TEXT NOT NULL,"
    "  text_hash INTEGER NOT NULL UNIQUE,"
    "  n_events INTEGER NOT NULL,"
    "  sig BLOB,"
    "  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));"
    "CREATE UNIQUE INDEX IF NOT EXISTS articles_url ON articles(url) WHERE url IS NOT NULL;"
    "CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5("
    "  title, text, content='articles', content_rowid='aid');"
    "CREATE TABLE IF NOT EXISTS incidents("
    "  id INTEGER PRIMARY KEY,"
    "  date TEXT, day INTEGER, date_prec INTEGER NOT NULL DEFAULT 0,"
    "  event_type TEXT, sub_event_type TEXT, cameo TEXT,"
    "  actor1 TEXT, actor1_country TEXT, actor2 TEXT, actor2_country TEXT,"
    "  place TEXT, admin1 TEXT, country TEXT, lat REAL, lon REAL,"
    "  geo_prec INTEGER NOT NULL DEFAULT 0,"
    "  weapon TEXT, fatalities INTEGER, injured INTEGER,"
    "  n_sources INTEGER NOT NULL DEFAULT 0, n_events INTEGER NOT NULL DEFAULT 0,"
    "  sig BLOB);"
    "CREATE INDEX IF NOT EXISTS incidents_country_day ON incidents(country, day);"
    "CREATE INDEX IF NOT EXISTS incidents_date ON incidents(date);"
    "CREATE INDEX IF NOT EXISTS incidents_day ON incidents(day);"
    "CREATE TABLE IF NOT EXISTS events("
    "  eid INTEGER PRIMARY KEY,"
    "  aid INTEGER NOT NULL REFERENCES articles(aid),"
    "  incident INTEGER NOT NULL REFERENCES incidents(id),"
    "  event_id TEXT NOT NULL,"
    "  date TEXT, day INTEGER, date_prec INTEGER NOT NULL,"
    "  event_type TEXT, sub_event_type TEXT, cameo TEXT,"
    "  actor1 TEXT, actor1_country TEXT, actor2 TEXT, actor2_country TEXT,"
    "  place TEXT, admin1 TEXT, country TEXT, lat REAL, lon REAL, geo_prec INTEGER NOT NULL,"
    "  weapon TEXT, fatalities INTEGER, injured INTEGER, confidence REAL,"
    "  report_day INTEGER,"
    "  json TEXT NOT NULL);"
    "CREATE INDEX IF NOT EXISTS events_incident ON events(incident);"
    "CREATE INDEX IF NOT EXISTS events_aid ON events(aid);"
    "CREATE VIRTUAL TABLE IF NOT EXISTS event_geo USING rtree(eid, min_lat, max_lat, min_lon, max_lon);"
    "INSERT OR IGNORE INTO meta(key, value) VALUES('schema_version', '" SCHEMA_VERSION "');";

static void set_err(char *err, size_t errlen, sqlite_store *ss, const char *what)
{
    snprintf(err, errlen, "%s: %s: %s", ss->path, what, sqlite3_errmsg(ss->db));
}

/* sr_distance_km(lat1, lon1, lat2, lon2) in SQL, for --near. */
static void sql_distance(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    for (int i = 0; i < 4; i++)
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL) { sqlite3_result_null(ctx); return; }
    sqlite3_result_double(ctx, sr_distance_km(sqlite3_value_double(argv[0]), sqlite3_value_double(argv[1]),
                                              sqlite3_value_double(argv[2]), sqlite3_value_double(argv[3])));
}

static bool sqlite_accepts(const char *target)
{
    return !strstr(target, "://");
}

static int exec(sqlite_store *ss, const char *sql, const char *what, char *err, size_t errlen)
{
    char *msg = NULL;
    if (sqlite3_exec(ss->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        snprintf(err, errlen, "%s: %s: %s", ss->path, what, msg ? msg : sqlite3_errmsg(ss->db));
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

static void sqlite_close(sr_store *st)
{
    sqlite_store *ss = (sqlite_store *)st;
    if (ss->in_tx) sqlite3_exec(ss->db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close(ss->db);
    free(ss->path);
    free(ss);
}

/* The schema version recorded in the store; false when it has no schema. */
static bool schema_version(sqlite_store *ss, char *out, size_t n)
{
    sqlite3_stmt *st = NULL;
    bool found = false;
    if (sqlite3_prepare_v2(ss->db, "SELECT value FROM meta WHERE key = 'schema_version'", -1, &st, NULL) ==
            SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
        snprintf(out, n, "%s", (const char *)sqlite3_column_text(st, 0));
        found = true;
    }
    sqlite3_finalize(st);
    return found;
}

static sr_store *sqlite_open(const char *target, char *err, size_t errlen)
{
    sqlite_store *ss = sr_xcalloc(1, sizeof *ss);
    ss->base.backend = &sr_store_sqlite;
    ss->path = sr_xstrdup(target);
    struct stat sb;
    if (stat(target, &sb) == 0 && S_ISDIR(sb.st_mode)) {
        snprintf(err, errlen, "%s: is a directory, not a database file", target);
        free(ss->path);
        free(ss);
        return NULL;
    }
    if (sqlite3_open_v2(target, &ss->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "%s: cannot open database: %s", target,
                 ss->db ? sqlite3_errmsg(ss->db) : "out of memory");
        sqlite_close(&ss->base);
        return NULL;
    }
    sqlite3_busy_timeout(ss->db, 10000);
    if (exec(ss, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
             "setting up", err, errlen)) {
        sqlite_close(&ss->base);
        return NULL;
    }
    /* An existing store is only read here, so a query never waits for an
     * ingest's write lock; a new one gets its schema in one transaction. */
    char version[16] = "";
    bool have = schema_version(ss, version, sizeof version);
    if (!have) {
        if (exec(ss, "BEGIN IMMEDIATE", "creating the schema", err, errlen)) {
            sqlite_close(&ss->base);
            return NULL;
        }
        if (exec(ss, schema_sql, "creating the schema", err, errlen)) {
            sqlite3_exec(ss->db, "ROLLBACK", NULL, NULL, NULL);
            sqlite_close(&ss->base);
            return NULL;
        }
        if (exec(ss, "COMMIT", "creating the schema", err, errlen)) {
            sqlite_close(&ss->base);
            return NULL;
        }
        have = schema_version(ss, version, sizeof version);
    }
    if (!have || strcmp(version, SCHEMA_VERSION)) {
        snprintf(err, errlen, "%s: store schema version %s; this sitrep reads version %s", target,
                 have ? version : "unknown", SCHEMA_VERSION);
        sqlite_close(&ss->base);
        return NULL;
    }
    sqlite3_create_function(ss->db, "sr_distance_km", 4, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                            sql_distance, NULL, NULL);
    return &ss->base;
}

static int sqlite_begin(sr_store *st, char *err, size_t errlen)
{
    sqlite_store *ss = (sqlite_store *)st;
    if (exec(ss, "BEGIN IMMEDIATE", "starting a batch", err, errlen)) return -1;
    ss->in_tx = true;
    return 0;
}

static int sqlite_commit(sr_store *st, char *err, size_t errlen)
{
    sqlite_store *ss = (sqlite_store *)st;
    int rc = exec(ss, "COMMIT", "committing a batch", err, errlen);
    if (rc == 0) ss->in_tx = false;
    return rc;
}

static void sqlite_rollback(sr_store *st)
{
    sqlite_store *ss = (sqlite_store *)st;
    sqlite3_exec(ss->db, "ROLLBACK", NULL, NULL, NULL);
    ss->in_tx = false;
}

/* ------------------------------------------------------------ statements */

static sqlite3_stmt *prep(sqlite_store *ss, const char *sql, char *err, size_t errlen)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(ss->db, sql, -1, &st, NULL) != SQLITE_OK) {
        set_err(err, errlen, ss, "preparing a statement");
        return NULL;
    }
    return st;
}

static void bind_text_or_null(sqlite3_stmt *st, int i, const char *s)
{
    if (s && *s) sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
    else sqlite3_bind_null(st, i);
}

static void bind_int_or_null(sqlite3_stmt *st, int i, long v, bool known_value)
{
    if (known_value) sqlite3_bind_int64(st, i, v);
    else sqlite3_bind_null(st, i);
}

static void bind_double_or_null(sqlite3_stmt *st, int i, double v)
{
    if (isnan(v)) sqlite3_bind_null(st, i);
    else sqlite3_bind_double(st, i, v);
}

/* 1 when the statement (already bound) returns a row, 0 when not, -1 on error. */
static int exists(sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

static void copy_col(sqlite3_stmt *st, int i, char *out, size_t n)
{
    const unsigned char *s = sqlite3_column_text(st, i);
    snprintf(out, n, "%s", s ? (const char *)s : "");
}

static double col_double(sqlite3_stmt *st, int i)
{
    return sqlite3_column_type(st, i) == SQLITE_NULL ? NAN : sqlite3_column_double(st, i);
}

static int col_count(sqlite3_stmt *st, int i)
{
    return sqlite3_column_type(st, i) == SQLITE_NULL ? SITREP_UNKNOWN : sqlite3_column_int(st, i);
}

static long col_day(sqlite3_stmt *st, int i)
{
    return sqlite3_column_type(st, i) == SQLITE_NULL ? SR_DAY_UNKNOWN : (long)sqlite3_column_int64(st, i);
}

static size_t col_sig(sqlite3_stmt *st, int i, uint32_t *out)
{
    const void *blob = sqlite3_column_blob(st, i);
    size_t n = (size_t)sqlite3_column_bytes(st, i) / sizeof(uint32_t);
    if (n > SR_SIG_MAX) n = SR_SIG_MAX;
    if (blob && n) memcpy(out, blob, n * sizeof(uint32_t));
    return blob ? n : 0;
}

/* ------------------------------------------------------------- incidents */

/* Recompute incident `id` from all its events: the best-supported value of
 * each field (docs/store.md, "How an incident's fields are chosen"). */
static int refresh_incident(sqlite_store *ss, long long id, const uint32_t *sig, size_t n_sig,
                            char *err, size_t errlen)
{
    sqlite3_stmt *st = prep(ss,
        "SELECT aid, date, date_prec, event_type, sub_event_type, cameo, actor1, actor1_country,"
        " actor2, actor2_country, place, admin1, country, lat, lon, geo_prec, weapon,"
        " fatalities, injured, report_day FROM events WHERE incident = ? ORDER BY eid", err, errlen);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, id);
    int n = 0, cap = 8;
    sr_member *m = sr_xmalloc((size_t)cap * sizeof *m);
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (n == cap) m = sr_xrealloc(m, (size_t)(cap *= 2) * sizeof *m);
        sr_member *x = &m[n++];
        x->aid = sqlite3_column_int64(st, 0);
        copy_col(st, 1, x->date, sizeof x->date);
        x->date_prec = sqlite3_column_int(st, 2);
        copy_col(st, 3, x->event_type, sizeof x->event_type);
        copy_col(st, 4, x->sub_event_type, sizeof x->sub_event_type);
        copy_col(st, 5, x->cameo, sizeof x->cameo);
        copy_col(st, 6, x->actor1, sizeof x->actor1);
        copy_col(st, 7, x->actor1_country, sizeof x->actor1_country);
        copy_col(st, 8, x->actor2, sizeof x->actor2);
        copy_col(st, 9, x->actor2_country, sizeof x->actor2_country);
        copy_col(st, 10, x->place, sizeof x->place);
        copy_col(st, 11, x->admin1, sizeof x->admin1);
        copy_col(st, 12, x->country, sizeof x->country);
        x->lat = col_double(st, 13);
        x->lon = col_double(st, 14);
        x->geo_prec = sqlite3_column_int(st, 15);
        copy_col(st, 16, x->weapon, sizeof x->weapon);
        x->fatalities = col_count(st, 17);
        x->injured = col_count(st, 18);
        x->report_day = col_day(st, 19);
    }
    sqlite3_finalize(st);
    if (n == 0) { free(m); return 0; }

    sr_incident_choice ch;
    sr_choose_incident_fields(m, n, &ch);
    int di = ch.date_ix, best_dp = ch.date_prec, gi = ch.place_ix, ti = ch.type_ix;
    int a1 = ch.actor1_ix, a2 = ch.actor2_ix, wi = ch.weapon_ix, sources = ch.sources;

    st = prep(ss,
        "UPDATE incidents SET date=?2, day=?3, date_prec=?4, event_type=?5, sub_event_type=?6,"
        " cameo=?7, actor1=?8, actor1_country=?9, actor2=?10, actor2_country=?11, place=?12,"
        " admin1=?13, country=?14, lat=?15, lon=?16, geo_prec=?17, weapon=?18, fatalities=?19,"
        " injured=?20, n_sources=?21, n_events=?22, sig=?23 WHERE id=?1", err, errlen);
    if (!st) { free(m); return -1; }
    sqlite3_bind_int64(st, 1, id);
    bind_text_or_null(st, 2, di >= 0 ? m[di].date : NULL);
    bind_int_or_null(st, 3, di >= 0 ? sr_store_day(m[di].date) : 0, di >= 0 && sr_store_day(m[di].date) != SR_DAY_UNKNOWN);
    sqlite3_bind_int(st, 4, di >= 0 ? best_dp : 0);
    bind_text_or_null(st, 5, m[ti].event_type);
    bind_text_or_null(st, 6, m[ti].sub_event_type);
    bind_text_or_null(st, 7, m[ti].cameo);
    bind_text_or_null(st, 8, a1 >= 0 ? m[a1].actor1 : NULL);
    bind_text_or_null(st, 9, a1 >= 0 ? m[a1].actor1_country : NULL);
    bind_text_or_null(st, 10, a2 >= 0 ? m[a2].actor2 : NULL);
    bind_text_or_null(st, 11, a2 >= 0 ? m[a2].actor2_country : NULL);
    bind_text_or_null(st, 12, gi >= 0 ? m[gi].place : NULL);
    bind_text_or_null(st, 13, gi >= 0 ? m[gi].admin1 : NULL);
    bind_text_or_null(st, 14, gi >= 0 ? m[gi].country : NULL);
    bind_double_or_null(st, 15, gi >= 0 ? m[gi].lat : NAN);
    bind_double_or_null(st, 16, gi >= 0 ? m[gi].lon : NAN);
    sqlite3_bind_int(st, 17, gi >= 0 ? m[gi].geo_prec : 0);
    bind_text_or_null(st, 18, wi >= 0 ? m[wi].weapon : NULL);
    int fat = ch.fatalities, inj = ch.injured;
    bind_int_or_null(st, 19, fat, fat >= 0);
    bind_int_or_null(st, 20, inj, inj >= 0);
    sqlite3_bind_int(st, 21, sources);
    sqlite3_bind_int(st, 22, n);
    sqlite3_bind_blob(st, 23, sig, (int)(n_sig * sizeof *sig), SQLITE_TRANSIENT);
    int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
    if (rc) set_err(err, errlen, ss, "updating an incident");
    sqlite3_finalize(st);
    free(m);
    return rc;
}

/* Candidate incidents of one event; each is compared with dedup.c's rules. */
typedef struct candidate {
    long long id;
    char event_type[64], actor1_country[3], actor2_country[3], country[3], admin1[96];
    long day;
    int date_prec, geo_prec, fatalities;
    double lat, lon;
    uint32_t sig[SR_SIG_MAX];
    size_t n_sig;
} candidate;

#define INCIDENT_COLS \
    "i.id, i.event_type, i.actor1_country, i.actor2_country, i.country, i.admin1, i.day," \
    " i.date_prec, i.geo_prec, i.fatalities, i.lat, i.lon, i.sig"

static void read_candidate(sqlite3_stmt *st, candidate *c)
{
    c->id = sqlite3_column_int64(st, 0);
    copy_col(st, 1, c->event_type, sizeof c->event_type);
    copy_col(st, 2, c->actor1_country, sizeof c->actor1_country);
    copy_col(st, 3, c->actor2_country, sizeof c->actor2_country);
    copy_col(st, 4, c->country, sizeof c->country);
    copy_col(st, 5, c->admin1, sizeof c->admin1);
    c->day = col_day(st, 6);
    c->date_prec = sqlite3_column_int(st, 7);
    c->geo_prec = sqlite3_column_int(st, 8);
    c->fatalities = col_count(st, 9);
    c->lat = col_double(st, 10);
    c->lon = col_double(st, 11);
    c->n_sig = col_sig(st, 12, c->sig);
}

/* The widest date window any record can have (a year's precision). */
#define MAX_WINDOW_DAYS 366
/* How many candidate incidents one event is compared with at most. */
#define MAX_CANDIDATES 500

/* Find the incident `e` belongs to (0: none).  `aid` is its article: an
 * incident that already has an event of the same article is not a
 * candidate, since the coder already joined an article's mentions. */
static int find_incident(sqlite_store *ss, const sitrep_event *e, long long aid, long day,
                         const uint32_t *sig, size_t n_sig, const sr_dedup_params *p,
                         long long *found, char *err, size_t errlen)
{
    *found = 0;
    bool has_place = !isnan(e->location.lat) && e->location.precision != SITREP_GEO_NONE;
    sqlite3_stmt *st;
    long lo = day - MAX_WINDOW_DAYS, hi = day + MAX_WINDOW_DAYS;
    if (has_place && e->location.precision != SITREP_GEO_COUNTRY) {
        double km = p->admin1_radius_km > p->radius_km ? p->admin1_radius_km : p->radius_km;
        double dlat = km / 111.0;
        double c = cos(e->location.lat * M_PI / 180.0);
        double dlon = c > 0.01 ? km / (111.0 * c) : 360;
        st = prep(ss,
            "SELECT " INCIDENT_COLS " FROM incidents i WHERE i.id IN ("
            "  SELECT ev.incident FROM event_geo g JOIN events ev ON ev.eid = g.eid"
            "  WHERE g.min_lat >= ?1 AND g.max_lat <= ?2 AND g.min_lon >= ?3 AND g.max_lon <= ?4)"
            " AND (?5 IS NULL OR i.day IS NULL OR i.day BETWEEN ?5 AND ?6)"
            " AND NOT EXISTS (SELECT 1 FROM events x WHERE x.incident = i.id AND x.aid = ?7)"
            " LIMIT " "500", err, errlen);
        if (!st) return -1;
        sqlite3_bind_double(st, 1, e->location.lat - dlat);
        sqlite3_bind_double(st, 2, e->location.lat + dlat);
        sqlite3_bind_double(st, 3, e->location.lon - dlon);
        sqlite3_bind_double(st, 4, e->location.lon + dlon);
    } else if (e->location.country[0] && day != SR_DAY_UNKNOWN) {
        st = prep(ss,
            "SELECT " INCIDENT_COLS " FROM incidents i WHERE i.country = ?8"
            " AND (?5 IS NULL OR i.day IS NULL OR i.day BETWEEN ?5 AND ?6)"
            " AND NOT EXISTS (SELECT 1 FROM events x WHERE x.incident = i.id AND x.aid = ?7)"
            " LIMIT 500", err, errlen);
        if (!st) return -1;
        sqlite3_bind_text(st, 8, e->location.country, -1, SQLITE_TRANSIENT);
    } else if (day != SR_DAY_UNKNOWN) {
        /* no place at all: incidents of the same week anywhere; being weak,
         * the event joins one only on shared names */
        st = prep(ss,
            "SELECT " INCIDENT_COLS " FROM incidents i WHERE i.day BETWEEN ?5 AND ?6"
            " AND NOT EXISTS (SELECT 1 FROM events x WHERE x.incident = i.id AND x.aid = ?7)"
            " LIMIT 500", err, errlen);
        if (!st) return -1;
        lo = day - 7;
        hi = day + 7;
    } else {
        return 0; /* neither a place nor a date: nothing to match on */
    }
    bind_int_or_null(st, 5, lo, day != SR_DAY_UNKNOWN);
    bind_int_or_null(st, 6, hi, day != SR_DAY_UNKNOWN);
    sqlite3_bind_int64(st, 7, aid);

    sr_dedup_rec mine = {
        .day = day, .date_prec = e->date_precision, .event_type = e->event_type,
        .actor1_country = e->actor1.country, .actor2_country = e->actor2.country,
        .country = e->location.country, .admin1 = e->location.admin1,
        .lat = has_place ? e->location.lat : NAN, .lon = has_place ? e->location.lon : NAN,
        .geo_prec = e->location.precision, .fatalities = e->fatalities, .sig = sig, .n_sig = n_sig,
    };
    candidate *c = sr_xmalloc(sizeof *c);
    double best = -INFINITY;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        read_candidate(st, c);
        sr_dedup_rec theirs = {
            .day = c->day, .date_prec = c->date_prec, .event_type = c->event_type,
            .actor1_country = c->actor1_country, .actor2_country = c->actor2_country,
            .country = c->country, .admin1 = c->admin1, .lat = c->lat, .lon = c->lon,
            .geo_prec = c->geo_prec, .fatalities = c->fatalities, .sig = c->sig, .n_sig = c->n_sig,
        };
        double score = 0;
        if (sr_dedup_compare(&mine, &theirs, p, &score) == SR_DEDUP_SAME && score > best) {
            best = score;
            *found = c->id;
        }
    }
    free(c);
    if (rc != SQLITE_DONE) {
        set_err(err, errlen, ss, "finding candidate incidents");
        sqlite3_finalize(st);
        return -1;
    }
    sqlite3_finalize(st);
    return 0;
}

static int store_event(sqlite_store *ss, const sitrep_event *e, long long aid, long report_day,
                       const uint32_t *sig, size_t n_sig, const sr_dedup_params *p,
                       sr_ingest_counts *counts, char *err, size_t errlen)
{
    long day = e->date_precision != SITREP_PREC_NONE ? sr_store_day(e->date) : SR_DAY_UNKNOWN;
    long long incident = 0;
    if (find_incident(ss, e, aid, day, sig, n_sig, p, &incident, err, errlen)) return -1;
    uint32_t merged[SR_SIG_MAX];
    size_t n_merged = n_sig;
    if (incident) {
        sqlite3_stmt *st = prep(ss, "SELECT sig FROM incidents WHERE id = ?", err, errlen);
        if (!st) return -1;
        sqlite3_bind_int64(st, 1, incident);
        uint32_t old[SR_SIG_MAX];
        size_t n_old = sqlite3_step(st) == SQLITE_ROW ? col_sig(st, 0, old) : 0;
        sqlite3_finalize(st);
        n_merged = sr_sig_union(old, n_old, sig, n_sig, merged);
        counts->events_merged++;
    } else {
        if (exec(ss, "INSERT INTO incidents DEFAULT VALUES", "opening an incident", err, errlen))
            return -1;
        incident = sqlite3_last_insert_rowid(ss->db);
        memcpy(merged, sig, n_sig * sizeof *sig);
        counts->events_new++;
    }

    char *json = sr_event_json(e);
    if (!json) { snprintf(err, errlen, "out of memory writing an event"); return -1; }
    sqlite3_stmt *st = prep(ss,
        "INSERT INTO events(aid, incident, event_id, date, day, date_prec, event_type,"
        " sub_event_type, cameo, actor1, actor1_country, actor2, actor2_country, place, admin1,"
        " country, lat, lon, geo_prec, weapon, fatalities, injured, confidence, report_day, json)"
        " VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,"
        "?23,?24,?25)", err, errlen);
    if (!st) { free(json); return -1; }
    bool has_place = !isnan(e->location.lat) && e->location.precision != SITREP_GEO_NONE;
    sqlite3_bind_int64(st, 1, aid);
    sqlite3_bind_int64(st, 2, incident);
    sqlite3_bind_text(st, 3, e->event_id, -1, SQLITE_TRANSIENT);
    bind_text_or_null(st, 4, e->date);
    bind_int_or_null(st, 5, day, day != SR_DAY_UNKNOWN);
    sqlite3_bind_int(st, 6, e->date_precision);
    bind_text_or_null(st, 7, e->event_type);
    bind_text_or_null(st, 8, e->sub_event_type);
    bind_text_or_null(st, 9, e->cameo);
    bind_text_or_null(st, 10, e->actor1.name);
    bind_text_or_null(st, 11, e->actor1.country);
    bind_text_or_null(st, 12, e->actor2.name);
    bind_text_or_null(st, 13, e->actor2.country);
    bind_text_or_null(st, 14, e->location.name);
    bind_text_or_null(st, 15, e->location.admin1);
    bind_text_or_null(st, 16, e->location.country);
    bind_double_or_null(st, 17, has_place ? e->location.lat : NAN);
    bind_double_or_null(st, 18, has_place ? e->location.lon : NAN);
    sqlite3_bind_int(st, 19, e->location.precision);
    bind_text_or_null(st, 20, e->weapon);
    bind_int_or_null(st, 21, e->fatalities, e->fatalities >= 0);
    bind_int_or_null(st, 22, e->injured, e->injured >= 0);
    sqlite3_bind_double(st, 23, e->confidence);
    long rday = report_day != SR_DAY_UNKNOWN ? report_day : day;
    bind_int_or_null(st, 24, rday, rday != SR_DAY_UNKNOWN);
    sqlite3_bind_text(st, 25, json, -1, free);
    int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
    if (rc) set_err(err, errlen, ss, "storing an event");
    sqlite3_finalize(st);
    if (rc) return -1;
    long long eid = sqlite3_last_insert_rowid(ss->db);
    if (has_place) {
        st = prep(ss, "INSERT INTO event_geo(eid, min_lat, max_lat, min_lon, max_lon) VALUES(?1,?2,?2,?3,?3)",
                  err, errlen);
        if (!st) return -1;
        sqlite3_bind_int64(st, 1, eid);
        sqlite3_bind_double(st, 2, e->location.lat);
        sqlite3_bind_double(st, 3, e->location.lon);
        rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
        if (rc) set_err(err, errlen, ss, "indexing an event's place");
        sqlite3_finalize(st);
        if (rc) return -1;
    }
    return refresh_incident(ss, incident, merged, n_merged, err, errlen);
}

static sr_add_result sqlite_copy_of(sr_store *stp, const sitrep_article *a, const char *clean_text,
                                    char *err, size_t errlen)
{
    sqlite_store *ss = (sqlite_store *)stp;
    const char *text = clean_text ? clean_text : a->text;
    int64_t hash = (int64_t)sr_text_hash(text, strlen(text));
    struct { const char *sql; const char *text; int64_t num; sr_add_result result; } dup[] = {
        {"SELECT 1 FROM articles WHERE article_id = ?", a->id, 0, SR_ADD_SAME_ID},
        {"SELECT 1 FROM articles WHERE url = ?", a->url, 0, SR_ADD_SAME_URL},
        {"SELECT 1 FROM articles WHERE text_hash = ?", NULL, hash, SR_ADD_SAME_TEXT},
    };
    for (size_t i = 0; i < sizeof dup / sizeof *dup; i++) {
        if (i == 1 && !(a->url && *a->url)) continue;
        sqlite3_stmt *st = prep(ss, dup[i].sql, err, errlen);
        if (!st) return SR_ADD_ERROR;
        if (dup[i].text) sqlite3_bind_text(st, 1, dup[i].text, -1, SQLITE_TRANSIENT);
        else sqlite3_bind_int64(st, 1, dup[i].num);
        int found = exists(st);
        sqlite3_finalize(st);
        if (found < 0) { set_err(err, errlen, ss, "checking for a stored copy"); return SR_ADD_ERROR; }
        if (found) return dup[i].result;
    }
    return SR_ADD_NOT_FOUND;
}

static sr_add_result sqlite_add_article(sr_store *stp, const sitrep_article *a, const char *clean_text,
                                        const char *pubdate, const sitrep_events *ev,
                                        const sr_dedup_params *p, sr_ingest_counts *c,
                                        char *err, size_t errlen)
{
    sqlite_store *ss = (sqlite_store *)stp;
    const char *text = clean_text ? clean_text : a->text;
    int64_t hash = (int64_t)sr_text_hash(text, strlen(text));
    sr_add_result copy = sqlite_copy_of(stp, a, text, err, errlen);
    switch (copy) {
    case SR_ADD_NOT_FOUND: break;
    case SR_ADD_SAME_ID: c->same_id++; return copy;
    case SR_ADD_SAME_URL: c->same_url++; return copy;
    case SR_ADD_SAME_TEXT: c->same_text++; return copy;
    default: c->failed++; return SR_ADD_ERROR;
    }

    /* Everything one article adds lives under a savepoint: a failure half
     * way leaves the batch as it was before this article. */
    if (exec(ss, "SAVEPOINT article", "starting an article", err, errlen)) { c->failed++; return SR_ADD_ERROR; }
    uint32_t sig[SR_SIG_MAX];
    size_t n_sig = sr_dedup_signature(text, sig);
    sqlite3_stmt *st = prep(ss,
        "INSERT INTO articles(article_id, url, title, pub_date, text, text_hash, n_events, sig)"
        " VALUES(?1,?2,?3,?4,?5,?6,?7,?8)", err, errlen);
    if (!st) goto fail;
    sqlite3_bind_text(st, 1, a->id, -1, SQLITE_TRANSIENT);
    bind_text_or_null(st, 2, a->url);
    bind_text_or_null(st, 3, a->title);
    bind_text_or_null(st, 4, pubdate);
    sqlite3_bind_text(st, 5, text, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 6, hash);
    sqlite3_bind_int(st, 7, (int)ev->n);
    sqlite3_bind_blob(st, 8, sig, (int)(n_sig * sizeof *sig), SQLITE_TRANSIENT);
    if (sqlite3_step(st) != SQLITE_DONE) { set_err(err, errlen, ss, "storing an article"); sqlite3_finalize(st); goto fail; }
    sqlite3_finalize(st);
    long long aid = sqlite3_last_insert_rowid(ss->db);
    st = prep(ss, "INSERT INTO article_fts(rowid, title, text) VALUES(?1,?2,?3)", err, errlen);
    if (!st) goto fail;
    sqlite3_bind_int64(st, 1, aid);
    bind_text_or_null(st, 2, a->title);
    sqlite3_bind_text(st, 3, text, -1, SQLITE_STATIC);
    if (sqlite3_step(st) != SQLITE_DONE) { set_err(err, errlen, ss, "indexing an article"); sqlite3_finalize(st); goto fail; }
    sqlite3_finalize(st);

    long report_day = sr_store_day(pubdate);
    sr_ingest_counts before = *c;
    for (size_t i = 0; i < ev->n; i++)
        if (store_event(ss, &ev->v[i], aid, report_day, sig, n_sig, p, c, err, errlen)) {
            c->events_new = before.events_new;
            c->events_merged = before.events_merged;
            goto fail;
        }
    if (exec(ss, "RELEASE article", "finishing an article", err, errlen)) goto fail;
    c->stored++;
    return SR_ADD_STORED;
fail:
    sqlite3_exec(ss->db, "ROLLBACK TO article; RELEASE article", NULL, NULL, NULL);
    c->failed++;
    return SR_ADD_ERROR;
}

/* ----------------------------------------------------------------- query */

/* Turn a user's words into an FTS5 query that matches them literally: each
 * word with a letter or digit becomes a quoted phrase (quotes doubled), so
 * operators (AND, NEAR(), *, ^, column filters) are just words.  Empty
 * when no word is searchable. */
static char *fts_literal(const char *text)
{
    sr_buf b = {0};
    const char *p = text;
    while (*p) {
        while (*p && isspace((unsigned char)*p)) p++;
        const char *w = p;
        bool searchable = false;
        while (*p && !isspace((unsigned char)*p)) {
            if (isalnum((unsigned char)*p) || (unsigned char)*p >= 0x80) searchable = true;
            p++;
        }
        if (!searchable) continue;
        if (b.len) sr_buf_addc(&b, ' ');
        sr_buf_addc(&b, '"');
        for (const char *q = w; q < p; q++) {
            if (*q == '"') sr_buf_addc(&b, '"');
            sr_buf_addc(&b, *q);
        }
        sr_buf_addc(&b, '"');
    }
    sr_buf_addc(&b, 0);
    return sr_buf_steal(&b);
}

static int fill_sources(sqlite_store *ss, sr_incident *inc, bool with_events, char *err, size_t errlen)
{
    sqlite3_stmt *st = prep(ss,
        "SELECT a.article_id, a.url, a.title, a.pub_date FROM articles a"
        " WHERE a.aid IN (SELECT aid FROM events WHERE incident = ?) ORDER BY a.aid", err, errlen);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, inc->id);
    int cap = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (inc->n_src == cap) {
            cap = cap ? cap * 2 : 4;
            inc->src = sr_xrealloc(inc->src, (size_t)cap * sizeof *inc->src);
        }
        for (int k = 0; k < 4; k++) {
            const unsigned char *s = sqlite3_column_text(st, k);
            char *v = s ? sr_xstrdup((const char *)s) : NULL;
            if (k == 0) inc->src[inc->n_src].article_id = v;
            else if (k == 1) inc->src[inc->n_src].url = v;
            else if (k == 2) inc->src[inc->n_src].title = v;
            else inc->src[inc->n_src].date = v;
        }
        inc->n_src++;
    }
    sqlite3_finalize(st);
    if (!with_events) return 0;
    st = prep(ss, "SELECT json FROM events WHERE incident = ? ORDER BY eid", err, errlen);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, inc->id);
    cap = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (inc->n_json == cap) {
            cap = cap ? cap * 2 : 4;
            inc->event_json = sr_xrealloc(inc->event_json, (size_t)cap * sizeof *inc->event_json);
        }
        inc->event_json[inc->n_json++] = sr_xstrdup((const char *)sqlite3_column_text(st, 0));
    }
    sqlite3_finalize(st);
    return 0;
}

/* The WHERE clause of a query over incidents (alias i).  Each filter adds a
 * fixed fragment with numbered parameters; bind_filters binds the values by
 * the same numbers.  *match receives the FTS5 form of q->text. */
static void build_filters(const sr_query *q, sr_buf *sql, char **match)
{
    sr_buf_adds(sql, " WHERE i.n_events > 0");
    if (q->from) sr_buf_adds(sql, " AND i.date >= ?1");
    if (q->to) sr_buf_adds(sql, " AND i.date <= ?2");
    if (q->country) sr_buf_adds(sql, " AND i.country = ?3 COLLATE NOCASE");
    if (q->admin1) sr_buf_adds(sql, " AND i.admin1 = ?4 COLLATE NOCASE");
    if (q->type) sr_buf_adds(sql, " AND i.event_type = ?5 COLLATE NOCASE");
    if (q->subtype) sr_buf_adds(sql, " AND i.sub_event_type = ?6 COLLATE NOCASE");
    if (q->cameo) sr_buf_adds(sql, " AND substr(i.cameo, 1, length(?7)) = ?7");
    if (q->actor)
        sr_buf_adds(sql, " AND EXISTS (SELECT 1 FROM events e WHERE e.incident = i.id AND"
                         " (instr(lower(e.actor1), lower(?8)) > 0 OR instr(lower(e.actor2), lower(?8)) > 0))");
    if (!isnan(q->near_lat) && !isnan(q->near_lon) && !isnan(q->near_km))
        sr_buf_adds(sql, " AND i.id IN (SELECT e.incident FROM event_geo g JOIN events e ON e.eid = g.eid"
                         " WHERE g.min_lat >= ?9 AND g.max_lat <= ?10 AND g.min_lon >= ?11 AND g.max_lon <= ?12)"
                         " AND sr_distance_km(i.lat, i.lon, ?13, ?14) <= ?15");
    if (q->id > 0) sr_buf_adds(sql, " AND i.id = ?18");
    *match = q->text ? fts_literal(q->text) : NULL;
    if (*match && !**match) sr_buf_adds(sql, " AND 0"); /* no searchable word: nothing matches */
    else if (*match)
        sr_buf_adds(sql, " AND i.id IN (SELECT e.incident FROM events e WHERE e.aid IN"
                         " (SELECT rowid FROM article_fts WHERE article_fts MATCH ?16))");
}

static void bind_filters(sqlite3_stmt *st, const sr_query *q, const char *match)
{
    const char *text[] = {q->from, q->to, q->country, q->admin1, q->type, q->subtype, q->cameo, q->actor};
    for (int k = 0; k < 8; k++)
        if (text[k]) sqlite3_bind_text(st, k + 1, text[k], -1, SQLITE_TRANSIENT);
    if (!isnan(q->near_lat) && !isnan(q->near_lon) && !isnan(q->near_km)) {
        double dlat = q->near_km / 111.0;
        double c = cos(q->near_lat * M_PI / 180.0);
        double dlon = c > 0.01 ? q->near_km / (111.0 * c) : 360;
        /* the box is a little wider than the circle; the distance decides */
        sqlite3_bind_double(st, 9, q->near_lat - dlat * 1.01);
        sqlite3_bind_double(st, 10, q->near_lat + dlat * 1.01);
        sqlite3_bind_double(st, 11, q->near_lon - dlon * 1.01);
        sqlite3_bind_double(st, 12, q->near_lon + dlon * 1.01);
        sqlite3_bind_double(st, 13, q->near_lat);
        sqlite3_bind_double(st, 14, q->near_lon);
        sqlite3_bind_double(st, 15, q->near_km);
    }
    if (match && *match) sqlite3_bind_text(st, 16, match, -1, SQLITE_TRANSIENT);
    if (q->limit > 0) sqlite3_bind_int64(st, 17, q->limit);
    if (q->id > 0) sqlite3_bind_int64(st, 18, q->id);
    if (q->limit > 0 && q->offset > 0) sqlite3_bind_int64(st, 19, q->offset);
}

static int sqlite_query(sr_store *stp, const sr_query *q, bool with_events, sr_incident_fn fn,
                        void *user, char *err, size_t errlen)
{
    sqlite_store *ss = (sqlite_store *)stp;
    sr_buf sql = {0};
    char *match = NULL;
    sr_buf_adds(&sql,
        "SELECT id, date, date_prec, event_type, sub_event_type, cameo, actor1, actor1_country,"
        " actor2, actor2_country, place, admin1, country, lat, lon, geo_prec, weapon, fatalities,"
        " injured, n_sources, n_events FROM incidents i");
    build_filters(q, &sql, &match);
    sr_buf_adds(&sql, " ORDER BY i.date IS NULL, i.date, i.id");
    if (q->limit > 0) sr_buf_adds(&sql, q->offset > 0 ? " LIMIT ?17 OFFSET ?19" : " LIMIT ?17");
    sr_buf_addc(&sql, 0);
    sqlite3_stmt *st = prep(ss, sql.data, err, errlen);
    sr_buf_free(&sql);
    if (!st) { free(match); return -1; }
    bind_filters(st, q, match);
    free(match);

    int rc, status = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        sr_incident inc;
        memset(&inc, 0, sizeof inc);
        inc.id = sqlite3_column_int64(st, 0);
        copy_col(st, 1, inc.date, sizeof inc.date);
        inc.date_prec = (sitrep_date_precision)sqlite3_column_int(st, 2);
        copy_col(st, 3, inc.event_type, sizeof inc.event_type);
        copy_col(st, 4, inc.sub_event_type, sizeof inc.sub_event_type);
        copy_col(st, 5, inc.cameo, sizeof inc.cameo);
        copy_col(st, 6, inc.actor1, sizeof inc.actor1);
        copy_col(st, 7, inc.actor1_country, sizeof inc.actor1_country);
        copy_col(st, 8, inc.actor2, sizeof inc.actor2);
        copy_col(st, 9, inc.actor2_country, sizeof inc.actor2_country);
        copy_col(st, 10, inc.place, sizeof inc.place);
        copy_col(st, 11, inc.admin1, sizeof inc.admin1);
        copy_col(st, 12, inc.country, sizeof inc.country);
        inc.lat = col_double(st, 13);
        inc.lon = col_double(st, 14);
        inc.geo_prec = (sitrep_geo_precision)sqlite3_column_int(st, 15);
        copy_col(st, 16, inc.weapon, sizeof inc.weapon);
        inc.fatalities = col_count(st, 17);
        inc.injured = col_count(st, 18);
        inc.n_sources = sqlite3_column_int(st, 19);
        inc.n_events = sqlite3_column_int(st, 20);
        if (fill_sources(ss, &inc, with_events, err, errlen)) { sr_incident_clear(&inc); status = -1; break; }
        int stop = fn(&inc, user);
        sr_incident_clear(&inc);
        if (stop) break;
    }
    if (status == 0 && rc != SQLITE_ROW && rc != SQLITE_DONE) {
        set_err(err, errlen, ss, "querying incidents");
        status = -1;
    }
    sqlite3_finalize(st);
    return status;
}

static int sqlite_events(sr_store *stp, const sr_query *q, FILE *out, char *err, size_t errlen)
{
    sqlite_store *ss = (sqlite_store *)stp;
    sr_buf sql = {0};
    char *match = NULL;
    sr_buf_adds(&sql, "SELECT ev.json FROM events ev WHERE ev.incident IN (SELECT i.id FROM incidents i");
    build_filters(q, &sql, &match);
    if (q->limit > 0)
        sr_buf_adds(&sql, q->offset > 0 ? " ORDER BY i.date IS NULL, i.date, i.id LIMIT ?17 OFFSET ?19"
                                         : " ORDER BY i.date IS NULL, i.date, i.id LIMIT ?17");
    sr_buf_adds(&sql, ") ORDER BY ev.eid");
    sr_buf_addc(&sql, 0);
    sqlite3_stmt *st = prep(ss, sql.data, err, errlen);
    sr_buf_free(&sql);
    if (!st) { free(match); return -1; }
    bind_filters(st, q, match);
    free(match);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) fprintf(out, "%s\n", (const char *)sqlite3_column_text(st, 0));
    int status = rc == SQLITE_DONE ? 0 : -1;
    if (status) set_err(err, errlen, ss, "listing events");
    sqlite3_finalize(st);
    return status;
}

/* ---- added for `sitrep serve` (issue 7): read-only open, count, stats */

static sr_store *sqlite_open_readonly(const char *target, char *err, size_t errlen)
{
    sqlite_store *ss = sr_xcalloc(1, sizeof *ss);
    ss->base.backend = &sr_store_sqlite;
    ss->path = sr_xstrdup(target);
    struct stat sb;
    if (stat(target, &sb) != 0 || !S_ISREG(sb.st_mode)) {
        snprintf(err, errlen, "%s: no such database file", target);
        free(ss->path);
        free(ss);
        return NULL;
    }
    if (sqlite3_open_v2(target, &ss->db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "%s: cannot open database: %s", target,
                 ss->db ? sqlite3_errmsg(ss->db) : "out of memory");
        sqlite_close(&ss->base);
        return NULL;
    }
    sqlite3_busy_timeout(ss->db, 10000);
    char version[16] = "";
    bool have = schema_version(ss, version, sizeof version);
    if (!have || strcmp(version, SCHEMA_VERSION) ||
        exec(ss, "PRAGMA query_only=1", "opening read-only", err, errlen)) {
        if (!have || strcmp(version, SCHEMA_VERSION))
            snprintf(err, errlen, "%s: not a sitrep store (schema version %s; this sitrep reads version %s)",
                     target, have ? version : "unknown", SCHEMA_VERSION);
        sqlite_close(&ss->base);
        return NULL;
    }
    sqlite3_create_function(ss->db, "sr_distance_km", 4, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                            sql_distance, NULL, NULL);
    return &ss->base;
}

static int sqlite_count(sr_store *stp, const sr_query *q, long *n, char *err, size_t errlen)
{
    sqlite_store *ss = (sqlite_store *)stp;
    sr_query all = *q;
    all.limit = 0;
    all.offset = 0;
    sr_buf sql = {0};
    char *match = NULL;
    sr_buf_adds(&sql, "SELECT count(*) FROM incidents i");
    build_filters(&all, &sql, &match);
    sr_buf_addc(&sql, 0);
    sqlite3_stmt *st = prep(ss, sql.data, err, errlen);
    sr_buf_free(&sql);
    if (!st) { free(match); return -1; }
    bind_filters(st, &all, match);
    free(match);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) *n = (long)sqlite3_column_int64(st, 0);
    else set_err(err, errlen, ss, "counting incidents");
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? 0 : -1;
}

static int sqlite_stats(sr_store *stp, const sr_query *q, sr_stats_fn fn, void *user, char *err, size_t errlen)
{
    sqlite_store *ss = (sqlite_store *)stp;
    sr_query all = *q;
    all.limit = 0;
    all.offset = 0;
    sr_buf sql = {0};
    char *match = NULL;
    sr_buf_adds(&sql, "SELECT coalesce(i.date, ''), coalesce(i.event_type, ''), coalesce(i.country, ''),"
                      " count(*), coalesce(sum(CASE WHEN i.fatalities > 0 THEN i.fatalities END), 0)"
                      " FROM incidents i");
    build_filters(&all, &sql, &match);
    sr_buf_adds(&sql, " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3");
    sr_buf_addc(&sql, 0);
    sqlite3_stmt *st = prep(ss, sql.data, err, errlen);
    sr_buf_free(&sql);
    if (!st) { free(match); return -1; }
    bind_filters(st, &all, match);
    free(match);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        if (fn((const char *)sqlite3_column_text(st, 0), (const char *)sqlite3_column_text(st, 1),
               (const char *)sqlite3_column_text(st, 2), (long)sqlite3_column_int64(st, 3),
               (long)sqlite3_column_int64(st, 4), user)) { rc = SQLITE_DONE; break; }
    int status = rc == SQLITE_DONE ? 0 : -1;
    if (status) set_err(err, errlen, ss, "counting incidents");
    sqlite3_finalize(st);
    return status;
}

static double monotonic_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* SQLite's progress callback: a non-zero return interrupts the statement. */
static int past_deadline(void *user)
{
    sqlite_store *ss = user;
    return ss->deadline > 0 && monotonic_now() > ss->deadline;
}

static void sqlite_set_deadline(sr_store *stp, double seconds)
{
    sqlite_store *ss = (sqlite_store *)stp;
    if (seconds > 0) {
        ss->deadline = monotonic_now() + seconds;
        sqlite3_progress_handler(ss->db, 200, past_deadline, ss);
    } else {
        ss->deadline = 0;
        sqlite3_progress_handler(ss->db, 0, NULL, NULL);
    }
}

const sr_store_backend sr_store_sqlite = {
    .name = "sqlite",
    .accepts = sqlite_accepts,
    .open = sqlite_open,
    .close = sqlite_close,
    .begin = sqlite_begin,
    .commit = sqlite_commit,
    .rollback = sqlite_rollback,
    .add_article = sqlite_add_article,
    .query = sqlite_query,
    .events = sqlite_events,
    .copy_of = sqlite_copy_of,
    .open_readonly = sqlite_open_readonly,
    .count = sqlite_count,
    .stats = sqlite_stats,
    .set_deadline = sqlite_set_deadline,
};
