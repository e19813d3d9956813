#!/usr/bin/env bash
# The whole test suite, on a fresh machine: restores, builds and runs every test project of the solution.
# Later service tests start PostgreSQL and RabbitMQ from Debian packages here (see README, "Tests").
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The infrastructure tests run against a real PostgreSQL (PARTYWORKFLOWS_TEST_POSTGRES); start one unless given.
source scripts/test-postgres.sh
dotnet build PartyWorkflows.sln -c Release
dotnet test PartyWorkflows.sln -c Release --no-build --logger "console;verbosity=normal" 2>&1 | tee /tmp/partyworkflows-test.log
status=${PIPESTATUS[0]}

# One closing line over all test projects, in the form CI reads ("Passed: N" etc. follow each "Total tests:").
awk '/^ +Passed: [0-9]+$/ { p += $2 } /^ +Failed: [0-9]+$/ { f += $2 } /^ +Skipped: [0-9]+$/ { s += $2 }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' /tmp/partyworkflows-test.log
exit "$status"
