/**
 * `npm run stress`: the suite's proof that it cannot flake on a busy machine. Clones the committed
 * HEAD into a fresh folder, installs it as CI does (`npm ci`), keeps every core busy with a
 * process of its own, and runs `npm test` three times in a row, with the model-based test of a
 * reader's notes on its long run (NOTES_MODEL_RUNS, 400 sequences unless set). Any red run stops
 * it. Prints each run's time and where its log is; the clone is removed only if all pass.
 */
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism, tmpdir } from 'node:os';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const runs = Number(process.env.STRESS_RUNS ?? 3);
const modelRuns = process.env.NOTES_MODEL_RUNS ?? '400';
const root = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'stress-'));

const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { cwd: dir, stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
};

// Busy loops, one per core, outside the test's process tree.
const hogs = Array.from({ length: availableParallelism() }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
const stopHogs = () => hogs.forEach((hog) => hog.kill());
process.on('exit', stopHogs);

try {
  run('git', ['clone', '--quiet', root, dir], { cwd: root });
  run('npm', ['ci', '--no-audit', '--no-fund']);
  for (let index = 1; index <= runs; index++) {
    const log = join(dir, `stress-${index}.log`);
    const out = openSync(log, 'w');
    const start = Date.now();
    const result = spawnSync('npm', ['test'], { cwd: dir, stdio: ['ignore', out, out], env: { ...process.env, NOTES_MODEL_RUNS: modelRuns } });
    const seconds = Math.round((Date.now() - start) / 1000);
    console.log(`run ${index} of ${runs} under load: ${result.status === 0 ? 'passed' : 'FAILED'} in ${seconds} s (${log})`);
    if (result.status !== 0) process.exit(1);
  }
  console.log(`${runs} runs in a row passed with every core busy`);
  // The clone and its logs are kept when a run fails (or STRESS_KEEP is set), to read.
  if (!process.env.STRESS_KEEP) rmSync(dir, { recursive: true, force: true });
} finally {
  stopHogs();
}
