// End-to-end tests of the release build (`trunk build --release` → dist/)
// in Debian's headless Chromium, driven by playwright-core.
//
//   node --test tests/app.test.mjs        (DIST=path/to/dist, default ../dist)
//
// One test also needs a build with absolute URLs for one sub-path, which
// scripts/test makes: `trunk build --release --public-url /tools/taskscope/
// --dist target/dist-public-url` (DIST_PUBLIC_URL=path/to/it).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium, openApp } from './browser.mjs';
import { serve } from './server.mjs';

const DIST = resolve(process.env.DIST ?? new URL('../../dist', import.meta.url).pathname);
const SUB_PATH = '/nested/taskscope/';
const PUBLIC_URL = '/tools/taskscope/';
const DIST_PUBLIC_URL = resolve(process.env.DIST_PUBLIC_URL ?? new URL('../../target/dist-public-url', import.meta.url).pathname);


let server;
let browser;

before(async () => {
  assert.ok(existsSync(join(DIST, 'index.html')), `no release build in ${DIST}: run trunk build --release`);
  server = await serve(DIST, [SUB_PATH]);
  browser = await launchChromium();
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
function open(path = '/') {
  // Playwright's default viewport.
  return openApp(browser, server.url + path, { width: 1280, height: 720 });
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

  test('a build with --public-url works from that sub-path: links, Share and embeds included', {
    skip: existsSync(join(DIST_PUBLIC_URL, 'index.html'))
      ? false
      : `no build in ${DIST_PUBLIC_URL}: scripts/test makes it (trunk build --release --public-url ${PUBLIC_URL})`,
  }, async () => {
    // It really is the absolute-URL build.
    const html = readFileSync(join(DIST_PUBLIC_URL, 'index.html'), 'utf8');
    assert.match(html, new RegExp(`(src|href)="${PUBLIC_URL}[^"]+\\.wasm"`));
    const sub = await serve(DIST_PUBLIC_URL, [PUBLIC_URL]);
    const context = await browser.newContext();
    try {
      const requests = [];
      context.on('request', (req) => requests.push(req.url()));
      const page = await context.newPage();
      const problems = [];
      page.on('console', (msg) => msg.type() === 'error' && problems.push(`console error: ${msg.text()}`));
      page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
      page.on('response', (res) => res.status() >= 400 && problems.push(`HTTP ${res.status()}: ${res.url()}`));
      const program = '#[tokio::main(flavor = "current_thread")]\nasync fn main() {\n    println!("from a sub-path");\n}\n';
      await page.goto(sub.url + PUBLIC_URL + '#code=' + encodeURIComponent(program));
      await page.locator('[data-testid=app][data-pending=false]').waitFor({ timeout: 15_000 });
      assert.equal(await editor(page).inputValue(), program);
      assert.equal(await consoleText(page), 'from a sub-path\n');
      await page.getByTestId('share').click();
      const link = await page.getByTestId('share-link').inputValue();
      assert.ok(link.startsWith(sub.url + PUBLIC_URL + '#s='), link);
      await page.goto(sub.url + PUBLIC_URL + '?embed=1&editor=ro#code=' + encodeURIComponent(program));
      await page.locator('.app.embed[data-pending=false]').waitFor({ timeout: 15_000 });
      assert.ok((await page.getByTestId('open-in-taskscope').getAttribute('href')).startsWith(sub.url + PUBLIC_URL + '#code='));
      await page.goto(link);
      await page.locator('[data-testid=app][data-pending=false]').waitFor({ timeout: 15_000 });
      assert.equal(await editor(page).inputValue(), program);
      // Every file came from under the sub-path.
      const outside = requests.filter((u) => u.startsWith(sub.url) && !u.startsWith(sub.url + PUBLIC_URL));
      assert.deepEqual(outside, []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      await sub.close();
    }
  });

  test('every edit re-runs the program', async () => {
    const { page, problems } = await open('/');
    const program = '#[tokio::main(flavor = "current_thread")]\nasync fn main() {\n    println!("hello");\n}\n';
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
      'use tokio::sync::mpsc;\n\n#[tokio::main(flavor = "current_thread")]\nasync fn main() {\n' +
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
      '#[tokio::main(flavor = "current_thread")]\nasync fn main() {\n    let h = tokio::spawn(async { println!("from a task"); });\n' +
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
