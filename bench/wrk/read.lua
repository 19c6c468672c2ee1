-- A GET of one path with a bearer token, for ./ntm bench (docs/benchmarks.md).
-- Environment: NTM_BENCH_PATH (path and query), NTM_BENCH_TOKEN (access token), NTM_BENCH_LABEL (name in the report).
local path = os.getenv("NTM_BENCH_PATH")
local token = os.getenv("NTM_BENCH_TOKEN")

wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["Accept"] = "application/json"

request = function()
  return wrk.format(nil, path)
end

local json = dofile(os.getenv("NTM_BENCH_DIR") .. "/wrk/report.lua")
done = function(summary, latency, requests)
  json.report(os.getenv("NTM_BENCH_LABEL"), summary, latency)
end
