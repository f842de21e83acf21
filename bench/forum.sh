#!/usr/bin/env bash
# The forum benchmarks over REST, against a server already running (see bench/README.md):
#   bench/forum.sh load <baseUrl> [topics=10000] [repliesPerTopic=9] [writers=8]
#       LoadForum: members, categories, topics and replies; writes forum-ids.txt in the current directory.
#       Needs SYMBIOSE_ADMIN_EMAIL and SYMBIOSE_ADMIN_PASSWORD (to raise the forum's rate limits and name a manager).
#   bench/forum.sh run <baseUrl> [clients=16] [seconds=30]
#       ForumLoad on forum-ids.txt (or $FORUM_IDS): floor, topic, category and page with <clients>, then reply with 8.
#   bench/forum.sh java <MainClass> [args...]
#       any other main class of the module (org.symbiose.bench.forum.<MainClass>), as bench/perf.sh uses them.
# Never installs anything: builds the bench module and what it needs with -am, runs from target/
# (with the Maven repository $MAVEN_REPO_LOCAL when set).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/.ci/jdk.sh"
JAVA_HOME=$(pick_jdk)
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
command=${1:?usage: bench/forum.sh load|run <baseUrl> ... | java <MainClass> ...}
# FORUM_BUILT=1: built already (bench/perf.sh builds once, then starts classes during its measures)
[ "${FORUM_BUILT:-0}" = 1 ] ||
  (cd "$root" && mvn -B -q -o ${MAVEN_REPO_LOCAL:+-Dmaven.repo.local=$MAVEN_REPO_LOCAL} -pl bench/forum -am package -DskipTests)
run() {
  "$JAVA_HOME/bin/java" -Xmx1g \
    -cp "$root/bench/forum/target/classes:$(cat "$root/bench/forum/target/classpath.txt")" \
    "org.symbiose.bench.forum.$1" "${@:2}"
}
if [ "$command" = java ]; then
  run "${@:2}"
  exit
fi
base_url=${2:?the server, e.g. http://localhost:8080}
shift 2
ids=${FORUM_IDS:-forum-ids.txt}

case "$command" in
  load)
    : "${SYMBIOSE_ADMIN_EMAIL:?administrator e-mail}" "${SYMBIOSE_ADMIN_PASSWORD:?and password}"
    run LoadForum "$base_url" "$SYMBIOSE_ADMIN_EMAIL" "$SYMBIOSE_ADMIN_PASSWORD" "$@"
    ;;
  run)
    clients=${1:-16}
    seconds=${2:-30}
    for scenario in floor topic category page; do
      run ForumLoad "$base_url" "$ids" "$clients" "$seconds" "$scenario"
    done
    run ForumLoad "$base_url" "$ids" 8 "$seconds" reply
    ;;
  *) echo "unknown command $command" >&2; exit 2 ;;
esac
