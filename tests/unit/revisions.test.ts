/** The record of revisions: the real one holds, and every kind of bad entry stops with its place. */
import { describe, expect, test } from 'vitest';
import { loadRevisions } from '../../src/changelog/revisions.ts';
import { readEssay, readRevisions } from '../../src/source.ts';

const path = 'src/changelog/revisions.yaml';
const claims = [
  { id: 'hardware-drives-progress', former_ids: [] },
  { id: 'tai-reinvents-trapezoidal-rule', former_ids: ['physician-reinvents-calculus'] },
];
const revision = (version: string, date: string, change = '    - { what: 改了, why: 因为 }') =>
  `- version: "${version}"\n  date: ${date}\n  summary: 一次修订\n  changes:\n${change}`;
const load = (yaml: string) => loadRevisions(path, yaml, claims);

describe('the edition\'s record', () => {
  const { claims: real } = readEssay();
  const revisions = readRevisions(real);

  test('loads, newest first, the newest naming claims that exist now', () => {
    expect(revisions.length).toBeGreaterThanOrEqual(2);
    expect(revisions[0]!.version).toBe('2.3');
    const ids = new Set(real.map((claim) => claim.id));
    expect(revisions[0]!.changes.flatMap((change) => change.claims).every((id) => ids.has(id))).toBe(true);
  });

  test('names no grade: each entry says what a review changed', () => {
    const texts = revisions.flatMap((entry) => [entry.summary, ...entry.changes.flatMap((change) => [change.what, change.why])]);
    for (const text of texts) expect(text).not.toMatch(/评为|(?<![A-Za-z])[A-F][+−-](?![A-Za-z\d])/);
  });

  test('records every rename the claims carry', () => {
    const recorded = new Set(revisions.flatMap((entry) => entry.changes.flatMap((change) => change.renamed.map(({ from }) => from))));
    for (const claim of real) for (const former of claim.former_ids) expect(recorded.has(former), `${claim.id} ← ${former}`).toBe(true);
  });
});

describe('a bad record stops with file, line and value', () => {
  test('a valid record keeps its order and fills defaults', () => {
    expect(load(`${revision('1.1', '2026-12-01')}\n${revision('1.0', '2026-11-27')}`)).toMatchObject([
      { version: '1.1', changes: [{ what: '改了', claims: [], renamed: [] }] },
      { version: '1.0' },
    ]);
  });

  test.each([
    ['a version older than the next', `${revision('1.0', '2026-12-01')}\n${revision('1.1', '2026-11-27')}`, 'revisions-out-of-order', 1, /Revision 1 \(1\.0, 2026-12-01\) has a version no newer than revision 2 \(1\.1, 2026-11-27\); list the newest first/],
    ['a date earlier than the next', `${revision('1.1', '2026-11-01')}\n${revision('1.0', '2026-11-27')}`, 'revisions-out-of-order', 1, /is dated earlier than revision 2/],
    ['a date that is no date', revision('1.0', '2026-13-01'), 'malformed-data', 2, /Revision 1: `date` .*got "2026-13-01"/],
    ['a version that is not major.minor', revision('v1', '2026-11-27'), 'malformed-data', 1, /`version` must be major\.minor, like 2\.0: got "v1"/],
    ['a claim that does not exist', revision('1.0', '2026-11-27', '    - what: 改了\n      why: 因为\n      claims: [hardware-drives-progress, no-such-claim]'), 'unknown-claim', 7, /Revision 1: change 1 names `no-such-claim`, which is no claim's id or former id/],
    ['a rename no claim keeps', revision('1.0', '2026-11-27', '    - what: 改名\n      why: 因为\n      renamed: [{ from: old-name, to: hardware-drives-progress }]'), 'unknown-rename', 7, /renames `old-name` to `hardware-drives-progress`, but no claim keeps `old-name` among the former ids/],
    ['a change without a reason', revision('1.0', '2026-11-27', '    - { what: 改了 }'), 'malformed-data', 5, /`changes\.0\.why` .*\(missing\)/],
    ['a grade in a reason', revision('1.0', '2026-11-27', '    - { what: 改了, why: 复审（评为 A−）列出的问题 }'), 'grade-in-record', 5, /`changes\.0\.why` has “评为”: say what a review changed, not how it graded the edition/],
    ['a letter grade in a summary', revision('1.0', '2026-11-27').replace('一次修订', '审读给了 B+，据此修订'), 'grade-in-record', 3, /`summary` has “B\+”/],
  ])('%s', (_name, yaml, ruleId, line, reason) => {
    expect(() => load(yaml)).toThrow(expect.objectContaining({ ruleId, line, file: path, reason: expect.stringMatching(reason) }));
  });

  test('a former id counts, and so does a rename kept among the former ids', () => {
    const renamed = revision('1.0', '2026-11-27', '    - what: 改名\n      why: 因为\n      claims: [physician-reinvents-calculus]\n      renamed: [{ from: physician-reinvents-calculus, to: tai-reinvents-trapezoidal-rule }]');
    expect(load(renamed)[0]!.changes[0]!.renamed).toEqual([{ from: 'physician-reinvents-calculus', to: 'tai-reinvents-trapezoidal-rule' }]);
  });

  test('an empty record', () => {
    expect(() => load('')).toThrow(expect.objectContaining({ ruleId: 'malformed-data', reason: expect.stringMatching(/is empty/) }));
  });
});
