# Sourced by .ci/run and the bench/ scripts: pick_jdk prints a JDK 21 or newer, JAVA_HOME if it
# qualifies, else the newest one found under /usr/lib/jvm; it fails with a hint when there is none.
jdk_version() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}'; }
pick_jdk() {
  local best="" best_version=0 dir version
  for dir in ${JAVA_HOME:-} /usr/lib/jvm/*; do
    [ -x "$dir/bin/javac" ] || continue
    version=$(jdk_version "$dir"); version=${version%%.*}
    if [ "${version:-0}" -ge 21 ] && [ "$version" -gt "$best_version" ]; then best=$dir; best_version=$version; fi
  done
  [ -n "$best" ] || { echo "No JDK 21+ found: install one (e.g. apt-get install openjdk-21-jdk-headless)" >&2; return 1; }
  echo "$best"
}
