/**
 * Builds the site twice, at the root and under a sub-path (the way a project page is deployed),
 * and serves each build on loopback for the browser tests. Set E2E_REUSE_BUILD=1 to serve the
 * builds of a previous run while iterating on tests.
 */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';

export const subPath = '/seven-truths/';
export const testSite = 'https://essay.example';
/** Where the sub-path build tells readers to report errors; the root build has no such address. */
export const correctionsUrl = 'https://essay.example/corrections/';
const outRoot = '.test-dist';

interface Build {
  name: 'root' | 'base';
  base: string;
  env: Record<string, string>;
}

const builds: Build[] = [
  { name: 'root', base: '/', env: {} },
  { name: 'base', base: subPath, env: { BASE_PATH: subPath, SITE: testSite, CORRECTIONS_URL: correctionsUrl } },
];

function build({ name, env }: Build): string {
  const outDir = join(outRoot, name);
  if (process.env.E2E_REUSE_BUILD && existsSync(join(outDir, 'index.html'))) return outDir;
  const result = spawnSync('astro', ['build', '--outDir', outDir], {
    // A production build, as readers get: Vitest's NODE_ENV=test would make Vite build for development.
    env: { ...process.env, NODE_ENV: 'production', ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`astro build (${name}) failed:\n${result.stdout}\n${result.stderr}`);
  }
  return outDir;
}

/** Serves `dir` under `base`; anything else gets the site's 404 page with status 404. */
function serve(dir: string, base: string): Promise<Server> {
  const files = sirv(dir, { dev: false, etag: true });
  const notFound = readFileSync(join(dir, '404.html'));
  const server = createServer((request, response) => {
    const sendNotFound = () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(notFound);
    };
    if (!request.url?.startsWith(base)) return sendNotFound();
    request.url = '/' + request.url.slice(base.length);
    files(request, response, sendNotFound);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: Record<Build['name'], { url: string; base: string; dir: string }>;
  }
}

export default async function setup(project: TestProject) {
  const servers: Server[] = [];
  const sites = {} as Record<Build['name'], { url: string; base: string; dir: string }>;
  for (const spec of builds) {
    const dir = build(spec);
    const server = await serve(dir, spec.base);
    servers.push(server);
    const { port } = server.address() as AddressInfo;
    sites[spec.name] = { url: `http://127.0.0.1:${port}${spec.base}`, base: spec.base, dir };
  }
  project.provide('sites', sites);
  return async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  };
}
