#!/usr/bin/env bash
# A two-node Symbiose cluster on this machine (see "Several nodes" in README.md):
#   bench/cluster.sh up        PostgreSQL, two Payara domains of the same EAR in one data grid, nginx in front
#                              (CLUSTER_NODES=1: one domain and no nginx; bench/node.sh runs it so)
#   bench/cluster.sh down      stops all of it (idempotent)
#   bench/cluster.sh kill N    SIGKILL of node N's server JVM, as a crash would
#   bench/cluster.sh start N   starts node N again, kept out of nginx until its health answers 200
#   bench/cluster.sh status    one line per part
# Everything lives under $CLUSTER_DIR (default target/cluster) and is found again there from any shell.
# Settings (environment): CLUSTER_DIR, CLUSTER_PORT (nginx, 8080), CLUSTER_PG_PORT (55433),
# CLUSTER_PORTBASES ("10000 10100": HTTP = base+80, admin = base+48), CLUSTER_GRID_PORTS ("5910 5920"),
# CLUSTER_EAR (default ear/target/*.ear, built when missing), CLUSTER_PAYARA (an unpacked payara6 folder;
# default the Payara zip of the local Maven repository), CLUSTER_HEAP (1g), CLUSTER_NODES (2; 1 or 2),
# CLUSTER_DB (pg, or h2: only with one node, the H2 file in its data directory),
# SYMBIOSE_ADMIN_EMAIL / SYMBIOSE_ADMIN_PASSWORD (default admin@localhost / generated, in $CLUSTER_DIR/admin-password).
# A second `up` keeps the data: it starts what exists and creates what is missing (rm -rf $CLUSTER_DIR to begin anew).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/.ci/jdk.sh"
JAVA_HOME=$(pick_jdk)
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

dir=$(mkdir -p "${CLUSTER_DIR:-$root/target/cluster}" && cd "${CLUSTER_DIR:-$root/target/cluster}" && pwd)
port=${CLUSTER_PORT:-8080}
pg_port=${CLUSTER_PG_PORT:-55433}
read -r -a portbases <<< "${CLUSTER_PORTBASES:-10000 10100}"
read -r -a grid_ports <<< "${CLUSTER_GRID_PORTS:-5910 5920}"
heap=${CLUSTER_HEAP:-1g}
read -r -a nodes <<< "$(seq -s ' ' "${CLUSTER_NODES:-2}")"
db=${CLUSTER_DB:-pg}
case "${#nodes[@]}:$db" in
  1:pg|1:h2|2:pg) ;;
  *) echo "CLUSTER_NODES=${CLUSTER_NODES:-} CLUSTER_DB=$db: 1 or 2 nodes, pg or h2 (h2 with one node only)" >&2; exit 2 ;;
esac
single() { [ "${#nodes[@]}" -eq 1 ]; }
# A grid name of this cluster's own, so that two clusters on one machine never merge.
grid=symbiose-$(printf '%s' "$dir" | cksum | cut -d' ' -f1)
ready_seconds=${CLUSTER_READY_SECONDS:-600}

log() { echo "[cluster $(date -u +%T)] $*" >&2; }
die() { log "$*"; exit 1; }

http_port() { echo $(( portbases[$1 - 1] + 80 )); }
admin_port() { echo $(( portbases[$1 - 1] + 48 )); }
health() { curl -s -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:$1/api/v1/health" || true; }
await_health() { # port what [node: whose server log to show on a timeout]
  local deadline=$(( $(date +%s) + ready_seconds ))
  until [ "$(health "$1")" = 200 ]; do
    [ "$(date +%s)" -lt "$deadline" ] || { [ -z "${3:-}" ] || server_log_errors "$3"; die "$2 not healthy after ${ready_seconds}s (http://127.0.0.1:$1/api/v1/health)"; }
    sleep 1
  done
}
alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }
pid_in() { [ -f "$1" ] && tr -d '[:space:]' < "$1" || true; }

# --- PostgreSQL (Debian's binaries; never as root, which initdb refuses) ---
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
pg_data=$dir/pg/data
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
pg_up() {
  [ -n "$pg_bin" ] || die "PostgreSQL missing: apt-get install postgresql"
  if [ ! -f "$pg_data/PG_VERSION" ]; then
    log "PostgreSQL: initdb in $pg_data"
    mkdir -p "$dir/pg"
    printf 'symbiose\n' > "$dir/pg/password"
    if [ "$(id -u)" -eq 0 ]; then
      chown -R postgres: "$dir/pg"
      as_pg test -w "$dir/pg" || die "the postgres user cannot reach $dir/pg: choose a CLUSTER_DIR it can (not under /root)"
    fi
    as_pg "$pg_bin/initdb" -D "$pg_data" -U symbiose --pwfile="$dir/pg/password" -A scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 > "$dir/pg/initdb.log"
    cat >> "$pg_data/postgresql.conf" <<EOF
port = $pg_port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir/pg'
max_connections = 200
fsync = on
EOF
  fi
  if ! as_pg "$pg_bin/pg_ctl" -D "$pg_data" status > /dev/null 2>&1; then
    log "PostgreSQL: starting on port $pg_port"
    as_pg "$pg_bin/pg_ctl" -D "$pg_data" -l "$dir/pg/postgres.log" -w start > /dev/null
  fi
  if ! PGPASSWORD=symbiose "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U symbiose -d postgres -tAc \
      "select 1 from pg_database where datname = 'symbiose'" | grep -q 1; then
    PGPASSWORD=symbiose "$pg_bin/psql" -q -h 127.0.0.1 -p "$pg_port" -U symbiose -d postgres -c "create database symbiose"
  fi
}
pg_down() {
  [ -f "$pg_data/PG_VERSION" ] || return 0
  as_pg "$pg_bin/pg_ctl" -D "$pg_data" status > /dev/null 2>&1 || return 0
  log "PostgreSQL: stopping"
  as_pg "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop > /dev/null || true
}

# --- Payara domains ---
payara() {
  if [ -n "${CLUSTER_PAYARA:-}" ]; then echo "$CLUSTER_PAYARA"; return; fi
  if [ ! -x "$dir/payara6/bin/asadmin" ]; then
    local version repo zip
    version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$root/pom.xml" | head -1)
    repo=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}
    zip=$repo/fish/payara/distributions/payara/$version/payara-$version.zip
    if [ ! -f "$zip" ]; then
      (cd "$root" && mvn -B -q dependency:get -Dartifact="fish.payara.distributions:payara:$version:zip" >&2)
    fi
    log "Payara: unpacking $zip"
    rm -rf "$dir/payara6.tmp" && mkdir -p "$dir/payara6.tmp"
    unzip -q "$zip" -d "$dir/payara6.tmp" && mv "$dir/payara6.tmp/payara6" "$dir/payara6" && rm -rf "$dir/payara6.tmp"
  fi
  echo "$dir/payara6"
}
# asadmin N args...: a command for node N's domain (remote ones through its admin port), logged in
# the node's asadmin.log; a pipe could be held open by the server that start-domain launches.
asadmin() {
  local n=$1 out=$dir/node$1/asadmin.log target=()
  shift
  case "$1" in
    create-domain|start-domain|restart-domain|stop-domain) ;;
    *) target=(--host 127.0.0.1 --port "$(admin_port "$n")") ;;
  esac
  mkdir -p "$dir/node$n"
  "$JAVA_HOME/bin/java" -jar "$(payara)/glassfish/lib/client/appserver-cli.jar" --interactive=false \
    "${target[@]}" "$@" >> "$out" 2>&1 < /dev/null || { log "asadmin $1 failed: see $out"; tail -n 12 "$out" >&2; server_log_errors "$n"; return 1; }
}
domains=$dir/domains
server_log_errors() { # N: the last errors of node N's server log, for a start that failed
  local file=$domains/node$1/logs/server.log
  [ -f "$file" ] || return 0
  log "node$1: last errors in $file:"
  grep -E '\[(SEVERE|ERROR)\]' "$file" | tail -n 5 | cut -c1-400 >&2 || true
}
server_pid() { local pid; pid=$(pid_in "$domains/node$1/config/pid"); alive "$pid" && echo "$pid" || true; }
# A single node keeps everything in one data directory, as the README's run command does (so a copied
# SYMBIOSE_DATA folder serves as is); the nodes of a cluster each have theirs and share files and plugins.
data_dir() { if single; then echo "$dir/data"; else echo "$dir/node$1/data"; fi; }
ear() {
  if [ -n "${CLUSTER_EAR:-}" ]; then echo "$CLUSTER_EAR"; return; fi
  local found
  found=$(ls "$root"/ear/target/*.ear 2>/dev/null | head -1 || true)
  if [ -z "$found" ]; then
    log "EAR: building it (mvn -o -pl ear -am package -DskipTests)"
    (cd "$root" && mvn -B -q -o -pl ear -am package -DskipTests >&2)
    found=$(ls "$root"/ear/target/*.ear | head -1)
  fi
  echo "$found"
}
admin_password() {
  if [ -n "${SYMBIOSE_ADMIN_PASSWORD:-}" ]; then echo "$SYMBIOSE_ADMIN_PASSWORD"; return; fi
  [ -s "$dir/admin-password" ] || (umask 077 && head -c 18 /dev/urandom | base64 | tr '+/' '-_' > "$dir/admin-password")
  cat "$dir/admin-password"
}
# asadmin separates JVM options with ':', so a colon inside one is escaped.
jvm_option() { printf '%s' "$1" | sed 's/:/\\:/g'; }

node_create() { # N
  local n=$1 members options=() option n2
  mkdir -p "$(data_dir "$n")"
  single || mkdir -p "$dir/shared/files" "$dir/shared/plugins"
  log "node$n: creating the domain (port base ${portbases[$n - 1]})"
  rm -rf "${domains:?}/node$n"
  # one create-domain at a time: two at once from one Payara failed at times (CLI130)
  (
    flock 9
    asadmin "$n" create-domain --nopassword=true --checkports=false --portbase "${portbases[$n - 1]}" \
      --domaindir "$domains" "node$n"
  ) 9> "$dir/create-domain.lock"
  asadmin "$n" start-domain --domaindir "$domains" "node$n"
  members=$(for n2 in "${nodes[@]}"; do printf '127.0.0.1:%s,' "${grid_ports[$n2 - 1]}"; done); members=${members%,}
  # One data grid over both domains: TCP/IP discovery of the listed members, a name of its own.
  # A domain administration server's member listens on the DAS port, an instance's on the start port.
  asadmin "$n" set-hazelcast-configuration --enabled=true --dynamic=false --clustermode=tcpip \
    --tcpipmembers="$members" --dasport="${grid_ports[$n - 1]}" --startport="${grid_ports[$n - 1]}" \
    --autoincrementport=false \
    --interfaces=127.0.0.1 --clustername="$grid" --membername="node$n"
  # Web sessions kept on the data grid, so that another node carries on a dead node's sessions.
  asadmin "$n" set \
    configs.config.server-config.availability-service.availability-enabled=true \
    configs.config.server-config.availability-service.web-container-availability.availability-enabled=true \
    configs.config.server-config.availability-service.web-container-availability.persistence-type=hazelcast
  asadmin "$n" delete-jvm-options '-Xmx512m'
  local settings=("-Xmx$heap" "-Dsymbiose.node.name=node$n" "-Dsymbiose.data=$(data_dir "$n")"
    "-Dsymbiose.admin.email=${SYMBIOSE_ADMIN_EMAIL:-admin@localhost}" "-Dsymbiose.admin.password=$(admin_password)")
  single || settings+=("-Dsymbiose.files.dir=$dir/shared/files" "-Dsymbiose.plugins.dir=$dir/shared/plugins")
  # H2: the built-in URL, a file in the data directory
  [ "$db" != pg ] || settings+=("-Dsymbiose.db.url=jdbc:postgresql://127.0.0.1:$pg_port/symbiose"
    "-Dsymbiose.db.user=symbiose" "-Dsymbiose.db.password=symbiose")
  for option in "${settings[@]}"; do
    options+=("$(jvm_option "$option")")
  done
  asadmin "$n" create-jvm-options "$(IFS=:; echo "${options[*]}")"
  asadmin "$n" restart-domain --domaindir "$domains" "node$n"
  touch "$dir/node$n/configured"
}
node_deploy() { # N: deploys the EAR when it is not the one deployed
  local n=$1 file sum
  file=$(ear)
  sum=$(cksum < "$file")
  [ "$(cat "$dir/node$n/deployed" 2>/dev/null || true)" != "$sum" ] || return 0
  log "node$n: deploying $(basename "$file")"
  # a redeployment with --force alone is refused at times ("Application name symbiose is already in use")
  if [ -s "$dir/node$n/deployed" ]; then asadmin "$n" undeploy symbiose || true; fi
  asadmin "$n" deploy --force=true --availabilityenabled=true --name symbiose "$file"
  echo "$sum" > "$dir/node$n/deployed"
}
node_run() { # N: creates the domain if missing, starts it if stopped
  local n=$1
  if [ ! -f "$dir/node$n/configured" ]; then
    # absent, or its creation was interrupted: made anew
    node_stop "$n"
    node_create "$n"
  elif [ -z "$(server_pid "$n")" ]; then
    log "node$n: starting"
    asadmin "$n" start-domain --timeout "$ready_seconds" --domaindir "$domains" "node$n"
  fi
}
node_start() { # N
  local n=$1
  node_run "$n"
  node_deploy "$n"
  await_health "$(http_port "$n")" "node$n" "$n"
  log "node$n: healthy on http://127.0.0.1:$(http_port "$n")"
}
node_stop() { # N
  local n=$1 pid
  pid=$(server_pid "$n")
  [ -n "$pid" ] || return 0
  log "node$n: stopping"
  asadmin "$n" stop-domain --kill=true --domaindir "$domains" "node$n" || true
  ! alive "$pid" || kill -9 "$pid" 2>/dev/null || true
}
node_kill() { # N
  local pid
  pid=$(server_pid "$1")
  [ -n "$pid" ] || die "node$1 is not running"
  kill -9 "$pid"
  while alive "$pid"; do sleep 0.1; done
  log "node$1: killed (pid $pid)"
}

# --- nginx: round robin, no stickiness; a dead node is skipped ---
nginx_pid() { local pid; pid=$(pid_in "$dir/nginx/nginx.pid"); alive "$pid" && echo "$pid" || true; }
# nginx.conf with every node, or with node $1 marked down: a starting Payara answers 404 until the
# EAR is deployed, and nginx's passive checks count only errors, so a restarting node stays out until healthy
nginx_conf() {
  local upstreams="" n
  for n in "${nodes[@]}"; do
    upstreams+="    server 127.0.0.1:$(http_port "$n") max_fails=1 fail_timeout=2s$([ "$n" = "${1:-}" ] && echo " down" || true);"$'\n'
  done
  cat > "$dir/nginx/nginx.conf" <<EOF
# written by bench/cluster.sh
$([ "$(id -u)" -eq 0 ] && echo "user root;")
worker_processes auto;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $dir/nginx/temp/body;
  proxy_temp_path $dir/nginx/temp/proxy;
  fastcgi_temp_path $dir/nginx/temp/fastcgi;
  uwsgi_temp_path $dir/nginx/temp/uwsgi;
  scgi_temp_path $dir/nginx/temp/scgi;
  client_max_body_size 64m;
  upstream symbiose {
$upstreams    keepalive 64;
  }
  server {
    listen 127.0.0.1:$port;
    location / {
      proxy_pass http://symbiose;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_connect_timeout 1s;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
      proxy_read_timeout 120s;
      # which node answered, for the tests that kill it
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
EOF
}
nginx_reload() { # the configuration nginx_conf just wrote, without dropping connections
  local pid
  pid=$(nginx_pid)
  [ -z "$pid" ] || kill -HUP "$pid"
}
nginx_up() {
  [ -z "$(nginx_pid)" ] || return 0
  command -v nginx > /dev/null || [ -x /usr/sbin/nginx ] || die "nginx missing: apt-get install nginx"
  mkdir -p "$dir/nginx/temp"
  nginx_conf
  log "nginx: starting on port $port"
  "$(command -v nginx || echo /usr/sbin/nginx)" -p "$dir/nginx" -c "$dir/nginx/nginx.conf" 2>> "$dir/nginx/error.log" \
    || die "nginx did not start: see $dir/nginx/error.log"
}
nginx_down() {
  local pid
  pid=$(nginx_pid)
  [ -n "$pid" ] || return 0
  log "nginx: stopping"
  kill -QUIT "$pid"
  for _ in $(seq 50); do alive "$pid" || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}

node_number() {
  [[ " ${nodes[*]} " == *" ${1:-x} "* ]] || die "usage: bench/cluster.sh ${command} $(IFS='|'; echo "${nodes[*]}")"
  echo "$1"
}
urls() {
  single || echo "site:   http://127.0.0.1:$port/  (nginx over both nodes)"
  local n
  for n in "${nodes[@]}"; do
    echo "node$n:  http://127.0.0.1:$(http_port "$n")/  admin http://127.0.0.1:$(admin_port "$n")/"
  done
  echo "admin:  ${SYMBIOSE_ADMIN_EMAIL:-admin@localhost} / $(admin_password)"
}

command=${1:-}
case "$command" in
  up)
    started=$(date +%s)
    [ "$db" != pg ] || pg_up
    payara > /dev/null
    ear > /dev/null
    # both domains at once; then the first node alone creates the schema (Flyway) and the
    # administrator, and the second deploys once it is healthy
    pids=()
    for n in "${nodes[@]}"; do (node_run "$n") & pids+=($!); done
    for pid in "${pids[@]}"; do wait "$pid" || die "a domain did not start: see $dir/node*/asadmin.log"; done
    for n in "${nodes[@]}"; do node_start "$n"; done
    if ! single; then
      nginx_up
      await_health "$port" "nginx"
    fi
    log "cluster up in $(( $(date +%s) - started )) s"
    urls
    ;;
  down)
    nginx_down
    for n in "${nodes[@]}"; do node_stop "$n"; done
    pg_down
    ;;
  kill) node_kill "$(node_number "${2:-}")" ;;
  start)
    n=$(node_number "${2:-}")
    if [ -n "$(nginx_pid)" ]; then nginx_conf "$n"; nginx_reload; fi
    node_start "$n"
    if [ -n "$(nginx_pid)" ]; then nginx_conf; nginx_reload; log "nginx: node$n back in"; fi
    ;;
  status)
    if [ "$db" != pg ]; then
      echo "db     h2    $(data_dir 1)/db"
    elif [ -f "$pg_data/PG_VERSION" ] && as_pg "$pg_bin/pg_ctl" -D "$pg_data" status > /dev/null 2>&1; then
      echo "pg     up    postgresql://symbiose@127.0.0.1:$pg_port/symbiose"
    else
      echo "pg     down  postgresql://symbiose@127.0.0.1:$pg_port/symbiose"
    fi
    for n in "${nodes[@]}"; do
      if [ -n "$(server_pid "$n")" ]; then state=up; else state=down; fi
      printf 'node%s  %-5s http://127.0.0.1:%s/ (health %s)\n' "$n" "$state" "$(http_port "$n")" "$(health "$(http_port "$n")")"
    done
    if ! single; then
      if [ -n "$(nginx_pid)" ]; then state=up; else state=down; fi
      printf 'nginx  %-5s http://127.0.0.1:%s/\n' "$state" "$port"
    fi
    ;;
  *) echo "usage: bench/cluster.sh up|down|kill N|start N|status" >&2; exit 2 ;;
esac
