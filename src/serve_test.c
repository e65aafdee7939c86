/* serve_test.c — the handlers of `sitrep serve` without a network: every
 * endpoint, every error path (400 / 404 / 405 / 413 / 415), asset caching
 * (ETag, 304), path traversal, the read-only store, and the worker pool
 * under concurrent requests.  The fixture codes the bundled sample/ with the
 * real library into a temporary store, as `sitrep ingest` would. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <json-c/json.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"
#include "serve.h"
#include "store.h"
#include "test_util.h"

typedef struct fixture {
    char dir[64], path[96];
    sr_server *srv;
    sitrep *s;
    sr_store *st;
    sr_dedup_params p;
    sr_ingest_counts c;
} fixture;

static int add_article(sitrep_article *a, void *user)
{
    fixture *f = user;
    sr_doc doc;
    sr_clean(a, &doc);
    sitrep_article copy = *a;
    if (!copy.title || !*copy.title) copy.title = doc.title;
    if (!copy.url || !*copy.url) copy.url = doc.url;
    sitrep_events ev = {0};
    sitrep_code(f->s, a, &ev, NULL);
    char err[512];
    sr_store_add_article(f->st, &copy, doc.text, a->date, &ev, &f->p, &f->c, err, sizeof err);
    sitrep_events_free(&ev);
    sr_doc_free(&doc);
    return 0;
}

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    if (sr_test_mkdtemp(f->dir, sizeof f->dir, "sitrep-serve-test")) return -1;
    snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
    char err[512];
    sitrep_options opt = {0};
    f->s = sitrep_open(&opt, err, sizeof err);
    f->st = sr_store_open(f->path, err, sizeof err);
    if (!f->s || !f->st) { fprintf(stderr, "%s\n", err); return -1; }
    sr_dedup_defaults(&f->p);
    if (sr_store_begin(f->st, err, sizeof err)) return -1;
    sitrep_read_path("sample", add_article, NULL, f);
    if (sr_store_commit(f->st, err, sizeof err)) return -1;
    sr_store_close(f->st);
    f->st = NULL;
    sitrep_close(f->s);
    f->s = NULL;
    sr_serve_config cfg = {.db = f->path, .workers = 2, .max_body = 4096};
    f->srv = sr_server_open(&cfg, err, sizeof err);
    if (!f->srv) { fprintf(stderr, "%s\n", err); return -1; }
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    sr_server_close(f->srv);
    if (sr_test_rmtree(f->dir)) return -1;
    free(f);
    return 0;
}

/* One request.  params: "k=v&k=v" (not URL-encoded; may be NULL). */
typedef struct call {
    sr_serve_response r;
    json_object *json; /* parsed body when JSON */
    sr_serve_param p[16];
    char pbuf[512];
} call;

static void do_req(fixture *f, call *c, const char *method, const char *path, const char *params,
                   const char *ctype, const char *body, const char *inm)
{
    memset(c, 0, sizeof *c);
    sr_serve_request req = {.method = method, .path = path, .content_type = ctype, .if_none_match = inm};
    if (params) {
        snprintf(c->pbuf, sizeof c->pbuf, "%s", params);
        char *save = NULL;
        for (char *kv = strtok_r(c->pbuf, "&", &save); kv && req.n_params < 16; kv = strtok_r(NULL, "&", &save)) {
            char *eq = strchr(kv, '=');
            if (eq) *eq = 0;
            c->p[req.n_params].key = kv;
            c->p[req.n_params].value = eq ? eq + 1 : "";
            req.n_params++;
        }
        req.params = c->p;
    }
    if (body) {
        req.body = body;
        req.body_len = strlen(body);
    }
    sr_serve_handle(f->srv, &req, &c->r);
    if (c->r.content_type && strstr(c->r.content_type, "json") && c->r.body && c->r.len) {
        json_tokener *tok = json_tokener_new();
        c->json = json_tokener_parse_ex(tok, c->r.body, (int)c->r.len);
        json_tokener_free(tok);
    }
}

static void done(call *c)
{
    json_object_put(c->json);
    sr_serve_response_free(&c->r);
}

static json_object *get(json_object *o, const char *key)
{
    json_object *v = NULL;
    assert_true(json_object_object_get_ex(o, key, &v));
    return v;
}

static void expect_error(fixture *f, int status, const char *method, const char *path, const char *params,
                         const char *ctype, const char *body, const char *needle)
{
    call c;
    do_req(f, &c, method, path, params, ctype, body, NULL);
    if (c.r.status != status) fprintf(stderr, "%s %s?%s -> %d %.*s\n", method, path, params ? params : "",
                                      c.r.status, (int)c.r.len, c.r.body ? c.r.body : "");
    assert_int_equal(c.r.status, status);
    assert_non_null(c.json);
    const char *msg = json_object_get_string(get(c.json, "error"));
    if (needle && !strstr(msg, needle)) fprintf(stderr, "error \"%s\" lacks \"%s\"\n", msg, needle);
    if (needle) assert_non_null(strstr(msg, needle));
    assert_string_equal(c.r.cache_control, "no-store");
    done(&c);
}

static void test_events_list_and_paging(void **state)
{
    fixture *f = *state;
    call c;
    do_req(f, &c, "GET", "/api/events", NULL, NULL, NULL, NULL);
    assert_int_equal(c.r.status, 200);
    assert_non_null(c.json);
    long total = (long)json_object_get_int64(get(c.json, "total"));
    assert_true(total >= 4);
    assert_int_equal(json_object_array_length(get(c.json, "events")), total);
    assert_true(json_object_is_type(get(c.json, "next_offset"), json_type_null));
    json_object *first = json_object_array_get_idx(get(c.json, "events"), 0);
    long long id0 = json_object_get_int64(get(first, "incident_id"));
    assert_true(json_object_array_length(get(first, "sources")) >= 1);
    done(&c);

    do_req(f, &c, "GET", "/api/events", "limit=1&offset=1", NULL, NULL, NULL);
    assert_int_equal(c.r.status, 200);
    assert_int_equal(json_object_array_length(get(c.json, "events")), 1);
    assert_int_equal(json_object_get_int64(get(c.json, "next_offset")), 2);
    assert_int_equal(json_object_get_int64(get(c.json, "total")), total);
    json_object *second = json_object_array_get_idx(get(c.json, "events"), 0);
    assert_true(json_object_get_int64(get(second, "incident_id")) != id0);
    done(&c);

    do_req(f, &c, "GET", "/api/events", "offset=1000", NULL, NULL, NULL);
    assert_int_equal(c.r.status, 200);
    assert_int_equal(json_object_array_length(get(c.json, "events")), 0);
    done(&c);

    /* filters: the country, the type, the words, dates; empty values are no filter */
    do_req(f, &c, "GET", "/api/events", "country=ua&type=&text=", NULL, NULL, NULL);
    assert_int_equal(c.r.status, 200);
    assert_int_equal(json_object_get_int64(get(c.json, "total")), 1);
    json_object *ua = json_object_array_get_idx(get(c.json, "events"), 0);
    assert_string_equal(json_object_get_string(get(get(ua, "location"), "country")), "UA");
    done(&c);
    do_req(f, &c, "GET", "/api/events", "type=Protests&from=2024-01-01&to=2024-12-31", NULL, NULL, NULL);
    assert_int_equal(json_object_get_int64(get(c.json, "total")), 1);
    done(&c);
    do_req(f, &c, "GET", "/api/events", "text=Kherson&near=46.6,32.6,50", NULL, NULL, NULL);
    assert_int_equal(json_object_get_int64(get(c.json, "total")), 1);
    done(&c);
    do_req(f, &c, "GET", "/api/events", "text=\"OR*", NULL, NULL, NULL); /* FTS5 syntax is just words */
    assert_int_equal(c.r.status, 200);
    done(&c);
    do_req(f, &c, "HEAD", "/api/events", NULL, NULL, NULL, NULL);
    assert_int_equal(c.r.status, 200);
    done(&c);
}

static void test_event_by_id(void **state)
{
    fixture *f = *state;
    call c;
    do_req(f, &c, "GET", "/api/events", "country=UA", NULL, NULL, NULL);
    long long id = json_object_get_int64(get(json_object_array_get_idx(get(c.json, "events"), 0), "incident_id"));
    done(&c);
    char path[64];
    snprintf(path, sizeof path, "/api/events/%lld", id);
    do_req(f, &c, "GET", path, NULL, NULL, NULL, NULL);
    assert_int_equal(c.r.status, 200);
    assert_int_equal(json_object_get_int64(get(c.json, "incident_id")), id);
    json_object *src = json_object_array_get_idx(get(c.json, "sources"), 0);
    assert_string_equal(json_object_get_string(get(src, "article_id")), "kherson-shelling");
    json_object *ev = json_object_array_get_idx(get(c.json, "events"), 0);
    json_object *evidence = get(ev, "evidence");
    assert_non_null(strstr(json_object_get_string(get(evidence, "text")), "Kherson"));
    done(&c);

    expect_error(f, 404, "GET", "/api/events/999999", NULL, NULL, NULL, "no event 999999");
    expect_error(f, 400, "GET", "/api/events/abc", NULL, NULL, NULL, "positive whole number");
    expect_error(f, 400, "GET", "/api/events/0", NULL, NULL, NULL, "positive whole number");
    expect_error(f, 400, "GET", "/api/events/-1", NULL, NULL, NULL, "positive whole number");
    expect_error(f, 400, "GET", "/api/events/1e3", NULL, NULL, NULL, "positive whole number");
    expect_error(f, 400, "GET", "/api/events/99999999999999999999", NULL, NULL, NULL, "positive whole number");
    expect_error(f, 400, "GET", path, "x=1", NULL, NULL, "unknown parameter");
    expect_error(f, 404, "GET", "/api/events/1/sources", NULL, NULL, NULL, "no such API endpoint");
}

static void test_stats_and_geojson(void **state)
{
    fixture *f = *state;
    call c;
    do_req(f, &c, "GET", "/api/events", NULL, NULL, NULL, NULL);
    long total = (long)json_object_get_int64(get(c.json, "total"));
    done(&c);
    do_req(f, &c, "GET", "/api/stats", NULL, NULL, NULL, NULL);
    assert_int_equal(c.r.status, 200);
    assert_int_equal(json_object_get_int64(get(c.json, "total")), total);
    long sum = 0;
    json_object *days = get(c.json, "by_day");
    for (size_t i = 0; i < json_object_array_length(days); i++)
        sum += (long)json_object_get_int64(get(json_object_array_get_idx(days, i), "n"));
    assert_int_equal(sum + json_object_get_int64(get(c.json, "undated")), total);
    assert_true(json_object_array_length(get(c.json, "by_type")) >= 2);
    assert_true(json_object_array_length(get(c.json, "by_country")) >= 3);
    assert_true(json_object_get_int64(get(c.json, "fatalities")) >= 13); /* 3 + 6 + 4 */
    done(&c);
    do_req(f, &c, "GET", "/api/stats", "country=ML", NULL, NULL, NULL);
    assert_int_equal(json_object_get_int64(get(c.json, "total")), 1);
    json_object *ml = json_object_array_get_idx(get(c.json, "by_country"), 0);
    assert_string_equal(json_object_get_string(get(ml, "country")), "ML");
    assert_int_equal(json_object_get_int64(get(ml, "fatalities")), 6);
    done(&c);

    do_req(f, &c, "GET", "/api/events.geojson", "limit=2", NULL, NULL, NULL);
    assert_int_equal(c.r.status, 200);
    assert_non_null(strstr(c.r.content_type, "geo+json"));
    assert_string_equal(json_object_get_string(get(c.json, "type")), "FeatureCollection");
    assert_int_equal(json_object_array_length(get(c.json, "features")), 2);
    done(&c);
    do_req(f, &c, "GET", "/api/events.geojson", "country=KE", NULL, NULL, NULL);
    json_object *feat = json_object_array_get_idx(get(c.json, "features"), 0);
    assert_string_equal(json_object_get_string(get(get(feat, "geometry"), "type")), "Point");
    done(&c);
    expect_error(f, 400, "GET", "/api/events.geojson", "limit=100001", NULL, NULL, "limit");
    expect_error(f, 400, "GET", "/api/events.geojson", "offset=1", NULL, NULL, "unknown parameter");
    expect_error(f, 400, "GET", "/api/stats", "limit=5", NULL, NULL, "unknown parameter");
}

static void test_bad_parameters(void **state)
{
    fixture *f = *state;
    expect_error(f, 400, "GET", "/api/events", "from=2024-13-01", NULL, NULL, "from must be a date");
    expect_error(f, 400, "GET", "/api/events", "to=yesterday", NULL, NULL, "to must be a date");
    expect_error(f, 400, "GET", "/api/events", "from=2024-02-01&to=2024-01-01", NULL, NULL, "is after");
    expect_error(f, 400, "GET", "/api/events", "near=1,2", NULL, NULL, "near must be");
    expect_error(f, 400, "GET", "/api/events", "near=91,0,5", NULL, NULL, "near must be");
    expect_error(f, 400, "GET", "/api/events", "near=nan,0,5", NULL, NULL, "near must be");
    expect_error(f, 400, "GET", "/api/events", "limit=0", NULL, NULL, "limit must be");
    expect_error(f, 400, "GET", "/api/events", "limit=1001", NULL, NULL, "limit must be");
    expect_error(f, 400, "GET", "/api/events", "limit=ten", NULL, NULL, "limit must be");
    expect_error(f, 400, "GET", "/api/events", "offset=-5", NULL, NULL, "offset must be");
    expect_error(f, 400, "GET", "/api/events", "colour=red", NULL, NULL, "unknown parameter \"colour\"");
    expect_error(f, 400, "GET", "/api/events", "country=UA&country=KE", NULL, NULL, "more than once");
    /* a message quoting bad UTF-8, or UTF-8 cut at 40 bytes, is still valid UTF-8 */
    call c;
    do_req(f, &c, "GET", "/api/events", "from=\xff\xfe", NULL, NULL, NULL);
    assert_int_equal(c.r.status, 400);
    assert_non_null(strstr(c.r.body, "??"));
    done(&c);
    do_req(f, &c, "GET", "/api/events", "to=a\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
           "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9", NULL, NULL, NULL);
    assert_int_equal(c.r.status, 400);
    assert_non_null(c.json); /* "a" and 21 two-byte letters cut at 40 bytes: the half letter is ? */
    assert_non_null(strstr(json_object_get_string(get(c.json, "error")), "\xc3\xa9?\""));
    done(&c);
    char long_param[600] = "text=";
    memset(long_param + 5, 'a', 520);
    long_param[525] = 0;
    expect_error(f, 400, "GET", "/api/events", long_param, NULL, NULL, "too long");
}

static void test_paths_and_methods(void **state)
{
    fixture *f = *state;
    expect_error(f, 404, "GET", "/api/nothing", NULL, NULL, NULL, "no such API endpoint");
    expect_error(f, 404, "GET", "/api", NULL, NULL, NULL, NULL);
    expect_error(f, 404, "GET", "/nothing.html", NULL, NULL, NULL, "not found");
    expect_error(f, 404, "GET", "/../etc/passwd", NULL, NULL, NULL, "not found");
    expect_error(f, 404, "GET", "/vendor/../app.js", NULL, NULL, NULL, "not found");
    expect_error(f, 404, "GET", "/vendor/../../../../etc/passwd", NULL, NULL, NULL, "not found");
    expect_error(f, 404, "GET", "/app.js/", NULL, NULL, NULL, "not found");
    expect_error(f, 404, "GET", "//etc/passwd", NULL, NULL, NULL, "not found");
    expect_error(f, 404, "GET", "", NULL, NULL, NULL, "not found");

    call c;
    do_req(f, &c, "POST", "/api/events", NULL, "text/plain", "x", NULL);
    assert_int_equal(c.r.status, 405);
    assert_string_equal(c.r.allow, "GET, HEAD");
    done(&c);
    do_req(f, &c, "GET", "/api/code", NULL, NULL, NULL, NULL);
    assert_int_equal(c.r.status, 405);
    assert_string_equal(c.r.allow, "POST");
    done(&c);
    do_req(f, &c, "DELETE", "/", NULL, NULL, NULL, NULL);
    assert_int_equal(c.r.status, 405);
    done(&c);
    do_req(f, &c, "PUT", "/api/events/1", NULL, NULL, NULL, NULL);
    assert_int_equal(c.r.status, 405);
    done(&c);
}

static void test_assets(void **state)
{
    fixture *f = *state;
    call c;
    do_req(f, &c, "GET", "/", NULL, NULL, NULL, NULL);
    assert_int_equal(c.r.status, 200);
    assert_string_equal(c.r.content_type, "text/html; charset=utf-8");
    assert_string_equal(c.r.cache_control, "no-cache");
    assert_non_null(c.r.etag);
    assert_true(c.r.etag[0] == '"');
    assert_true(c.r.body_static);
    char head[2048];
    snprintf(head, sizeof head, "%.*s", (int)(c.r.len < 2047 ? c.r.len : 2047), c.r.body);
    assert_non_null(strstr(head, "/app.js"));
    char etag[64];
    snprintf(etag, sizeof etag, "%s", c.r.etag);
    done(&c);
    do_req(f, &c, "GET", "/", NULL, NULL, NULL, etag);
    assert_int_equal(c.r.status, 304);
    assert_int_equal(c.r.len, 0);
    done(&c);
    char weak[80];
    snprintf(weak, sizeof weak, "\"other\", W/%s", etag);
    do_req(f, &c, "GET", "/", NULL, NULL, NULL, weak);
    assert_int_equal(c.r.status, 304);
    done(&c);
    do_req(f, &c, "GET", "/", NULL, NULL, NULL, "\"stale\"");
    assert_int_equal(c.r.status, 200);
    done(&c);

    static const struct { const char *path, *type; int vendor; } want[] = {
        {"/app.js", "text/javascript; charset=utf-8", 0},
        {"/style.css", "text/css; charset=utf-8", 0},
        {"/vendor/d3-geo.min.js", "text/javascript; charset=utf-8", 1},
        {"/vendor/d3-array.min.js", "text/javascript; charset=utf-8", 1},
        {"/vendor/topojson-client.min.js", "text/javascript; charset=utf-8", 1},
        {"/vendor/countries-50m.json", "application/json", 1},
        {"/vendor/d3-geo.LICENSE.txt", "text/plain; charset=utf-8", 1},
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        do_req(f, &c, "HEAD", want[i].path, NULL, NULL, NULL, NULL);
        assert_int_equal(c.r.status, 200);
        assert_string_equal(c.r.content_type, want[i].type);
        assert_true(c.r.len > 100);
        assert_string_equal(c.r.cache_control, want[i].vendor ? "public, max-age=86400" : "no-cache");
        done(&c);
    }
}

static void test_code(void **state)
{
    fixture *f = *state;
    call c;
    const char *text = "date 2023-11-14\nRussian artillery shelled a residential district of Kherson on Monday "
                       "evening, killing three civilians and wounding seven others, the governor said.";
    do_req(f, &c, "POST", "/api/code", NULL, "text/plain; charset=utf-8", text, NULL);
    assert_int_equal(c.r.status, 200);
    assert_int_equal(json_object_get_int64(get(c.json, "n")), 1);
    json_object *ev = json_object_array_get_idx(get(c.json, "events"), 0);
    assert_string_equal(json_object_get_string(get(ev, "sub_event_type")), "Shelling/artillery/missile attack");
    assert_int_equal(json_object_get_int(get(ev, "fatalities")), 3);
    done(&c);
    do_req(f, &c, "POST", "/api/code", NULL, "application/json",
           "{\"text\":\"Police fired tear gas at protesters in Nairobi on Tuesday.\",\"date\":\"2024-03-05\","
           "\"id\":\"mine\",\"title\":null}", NULL);
    assert_int_equal(c.r.status, 200);
    ev = json_object_array_get_idx(get(c.json, "events"), 0);
    assert_string_equal(json_object_get_string(get(ev, "event_type")), "Protests");
    assert_string_equal(json_object_get_string(get(ev, "article_id")), "mine");
    done(&c);
    /* nothing to code is not an error */
    do_req(f, &c, "POST", "/api/code", NULL, NULL, "The weather was fine.", NULL);
    assert_int_equal(c.r.status, 200);
    assert_int_equal(json_object_get_int64(get(c.json, "n")), 0);
    done(&c);
    /* nothing was stored */
    do_req(f, &c, "GET", "/api/events", "text=tear", NULL, NULL, NULL);
    assert_int_equal(json_object_get_int64(get(c.json, "total")), 1); /* the sample's own */
    done(&c);

    expect_error(f, 400, "POST", "/api/code", NULL, "application/json", "{\"text\":", "not a JSON object");
    expect_error(f, 400, "POST", "/api/code", NULL, "application/json", "[1,2]", "not a JSON object");
    expect_error(f, 400, "POST", "/api/code", NULL, "application/json", "{\"text\":\"a\"} x", "not a JSON object");
    expect_error(f, 400, "POST", "/api/code", NULL, "application/json", "{\"title\":\"t\"}", "\"text\"");
    expect_error(f, 400, "POST", "/api/code", NULL, "application/json", "{\"text\":5}", "\"text\"");
    expect_error(f, 400, "POST", "/api/code", NULL, "application/json", "{\"text\":\"x\",\"date\":\"soon\"}", "date");
    expect_error(f, 400, "POST", "/api/code", NULL, "text/plain", "", "empty");
    expect_error(f, 400, "POST", "/api/code", "store=1", "text/plain", "x", "unknown parameter");
    expect_error(f, 415, "POST", "/api/code", NULL, "application/x-www-form-urlencoded", "a=b", "text/plain");
    char *big = malloc(5000);
    memset(big, 'a', 4999);
    big[4999] = 0;
    expect_error(f, 413, "POST", "/api/code", NULL, "text/plain", big, "larger than 4096");
    free(big);
    sr_serve_request req = {.method = "POST", .path = "/api/code", .body_too_large = true};
    sr_serve_response r;
    sr_serve_handle(f->srv, &req, &r);
    assert_int_equal(r.status, 413);
    sr_serve_response_free(&r);
}

static void test_open_errors_and_read_only(void **state)
{
    fixture *f = *state;
    char err[512];
    /* a PostgreSQL store that cannot be reached: an error naming it */
    sr_serve_config cfg = {.db = "postgresql://127.0.0.1:1/sitrep", .workers = 1};
    assert_null(sr_server_open(&cfg, err, sizeof err));
    assert_non_null(strstr(err, "postgresql://127.0.0.1:1/sitrep"));
    assert_non_null(strstr(err, "cannot connect"));
    char missing[128];
    snprintf(missing, sizeof missing, "%s/none.db", f->dir);
    cfg.db = missing;
    assert_null(sr_server_open(&cfg, err, sizeof err));
    assert_int_equal(access(missing, F_OK), -1); /* not created */
    char notstore[128];
    snprintf(notstore, sizeof notstore, "%s/plain.txt", f->dir);
    FILE *t = fopen(notstore, "w");
    fputs("not a database\n", t);
    fclose(t);
    cfg.db = notstore;
    assert_null(sr_server_open(&cfg, err, sizeof err));

    /* a read-only connection refuses writes */
    sr_store *ro = sr_store_open_readonly(f->path, err, sizeof err);
    assert_non_null(ro);
    assert_int_not_equal(sr_store_begin(ro, err, sizeof err), 0);
    sr_store_close(ro);
}

/* A store of n synthetic incidents (one article each, days apart so none
 * join), big enough that listing them takes SQLite a few thousand steps. */
static void synthetic_store(const char *path, int n)
{
    char err[512];
    sr_store *st = sr_store_open(path, err, sizeof err);
    assert_non_null(st);
    sr_dedup_params p;
    sr_dedup_defaults(&p);
    sr_ingest_counts c = {0};
    assert_int_equal(sr_store_begin(st, err, sizeof err), 0);
    for (int i = 0; i < n; i++) {
        char id[32], text[128], date[32];
        snprintf(id, sizeof id, "syn-%d", i);
        snprintf(text, sizeof text, "Synthetic report number %d about a clash in Village%d.", i, i);
        snprintf(date, sizeof date, "%04d-%02d-%02d", 2000 + i / 300, 1 + (i / 25) % 12, 1 + i % 25);
        sitrep_article a = {.id = id, .text = text, .text_len = strlen(text), .date = date};
        sitrep_event e;
        memset(&e, 0, sizeof e);
        snprintf(e.article_id, sizeof e.article_id, "%s", id);
        snprintf(e.event_id, sizeof e.event_id, "ev%d", i);
        memcpy(e.date, date, sizeof e.date - 1); /* YYYY-MM-DD */
        e.date_precision = SITREP_PREC_DAY;
        e.date_source = "text";
        e.event_type = "Battles";
        e.sub_event_type = "Armed clash";
        snprintf(e.location.name, sizeof e.location.name, "Village%d", i);
        snprintf(e.location.country, sizeof e.location.country, "%c%c", 'A' + i % 26, 'A' + (i / 26) % 26);
        e.location.lat = -60 + (i % 120);
        e.location.lon = -170 + (i % 340);
        e.location.precision = SITREP_GEO_CITY;
        e.fatalities = e.injured = e.weapon_count = SITREP_UNKNOWN;
        e.evidence.text = text;
        e.evidence.end = strlen(text);
        e.confidence = 0.5;
        e.sources = 1;
        sitrep_events ev = {.v = &e, .n = 1, .cap = 1};
        assert_int_equal(sr_store_add_article(st, &a, text, date, &ev, &p, &c, err, sizeof err), SR_ADD_STORED);
    }
    assert_int_equal(sr_store_commit(st, err, sizeof err), 0);
    sr_store_close(st);
}

static void test_time_limit(void **state)
{
    fixture *f = *state;
    char err[512], path[128];
    snprintf(path, sizeof path, "%s/big.db", f->dir);
    synthetic_store(path, 400);
    /* a limit no query can meet: the store interrupts it, the API says 503 */
    sr_serve_config cfg = {.db = path, .workers = 1, .time_limit = 1e-9};
    fixture g = *f;
    g.srv = sr_server_open(&cfg, err, sizeof err);
    assert_non_null(g.srv);
    expect_error(&g, 503, "GET", "/api/events", NULL, NULL, NULL, "time limit");
    expect_error(&g, 503, "GET", "/api/events.geojson", NULL, NULL, NULL, "time limit");
    expect_error(&g, 503, "GET", "/api/stats", NULL, NULL, NULL, "time limit");
    sr_server_close(g.srv);
    /* the deadline is per request: a generous one lets everything through */
    cfg.time_limit = 30;
    g.srv = sr_server_open(&cfg, err, sizeof err);
    call c;
    for (int i = 0; i < 3; i++) {
        do_req(&g, &c, "GET", i == 0 ? "/api/events" : i == 1 ? "/api/events.geojson" : "/api/stats", NULL,
               NULL, NULL, NULL);
        assert_int_equal(c.r.status, 200);
        done(&c);
    }
    do_req(&g, &c, "GET", "/api/events", "limit=1000", NULL, NULL, NULL);
    assert_int_equal(json_object_get_int64(get(c.json, "total")), 400);
    done(&c);
    sr_server_close(g.srv);
}

typedef struct hammer { fixture *f; int ok; } hammer;

static void *hammer_run(void *arg)
{
    hammer *h = arg;
    static const char *const paths[] = {"/api/events", "/api/stats", "/api/events.geojson", "/api/events/1", "/"};
    for (int i = 0; i < 40; i++) {
        sr_serve_request req = {.method = "GET", .path = paths[i % 5]};
        sr_serve_response r;
        sr_serve_handle(h->f->srv, &req, &r);
        if (r.status == 200) h->ok++;
        sr_serve_response_free(&r);
    }
    return NULL;
}

static void test_concurrent_requests(void **state)
{
    fixture *f = *state; /* 2 workers, 8 threads */
    pthread_t th[8];
    hammer h[8];
    for (int i = 0; i < 8; i++) {
        h[i] = (hammer){.f = f};
        assert_int_equal(pthread_create(&th[i], NULL, hammer_run, &h[i]), 0);
    }
    for (int i = 0; i < 8; i++) {
        pthread_join(th[i], NULL);
        assert_int_equal(h[i].ok, 40);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_events_list_and_paging),
        cmocka_unit_test(test_event_by_id),
        cmocka_unit_test(test_stats_and_geojson),
        cmocka_unit_test(test_bad_parameters),
        cmocka_unit_test(test_paths_and_methods),
        cmocka_unit_test(test_assets),
        cmocka_unit_test(test_code),
        cmocka_unit_test(test_open_errors_and_read_only),
        cmocka_unit_test(test_time_limit),
        cmocka_unit_test(test_concurrent_requests),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
