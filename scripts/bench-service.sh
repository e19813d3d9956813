#!/usr/bin/env bash
# The service benchmark (bench/README.md): bulk start against a raw COPY of the same rows, and inbox percentiles, on
# PostgreSQL. Uses PARTYWORKFLOWS_BENCH_POSTGRES when set; otherwise starts a throwaway cluster from Debian's package
# (its own, unlike the tests': sized for a million rows, with default durability) and stops it afterwards.
# Arguments go to the benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [[ -z "${PARTYWORKFLOWS_BENCH_POSTGRES:-}" ]]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
  if [[ -z "$pg_bin" ]]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
  fi
  pg_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  pg_dir=$(mktemp -d /tmp/partyworkflows-bench-pg.XXXXXX)
  run_pg() { if [[ $(id -u) == 0 ]]; then chown -R postgres "$pg_dir"; su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
  run_pg "'$pg_bin/initdb' -D '$pg_dir/data' -U postgres -A trust -E UTF8 >/dev/null"
  # Sized for a million rows; durability settings stay at their defaults so COPY and bulk start pay the same fsyncs.
  run_pg "'$pg_bin/pg_ctl' -D '$pg_dir/data' -l '$pg_dir/log' -w -o \"-p $pg_port -k /tmp -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c max_wal_size=4GB\" start >/dev/null"
  trap "run_pg \"'$pg_bin/pg_ctl' -D '$pg_dir/data' -m fast stop >/dev/null\"; rm -rf '$pg_dir'" EXIT
  export PARTYWORKFLOWS_BENCH_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
fi

dotnet build bench/PartyWorkflows.Bench.Service -c Release -v quiet -nologo >/dev/null
dotnet bench/PartyWorkflows.Bench.Service/bin/Release/net10.0/PartyWorkflows.Bench.Service.dll "$@"
