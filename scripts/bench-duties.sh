#!/usr/bin/env bash
# The periodic-duty benchmark (bench/README.md): the transfer-slip check and the cell reconciliation at 100 000 and
# 1 000 000 members on PostgreSQL, with the growth ratio against a count(*) baseline. The service benchmark's script
# provides the server (PARTYWORKFLOWS_BENCH_POSTGRES, or a throwaway cluster) and the build.
set -euo pipefail
exec "$(dirname "$0")/bench-service.sh" --duties "$@"
