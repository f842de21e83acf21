# Sourced by bench/cluster-reads.sh and bench/perf.sh: what the servers under a folder (bench/cluster.sh's or
# bench/node.sh's CLUSTER_DIR / NODE_DIR) use, read from /proc.

# Resident memory (MB) of node N's server JVM under <folder>: the domain writes its pid to <domain>/config/pid.
rss_of_node() { # folder N
  local pid_file pid
  pid_file=$(find "$1" -path "*/node$2/config/pid" 2>/dev/null | head -1)
  pid=$([ -n "$pid_file" ] && cat "$pid_file" || true)
  if [ -n "$pid" ] && [ -r "/proc/$pid/status" ]; then
    awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status"
  else
    echo "?"
  fi
}

# Resident memory (MB) of the PostgreSQL under <folder>: the postmaster and its children, summed (shared buffers
# counted in each); "-" when there is none (H2).
rss_of_postgres() { # folder
  local pid
  pid=$(find "$1" -name postmaster.pid 2>/dev/null | head -1 | xargs -r head -1)
  if [ -n "$pid" ] && [ -d "/proc/$pid" ]; then
    ps -o rss= -p "$pid" --ppid "$pid" | awk '{sum += $1} END {printf "%d", sum / 1024}'
  else
    echo "-"
  fi
}

# What else shares the cores: Java processes that are not under <folder> (other Payaras, Maven builds).
others() { # folder
  local count
  count=$(ps -eo args= | grep '[j]ava' | grep -vc -- "$1" || true)
  echo "$count other Java processes"
}
