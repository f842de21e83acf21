-- wrk script for the read aims: wrk -t2 -c16 -d15s --latency -s bench/reads.lua <url> -- <ids> <scenario>
--   floor        GET /api/v1/health
--   topic        GET /api/v1/forum/topics/{id}, a topic drawn uniformly from all "topic <id>" lines of <ids>
--   category     GET /api/v1/forum/categories/{id}/topics, a category drawn uniformly
--   page         GET /p/forum/topic.xhtml?id={id}, the anonymous topic page
--   topic-inm, category-inm, page-inm: the same with If-None-Match, from <ids> lines "<kind>-tag <id> <etag>"
--                (bench/reads-tags.sh writes them: the ETag each address answered)
-- At the end it prints: RESULT <requests/s> <p50 ms> <p99 ms> <requests> <socket errors> <status x count,...>

local counter = 0
local threads = {}

function setup(thread)
  counter = counter + 1
  thread:set("number", counter)
  table.insert(threads, thread)
end

local ids = {}
local tags = {}
local scenario
local kind

function init(args)
  scenario = args[2] or "floor"
  kind = scenario:gsub("%-inm$", "")
  if kind == "page" then kind = "topic" end
  local conditional = scenario:match("%-inm$") ~= nil
  if scenario ~= "floor" then
    for line in io.lines(args[1]) do
      if conditional then
        local k, id, tag = line:match("^(%a+)%-tag (%d+) (.+)$")
        if k == scenario:gsub("%-inm$", "") then
          table.insert(ids, id)
          tags[id] = tag
        end
      else
        local k, id = line:match("^(%a+) (%d+)$")
        if k == kind then table.insert(ids, id) end
      end
    end
    if #ids == 0 then error("no " .. scenario .. " in " .. args[1]) end
  end
  math.randomseed(os.time() * 1000 + number)
  for _ = 1, 10 do math.random() end
end

local paths = {
  topic = function(id) return "/api/v1/forum/topics/" .. id end,
  category = function(id) return "/api/v1/forum/categories/" .. id .. "/topics" end,
  page = function(id) return "/p/forum/topic.xhtml?id=" .. id end,
}

function request()
  if scenario == "floor" then
    return wrk.format("GET", "/api/v1/health")
  end
  local id = ids[math.random(#ids)]
  local base = scenario:gsub("%-inm$", "")
  if tags[id] then
    return wrk.format("GET", paths[base](id), { ["If-None-Match"] = tags[id] })
  end
  return wrk.format("GET", paths[base](id))
end

statuses = {}

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local errors = summary.errors
  local all = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses") or {}) do
      all[status] = (all[status] or 0) + count
    end
  end
  local listed = {}
  for status, count in pairs(all) do table.insert(listed, status .. "x" .. count) end
  table.sort(listed)
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d %s\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, errors.connect + errors.read + errors.write + errors.timeout,
    #listed > 0 and table.concat(listed, ",") or "-"))
end
