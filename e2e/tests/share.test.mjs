// End-to-end tests of links, sharing and embedding (docs/embedding.md)
// against the release build, in Debian's headless Chromium, driven by
// playwright-core.
//
//   DIST=$PWD/dist node --test e2e/tests/share.test.mjs   (from the repo root)
//
// Host pages (e2e/fixtures/host.html with an embed pasted in) are served by
// a second server, on another port: another origin than the app's, so the
// embeds are cross-origin iframes as they are on a real site.
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium, selectExample, setProgram, watchProblems } from './browser.mjs';
import { serve } from './server.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const DIST = resolve(process.env.DIST ?? join(ROOT, 'dist'));
const SUB_PATH = '/some/sub/path/';
const HOST_PAGE = readFileSync(join(ROOT, 'e2e/fixtures/host.html'), 'utf8');
const DOCS = readFileSync(join(ROOT, 'docs/embedding.md'), 'utf8');
const DOCS_URL = 'http://127.0.0.1:8080/';
const STORAGE_KEY = 'taskscope.source.v1';

/** The program docs/embedding.md links to, and the docs' hand-written tiny link. */
const DOCS_PROGRAM =
  'use tokio::time::{sleep, Duration};\n\n#[tokio::main]\nasync fn main() {\n    let t = tokio::spawn(async {\n' +
  '        sleep(Duration::from_millis(10)).await;\n        println!("world");\n    });\n    println!("hello");\n' +
  '    t.await.unwrap();\n}\n';

let server;
let browser;
/** The host pages, by path, and the server that serves them. */
const hostPages = new Map();
let host;

before(async () => {
  assert.ok(existsSync(join(DIST, 'index.html')), `no release build in ${DIST}: run trunk build --release`);
  server = await serve(DIST, [SUB_PATH]);
  host = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const html = hostPages.get(path);
    if (path === '/favicon.ico') res.writeHead(204).end();
    else if (html === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
  host.url = `http://127.0.0.1:${host.address().port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((ok) => (host ? host.close(ok) : ok()));
});

/**
 * Opens `url` (absolute, or a path on the app's server) in a new page of
 * `context` (a fresh one by default: empty local storage) and waits for the
 * app's first run.
 */
async function open(url, { context } = {}) {
  const ctx = context ?? (await browser.newContext());
  const page = await ctx.newPage();
  const problems = watchProblems(page);
  await page.goto(url.startsWith('http') ? url : server.url + url);
  await page.locator('[data-testid=app][data-pending=false]').waitFor({ timeout: 15_000 });
  return { page, problems, context: ctx };
}

const editorValue = (page) => page.getByTestId('editor').inputValue();
const scrubber = (page) => page.getByTestId('scrubber').inputValue().then(Number);
const runLength = (page) => page.getByTestId('scrubber').getAttribute('max').then(Number);
const stored = (page) => page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
const example = (name) => readFileSync(join(ROOT, 'examples', `${name}.rs`), 'utf8');

/** Waits until local storage holds `text` (saves are debounced). */
const savedAs = (page, text) =>
  page.waitForFunction(([k, t]) => localStorage.getItem(k) === t, [STORAGE_KEY, text], { timeout: 5_000 });

/** A host page on another origin with `embed` (HTML) in it. */
async function hostPage(embed, { context } = {}) {
  const ctx = context ?? (await browser.newContext());
  const page = await ctx.newPage();
  const problems = watchProblems(page);
  const path = `/page-${hostPages.size}.html`;
  hostPages.set(path, HOST_PAGE.replace('<!-- EMBED -->', embed));
  await page.goto(host.url + path);
  return { page, problems, context: ctx };
}

/** The height messages the host page received from the app's origin. */
const heightMessages = (page) =>
  page.evaluate(
    (origin) => window.received.filter((m) => m.origin === origin && m.data?.type === 'taskscope:height'),
    server.url,
  );

/** The docs' "complete embed" example (iframe and sizing script), pointed at our server. */
function docsEmbedExample() {
  const start = DOCS.indexOf('<iframe class="taskscope"');
  const end = DOCS.indexOf('</script>', start) + '</script>'.length;
  assert.ok(start > 0 && end > start, 'docs/embedding.md has its complete embed example');
  return DOCS.slice(start, end).replaceAll(DOCS_URL, server.url + '/');
}

describe('links', { timeout: 90_000 }, () => {
  test("the docs' hand-written #code= links open their program, byte for byte", async () => {
    const links = [...DOCS.matchAll(/http:\/\/127\.0\.0\.1:8080\/#code=[^\s`<>)]+/g)].map((m) => m[0]);
    assert.ok(links.length >= 2, 'docs/embedding.md has #code= links');
    for (const link of links) {
      const { page, problems, context } = await open(link.replace(DOCS_URL, server.url + '/'));
      const expected = decodeURIComponent(link.split('#code=')[1]);
      assert.equal(await editorValue(page), expected);
      assert.equal(await page.getByTestId('link-error').count(), 0);
      assert.equal(await page.getByTestId('restore-prompt').count(), 0);
      assert.notEqual((await page.getByTestId('status').textContent()).trim(), '');
      assert.deepEqual(problems, []);
      await context.close();
    }
    const { page, context } = await open(links[0].replace(DOCS_URL, server.url + '/'));
    assert.equal(await editorValue(page), DOCS_PROGRAM);
    // It ran: the console shows what it printed, at the end of the run.
    assert.equal(await page.getByTestId('console').textContent(), 'hello\nworld\n');
    await context.close();
  });

  test('?example= opens a bundled example, and an unknown one says so', async () => {
    const { page, problems, context } = await open('/?example=abba_deadlock');
    assert.equal(await editorValue(page), example('abba_deadlock'));
    assert.equal(await page.getByTestId('examples').inputValue(), 'abba_deadlock');
    assert.match(await page.getByTestId('status').textContent(), /^deadlock/);
    await page.goto(server.url + '/?example=no_such_example');
    await page.getByTestId('link-error').waitFor();
    assert.match(await page.getByTestId('link-error').textContent(), /no_such_example/);
    assert.equal(await editorValue(page), example('bounded_mpsc_backpressure'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('Share copies a link that opens the same source, byte for byte, at the same playhead and speed', async () => {
    const { page, problems, context } = await open('/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const program =
      '// Unicode, markup, escapes: é ✓ <b>&amp;</b> 100% #hash +plus\tand a tab\n' +
      'use tokio::sync::mpsc;\n\n#[tokio::main(flavor = "current_thread")]\nasync fn main() {\n    let (tx, mut rx) = mpsc::channel::<&str>(1);\n' +
      '    tokio::spawn(async move {\n        tx.send("a & b < c").await.unwrap();\n        tx.send("é").await.unwrap();\n    });\n' +
      '    while let Some(m) = rx.recv().await {\n        println!("{m}");\n    }\n}\n\n';
    await setProgram(page, program);
    const len = await runLength(page);
    assert.ok(len > 6, `a run with events (${len})`);
    const pos = Math.floor(len / 2);
    await page.getByTestId('to-start').click();
    for (let i = 0; i < pos; i++) await page.getByTestId('step-forward').click();
    assert.equal(await scrubber(page), pos);
    await page.getByTestId('speed').selectOption('4');

    await page.getByTestId('share').click();
    const link = await page.getByTestId('share-link').inputValue();
    assert.ok(link.startsWith(server.url + '/#s='), link);
    assert.ok(link.length < (server.url + '/#code=' + encodeURIComponent(program)).length, 'the short form is shorter');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link, 'copied to the clipboard');
    // The field selects itself, for a manual copy.
    await page.getByTestId('share-link').focus();
    assert.equal(
      await page.getByTestId('share-link').evaluate((el) => el.selectionEnd - el.selectionStart),
      link.length,
    );

    // A fresh browser: nothing saved.
    const other = await open(link);
    assert.equal(await editorValue(other.page), program);
    assert.equal(await scrubber(other.page), pos);
    assert.equal(await other.page.getByTestId('speed').inputValue(), '4');
    assert.equal(await other.page.getByTestId('restore-prompt').count(), 0);
    assert.deepEqual(other.problems, []);
    await other.context.close();
    // The same browser, which saved the program: no prompt, same text.
    await savedAs(page, program);
    const again = await open(link, { context });
    assert.equal(await editorValue(again.page), program);
    assert.equal(await again.page.getByTestId('restore-prompt').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the seed field re-runs an unbiased select! with its seed, and Share and Embed links keep it', async () => {
    // Both branches are ready at once: the seed alone decides which wins
    // (seed 1, the default, lets the second win; seed 4 the first:
    // `taskscope run --seed N` says the same).
    const program =
      'use tokio::sync::oneshot;\n\n#[tokio::main(flavor = "current_thread", start_paused = true)]\nasync fn main() {\n' +
      '    let (tx_a, rx_a) = oneshot::channel::<&str>();\n    let (tx_b, rx_b) = oneshot::channel::<&str>();\n' +
      '    tx_a.send("a").unwrap();\n    tx_b.send("b").unwrap();\n    tokio::select! {\n' +
      '        v = rx_a => println!("first: {}", v.unwrap()),\n        v = rx_b => println!("second: {}", v.unwrap()),\n    }\n}\n';
    const { page, problems, context } = await open('/');
    // A biased select! (the default example's) has no seed to show.
    await selectExample(page, 'select_shutdown');
    assert.equal(await page.getByTestId('seed').count(), 0);
    await setProgram(page, program);
    assert.equal(await page.getByTestId('seed').inputValue(), '1');
    assert.equal(await page.getByTestId('app').getAttribute('data-seed'), '1');
    assert.equal(await page.getByTestId('console').textContent(), 'second: b\n');
    // The lane's badge names the winner (0-based in data-winner).
    const winner = (p) => p.getByTestId('select').getAttribute('data-winner');
    assert.equal(await winner(page), '1');

    const seeded = (p, seed) => p.locator(`[data-testid=app][data-seed="${seed}"][data-pending=false]`).waitFor({ timeout: 10_000 });
    await page.getByTestId('seed').fill('4');
    await seeded(page, 4);
    assert.equal(await page.getByTestId('console').textContent(), 'first: a\n');
    assert.equal(await winner(page), '0');
    // The same seed, the same run.
    await page.getByTestId('seed').fill('1');
    await seeded(page, 1);
    assert.equal(await page.getByTestId('console').textContent(), 'second: b\n');
    await page.getByTestId('seed').fill('4');
    await seeded(page, 4);
    assert.equal(await page.getByTestId('console').textContent(), 'first: a\n');
    // Not a seed: nothing runs, the field keeps what was typed.
    const runs = await page.getByTestId('app').getAttribute('data-run-id');
    await page.getByTestId('seed').fill('');
    await page.waitForTimeout(300);
    assert.equal(await page.getByTestId('app').getAttribute('data-run-id'), runs);

    // Share: a fresh browser opens the program with seed 4 and the same run.
    await page.getByTestId('share').click();
    const link = await page.getByTestId('share-link').inputValue();
    const other = await open(link);
    await seeded(other.page, 4);
    assert.equal(await other.page.getByTestId('seed').inputValue(), '4');
    assert.equal(await other.page.getByTestId('console').textContent(), 'first: a\n');
    assert.equal(await winner(other.page), '0');
    assert.deepEqual(other.problems, []);
    await other.context.close();

    // Embed: the snippet's address carries the seed, and the compact view
    // shows it (at a narrow width too) and runs with it.
    await page.getByTestId('embed').click();
    const snippet = await page.getByTestId('embed-snippet').inputValue();
    const src = snippet.match(/src="([^"]*)"/)[1].replaceAll('&amp;', '&');
    assert.ok(src.startsWith(server.url + '/?embed=1&editor=rw&seed=4#code='), src);
    const embed = await open(src);
    await embed.page.setViewportSize({ width: 360, height: 700 });
    await seeded(embed.page, 4);
    assert.ok(await embed.page.getByTestId('seed').isVisible());
    assert.equal(await embed.page.getByTestId('console').textContent(), 'first: a\n');
    // Its "Open in Taskscope" keeps the seed too.
    const href = await embed.page.getByTestId('open-in-taskscope').getAttribute('href');
    assert.ok(href.includes('seed=4'), href);
    assert.deepEqual(embed.problems, []);
    await embed.context.close();

    // An example starts again from the default seed.
    await selectExample(page, 'select_shutdown');
    assert.equal(await page.getByTestId('app').getAttribute('data-seed'), '1');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('edits survive a reload, and a link offers to keep them or open the link', async () => {
    const mine = '#[tokio::main(flavor = "current_thread")]\nasync fn main() {\n    println!("my own edits");\n}\n';
    const linked = '#[tokio::main(flavor = "current_thread")]\nasync fn main() {\n    println!("from a link");\n}\n';
    const { page, problems, context } = await open('/');
    await setProgram(page, mine);
    await savedAs(page, mine);
    await page.reload();
    await page.locator('[data-testid=app][data-pending=false]').waitFor();
    assert.equal(await editorValue(page), mine);

    // Keep them: the edits are back, and the address no longer carries the link.
    const a = await open('/#code=' + encodeURIComponent(linked), { context });
    await a.page.getByTestId('restore-prompt').waitFor();
    assert.equal(await editorValue(a.page), linked);
    assert.equal(await stored(a.page), mine, 'the edits are not overwritten while the prompt is open');
    await a.page.getByTestId('keep-edits').click();
    await a.page.getByTestId('restore-prompt').waitFor({ state: 'detached' });
    assert.equal(await editorValue(a.page), mine);
    assert.equal(new URL(a.page.url()).hash, '');
    await a.page.reload();
    await a.page.locator('[data-testid=app][data-pending=false]').waitFor();
    assert.equal(await editorValue(a.page), mine);

    // Open the link: it replaces them, from now on.
    const b = await open('/#code=' + encodeURIComponent(linked), { context });
    await b.page.getByTestId('open-link').click();
    await b.page.getByTestId('restore-prompt').waitFor({ state: 'detached' });
    assert.equal(await editorValue(b.page), linked);
    await savedAs(b.page, linked);
    assert.deepEqual([...problems, ...a.problems, ...b.problems], []);
    await context.close();
  });

  test('a link pasted into the address bar of the open page opens it', async () => {
    const { page, problems, context } = await open('/');
    const program = '#[tokio::main(flavor = "current_thread")]\nasync fn main() {\n    println!("hash");\n}\n';
    await page.evaluate((p) => {
      location.hash = 'code=' + encodeURIComponent(p);
    }, program);
    // The editor shows it at once; its run follows from the worker.
    await page.waitForFunction(
      (p) => document.querySelector('[data-testid=editor]').value === p && document.querySelector('[data-testid=app]').dataset.pending === 'false',
      program,
    );
    assert.equal(await page.getByTestId('console').textContent(), 'hash\n');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('hostile links', { timeout: 90_000 }, () => {
  const PAYLOAD =
    '</textarea><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">' +
    '<svg onload="window.__pwned = 3"></svg>"><iframe src="javascript:parent.__pwned=4"></iframe>';

  test('markup and script in the source are text, never run', async () => {
    for (const hash of [
      '#code=' + encodeURIComponent(PAYLOAD),
      '#code=' + encodeURIComponent(`fn main() {\n    let s = "${PAYLOAD}";\n}\n`),
    ]) {
      const { page, problems, context } = await open('/' + hash);
      const expected = decodeURIComponent(hash.slice('#code='.length));
      assert.equal(await editorValue(page), expected);
      // The highlighted layer shows the same characters, as text.
      assert.equal(await page.locator('pre.highlight').evaluate((el) => el.textContent.trimEnd()), expected.trimEnd());
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      const app = '[data-testid=app]';
      assert.equal(await page.locator(`${app} img, ${app} svg[onload], ${app} iframe, ${app} script`).count(), 0);
      assert.equal(await page.getByTestId('link-error').count(), 0);
      // Diagnostics quote the source as text too.
      assert.ok((await page.getByTestId('diagnostic').count()) > 0);
      // And so do the links built from it.
      await page.getByTestId('embed').click();
      const snippet = await page.getByTestId('embed-snippet').inputValue();
      assert.equal((snippet.match(/<script>/g) ?? []).length, 1, 'only the sizing script');
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('bad encoding, huge payloads, invalid UTF-8 and invalid compression show an error and a working page', async () => {
    const cases = [
      ['#code=%E0%A4%A', /percent-encoding/],
      ['#code=%FF%FE%FD', /UTF-8/],
      ['#code=' + 'a'.repeat(1024 * 1024 + 10), /more than/],
      ['#code=' + '%41'.repeat(300 * 1024), /more than/],
      ['#s=AAAAAAAAAAAA', /decompress/],
      ['#s=not*base64!', /base64/],
      ['#s=' + 'A'.repeat(20), /./],
    ];
    for (const [hash, message] of cases) {
      const { page, problems, context } = await open('/' + hash);
      const banner = page.getByTestId('link-error');
      await banner.waitFor();
      const text = await banner.textContent();
      assert.match(text, message, hash.slice(0, 40));
      assert.ok(text.length < 400, 'the message does not echo the payload');
      // The default program, run.
      assert.equal(await editorValue(page), example('bounded_mpsc_backpressure'));
      assert.notEqual((await page.getByTestId('status').textContent()).trim(), '');
      // And the page works: edits re-run.
      await setProgram(page, '#[tokio::main(flavor = "current_thread")]\nasync fn main() {\n    println!("ok");\n}\n');
      assert.equal(await page.getByTestId('console').textContent(), 'ok\n');
      await page.getByTestId('dismiss-link-error').click();
      await banner.waitFor({ state: 'detached' });
      // With edits saved in this browser, a bad link falls back to them.
      await savedAs(page, '#[tokio::main(flavor = "current_thread")]\nasync fn main() {\n    println!("ok");\n}\n');
      const again = await open('/' + hash, { context });
      await again.page.getByTestId('link-error').waitFor();
      assert.equal(await editorValue(again.page), '#[tokio::main(flavor = "current_thread")]\nasync fn main() {\n    println!("ok");\n}\n');
      assert.deepEqual([...problems, ...again.problems], []);
      await context.close();
    }
  });

  test('odd query values are ignored', async () => {
    const { page, problems, context } = await open(
      '/?example=%3Cscript%3E&editor=%3Cb%3E&hide=1-99999999999,x&autoplay=maybe&speed=1e308#pos=-5&speed=NaN',
    );
    assert.equal(await editorValue(page), example('bounded_mpsc_backpressure'));
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('embeds', { timeout: 120_000 }, () => {
  test("docs/embedding.md's complete embed renders in an iframe, plays, and sizes itself", async () => {
    const { page, problems } = await hostPage(docsEmbedExample());
    const iframe = page.locator('iframe.taskscope');
    const frame = page.frameLocator('iframe.taskscope');
    await frame.locator('[data-testid=app][data-pending=false]').waitFor({ timeout: 15_000 });
    // Compact: no site chrome, the read-only editor without the hidden lines.
    assert.equal(await frame.locator('.masthead, [data-testid=examples], [data-testid=share]').count(), 0);
    const shown = DOCS_PROGRAM.split('\n').slice(2).join('\n');
    assert.equal(await frame.getByTestId('editor').inputValue(), shown);
    assert.equal(await frame.getByTestId('editor').evaluate((el) => el.readOnly), true);
    // Open in Taskscope: the full playground, the whole program.
    const openLink = frame.getByTestId('open-in-taskscope');
    assert.equal(await openLink.getAttribute('href'), server.url + '/#code=' + encodeURIComponent(DOCS_PROGRAM).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()));
    assert.equal(await openLink.getAttribute('target'), '_blank');
    assert.match(await openLink.getAttribute('rel'), /noopener/);

    // The height message arrived, from the app's origin, and sized the iframe.
    await page.waitForFunction((o) => window.received.some((m) => m.origin === o && m.data?.type === 'taskscope:height'), server.url);
    let messages = await heightMessages(page);
    for (const m of messages) {
      assert.deepEqual(Object.keys(m.data).sort(), ['height', 'type']);
      assert.ok(typeof m.data.height === 'number' && m.data.height > 0);
    }
    const last = messages.at(-1).data.height;
    await page.waitForFunction((h) => document.querySelector('iframe.taskscope').style.height === Math.ceil(h) + 'px', last);
    const box = await iframe.boundingBox();
    assert.ok(Math.abs(box.height - Math.ceil(last)) <= 1, `${box.height} vs ${last}`);
    assert.ok(last > 200 && last < 3000, `a sensible height: ${last}`);
    // Its content fits: nothing to scroll inside the frame.
    const inner = await frame.locator('html').evaluate((el) => el.scrollHeight - el.clientHeight);
    assert.ok(inner <= 1, `the frame scrolls by ${inner}px`);

    // Play it to the end.
    const len = Number(await frame.getByTestId('scrubber').getAttribute('max'));
    await frame.getByTestId('speed').selectOption('16');
    await frame.getByTestId('play').click();
    await frame.getByTestId('scrubber').evaluate(
      (el, l) => new Promise((ok) => {
        const check = () => (el.value === String(l) ? ok() : setTimeout(check, 50));
        check();
      }),
      len,
    );
    assert.equal(await frame.getByTestId('console').textContent(), 'hello\nworld\n');
    // The height settles: no growth loop between the frame and the host.
    await page.waitForTimeout(500);
    const before = (await heightMessages(page)).length;
    await page.waitForTimeout(700);
    messages = await heightMessages(page);
    assert.equal(messages.length, before, 'no new height messages while nothing changes');
    assert.ok(messages.length < 20, `${messages.length} messages`);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test('editor=0 and autoplay: only the visualization and controls, playing on load', async () => {
    const src = `${server.url}/?embed=1&editor=0&autoplay=1#code=${encodeURIComponent(DOCS_PROGRAM)}`;
    const { page, problems } = await hostPage(`<iframe class="taskscope" src="${src.replaceAll('&', '&amp;')}" style="width: 100%; height: 300px; border: 0"></iframe>`);
    const frame = page.frameLocator('iframe.taskscope');
    await frame.locator('[data-testid=app][data-pending=false]').waitFor({ timeout: 15_000 });
    assert.equal(await frame.getByTestId('editor').count(), 0);
    await frame.getByTestId('viz').waitFor();
    // Autoplay started from the beginning: playing, and the playhead moves to the end.
    await frame.locator('[data-testid=play][aria-label=Pause]').waitFor({ timeout: 5_000 });
    const len = Number(await frame.getByTestId('scrubber').getAttribute('max'));
    await frame.getByTestId('scrubber').evaluate(
      (el, l) => new Promise((ok) => {
        const check = () => (el.value === String(l) ? ok() : setTimeout(check, 50));
        check();
      }),
      len,
    );
    assert.equal(await frame.getByTestId('console').textContent(), 'hello\nworld\n');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test('editing an embed with hidden lines keeps them, and Open in Taskscope gets the whole program', async () => {
    const src = `${server.url}/?embed=1&editor=rw&hide=1-4,11#code=${encodeURIComponent(DOCS_PROGRAM)}`;
    const { page, problems } = await hostPage(`<iframe class="taskscope" src="${src.replaceAll('&', '&amp;')}" style="width: 100%; height: 500px; border: 0"></iframe>`);
    const frame = page.frameLocator('iframe.taskscope');
    await frame.locator('[data-testid=app][data-pending=false]').waitFor({ timeout: 15_000 });
    const lines = DOCS_PROGRAM.split('\n');
    const shown = lines.filter((_, i) => ![1, 2, 3, 4, 11].includes(i + 1)).join('\n');
    assert.equal(await frame.getByTestId('editor').inputValue(), shown);
    await frame.getByTestId('editor').fill(shown + '    println!("added");\n');
    await frame.getByTestId('console').filter({ hasText: 'added' }).waitFor({ timeout: 5_000 });
    const href = await frame.getByTestId('open-in-taskscope').getAttribute('href');
    const whole = decodeURIComponent(href.split('#code=')[1]);
    assert.equal(whole, DOCS_PROGRAM.replace('    t.await.unwrap();\n}\n', '    t.await.unwrap();\n    println!("added");\n}\n'));
    // The full playground shows every line.
    const full = await open(href);
    assert.equal(await editorValue(full.page), whole);
    assert.deepEqual([...problems, ...full.problems], []);
    await full.context.close();
    await page.context().close();
  });

  test('a broken embed link shows the error inside the compact view', async () => {
    const { page, problems, context } = await open('/?embed=1&editor=ro#code=%FF');
    await page.getByTestId('link-error').waitFor();
    assert.equal(await page.locator('.masthead').count(), 0);
    assert.ok(await page.locator('.app.embed').count());
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the Embed button's snippet, pasted into another site, shows the same program", async () => {
    const { page, problems, context } = await open('/?example=oneshot_request_response');
    await page.getByTestId('embed').click();
    const snippet = await page.getByTestId('embed-snippet').inputValue();
    const source = example('oneshot_request_response');
    assert.ok(snippet.startsWith('<iframe class="taskscope"'), snippet);
    const src = snippet.match(/src="([^"]*)"/)[1].replaceAll('&amp;', '&');
    assert.ok(src.startsWith(server.url + '/?embed=1&editor=rw#code='), src);
    assert.equal(decodeURIComponent(src.split('#code=')[1]), source);
    // Options change the snippet.
    await page.getByTestId('embed-editor').selectOption('ro');
    await page.getByTestId('embed-autoplay').check();
    assert.match(await page.getByTestId('embed-snippet').inputValue(), /\?embed=1&amp;editor=ro&amp;autoplay=1#code=/);
    await page.getByTestId('embed-editor').selectOption('rw');
    await page.getByTestId('embed-autoplay').uncheck();

    const host = await hostPage(snippet);
    const frame = host.page.frameLocator('iframe.taskscope');
    await frame.locator('[data-testid=app][data-pending=false]').waitFor({ timeout: 15_000 });
    assert.equal(await frame.getByTestId('editor').inputValue(), source);
    await host.page.waitForFunction(() => /^\d+px$/.test(document.querySelector('iframe.taskscope').style.height) && document.querySelector('iframe.taskscope').style.height !== '480px');
    assert.deepEqual([...problems, ...host.problems], []);
    await host.context.close();
    await context.close();
  });
});

describe('sub-paths', { timeout: 60_000 }, () => {
  test('links, Share and Embed use the address the app is served at', async () => {
    const { page, problems, context } = await open(SUB_PATH + '#code=' + encodeURIComponent(DOCS_PROGRAM));
    assert.equal(await editorValue(page), DOCS_PROGRAM);
    await page.getByTestId('share').click();
    const link = await page.getByTestId('share-link').inputValue();
    assert.ok(link.startsWith(server.url + SUB_PATH + '#s='), link);
    await page.getByTestId('embed').click();
    assert.match(await page.getByTestId('embed-snippet').inputValue(), new RegExp(`src="${server.url}${SUB_PATH}\\?embed=1&amp;`));
    const other = await open(link);
    assert.equal(await editorValue(other.page), DOCS_PROGRAM);
    const embed = await open(SUB_PATH + '?embed=1&editor=ro#code=' + encodeURIComponent(DOCS_PROGRAM));
    assert.ok((await embed.page.getByTestId('open-in-taskscope').getAttribute('href')).startsWith(server.url + SUB_PATH + '#code='));
    assert.deepEqual([...problems, ...other.problems, ...embed.problems], []);
    await Promise.all([context.close(), other.context.close(), embed.context.close()]);
  });
});
