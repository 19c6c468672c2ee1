-- Assessment saves (PUT /api/v1/assessments/{id}: the whole values map, If-Match) for ./ntm bench.
-- One wrk thread per connection, each writing an assessment of its own, so saves never race for a version: the
-- thread sends the ETag of its last answer (a 412 would be counted as an error). Each save changes one value, so
-- every request writes (values, evaluation, an audit entry).
-- Environment: NTM_BENCH_TOKEN, NTM_BENCH_SAVES ("id:version,id:version,..." one per thread), NTM_BENCH_VALUES (the
-- JSON object of indicator values, with "@V@" where the changing value goes), NTM_BENCH_LABEL.
local targets = {}
for id, version in string.gmatch(os.getenv("NTM_BENCH_SAVES"), "(%d+):(%d+)") do
  table.insert(targets, { id = id, version = version })
end
local counter = 0
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
  counter = counter + 1
  local t = targets[counter]
  if t == nil then
    error("more wrk threads than assessments to save (" .. #targets .. ")")
  end
  thread:set("id", t.id)
  thread:set("version", t.version)
end

local values = os.getenv("NTM_BENCH_VALUES")
local n = 0

init = function(args)
  wrk.method = "PUT"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("NTM_BENCH_TOKEN")
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json"
end

request = function()
  n = n + 1
  local body = '{"values":' .. string.gsub(values, "@V@", tostring(50 + (n % 40))) .. '}'
  wrk.headers["If-Match"] = '"' .. version .. '"'
  return wrk.format("PUT", "/api/v1/assessments/" .. id, nil, body)
end

-- answers other than 200, by status, and the first problem's title (the report says what the errors were)
refused = {}
problem = ""

response = function(status, headers, body)
  local tag = headers["ETag"] or headers["etag"]
  if status == 200 and tag ~= nil then
    version = string.gsub(tag, '[W/"]', "")
  elseif status ~= 200 then
    local key = tostring(status)
    refused[key] = (refused[key] or 0) + 1
    if problem == "" and body ~= nil then
      problem = string.sub((string.gsub(body, '[\r\n"\\]', " ")), 1, 200)
    end
  end
end

local json = dofile(os.getenv("NTM_BENCH_DIR") .. "/wrk/report.lua")
done = function(summary, latency, requests)
  json.report(os.getenv("NTM_BENCH_LABEL"), summary, latency)
  local statuses = {}
  local first = ""
  for _, t in ipairs(threads) do
    for code, n in pairs(t:get("refused") or {}) do
      statuses[code] = (statuses[code] or 0) + n
    end
    if first == "" then
      first = t:get("problem") or ""
    end
  end
  local parts = {}
  for code, n in pairs(statuses) do
    table.insert(parts, string.format('"%s":%d', code, n))
  end
  io.write(string.format('NTM-BENCH-REFUSED {"statuses":{%s},"first":"%s"}\n', table.concat(parts, ","), first))
end
