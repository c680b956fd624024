/**
 * `npm test`: every test. Finds (or on Debian installs) Chromium for the browser tests, then runs
 * Vitest: the unit tests, and the browser tests, whose global setup builds the site (at the root
 * and under a sub-path) and serves it on loopback.
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

let chromium;
try {
  chromium = findChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const result = spawnSync('vitest', ['run', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chromium },
});
process.exit(result.status ?? 1);
