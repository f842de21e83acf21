#!/usr/bin/env bash
# The search benchmarks, end to end (see bench/README.md):
#   bench/search.sh load  <dataDir> [posts=100000]  posts into the database and index under <dataDir>
#   bench/search.sh query <dataDir> [seconds=20]    in-process query latency over <dataDir>/index
#   bench/search.sh index <dataDir> [posts=1000000] posts straight into <dataDir>/index, no database
#   bench/search.sh rest  <dataDir> [clients=16] [seconds=30]
#       starts the server on <dataDir>, waits until it is up and has indexed everything, runs the REST load
#       (the floor on /api/v1/health, full, then --plain), stops the server. Needs SYMBIOSE_ADMIN_EMAIL and SYMBIOSE_ADMIN_PASSWORD.
# Never installs anything: builds the bench module and what it needs with -am, runs from target/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/.ci/jdk.sh"
JAVA_HOME=$(pick_jdk)
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
base_url=${SYMBIOSE_URL:-http://localhost:8080}
command=${1:?usage: bench/search.sh load|query|index|rest <dataDir> ...}
data=${2:?a data directory, e.g. /tmp/symbiose-bench-data/100k}
shift 2

run() {
  (cd "$root" && mvn -B -q -o -pl bench/search -am package -DskipTests)
  "$JAVA_HOME/bin/java" -Xmx2g --enable-native-access=ALL-UNNAMED \
    -cp "$root/bench/search/target/classes:$(cat "$root/bench/search/target/classpath.txt")" \
    "org.symbiose.bench.search.$1" "${@:2}"
}

case "$command" in
  load) run LoadPosts "$data" "$@" ;;
  query) run QueryLatency "$data" "$@" ;;
  index) run IndexPosts "$data" "$@" ;;
  rest)
    : "${SYMBIOSE_ADMIN_EMAIL:?administrator e-mail}" "${SYMBIOSE_ADMIN_PASSWORD:?and password}"
    (cd "$root" && SYMBIOSE_DATA="$data" mvn -B -q -Pstart -DskipTests package)
    trap '(cd "$root" && mvn -B -q -Pstop -DskipTests package)' EXIT
    until curl -fs "$base_url/api/v1/health" > /dev/null; do sleep 2; done
    # the server indexes what the feed still holds at start: measure only once it is done
    until curl -fs -u "$SYMBIOSE_ADMIN_EMAIL:$SYMBIOSE_ADMIN_PASSWORD" "$base_url/api/v1/admin/search" \
        | grep -q '"backlog":0'; do sleep 2; done
    run RestLoad "$base_url" "$@" --floor
    run RestLoad "$base_url" "$@"
    run RestLoad "$base_url" "$@" --plain
    ;;
  *) echo "unknown command $command" >&2; exit 2 ;;
esac
