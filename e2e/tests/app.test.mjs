// End-to-end tests of the release build (`trunk build --release` → dist/)
// in Debian's headless Chromium, driven by playwright-core.
//
//   node --test tests/app.test.mjs        (DIST=path/to/dist, default ../dist)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const DIST = resolve(process.env.DIST ?? new URL('../../dist', import.meta.url).pathname);
const SUB_PATH = '/nested/taskscope/';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

// Flags measured in shared/toolchain.md: headless as root, and quiet on a
// machine whose network is closed. Playwright adds --headless and a fresh
// temporary --user-data-dir itself.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let server;
let browser;

before(async () => {
  assert.ok(existsSync(join(DIST, 'index.html')), `no release build in ${DIST}: run trunk build --release`);
  server = await serve(DIST, [SUB_PATH]);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens the app at `path` and waits until Yew has rendered the editor.
 * Returns the page and the list of problems seen so far and from then on:
 * console errors, uncaught exceptions, failed or 4xx/5xx requests.
 */
async function open(path = '/') {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.goto(server.url + path);
  await page.getByTestId('editor').waitFor({ timeout: 15_000 });
  return { page, problems };
}

const editor = (page) => page.getByTestId('editor');
const consoleText = (page) => page.getByTestId('console').textContent();
const statusText = (page) => page.getByTestId('status').textContent();

describe('Taskscope in the browser', { timeout: 60_000 }, () => {
  test('loads with an example program and no console errors', async () => {
    const { page, problems } = await open('/');
    assert.equal(await page.title(), 'Taskscope');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Taskscope');
    const source = await editor(page).inputValue();
    assert.match(source, /mpsc::channel/);
    assert.match(source, /tokio::spawn/);
    await page.getByTestId('console').waitFor({ state: 'attached' });
    assert.notEqual((await statusText(page)).trim(), '');
    // Let any late errors (wasm instantiation, first run) surface.
    await page.waitForTimeout(300);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('works when served from a sub-path', async () => {
    const { page, problems } = await open(SUB_PATH);
    assert.match(await editor(page).inputValue(), /mpsc::channel/);
    await page.waitForTimeout(300);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('every edit re-runs the program', async () => {
    const { page, problems } = await open('/');
    const program = '#[tokio::main]\nasync fn main() {\n    println!("hello");\n}\n';
    await editor(page).fill(program);
    assert.equal(await editor(page).inputValue(), program);
    await page.getByTestId('editor-info').filter({ hasText: '4 lines' }).waitFor({ timeout: 5_000 });
    assert.notEqual((await statusText(page)).trim(), '');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a syntax error shows a diagnostic at line:col', async () => {
    const { page, problems } = await open('/');
    await editor(page).fill('fn main( {');
    const diagnostic = page.getByTestId('diagnostic').first();
    await diagnostic.waitFor({ timeout: 5_000 });
    assert.match(await diagnostic.textContent(), /\b1:\d+\b/);
    assert.match(await statusText(page), /nothing ran/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a deadlock is summed up, then explained task by task', async () => {
    const { page, problems } = await open('/');
    await editor(page).fill(
      'use tokio::sync::mpsc;\n\n#[tokio::main]\nasync fn main() {\n' +
        '    let (tx, mut rx) = mpsc::channel::<i32>(1);\n    rx.recv().await;\n    drop(tx);\n}\n',
    );
    await page.getByTestId('details').waitFor({ state: 'attached', timeout: 5_000 });
    assert.match(await statusText(page), /^deadlock/);
    assert.match(await page.getByTestId('details').textContent(), /main/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("the program's output appears in the console", async () => {
    const { page, problems } = await open('/');
    await editor(page).fill(
      '#[tokio::main]\nasync fn main() {\n    let h = tokio::spawn(async { println!("from a task"); });\n' +
        '    h.await.unwrap();\n    println!("from main");\n}\n',
    );
    await page.waitForFunction(
      () => document.querySelector('[data-testid=console]')?.textContent.includes('from main'),
      null,
      { timeout: 5_000 },
    );
    assert.equal(await consoleText(page), 'from a task\nfrom main\n');
    assert.equal(await page.getByTestId('diagnostic').count(), 0);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
