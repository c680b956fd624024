/**
 * `npm run claims [-- --json]`: checks the edition and every annotation exactly as the build does
 * (src/source.ts readCheckedEssay), without building. On a stop it prints the message once, with the
 * entry's lines and, for a missing quote, the differences from the closest passage, and exits 1.
 * Otherwise it prints what the set lacks (src/editor/claims-report.ts), as text or as JSON.
 */
import { performance } from 'node:perf_hooks';
import { claimsReport, formatReport } from '../src/editor/claims-report.ts';
import { formatFailure, isPositioned } from '../src/editor/format-failure.ts';
import { projectFiles, readCheckedEssay } from '../src/source.ts';
import { toSections } from '../src/essay/sections.ts';

const start = performance.now();
const json = process.argv.includes('--json');

try {
  const { edition, claims } = readCheckedEssay();
  const report = claimsReport(toSections(edition), claims);
  const elapsed = Math.round(performance.now() - start);
  if (json) console.log(JSON.stringify({ ok: true, milliseconds: elapsed, ...report }, null, 2));
  else console.log(`${formatReport(report)}\n\n检查通过，用时 ${elapsed} ms。`);
} catch (error) {
  if (!isPositioned(error)) throw error;
  if (json) console.log(JSON.stringify({ ok: false, error: { file: error.file, line: error.line, column: error.column, ruleId: error.ruleId, reason: error.reason } }, null, 2));
  else console.error(formatFailure(error, projectFiles(process.cwd())));
  process.exitCode = 1;
}
