/* serve.c — the requests of `sitrep serve`: routing, parameter checks and
 * the JSON answers over the event store, without any networking (see
 * serve.h; cmd_serve.c is the libmicrohttpd side).
 *
 *   GET  /api/events            incidents matching the filters of `sitrep
 *                               query`, one page (limit/offset) and the total
 *   GET  /api/events/{id}       one incident with its sources and the JSON of
 *                               each member event (evidence sentence included)
 *   GET  /api/stats             counts per day (split by type), type, country
 *   GET  /api/events.geojson    the matching incidents as a FeatureCollection
 *   POST /api/code              code posted text; nothing is stored
 *   GET  / and the page files   compiled-in assets with ETag revalidation
 *
 * Incidents are written by export.c's JSONL and GeoJSON writers, so the API
 * and `sitrep export` never disagree on a field.  Every parameter is checked
 * here (unknown or repeated names, bad dates, numbers out of range: 400 with
 * {"error": "..."}), and the store binds every value as a parameter.
 *
 * Concurrency: a fixed pool of workers, each owning one read-only store
 * connection and a sitrep context opened on first use; a request takes a
 * free worker (waiting on a condition variable when all are busy) and gives
 * it back when its answer is built.
 */
#include "serve.h"
#include "store.h"

#include <errno.h>
#include <json-c/json.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct worker {
    sr_store *st;
    sitrep *coder;   /* opened on the first POST /api/code */
    bool busy;
    double time_limit; /* seconds of store work per request (config) */
} worker;

struct sr_server {
    sr_serve_config cfg;
    char *db;
    worker *w;
    int n;
    pthread_mutex_t mu;
    pthread_cond_t cv;
};

/* ------------------------------------------------------------ server */

sr_server *sr_server_open(const sr_serve_config *cfg, char *err, size_t errlen)
{
    sr_server *srv = calloc(1, sizeof *srv);
    if (!srv) { snprintf(err, errlen, "out of memory"); return NULL; }
    srv->cfg = *cfg;
    if (srv->cfg.workers < 1) srv->cfg.workers = 1;
    if (!srv->cfg.max_body) srv->cfg.max_body = SR_SERVE_MAX_BODY_DEFAULT;
    srv->db = strdup(cfg->db);
    srv->cfg.db = srv->db;
    srv->n = srv->cfg.workers;
    srv->w = calloc((size_t)srv->n, sizeof *srv->w);
    pthread_mutex_init(&srv->mu, NULL);
    pthread_cond_init(&srv->cv, NULL);
    if (!srv->db || !srv->w) { snprintf(err, errlen, "out of memory"); sr_server_close(srv); return NULL; }
    for (int i = 0; i < srv->n; i++) {
        srv->w[i].time_limit = srv->cfg.time_limit;
        srv->w[i].st = sr_store_open_readonly(cfg->db, err, errlen);
        if (!srv->w[i].st) { sr_server_close(srv); return NULL; }
    }
    return srv;
}

void sr_server_close(sr_server *srv)
{
    if (!srv) return;
    for (int i = 0; srv->w && i < srv->n; i++) {
        sr_store_close(srv->w[i].st);
        sitrep_close(srv->w[i].coder);
    }
    free(srv->w);
    free(srv->db);
    pthread_mutex_destroy(&srv->mu);
    pthread_cond_destroy(&srv->cv);
    free(srv);
}

static worker *take_worker(sr_server *srv)
{
    pthread_mutex_lock(&srv->mu);
    worker *got = NULL;
    for (;;) {
        for (int i = 0; i < srv->n && !got; i++)
            if (!srv->w[i].busy) got = &srv->w[i];
        if (got) break;
        pthread_cond_wait(&srv->cv, &srv->mu);
    }
    got->busy = true;
    pthread_mutex_unlock(&srv->mu);
    return got;
}

static void give_worker(sr_server *srv, worker *w)
{
    pthread_mutex_lock(&srv->mu);
    w->busy = false;
    pthread_cond_signal(&srv->cv);
    pthread_mutex_unlock(&srv->mu);
}

/* ------------------------------------------------------------ answers */

static const char json_ctype[] = "application/json; charset=utf-8";

static void set_body(sr_serve_response *r, int status, const char *type, char *body, size_t len)
{
    r->status = status;
    r->content_type = type;
    r->body = body;
    r->len = len;
    r->body_static = false;
    if (!r->cache_control) r->cache_control = "no-store";
}

static void set_json(sr_serve_response *r, int status, json_object *o)
{
    size_t len;
    const char *s = json_object_to_json_string_length(o, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE, &len);
    char *copy = malloc(len + 2);
    if (copy) {
        memcpy(copy, s, len);
        copy[len++] = '\n';
        copy[len] = 0;
    }
    json_object_put(o);
    if (!copy) { set_body(r, 500, "text/plain", NULL, 0); return; }
    set_body(r, status, json_ctype, copy, len);
}

/* Replace each byte that does not start or continue a valid UTF-8 sequence
 * with '?', so a message quoting the user's input (perhaps cut mid-character)
 * stays valid JSON text. */
static void utf8_scrub(char *s)
{
    unsigned char *p = (unsigned char *)s;
    while (*p) {
        int n = *p < 0x80 ? 1 : (*p & 0xE0) == 0xC0 ? 2 : (*p & 0xF0) == 0xE0 ? 3 : (*p & 0xF8) == 0xF0 ? 4 : 0;
        bool ok = n > 0 && !(n == 2 && *p < 0xC2) && !(n == 4 && *p > 0xF4);
        for (int k = 1; ok && k < n; k++)
            if ((p[k] & 0xC0) != 0x80) ok = false;
        if (!ok) { *p++ = '?'; continue; }
        p += n;
    }
}

static void set_error(sr_serve_response *r, int status, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void set_error(sr_serve_response *r, int status, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    utf8_scrub(msg);
    json_object *o = json_object_new_object();
    json_object_object_add(o, "error", json_object_new_string(msg));
    r->cache_control = "no-store";
    set_json(r, status, o);
}

/* A store failure: 503 when the request ran out of time (the store's
 * deadline interrupted it), else 500. */
static void store_error(const worker *w, sr_serve_response *r, const char *err)
{
    if (strstr(err, "interrupted"))
        set_error(r, 503, "the request took longer than the time limit (%g s); narrow the filters",
                  w->time_limit);
    else
        set_error(r, 500, "%s", err);
}

/* ------------------------------------------------------- parameters */

enum { P_FILTERS = 1, P_PAGE = 2, P_GEO_LIMIT = 4 };

static bool valid_date(const char *s)
{
    int y, m, d;
    char tail;
    return strlen(s) == 10 && s[4] == '-' && s[7] == '-' &&
           sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

static bool parse_long(const char *v, long lo, long hi, long *out)
{
    if (!*v || strlen(v) > 12) return false;
    for (const char *p = v; *p; p++)
        if (*p < '0' || *p > '9') return false;
    long x = strtol(v, NULL, 10);
    if (x < lo || x > hi) return false;
    *out = x;
    return true;
}

static bool parse_near(const char *v, sr_query *q)
{
    char *end;
    double x[3];
    const char *p = v;
    for (int i = 0; i < 3; i++) {
        errno = 0;
        x[i] = strtod(p, &end);
        if (end == p || errno || !isfinite(x[i])) return false;
        p = end;
        if (i < 2) {
            if (*p != ',') return false;
            p++;
        }
    }
    if (*p || x[0] < -90 || x[0] > 90 || x[1] < -180 || x[1] > 180 || x[2] < 0 || x[2] > 20050) return false;
    q->near_lat = x[0];
    q->near_lon = x[1];
    q->near_km = x[2];
    return true;
}

/* Fill q from the request's parameters.  `allow` says which groups are
 * accepted.  False with a message in msg on the first bad parameter. */
static bool parse_params(const sr_serve_request *req, int allow, sr_query *q, char *msg, size_t msglen)
{
    static const char *const text_names[] = {"country", "admin1", "type", "subtype", "cameo", "actor", "text"};
    sr_query_init(q);
    if (allow & P_PAGE) q->limit = SR_SERVE_PAGE_DEFAULT;
    if (allow & P_GEO_LIMIT) q->limit = SR_SERVE_GEO_DEFAULT;
    for (size_t i = 0; i < req->n_params; i++) {
        const char *k = req->params[i].key, *v = req->params[i].value ? req->params[i].value : "";
        for (size_t j = 0; j < i; j++)
            if (!strcmp(req->params[j].key, k)) {
                snprintf(msg, msglen, "parameter \"%.40s\" is given more than once", k);
                return false;
            }
        if (strlen(v) > 500) {
            snprintf(msg, msglen, "parameter \"%.40s\" is too long (at most 500 bytes)", k);
            return false;
        }
        bool known = false;
        if (allow & P_FILTERS) {
            known = true;
            if (!strcmp(k, "from") || !strcmp(k, "to")) {
                if (!*v) continue;
                if (!valid_date(v)) {
                    snprintf(msg, msglen, "%s must be a date YYYY-MM-DD, not \"%.40s\"", k, v);
                    return false;
                }
                if (k[0] == 'f') q->from = v;
                else q->to = v;
            } else if (!strcmp(k, "near")) {
                if (*v && !parse_near(v, q)) {
                    snprintf(msg, msglen, "near must be LAT,LON,KM (e.g. 33.3,44.4,25), not \"%.40s\"", v);
                    return false;
                }
            } else {
                size_t t;
                for (t = 0; t < sizeof text_names / sizeof *text_names; t++)
                    if (!strcmp(k, text_names[t])) break;
                if (t == sizeof text_names / sizeof *text_names) known = false;
                else if (*v) {
                    const char **slot[] = {&q->country, &q->admin1, &q->type, &q->subtype,
                                           &q->cameo, &q->actor, &q->text};
                    *slot[t] = v;
                }
            }
        }
        if (!known && (allow & (P_PAGE | P_GEO_LIMIT)) && !strcmp(k, "limit")) {
            known = true;
            long max = (allow & P_PAGE) ? SR_SERVE_PAGE_MAX : SR_SERVE_GEO_MAX;
            if (!parse_long(v, 1, max, &q->limit)) {
                snprintf(msg, msglen, "limit must be a whole number from 1 to %ld, not \"%.40s\"", max, v);
                return false;
            }
        }
        if (!known && (allow & P_PAGE) && !strcmp(k, "offset")) {
            known = true;
            if (!parse_long(v, 0, 1000000000L, &q->offset)) {
                snprintf(msg, msglen, "offset must be a whole number from 0, not \"%.40s\"", v);
                return false;
            }
        }
        if (!known) {
            snprintf(msg, msglen, "unknown parameter \"%.40s\"", k);
            return false;
        }
    }
    if (q->from && q->to && strcmp(q->from, q->to) > 0) {
        snprintf(msg, msglen, "from (%s) is after to (%s)", q->from, q->to);
        return false;
    }
    return true;
}

/* ------------------------------------------------------- /api/events */

typedef struct list_ctx {
    FILE *f;
    sr_exporter x;
    long rows;
} list_ctx;

/* export.c writes one JSON line per incident; the API joins them into an
 * array (the line's newline becomes the separator). */
static int list_one(const sr_incident *inc, void *user)
{
    list_ctx *c = user;
    if (c->rows++) fputc(',', c->f);
    long before = ftell(c->f);
    sr_export_incident(inc, &c->x);
    /* drop the trailing newline of the JSONL line */
    long after = ftell(c->f);
    if (after > before) fseek(c->f, after - 1, SEEK_SET);
    return 0;
}

static void api_events(worker *w, const sr_serve_request *req, sr_serve_response *r)
{
    sr_query q;
    char msg[256], err[1024];
    if (!parse_params(req, P_FILTERS | P_PAGE, &q, msg, sizeof msg)) { set_error(r, 400, "%s", msg); return; }
    long total = 0;
    if (sr_store_count(w->st, &q, &total, err, sizeof err)) { store_error(w, r, err); return; }
    char *buf = NULL;
    size_t len = 0;
    list_ctx c = {.f = open_memstream(&buf, &len)};
    if (!c.f) { set_error(r, 500, "out of memory"); return; }
    c.x.f = c.f;
    c.x.fmt = SR_FMT_JSONL;
    long next = q.offset + q.limit < total ? q.offset + q.limit : -1;
    fprintf(c.f, "{\"total\":%ld,\"offset\":%ld,\"limit\":%ld,\"next_offset\":", total, q.offset, q.limit);
    if (next >= 0) fprintf(c.f, "%ld", next);
    else fputs("null", c.f);
    fputs(",\"events\":[", c.f);
    int rc = q.offset < total ? sr_store_query(w->st, &q, false, list_one, &c, err, sizeof err) : 0;
    fputs("]}\n", c.f);
    fclose(c.f);
    if (rc) { free(buf); store_error(w, r, err); return; }
    set_body(r, 200, json_ctype, buf, len);
}

typedef struct one_ctx { char *buf; size_t len; bool found; } one_ctx;

static int one_incident(const sr_incident *inc, void *user)
{
    one_ctx *c = user;
    FILE *f = open_memstream(&c->buf, &c->len);
    if (!f) return 1;
    sr_exporter x = {.f = f, .fmt = SR_FMT_JSONL};
    sr_export_incident(inc, &x);
    fclose(f);
    c->found = true;
    return 1;
}

static void api_event(worker *w, const sr_serve_request *req, const char *idtext, sr_serve_response *r)
{
    long id;
    if (!parse_long(idtext, 1, 999999999999L, &id)) {
        set_error(r, 400, "an event id is a positive whole number, not \"%.40s\"", idtext);
        return;
    }
    if (req->n_params) { set_error(r, 400, "unknown parameter \"%.40s\"", req->params[0].key); return; }
    sr_query q;
    sr_query_init(&q);
    q.id = id;
    char err[1024];
    one_ctx c = {0};
    if (sr_store_query(w->st, &q, true, one_incident, &c, err, sizeof err)) {
        free(c.buf);
        store_error(w, r, err);
        return;
    }
    if (!c.found) { free(c.buf); set_error(r, 404, "no event %ld", id); return; }
    set_body(r, 200, json_ctype, c.buf, c.len);
}

/* ---------------------------------------------------- /api/events.geojson */

static void api_geojson(worker *w, const sr_serve_request *req, sr_serve_response *r)
{
    sr_query q;
    char msg[256], err[1024];
    if (!parse_params(req, P_FILTERS | P_GEO_LIMIT, &q, msg, sizeof msg)) { set_error(r, 400, "%s", msg); return; }
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) { set_error(r, 500, "out of memory"); return; }
    sr_exporter x = {.f = f, .fmt = SR_FMT_GEOJSON};
    sr_export_begin(&x);
    int rc = sr_store_query(w->st, &q, false, sr_export_incident, &x, err, sizeof err);
    sr_export_end(&x);
    fclose(f);
    if (rc) { free(buf); store_error(w, r, err); return; }
    set_body(r, 200, "application/geo+json; charset=utf-8", buf, len);
}

/* ------------------------------------------------------------ /api/stats */

typedef struct stats_ctx {
    json_object *days;        /* array of {date, n, fatalities, by_type{}} */
    json_object *day;         /* the last day object, or NULL */
    char day_date[11];
    json_object *types;       /* {type: {n, fatalities}} */
    json_object *countries;   /* {cc: {n, fatalities}} */
    long total, fatalities, undated;
} stats_ctx;

static void bump(json_object *map, const char *key, long n, long fatalities)
{
    json_object *o;
    if (!json_object_object_get_ex(map, key, &o)) {
        o = json_object_new_object();
        json_object_object_add(o, "n", json_object_new_int64(0));
        json_object_object_add(o, "fatalities", json_object_new_int64(0));
        json_object_object_add(map, key, o);
    }
    json_object *v;
    json_object_object_get_ex(o, "n", &v);
    json_object_set_int64(v, json_object_get_int64(v) + n);
    json_object_object_get_ex(o, "fatalities", &v);
    json_object_set_int64(v, json_object_get_int64(v) + fatalities);
}

static int stats_row(const char *date, const char *type, const char *country, long n, long fatalities,
                     void *user)
{
    stats_ctx *c = user;
    const char *t = *type ? type : "unknown";
    c->total += n;
    c->fatalities += fatalities;
    bump(c->types, t, n, fatalities);
    bump(c->countries, *country ? country : "unknown", n, fatalities);
    if (!*date) { c->undated += n; return 0; }
    if (!c->day || strcmp(c->day_date, date)) {
        c->day = json_object_new_object();
        snprintf(c->day_date, sizeof c->day_date, "%s", date);
        json_object_object_add(c->day, "date", json_object_new_string(date));
        json_object_object_add(c->day, "n", json_object_new_int64(0));
        json_object_object_add(c->day, "fatalities", json_object_new_int64(0));
        json_object_object_add(c->day, "by_type", json_object_new_object());
        json_object_array_add(c->days, c->day);
    }
    json_object *v;
    json_object_object_get_ex(c->day, "n", &v);
    json_object_set_int64(v, json_object_get_int64(v) + n);
    json_object_object_get_ex(c->day, "fatalities", &v);
    json_object_set_int64(v, json_object_get_int64(v) + fatalities);
    json_object_object_get_ex(c->day, "by_type", &v);
    json_object *tn;
    if (json_object_object_get_ex(v, t, &tn)) json_object_set_int64(tn, json_object_get_int64(tn) + n);
    else json_object_object_add(v, t, json_object_new_int64(n));
    return 0;
}

/* {key: {n, fatalities}} -> [{name: key, n, fatalities}] sorted by n, descending */
static int by_n_desc(const void *a, const void *b)
{
    json_object *x = *(json_object *const *)a, *y = *(json_object *const *)b, *vx, *vy;
    json_object_object_get_ex(x, "n", &vx);
    json_object_object_get_ex(y, "n", &vy);
    int64_t nx = json_object_get_int64(vx), ny = json_object_get_int64(vy);
    return nx < ny ? 1 : nx > ny ? -1 : 0;
}

static json_object *ranked(json_object *map, const char *keyname)
{
    json_object *arr = json_object_new_array();
    json_object_object_foreach(map, key, val) {
        json_object *o = json_object_new_object();
        json_object *v;
        json_object_object_add(o, keyname, json_object_new_string(key));
        json_object_object_get_ex(val, "n", &v);
        json_object_object_add(o, "n", json_object_get(v));
        json_object_object_get_ex(val, "fatalities", &v);
        json_object_object_add(o, "fatalities", json_object_get(v));
        json_object_array_add(arr, o);
    }
    json_object_array_sort(arr, by_n_desc);
    return arr;
}

static void api_stats(worker *w, const sr_serve_request *req, sr_serve_response *r)
{
    sr_query q;
    char msg[256], err[1024];
    if (!parse_params(req, P_FILTERS, &q, msg, sizeof msg)) { set_error(r, 400, "%s", msg); return; }
    stats_ctx c = {.days = json_object_new_array(), .types = json_object_new_object(),
                   .countries = json_object_new_object()};
    int rc = sr_store_stats(w->st, &q, stats_row, &c, err, sizeof err);
    if (rc) {
        json_object_put(c.days);
        json_object_put(c.types);
        json_object_put(c.countries);
        store_error(w, r, err);
        return;
    }
    json_object *o = json_object_new_object();
    json_object_object_add(o, "total", json_object_new_int64(c.total));
    json_object_object_add(o, "fatalities", json_object_new_int64(c.fatalities));
    json_object_object_add(o, "undated", json_object_new_int64(c.undated));
    json_object_object_add(o, "by_day", c.days);
    json_object_object_add(o, "by_type", ranked(c.types, "type"));
    json_object_object_add(o, "by_country", ranked(c.countries, "country"));
    json_object_put(c.types);
    json_object_put(c.countries);
    set_json(r, 200, o);
}

/* ------------------------------------------------------------- /api/code */

static bool has_prefix_ci(const char *s, const char *prefix)
{
    return s && !strncasecmp(s, prefix, strlen(prefix));
}

static const char *json_field(json_object *o, const char *key, bool *bad)
{
    json_object *v;
    if (!json_object_object_get_ex(o, key, &v) || json_object_is_type(v, json_type_null)) return NULL;
    if (!json_object_is_type(v, json_type_string)) { *bad = true; return NULL; }
    return json_object_get_string(v);
}

static void api_code(sr_server *srv, worker *w, const sr_serve_request *req, sr_serve_response *r)
{
    if (req->body_too_large || req->body_len > srv->cfg.max_body) {
        set_error(r, 413, "the body is larger than %zu bytes", srv->cfg.max_body);
        return;
    }
    for (size_t i = 0; i < req->n_params; i++)
        if (strcmp(req->params[i].key, "scope")) {
            set_error(r, 400, "unknown parameter \"%.40s\"", req->params[i].key);
            return;
        }
    sitrep_article a = {0};
    json_object *doc = NULL;
    char *text = NULL;
    const char *ct = req->content_type;
    if (has_prefix_ci(ct, "application/json")) {
        json_tokener *tok = json_tokener_new();
        doc = json_tokener_parse_ex(tok, req->body ? req->body : "", (int)req->body_len);
        bool complete = json_tokener_get_error(tok) == json_tokener_success &&
                        json_tokener_get_parse_end(tok) == req->body_len;
        json_tokener_free(tok);
        if (!doc || !complete || !json_object_is_type(doc, json_type_object)) {
            json_object_put(doc);
            set_error(r, 400, "the body is not a JSON object {\"text\": \"...\"}");
            return;
        }
        bool bad = false;
        const char *t = json_field(doc, "text", &bad);
        a.title = (char *)json_field(doc, "title", &bad);
        a.url = (char *)json_field(doc, "url", &bad);
        a.date = (char *)json_field(doc, "date", &bad);
        a.id = (char *)json_field(doc, "id", &bad);
        if (bad || !t || !*t) {
            json_object_put(doc);
            set_error(r, 400, "\"text\" (a non-empty string) is required; title, url, date and id are strings");
            return;
        }
        if (a.date && !valid_date(a.date)) {
            json_object_put(doc);
            set_error(r, 400, "date must be YYYY-MM-DD");
            return;
        }
        text = strdup(t);
    } else if (!ct || has_prefix_ci(ct, "text/plain")) {
        if (!req->body_len) { set_error(r, 400, "the body is empty: post the article text"); return; }
        text = strndup(req->body, req->body_len);
    } else {
        set_error(r, 415, "post text/plain (an article as `sitrep code -` reads it) or application/json");
        return;
    }
    if (!text) { json_object_put(doc); set_error(r, 500, "out of memory"); return; }
    a.text = text;
    a.text_len = strlen(text); /* an embedded NUL ends the text */
    if (!a.id || !*a.id) a.id = "posted";
    a.source = "POST /api/code";
    a.line = 1;
    if (!w->coder) {
        char err[512];
        w->coder = sitrep_open(&srv->cfg.coder, err, sizeof err);
        if (!w->coder) {
            free(text);
            json_object_put(doc);
            set_error(r, 500, "cannot load the coder: %s", err);
            return;
        }
    }
    sitrep_events ev = {0};
    int n = sitrep_code(w->coder, &a, &ev, NULL);
    free(text);
    json_object_put(doc);
    if (n < 0) { sitrep_events_free(&ev); set_error(r, 500, "internal error coding the text"); return; }
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) { sitrep_events_free(&ev); set_error(r, 500, "out of memory"); return; }
    fprintf(f, "{\"n\":%zu,\"events\":[", ev.n);
    for (size_t i = 0; i < ev.n; i++) {
        if (i) fputc(',', f);
        long before = ftell(f);
        sitrep_write_jsonl(f, &ev.v[i]);
        long after = ftell(f);
        if (after > before) fseek(f, after - 1, SEEK_SET); /* the line's newline */
    }
    fputs("]}\n", f);
    fclose(f);
    sitrep_events_free(&ev);
    set_body(r, 200, json_ctype, buf, len);
}

/* ----------------------------------------------------------- assets */

const sr_asset *sr_serve_asset(const char *path)
{
    for (size_t i = 0; i < sr_web_n_assets; i++)
        if (!strcmp(sr_web_assets[i].path, path)) return &sr_web_assets[i];
    return NULL;
}

/* Whether an If-None-Match header names this ETag ("*" or a list). */
static bool etag_matches(const char *header, const char *etag)
{
    if (!header) return false;
    /* "*", or the quoted tag anywhere in the list; W/"x" matches too, as
     * If-None-Match compares weakly */
    return !strcmp(header, "*") || strstr(header, etag) != NULL;
}

static void serve_asset(const sr_asset *a, const sr_serve_request *req, sr_serve_response *r)
{
    r->etag = a->etag;
    r->cache_control = a->vendor ? "public, max-age=86400" : "no-cache";
    r->content_type = a->content_type;
    if (etag_matches(req->if_none_match, a->etag)) {
        r->status = 304;
        r->body = NULL;
        r->len = 0;
        r->body_static = true;
        return;
    }
    r->status = 200;
    r->body = (char *)a->data;
    r->len = a->len;
    r->body_static = true;
}

/* ------------------------------------------------------------ routing */

void sr_serve_response_free(sr_serve_response *r)
{
    if (!r->body_static) free(r->body);
    r->body = NULL;
    r->len = 0;
}

static bool is(const char *a, const char *b) { return !strcmp(a, b); }

static void not_allowed(sr_serve_response *r, const char *allow)
{
    r->allow = allow;
    set_error(r, 405, "method not allowed here (allowed: %s)", allow);
}

void sr_serve_handle(sr_server *srv, const sr_serve_request *req, sr_serve_response *r)
{
    memset(r, 0, sizeof *r);
    const char *path = req->path ? req->path : "";
    const char *m = req->method ? req->method : "";
    bool get = is(m, "GET") || is(m, "HEAD");

    if (strncmp(path, "/api/", 5) != 0 && strcmp(path, "/api") != 0) {
        const sr_asset *a = sr_serve_asset(path);
        if (!a) {
            set_error(r, 404, "not found");
            return;
        }
        if (!get) { not_allowed(r, "GET, HEAD"); return; }
        serve_asset(a, req, r);
        return;
    }

    enum { R_NONE, R_EVENTS, R_EVENT, R_STATS, R_GEOJSON, R_CODE } route = R_NONE;
    const char *id = NULL;
    if (is(path, "/api/events")) route = R_EVENTS;
    else if (is(path, "/api/events.geojson")) route = R_GEOJSON;
    else if (is(path, "/api/stats")) route = R_STATS;
    else if (is(path, "/api/code")) route = R_CODE;
    else if (!strncmp(path, "/api/events/", 12) && path[12] && !strchr(path + 12, '/')) {
        route = R_EVENT;
        id = path + 12;
    }
    if (route == R_NONE) { set_error(r, 404, "no such API endpoint: %.100s", path); return; }
    if (route == R_CODE && !is(m, "POST")) { not_allowed(r, "POST"); return; }
    if (route != R_CODE && !get) { not_allowed(r, "GET, HEAD"); return; }

    worker *w = take_worker(srv);
    sr_store_set_deadline(w->st, w->time_limit);
    switch (route) {
    case R_EVENTS: api_events(w, req, r); break;
    case R_EVENT: api_event(w, req, id, r); break;
    case R_STATS: api_stats(w, req, r); break;
    case R_GEOJSON: api_geojson(w, req, r); break;
    case R_CODE: api_code(srv, w, req, r); break;
    default: break;
    }
    sr_store_set_deadline(w->st, 0);
    give_worker(srv, w);
}
