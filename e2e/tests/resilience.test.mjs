// End-to-end tests of what keeps the page alive: the memory budget in the
// browser, a program the page died running that does not run again on
// reload, and the message when the app's WebAssembly stops.
//
//   DIST=$PWD/dist node --test e2e/tests/resilience.test.mjs   (from the repo root)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium, openApp, runId, setProgram } from './browser.mjs';
import { serve } from './server.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const DIST = resolve(process.env.DIST ?? join(ROOT, 'dist'));

let server;
let browser;

before(async () => {
  assert.ok(existsSync(join(DIST, 'index.html')), `no release build in ${DIST}: run trunk build --release`);
  server = await serve(DIST);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const DOUBLING = `#[tokio::main]
async fn main() {
    let mut s = String::from("x");
    loop {
        s = format!("{}{}", s, s);
    }
}
`;

/** The hash share.rs keys a run with (64-bit FNV-1a, hex). */
function sourceHash(text) {
  let h = 0xcbf29ce484222325n;
  for (const b of new TextEncoder().encode(text)) {
    h ^= BigInt(b);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

describe('the page stays alive', () => {
  test('a string doubled forever stops at the memory budget, with the line', async () => {
    const { page, problems } = await open();
    await setProgram(page, DOUBLING);
    const status = page.getByTestId('status');
    await status.waitFor();
    assert.match(await status.textContent(), /memory budget exceeded: the program's values took [\d.]+ MiB, more than the 64 MiB allowed.*at line 5/);
    // Still responsive: another program runs.
    await setProgram(page, '#[tokio::main(flavor = "current_thread")]\nasync fn main() {\n    println!("after");\n}\n');
    assert.match(await status.textContent(), /main returned/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a program the page died running opens without running, and runs on request', async () => {
    const { page, problems } = await open();
    const program = '#[tokio::main(flavor = "current_thread")]\nasync fn main() {\n    println!("ran");\n}\n';
    // As if the page had died during a run of the saved program.
    await page.evaluate(([text, hash]) => {
      localStorage.setItem('taskscope.source.v1', text);
      localStorage.setItem('taskscope.running.v1', hash);
    }, [program, sourceHash(program)]);
    await page.reload();
    await page.locator('[data-testid=app][data-pending=false]').waitFor();
    const banner = page.getByTestId('not-run');
    await banner.waitFor();
    assert.match(await banner.textContent(), /the page stopped during the last run of this program/);
    assert.equal(await page.getByTestId('editor').inputValue(), program);
    assert.match(await page.getByTestId('status').textContent(), /not run/);
    const before = await runId(page);
    await page.getByTestId('run-anyway').click();
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid=app]').dataset.runId) > n, before);
    assert.equal(await banner.count(), 0);
    assert.match(await page.getByTestId('status').textContent(), /main returned/);
    // The run finished: its mark is gone, so the next load runs the program.
    assert.equal(await page.evaluate(() => localStorage.getItem('taskscope.running.v1')), null);
    await page.reload();
    await page.locator('[data-testid=app][data-pending=false]').waitFor();
    assert.equal(await page.getByTestId('not-run').count(), 0);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('when the WebAssembly stops, the page says so and offers a reload', async () => {
    const { page } = await open();
    await page.evaluate(() => {
      window.dispatchEvent(new ErrorEvent('error', { message: 'RuntimeError: unreachable', error: new Error('RuntimeError: unreachable') }));
    });
    const crash = page.getByTestId('crash');
    await crash.waitFor();
    assert.match(await crash.textContent(), /Taskscope stopped/);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset?.testid), 'crash-reload');
    await Promise.all([page.waitForEvent('load'), page.getByTestId('crash-reload').click()]);
    await page.locator('[data-testid=app][data-pending=false]').waitFor();
    assert.equal(await page.getByTestId('crash').count(), 0);
    await page.close();
  });
});

function open() {
  return openApp(browser, server.url + '/');
}
