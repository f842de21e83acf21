#!/usr/bin/env bash
# Measures plugin hot deployment on a running Symbiose (start it with the README's run command):
# copies the hello plugin into the plugins folder, times until its endpoint answers, removes it,
# times until it is gone; N rounds, medians printed. Talks to localhost only.
#   bench/hot-deploy.sh [rounds]     (SYMBIOSE_URL, SYMBIOSE_DATA override the defaults)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-7}
url=${SYMBIOSE_URL:-http://localhost:8080}
plugins=${SYMBIOSE_DATA:-$HOME/.symbiose/data}/plugins
jar=$(ls plugins/hello/target/symbiose-plugin-hello-*.jar 2>/dev/null | head -1)
[ -n "$jar" ] || { echo "build the plugin first: mvn -q -pl plugins/hello -am package -DskipTests" >&2; exit 1; }
curl -sf -o /dev/null "$url/api/v1/health" || { echo "Symbiose is not answering on $url" >&2; exit 1; }

now_ms() { date +%s%3N; }
wait_for() { # status, deadline 60 s
  local deadline=$(( $(now_ms) + 60000 ))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/api/v1/hello/greeting")" = "$1" ]; do
    [ "$(now_ms)" -lt "$deadline" ] || { echo "timed out waiting for $1" >&2; exit 1; }
    sleep 0.05
  done
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

rm -f "$plugins/hello.jar"; wait_for 404
deploys=(); removals=()
for i in $(seq "$rounds"); do
  start=$(now_ms); cp "$jar" "$plugins/../hello.jar.part"; mv "$plugins/../hello.jar.part" "$plugins/hello.jar"; wait_for 200
  deploys+=($(( $(now_ms) - start )))
  start=$(now_ms); rm "$plugins/hello.jar"; wait_for 404
  removals+=($(( $(now_ms) - start )))
done
echo "hot deploy (drop -> endpoint answers), ms: ${deploys[*]}; median $(printf '%s\n' "${deploys[@]}" | median)"
echo "removal (delete -> 404), ms: ${removals[*]}; median $(printf '%s\n' "${removals[@]}" | median)"
