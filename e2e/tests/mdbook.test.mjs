// End-to-end tests of `taskscope mdbook` (docs/embedding.md) with the real
// mdBook: books built by `mdbook build` with the `taskscope` preprocessor,
// served over HTTP on 127.0.0.1 and read in Debian's headless Chromium.
//
//   TASKSCOPE_BIN=$PWD/target/debug/taskscope MDBOOK=$(command -v mdbook) DIST=$PWD/dist \
//     node --test e2e/tests/mdbook.test.mjs          (from the repo root)
//
// TASKSCOPE_BIN must be a taskscope with the web app built in
// (TASKSCOPE_PLAYGROUND_DIST=$PWD/dist when building it; scripts/test does);
// MDBOOK defaults to `mdbook` on PATH, DIST (the hosted app, for
// playground-url) to dist/. A missing tool fails the tests, saying what is
// missing: they never skip.
import { execFileSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium, watchProblems } from './browser.mjs';
import { serve } from './server.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const TASKSCOPE = resolve(process.env.TASKSCOPE_BIN ?? join(ROOT, 'target/debug/taskscope'));
const MDBOOK = process.env.MDBOOK ?? 'mdbook';
const DIST = resolve(process.env.DIST ?? join(ROOT, 'dist'));
const TEST_BOOK = join(ROOT, 'crates/cli/tests/book');

/** Where the built book is served: two sub-paths, and the server's root. */
const SUB_PATH = '/docs/book/';
const OTHER_SUB_PATH = '/another/place/v2/';

/** A chapter two folders down, added to the test book's copy. */
const DEEP_MD = `# Deep

Two folders down, the embed's address climbs two folders up.

\`\`\`rust,taskscope,editor=ro
# use tokio::sync::mpsc;
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(1);
    tokio::spawn(async move {
        for word in ["deep", "down"] {
            tx.send(word).await.unwrap();
        }
    });
    while let Some(word) = rx.recv().await {
        println!("{word}");
    }
}
\`\`\`
`;

/** What each chapter's embed prints, by the chapter's page. */
const OUTPUT = {
  'tasks.html': 'a & b: <done>\n',
  'channels.html': 'got pong\n',
  'channels/backpressure.html': 'job 1\njob 2\njob 3\njob 4\n',
  'deep/er/chapter.html': 'deep\ndown\n',
};

/** Runs a tool; a failure says what ran and what it printed. */
function run(cmd, args, options = {}) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: 'pipe', ...options });
  } catch (e) {
    assert.fail(`${cmd} ${args.join(' ')} failed (${e.code ?? `exit ${e.status}`}):\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

/**
 * Copies the CLI tests' book (crates/cli/tests/book) to a temporary folder,
 * adds DEEP_MD at src/deep/er/chapter.md, and sets book.toml's
 * [preprocessor.taskscope] to run TASKSCOPE, with `playground` as its
 * `playground-url` line (or none). Returns the book's folder.
 */
function bookCopy(playgroundUrl) {
  const dir = mkdtempSync(join(tmpdir(), 'taskscope-e2e-book-'));
  cpSync(TEST_BOOK, dir, { recursive: true });
  mkdirSync(join(dir, 'src/deep/er'), { recursive: true });
  writeFileSync(join(dir, 'src/deep/er/chapter.md'), DEEP_MD);
  writeFileSync(join(dir, 'src/SUMMARY.md'), readFileSync(join(dir, 'src/SUMMARY.md'), 'utf8') + '- [Deep](deep/er/chapter.md)\n');
  let toml = readFileSync(join(dir, 'book.toml'), 'utf8');
  assert.match(toml, /^command = "taskscope mdbook"$/m);
  assert.match(toml, /^playground-url = ".*"$/m);
  toml = toml
    .replace(/^command = "taskscope mdbook"$/m, `command = ${JSON.stringify(`${TASKSCOPE} mdbook`)}`)
    .replace(/^playground-url = ".*"\n/m, playgroundUrl ? `playground-url = ${JSON.stringify(playgroundUrl)}\n` : '');
  // mdBook's own play buttons on plain rust blocks would fetch play.rust-lang.org.
  writeFileSync(join(dir, 'book.toml'), toml + '\n[output.html.playground]\nrunnable = false\n');
  return dir;
}

let browser;
const cleanup = [];

before(async () => {
  // Fail, never skip, when a tool is missing.
  assert.ok(existsSync(TASKSCOPE), `no taskscope binary at ${TASKSCOPE}: build it with TASKSCOPE_PLAYGROUND_DIST=$PWD/dist cargo build -p taskscope-cli, or set TASKSCOPE_BIN`);
  const help = run(TASKSCOPE, ['mdbook', '--help']);
  assert.match(help, /has the web app built in/, `${TASKSCOPE} was built without the web app: build it with TASKSCOPE_PLAYGROUND_DIST=$PWD/dist (after trunk build --release)\n${help}`);
  const version = run(MDBOOK, ['--version']).trim();
  assert.match(version, /^mdbook v0\.4\./, `MDBOOK=${MDBOOK} is ${version}; the preprocessor speaks mdBook 0.4's protocol (scripts/setup installs 0.4.52)`);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  for (const f of cleanup.reverse()) await f();
});

/** Waits until an embed (a frame locator) has run its program, plays it to the end, and returns its console. */
async function playToEnd(frame) {
  await frame.locator('.app.embed[data-pending=false]').waitFor({ timeout: 20_000 });
  await frame.getByTestId('speed').selectOption('16');
  // An autoplay embed is already playing; the others play from the start.
  if ((await frame.getByTestId('play').getAttribute('aria-label')) !== 'Pause') {
    await frame.getByTestId('to-start').click();
    await frame.getByTestId('play').click();
  }
  const len = Number(await frame.getByTestId('scrubber').getAttribute('max'));
  await frame.getByTestId('scrubber').evaluate(
    (el, l) => new Promise((ok) => {
      const check = () => (el.value === String(l) ? ok() : setTimeout(check, 50));
      check();
    }),
    len,
  );
  return frame.getByTestId('console').textContent();
}

describe('a book with its own copy of the playground (no playground-url)', { timeout: 240_000 }, () => {
  let dir;
  let server;

  before(async () => {
    dir = bookCopy(null);
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    run(MDBOOK, ['build'], { cwd: dir });
    assert.ok(existsSync(join(dir, 'book/taskscope/index.html')), 'mdBook copied the app into book/taskscope/');
    server = await serve(join(dir, 'book'), [SUB_PATH, OTHER_SUB_PATH]);
    cleanup.push(() => server.close());
  });

  test('the built book holds the app, and each page points at it relative to itself', () => {
    const installed = readFileSync(join(dir, 'book/taskscope/index.html'));
    assert.ok(installed.equals(readFileSync(join(DIST, 'index.html'))), 'book/taskscope/index.html is the release build in DIST');
    for (const [page, up] of [['tasks.html', ''], ['channels/backpressure.html', '../'], ['deep/er/chapter.html', '../../']]) {
      const html = readFileSync(join(dir, 'book', page), 'utf8');
      const src = html.match(/<iframe class="taskscope-embed-frame" data-taskscope-src="([^"]*)"/)[1].replaceAll('&amp;', '&');
      assert.ok(src.startsWith(`${up}taskscope/index.html?embed=1&`), `${page}: ${src}`);
    }
    // The author's src/ gets the app in a folder marked as generated, and
    // nothing in the built book would make git skip it (a gh-pages deploy).
    assert.match(readFileSync(join(dir, 'src/taskscope/.taskscope-playground'), 'utf8'), /^Written by `taskscope mdbook`/);
    assert.ok(!existsSync(join(dir, 'book/taskscope/.gitignore')));
  });

  for (const prefix of [SUB_PATH, OTHER_SUB_PATH, '/']) {
    test(`every chapter's embed plays, served under ${prefix}`, async () => {
      const context = await browser.newContext();
      try {
        for (const [page, output] of Object.entries(OUTPUT)) {
          const tab = await context.newPage();
          const problems = watchProblems(tab);
          const appRequests = [];
          tab.on('request', (req) => {
            if (req.url().includes('/taskscope/')) appRequests.push(req.url());
          });
          await tab.goto(server.url + prefix + page);
          const frame = tab.frameLocator('iframe.taskscope-embed-frame');
          assert.equal(await playToEnd(frame), output, `${prefix}${page}`);
          // The app came from the book's own copy, under the same prefix.
          assert.ok(appRequests.length > 0 && appRequests.every((u) => u.startsWith(server.url + prefix + 'taskscope/')), appRequests.join('\n'));
          // The page's sizing script took the embed's height (520 px in book.toml before).
          await tab.waitForFunction(() => {
            const h = document.querySelector('iframe.taskscope-embed-frame').style.height;
            return h && h !== '520px';
          });
          assert.deepEqual(problems, [], `${prefix}${page}`);
          await tab.close();
        }
      } finally {
        await context.close();
      }
    });
  }

  test("mdBook's print page, at the book's root, re-points the nested chapters' embeds", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const problems = watchProblems(tab);
    await tab.goto(server.url + SUB_PATH + 'print.html');
    const frames = tab.locator('iframe.taskscope-embed-frame');
    assert.equal(await frames.count(), 4);
    for (let i = 0; i < 4; i++) {
      const src = await frames.nth(i).getAttribute('src');
      assert.ok(src.startsWith('taskscope/index.html?embed=1&'), src);
    }
    // The deep chapter's embed, last on the page.
    const deep = frames.nth(3);
    await deep.scrollIntoViewIfNeeded();
    assert.equal(await playToEnd(deep.contentFrame()), OUTPUT['deep/er/chapter.html']);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('a book that points at a hosted playground (playground-url)', { timeout: 120_000 }, () => {
  test('the embeds load the app from playground-url, and the book holds no copy', async () => {
    assert.ok(existsSync(join(DIST, 'index.html')), `no release build in ${DIST}: run trunk build --release`);
    const app = await serve(DIST, ['/tools/taskscope/']);
    cleanup.push(() => app.close());
    const dir = bookCopy(`${app.url}/tools/taskscope/`);
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    run(MDBOOK, ['build'], { cwd: dir });
    assert.ok(!existsSync(join(dir, 'src/taskscope')) && !existsSync(join(dir, 'book/taskscope')), 'nothing installed');
    const book = await serve(join(dir, 'book'), [SUB_PATH]);
    cleanup.push(() => book.close());

    const context = await browser.newContext();
    const tab = await context.newPage();
    const problems = watchProblems(tab);
    await tab.goto(book.url + SUB_PATH + 'tasks.html');
    assert.equal(await tab.locator('iframe.taskscope-embed-frame').count(), 1);
    const frame = tab.frameLocator('iframe.taskscope-embed-frame');
    await frame.locator('.app.embed[data-pending=false]').waitFor({ timeout: 20_000 });
    // Only the body of main is shown; the whole program runs.
    assert.equal(
      await frame.getByTestId('editor').inputValue(),
      '    let a = tokio::spawn(async {\n        sleep(Duration::from_millis(10)).await;\n        println!("a & b: <done>");\n    });\n    a.await.unwrap();\n',
    );
    const open = await frame.getByTestId('open-in-taskscope').getAttribute('href');
    assert.ok(open.startsWith(`${app.url}/tools/taskscope/#code=`), open);
    const whole = decodeURIComponent(open.split('#code=')[1]);
    assert.ok(whole.startsWith('use tokio::time::{sleep, Duration};\n\n#[tokio::main(flavor = "current_thread", start_paused = true)]\nasync fn main() {\n'), whole);
    await tab.waitForFunction(() => {
      const h = document.querySelector('iframe.taskscope-embed-frame').style.height;
      return h && h !== '520px';
    });
    const inner = await frame.locator('html').evaluate((el) => el.scrollHeight - el.clientHeight);
    assert.ok(inner <= 1, `the frame scrolls by ${inner}px`);
    assert.equal(await playToEnd(frame), OUTPUT['tasks.html']);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
