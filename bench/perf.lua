-- wrk script of bench/perf.sh and bench/cluster-reads.sh: wrk -s bench/perf.lua <url> -- <forum-ids.txt> <scenario>
--   floor         GET /api/v1/health
--   topic         GET /api/v1/forum/topics/{id}, a topic drawn uniformly from all those of forum-ids.txt
--   category      GET /api/v1/forum/categories/{id}/topics, a category drawn uniformly
--   page          GET /p/forum/topic.xhtml?id={id}, the topic's HTML page
--   topic-304, category-304, page-304   the same with If-None-Match: the ETag of that id in etags.txt (lines
--                 "<kind> <id> <etag>"), drawn among the ids that have one; 304 expected, 200 accepted
--   search        GET /api/v1/search?q=<two words>, a line of queries.txt (facets and snippets: the defaults)
--   blog-feed     GET /api/v1/blog/feeds/atom/blogs/{name}, the Atom feed of a blog of the ids file ("blog <name>")
--   blog-feed-304 the same with If-None-Match (etags.txt: "blog-feed <name> <etag>")
--   blog-page     GET /p/blog/post.xhtml?blog=&month=&slug=, a post drawn uniformly from the lines
--                 "post <id> <blog=…&month=…&slug=…>" of the ids file (bench/blog.sh writes it), anonymous HTML
--   ideas-trending GET /api/v1/ideas/boxes/{box}/ideas?order=trending, a box of the ids file ("box <id>", as
--                 bench/ideas.sh writes it), as a member: wrk thread N uses the Nth line of tokens.txt
--   reply         POST /api/v1/forum/topics/{id}/replies as a member: wrk thread N uses the Nth line of tokens.txt
--                 (run it with as many threads as connections: one member per connection), the body a line
--                 of replies.txt ending with a word of its own
-- etags.txt, queries.txt, replies.txt and tokens.txt are read from the folder of forum-ids.txt. Reads are anonymous.
-- At the end it prints one line that the drivers parse:
--   RESULT <requests/s> <p50 ms> <p99 ms> <requests> <socket errors> <unexpected answers> <status x count,...> <304s>
-- (unexpected: any status but 200, or 201 for reply, or 304 and 200 for the -304 scenarios; listed per status).

local counter = 0
local threads = {}

-- each thread gets a number of its own, so that the threads draw different sequences of ids
function setup(thread)
  counter = counter + 1
  thread:set("number", counter)
  table.insert(threads, thread)
end

local kinds = {
  floor = "floor", topic = "topic", category = "category", page = "topic", search = "search", reply = "topic",
  ["topic-304"] = "topic", ["category-304"] = "category", ["page-304"] = "topic",
  ["blog-feed"] = "blog", ["blog-feed-304"] = "blog", ["blog-page"] = "post", ["ideas-trending"] = "box",
}
local paths = {
  topic = function(id) return "/api/v1/forum/topics/" .. id end,
  category = function(id) return "/api/v1/forum/categories/" .. id .. "/topics" end,
  page = function(id) return "/p/forum/topic.xhtml?id=" .. id end,
  ["blog-feed"] = function(name) return "/api/v1/blog/feeds/atom/blogs/" .. name end,
  ["ideas-trending"] = function(box) return "/api/v1/ideas/boxes/" .. box .. "/ideas?order=trending" end,
}
-- the address of each post of blog-page, by id
local addresses = {}
paths["blog-page"] = function(id) return "/p/blog/post.xhtml?" .. addresses[id] end
local scenario, base, kind, ids, etags, lines, token, word
local sent = 0

local function read_lines(file)
  local read = {}
  for line in io.lines(file) do
    if line ~= "" then table.insert(read, line) end
  end
  if #read == 0 then error("nothing in " .. file) end
  return read
end

-- a number in letters only, as a tokenizer might split letters from digits
local function letters(n)
  local s = ""
  repeat
    s = s .. string.char(97 + n % 26)
    n = math.floor(n / 26)
  until n == 0
  return s
end

function init(args)
  local file = args[1]
  scenario = args[2] or "floor"
  kind = kinds[scenario] or error("unknown scenario " .. scenario)
  base = scenario:gsub("%-304$", "")
  local folder = file:match("^(.*)/[^/]*$") or "."
  ids = {}
  if kind == "topic" or kind == "category" or kind == "box" then
    for line in io.lines(file) do
      local k, id = line:match("^(%a+) (%d+)$")
      if k == kind then table.insert(ids, id) end
    end
    if #ids == 0 then error("no " .. kind .. " in " .. file) end
  elseif kind == "blog" then
    for line in io.lines(file) do
      local name = line:match("^blog (%S+)$")
      if name then table.insert(ids, name) end
    end
    if #ids == 0 then error("no blog in " .. file) end
  elseif kind == "post" then
    for line in io.lines(file) do
      local id, query = line:match("^post (%d+) (%S+)$")
      if id then
        table.insert(ids, id)
        addresses[id] = query
      end
    end
    if #ids == 0 then error("no post in " .. file) end
  end
  if scenario:match("%-304$") then
    etags = {}
    for line in io.lines(folder .. "/etags.txt") do
      local k, id, etag = line:match("^(%S+) (%S+) (.+)$")
      if k == base then etags[id] = etag end
    end
    -- only the ids whose ETag was fetched (all categories, a sample of the topics)
    local sampled = {}
    for _, id in ipairs(ids) do
      if etags[id] then table.insert(sampled, id) end
    end
    if #sampled > 0 then ids = sampled end
  elseif scenario == "search" then
    lines = read_lines(folder .. "/queries.txt")
  elseif scenario == "reply" or scenario == "ideas-trending" then
    local tokens = read_lines(folder .. "/tokens.txt")
    token = tokens[(number - 1) % #tokens + 1]
    if scenario == "reply" then
      lines = read_lines(folder .. "/replies.txt")
      word = "zw" .. letters(os.time()) .. letters(number) .. "x"
    end
  end
  math.randomseed(os.time() * 1000 + number)
  -- LuaJIT's first draws after seeding are close to each other: skip them
  for _ = 1, 10 do math.random() end
end

function request()
  if kind == "floor" then
    return wrk.format("GET", "/api/v1/health")
  elseif scenario == "search" then
    return wrk.format("GET", "/api/v1/search?q=" .. lines[math.random(#lines)])
  end
  local id = ids[math.random(#ids)]
  if scenario == "reply" then
    sent = sent + 1
    local body = '{"body":"' .. lines[math.random(#lines)] .. " " .. word .. letters(sent) .. '"}'
    return wrk.format("POST", "/api/v1/forum/topics/" .. id .. "/replies",
      { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
  end
  local etag = etags and etags[id]
  local headers = etag and { ["If-None-Match"] = etag } or nil
  if token then headers = { ["Authorization"] = "Bearer " .. token } end
  return wrk.format("GET", paths[base](id), headers)
end

-- unexpected answers per status, so that errors say what they are
failures = {}
not_modified = 0

function response(status, headers, body)
  if status == 304 and etags then
    not_modified = not_modified + 1
  elseif status ~= (scenario == "reply" and 201 or 200) then
    failures[status] = (failures[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local errors = summary.errors
  local statuses, unexpected, modified = {}, 0, 0
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("failures") or {}) do
      statuses[status] = (statuses[status] or 0) + count
      unexpected = unexpected + count
    end
    modified = modified + (thread:get("not_modified") or 0)
  end
  local listed = {}
  for status, count in pairs(statuses) do
    table.insert(listed, status .. "x" .. count)
  end
  table.sort(listed)
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d %d %s %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, errors.connect + errors.read + errors.write + errors.timeout, unexpected,
    #listed > 0 and table.concat(listed, ",") or "-", modified))
end
