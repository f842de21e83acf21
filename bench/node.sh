#!/usr/bin/env bash
# One Symbiose node for measuring, on ports of its own, so it needs no lock and runs beside any other Payara:
#   bench/node.sh up       creates (first time) and starts the Payara domain, deploys the EAR, waits for
#                          GET /api/v1/health = 200; prints the base URL (the only line on stdout)
#   bench/node.sh down     stops it (and its PostgreSQL); idempotent
#   bench/node.sh status   one line per part
#   bench/node.sh url | pid   the base URL / the server JVM's pid (for RSS, jcmd, JFR)
# It is bench/cluster.sh with one node (CLUSTER_NODES=1) and no nginx. Settings (environment):
#   NODE_DIR   everything lives here (default <repo>/target/node); H2 data in $NODE_DIR/data, which may be
#              a copy of a SYMBIOSE_DATA folder (cp -a /work/data/base100k $NODE_DIR/data before the first up)
#   NODE_DB    h2 (default) or pg: Debian's PostgreSQL in $NODE_DIR/pg on port NODE_PG_PORT (55450)
#   NODE_PORTBASE   30000: HTTP on 30080, admin on 30048 (Payara's --portbase)
#   NODE_GRID_PORT  5950: the Hazelcast member's port; the grid's name is derived from NODE_DIR
#   NODE_EAR   default ear/target/*.ear (built when missing); NODE_HEAP (1g, as the README's run command)
#   The administrator: SYMBIOSE_ADMIN_EMAIL (admin@localhost), password SYMBIOSE_ADMIN_PASSWORD or
#   generated once into $NODE_DIR/admin-password.
# The domain keeps its data across down/up; rm -rf $NODE_DIR to begin anew. A new EAR is deployed at the next up.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export CLUSTER_NODES=1
export CLUSTER_DIR=${NODE_DIR:-$root/target/node}
export CLUSTER_DB=${NODE_DB:-h2}
export CLUSTER_PG_PORT=${NODE_PG_PORT:-55450}
export CLUSTER_PORTBASES=${NODE_PORTBASE:-30000}
export CLUSTER_GRID_PORTS=${NODE_GRID_PORT:-5950}
export CLUSTER_HEAP=${NODE_HEAP:-1g}
[ -z "${NODE_EAR:-}" ] || export CLUSTER_EAR=$NODE_EAR
url=http://127.0.0.1:$((CLUSTER_PORTBASES + 80))

case "${1:-}" in
  up)
    "$root/bench/cluster.sh" up > /dev/null
    echo "[node] admin: ${SYMBIOSE_ADMIN_EMAIL:-admin@localhost}, password in $CLUSTER_DIR/admin-password" >&2
    echo "$url"
    ;;
  down|status) exec "$root/bench/cluster.sh" "$1" ;;
  url) echo "$url" ;;
  pid)
    pid=$(cat "$CLUSTER_DIR/domains/node1/config/pid" 2>/dev/null || true)
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || { echo "[node] not running" >&2; exit 1; }
    echo "$pid"
    ;;
  *) echo "usage: bench/node.sh up|down|status|url|pid" >&2; exit 2 ;;
esac
