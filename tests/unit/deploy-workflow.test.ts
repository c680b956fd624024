/** The GitHub Pages workflow builds with the repository's base path and publishes dist/. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from 'vitest';

test('the Pages workflow installs, builds under the base path configure-pages gives, and uploads dist/', () => {
  const workflow = parse(readFileSync('.github/workflows/pages.yml', 'utf8'));
  const steps: { uses?: string; run?: string; id?: string; env?: Record<string, string>; with?: Record<string, string> }[] = workflow.jobs.build.steps;
  const index = (predicate: (step: (typeof steps)[number]) => boolean) => steps.findIndex(predicate);
  const pages = index((step) => step.uses?.startsWith('actions/configure-pages') === true);
  const install = index((step) => step.run === 'npm ci');
  const build = index((step) => step.run === 'npm run build');
  const upload = index((step) => step.uses?.startsWith('actions/upload-pages-artifact') === true);
  expect([pages, install, build, upload].every((at) => at >= 0)).toBe(true);
  expect(pages < build && install < build && build < upload).toBe(true);
  expect(steps[build]!.env).toEqual({
    SITE: `\${{ steps.${steps[pages]!.id}.outputs.origin }}`,
    BASE_PATH: `\${{ steps.${steps[pages]!.id}.outputs.base_path }}/`,
    // Readers report errors as the repository's issues (the about page links there).
    CORRECTIONS_URL: '${{ github.server_url }}/${{ github.repository }}/issues',
  });
  expect(steps[upload]!.with).toEqual({ path: 'dist' });
  expect(workflow.jobs.deploy.steps.some((step: { uses?: string }) => step.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  expect(Number(steps.find((step) => step.uses?.startsWith('actions/setup-node'))!.with!['node-version'])).toBeGreaterThanOrEqual(22);
});
