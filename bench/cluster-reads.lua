-- wrk script of bench/cluster-reads.sh: wrk -s bench/cluster-reads.lua <url> -- <forum-ids.txt> <scenario>
--   floor    GET /api/v1/health
--   topic    GET /api/v1/forum/topics/{id}, a topic drawn uniformly from all those of forum-ids.txt
--   category GET /api/v1/forum/categories/{id}/topics, a category drawn uniformly from forum-ids.txt
-- Reads are anonymous, as in ForumLoad. At the end it prints one line that the driver parses:
--   RESULT <requests/s> <p50 ms> <p99 ms> <requests> <socket errors> <answers of status >= 400> <status x count,...>

local counter = 0
local threads = {}

-- each thread gets a number of its own, so that the threads draw different sequences of ids
function setup(thread)
  counter = counter + 1
  thread:set("number", counter)
  table.insert(threads, thread)
end

local ids = { topic = {}, category = {} }
local scenario

function init(args)
  local file = args[1]
  scenario = args[2] or "floor"
  if scenario ~= "floor" then
    for line in io.lines(file) do
      local kind, id = line:match("^(%a+) (%d+)$")
      if kind and ids[kind] then
        table.insert(ids[kind], id)
      end
    end
    if #ids[scenario] == 0 then
      error("no " .. scenario .. " in " .. file)
    end
  end
  math.randomseed(os.time() * 1000 + number)
  -- LuaJIT's first draws after seeding are close to each other: skip them
  for _ = 1, 10 do math.random() end
end

function request()
  if scenario == "topic" then
    return wrk.format("GET", "/api/v1/forum/topics/" .. ids.topic[math.random(#ids.topic)])
  elseif scenario == "category" then
    return wrk.format("GET", "/api/v1/forum/categories/" .. ids.category[math.random(#ids.category)] .. "/topics")
  end
  return wrk.format("GET", "/api/v1/health")
end

-- answers of status 400 or more, per status, so that errors say what they are
failures = {}

function response(status, headers, body)
  if status >= 400 then
    failures[status] = (failures[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local errors = summary.errors
  local statuses = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("failures") or {}) do
      statuses[status] = (statuses[status] or 0) + count
    end
  end
  local listed = {}
  for status, count in pairs(statuses) do
    table.insert(listed, status .. "x" .. count)
  end
  table.sort(listed)
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d %d %s\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, errors.connect + errors.read + errors.write + errors.timeout, errors.status,
    #listed > 0 and table.concat(listed, ",") or "-"))
end
