#!/usr/bin/env bash
# Sourced by test.sh: when PARTYWORKFLOWS_TEST_POSTGRES is unset, starts a throwaway PostgreSQL cluster (Debian's
# package, installed if missing) on 127.0.0.1:55433, exports the variable and stops the cluster when the script exits.
# Interim until scripts/services.sh (PostgreSQL + RabbitMQ) takes over.
if [[ -z "${PARTYWORKFLOWS_TEST_POSTGRES:-}" ]]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
  if [[ -z "$pg_bin" ]]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
  fi
  pg_dir=$(mktemp -d /tmp/partyworkflows-pg.XXXXXX)
  pg_port=${PARTYWORKFLOWS_TEST_POSTGRES_PORT:-55433}
  run_pg() { if [[ $(id -u) == 0 ]]; then chown -R postgres "$pg_dir"; su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
  run_pg "'$pg_bin/initdb' -D '$pg_dir/data' -U postgres -A trust -E UTF8 >/dev/null"
  run_pg "'$pg_bin/pg_ctl' -D '$pg_dir/data' -l '$pg_dir/log' -w -o \"-p $pg_port -k /tmp -c listen_addresses=127.0.0.1\" start >/dev/null"
  trap "run_pg \"'$pg_bin/pg_ctl' -D '$pg_dir/data' -m fast stop >/dev/null\"; rm -rf '$pg_dir'" EXIT
  export PARTYWORKFLOWS_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
fi
