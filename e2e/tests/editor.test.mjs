// End-to-end tests of the editor's keys (src/edit.rs, src/editor.rs):
// indentation, brackets, comments, undo, find, and leaving the editor
// with the keyboard.
//
//   DIST=$PWD/dist node --test e2e/tests/editor.test.mjs   (from the repo root)
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
let page;
let problems;

before(async () => {
  assert.ok(existsSync(join(DIST, 'index.html')), `no release build in ${DIST}: run trunk build --release`);
  server = await serve(DIST);
  browser = await launchChromium();
  ({ page, problems } = await openApp(browser, server.url + '/'));
});

after(async () => {
  assert.deepEqual(problems, [], 'the page logged errors');
  await browser?.close();
  await server?.close();
});

const editor = () => page.getByTestId('editor');

/**
 * Puts `marked` in the editor, `|` being the caret or `[..]` the selection,
 * and focuses it.
 */
async function load(marked) {
  let text = marked;
  let sel;
  const a = marked.indexOf('[');
  if (a >= 0) {
    const b = marked.indexOf(']');
    text = marked.slice(0, a) + marked.slice(a + 1, b) + marked.slice(b + 1);
    sel = [a, b - 1];
  } else {
    const c = marked.indexOf('|');
    text = marked.replace('|', '');
    sel = [c, c];
  }
  await setProgram(page, text);
  await editor().focus();
  await editor().evaluate((el, [s, e]) => el.setSelectionRange(s, e), sel);
}

/** The editor's text with its caret or selection marked as in `load`. */
async function shown() {
  return editor().evaluate((el) => {
    const [s, e, v] = [el.selectionStart, el.selectionEnd, el.value];
    return s === e ? v.slice(0, s) + '|' + v.slice(s) : v.slice(0, s) + '[' + v.slice(s, e) + ']' + v.slice(e);
  });
}

const focusedTestId = () => page.evaluate(() => document.activeElement?.dataset?.testid ?? document.activeElement?.tagName);

describe('the editor', () => {
  test('Tab and Shift+Tab indent and outdent the line or the selection', async () => {
    await load('fn main() {\n|let x = 1;\n}\n');
    await page.keyboard.press('Tab');
    assert.equal(await shown(), 'fn main() {\n    |let x = 1;\n}\n');
    assert.equal(await focusedTestId(), 'editor', 'Tab stays in the editor');
    await load('[a\nb]\n');
    await page.keyboard.press('Tab');
    assert.equal(await shown(), '[    a\n    b]\n');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await shown(), '[a\nb]\n');
  });

  test('Enter keeps the indentation, one level more after {', async () => {
    await load('fn main() {|}\n');
    await page.keyboard.press('Enter');
    assert.equal(await shown(), 'fn main() {\n    |\n}\n');
    await page.keyboard.type('let x = 1;');
    await page.keyboard.press('Enter');
    assert.equal(await shown(), 'fn main() {\n    let x = 1;\n    |\n}\n');
  });

  test('typing } on a blank line outdents it', async () => {
    await load('fn main() {\n    if true {\n        |\n}\n');
    await page.keyboard.type('}');
    assert.equal(await shown(), 'fn main() {\n    if true {\n    }|\n}\n');
  });

  test('brackets and quotes close themselves, are typed over, and Backspace removes an empty pair', async () => {
    await load('fn main() {\n    |\n}\n');
    await page.keyboard.type('println!("hi');
    assert.equal(await shown(), 'fn main() {\n    println!("hi|")\n}\n');
    await page.keyboard.type('");');
    assert.equal(await shown(), 'fn main() {\n    println!("hi");|\n}\n');
    await load('let v = |;\n');
    await page.keyboard.type('[');
    assert.equal(await shown(), 'let v = [|];\n');
    await page.keyboard.press('Backspace');
    assert.equal(await shown(), 'let v = |;\n');
  });

  test('Ctrl+/ toggles line comments', async () => {
    await load('[    let a = 1;\n    let b = 2;]\n');
    await page.keyboard.press('Control+/');
    assert.equal(await shown(), '[    // let a = 1;\n    // let b = 2;]\n');
    await page.keyboard.press('Control+/');
    assert.equal(await shown(), '[    let a = 1;\n    let b = 2;]\n');
  });

  test('undo and redo take back an edit the editor made, in one step', async () => {
    await load('fn main() {|}\n');
    await page.keyboard.press('Enter');
    assert.equal(await editor().inputValue(), 'fn main() {\n    \n}\n');
    await page.keyboard.press('Control+z');
    assert.equal(await editor().inputValue(), 'fn main() {}\n');
    await page.keyboard.press('Control+Shift+z');
    assert.equal(await editor().inputValue(), 'fn main() {\n    \n}\n');
  });

  test('an edit by a key re-runs the program like typing', async () => {
    const before = await page.getByTestId('app').getAttribute('data-run-id');
    await load('fn main() {\n    println!|\n}\n');
    const loaded = await page.getByTestId('app').getAttribute('data-run-id');
    assert.notEqual(loaded, before);
    await page.keyboard.type('("x");');
    await page.waitForFunction((n) => document.querySelector('[data-testid=app]').dataset.runId !== n, loaded);
    assert.equal(await editor().inputValue(), 'fn main() {\n    println!("x");\n}\n');
  });

  test('Ctrl+F finds text in the program, Enter goes to the next match, Escape returns', async () => {
    await load('|let a = 1;\nlet b = a + 1;\nlet c = a;\n');
    await page.keyboard.press('Control+f');
    const find = page.getByTestId('find');
    assert.equal(await focusedTestId(), 'find');
    await page.keyboard.type('a');
    // The first `a` after the caret: in `let a`.
    assert.equal(await shown(), 'let [a] = 1;\nlet b = a + 1;\nlet c = a;\n');
    await page.keyboard.press('Enter');
    assert.equal(await shown(), 'let a = 1;\nlet b = [a] + 1;\nlet c = a;\n');
    await page.keyboard.press('Shift+Enter');
    assert.equal(await shown(), 'let [a] = 1;\nlet b = a + 1;\nlet c = a;\n');
    await find.fill('c =');
    assert.equal(await shown(), 'let a = 1;\nlet b = a + 1;\nlet [c =] a;\n');
    await find.fill('zzz');
    assert.match(await page.getByTestId('find-status').textContent(), /no match/);
    await page.keyboard.press('Escape');
    assert.equal(await focusedTestId(), 'editor');
    assert.equal(await find.count(), 0, 'the find box closes');
  });

  test('Escape, then Tab, leaves the editor; the page says so', async () => {
    await load('fn main() {}|\n');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    assert.notEqual(await focusedTestId(), 'editor');
    assert.match(await page.locator('#editor-help').textContent(), /Esc, then Tab leaves the editor/);
  });
});
