#!/usr/bin/env bash
# Cold start of the README's run command, split into its phases (see "Start-up" in bench/README.md):
#   bench/startup.sh <dataDir> [runs=3] [migrations]
# For each run: starts `mvn -o -Prun -DskipTests package -pl ear` (the modules built beforehand, so the build
# is the EAR's packaging only) with SYMBIOSE_DATA=<dataDir>, stamps every line Maven prints and polls
# /api/v1/health every 0.2 s, then stops it with Ctrl-C (SIGINT to its process group) as a user would. Prints
# per run: the load average, seconds from the command to cargo:install (the build before it), to Payara
# starting (the domain created, or kept), to Payara answering, to the EAR answering (503, or 200), to the
# first 200, and the app's own phases from this run's part of the server log.
# [migrations]: a Flyway location added for these runs (symbiose.db.extra-migrations), e.g.
# filesystem:$PWD/bench/startup to run V32__rewrite_every_item.sql, which rewrites every row of the item table.
# Uses ports 8080/4848: on a shared machine, run it under the machine's Payara lock.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/.ci/jdk.sh"
JAVA_HOME=$(pick_jdk)
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
data=${1:?usage: bench/startup.sh <dataDir> [runs=3] [migrations]}
runs=${2:-3}
extra=${3:-}
url=${SYMBIOSE_URL:-http://localhost:8080}/api/v1/health
log_file=$root/ear/target/cargo/domain/cargo-domain/logs/server.log
out=$(mktemp -d)

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

for run in $(seq 1 "$runs"); do
  log_lines=$({ wc -l < "$log_file"; } 2> /dev/null || echo 0)
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  start=$(now)
  # a process group of its own: Ctrl-C reaches Maven and Payara, and nothing else of the machine; with SIGINT
  # handled as in a terminal (a background job's shell starts it ignored, and so would Maven's JVM)
  setsid env --default-signal=INT bash -c 'cd "$1" && SYMBIOSE_DATA="$2" SYMBIOSE_DB_EXTRA_MIGRATIONS="$3" \
      mvn -B -o ${MAVEN_REPO:+-Dmaven.repo.local=$MAVEN_REPO} -Prun -DskipTests package -pl ear 2>&1 \
      | while IFS= read -r line; do echo "$(date +%s.%N) $line"; done > "$4"' _ "$root" "$data" "$extra" "$out/mvn-$run.log" &
  group=$!
  first_answer='' first_app='' first_ok='' statuses=''
  while [ -z "$first_ok" ]; do
    code=$(curl -s -o "$out/body" -m 2 -w '%{http_code}' "$url" || true)
    t=$(now)
    [ "$code" != 000 ] && [ -z "$first_answer" ] && first_answer=$t
    { [ "$code" = 503 ] || [ "$code" = 200 ]; } && [ -z "$first_app" ] && first_app=$t
    [ "$code" = 200 ] && first_ok=$t
    if [ "$code" = 503 ]; then
      detail=$(sed -n 's/.*"detail":"\([^"]*\)".*/\1/p' "$out/body")
      case "$statuses" in *"$detail"*) ;; *) statuses="$statuses [$(since "$start" "$t") s: 503 $detail]";; esac
    fi
    [ "$(since "$start" "$t" | cut -d. -f1)" -gt 900 ] && { echo "no 200 after 900 s" >&2; break; }
    # Cargo gives up (e.g. create-domain past its 60 s) and Maven ends: nothing will answer
    kill -0 "$group" 2> /dev/null || { echo "run $run: the run command ended without a 200; see $out/mvn-$run.log" >&2; break; }
    sleep 0.2
  done
  [ -n "$first_ok" ] || { kill -INT -- "-$group" 2> /dev/null || true; wait || true; continue; }
  cargo=$(grep -m1 'cargo-maven3-plugin\|cargo:.*:run' "$out/mvn-$run.log" | cut -d' ' -f1)
  domain=$(grep -m1 -i 'starting\.\.\.' "$out/mvn-$run.log" | cut -d' ' -f1 || true)
  kept=$(sed -n 's/.*Payara domain kept: \(.*\)/\1/p' "$out/mvn-$run.log" | head -1)
  echo "run $run (load $load): cargo $(since "$start" "$cargo") s," \
    "domain $([ "$kept" = true ] && echo kept || echo created) $(since "$start" "${domain:-$start}") s," \
    "Payara answers $(since "$start" "$first_answer") s, EAR answers $(since "$start" "$first_app") s," \
    "first 200 $(since "$start" "$first_ok") s (after the build: $(since "$cargo" "$first_ok") s)$statuses"
  # a kept domain's log holds the earlier runs too (a rotated one begins anew)
  [ "$({ wc -l < "$log_file"; } 2> /dev/null || echo 0)" -ge "$log_lines" ] || log_lines=0
  tail -n +"$((log_lines + 1))" "$log_file" \
    | grep -h 'successfully deployed\|[Aa]utodeployed\|Schema at version\|Symbiose is ready\|Plugin host started' \
    | sed 's/^/    /' | cut -c1-220 || true
  rss=$(ps -o rss= -p "$(pgrep -g "$group" -f ASMain | head -1)" 2>/dev/null || echo 0)
  echo "    server RSS $((rss / 1024)) MB"
  # Ctrl-C, as in a terminal: the whole process group gets SIGINT
  kill -INT -- "-$group"
  wait || true
  while pgrep -g "$group" > /dev/null; do sleep 1; done
done
