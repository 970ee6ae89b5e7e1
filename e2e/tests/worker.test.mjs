// End-to-end tests of runs in the Web Worker (src/worker.rs): the page
// stays live during long runs, a newer edit supersedes a run in progress,
// long runs show their progress, a dying worker is reported and recovered
// from, and typing into a 1,000,000-event program never blocks the page
// for more than 50 ms (Chromium's long tasks).
//
//   DIST=$PWD/dist node --test e2e/tests/worker.test.mjs   (from the repo root)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium, openApp, runId, setProgram } from './browser.mjs';
import { serve } from './server.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const DIST = resolve(process.env.DIST ?? join(ROOT, 'dist'));
const HEAVY = readFileSync(join(ROOT, 'bench/heavy.rs'), 'utf8');

let server;
let browser;

before(async () => {
  assert.ok(existsSync(join(DIST, 'index.html')), `no release build in ${DIST}: run trunk build --release`);
  server = await serve(DIST, ['/tools/taskscope/']);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const HELLO = `#[tokio::main]
async fn main() {
    println!("a");
    println!("b");
}
`;

/** Runs for seconds without recording an event (the step budget ends it). */
const SPIN = `#[tokio::main]
async fn main() {
    let mut i: u64 = 0;
    loop {
        i = i.wrapping_add(1);
    }
}
`;

const pending = (page) => page.getByTestId('app').getAttribute('data-pending');

/** Waits until no run is pending and returns the run id. */
async function settled(page, timeout = 60_000) {
  await page.waitForFunction(() => document.querySelector('[data-testid=app]')?.dataset.pending === 'false', null, { timeout });
  return runId(page);
}

describe('runs in a worker', () => {
  test('a program runs in a worker of the same module, also under a sub-path', async () => {
    for (const path of ['/', '/tools/taskscope/']) {
      const { page, problems } = await openApp(browser, `${server.url}${path}`);
      await settled(page);
      assert.equal(page.workers().length, 1, 'one run worker');
      await setProgram(page, HELLO);
      assert.equal(await page.getByTestId('console').textContent(), 'a\nb\n');
      assert.equal(await page.getByTestId('status').textContent(), 'main returned');
      // The worker imported the same glue: no second download of the wasm.
      const wasm = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.wasm')).length);
      assert.equal(wasm, 1);
      assert.deepEqual(problems, []);
      await page.close();
    }
  });

  test('a long run does not block typing, shows its progress, and a newer edit supersedes it', async () => {
    const { page, problems } = await openApp(browser, server.url);
    const start = await settled(page);
    await page.getByTestId('editor').fill(SPIN);
    assert.equal(await pending(page), 'true');
    // Progress in the status line once the run takes a while.
    await page.waitForFunction(() => /^Running… \d/.test(document.querySelector('[data-testid=status]').textContent), null, { timeout: 5_000 });
    // The page answers at once while the worker is busy.
    const t0 = Date.now();
    await page.getByTestId('editor').press('End');
    await page.keyboard.type('// typed');
    assert.ok((await page.getByTestId('editor').inputValue()).endsWith('// typed'));
    assert.ok(Date.now() - t0 < 2_000, `typing took ${Date.now() - t0} ms`);
    // A newer program supersedes the run in progress: only its run shows.
    await page.getByTestId('editor').fill(HELLO);
    const id = await settled(page);
    assert.equal(id, start + 1, 'the superseded runs never arrive');
    assert.equal(await page.getByTestId('console').textContent(), 'a\nb\n');
    assert.equal(await page.getByTestId('status').textContent(), 'main returned');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a worker that dies is reported, the page lives on, and the program runs again', async () => {
    const { page, problems } = await openApp(browser, server.url);
    await settled(page);
    const [worker] = page.workers();
    // The next message makes the worker throw, as a trap would.
    await worker.evaluate(() => {
      self.onmessage = () => {
        throw new Error('RuntimeError: unreachable');
      };
    });
    // One input event (fill would send two: clear, then insert).
    await page.getByTestId('editor').focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('// hello');
    const crash = page.getByTestId('worker-crash');
    await crash.waitFor();
    assert.match(await crash.textContent(), /engine stopped/);
    // Not the page's own crash overlay: the page is alive.
    assert.equal(await page.getByTestId('crash').count(), 0);
    const before = await runId(page);
    await page.getByTestId('worker-crash-retry').click();
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid=app]').dataset.runId) > n, before);
    assert.ok((await page.getByTestId('editor').inputValue()).endsWith('// hello'));
    assert.equal(await page.getByTestId('worker-crash').count(), 0);
    assert.equal(await page.getByTestId('status').textContent(), 'main returned');
    // "Run it again" replays from the start; the next edit runs as usual.
    await setProgram(page, HELLO.replace('"b"', '"c"'));
    await page.getByTestId('to-end').click();
    assert.equal(await page.getByTestId('console').textContent(), 'a\nc\n');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('typing into a 1,000,000-event program: no main-thread task over 50 ms', async () => {
    const { page, problems } = await openApp(browser, server.url);
    await settled(page);
    await setProgram(page, HEAVY);
    await settled(page);
    const events = Number(await page.getByTestId('scrubber').getAttribute('max'));
    assert.ok(events >= 900_000, `${events} events`);
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
    });
    // Type at the end of main's first line, as a person would.
    const area = page.getByTestId('editor');
    await area.focus();
    await page.evaluate(() => {
      const a = document.querySelector('[data-testid=editor]');
      const at = a.value.indexOf('{', a.value.indexOf('async fn main')) + 1;
      a.setSelectionRange(at, at);
    });
    const before = await runId(page);
    await page.keyboard.type(' // a comment', { delay: 120 });
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid=app]').dataset.runId) > n, before, { timeout: 60_000 });
    await settled(page);
    // And a pause, then one more key: a run that completes and is shown.
    await page.keyboard.type('!');
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid=app]').dataset.runId) > n + 1, before, { timeout: 60_000 });
    await page.waitForTimeout(300);
    const longest = await page.evaluate(() => Math.max(0, ...window.__longTasks));
    console.log(`longest main-thread task while typing into ${events} events: ${longest.toFixed(0)} ms`);
    assert.ok(longest < 50, `a main-thread task took ${longest} ms`);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
