#!/usr/bin/env bash
# The bulk import benchmark (see bench/README.md):
#   bench/import.sh generate <file> [posts=1000000]   an NDJSON import file: 10 categories, topics of 10 posts
#   bench/import.sh run <baseUrl> <file> [source=bench]
#       POSTs the file to <baseUrl>/api/v1/admin/imports, prints the job's progress every IMPORT_POLL s (15: each
#       poll checks the administrator's password, ~0.4 s of CPU on a busy 2-core machine), the time until all
#       is written, until this node's index holds it all, and the server's RSS after. Needs SYMBIOSE_ADMIN_EMAIL
#       and SYMBIOSE_ADMIN_PASSWORD. A second run of the same file and source writes nothing (skipped).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/.ci/jdk.sh"
JAVA_HOME=$(pick_jdk)
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
command=${1:?usage: bench/import.sh generate <file> [posts] | run <baseUrl> <file> [source]}

case "$command" in
  generate)
    (cd "$root" && mvn -B -q -o -pl bench/search -am package -DskipTests)
    "$JAVA_HOME/bin/java" -Xmx512m -cp "$root/bench/search/target/classes:$(cat "$root/bench/search/target/classpath.txt")" \
      org.symbiose.bench.search.ImportFile "${2:?a file}" "${3:-1000000}"
    ;;
  run)
    base_url=${2:?a base URL, e.g. http://localhost:8080}
    file=${3:?an import file}
    source=${4:-bench}
    : "${SYMBIOSE_ADMIN_EMAIL:?administrator e-mail}" "${SYMBIOSE_ADMIN_PASSWORD:?and password}"
    auth="$SYMBIOSE_ADMIN_EMAIL:$SYMBIOSE_ADMIN_PASSWORD"
    start=$(date +%s.%N)
    location=$(curl -fsS -u "$auth" -H 'Content-Type: application/x-ndjson' --data-binary "@$file" \
      -o /dev/null -D - "$base_url/api/v1/admin/imports?source=$source" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
    uploaded=$(date +%s.%N)
    echo "uploaded $(stat -c %s "$file") bytes in $(echo "$uploaded - $start" | bc) s; job $location"
    written=""
    while true; do
      progress=$(curl -fsS -u "$auth" "$location")
      now=$(date +%s.%N)
      echo "$(printf '%6.0f' "$(echo "$now - $start" | bc)") s  $(echo "$progress" | sed 's/,"firstErrors":\[[^]]*\]//')"
      state=$(echo "$progress" | sed -n 's/.*"state":"\([A-Z]*\)".*/\1/p')
      case "$state" in INDEXING|DONE|FAILED) [ -n "$written" ] || written=$now ;; esac
      if [ "$state" = DONE ] || [ "$state" = FAILED ]; then break; fi
      sleep "${IMPORT_POLL:-15}"
    done
    port=$(echo "$base_url" | sed -n 's|.*:\([0-9]*\).*|\1|p')
    pid=$(ss -ltnpH "sport = :${port:-80}" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
    echo "state $state; written after $(echo "$written - $start" | bc) s, indexed after $(echo "$now - $start" | bc) s"
    echo "first errors: $(echo "$progress" | sed -n 's/.*"firstErrors":\(\[[^]]*\]\).*/\1/p' | cut -c1-400)"
    if [ -n "$pid" ]; then echo "server RSS: $(($(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024)) MB (pid $pid)"; fi
    ;;
  *) echo "usage: bench/import.sh generate <file> [posts] | run <baseUrl> <file> [source]" >&2; exit 2 ;;
esac
