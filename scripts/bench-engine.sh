#!/usr/bin/env bash
# Engine throughput against bpmn-engine, measured in the same invocation because machines are shared and noisy:
# builds the benchmark in Release, installs the pinned peer, runs both on the card-issuance benchmark process and
# prints the ratio. Exits 0 whatever the ratio (it is a measurement); non-zero when either side fails to complete
# its instances. Usage: scripts/bench-engine.sh [--instances N] [--peer-instances N]
set -euo pipefail
cd "$(dirname "$0")/.."

instances=20000
peer_instances=500
while [[ $# -gt 0 ]]; do
  case "$1" in
    --instances) instances="$2"; shift 2 ;;
    --peer-instances) peer_instances="$2"; shift 2 ;;
    *) echo "Usage: $0 [--instances N] [--peer-instances N]" >&2; exit 2 ;;
  esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build bench/PartyWorkflows.Bench.Engine -c Release --nologo -v quiet
if [[ -f bench/peer/package-lock.json ]]; then
  (cd bench/peer && npm ci --no-audit --no-fund --loglevel=error)
else
  (cd bench/peer && npm install --no-audit --no-fund --loglevel=error)
fi

ours=$(dotnet bench/PartyWorkflows.Bench.Engine/bin/Release/net10.0/PartyWorkflows.Bench.Engine.dll --json --instances "$instances")
echo "$ours"
peer=$(node bench/peer/run.js --json --instances "$peer_instances")
echo "$peer"

# Node is on the machine anyway (the peer runs on it), so it reads the two JSON lines.
node -e '
  const [ours, peer] = process.argv.slice(1).map((line) => JSON.parse(line));
  const ratio = ours.instancesPerSecond / peer.instancesPerSecond;
  console.log(`engine: PartyWorkflows ${Math.round(ours.instancesPerSecond)} inst/s, ` +
    `bpmn-engine ${Math.round(peer.instancesPerSecond)} inst/s, ratio ${Math.round(ratio)}x (target >= 100x)`);
' "$ours" "$peer"
