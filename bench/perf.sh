#!/usr/bin/env bash
# Issue 13's figures on one node (see bench/README.md, "Issue 13: one table"): wrk with bench/perf.lua.
#   bench/perf.sh load <baseUrl> [topics=10000] [repliesPerTopic=9]
#       fills the server through its bulk import (bench/import.sh generate + run, topics of 10 posts; the file is kept
#       in $PERF_DIR for the next time), then registers members who may reply and lists the categories and topics
#       (ImportedForum); PERF_LOADER=forum posts everything over the forum's REST API instead (bench/forum.sh load,
#       about 400 posts/s). Either writes forum-ids.txt into $PERF_DIR. Needs the administrator:
#       SYMBIOSE_ADMIN_EMAIL (admin@localhost), SYMBIOSE_ADMIN_PASSWORD (default $NODE_DIR/admin-password).
#   bench/perf.sh measure [runs=3] [seconds=15] [warmup=5]
#       per run: the floor (GET /api/v1/health), then each scenario of $PERF_SCENARIOS after a warm-up of its
#       own; prints one line per measure (also in $PERF_DIR/perf.tsv), then the table of medians
#   bench/perf.sh summary       the table again, from perf.tsv
#   bench/perf.sh coldstart     bench/node.sh down, then up: seconds until GET /api/v1/health answers 200
# Scenarios (wrk -t2 -c16, WRK_THREADS / WRK_CONNECTIONS; ids drawn uniformly from all of forum-ids.txt):
#   topic, category, page (anonymous HTML), search (two words, facets and snippets), topic-304, category-304,
#   page-304 (If-None-Match with each id's ETag, fetched with curl before the first of them in each run), and
#   reply: REPLY_MEMBERS (8) members with API tokens, one wrk thread and connection each, while a ninth member's
#   replies (60 per measure) are searched for until found (bench/forum.sh java SearchableProbe).
# Settings: NODE_DIR (<repo>/target/node), PERF_DIR ($NODE_DIR: forum-ids.txt, tokens, ETags, perf.tsv),
# PERF_URL (default: the URL given to load), PERF_SCENARIOS, PERF_DB (the aim for replies: h2 500/s, pg 1,000/s;
# default $NODE_DB or h2), MAVEN_REPO_LOCAL (for the build of bench/forum). Needs wrk, curl (7.84+) and jq.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/bench/processes.sh"
export NODE_DIR=${NODE_DIR:-$root/target/node}
dir=${PERF_DIR:-$NODE_DIR}
ids=${PERF_IDS:-$dir/forum-ids.txt}
results=$dir/perf.tsv
threads=${WRK_THREADS:-2}
connections=${WRK_CONNECTIONS:-16}
members=${REPLY_MEMBERS:-8}
# category-304 first of the 304s: reading topics (topic-304, page-304) changes the categories' lists
read -r -a scenarios <<< "${PERF_SCENARIOS:-topic category page search category-304 topic-304 page-304 reply}"
db=${PERF_DB:-${NODE_DB:-h2}}
command=${1:?usage: bench/perf.sh load|measure|summary|coldstart ...}
shift

log() { echo "[perf $(date -u +%T)] $*" >&2; }
die() { log "$*"; exit 1; }
base_url() {
  if [ -n "${PERF_URL:-}" ]; then echo "$PERF_URL"; elif [ -s "$dir/url" ]; then cat "$dir/url"; else "$root/bench/node.sh" url; fi
}
status_of() { curl -s -o /dev/null -m 10 -w '%{http_code}' "$@" || true; }

load() {
  local url=${1:?usage: bench/perf.sh load <baseUrl> [topics] [repliesPerTopic]} topics=${2:-10000} replies=${3:-9}
  export SYMBIOSE_ADMIN_EMAIL=${SYMBIOSE_ADMIN_EMAIL:-admin@localhost}
  export SYMBIOSE_ADMIN_PASSWORD=${SYMBIOSE_ADMIN_PASSWORD:-$(cat "$NODE_DIR/admin-password")}
  mkdir -p "$dir"
  echo "$url" > "$dir/url"
  rm -f "$dir/tokens.txt"
  if [ "${PERF_LOADER:-import}" = import ]; then
    # the bulk import (topics of 10 posts each), then members who may reply and the ids ForumLoad and wrk draw from
    [ "$replies" = 9 ] || die "the bulk import writes 9 replies per topic: PERF_LOADER=forum for $replies"
    [ -s "$dir/posts-$topics.ndjson" ] || "$root/bench/import.sh" generate "$dir/posts-$topics.ndjson" $(( topics * 10 ))
    "$root/bench/import.sh" run "$url" "$dir/posts-$topics.ndjson"
    (cd "$dir" && "$root/bench/forum.sh" java ImportedForum "$url" "$SYMBIOSE_ADMIN_EMAIL" "$SYMBIOSE_ADMIN_PASSWORD")
  else
    (cd "$dir" && "$root/bench/forum.sh" load "$url" "$topics" "$replies" 8)
  fi
}

# API tokens of the first $members members (PBKDF2 once each, not per request), kept while they work.
tokens() {
  local url=$1 email password token
  if [ -s "$dir/tokens.txt" ] && [ "$(status_of -H "Authorization: Bearer $(head -1 "$dir/tokens.txt")" "$url/api/v1/me")" = 200 ] \
      && [ "$(wc -l < "$dir/tokens.txt")" -eq "$members" ]; then
    return
  fi
  grep '^member ' "$ids" | head -n "$members" | while read -r _ email password; do
    curl -sf -u "$email:$password" -H 'Content-Type: application/json' -d '{"name":"perf"}' "$url/api/v1/me/tokens" \
      | jq -er .token || die "no API token for $email"
  done > "$dir/tokens.txt.new"
  [ "$(wc -l < "$dir/tokens.txt.new")" -eq "$members" ] || die "forum-ids.txt has fewer than $members members"
  mv "$dir/tokens.txt.new" "$dir/tokens.txt"
}

# The reply aim counts checks at trust level 0: say which levels the replying members have.
trust_levels() {
  local url=$1 token levels=""
  while read -r token; do
    levels+=" $(curl -s -H "Authorization: Bearer $token" "$url/api/v1/me/standing" | jq -r '.trust.level // "?"' 2>/dev/null || echo "?")"
  done < "$dir/tokens.txt"
  echo "trust levels of the replying members:$levels"
}

# etags.txt: "<kind> <id> <etag>" for every category and a sample of the topics and topic pages of forum-ids.txt,
# fetched now (a reply changes its topic's), 4 requests at a time; for the blog scenarios, each blog's Atom feed.
fetch_etags() {
  local url=$1 started kind
  started=$(date +%s)
  : > "$dir/etags.log"
  if [[ " ${scenarios[*]} " == *" blog-feed-304 "* ]]; then
    grep '^blog ' "$ids" | while read -r _ name; do
      echo "blog-feed $name $(curl -s -o /dev/null -D - "$url/api/v1/blog/feeds/atom/blogs/$name" \
        | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')"
    done > "$dir/etags.txt"
    log "ETags of $(grep -c '^blog-feed ' "$dir/etags.txt") blog feeds in $(( $(date +%s) - started )) s"
    return
  fi
  # categories after the topics: reading a topic changes its category's list (its views), hence its ETag
  for kind in topic category; do
    # topics: an even sample of PERF_ETAG_TOPICS (2,000) of them, spread over all; fetching 20,000 took minutes a run
    grep "^$kind " "$ids" | awk -v kind="$kind" -v want="${PERF_ETAG_TOPICS:-2000}" -v all="$(grep -c "^$kind " "$ids")" \
        'kind != "topic" || all <= want || (NR - 1) % int(all / want) == 0' | while read -r _ id; do
      if [ "$kind" = topic ]; then
        printf 'url = "%s/api/v1/forum/topics/%s"\noutput = "/dev/null"\n' "$url" "$id"
        printf 'url = "%s/p/forum/topic.xhtml?id=%s"\noutput = "/dev/null"\n' "$url" "$id"
      else
        printf 'url = "%s/api/v1/forum/categories/%s/topics"\noutput = "/dev/null"\n' "$url" "$id"
      fi
    done > "$dir/etags.curl"
    curl -s --parallel --parallel-max 4 -K "$dir/etags.curl" -w '%{url_effective} %header{etag}\n' 2>> "$dir/etags.log"
  done | sed -nE 's#^.*/api/v1/forum/categories/([0-9]+)/topics (.+)$#category \1 \2#p
                  s#^.*/api/v1/forum/topics/([0-9]+) (.+)$#topic \1 \2#p
                  s#^.*/p/forum/topic\.xhtml\?id=([0-9]+) (.+)$#page \1 \2#p' > "$dir/etags.txt"
  log "ETags in $(( $(date +%s) - started )) s: $(grep -c '^topic ' "$dir/etags.txt" || true) topics," \
    "$(grep -c '^category ' "$dir/etags.txt" || true) categories, $(grep -c '^page ' "$dir/etags.txt" || true) pages" \
    "of $(grep -c '^topic ' "$ids") topics and $(grep -c '^category ' "$ids") categories"
}

# wrk on <url> for <scenario>; prints the fields of perf.lua's RESULT line.
wrk_run() { # url scenario seconds threads connections
  local out
  out=$(wrk -t"$4" -c"$5" -d"${3}s" --timeout 10s -s "$root/bench/perf.lua" "$1" -- "$ids" "$2")
  grep '^RESULT ' <<< "$out" | cut -d' ' -f2- || die "wrk gave no result for $2: $out"
}

# One measure: a warm-up, then the measure; for reply, the searchable probe beside it. Appends a line to perf.tsv.
one() { # run url scenario seconds warmup
  local run=$1 url=$2 scenario=$3 seconds=$4 warmup=$5 t=$threads c=$connections figures probe="" searchable="-\t-\t-"
  if [ "$scenario" = reply ]; then t=$members; c=$members; fi
  wrk_run "$url" "$scenario" "$warmup" "$t" "$c" > /dev/null
  if [ "$scenario" = reply ]; then
    "$root/bench/forum.sh" java SearchableProbe "$url" "$ids" "$seconds" 60 "$members" > "$dir/probe.out" 2>&1 &
    probe=$!
  fi
  figures=$(wrk_run "$url" "$scenario" "$seconds" "$t" "$c")
  if [ -n "$probe" ]; then
    wait "$probe" || log "the searchable probe failed: see $dir/probe.out"
    searchable=$(sed -nE 's/^searchable after: p50 ([0-9]+) ms  p99 ([0-9]+) ms  max [0-9]+ ms  ([0-9]+) samples  ([0-9]+) not found.*/\1\t\2\t\3 (\4 not found)/p' "$dir/probe.out")
    [ -n "$searchable" ] || searchable="-\t-\t-"
  fi
  echo -e "$run\t$scenario\t$c\t${figures// /\\t}\t$(rss_of_node "$NODE_DIR" 1)\t$(rss_of_postgres "$NODE_DIR")\t$searchable\t$db" \
    | tee -a "$results"
}

measure() {
  local runs=${1:-3} seconds=${2:-15} warmup=${3:-5} url run scenario fetched
  [ -s "$ids" ] || die "no $ids: run bench/perf.sh load first"
  command -v wrk > /dev/null || die "wrk missing: apt-get install wrk"
  command -v jq > /dev/null || die "jq missing: apt-get install jq"
  url=$(base_url)
  [ "$(status_of "$url/api/v1/health")" = 200 ] || die "$url/api/v1/health does not answer 200"
  # the texts perf.lua draws from, and the build of bench/forum once, not during the measures
  if [[ " ${scenarios[*]} " == *" search "* || " ${scenarios[*]} " == *" reply "* ]]; then
    "$root/bench/forum.sh" java WrkInputs "$dir"
    export FORUM_BUILT=1
  fi
  if [[ " ${scenarios[*]} " == *" reply "* ]]; then
    tokens "$url"
    trust_levels "$url"
  fi
  echo -e "run\tscenario\tclients\treq_s\tp50_ms\tp99_ms\trequests\tsocket_errors\tunexpected\tunexpected_statuses\tnot_modified\trss_mb\trss_pg_mb\tsearchable_p50_ms\tsearchable_p99_ms\tsearchable_samples\tdb" > "$results"
  echo "$url: $(cut -d' ' -f1 "$ids" | sort | uniq -c | awk '{printf "%s%s %ss", (NR > 1 ? ", " : ""), $1, $2}') ($db); wrk" \
    "-t$threads -c$connections (reply: -t$members -c$members), $seconds s after $warmup s of warm-up per measure;" \
    "$(nproc) cores"
  for run in $(seq 1 "$runs"); do
    echo "run $run: load $(cut -d' ' -f1-3 /proc/loadavg); $(others "$NODE_DIR")"
    one "$run" "$url" floor "$seconds" "$warmup"
    fetched=0
    for scenario in "${scenarios[@]}"; do
      if [[ $scenario == *-304 ]] && [ "$fetched" = 0 ]; then
        fetch_etags "$url"
        fetched=1
      fi
      one "$run" "$url" "$scenario" "$seconds" "$warmup"
    done
  done
  summarize
}

# The medians over the runs; each ratio is taken within its run (to that run's floor), then the median of the ratios.
summarize() {
  [ -s "$results" ] || die "no $results: run bench/perf.sh measure first"
  awk -F'\t' '
    function median(list,   n, values, i, j, t) {
      n = split(substr(list, 2), values, " ")
      if (n == 0) return ""
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (values[j] + 0 < values[i] + 0) { t = values[i]; values[i] = values[j]; values[j] = t }
      return n % 2 ? values[(n + 1) / 2] : (values[n / 2] + values[n / 2 + 1]) / 2
    }
    BEGIN {
      # aim: ratio to the floor at least, p99 at most (ms), req/s at least; the reply aim depends on the database
      aim["topic"] = "≥ 0.5, p99 ≤ 15 ms";   minRatio["topic"] = 0.5; maxP99["topic"] = 15
      aim["category"] = "≥ 0.5";              minRatio["category"] = 0.5
      aim["page"] = "≥ 0.2";                  minRatio["page"] = 0.2
      aim["topic-304"] = "≥ 0.8";             minRatio["topic-304"] = 0.8
      aim["category-304"] = "≥ 0.8";          minRatio["category-304"] = 0.8
      aim["page-304"] = "≥ 0.8";              minRatio["page-304"] = 0.8
      aim["search"] = "≥ 0.25, p99 ≤ 50 ms";  minRatio["search"] = 0.25; maxP99["search"] = 50
      aim["blog-feed"] = "≥ 0.5";             minRatio["blog-feed"] = 0.5
      aim["blog-feed-304"] = "≥ 0.8";         minRatio["blog-feed-304"] = 0.8
      aim["blog-page"] = "≥ 0.2";             minRatio["blog-page"] = 0.2
      name["blog-feed"] = "`blog-feed`: the Atom feed of a blog"
      name["blog-feed-304"] = "`blog-feed-304`: the same, `If-None-Match`"
      name["blog-page"] = "`blog-page`: a post page (HTML, anonymous)"
      name["floor"] = "floor `GET /api/v1/health`"
      name["topic"] = "`topic`: a topic with its first 20 replies (JSON)"
      name["topic-304"] = "`topic-304`: the same, `If-None-Match`"
      name["category"] = "`category`: a category'"'"'s topics"
      name["category-304"] = "`category-304`: the same, `If-None-Match`"
      name["page"] = "`page`: the topic page (HTML, anonymous)"
      name["page-304"] = "`page-304`: the same, `If-None-Match`"
      name["search"] = "`search`: two words, facets and snippets"
      name["reply"] = "`reply`: 8 members replying (trust level 0)"
    }
    NR == 1 { next }
    { s = $2; rate[$1, s] = $4; seen[s] = 1; runs[$1] = 1; clients[s] = $3; db = $17
      reqs[s] = reqs[s] " " $4; p50[s] = p50[s] " " $5; p99[s] = p99[s] " " $6
      requests[s] += $7; bad[s] += $8 + $9; modified[s] += $11; rss[s] = rss[s] " " $12
      if ($13 != "-") pg[s] = pg[s] " " $13
      if ($14 != "-" && $14 != "") { sp50 = sp50 " " $14; sp99 = sp99 " " $15; samples = samples ($1 > 1 ? ", " : "") $16 } }
    END {
      aim["reply"] = db == "pg" ? "≥ 1,000/s (PostgreSQL)" : "≥ 500/s (H2)"; minRate["reply"] = db == "pg" ? 1000 : 500
      printf "| Scenario | Clients | req/s (runs) | median req/s | p50 | p99 | ratio to the floor | 304s | unexpected | RSS (PG) | aim | met |\n"
      printf "|---|---|---|---|---|---|---|---|---|---|---|---|\n"
      count = split("floor topic topic-304 category category-304 page page-304 search reply blog-feed blog-feed-304 blog-page", order, " ")
      for (o = 1; o <= count; o++) {
        s = order[o]; if (!(s in seen)) continue
        ratios = ""; each = ""
        for (r in runs) if (rate[r, "floor"] > 0 && (r, s) in rate) ratios = ratios " " rate[r, s] / rate[r, "floor"]
        for (r = 1; (r, s) in rate; r++) each = each (r > 1 ? ", " : "") sprintf("%d", rate[r, s])
        ratio = median(ratios); rateMedian = median(reqs[s]); p99Median = median(p99[s])
        share = s ~ /-304$/ ? sprintf("%.0f %%", 100 * modified[s] / (requests[s] > 0 ? requests[s] : 1)) : ""
        met = ""
        if (s in aim) {
          met = (!(s in minRatio) || ratio >= minRatio[s]) && (!(s in maxP99) || p99Median <= maxP99[s]) \
            && (!(s in minRate) || rateMedian >= minRate[s]) && bad[s] <= requests[s] / 1000 \
            && (s !~ /-304$/ || modified[s] >= 0.95 * requests[s]) ? "yes" : "no"
        }
        printf "| %s | %s | %s | %d | %.1f ms | %.1f ms | %.3f | %s | %d | %s%s MB | %s | %s |\n", name[s], clients[s], each,
          rateMedian, median(p50[s]), p99Median, ratio, share, bad[s], median(rss[s]), pg[s] == "" ? "" : " (" median(pg[s]) ")",
          aim[s], met
      }
      if (sp99 != "") {
        printf "| reply searchable after its 201 (p50 / p99 of each run'"'"'s probe: %s samples) | | | | %d ms | %d ms | | | | | p99 ≤ 1 s | %s |\n",
          samples, median(sp50), median(sp99), median(sp99) <= 1000 ? "yes" : "no"
      }
    }' "$results"
}

coldstart() {
  local started seconds
  "$root/bench/node.sh" down
  started=$(date +%s.%N)
  "$root/bench/node.sh" up > /dev/null
  seconds=$(echo "$(date +%s.%N) - $started" | bc)
  printf '%s\tcold start, bench/node.sh up to the first 200 of /api/v1/health\t%.1f s\n' "$(date -u +%FT%TZ)" "$seconds" \
    | tee -a "$dir/coldstart.tsv"
}

case "$command" in
  load) load "$@" ;;
  measure) measure "$@" ;;
  summary) summarize ;;
  coldstart) coldstart ;;
  *) echo "unknown command $command" >&2; exit 2 ;;
esac
