/**
 * The editor's loop without a browser: `npm run claims` checks the real annotations in under a
 * second and reports what they lack; on a copy with a fault it stops with one readable message;
 * `astro build` prints a broken quote once, with no object dump; `astro dev` follows an
 * edited annotation on its pages within two seconds, says what is wrong while a quote is
 * broken, follows again once it is fixed, and offers selected words as a new claim's YAML, of
 * which the built site carries nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { cpSync, globSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { readEssay } from '../../src/source.ts';
import { isolatedClaims } from '../../src/claims/relations.ts';
import { launchBrowser, openPage, recordTexts } from './browser.ts';

const root = resolve('.');
const sites = inject('sites');
const node = join(root, 'node_modules/.bin/node');
const claimsCli = (cwd: string, ...args: string[]) => {
  const start = performance.now();
  const run = spawnSync(node, [join(root, 'scripts/claims.ts'), ...args], { cwd, encoding: 'utf8' });
  return { ...run, wall: performance.now() - start };
};

const copies: string[] = [];
/** A copy of the project's sources (node_modules linked), with one file changed. */
function copyWith(file: string, change: (text: string) => string, whole = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'claims-'));
  copies.push(dir);
  const parts = whole ? ['seeds', 'src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'] : ['seeds', 'src/annotations', 'src/changelog'];
  for (const part of parts) cpSync(join(root, part), join(dir, part), { recursive: true });
  if (whole) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  return dir;
}
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

const breakQuote = (text: string) => text.replace('quote: 过去几年，我的大部分', 'quote: 过去三年，我的大部分');

describe('npm run claims', () => {
  test('on the real annotations: a clean exit and the report, with how long the check took', () => {
    const run = claimsCli(root);
    expect(run.status, run.stderr).toBe(0);
    const { claims } = readEssay();
    expect(run.stdout).toContain(`${claims.length} 条论断`);
    const isolated = isolatedClaims(claims).map((claim) => claim.id);
    expect(run.stdout).toContain(`没有任何关联的论断（${isolated.length}）：\n${isolated.length ? isolated.map((id) => `  - ${id}`).join('\n') : '  （无）'}`);
    const checked = Number(/检查通过，用时 (\d+) ms。/.exec(run.stdout)?.[1]);
    // How long is reported, never asserted (a busy machine is slow, not wrong).
    expect(Number.isFinite(checked)).toBe(true);
    console.log(`npm run claims: checked in ${checked} ms, ${Math.round(run.wall)} ms with Node's start`);
  });

  test('--json prints the same report as data', () => {
    const run = claimsCli(root, '--json');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    const { claims } = readEssay();
    expect(report).toMatchObject({ ok: true, claims: claims.length, withoutRelations: isolatedClaims(claims).map((claim) => claim.id) });
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['perSection', 'perType', 'perTopic', 'relationsWithoutReverse', 'paragraphsWithoutClaims', 'longNotes', 'missingEnglishOrKeywords', 'milliseconds']));
  });

  test.each([
    ['a missing quote', 'src/annotations/automl.yaml', breakQuote, /^src\/annotations\/automl\.yaml:2:3 {2}quote-not-found {2}Claim `most-ml-work-near-automation` \(entry 1\): quote not found in section `automl`$/m, '过去[-三-]{+几+}年'],
    ['an unknown type', 'src/annotations/automl.yaml', (text: string) => text.replace(/type: \w+/, 'type: rumour'), /^src\/annotations\/automl\.yaml:\d+:9 {2}unknown-type {2}.*got "rumour"$/m, '>'],
    ['a relation to no claim', 'src/annotations/automl.yaml', (text: string) => text.replace('target: author-left-automl', 'target: no-such-claim'), /^src\/annotations\/automl\.yaml:\d+:\d+ {2}unknown-relation-target {2}/m, 'no-such-claim'],
    ['a repeated section slug', 'seeds/essay.md', (text: string) => text.replace('{#automl}', '{#benchmarks}'), /^seeds\/essay\.md:\d+(:\d+)? {2}\S+ {2}/m, '{#benchmarks}'],
  ])('%s stops with one message naming the file and line', (_name, file, change, headline, detail) => {
    const run = claimsCli(copyWith(file, change));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(headline);
    expect(run.stderr).toContain(detail);
    expect(run.stderr.match(/ {2}[a-z-]+ {2}/g)).toHaveLength(1);
    expect(run.stderr).not.toMatch(/ancestors|undefined|at \w+ \(/);
    const json = JSON.parse(claimsCli(copies.at(-1)!, '--json').stdout);
    expect(json).toMatchObject({ ok: false, error: { file } });
  });
});

describe('the built site', () => {
  test('carries nothing of the dev-only claim proposal', () => {
    for (const file of globSync('**/*.{js,html}', { cwd: sites.root.dir })) {
      expect(readFileSync(join(sites.root.dir, file), 'utf8'), file).not.toMatch(/复制 YAML 草稿|automl-claim-|claimStub/);
    }
    expect(globSync('_astro/passage-links-*.js', { cwd: sites.root.dir })).toHaveLength(1);
  });
});

describe('astro build', () => {
  test('prints a broken quote once, readably, and exits non-zero', () => {
    const dir = copyWith('src/annotations/automl.yaml', breakQuote, true);
    const run = spawnSync(join(dir, 'node_modules/.bin/astro'), ['build'], { cwd: dir, encoding: 'utf8' });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status).not.toBe(0);
    expect(output.match(/quote not found in section `automl`/g)).toHaveLength(1);
    expect(output).toContain('src/annotations/automl.yaml:2:3  quote-not-found');
    expect(output).toContain('过去[-三-]{+几+}年');
    expect(output).not.toMatch(/ancestors:|actual:|expected:/);
  }, 120_000);
});

/** A free loopback port. */
const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

describe('astro dev', () => {
  test('shows an edited claim title on its section page and claim page, a broken quote once in its output and in its overlay, and the page again once fixed', async () => {
    const file = 'src/annotations/automl.yaml';
    const dir = copyWith(file, (text) => text, true);
    const port = await freePort();
    const dev = spawn(join(root, 'node_modules/.bin/astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: dir,
      // Not Vitest's environment (NODE_ENV=test changes how Astro serves): a shell's.
      env: { HOME: process.env.HOME, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` },
    });
    let output = '';
    dev.stdout.on('data', (chunk) => (output += chunk));
    dev.stderr.on('data', (chunk) => (output += chunk));
    const page = async (path: string) => {
      // The address the server says it took (it may move off a port that was just freed).
      const origin = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1];
      const response = origin ? await fetch(`${origin}/${path}`).catch(() => undefined) : undefined;
      return response?.ok ? (await response.text()).replaceAll('<wbr>', '') : '';
    };
    // Waits for an outcome (expect.poll, with a generous ceiling: a busy machine is slow, not wrong).
    const until = (check: () => Promise<boolean> | boolean, timeout = 60_000) => expect.poll(check, { timeout, interval: 50 }).toBe(true);
    try {
      await until(async () => (await page('automl/')).includes('作者自承偏向'), 120_000);
      const edit = (change: (text: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

      edit((text) => text.replace('title: 作者自承偏向 AutoML', 'title: 作者坦承偏向 AutoML'));
      await until(async () => (await page('automl/')).includes('作者坦承偏向') && (await page('claims/most-ml-work-near-automation/')).includes('作者坦承偏向'));

      edit(breakQuote);
      await until(() => output.includes('src/annotations/automl.yaml:2:3  quote-not-found'));
      expect(output.match(/quote not found in section `automl`/g)).toHaveLength(1);
      expect(output).not.toMatch(/ancestors:/);
      // While the quote is broken, the dev server shows the fault, with its file and line, in its overlay.
      const origin = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(output)![1];
      const browser = await launchBrowser();
      try {
        const { page: tab, close } = await openPage(browser);
        await tab.goto(`${origin}/claims/most-ml-work-near-automation/`);
        const overlay = tab.locator('vite-error-overlay');
        await overlay.waitFor({ state: 'attached', timeout: 20_000 });
        await expect.poll(() => overlay.evaluate((element) => element.shadowRoot!.textContent)).toContain('src/annotations/automl.yaml:2:3  quote-not-found');
        await close();
      } finally {
        await browser.close();
      }

      edit((text) => text.replace('quote: 过去三年，我的大部分', 'quote: 过去几年，我的大部分').replace('title: 作者坦承偏向 AutoML', 'title: 作者再次坦承偏向 AutoML'));
      await until(async () => (await page('automl/')).includes('作者再次坦承偏向'));

      // In dev only, selected words can be proposed as a new claim's YAML entry.
      const proposing = await launchBrowser();
      try {
        const { page: tab, close } = await openPage(proposing, { permissions: ['clipboard-read', 'clipboard-write'] });
        // Vite may reload the page once while it prepares the page's modules: try again then.
        for (let attempt = 0; attempt < 3; attempt++) {
          try {
            await tab.goto(`${origin}/automl/`, { waitUntil: 'networkidle' });
            await tab.evaluate(() => {
              const words = document.createTreeWalker(document.querySelector('#p2')!, NodeFilter.SHOW_TEXT).nextNode()!;
              const range = document.createRange();
              range.setStart(words, 0);
              range.setEnd(words, 6);
              getSelection()!.removeAllRanges();
              getSelection()!.addRange(range);
            });
            await tab.locator('.passage-link').waitFor({ state: 'visible', timeout: 10_000 });
            break;
          } catch (error) {
            if (attempt === 2) throw error;
          }
        }
        const shown = await recordTexts(tab, '.passage-link [data-link="yaml"]');
        await tab.getByRole('button', { name: '复制 YAML 草稿' }).click();
        await expect.poll(shown).toContain('已复制');
        const stub = await tab.evaluate(() => navigator.clipboard.readText());
        expect(stub).toMatch(/^- id: automl-claim-1\n/);
        expect(stub).toContain('  quote: "相关的学术论"');
        await close();
      } finally {
        await proposing.close();
      }
    } catch (error) {
      // What the dev server said is what explains a failure here.
      console.log(`astro dev printed:\n${output}`);
      throw error;
    } finally {
      dev.kill();
    }
  }, 300_000);
});
