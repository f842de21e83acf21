#!/bin/bash
# The read aims of issue 13 against a running server, with Debian's wrk and bench/reads.lua:
#   bench/reads.sh <baseUrl> <forum-ids.txt> [seconds=15] [runs=3] [scenarios="topic category page topic-inm category-inm page-inm"]
# Each run measures the floor (GET /api/v1/health) and then the scenario, 16 connections on 2 threads, so each
# ratio is taken in the same minute; prints one line per run and the median of the runs. For the *-inm
# scenarios it first asks $TAGS (2,000) addresses, uniformly drawn, for their ETag with curl (anonymous, as wrk).
set -euo pipefail
base=${1:?baseUrl}
ids=${2:?forum-ids.txt}
seconds=${3:-15}
runs=${4:-3}
scenarios=${5:-"topic category page topic-inm category-inm page-inm"}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tags() { # <kind> <path prefix> <path suffix> <line kind>
  grep "^$4 " "$ids" | shuf -n "${TAGS:-2000}" | while read -r _ id; do
    tag=$(curl -s -D - -o /dev/null "$base$2$id$3" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
    [ -n "$tag" ] && echo "$1-tag $id $tag"
  done
}

wrkrun() { # <scenario> <ids file>
  wrk -t2 -c16 -d"${seconds}s" --latency -s "$here/reads.lua" "$base" -- "$2" "$1" | sed -n 's/^RESULT //p'
}

for scenario in $scenarios; do
  file=$ids
  case $scenario in
    topic-inm) tags topic /api/v1/forum/topics/ "" topic > "$work/tags"; file=$work/tags ;;
    category-inm) tags category /api/v1/forum/categories/ /topics category > "$work/tags"; file=$work/tags ;;
    page-inm) tags page "/p/forum/topic.xhtml?id=" "" topic > "$work/tags"; file=$work/tags ;;
  esac
  wrkrun "$scenario" "$file" > /dev/null # warm-up
  for run in $(seq "$runs"); do
    floor=$(wrkrun floor "$ids")
    result=$(wrkrun "$scenario" "$file")
    ratio=$(awk -v s="${result%% *}" -v f="${floor%% *}" 'BEGIN { printf "%.2f", s / f }')
    echo "$scenario run $run: floor $floor | $scenario $result | ratio $ratio"
  done | tee "$work/runs"
  awk '{ print $NF }' "$work/runs" | sort -n | awk -v s="$scenario" '{ r[NR] = $1 } END { print s ": median ratio " r[int((NR + 1) / 2)] }'
done
