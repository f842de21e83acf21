#!/usr/bin/env bash
# Issue 16's figures (see bench/README.md, "Issue 16: ideas"): votes and the trending list on one node of its own.
#   bench/ideas.sh all [runs=3] [seconds=30] [warmup=5]
#       everything, under the machine-wide Payara lock (/tmp/symbiose-payara.lock, niced): builds the EAR, starts
#       the node (bench/node.sh on ports of its own), seeds, measures, prints the summary, stops the node
#   bench/ideas.sh up | down      the node alone (up builds the EAR when NODE_EAR is unset)
#   bench/ideas.sh seed           as the administrator over REST (bench/forum's IdeaSeed): 16 members with API
#       tokens; box "votes" of 1,000 ideas (no vote budget); box "trending" of 10,000 ideas with about 40,000 of
#       the members' votes, a skewed number per idea, cast in a shuffled order over the seeding. Skipped when done.
#   bench/ideas.sh measure [runs=3] [seconds=30] [warmup=5]
#       per run: the floor GET /api/v1/health (wrk -t2 -c16, bench/perf.lua); votes: 16 members voting for and
#       withdrawing from random ideas of "votes" (IdeaVotes: one Java client per member, why not wrk is said there),
#       then every idea's count checked against the 200s each client tallied; the trending list
#       GET /api/v1/ideas/boxes/{box}/ideas?order=trending of "trending" as members (wrk -t2 -c16, one member's
#       token per thread). Each after a warm-up of its own. Lines in $PERF_DIR/ideas.tsv, then the summary; fails
#       when a count is not exact.
#   bench/ideas.sh summary        the medians again, from ideas.tsv
#   bench/ideas.sh jfr [seconds=20] [votes|trending]   a JFR of the vote path (IdeaVotes) or of the trending list
#       (wrk) for <seconds> while the server records, then its hot methods and the project's, H2's and
#       EclipseLink's frames by how many samples they are in; the recording stays in $PERF_DIR/<scenario>.jfr.
#       IDEAS_JFR=<seconds> makes `all` record both after its measures.
# Settings: NODE_DIR (<repo>/target/ideas-node), NODE_PORTBASE (36000: HTTP 36080; the IT Payara keeps Payara's
# defaults, bench/node.sh 30000, the blog's 34000, the clusters 10000 and 20000), NODE_GRID_PORT (5996), PERF_DIR ($NODE_DIR/ideas),
# MAVEN_REPO_LOCAL, the administrator as for bench/perf.sh. Needs curl, jq, wrk.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/.ci/jdk.sh"
JAVA_HOME=$(pick_jdk)
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
source "$root/bench/processes.sh"
export NODE_DIR=${NODE_DIR:-$root/target/ideas-node}
export NODE_PORTBASE=${NODE_PORTBASE:-36000}
export NODE_GRID_PORT=${NODE_GRID_PORT:-5996}
dir=${PERF_DIR:-$NODE_DIR/ideas}
results=$dir/ideas.tsv
lock=/tmp/symbiose-payara.lock
command=${1:?usage: bench/ideas.sh all|up|down|seed|measure|summary|jfr ...}
shift

log() { echo "[ideas $(date -u +%T)] $*" >&2; }
die() { log "$*"; exit 1; }
url() { "$root/bench/node.sh" url; }
mvn_offline() { (cd "$root" && nice -n 19 ionice -c3 mvn -B -q -o ${MAVEN_REPO_LOCAL:+-Dmaven.repo.local=$MAVEN_REPO_LOCAL} "$@"); }
java_class() {
  "$JAVA_HOME/bin/java" -Xmx512m -cp "$root/bench/forum/target/classes:$(cat "$root/bench/forum/target/classpath.txt")" \
    "org.symbiose.bench.forum.$1" "${@:2}"
}
admin() {
  export SYMBIOSE_ADMIN_EMAIL=${SYMBIOSE_ADMIN_EMAIL:-admin@localhost}
  export SYMBIOSE_ADMIN_PASSWORD=${SYMBIOSE_ADMIN_PASSWORD:-$(cat "$NODE_DIR/admin-password")}
}

up() {
  if [ -z "${NODE_EAR:-}" ]; then
    log "building the EAR"
    mvn_offline -pl ear -am package -DskipTests
  fi
  nice -n 19 "$root/bench/node.sh" up
}

seed() {
  local url
  url=$(url)
  admin
  mkdir -p "$dir"
  [ -f "$root/bench/forum/target/classpath.txt" ] || mvn_offline -pl bench/search,bench/forum package -DskipTests
  java_class IdeaSeed "$url" "$SYMBIOSE_ADMIN_EMAIL" "$SYMBIOSE_ADMIN_PASSWORD" "$dir" votes 1000 16
  java_class IdeaSeed "$url" "$SYMBIOSE_ADMIN_EMAIL" "$SYMBIOSE_ADMIN_PASSWORD" "$dir" trending 10000 16 4
}

# wrk with bench/perf.lua: prints the fields of its RESULT line.
wrk_run() { # url scenario seconds
  local out
  out=$(wrk -t2 -c16 -d"${3}s" --timeout 10s -s "$root/bench/perf.lua" "$1" -- "$dir/trending.ids" "$2")
  grep '^RESULT ' <<< "$out" | cut -d' ' -f2- || die "wrk gave no result for $2: $out"
}

# One line of ideas.tsv; the last field of the RESULT line is the 304s (wrk) or the inexact counts (votes).
record() { # run scenario clients figures
  echo -e "$1\t$2\t$3\t${4// /\\t}\t$(rss_of_node "$NODE_DIR" 1)\t$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$results"
}

measure() {
  local runs=${1:-3} seconds=${2:-30} warmup=${3:-5} url run out status=0
  url=$(url)
  [ -s "$dir/trending.ids" ] && [ -s "$dir/votes.ids" ] || die "no ids in $dir: run bench/ideas.sh seed first"
  command -v wrk > /dev/null || die "wrk missing: apt-get install wrk"
  [ -f "$root/bench/forum/target/classpath.txt" ] || mvn_offline -pl bench/search,bench/forum package -DskipTests
  echo -e "run\tscenario\tclients\treq_s\tp50_ms\tp99_ms\trequests\tsocket_errors\tunexpected\tunexpected_statuses\tnot_modified_or_inexact\trss_mb\tload" > "$results"
  echo "$url: $(nproc) cores; votes $seconds s after $warmup s of warm-up, 16 members on 1,000 ideas;" \
    "floor and trending wrk -t2 -c16 $seconds s after $warmup s of warm-up, on 10,000 ideas"
  for run in $(seq 1 "$runs"); do
    echo "run $run: load $(cut -d' ' -f1-3 /proc/loadavg); $(others "$NODE_DIR")"
    wrk_run "$url" floor "$warmup" > /dev/null
    record "$run" floor 16 "$(wrk_run "$url" floor "$seconds")"
    out=$(java_class IdeaVotes "$url" "$dir" votes "$seconds" "$warmup") || status=1
    grep -v '^RESULT ' <<< "$out" >&2
    record "$run" votes 16 "$(grep '^RESULT ' <<< "$out" | cut -d' ' -f2-)"
    wrk_run "$url" ideas-trending "$warmup" > /dev/null
    record "$run" trending 16 "$(wrk_run "$url" ideas-trending "$seconds")"
  done
  summary
  [ "$status" = 0 ] || die "the vote counts were not exact in every run: see above"
}

# The medians over the runs; each ratio within its run (to that run's floor), then the median of the ratios.
summary() {
  [ -s "$results" ] || die "no $results: run bench/ideas.sh measure first"
  awk -F'\t' '
    function median(list,   n, v, i, j, t) {
      n = split(substr(list, 2), v, " ")
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
      return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    }
    BEGIN {
      name["floor"] = "floor `GET /api/v1/health`"
      name["votes"] = "votes: 16 members voting and withdrawing on 1,000 ideas (votes/s = 200s of both)"
      name["trending"] = "trending list of a box of 10,000 ideas, as a member"
      aim["votes"] = "≥ 1,000 votes/s, counts exact"; aim["trending"] = "≥ 0.5"
    }
    NR == 1 { next }
    { s = $2; rate[$1, s] = $4; runs[$1] = 1; seen[s] = 1
      reqs[s] = reqs[s] " " $4; p50[s] = p50[s] " " $5; p99[s] = p99[s] " " $6; rss[s] = rss[s] " " $12
      requests[s] += $7; bad[s] += $8 + $9; if (s == "votes") inexact += $11 }
    END {
      printf "| Scenario | req/s (runs) | median req/s | p50 | p99 | ratio to the floor (runs) | unexpected | RSS | aim | met |\n"
      printf "|---|---|---|---|---|---|---|---|---|---|\n"
      split("floor votes trending", order, " ")
      for (o = 1; o <= 3; o++) {
        s = order[o]; if (!(s in seen)) continue
        ratios = ""; each = ""; eachRatio = ""
        for (r = 1; (r, s) in rate; r++) {
          each = each (r > 1 ? ", " : "") sprintf("%d", rate[r, s])
          if (rate[r, "floor"] > 0) { ratios = ratios " " rate[r, s] / rate[r, "floor"]; eachRatio = eachRatio (r > 1 ? ", " : "") sprintf("%.2f", rate[r, s] / rate[r, "floor"]) }
        }
        met = ""
        if (s == "votes") met = median(reqs[s]) >= 1000 && inexact == 0 && bad[s] <= requests[s] / 1000 ? "yes" : "no"
        if (s == "trending") met = median(ratios) >= 0.5 && bad[s] <= requests[s] / 1000 ? "yes" : "no"
        printf "| %s | %s | %d | %.1f ms | %.1f ms | %.3f (%s) | %d%s | %s MB | %s | %s |\n", name[s], each, median(reqs[s]),
          median(p50[s]), median(p99[s]), median(ratios), eachRatio, bad[s], s == "votes" ? sprintf(", inexact counts %d", inexact) : "",
          median(rss[s]), aim[s], met
      }
    }' "$results"
}

jfr() {
  local seconds=${1:-20} scenario=${2:-votes} url pid
  url=$(url)
  pid=$("$root/bench/node.sh" pid)
  jcmd "$pid" JFR.start name="$scenario" settings=profile filename="$dir/$scenario.jfr" > /dev/null
  if [ "$scenario" = votes ]; then
    java_class IdeaVotes "$url" "$dir" votes "$seconds" 0 | grep -v '^RESULT ' >&2 || true
  else
    wrk_run "$url" ideas-trending "$seconds" > /dev/null
  fi
  jcmd "$pid" JFR.stop name="$scenario" > /dev/null
  echo "JFR of $seconds s of $scenario: $dir/$scenario.jfr"
  "$JAVA_HOME/bin/jfr" view --width 200 hot-methods "$dir/$scenario.jfr"
  # inclusive: each method once per sample whose stack holds it
  "$JAVA_HOME/bin/jfr" print --events jdk.ExecutionSample --stack-depth 96 "$dir/$scenario.jfr" \
    | awk '/jdk.ExecutionSample/ { delete seen; samples++ }
           match($0, /(org\.symbiose|org\.h2|org\.eclipse\.persistence)\.[A-Za-z0-9_.$]+/) {
             m = substr($0, RSTART, RLENGTH); if (!(m in seen)) { seen[m] = 1; count[m]++ } }
           END { for (m in count) printf "%6d %5.1f %%  %s\n", count[m], 100 * count[m] / samples, m }' \
    | sort -rn | head -45
}

case "$command" in
  all)
    if [ "${IDEAS_LOCKED:-0}" != 1 ]; then
      # the builds before the lock: it is for the Payara and the measures only
      [ -n "${NODE_EAR:-}" ] || { log "building the EAR"; mvn_offline -pl ear -am package -DskipTests; }
      mvn_offline -pl bench/search,bench/forum package -DskipTests
      log "waiting for $lock"
      exec env IDEAS_LOCKED=1 NODE_EAR="${NODE_EAR:-$(ls "$root"/ear/target/*.ear | head -1)}" \
        flock "$lock" nice -n 19 "$0" all "$@"
    fi
    trap '"$root/bench/node.sh" down || true' EXIT
    up > /dev/null
    seed
    measure "$@" || status=$?
    if [ -n "${IDEAS_JFR:-}" ]; then jfr "$IDEAS_JFR" votes; jfr "$IDEAS_JFR" trending; fi
    exit "${status:-0}"
    ;;
  up) up ;;
  down) "$root/bench/node.sh" down ;;
  seed) seed ;;
  measure) measure "$@" ;;
  summary) summary ;;
  jfr) jfr "$@" ;;
  *) echo "unknown command $command" >&2; exit 2 ;;
esac
