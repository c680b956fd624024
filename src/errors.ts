/**
 * Stopping the build with a positioned message (a fatal VFileMessage): `file:line:column: reason`,
 * with a ruleId that tests and editors can rely on.
 */
import { VFile } from 'vfile';

export interface Failure {
  place?: { line: number; column: number } | undefined;
  ruleId: string;
  source: 'edition' | 'claims';
  /** What was written and what was looked for instead (a quote and its closest passage). */
  actual?: string;
  expected?: string[];
}

export function fail(path: string, reason: string, { place, ruleId, source, actual, expected }: Failure): never {
  const file: VFile = new VFile({ path });
  const message = file.message(reason, { ...(place ? { place } : {}), ruleId, source });
  message.fatal = true;
  if (actual !== undefined) message.actual = actual;
  if (expected) message.expected = expected;
  throw message;
}
