/* cmd_serve.c — `sitrep serve`: the HTTP API and web page over an event
 * store, on libmicrohttpd.
 *
 *   sitrep serve --db PATH [--port 8080] [--bind 127.0.0.1] [--threads 4]
 *
 * This file is only the network side.  libmicrohttpd runs a pool of threads,
 * each with its own epoll loop; for every request it calls on_request()
 * several times: first with the headers (a declared body over the limit is
 * refused here with 413), then with each piece of the body (collected up to
 * the limit), then once more to answer.  The answer comes from
 * sr_serve_handle() (serve.c), which sees decoded path, parameters and body
 * and returns status, type, body and caching headers.  The store is opened
 * read-only, one connection per worker.
 *
 * Limits: POST bodies (--max-body, 1 MiB), idle connections (--timeout,
 * 30 s), store work per request (--time-limit, 10 s: then 503), concurrent
 * connections (1024), header size (libmicrohttpd's 32 KiB per connection),
 * query parameters (64).  SIGINT or SIGTERM stop the
 * server cleanly: running requests finish, connections close, then exit 0.
 */
#include "cli.h"
#include "serve.h"

#include <arpa/inet.h>
#include <pthread.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#define MAX_PARAMS 64

typedef struct req_ctx {
    char *body;
    size_t len, cap;
    bool too_large;
    bool answered;   /* a response was queued early (413) */
} req_ctx;

typedef struct params_ctx {
    sr_serve_param p[MAX_PARAMS];
    size_t n;
    bool too_many;
} params_ctx;

typedef struct app {
    sr_server *srv;
    size_t max_body;
} app;

static void usage(FILE *f)
{
    fputs("usage: sitrep serve [--db PATH] [--port N] [--bind ADDR] [options]\n"
          "Serve an event store as a JSON API and a web page (map, timeline, table,\n"
          "evidence) at http://ADDR:PORT/.  The store is opened read-only.\n\n"
          "options:\n"
          "  --db PATH          store made by sitrep ingest: an SQLite file (default\n"
          "                     ./sitrep.db) or postgres://... (PostgreSQL)\n"
          "  --port N           TCP port (default 8080; 0: any free port, printed)\n"
          "  --bind ADDR        address to listen on (default 127.0.0.1; 0.0.0.0 or ::\n"
          "                     for every interface)\n"
          "  --threads N        worker threads and store connections (default 4)\n"
          "  --max-body BYTES   largest POST /api/code body (default 1048576)\n"
          "  --timeout SECONDS  close connections idle this long (default 30)\n"
          "  --time-limit SECONDS  store work allowed per request before it is\n"
          "                     stopped with 503 (default 10; 0: none)\n"
          "  -h, --help         this help\n\n"
          "API: GET /api/events, /api/events/{id}, /api/stats, /api/events.geojson;\n"
          "POST /api/code.  See docs/serve.md.\n", f);
}

static enum MHD_Result add_param(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
    params_ctx *pc = cls;
    if (pc->n == MAX_PARAMS) {
        pc->too_many = true;
        return MHD_NO;
    }
    pc->p[pc->n].key = key;
    pc->p[pc->n].value = value ? value : "";
    pc->n++;
    return MHD_YES;
}

static enum MHD_Result send_response(struct MHD_Connection *c, sr_serve_response *r)
{
    struct MHD_Response *resp;
    if (r->body_static || !r->body)
        resp = MHD_create_response_from_buffer(r->len, r->body, MHD_RESPMEM_PERSISTENT);
    else {
        resp = MHD_create_response_from_buffer(r->len, r->body, MHD_RESPMEM_MUST_FREE);
        if (resp) r->body = NULL; /* libmicrohttpd frees it */
    }
    if (!resp) {
        sr_serve_response_free(r);
        return MHD_NO;
    }
    if (r->content_type) MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, r->content_type);
    if (r->cache_control) MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, r->cache_control);
    if (r->etag) MHD_add_response_header(resp, MHD_HTTP_HEADER_ETAG, r->etag);
    if (r->allow) MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, r->allow);
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(resp, "Content-Security-Policy",
                            "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                            "base-uri 'none'; frame-ancestors 'none'");
    enum MHD_Result ret = MHD_queue_response(c, (unsigned)r->status, resp);
    MHD_destroy_response(resp);
    sr_serve_response_free(r);
    return ret;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                                  const char *version, const char *upload_data, size_t *upload_data_size,
                                  void **con_cls)
{
    app *ap = cls;
    req_ctx *rc = *con_cls;
    if (!rc) { /* the headers have arrived */
        rc = calloc(1, sizeof *rc);
        if (!rc) return MHD_NO;
        *con_cls = rc;
        const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (cl && strtoull(cl, NULL, 10) > ap->max_body) {
            /* refuse before reading the body; the connection then closes */
            rc->answered = true;
            sr_serve_request req = {.method = method, .path = url, .body_too_large = true};
            sr_serve_response r;
            sr_serve_handle(ap->srv, &req, &r); /* 413 on /api/code; else 404 / 405 as usual */
            return send_response(c, &r);
        }
        return MHD_YES;
    }
    if (*upload_data_size) { /* a piece of the body */
        if (!rc->answered && !rc->too_large) {
            if (rc->len + *upload_data_size > ap->max_body) {
                rc->too_large = true;
                free(rc->body);
                rc->body = NULL;
                rc->len = rc->cap = 0;
            } else {
                if (rc->len + *upload_data_size + 1 > rc->cap) {
                    size_t cap = rc->cap ? rc->cap : 4096;
                    while (cap < rc->len + *upload_data_size + 1) cap *= 2;
                    char *nb = realloc(rc->body, cap);
                    if (!nb) return MHD_NO;
                    rc->body = nb;
                    rc->cap = cap;
                }
                memcpy(rc->body + rc->len, upload_data, *upload_data_size);
                rc->len += *upload_data_size;
                rc->body[rc->len] = 0;
            }
        }
        *upload_data_size = 0;
        return MHD_YES;
    }
    if (rc->answered) return MHD_YES;
    rc->answered = true;

    params_ctx pc = {.n = 0};
    MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, add_param, &pc);
    sr_serve_response r;
    if (pc.too_many) {
        static char msg[] = "{\"error\":\"too many query parameters\"}\n";
        r = (sr_serve_response){.status = 400, .content_type = "application/json; charset=utf-8",
                                .body = msg, .len = sizeof msg - 1, .body_static = true,
                                .cache_control = "no-store"};
        return send_response(c, &r);
    }
    sr_serve_request req = {
        .method = method,
        .path = url,
        .params = pc.p,
        .n_params = pc.n,
        .if_none_match = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_IF_NONE_MATCH),
        .content_type = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE),
        .body = rc->body,
        .body_len = rc->len,
        .body_too_large = rc->too_large,
    };
    sr_serve_handle(ap->srv, &req, &r);
    return send_response(c, &r);
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls, enum MHD_RequestTerminationCode toe)
{
    req_ctx *rc = *con_cls;
    if (rc) {
        free(rc->body);
        free(rc);
        *con_cls = NULL;
    }
}

static bool parse_num(const char *v, long lo, long hi, long *out)
{
    char *end;
    long x = strtol(v, &end, 10);
    if (!*v || *end || x < lo || x > hi) return false;
    *out = x;
    return true;
}

int cmd_serve(int argc, char **argv)
{
    const char *db = "sitrep.db", *bind_addr = "127.0.0.1";
    long port = 8080, threads = 4, max_body = SR_SERVE_MAX_BODY_DEFAULT, timeout = 30;
    double time_limit = SR_SERVE_TIME_LIMIT_DEFAULT;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            return 0;
        }
        if (a[0] != '-' || i + 1 >= argc) {
            fprintf(stderr, "sitrep serve: %s \"%s\" (see sitrep serve --help)\n",
                    a[0] != '-' ? "unexpected argument" : "missing value after", a);
            return 2;
        }
        const char *v = argv[++i];
        bool ok = true;
        if (!strcmp(a, "--db")) db = v;
        else if (!strcmp(a, "--bind")) bind_addr = v;
        else if (!strcmp(a, "--port")) ok = parse_num(v, 0, 65535, &port);
        else if (!strcmp(a, "--threads")) ok = parse_num(v, 1, 64, &threads);
        else if (!strcmp(a, "--max-body")) ok = parse_num(v, 1, 64L * 1024 * 1024, &max_body);
        else if (!strcmp(a, "--timeout")) ok = parse_num(v, 1, 3600, &timeout);
        else if (!strcmp(a, "--time-limit")) {
            char *end;
            time_limit = strtod(v, &end);
            ok = *v && !*end && time_limit >= 0 && time_limit <= 3600;
        }
        else {
            fprintf(stderr, "sitrep serve: unknown option \"%s\" (see sitrep serve --help)\n", a);
            return 2;
        }
        if (!ok) {
            fprintf(stderr, "sitrep serve: bad value \"%s\" for %s (see sitrep serve --help)\n", v, a);
            return 2;
        }
    }

    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof ss);
    unsigned int flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ERROR_LOG;
    if (strchr(bind_addr, ':')) {
        struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)&ss;
        s6->sin6_family = AF_INET6;
        s6->sin6_port = htons((uint16_t)port);
        if (inet_pton(AF_INET6, bind_addr, &s6->sin6_addr) != 1) goto bad_addr;
        flags |= MHD_USE_IPv6;
    } else {
        struct sockaddr_in *s4 = (struct sockaddr_in *)&ss;
        s4->sin_family = AF_INET;
        s4->sin_port = htons((uint16_t)port);
        if (inet_pton(AF_INET, bind_addr, &s4->sin_addr) != 1) goto bad_addr;
    }

    sr_serve_config cfg = {.db = db, .workers = (int)threads, .max_body = (size_t)max_body,
                           .time_limit = time_limit};
    char err[1024];
    app ap = {.max_body = (size_t)max_body};
    ap.srv = sr_server_open(&cfg, err, sizeof err);
    if (!ap.srv) {
        fprintf(stderr, "sitrep serve: %s\n", err);
        return 1;
    }

    /* SIGINT/SIGTERM are taken with sigwait below; blocked before the
     * server's threads start, so they inherit the mask */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);
    signal(SIGPIPE, SIG_IGN);

    struct MHD_Daemon *d = MHD_start_daemon(
        flags, (uint16_t)port, NULL, NULL, on_request, &ap,
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
        MHD_OPTION_THREAD_POOL_SIZE, (unsigned int)threads,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)timeout,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned int)1024,
        MHD_OPTION_LISTENING_ADDRESS_REUSE, (unsigned int)1,
        MHD_OPTION_NOTIFY_COMPLETED, on_completed, NULL,
        MHD_OPTION_END);
    if (!d) {
        fprintf(stderr, "sitrep serve: cannot listen on %s port %ld (in use, or not an address of this "
                        "machine?)\n", bind_addr, port);
        sr_server_close(ap.srv);
        return 1;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    unsigned port_used = info ? info->port : (unsigned)port;
    fprintf(stderr, "sitrep serve: %s on http://%s%s%s:%u/ (%ld threads; Ctrl-C stops)\n", db,
            strchr(bind_addr, ':') ? "[" : "", bind_addr, strchr(bind_addr, ':') ? "]" : "", port_used,
            threads);
    fflush(stderr);

    int sig = 0;
    sigwait(&stop, &sig);
    fprintf(stderr, "sitrep serve: stopping (%s)\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
    MHD_stop_daemon(d);
    sr_server_close(ap.srv);
    return 0;

bad_addr:
    fprintf(stderr, "sitrep serve: --bind needs an IPv4 or IPv6 address, not \"%s\"\n", bind_addr);
    return 2;
}
