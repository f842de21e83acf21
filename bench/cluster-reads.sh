#!/usr/bin/env bash
# The cluster read benchmark (see bench/README.md, "Cluster"): one node against two nodes behind nginx.
#   bench/cluster-reads.sh up                       the cluster (bench/cluster.sh up) on ports of its own
#   bench/cluster-reads.sh load [topics=10000] [repliesPerTopic=9] [writers=8]
#                                                   bench/forum.sh load through nginx; forum-ids.txt in $CLUSTER_DIR
#   bench/cluster-reads.sh measure [runs=3] [seconds=20] [warmup=5]
#                                                   wrk -t2 -c16: floor on node 1, then topic and category on
#                                                   node 1, node 2 (alone: is one slower?) and through nginx;
#                                                   each run's figures, then the medians
#   bench/cluster-reads.sh summary                  the medians table again, from $CLUSTER_DIR/cluster-reads.tsv
#   bench/cluster-reads.sh down                     bench/cluster.sh down
#   bench/cluster-reads.sh all [topics] [repliesPerTopic]   up, load, measure, down (KEEP_UP=1 leaves it running)
# Its own ports and folder by default, so that it runs beside another cluster or Payara without a lock:
# CLUSTER_DIR=<repo>/target/cluster-bench, CLUSTER_PORT=28080, CLUSTER_PORTBASES="20000 20100",
# CLUSTER_PG_PORT=55440, CLUSTER_GRID_PORTS="5930 5940"; WRK_THREADS=2, WRK_CONNECTIONS=16.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export CLUSTER_DIR=${CLUSTER_DIR:-$root/target/cluster-bench}
export CLUSTER_PORT=${CLUSTER_PORT:-28080}
export CLUSTER_PORTBASES=${CLUSTER_PORTBASES:-20000 20100}
export CLUSTER_PG_PORT=${CLUSTER_PG_PORT:-55440}
export CLUSTER_GRID_PORTS=${CLUSTER_GRID_PORTS:-5930 5940}
threads=${WRK_THREADS:-2}
connections=${WRK_CONNECTIONS:-16}
command=${1:?usage: bench/cluster-reads.sh up|load|measure|down|all ...}
shift

read -r base1 base2 <<<"$CLUSTER_PORTBASES"
node1=http://localhost:$((base1 + 80))
node2=http://localhost:$((base2 + 80))
balancer=http://localhost:$CLUSTER_PORT
ids=$CLUSTER_DIR/forum-ids.txt
results=$CLUSTER_DIR/cluster-reads.tsv

admin() {
  export SYMBIOSE_ADMIN_EMAIL=${SYMBIOSE_ADMIN_EMAIL:-admin@localhost}
  export SYMBIOSE_ADMIN_PASSWORD=${SYMBIOSE_ADMIN_PASSWORD:-$(cat "$CLUSTER_DIR/admin-password")}
}

source "$root/bench/processes.sh"

# wrk on <url> for <scenario>; prints "<req/s> <p50> <p99> <requests> <socket errors> <failed> <status x count,...>"
# (failed: answers of any other status than 200, per status).
wrk_run() {
  local url=$1 scenario=$2 seconds=$3 out
  out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s -s "$root/bench/perf.lua" \
    "$url" -- "$ids" "$scenario")
  grep '^RESULT ' <<<"$out" | cut -d' ' -f2-8
}

measure() {
  local runs=${1:-3} seconds=${2:-20} warmup=${3:-5} run target url scenario figures
  [ -s "$ids" ] || { echo "no $ids: run load first" >&2; exit 1; }
  echo -e "run\tscenario\ttarget\treq_s\tp50_ms\tp99_ms\trequests\tsocket_errors\tfailed\tfailed_statuses\trss_node1_mb\trss_node2_mb\trss_pg_mb" >"$results"
  echo "$(grep -c '^topic ' "$ids") topics, $(grep -c '^category ' "$ids") categories; wrk -t$threads -c$connections," \
    "$seconds s after $warmup s of warm-up per measure; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  for run in $(seq 1 "$runs"); do
    echo "run $run: load $(cut -d' ' -f1-3 /proc/loadavg); $(others "$CLUSTER_DIR")"
    for scenario in floor topic category; do
      for target in node1 node2 cluster; do
        [ "$scenario" = floor ] && [ "$target" != node1 ] && continue
        case $target in node1) url=$node1 ;; node2) url=$node2 ;; *) url=$balancer ;; esac
        wrk_run "$url" "$scenario" "$warmup" >/dev/null
        figures=$(wrk_run "$url" "$scenario" "$seconds")
        echo -e "$run\t$scenario\t$target\t${figures// /\\t}\t$(rss_of_node "$CLUSTER_DIR" 1)\t$(rss_of_node "$CLUSTER_DIR" 2)\t$(rss_of_postgres "$CLUSTER_DIR")" \
          | tee -a "$results"
      done
    done
  done
  summarize
}

# The medians over the runs; each ratio is taken within its run (to that run's floor, or node 1's figure of the
# same scenario), then the median of the ratios.
summarize() {
  awk -F'\t' '
    function median(list,   n, values, i, j, t) {
      n = split(substr(list, 2), values, " ")
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (values[j] + 0 < values[i] + 0) { t = values[i]; values[i] = values[j]; values[j] = t }
      return n % 2 ? values[(n + 1) / 2] : (values[n / 2] + values[n / 2 + 1]) / 2
    }
    NR == 1 { next }
    { key = $2 " " $3; rate[$1, key] = $4
      keys[key] = 1; reqs[key] = reqs[key] " " $4; p50[key] = p50[key] " " $5; p99[key] = p99[key] " " $6
      errors[key] += $8 + $9; n1[key] = n1[key] " " $11; n2[key] = n2[key] " " $12; runs[$1] = 1 }
    END {
      printf "| Scenario | Target | req/s (runs) | median req/s | p50 | p99 | ratio to the floor | cluster / node 1 | errors | RSS node 1 / node 2 |\n"
      printf "|---|---|---|---|---|---|---|---|---|---|\n"
      split("floor node1,topic node1,topic node2,topic cluster,category node1,category node2,category cluster", order, ",")
      for (o = 1; o <= 7; o++) {
        key = order[o]; if (!(key in keys)) continue
        split(key, parts, " "); floorRatios = ""; clusterRatios = ""; each = ""
        for (r in runs) {
          if ((r, "floor node1") in rate && rate[r, "floor node1"] > 0) floorRatios = floorRatios " " rate[r, key] / rate[r, "floor node1"]
          if (parts[2] == "cluster" && rate[r, parts[1] " node1"] > 0) clusterRatios = clusterRatios " " rate[r, key] / rate[r, parts[1] " node1"]
        }
        for (r = 1; (r, key) in rate; r++) each = each (r > 1 ? ", " : "") sprintf("%d", rate[r, key])
        printf "| %s | %s | %s | %d | %.1f ms | %.1f ms | %.3f | %s | %d | %s / %s MB |\n", parts[1],
          parts[2] == "cluster" ? "nginx, 2 nodes" : "node " substr(parts[2], 5), each, median(reqs[key]), median(p50[key]), median(p99[key]),
          median(floorRatios), clusterRatios == "" ? "" : sprintf("%.2f", median(clusterRatios)), errors[key],
          median(n1[key]), median(n2[key])
      }
    }' "$results"
}

case "$command" in
  up) "$root/bench/cluster.sh" up ;;
  load)
    admin
    mkdir -p "$CLUSTER_DIR"
    (cd "$CLUSTER_DIR" && "$root/bench/forum.sh" load "$balancer" "${1:-10000}" "${2:-9}" "${3:-8}")
    ;;
  measure) measure "$@" ;;
  summary) summarize ;;
  down) "$root/bench/cluster.sh" down ;;
  all)
    "$root/bench/cluster.sh" up
    [ "${KEEP_UP:-0}" = 1 ] || trap '"$root/bench/cluster.sh" down' EXIT
    "$0" load "${1:-10000}" "${2:-9}"
    measure
    ;;
  *) echo "unknown command $command" >&2; exit 2 ;;
esac
