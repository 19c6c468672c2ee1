-- The warm-up GETs of ./ntm bench (bench_warmup runs it for 1 s at a time until enough answers came back, so a read is
-- measured after the same number of requests compiled its code on a fast or a busy machine). Prints nothing the report reads.
local path = os.getenv("NTM_BENCH_PATH")

wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("NTM_BENCH_TOKEN")
wrk.headers["Accept"] = "application/json"

request = function()
  return wrk.format(nil, path)
end
