-- The figures of one wrk run as one JSON line on standard output (prefixed "NTM-BENCH "), read by the report.
local M = {}

function M.report(label, summary, latency)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    'NTM-BENCH {"label":"%s","requests":%d,"seconds":%.3f,"rps":%.1f,"p50ms":%.2f,"p95ms":%.2f,"p99ms":%.2f,' ..
    '"maxms":%.2f,"meanms":%.2f,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}}\n',
    label or "?", summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000, e.connect, e.read, e.write, e.status, e.timeout))
end

return M
