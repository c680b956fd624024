/**
 * Stopping the build with a positioned message (a fatal VFileMessage): `file:line:column: reason`,
 * with a ruleId that tests and editors can rely on.
 */
import { VFile } from 'vfile';

export interface Failure {
  place?: { line: number; column: number } | undefined;
  ruleId: string;
  source: 'edition' | 'claims';
}

export function fail(path: string, reason: string, { place, ruleId, source }: Failure): never {
  const file: VFile = new VFile({ path });
  file.fail(reason, { ...(place ? { place } : {}), ruleId, source });
}
