/**
 * `npm test`: every test. Finds (or on Debian installs) Chromium for the browser tests and
 * EPUBCheck for the e-book's, then runs Vitest: the unit tests, and the browser tests, whose
 * global setup builds the site (at the root and under a sub-path) and serves it on loopback.
 */
import { spawnSync } from 'node:child_process';
import { findChromium, findEpubcheck } from './test-tools.mjs';

let tools;
try {
  tools = { CHROME_PATH: findChromium(), EPUBCHECK_JAR: findEpubcheck() };
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const result = spawnSync('vitest', ['run', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ...tools },
});
process.exit(result.status ?? 1);
