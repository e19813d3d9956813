#!/usr/bin/env bash
# The whole test suite, on a fresh machine: restores, builds and runs every test project of the solution.
# PostgreSQL and RabbitMQ for the service tests come from Debian packages through scripts/services.sh: started (and
# installed when missing) while the solution builds, exported as PARTYWORKFLOWS_TEST_POSTGRES /
# PARTYWORKFLOWS_TEST_RABBITMQ, stopped at the end. Already running ones (a developer's `scripts/services.sh start`,
# or the two variables pointing at own servers) are used and left running. PARTYWORKFLOWS_SKIP_SERVICES=1 skips them.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export PARTYWORKFLOWS_SERVICES_DIR=${PARTYWORKFLOWS_SERVICES_DIR:-${TMPDIR:-/tmp}/partyworkflows-services}

# The browser tests drive Debian's Chromium (Playwright's driver comes with its NuGet package; no browser download).
[[ -x /usr/bin/chromium ]] || scripts/services.sh install-chromium

services_pid='' own_services=''
stop_services() {
  if [[ -n $services_pid ]]; then wait "$services_pid" 2>/dev/null || true; services_pid=''; fi
  if [[ -n $own_services ]]; then own_services=''; scripts/services.sh stop || true; fi
}
if [[ ${PARTYWORKFLOWS_SKIP_SERVICES:-0} != 1 ]]; then
  if ! scripts/services.sh status >/dev/null 2>&1; then
    own_services=1
    trap stop_services EXIT
  fi
  scripts/services.sh start &
  services_pid=$!
fi

dotnet build PartyWorkflows.sln -c Release

if [[ -n $services_pid ]]; then
  pid=$services_pid services_pid=''
  wait "$pid" || { echo "scripts/services.sh start failed: PostgreSQL/RabbitMQ for the tests are not available" >&2; exit 1; }
  set -a
  # shellcheck disable=SC1091
  . "$PARTYWORKFLOWS_SERVICES_DIR/services.env"
  set +a
fi

# Per run, so parallel runs on one machine don't read each other's results.
log=$(mktemp "${TMPDIR:-/tmp}/partyworkflows-test.XXXXXX.log")
status=0
dotnet test PartyWorkflows.sln -c Release --no-build --logger "console;verbosity=normal" 2>&1 | tee "$log" ||
  status=${PIPESTATUS[0]}
stop_services

# One closing line over all test projects, in the form CI reads ("Passed: N" etc. follow each "Total tests:").
awk '/^ +Passed: [0-9]+$/ { p += $2 } /^ +Failed: [0-9]+$/ { f += $2 } /^ +Skipped: [0-9]+$/ { s += $2 }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
