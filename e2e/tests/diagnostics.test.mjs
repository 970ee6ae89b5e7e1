// End-to-end tests of how the playground shows diagnostics to a learner:
// rustc's code and labels in the editor and the list, the explanation of
// the rule, and warnings that do not stop the run.
//
//   DIST=$PWD/dist node --test e2e/tests/diagnostics.test.mjs   (from the repo root)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium, openApp, setProgram } from './browser.mjs';
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

const open = () => openApp(browser, server.url + '/');

// `rx.recv()` needs `let (tx, mut rx)`: E0596 at 10:25.
const RX_NOT_MUT = `use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, rx) = mpsc::channel(1);
    tokio::spawn(async move {
        tx.send(1).await.unwrap();
    });
    println!("waiting");
    while let Some(v) = rx.recv().await {
        println!("got {v}");
    }
}
`;

// `tx.send(1);` without `.await`: a warning; the program runs.
const SEND_NOT_AWAITED = `use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel(1);
    tx.send(1);
    tokio::spawn(async move {
        tx.send(2).await.unwrap();
    });
    while let Some(v) = rx.recv().await {
        println!("got {v}");
    }
}
`;

describe('diagnostics', { timeout: 90_000 }, () => {
  test('E0596 shows its code and label in the editor and the list, and what to do', async () => {
    const { page, problems } = await open();
    await setProgram(page, RX_NOT_MUT.replace('let (tx, rx)', 'let (tx, mut rx)'));
    assert.match(await page.getByTestId('console').textContent(), /got 1/);
    await setProgram(page, RX_NOT_MUT);

    // In the list: rustc's first line at line:col, the label, the help, the explanation.
    const item = page.getByTestId('diagnostic').first();
    assert.match(await item.textContent(), /^10:25 error\[E0596\]: cannot borrow rx as mutable/);
    assert.ok(await item.locator('.kind', { hasText: 'error[E0596]' }).isVisible());
    const label = item.getByTestId('diagnostic-label');
    assert.equal(await label.textContent(), '10:25 cannot borrow as mutable');
    assert.ok(await label.isVisible());
    assert.ok(await item.getByText('help: consider changing this to be mutable').isVisible());
    const explain = item.getByTestId('explain');
    assert.ok(await explain.isVisible());
    assert.match(await explain.textContent(), /let \(tx, mut rx\) = mpsc::channel/);

    // In the editor: `rx` underlined, and the code with the label after the line.
    const underline = page.locator('.highlight .dg:not(.dg2)');
    assert.equal(await underline.textContent(), 'rx');
    const note = page.locator('.eol-item.primary');
    assert.equal(await note.textContent(), 'error[E0596]: cannot borrow as mutable');
    assert.ok(await note.isVisible());
    assert.equal(await page.locator('.eol').getAttribute('style'), '--line:10;--x:43');
    // After the line's text, on the same row as the underline.
    const [u, n] = [await underline.boundingBox(), await note.boundingBox()];
    assert.ok(n.x > u.x + u.width && Math.abs(n.y - u.y) < u.height, JSON.stringify({ u, n }));

    // Hovering the underline shows the whole diagnostic and the label.
    await page.mouse.move(u.x + u.width / 2, u.y + u.height / 2);
    const tip = page.getByTestId('diag-tip');
    await tip.waitFor();
    assert.equal(
      await tip.textContent(),
      'error[E0596]: cannot borrow `rx` as mutable, as it is not declared as mutable\n10:25: cannot borrow as mutable',
    );
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: 'detached' });
    // So does putting the caret there from the list (the keyboard's way).
    await label.locator('button').click();
    await tip.waitFor();
    assert.match(await tip.textContent(), /10:25: cannot borrow as mutable$/);

    // Nothing ran: the last good run stays, dimmed.
    assert.match(await page.getByTestId('status').textContent(), /1 error: nothing ran/);
    assert.ok(await page.locator('.viz-pane.stale').isVisible());
    assert.match(await page.getByTestId('console').textContent(), /got 1/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a warning (send without .await) is shown as one, and the run still plays', async () => {
    const { page, problems } = await open();
    await setProgram(page, SEND_NOT_AWAITED);

    // Shown at once, as a warning, in the list and the editor.
    const item = page.getByTestId('diagnostic');
    assert.equal(await item.count(), 1);
    assert.match(await item.getAttribute('class'), /\bwarning\b/);
    assert.match(await item.textContent(), /^6:5 warning: unused implementer of Future that must be used/);
    assert.match(await item.getByTestId('explain').textContent(), /without `?\.await`? sends nothing/);
    const underline = page.locator('.highlight .dg.warn');
    assert.ok(await underline.first().isVisible());
    assert.equal((await underline.allTextContents()).join(''), 'tx.send(1)');
    assert.equal(await page.locator('.highlight .dg:not(.warn)').count(), 0);
    const note = page.locator('.eol-item.warn');
    assert.match(await note.textContent(), /^warning: unused implementer of `Future`/);
    assert.ok(await note.isVisible());
    // Warnings and errors differ in colour and icon.
    const look = (selector) =>
      page.$eval(selector, (el) => [getComputedStyle(el).borderLeftColor, getComputedStyle(el, '::before').content]);
    const [colour, icon] = await look('[data-testid=diagnostic]');
    assert.equal(icon, '"⚠" / ""');

    // The run is this program's, and it plays.
    assert.equal(await page.getByTestId('status').textContent(), 'main returned');
    assert.equal(await page.locator('.viz-pane.stale').count(), 0);
    assert.equal(await page.getByTestId('console').textContent(), 'got 2\n');
    const len = Number(await page.getByTestId('scrubber').getAttribute('max'));
    assert.ok(len > 3);
    // At 1× the short run plays for a second or more: long enough to see it
    // playing (at 64× it could end before the next check).
    await page.getByTestId('speed').selectOption('1');
    await page.getByTestId('play').click();
    assert.equal(await page.getByTestId('play').getAttribute('aria-label'), 'Pause');
    await page.waitForFunction((n) => document.querySelector('[data-testid=scrubber]').value === String(n), len, { timeout: 20_000 });
    assert.equal(await page.getByTestId('console').textContent(), 'got 2\n');
    // The warning stayed on screen while it played.
    assert.equal(await page.getByTestId('diagnostic').count(), 1);

    // An error, for comparison: red, with the error icon.
    await setProgram(page, RX_NOT_MUT);
    const [errorColour, errorIcon] = await look('[data-testid=diagnostic]');
    assert.equal(errorIcon, '"✖" / ""');
    assert.notEqual(errorColour, colour);
    // The warning's run is still on screen, and the banner says so.
    assert.equal(await page.locator('.banner-note').count(), 1);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a link to a program with an error shows no "last run" it never had', async () => {
    const { page, problems } = await openApp(browser, server.url + '/#code=' + encodeURIComponent(RX_NOT_MUT));
    await page.getByTestId('diagnostic').first().waitFor();
    assert.match(await page.getByTestId('status').textContent(), /nothing ran/);
    assert.equal(await page.locator('.banner-note').count(), 0);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
