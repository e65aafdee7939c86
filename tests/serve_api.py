#!/usr/bin/env python3
"""tests/serve_api.py BASE_URL EXPECTED.jsonl — end-to-end checks of the
HTTP API of a running `sitrep serve`, over real sockets: every endpoint
against what `sitrep query` printed for the same store (EXPECTED.jsonl, one
incident a line), paging, filters, every error status (400, 404, 405, 413,
415), path traversal, ETag revalidation, malformed requests, idle timeout
and concurrent clients.  Prints "ok - ..." / "not ok - ..." per check."""
import http.client
import json
import socket
import sys
import threading
import time
import urllib.parse

base, expected_path = sys.argv[1], sys.argv[2]
u = urllib.parse.urlsplit(base)
HOST, PORT = u.hostname, u.port
expected = [json.loads(l) for l in open(expected_path) if l.strip()]
failed = 0


def check(name, fn):
    global failed
    try:
        fn()
        print(f"ok - serve: {name}")
    except Exception as e:  # noqa: BLE001 - report every failure the same way
        failed += 1
        print(f"not ok - serve: {name}: {type(e).__name__}: {str(e)[:300]}")


def req(method, path, body=None, headers=None, timeout=20):
    c = http.client.HTTPConnection(HOST, PORT, timeout=timeout)
    c.request(method, path, body=body, headers=headers or {})
    r = c.getresponse()
    data = r.read()
    c.close()
    return r.status, {k.lower(): v for k, v in r.getheaders()}, data


def get_json(path, status=200):
    s, h, b = req("GET", path)
    assert s == status, f"GET {path}: {s} {b[:200]!r}"
    assert h["content-type"].startswith("application/"), h["content-type"]
    return json.loads(b)


def q(**kw):
    return urllib.parse.urlencode(kw)


def t_list_total():
    d = get_json("/api/events?limit=1000")
    assert d["total"] == len(expected), (d["total"], len(expected))
    assert [e["incident_id"] for e in d["events"]] == [e["incident_id"] for e in expected]
    for got, want in zip(d["events"], expected):
        want = dict(want, events=[])  # the list leaves out the member events
        assert got == want, (got, want)


def t_paging():
    seen = []
    off = 0
    while off is not None:
        d = get_json(f"/api/events?limit=7&offset={off}")
        assert d["limit"] == 7 and d["offset"] == off
        seen += [e["incident_id"] for e in d["events"]]
        off = d["next_offset"]
    assert seen == [e["incident_id"] for e in expected], "pages do not add up to the whole list"
    d = get_json("/api/events?limit=5&offset=100000")
    assert d["events"] == [] and d["next_offset"] is None


def t_filters():
    countries = sorted({e["location"]["country"] for e in expected if e["location"]["country"]})
    for cc in countries[:5]:
        d = get_json("/api/events?" + q(country=cc.lower(), limit=1000))
        want = [e["incident_id"] for e in expected if e["location"]["country"] == cc]
        assert [e["incident_id"] for e in d["events"]] == want, cc
    types = sorted({e["event_type"] for e in expected if e["event_type"]})
    for t in types:
        d = get_json("/api/events?" + q(type=t, limit=1000))
        assert d["total"] == sum(1 for e in expected if e["event_type"] == t), t
    dated = sorted(e["date"] for e in expected if e["date"])
    lo, hi = dated[len(dated) // 4], dated[3 * len(dated) // 4]
    d = get_json("/api/events?" + q(**{"from": lo, "to": hi, "limit": 1000}))
    assert d["total"] == sum(1 for e in expected if e["date"] and lo <= e["date"] <= hi)
    d = get_json("/api/events?" + q(text="zzznotawordzzz"))
    assert d["total"] == 0
    d = get_json("/api/events?" + q(text='" OR 1=1 --', actor="'; DROP TABLE incidents; --"))
    assert d["total"] == 0
    e = next(x for x in expected if x["location"]["lat"] is not None)
    d = get_json("/api/events?" + q(near=f'{e["location"]["lat"]},{e["location"]["lon"]},1', limit=1000))
    assert e["incident_id"] in [x["incident_id"] for x in d["events"]]


def t_one_event():
    for want in expected:
        d = get_json(f"/api/events/{want['incident_id']}")
        assert d == want, want["incident_id"]
        assert d["sources"], "no sources"
        for ev in d["events"]:
            s, e = ev["evidence"]["start"], ev["evidence"]["end"]
            assert ev["evidence"]["text"] and 0 <= s < e


def t_stats():
    d = get_json("/api/stats")
    assert d["total"] == len(expected)
    assert d["undated"] == sum(1 for e in expected if not e["date"])
    assert sum(x["n"] for x in d["by_day"]) == sum(1 for e in expected if e["date"])
    assert [x["date"] for x in d["by_day"]] == sorted({e["date"] for e in expected if e["date"]})
    assert sum(x["n"] for x in d["by_type"]) == len(expected)
    assert sum(x["n"] for x in d["by_country"]) == len(expected)
    assert d["fatalities"] == sum(e["fatalities"] or 0 for e in expected)


def t_geojson():
    s, h, b = req("GET", "/api/events.geojson")
    assert s == 200 and h["content-type"].startswith("application/geo+json")
    d = json.loads(b)
    assert d["type"] == "FeatureCollection" and len(d["features"]) == len(expected)
    pts = [f for f in d["features"] if f["geometry"]]
    assert len(pts) == sum(1 for e in expected if e["location"]["lat"] is not None)
    for f in pts:
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def t_code():
    text = open("sample/kherson-shelling.txt", encoding="utf-8").read()
    s, h, b = req("POST", "/api/code", text.encode(), {"Content-Type": "text/plain; charset=utf-8"})
    assert s == 200, (s, b[:200])
    d = json.loads(b)
    assert d["n"] == 1 and d["events"][0]["fatalities"] == 3, d
    s, h, b = req("POST", "/api/code", json.dumps({"text": text, "id": "k"}).encode(),
                  {"Content-Type": "application/json"})
    assert s == 200 and json.loads(b)["events"][0]["article_id"] == "k"
    n_before = get_json("/api/events")["total"]
    assert n_before == len(expected), "POST /api/code stored something"


def t_errors_400():
    for path, needle in [
        ("/api/events?from=2024-02-30x", "from must be a date"),
        ("/api/events?to=tomorrow", "to must be a date"),
        ("/api/events?from=2024-05-01&to=2024-01-01", "after"),
        ("/api/events?limit=0", "limit"), ("/api/events?limit=5000", "limit"),
        ("/api/events?offset=x", "offset"), ("/api/events?near=1,2,3,4", "near"),
        ("/api/events?bogus=1", "unknown parameter"), ("/api/events?type=a&type=b", "more than once"),
        ("/api/stats?from=2024-1-1", "from"), ("/api/events.geojson?limit=-1", "limit"),
        ("/api/events/abc", "positive whole number"), ("/api/events/12?x=1", "unknown parameter"),
    ]:
        s, h, b = req("GET", path)
        assert s == 400, (path, s)
        assert h["content-type"].startswith("application/json"), path
        assert needle in json.loads(b)["error"], (path, b)
    s, _, b = req("POST", "/api/code", b'{"text": ', {"Content-Type": "application/json"})
    assert s == 400 and "error" in json.loads(b)
    s, _, b = req("POST", "/api/code", b"", {"Content-Type": "text/plain"})
    assert s == 400 and "empty" in json.loads(b)["error"]


def t_errors_404_405_415():
    for path in ["/api/nothing", "/api/events/999999999", "/nothing", "/index.html.bak", "/api/events/1/x"]:
        s, h, b = req("GET", path)
        assert s == 404 and "error" in json.loads(b), (path, s)
    for method, path, allow in [("POST", "/api/events", "GET, HEAD"), ("DELETE", "/api/events/1", "GET, HEAD"),
                                ("GET", "/api/code", "POST"), ("PUT", "/", "GET, HEAD")]:
        s, h, b = req(method, path, b"x" if method in ("POST", "PUT") else None)
        assert s == 405 and h.get("allow") == allow, (method, path, s, h.get("allow"))
    s, _, b = req("POST", "/api/code", b"a=b", {"Content-Type": "application/x-www-form-urlencoded"})
    assert s == 415, s


def t_413():
    # a declared length over the limit is refused before the body is read
    out = raw(b"POST /api/code HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
              b"Content-Length: 1048577\r\n\r\n" + b"a" * 1000)
    head, _, body = out.partition(b"\r\n\r\n")
    assert b" 413 " in head.split(b"\r\n", 1)[0], head[:80]
    assert "error" in json.loads(body), body
    # the same without a Content-Length (chunked): cut while reading
    def chunks():
        for _ in range(40):
            yield b"b" * 65536
    c = http.client.HTTPConnection(HOST, PORT, timeout=20)
    c.request("POST", "/api/code", body=chunks(), headers={"Content-Type": "text/plain"}, encode_chunked=True)
    r = c.getresponse()
    assert r.status == 413, r.status
    c.close()
    # exactly at the limit is accepted
    s, _, _ = req("POST", "/api/code", b"x" * (1024 * 1024), {"Content-Type": "text/plain"})
    assert s == 200, s


def raw(data, timeout=5):
    s = socket.create_connection((HOST, PORT), timeout=timeout)
    s.sendall(data)
    out = b""
    try:
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            out += chunk
    except socket.timeout:
        pass
    s.close()
    return out


def t_traversal():
    for path in ["/../../../etc/passwd", "/vendor/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
                 "/vendor/..%2f..%2fetc%2fpasswd", "//etc/passwd", "/vendor/%2e%2e/app.js", "/.%00./app.js"]:
        out = raw(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        status = out.split(b"\r\n", 1)[0]
        assert b" 404 " in status or b" 400 " in status, (path, status)
        assert b"root:" not in out


def t_assets_and_caching():
    s, h, b = req("GET", "/")
    assert s == 200 and h["content-type"] == "text/html; charset=utf-8" and b"app.js" in b
    assert h["cache-control"] == "no-cache" and h["etag"].startswith('"')
    assert h.get("x-content-type-options") == "nosniff" and "default-src 'self'" in h["content-security-policy"]
    s, h2, b = req("GET", "/", headers={"If-None-Match": h["etag"]})
    assert s == 304 and b == b"", s
    for path, ctype in [("/app.js", "text/javascript"), ("/style.css", "text/css"),
                        ("/vendor/d3-geo.min.js", "text/javascript"), ("/vendor/topojson-client.min.js", "text/javascript"),
                        ("/vendor/d3-array.min.js", "text/javascript"), ("/vendor/countries-50m.json", "application/json")]:
        s, h, b = req("GET", path)
        assert s == 200 and h["content-type"].startswith(ctype) and len(b) > 1000, path
        assert h["cache-control"] == ("public, max-age=86400" if "/vendor/" in path else "no-cache"), path
    topo = json.loads(req("GET", "/vendor/countries-50m.json")[2])
    assert topo["type"] == "Topology" and "countries" in topo["objects"]
    s, h, b = req("HEAD", "/")
    assert s == 200 and b == b"" and int(h["content-length"]) > 500
    s, h, b = req("GET", "/api/events?limit=1")
    assert h["cache-control"] == "no-store"


def t_malformed():
    out = raw(b"NONSENSE\r\n\r\n")
    assert out == b"" or b" 400 " in out.split(b"\r\n", 1)[0], out[:80]
    out = raw(b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 70000 + b"\r\n\r\n")
    assert out == b"" or out.split(b" ", 2)[1] in (b"400", b"413", b"431"), out[:80]
    s, _, _ = req("GET", "/api/stats")
    assert s == 200, "the server did not survive malformed requests"


def t_idle_timeout():
    # the server under test runs with --timeout 2: an idle connection is closed
    s = socket.create_connection((HOST, PORT), timeout=10)
    t0 = time.time()
    s.sendall(b"GET / HTTP/1.1\r\n")  # never finishes its headers
    data = s.recv(100)
    took = time.time() - t0
    s.close()
    assert took < 8, f"still open after {took:.1f} s"
    assert data == b"" or b"408" in data or b"400" in data, data


def t_concurrent():
    errors = []
    paths = ["/api/events?limit=20", "/api/stats", "/api/events.geojson", f"/api/events/{expected[0]['incident_id']}", "/"]

    def run(k):
        try:
            c = http.client.HTTPConnection(HOST, PORT, timeout=20)
            for i in range(25):  # keep-alive: one connection, many requests
                c.request("GET", paths[(i + k) % len(paths)])
                r = c.getresponse()
                r.read()
                if r.status != 200:
                    errors.append(r.status)
            c.close()
        except Exception as e:  # noqa: BLE001
            errors.append(repr(e))

    th = [threading.Thread(target=run, args=(k,)) for k in range(16)]
    for t in th:
        t.start()
    for t in th:
        t.join()
    assert not errors, errors[:5]


for name, fn in [
    ("list equals sitrep query", t_list_total), ("paging with limit/offset", t_paging),
    ("filters", t_filters), ("every event by id with sources and evidence", t_one_event),
    ("stats add up", t_stats), ("geojson", t_geojson), ("POST /api/code codes without storing", t_code),
    ("400 with a JSON error for bad parameters", t_errors_400), ("404, 405 with Allow, 415", t_errors_404_405_415),
    ("413 for bodies over 1 MiB (declared and chunked)", t_413), ("no path traversal", t_traversal),
    ("assets: types, ETag/304, Cache-Control, HEAD", t_assets_and_caching),
    ("malformed requests do not hurt the server", t_malformed), ("idle connections time out", t_idle_timeout),
    ("16 concurrent keep-alive clients", t_concurrent),
]:
    check(name, fn)
sys.exit(1 if failed else 0)
