-- bench/serve.lua — the request mix of bench/serve.sh for wrk: each
-- connection walks through what the page asks for on a visit (the page, the
-- markers, the counts, a page of the table, one event) plus filtered and
-- text-searched variants, so every endpoint is under load at once.
local paths = {
  "/",
  "/app.js",
  "/api/events.geojson",
  "/api/stats",
  "/api/events?limit=50",
  "/api/events?limit=50&offset=50",
  "/api/events/1",
  "/api/events?type=Battles&limit=50",
  "/api/stats?from=2010-01-01&to=2024-12-31",
  "/api/events?text=killed&limit=20",
  "/api/events.geojson?country=UA",
  "/api/events?country=IQ&limit=50",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("wrk-summary requests=%d duration_s=%.2f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f "
    .. "errors_connect=%d errors_read=%d errors_write=%d errors_status=%d errors_timeout=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
