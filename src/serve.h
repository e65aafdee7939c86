/* serve.h — the HTTP API and web page of `sitrep serve`, as plain functions.
 *
 * serve.c holds everything a request needs except the network: routing,
 * parameter checking, the JSON answers over the event store, coding posted
 * text, and the static files of the web page.  A request goes in as an
 * sr_serve_request (method, path, decoded query parameters, body) and comes
 * out as an sr_serve_response (status, type, body, caching headers), so the
 * handlers are unit-tested without sockets (serve_test.c).  cmd_serve.c puts
 * them behind libmicrohttpd.
 *
 * Threads: sr_serve_handle() may be called from many threads at once.  The
 * server keeps a pool of workers, each with its own read-only store
 * connection and (opened on first use) its own sitrep context; a request
 * borrows one worker for its duration.
 *
 * The web page's files are compiled in: the Makefile runs tools/embed.c over
 * web/ and the pinned npm packages, producing sr_web_assets[].
 */
#ifndef SITREP_SERVE_H
#define SITREP_SERVE_H

#include "sitrep.h"

#include <stdbool.h>
#include <stddef.h>

/* One file of the web page, compiled in (generated web_assets.c). */
typedef struct sr_asset {
    const char *path;         /* URL path: "/", "/app.js", "/vendor/d3-geo.min.js" */
    const char *content_type;
    const unsigned char *data;
    size_t len;
    const char *etag;         /* quoted strong ETag: hash of the content */
    int vendor;               /* 1: a pinned third-party file (long caching) */
} sr_asset;

extern const sr_asset sr_web_assets[];
extern const size_t sr_web_n_assets;

typedef struct sr_serve_param { const char *key, *value; } sr_serve_param;

typedef struct sr_serve_request {
    const char *method;              /* "GET", "HEAD", "POST", ... */
    const char *path;                /* decoded, without the query string */
    const sr_serve_param *params;    /* decoded query parameters, in order */
    size_t n_params;
    const char *if_none_match;       /* NULL when absent */
    const char *content_type;        /* of the body; NULL when absent */
    const char *body;                /* NULL when none */
    size_t body_len;
    bool body_too_large;             /* the transport cut the body at max_body */
} sr_serve_request;

typedef struct sr_serve_response {
    int status;
    const char *content_type;
    char *body;                /* owned unless body_static */
    size_t len;
    bool body_static;          /* points into sr_web_assets: not freed */
    const char *etag;          /* NULL: no ETag header */
    const char *cache_control;
    const char *allow;         /* for 405 */
} sr_serve_response;

typedef struct sr_serve_config {
    const char *db;            /* store to read (opened read-only) */
    int workers;               /* concurrent requests served (>= 1) */
    size_t max_body;           /* largest POST body accepted (bytes) */
    double time_limit;         /* seconds of store work per request; <= 0: none */
    sitrep_options coder;      /* for POST /api/code */
} sr_serve_config;

#define SR_SERVE_MAX_BODY_DEFAULT (1024 * 1024)
#define SR_SERVE_TIME_LIMIT_DEFAULT 10.0
#define SR_SERVE_PAGE_DEFAULT 100     /* /api/events page size */
#define SR_SERVE_PAGE_MAX 1000
#define SR_SERVE_GEO_DEFAULT 10000    /* /api/events.geojson features */
#define SR_SERVE_GEO_MAX 100000

typedef struct sr_server sr_server;

/* Open the store read-only once per worker.  NULL and a message in err on
 * failure (no such store, not a store, PostgreSQL not available yet). */
sr_server *sr_server_open(const sr_serve_config *cfg, char *err, size_t errlen);
void sr_server_close(sr_server *srv);

/* Answer one request.  Always fills *resp; release it with
 * sr_serve_response_free(). */
void sr_serve_handle(sr_server *srv, const sr_serve_request *req, sr_serve_response *resp);
void sr_serve_response_free(sr_serve_response *resp);

/* The asset served at a URL path, or NULL. */
const sr_asset *sr_serve_asset(const char *path);

#endif
