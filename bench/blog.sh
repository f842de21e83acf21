#!/usr/bin/env bash
# Issue 14's figures (see bench/README.md, "Issue 14: blog"): a blog of 10,000 posts on one node.
#   bench/blog.sh seed [baseUrl] [posts=10000]
#       as the administrator, opens the blog $BLOG_NAME (bench10k) and writes its posts over the REST API, 4 at a
#       time (synthetic English Markdown of ~120 words, 10 categories, 2 of 20 tags); the posts' JSON is kept in
#       $PERF_DIR/blog-posts/ for the next time, and blog-ids.txt lists the blog and each post's address
#       ("blog <name>", "post <id> blog=…&month=…&slug=…"). Skipped when blog-ids.txt lists them all already.
#   bench/blog.sh measure [runs=3] [seconds=15] [warmup=5]
#       bench/perf.sh measure with the blog scenarios (blog-feed, blog-feed-304, blog-page), each ratio to the
#       floor of its run, then the medians
#   bench/blog.sh keep
#       asks every post page of blog-ids.txt twice, anonymous, 4 at a time, as a crawler would: the first rendering
#       tells the site which post the permalink shows, the second is kept; then blog-page measures kept pages
#   bench/blog.sh schedule [runs=3] [posts=1000]
#       per run, a fresh blog gets <posts> posts scheduled for the same minute (a whole minute far enough ahead to
#       write them all first); from that minute, every second: how many the blog's listing shows to a visitor and
#       how many search finds (a word of the run's own, which every one of them carries). Prints the seconds until
#       all are in both, and checks none showed before; the lines go to $PERF_DIR/schedule.tsv, then the median.
# Settings: NODE_DIR (<repo>/target/node), PERF_DIR ($NODE_DIR), BLOG_NAME, BLOG_IDS (another ids file, a
# subset, for keep and measure); the administrator as for bench/perf.sh (SYMBIOSE_ADMIN_EMAIL,
# SYMBIOSE_ADMIN_PASSWORD or $NODE_DIR/admin-password). Needs curl, jq, wrk.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export NODE_DIR=${NODE_DIR:-$root/target/node}
export PERF_DIR=${PERF_DIR:-$NODE_DIR}
dir=$PERF_DIR
ids=${BLOG_IDS:-$dir/blog-ids.txt}
blog=${BLOG_NAME:-bench10k}
words=$root/bench/search/src/main/resources/org/symbiose/bench/search/en.txt
command=${1:?usage: bench/blog.sh seed|measure|keep|schedule ...}
shift

log() { echo "[blog $(date -u +%T)] $*" >&2; }
die() { log "$*"; exit 1; }
base_url() { if [ -s "$dir/url" ]; then cat "$dir/url"; else "$root/bench/node.sh" url; fi; }

# An API token of the administrator (PBKDF2 once, not per request), kept in $dir/admin-token.
admin_token() {
  local url=$1
  export SYMBIOSE_ADMIN_EMAIL=${SYMBIOSE_ADMIN_EMAIL:-admin@localhost}
  export SYMBIOSE_ADMIN_PASSWORD=${SYMBIOSE_ADMIN_PASSWORD:-$(cat "$NODE_DIR/admin-password")}
  if [ ! -s "$dir/admin-token" ] || [ "$(curl -s -o /dev/null -w '%{http_code}' \
      -H "Authorization: Bearer $(cat "$dir/admin-token")" "$url/api/v1/me")" != 200 ]; then
    curl -sf -u "$SYMBIOSE_ADMIN_EMAIL:$SYMBIOSE_ADMIN_PASSWORD" -H 'Content-Type: application/json' \
      -d '{"name":"blog bench"}' "$url/api/v1/me/tokens" | jq -er .token > "$dir/admin-token" || die "no API token"
  fi
  cat "$dir/admin-token"
}

# Opens blog $2 unless it exists.
open_blog() { # url name token
  local status
  status=$(curl -s -o "$dir/blog.out" -w '%{http_code}' -H "Authorization: Bearer $3" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$2\",\"title\":\"Blog $2\",\"language\":\"en\",\"official\":true}" "$1/api/v1/blog/blogs")
  case "$status" in
    201|409) ;;
    *) die "opening blog $2 answered $status: $(cat "$dir/blog.out")" ;;
  esac
}

# <count> post bodies as JSON files <folder>/<n>.json; each carries <word> in its text when one is given.
generate() { # folder count first word publishAt
  mkdir -p "$1"
  awk -v count="$2" -v first="$3" -v word="$4" -v at="$5" -v folder="$1" '
    { w[NR] = $1 }
    END {
      srand(14)
      for (n = first; n < first + count; n++) {
        title = "Post " n; for (i = 0; i < 4; i++) title = title " " w[int(rand() * NR) + 1]
        body = ""
        for (p = 0; p < 3; p++) {
          for (i = 0; i < 40; i++) body = body (i ? " " : "") w[int(rand() * NR) + 1]
          body = body (word != "" ? " " word : "") ".\\n\\n"
        }
        printf "{\"title\":\"%s\",\"body\":\"%s\",\"categories\":[\"category %d\"],\"tags\":[\"tag%d\",\"tag%d\"],\"state\":\"PUBLISHED\"%s}\n",
          title, body, n % 10, n % 20, (n * 7 + 3) % 20, at != "" ? ",\"publishAt\":\"" at "\"" : "" > (folder "/" n ".json")
        close(folder "/" n ".json")
      }
    }' <(grep -v '^#' "$words" | cut -d: -f2- | tr ' ' '\n' | grep -E '^[a-z]{2,}$')
}

# Posts every <folder>/*.json to blog <name>, 4 at a time; the answers in <folder>/out/.
post_all() { # url name token folder
  mkdir -p "$4/out"
  find "$4" -maxdepth 1 -name '*.json' -printf '%f\n' | sort -n \
    | xargs -P 4 -I{} sh -c '[ -s "$1/out/$2" ] && grep -q "\"id\"" "$1/out/$2" || curl -s -o "$1/out/$2" \
        -H "Authorization: Bearer $3" -H "Content-Type: application/json" --data-binary "@$1/$2" "$4"' \
        _ "$4" {} "$3" "$1/api/v1/blog/blogs/$2/posts"
}

seed() {
  local url=${1:-$(base_url)} posts=${2:-10000} token started written
  mkdir -p "$dir"
  echo "$url" > "$dir/url"
  if [ -s "$ids" ] && [ "$(grep -c '^post ' "$ids")" -ge "$posts" ]; then
    log "$ids lists $posts posts already"
    return
  fi
  token=$(admin_token "$url")
  open_blog "$url" "$blog" "$token"
  [ -s "$dir/blog-posts/$(( posts - 1 )).json" ] || generate "$dir/blog-posts" "$posts" 0 "" ""
  started=$(date +%s)
  post_all "$url" "$blog" "$token" "$dir/blog-posts"
  { echo "blog $blog"
    cat "$dir"/blog-posts/out/*.json | jq -r 'select(.id != null)
      | "post \(.id) blog='"$blog"'&month=\((.publishAt // .created)[0:7])&slug=\(.slug)"'; } > "$ids"
  written=$(grep -c '^post ' "$ids")
  log "$written posts written in $(( $(date +%s) - started )) s; $(grep -L '"id"' "$dir"/blog-posts/out/*.json | wc -l) refused"
  [ "$written" -ge "$posts" ] || die "only $written of $posts posts written: see $dir/blog-posts/out"
}

measure() {
  [ -s "$ids" ] || die "no $ids: run bench/blog.sh seed first"
  PERF_IDS=$ids PERF_SCENARIOS=${PERF_SCENARIOS:-blog-feed blog-feed-304 blog-page} \
    "$root/bench/perf.sh" measure "$@"
}

keep() {
  local url started pass
  url=$(base_url)
  started=$(date +%s)
  sed -nE "s#^post [0-9]+ (.+)\$#url = \"$url/p/blog/post.xhtml?\1\"\noutput = \"/dev/null\"#p" "$ids" > "$dir/keep.curl"
  for pass in 1 2; do
    curl -s --no-progress-meter --parallel --parallel-max 4 -K "$dir/keep.curl" -w '%{http_code}\n' | sort | uniq -c \
      | awk -v pass="$pass" '{printf "pass %s: %s answered %s\n", pass, $1, $2}' >&2
  done
  log "every post page asked twice in $(( $(date +%s) - started )) s"
}

# How many posts of blog <name> a visitor sees in its listing (pages of 100).
listed() { # url name
  local next="$1/api/v1/blog/blogs/$2/posts?limit=100" page count=0
  while [ -n "$next" ]; do
    page=$(curl -s "$next")
    count=$(( count + $(jq '.items | length' <<< "$page") ))
    next=$(jq -r '.next // empty' <<< "$page")
  done
  echo "$count"
}

# How many items search finds for <word> (exact up to 1,000).
found() { # url word
  curl -s "$1/api/v1/search?q=$2&facets=false&snippets=false&limit=1" | jq -r '.total // 0'
}

schedule() {
  local runs=${1:-3} posts=${2:-1000} url token run name word due due_s now seconds listed_n found_n before
  url=$(base_url)
  token=$(admin_token "$url")
  [ -s "$dir/schedule.tsv" ] || echo -e "run\tposts\tdue\twritten_s\tlisted_before\tfound_before\tall_listed_s\tall_found_s\tall_visible_s\tload" > "$dir/schedule.tsv"
  for run in $(seq 1 "$runs"); do
    name=sched-$(date +%s)
    # letters only: a word of the run's own that search indexes as it is
    word=zq$(date +%s | tr 0-9 a-j)
    open_blog "$url" "$name" "$token"
    # a whole minute, far enough to write them all first (about 20 posts/s here, at worst 8)
    due_s=$(( ( $(date +%s) + posts / 8 + 30 ) / 60 * 60 + 60 ))
    due=$(date -u -d "@$due_s" +%FT%TZ)
    rm -rf "$dir/schedule-posts"
    generate "$dir/schedule-posts" "$posts" 0 "$word" "$due"
    now=$(date +%s)
    post_all "$url" "$name" "$token" "$dir/schedule-posts"
    [ "$(grep -l '"id"' "$dir"/schedule-posts/out/*.json | wc -l)" -eq "$posts" ] \
      || die "not every post was scheduled: see $dir/schedule-posts/out"
    log "run $run: $posts posts of $name scheduled for $due in $(( $(date +%s) - now )) s; search word $word"
    [ "$(date +%s)" -lt "$due_s" ] || die "the posts took past their minute to write"
    while [ "$(date +%s)" -lt $(( due_s - 2 )) ]; do sleep 1; done
    listed_n=$(listed "$url" "$name"); found_n=$(found "$url" "$word")
    before="$listed_n\t$found_n"
    log "2 s before: listed $listed_n, found $found_n (0 and 0 expected)"
    while [ "$(date +%s)" -lt "$due_s" ]; do sleep 0.2; done
    local all_listed="" all_found=""
    while :; do
      seconds=$(( $(date +%s) - due_s ))
      [ -n "$all_listed" ] || { [ "$(listed "$url" "$name")" -ge "$posts" ] && all_listed=$seconds; } || true
      [ -n "$all_found" ] || { [ "$(found "$url" "$word")" -ge "$posts" ] && all_found=$seconds; } || true
      if [ -n "$all_listed" ] && [ -n "$all_found" ]; then break; fi
      if [ "$seconds" -gt 300 ]; then log "not all visible after 300 s"; break; fi
      sleep 1
    done
    seconds=$(( ${all_listed:-999} > ${all_found:-999} ? ${all_listed:-999} : ${all_found:-999} ))
    echo -e "$run\t$posts\t$due\t$(( due_s - now ))\t$before\t${all_listed:--}\t${all_found:--}\t$seconds\t$(cut -d' ' -f1-3 /proc/loadavg)" \
      | tee -a "$dir/schedule.tsv"
  done
  awk -F'\t' 'NR > 1 { v[++n] = $9 } END {
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
      if (n) printf "median of %d runs: all %s visible (listing and search) %s s after their minute (aim ≤ 60 s)\n",
        n, "'"$posts"'", n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2 }' "$dir/schedule.tsv"
}

case "$command" in
  seed) seed "$@" ;;
  measure) measure "$@" ;;
  schedule) schedule "$@" ;;
  keep) keep ;;
  *) echo "unknown command $command" >&2; exit 2 ;;
esac
