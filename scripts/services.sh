#!/usr/bin/env bash
# Private PostgreSQL and RabbitMQ for the integration tests, from Debian packages, without Docker.
#
#   scripts/services.sh start         install what is missing, start both, write the connection settings
#   scripts/services.sh stop          stop exactly what `start` started, remove the state directory
#   scripts/services.sh status        what runs (exit 0 when both are up, 1 otherwise)
#   scripts/services.sh rabbit-stop   stop only the private RabbitMQ node (data kept), for broker-outage tests
#   scripts/services.sh rabbit-start  start it again with the same node, ports and data
#                                     (both exit 3 when RabbitMQ is a configured one that start did not start)
#   scripts/services.sh rabbitmqctl|rabbitmq-diagnostics ARGS   the CLI against the private node
#   scripts/services.sh install-chromium   Debian's chromium for the browser tests, when /usr/bin/chromium is missing
#
# `start` writes $PARTYWORKFLOWS_SERVICES_DIR/services.env (shell syntax, `set -a; . file` exports it):
#   PARTYWORKFLOWS_TEST_POSTGRES="Host=127.0.0.1;Port=55432;Database=partyworkflows_test;Username=...;Password=..."
#   PARTYWORKFLOWS_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:55672/"
#
# When PARTYWORKFLOWS_TEST_POSTGRES / PARTYWORKFLOWS_TEST_RABBITMQ are already set (a developer's own servers) and
# answer, they are used as they are and nothing is started for them (nor stopped later); set but not answering is an
# error. Otherwise private instances run from the state directory on loopback only: PostgreSQL as the `postgres` OS
# user (when run as root) on PARTYWORKFLOWS_PG_PORT (55432), RabbitMQ node partyworkflows@localhost on
# PARTYWORKFLOWS_RABBITMQ_PORT (55672) with its own Erlang cookie, HOME and epmd (PARTYWORKFLOWS_EPMD_PORT, 54369),
# so an existing RabbitMQ/Erlang on the machine is neither used nor disturbed. A taken default port moves to the next
# free one. The state directory is PARTYWORKFLOWS_SERVICES_DIR (default ${TMPDIR:-/tmp}/partyworkflows-services).
set -euo pipefail

SCRIPT_PATH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")

STATE_DIR=${PARTYWORKFLOWS_SERVICES_DIR:-${TMPDIR:-/tmp}/partyworkflows-services}
STATE_FILE=$STATE_DIR/state
ENV_FILE=$STATE_DIR/services.env
PG_DIR=$STATE_DIR/pg
RABBIT_DIR=$STATE_DIR/rabbitmq

PG_PORT_WANTED=${PARTYWORKFLOWS_PG_PORT:-55432}
PG_DATABASE=partyworkflows_test
PG_ROLE=partyworkflows
PG_PASSWORD=partyworkflows
RABBIT_NODE=${PARTYWORKFLOWS_RABBITMQ_NODENAME:-partyworkflows@localhost}
RABBIT_PORT_WANTED=${PARTYWORKFLOWS_RABBITMQ_PORT:-55672}
RABBIT_DIST_PORT_WANTED=${PARTYWORKFLOWS_RABBITMQ_DIST_PORT:-55673}
EPMD_PORT_WANTED=${PARTYWORKFLOWS_EPMD_PORT:-54369}
PG_WAIT=${PARTYWORKFLOWS_PG_WAIT_SECONDS:-60}
RABBIT_WAIT=${PARTYWORKFLOWS_RABBITMQ_WAIT_SECONDS:-120}
RABBIT_LIB=/usr/lib/rabbitmq/bin

say() { printf 'services: %s\n' "$*" >&2; }
die() { printf 'services: error: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- state file (KEY=value lines, later ones win)

state_set() { printf '%s=%q\n' "$1" "$2" >>"$STATE_FILE"; }
state_load() {
  PG_MODE='' PG_HOST='' PG_PORT='' PG_PID='' PG_BIN='' PG_OS_USER=''
  RABBIT_MODE='' RABBIT_HOST='' RABBIT_PORT='' RABBIT_DIST_PORT='' RABBIT_PID='' RABBIT_LAUNCHER_PID=''
  RABBIT_OS_USER='' EPMD_PORT='' EPMD_PID=''
  RABBIT_URL='' PG_CONN=''
  # shellcheck disable=SC1090
  [[ -f $STATE_FILE ]] && . "$STATE_FILE"
  return 0
}

alive() { [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null; }

# Waits up to $2 seconds for process $1 to exit.
wait_exit() {
  local pid=$1 deadline=$((SECONDS + $2))
  while alive "$pid"; do
    ((SECONDS < deadline)) || return 1
    sleep 0.2
  done
}

# ---------------------------------------------------------------- protocol probes (bash /dev/tcp, no clients needed)

# shellcheck disable=SC2016 # the probes pass host and port as $0 $1 to an inner bash
port_open() { timeout 2 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$1" "$2" 2>/dev/null; }

# PostgreSQL answers an SSLRequest with 'S' or 'N'.
# shellcheck disable=SC2016
pg_answers() {
  timeout 3 bash -c 'exec 3<>"/dev/tcp/$0/$1" || exit 1
    printf "\x00\x00\x00\x08\x04\xd2\x16\x2f" >&3
    r=$(head -c 1 <&3); [[ $r == S || $r == N ]]' "$1" "$2" 2>/dev/null
}

# An AMQP 0-9-1 broker answers the protocol header with a method frame (type 1, connection.start).
# shellcheck disable=SC2016
amqp_answers() {
  timeout 3 bash -c 'exec 3<>"/dev/tcp/$0/$1" || exit 1
    printf "AMQP\x00\x00\x09\x01" >&3
    r=$(head -c 1 <&3); [[ $r == $'"'"'\x01'"'"' ]]' "$1" "$2" 2>/dev/null
}

free_port() { # first port from $1 that nothing listens on, skipping $2
  local p
  for ((p = $1; p < $1 + 100; p++)); do
    [[ $p == "${2:-}" ]] && continue
    port_open 127.0.0.1 "$p" || { echo "$p"; return 0; }
  done
  die "no free port in $1..$(($1 + 99))"
}

# ---------------------------------------------------------------- users and packages

as_user() { # as_user USER cmd...: run as USER (only root switches), from / so no home/cwd permission noise
  local user=$1; shift
  if [[ $user == "$(id -un)" ]]; then (cd / && "$@"); else (cd / && runuser -u "$user" -- "$@"); fi
}

pg_bindir() {
  local d
  # shellcheck disable=SC2012
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -n $d && -x $d/initdb && -x $d/pg_ctl ]] && echo "$d"
}

rabbit_installed() { [[ -x $RABBIT_LIB/rabbitmq-server && -x $RABBIT_LIB/rabbitmqctl ]] && command -v erl >/dev/null && command -v epmd >/dev/null; }

install_packages() { # install_packages pkg...
  local sudo=() created_policy=''
  if ((EUID != 0)); then
    command -v sudo >/dev/null || die "need root or sudo to install: $*"
    sudo=(sudo -n)
  fi
  say "installing $* (apt-get) ..."
  local t0=$SECONDS
  # The packages' own services must not start: we run private instances on other ports.
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    "${sudo[@]}" sh -c 'printf "#!/bin/sh\nexit 101\n" >/usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d'
    created_policy=1
  fi
  local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -y -o DPkg::Lock::Timeout=600
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
  local rc=0 log=${TMPDIR:-/tmp}/partyworkflows-apt.$$.log
  {
    # Lists missing or older than a day: refresh first; a failed install (stale lists, 404) refreshes and retries once.
    if [[ -z $(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages*' -mmin -1440 2>/dev/null | head -n 1) ]]; then
      "${apt[@]}" update
    fi
    "${apt[@]}" install --no-install-recommends "$@" || { "${apt[@]}" update && "${apt[@]}" install --no-install-recommends "$@"; }
  } >"$log" 2>&1 || rc=$?
  [[ -n $created_policy ]] && "${sudo[@]}" rm -f /usr/sbin/policy-rc.d
  if ((rc != 0)); then
    tail -n 30 "$log" >&2
    die "apt-get install $* failed (exit $rc); full log: $log"
  fi
  rm -f "$log"
  say "installed $* in $((SECONDS - t0)) s"
}

# ---------------------------------------------------------------- PostgreSQL

pg_start_private() {
  local bin=$1 user=$2 port=$3
  mkdir -p "$PG_DIR"
  chown "$user" "$PG_DIR"
  chmod 700 "$PG_DIR"
  if [[ ! -f $PG_DIR/data/PG_VERSION ]]; then
    as_user "$user" "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      -E UTF8 --no-locale --no-sync --no-instructions >"$PG_DIR/initdb.log" 2>&1 ||
      { tail -n 20 "$PG_DIR/initdb.log" >&2; die "initdb failed (log: $PG_DIR/initdb.log)"; }
    # Tests only: loopback, a private socket directory, durability off for speed.
    as_user "$user" tee -a "$PG_DIR/data/postgresql.conf" >/dev/null <<EOF

# scripts/services.sh: private test instance
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$PG_DIR'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  fi
  say "starting PostgreSQL on 127.0.0.1:$port ..."
  as_user "$user" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w -t "$PG_WAIT" start >/dev/null 2>&1 || {
    tail -n 20 "$PG_DIR/postgres.log" >&2
    die "PostgreSQL did not start within ${PG_WAIT} s (log: $PG_DIR/postgres.log)"
  }
  state_set PG_PID "$(head -n 1 "$PG_DIR/data/postmaster.pid")"
  local deadline=$((SECONDS + PG_WAIT))
  until "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -t 2; do
    ((SECONDS < deadline)) || die "PostgreSQL on 127.0.0.1:$port does not accept connections (log: $PG_DIR/postgres.log)"
    sleep 0.2
  done
}

pg_create_database() {
  local bin=$1 user=$2 port=$3
  as_user "$user" "$bin/psql" -X -q -h "$PG_DIR" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 >/dev/null <<EOF
SELECT 'CREATE ROLE $PG_ROLE LOGIN CREATEDB PASSWORD ''$PG_PASSWORD'''
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_ROLE') \gexec
SELECT 'CREATE DATABASE $PG_DATABASE OWNER $PG_ROLE'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$PG_DATABASE') \gexec
EOF
}

# ---------------------------------------------------------------- RabbitMQ

# The environment of every rabbitmq-server / rabbitmqctl call for the private node; nothing from /etc/rabbitmq.
rabbit_env() {
  RABBIT_ENV=(
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
    LANG=C.UTF-8 LC_ALL=C.UTF-8
    HOME="$RABBIT_DIR/home"
    RABBITMQ_NODENAME="$RABBIT_NODE"
    RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
    RABBITMQ_NODE_PORT="$RABBIT_PORT"
    RABBITMQ_DIST_PORT="$RABBIT_DIST_PORT"
    RABBITMQ_MNESIA_BASE="$RABBIT_DIR/mnesia"
    RABBITMQ_LOG_BASE="$RABBIT_DIR/log"
    RABBITMQ_CONFIG_FILE="$RABBIT_DIR/rabbitmq.conf"
    RABBITMQ_ADVANCED_CONFIG_FILE="$RABBIT_DIR/advanced.config"
    RABBITMQ_CONF_ENV_FILE="$RABBIT_DIR/rabbitmq-env.conf"
    RABBITMQ_ENABLED_PLUGINS_FILE="$RABBIT_DIR/enabled_plugins"
    RABBITMQ_PID_FILE="$RABBIT_DIR/rabbitmq.pid"
    ERL_EPMD_PORT="$EPMD_PORT"
    ERL_EPMD_ADDRESS=127.0.0.1
    # Erlang distribution (node and CLI) on loopback only, like everything else.
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1}'
    RABBITMQ_CTL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1}'
  )
}

rabbitmqctl_private() { # rabbitmqctl_private TOOL args...
  local tool=$1; shift
  rabbit_env
  as_user "$RABBIT_OS_USER" env -i "${RABBIT_ENV[@]}" "$RABBIT_LIB/$tool" -n "$RABBIT_NODE" "$@"
}

rabbit_prepare() {
  local user=$1
  mkdir -p "$RABBIT_DIR/home" "$RABBIT_DIR/mnesia" "$RABBIT_DIR/log"
  if [[ ! -f $RABBIT_DIR/home/.erlang.cookie ]]; then
    od -An -N16 -tx1 /dev/urandom | tr -d ' \n' >"$RABBIT_DIR/home/.erlang.cookie"
    chmod 400 "$RABBIT_DIR/home/.erlang.cookie"
  fi
  : >"$RABBIT_DIR/rabbitmq-env.conf"
  echo '[].' >"$RABBIT_DIR/enabled_plugins"
  cat >"$RABBIT_DIR/rabbitmq.conf" <<EOF
# scripts/services.sh: private test node (guest/guest, loopback only)
listeners.tcp.1 = 127.0.0.1:$RABBIT_PORT
loopback_users.guest = true
disk_free_limit.absolute = 50MB
log.console = false
log.file.level = info
EOF
  chown -R "$user" "$RABBIT_DIR"
}

epmd_start() {
  if port_open 127.0.0.1 "$EPMD_PORT"; then
    say "epmd already listens on 127.0.0.1:$EPMD_PORT; using it (not ours to stop)"
    return 0
  fi
  (cd / && exec env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin ERL_EPMD_ADDRESS=127.0.0.1 \
    setsid epmd -port "$EPMD_PORT" </dev/null >"$RABBIT_DIR/log/epmd.log" 2>&1) &
  state_set EPMD_PID $!
  local deadline=$((SECONDS + 10))
  until port_open 127.0.0.1 "$EPMD_PORT"; do
    ((SECONDS < deadline)) || die "epmd did not listen on 127.0.0.1:$EPMD_PORT (log: $RABBIT_DIR/log/epmd.log)"
    sleep 0.1
  done
}

rabbit_node_start() {
  say "starting RabbitMQ $RABBIT_NODE on 127.0.0.1:$RABBIT_PORT (dist $RABBIT_DIST_PORT, epmd $EPMD_PORT) ..."
  rm -f "$RABBIT_DIR/rabbitmq.pid"
  rabbit_env
  # Own session, stdio to a file: it must outlive this script and hold no pipe of the caller open.
  if [[ $RABBIT_OS_USER == "$(id -un)" ]]; then
    (cd / && exec setsid env -i "${RABBIT_ENV[@]}" "$RABBIT_LIB/rabbitmq-server" \
      </dev/null >>"$RABBIT_DIR/log/startup.log" 2>&1) &
  else
    (cd / && exec setsid runuser -u "$RABBIT_OS_USER" -- env -i "${RABBIT_ENV[@]}" "$RABBIT_LIB/rabbitmq-server" \
      </dev/null >>"$RABBIT_DIR/log/startup.log" 2>&1) &
  fi
  local launcher=$!
  state_set RABBIT_LAUNCHER_PID "$launcher"
  local deadline=$((SECONDS + RABBIT_WAIT)) t0=$SECONDS
  until amqp_answers 127.0.0.1 "$RABBIT_PORT"; do
    if ! alive "$launcher"; then
      tail -n 30 "$RABBIT_DIR/log/startup.log" >&2
      die "RabbitMQ exited during start (logs: $RABBIT_DIR/log)"
    fi
    if ((SECONDS >= deadline)); then
      tail -n 30 "$RABBIT_DIR/log/startup.log" >&2
      die "RabbitMQ did not accept AMQP connections on 127.0.0.1:$RABBIT_PORT within ${RABBIT_WAIT} s (logs: $RABBIT_DIR/log)"
    fi
    sleep 0.25
  done
  local pid=''
  [[ -f $RABBIT_DIR/rabbitmq.pid ]] && pid=$(tr -dc '0-9' <"$RABBIT_DIR/rabbitmq.pid")
  [[ -n $pid ]] || pid=$(pgrep -f -- "-sname $RABBIT_NODE" | head -n 1 || true)
  state_set RABBIT_PID "$pid"
  say "RabbitMQ ready in $((SECONDS - t0)) s (pid $pid)"
}

rabbit_node_stop() {
  alive "$RABBIT_PID" || alive "${RABBIT_LAUNCHER_PID:-}" || return 0
  say "stopping RabbitMQ $RABBIT_NODE (pid $RABBIT_PID) ..."
  # SIGTERM is RabbitMQ's graceful shutdown (the same as `rabbitmqctl shutdown`) without a CLI VM start.
  alive "$RABBIT_PID" && kill -TERM "$RABBIT_PID" 2>/dev/null
  if ! wait_exit "$RABBIT_PID" 60; then
    say "RabbitMQ did not stop within 60 s; killing it"
    kill -KILL "$RABBIT_PID" 2>/dev/null || true
    wait_exit "$RABBIT_PID" 10 || true
  fi
  # The launcher (setsid session leader) exits with the VM; its session holds nothing else of ours.
  if alive "${RABBIT_LAUNCHER_PID:-}"; then
    wait_exit "$RABBIT_LAUNCHER_PID" 10 || kill -KILL -- "-$RABBIT_LAUNCHER_PID" 2>/dev/null || true
  fi
  local deadline=$((SECONDS + 10))
  while port_open 127.0.0.1 "$RABBIT_PORT" && ((SECONDS < deadline)); do sleep 0.2; done
}

# ---------------------------------------------------------------- commands

env_line() { # NAME=value in shell syntax, single-quoted when possible
  if [[ $2 == *"'"* ]]; then printf '%s=%q\n' "$1" "$2"; else printf "%s='%s'\n" "$1" "$2"; fi
}

write_env() {
  local tmp=$ENV_FILE.tmp
  {
    echo "# Written by scripts/services.sh start; \`set -a; . $ENV_FILE; set +a\` exports it."
    env_line PARTYWORKFLOWS_TEST_POSTGRES "$PG_CONN"
    env_line PARTYWORKFLOWS_TEST_RABBITMQ "$RABBIT_URL"
    env_line PARTYWORKFLOWS_SERVICES_DIR "$STATE_DIR"
    env_line PARTYWORKFLOWS_SERVICES_SCRIPT "$SCRIPT_PATH"
  } >"$tmp"
  mv "$tmp" "$ENV_FILE"
}

running() { # both services up as recorded
  state_load
  [[ -n $PG_MODE && -n $RABBIT_MODE ]] || return 1
  if [[ $PG_MODE == started ]]; then alive "$PG_PID" || return 1; fi
  if [[ $RABBIT_MODE == started ]]; then alive "$RABBIT_PID" || return 1; fi
  pg_answers "$PG_HOST" "$PG_PORT" && amqp_answers "$RABBIT_HOST" "$RABBIT_PORT"
}

cmd_start() {
  local t0=$SECONDS
  if [[ -f $STATE_FILE ]]; then
    if running; then
      say "already running (state: $STATE_DIR); reusing"
      write_env
      say "connection settings: $ENV_FILE"
      return 0
    fi
    say "cleaning up an earlier run in $STATE_DIR ..."
    cmd_stop
  fi
  # The directory must be traversable by the postgres/rabbitmq users when run as root.
  mkdir -p "$STATE_DIR"
  chmod 755 "$STATE_DIR"
  : >"$STATE_FILE"
  trap 'rc=$?; if ((rc != 0)); then say "start failed; stopping what it started"; cmd_stop || true; fi' EXIT

  # What is configured and answers is reused; otherwise we start private instances.
  local reuse_pg='' reuse_rabbit='' host port
  if [[ -n ${PARTYWORKFLOWS_TEST_POSTGRES:-} ]]; then
    host=$(sed -nE 's/(^|.*;) *(Host|Server) *= *([^;]+).*/\3/ip' <<<"$PARTYWORKFLOWS_TEST_POSTGRES")
    port=$(sed -nE 's/(^|.*;) *Port *= *([0-9]+).*/\2/ip' <<<"$PARTYWORKFLOWS_TEST_POSTGRES")
    host=${host:-127.0.0.1} port=${port:-5432}
    pg_answers "$host" "$port" ||
      die "PARTYWORKFLOWS_TEST_POSTGRES is set but no PostgreSQL answers at $host:$port (unset it to get a private one)"
    say "using the configured PostgreSQL at $host:$port (not started, will not be stopped)"
    reuse_pg=1
    state_set PG_MODE reused; state_set PG_HOST "$host"; state_set PG_PORT "$port"
    state_set PG_CONN "$PARTYWORKFLOWS_TEST_POSTGRES"
  fi
  if [[ -n ${PARTYWORKFLOWS_TEST_RABBITMQ:-} ]]; then
    if [[ $PARTYWORKFLOWS_TEST_RABBITMQ =~ ^amqps?://([^@/]*@)?(\[[^]]+\]|[^:/?]+)(:([0-9]+))? ]]; then
      host=${BASH_REMATCH[2]} port=${BASH_REMATCH[4]:-5672}
    else
      die "PARTYWORKFLOWS_TEST_RABBITMQ is not an amqp:// URI: $PARTYWORKFLOWS_TEST_RABBITMQ"
    fi
    amqp_answers "$host" "$port" ||
      die "PARTYWORKFLOWS_TEST_RABBITMQ is set but no AMQP broker answers at $host:$port (unset it to get a private one)"
    say "using the configured RabbitMQ at $host:$port (not started, will not be stopped)"
    reuse_rabbit=1
    state_set RABBIT_MODE reused; state_set RABBIT_HOST "$host"; state_set RABBIT_PORT "$port"
    state_set RABBIT_URL "$PARTYWORKFLOWS_TEST_RABBITMQ"
  fi

  local missing=()
  [[ -n $reuse_pg ]] || pg_bindir >/dev/null || missing+=(postgresql)
  [[ -n $reuse_rabbit ]] || rabbit_installed || missing+=(rabbitmq-server)
  ((${#missing[@]} == 0)) || install_packages "${missing[@]}"

  local pg_user rabbit_user
  if ((EUID == 0)); then pg_user=postgres rabbit_user=rabbitmq; else pg_user=$(id -un) rabbit_user=$(id -un); fi

  if [[ -z $reuse_pg ]]; then
    local bin
    bin=$(pg_bindir) || die "PostgreSQL binaries not found under /usr/lib/postgresql after installing"
    id "$pg_user" >/dev/null 2>&1 || die "OS user $pg_user does not exist (it comes with the postgresql package)"
    PG_PORT=$(free_port "$PG_PORT_WANTED")
    [[ $PG_PORT == "$PG_PORT_WANTED" ]] || say "port $PG_PORT_WANTED is taken; PostgreSQL uses $PG_PORT"
    state_set PG_MODE started; state_set PG_HOST 127.0.0.1; state_set PG_PORT "$PG_PORT"
    state_set PG_BIN "$bin"; state_set PG_OS_USER "$pg_user"
    pg_start_private "$bin" "$pg_user" "$PG_PORT"
    pg_create_database "$bin" "$pg_user" "$PG_PORT"
    state_set PG_CONN "Host=127.0.0.1;Port=$PG_PORT;Database=$PG_DATABASE;Username=$PG_ROLE;Password=$PG_PASSWORD"
    say "PostgreSQL ready: database $PG_DATABASE, role $PG_ROLE"
  fi

  if [[ -z $reuse_rabbit ]]; then
    id "$rabbit_user" >/dev/null 2>&1 || die "OS user $rabbit_user does not exist (it comes with the rabbitmq-server package)"
    RABBIT_PORT=$(free_port "$RABBIT_PORT_WANTED")
    RABBIT_DIST_PORT=$(free_port "$RABBIT_DIST_PORT_WANTED" "$RABBIT_PORT")
    EPMD_PORT=$(free_port "$EPMD_PORT_WANTED")
    [[ $RABBIT_PORT == "$RABBIT_PORT_WANTED" ]] || say "port $RABBIT_PORT_WANTED is taken; RabbitMQ uses $RABBIT_PORT"
    RABBIT_OS_USER=$rabbit_user
    state_set RABBIT_MODE started; state_set RABBIT_HOST 127.0.0.1; state_set RABBIT_PORT "$RABBIT_PORT"
    state_set RABBIT_DIST_PORT "$RABBIT_DIST_PORT"; state_set EPMD_PORT "$EPMD_PORT"
    state_set RABBIT_OS_USER "$rabbit_user"
    rabbit_prepare "$rabbit_user"
    epmd_start
    state_load
    rabbit_node_start
    state_set RABBIT_URL "amqp://guest:guest@127.0.0.1:$RABBIT_PORT/"
  fi

  state_load
  write_env
  trap - EXIT
  say "PARTYWORKFLOWS_TEST_POSTGRES=$PG_CONN"
  say "PARTYWORKFLOWS_TEST_RABBITMQ=$RABBIT_URL"
  say "connection settings: $ENV_FILE (started in $((SECONDS - t0)) s)"
}

cmd_stop() {
  state_load
  if [[ ! -d $STATE_DIR ]]; then say "nothing to stop"; return 0; fi
  if [[ $RABBIT_MODE == started ]]; then
    rabbit_node_stop
    if alive "$EPMD_PID"; then
      kill -TERM "$EPMD_PID" 2>/dev/null || true
      wait_exit "$EPMD_PID" 5 || kill -KILL "$EPMD_PID" 2>/dev/null || true
    fi
  fi
  if [[ $PG_MODE == started ]] && alive "$PG_PID"; then
    say "stopping PostgreSQL (pid $PG_PID) ..."
    as_user "$PG_OS_USER" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 30 stop >/dev/null 2>&1 || {
      kill -TERM "$PG_PID" 2>/dev/null || true
      wait_exit "$PG_PID" 10 || kill -KILL "$PG_PID" 2>/dev/null || true
    }
  fi
  rm -rf "$STATE_DIR"
  say "stopped; removed $STATE_DIR"
}

cmd_status() {
  state_load
  if [[ ! -f $STATE_FILE ]]; then echo "not started (no $STATE_FILE)"; return 1; fi
  local ok=0
  if pg_answers "${PG_HOST:-127.0.0.1}" "${PG_PORT:-0}"; then
    echo "postgresql: up, ${PG_MODE}${PG_PID:+, pid $PG_PID}, $PG_CONN"
  else
    echo "postgresql: DOWN (${PG_MODE:-unknown}, ${PG_HOST:-?}:${PG_PORT:-?})"; ok=1
  fi
  if amqp_answers "${RABBIT_HOST:-127.0.0.1}" "${RABBIT_PORT:-0}"; then
    echo "rabbitmq:   up, ${RABBIT_MODE}${RABBIT_PID:+, pid $RABBIT_PID}, $RABBIT_URL"
  else
    echo "rabbitmq:   DOWN (${RABBIT_MODE:-unknown}, ${RABBIT_HOST:-?}:${RABBIT_PORT:-?})"; ok=1
  fi
  [[ $RABBIT_MODE == started ]] && echo "epmd:       127.0.0.1:$EPMD_PORT${EPMD_PID:+, pid $EPMD_PID}"
  echo "env file:   $ENV_FILE"
  return "$ok"
}

rabbit_owned() {
  state_load
  [[ -f $STATE_FILE ]] || die "not started (no $STATE_FILE); run scripts/services.sh start first"
  if [[ $RABBIT_MODE != started ]]; then # exit 3: tests that need to stop the broker skip themselves
    printf 'services: error: %s\n' "RabbitMQ at ${RABBIT_HOST:-?}:${RABBIT_PORT:-?} was not started by services.sh; it cannot be stopped or started here" >&2
    exit 3
  fi
}

cmd_rabbit_stop() {
  rabbit_owned
  rabbit_node_stop
  say "RabbitMQ stopped (data kept in $RABBIT_DIR)"
}

cmd_rabbit_start() {
  rabbit_owned
  if alive "$RABBIT_PID" && amqp_answers 127.0.0.1 "$RABBIT_PORT"; then say "RabbitMQ already running"; return 0; fi
  port_open 127.0.0.1 "$EPMD_PORT" || epmd_start
  state_load
  rabbit_node_start
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  rabbit-stop) cmd_rabbit_stop ;;
  rabbit-start) cmd_rabbit_start ;;
  install-chromium) [[ -x /usr/bin/chromium ]] || install_packages chromium ;; # for the browser tests
  rabbitmqctl | rabbitmq-diagnostics) # the CLI against the private node: scripts/services.sh rabbitmqctl list_queues
    rabbit_owned; tool=$1; shift; rabbitmqctl_private "$tool" "$@" ;;
  *) echo "usage: $0 start|stop|status|rabbit-stop|rabbit-start|rabbitmqctl ARGS|rabbitmq-diagnostics ARGS|install-chromium" >&2; exit 2 ;;
esac
