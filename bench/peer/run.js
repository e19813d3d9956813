// The peer side of scripts/bench-engine.sh: runs N instances of the card-issuance benchmark process in bpmn-engine,
// each started and its user tasks completed one by one until it ends, and prints instances per second.
// Usage: node run.js [--instances N] [--warmup N] [--json]
import { readFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Engine } from 'bpmn-engine';
import BpmnModdle from 'bpmn-moddle';
import * as elements from 'bpmn-elements';
import serializer, { TypeResolver } from 'moddle-context-serializer';

const USER_TASKS = 7;
const FINAL_END_EVENT = 'Issued';

function parseArgs(argv) {
  const options = { instances: 500, warmup: 50, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--instances' || arg === '--warmup') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0 || (arg === '--instances' && value === 0)) {
        throw new Error(`${arg} needs a positive whole number`);
      }
      options[arg.slice(2)] = value;
    } else throw new Error(`Unknown argument ${arg}. Usage: node run.js [--instances N] [--warmup N] [--json]`);
  }
  return options;
}

// Parsed and serialized once, like a deployed definition: each instance then only builds its engine from the context.
async function loadSourceContext() {
  const path = fileURLToPath(new URL('../processes/card-issuance-bench.bpmn-engine.bpmn', import.meta.url));
  const moddleContext = await new BpmnModdle().fromXML(readFileSync(path, 'utf8'));
  return serializer(moddleContext, TypeResolver(elements));
}

/** Starts one instance, completes its open user tasks in the order they opened and fails unless it ends at Issued. */
async function runInstance(sourceContext, index) {
  const waiting = [];
  let completedTasks = 0;
  let reachedEnd = false;
  const listener = new EventEmitter();
  listener.on('wait', (api) => waiting.push(api));
  listener.on('activity.end', (api) => {
    if (api.id === FINAL_END_EVENT) reachedEnd = true;
  });

  const engine = new Engine({ name: `card-issuance-${index}`, sourceContext });
  const ended = new Promise((resolve, reject) => {
    engine.once('end', resolve);
    engine.once('error', reject);
  });
  const execution = await engine.execute({ listener, variables: { memberId: index, approved: true } });
  while (waiting.length > 0) {
    waiting.shift().signal();
    completedTasks++;
  }
  await ended;

  if (!reachedEnd || completedTasks !== USER_TASKS || execution.state !== 'idle') {
    throw new Error(
      `bpmn-engine instance ${index} did not complete: state ${execution.state}, ` +
        `${completedTasks} of ${USER_TASKS} tasks completed, end event reached: ${reachedEnd}`,
    );
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const sourceContext = await loadSourceContext();

  for (let i = 0; i < options.warmup; i++) await runInstance(sourceContext, -1 - i);

  const started = performance.now();
  for (let i = 0; i < options.instances; i++) await runInstance(sourceContext, i);
  const seconds = (performance.now() - started) / 1000;
  const instancesPerSecond = options.instances / seconds;

  if (options.json) {
    console.log(JSON.stringify({ engine: 'bpmn-engine', instances: options.instances, seconds, instancesPerSecond }));
  } else {
    console.log(
      `bpmn-engine: ${options.instances} instances in ${seconds.toFixed(3)} s, ${instancesPerSecond.toFixed(1)} inst/s`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
