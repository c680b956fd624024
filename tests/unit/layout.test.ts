/**
 * The layout shows the data flow, read from the code's own imports (dependency-cruiser): the disk
 * is read in one module, no import runs in a cycle, and every import runs down the levels below,
 * from the Astro glue to the leaves.
 */
import { expect, test } from 'vitest';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';

/** Top to bottom: a module may import from its own level or any level below it, never above. */
const levels: { name: string; paths: string[] }[] = [
  { name: 'the Astro glue', paths: ['src/content\\.config\\.ts', 'src/collections\\.ts', 'src/loaders/', 'src/integrations/', 'src/site-cards\\.ts', 'src/site-epub\\.ts'] },
  { name: 'the disk', paths: ['src/source\\.ts'] },
  { name: 'the browser', paths: ['src/browser/'] },
  { name: 'features', paths: ['src/markdown/', 'src/editor/', 'src/share/', 'src/map/', 'src/citations/', 'src/search/', 'src/reader-notes/', 'src/deploy/', 'src/changelog/', 'src/epub/'] },
  { name: 'how notes are shown', paths: ['src/notes-view/'] },
  { name: 'the claims model', paths: ['src/claims/'] },
  { name: 'the edition and text links', paths: ['src/essay/', 'src/links/', 'src/typography/'] },
  { name: 'leaves', paths: ['src/site\\.ts', 'src/errors\\.ts', 'src/escape-html\\.ts', 'src/csp-hash\\.ts', 'src/yaml-list\\.ts', 'src/types/', 'src/styles/'] },
];
const either = (paths: string[]) => `^(${paths.join('|')})`;

const rules: IForbiddenRuleType[] = [
  { name: 'no-cycle', severity: 'error', from: {}, to: { circular: true } },
  {
    name: 'disk-only-in-source',
    comment: 'src/source.ts is the one module that touches the disk',
    severity: 'error',
    from: { path: '^src/', pathNot: '^src/source\\.ts$' },
    to: { dependencyTypes: ['core'], path: '^(node:)?fs(/promises)?$' },
  },
  {
    name: 'browser-takes-no-node',
    severity: 'error',
    from: { path: '^src/browser/' },
    to: { dependencyTypes: ['core'] },
  },
  ...levels.flatMap(({ name, paths }, level) =>
    level === 0
      ? []
      : [{
          name: `no-import-up-from-${name.replaceAll(' ', '-')}`,
          severity: 'error' as const,
          from: { path: either(paths) },
          to: { path: either(levels.slice(0, level).flatMap((above) => above.paths)), pathNot: either(paths) },
        }],
  ),
];

const cruised = await cruise(['src'], {
  validate: true,
  ruleSet: { forbidden: rules },
  // Type-only imports count: a cycle through types is still a cycle a reader has to untangle.
  tsPreCompilationDeps: true,
  doNotFollow: { path: 'node_modules' },
  exclude: { path: '\\.astro$' },
});
const result = cruised.output as ICruiseResult;
const modules = result.modules.filter((module) => module.source.startsWith('src/') && module.source.endsWith('.ts'));

test('every module of src/ sits on a level', () => {
  const placed = (source: string) => levels.some(({ paths }) => new RegExp(either(paths)).test(source));
  expect(modules.map((module) => module.source).filter((source) => !placed(source) && !source.startsWith('src/pages/'))).toEqual([]);
  expect(modules.length).toBeGreaterThan(80);
});

test('no import cycle, no disk read outside src/source.ts, no import back up a level', () => {
  const violations = result.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}${violation.cycle ? ` (${violation.cycle.map((step) => step.name).join(' → ')})` : ''}`);
  expect(violations).toEqual([]);
  // The rules do bite: the cruise saw the disk module's own reads.
  expect(result.modules.find((module) => module.source === 'src/source.ts')?.dependencies.some((dependency) => dependency.resolved === 'fs')).toBe(true);
});
