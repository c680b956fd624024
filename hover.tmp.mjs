import { chromium } from 'playwright-core';
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, extname } from 'node:path';
const root = '/work/main/.test-dist/root';
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml' };
const server = http.createServer(async (req, res) => {
  let p = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  try { if ((await stat(p)).isDirectory()) p = join(p, 'index.html'); res.writeHead(200, { 'content-type': types[extname(p)] ?? 'application/octet-stream' }); res.end(await readFile(p)); }
  catch { res.writeHead(404); res.end(); }
}).listen(0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const [, , path, w, scheme, hoverSel, out] = process.argv;
const page = await browser.newPage({ viewport: { width: +w, height: 900 }, colorScheme: scheme });
await page.goto(`http://127.0.0.1:${server.address().port}/${path}`);
await page.hover(hoverSel);
await page.waitForTimeout(200);
await page.screenshot({ path: out });
await browser.close(); server.close();
