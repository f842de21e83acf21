-- wrk script of bench/cluster-reads.sh: wrk -s bench/cluster-reads.lua <url> -- <forum-ids.txt> <scenario>
--   floor    GET /api/v1/health
--   topic    GET /api/v1/forum/topics/{id}, a topic drawn uniformly from all those of forum-ids.txt
--   category GET /api/v1/forum/categories/{id}/topics, a category drawn uniformly from forum-ids.txt
-- Reads are anonymous, as in ForumLoad. At the end it prints one line that the driver parses:
--   RESULT <requests/s> <p50 ms> <p99 ms> <requests> <socket errors> <non-2xx/3xx answers>

local counter = 0

-- each thread gets a number of its own, so that the threads draw different sequences of ids
function setup(thread)
  counter = counter + 1
  thread:set("number", counter)
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

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, errors.connect + errors.read + errors.write + errors.timeout, errors.status))
end
