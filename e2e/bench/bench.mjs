// Taskscope's performance benchmark, in headless Chromium against the
// release build. One command, from the repository root:
//
//   trunk build --release && node e2e/bench/bench.mjs        (DIST=..., ROUNDS=...)
//
// It measures and prints (and writes to target/bench-results.json):
//
// 1. size: the release wasm + JS + CSS, gzipped (-9), against the 400 KB budget;
// 2. edit-to-update latency for every example: from dispatching an `input`
//    event on the editor to the page reflecting the new run, which includes
//    the round trip to the run worker (src/worker.rs). The page bumps
//    `data-run-id` on its root per run; a MutationObserver sees the change,
//    forces style and layout (so their cost counts), and takes the time.
//    "frame" is the time to the next animation frame after that, i.e. until
//    the browser could paint. Median and max over ROUNDS edits per example;
//    the budget is 16 ms;
// 3. frame times while playing a generated program with 100 tasks and 1,000
//    messages, ~3 s at each of several speeds, from requestAnimationFrame
//    timestamps in the page (budget: no frame over 16.7 ms, i.e. 60 Hz: no
//    dropped frame, an interval of two vsyncs or more), and the main
//    thread's busy time over those 3 s from Chromium's Performance metrics;
// 4. bench/heavy.rs, a program of about 1,000,000 events: how long its run
//    takes (in the worker), and the longest main-thread task (Chromium's
//    'longtask' entries, budget 50 ms) and frame while it is typed into.
import { launchChromium } from '../tests/browser.mjs';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { serve } from '../tests/server.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const DIST = resolve(process.env.DIST ?? join(ROOT, 'dist'));
const ROUNDS = Number(process.env.ROUNDS ?? 15);

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
};
const ms = (x) => `${x.toFixed(1)} ms`;

/** A program with `tasks` producers sending `messages` values in all. */
export function stressProgram(tasks = 100, messages = 1000) {
  const each = Math.ceil(messages / tasks);
  return `use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(16);
    for t in 0..${tasks} {
        let tx = tx.clone();
        tokio::spawn(async move {
            for i in 0..${each} {
                tx.send(t * ${each} + i).await.unwrap();
            }
        });
    }
    drop(tx);
    let mut count = 0;
    while let Some(_v) = rx.recv().await {
        count += 1;
    }
    println!("{} messages", count);
}
`;
}

/** About 1,000,000 events (the page's cap). */
const HEAVY = readFileSync(new URL('../../bench/heavy.rs', import.meta.url), 'utf8');

/** In the page: time `rounds` edits of the editor, each to the page update. */
function timeEdits(rounds) {
  const area = document.querySelector('[data-testid=editor]');
  const app = document.querySelector('[data-testid=app]');
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  return (async () => {
    const dom = [];
    const frame = [];
    const run = [];
    for (let i = 0; i < rounds; i++) {
      await nextFrame();
      const before = app.dataset.runId;
      const updated = new Promise((resolve) => {
        const mo = new MutationObserver(() => {
          if (app.dataset.runId !== before) {
            mo.disconnect();
            void document.body.offsetHeight; // style + layout
            resolve(performance.now());
          }
        });
        mo.observe(app, { attributes: true });
      });
      const t0 = performance.now();
      // Alternate: add a space, take it away; the program stays valid.
      area.value = i % 2 ? area.value.slice(0, -1) : area.value + ' ';
      area.dispatchEvent(new Event('input', { bubbles: true }));
      const t1 = await updated;
      const t2 = await nextFrame();
      dom.push(t1 - t0);
      frame.push(t2 - t0);
      run.push(Number(app.dataset.runMs));
    }
    return { dom, frame, run };
  })();
}

/** In the page: rAF timestamps for `seconds`, as frame durations. */
function frameTimes(seconds) {
  return new Promise((resolve) => {
    const stamps = [];
    const step = (t) => {
      stamps.push(t);
      if (t - stamps[0] < seconds * 1000) requestAnimationFrame(step);
      else resolve(stamps.slice(1).map((t, i) => t - stamps[i]));
    };
    requestAnimationFrame(step);
  });
}

async function setProgram(page, text) {
  const before = Number(await page.getByTestId('app').getAttribute('data-run-id'));
  await page.getByTestId('editor').fill(text);
  // The run of the last text ends the pending state (src/worker.rs).
  await page.waitForFunction(
    (n) => {
      const app = document.querySelector('[data-testid=app]');
      return Number(app.dataset.runId) > n && app.dataset.pending === 'false';
    },
    before,
    { timeout: 60_000 },
  );
}

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`no release build in ${DIST}: run trunk build --release`);
  const results = { date: new Date().toISOString() };

  // 1. Size.
  const files = readdirSync(DIST).filter((f) => /\.(wasm|js|css)$/.test(f));
  const size = Object.fromEntries(files.map((f) => [f, { raw: readFileSync(join(DIST, f)).length, gzip: gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length }]));
  const total = Object.values(size).reduce((a, s) => a + s.gzip, 0);
  results.size = { files: size, gzipTotal: total, budget: 400_000 };
  console.log(`size: ${files.map((f) => `${f} ${(size[f].gzip / 1024).toFixed(1)} KB`).join(', ')}; wasm + JS + CSS gzipped ${total} bytes (budget 400,000)`);

  const server = await serve(DIST);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(server.url + '/');
    await page.getByTestId('editor').waitFor({ timeout: 15_000 });

    // 2. Edit-to-update latency, every example.
    const examples = await page.$$eval('[data-testid=examples] option', (os) => os.map((o) => o.value).filter(Boolean));
    const latency = {};
    const allDom = [];
    const allFrame = [];
    console.log(`\nedit-to-update latency (${ROUNDS} edits each): page updated (DOM + layout) / next frame / engine run`);
    for (const name of examples) {
      await page.getByTestId('examples').selectOption(name);
      await page.waitForFunction((file) => document.querySelector('[data-testid=editor]').value.length > 0 && document.querySelector('[data-testid=app]').dataset.pending === 'false', name);
      await page.evaluate(timeEdits, 2); // warm up
      const r = await page.evaluate(timeEdits, ROUNDS);
      latency[name] = { dom: stats(r.dom), frame: stats(r.frame), run: stats(r.run) };
      allDom.push(...r.dom);
      allFrame.push(...r.frame);
      const l = latency[name];
      console.log(
        `  ${name.padEnd(26)} median ${ms(l.dom.median).padStart(8)} max ${ms(l.dom.max).padStart(8)} | frame median ${ms(l.frame.median).padStart(8)} max ${ms(l.frame.max).padStart(8)} | run median ${ms(l.run.median)}`,
      );
    }
    const dom = stats(allDom);
    const frame = stats(allFrame);
    const medians = examples.map((n) => latency[n].dom.median);
    results.latency = { perExample: latency, all: { dom, frame }, worstMedian: Math.max(...medians) };
    console.log(
      `  all: page updated median ${ms(dom.median)}, p95 ${ms(dom.p95)}, max ${ms(dom.max)}; worst per-example median ${ms(Math.max(...medians))}; ` +
        `next frame median ${ms(frame.median)}, max ${ms(frame.max)}`,
    );

    // 3. Playback frames with 100 tasks and 1,000 messages.
    await setProgram(page, stressProgram(100, 1000));
    const events = Number(await page.getByTestId('scrubber').getAttribute('max'));
    const lanes = await page.locator('[data-testid=task-lane]').count();
    console.log(`\nplayback of 100 tasks / 1,000 messages (${events} events, ${lanes} lanes drawn), rAF frame times for ~3 s:`);
    results.playback = { events, lanes, speeds: {} };
    // Main-thread work, from Chromium's own counters: steadier than frame
    // intervals on a loaded machine, so it shows a change in cost that
    // drops only a frame or two.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    for (const speed of ['1', '8', '64']) {
      await page.getByTestId('speed').selectOption(speed);
      await page.getByTestId('to-start').click();
      await page.getByTestId('scrubber').fill(String(Math.floor(events / 3)));
      const before = await metrics();
      await page.getByTestId('play').click();
      const times = await page.evaluate(frameTimes, 3);
      await page.getByTestId('play').click();
      const after = await metrics();
      const busy = (k) => (after[k] - before[k]) * 1000;
      const work = { task: busy('TaskDuration'), script: busy('ScriptDuration'), layout: busy('LayoutDuration'), style: busy('RecalcStyleDuration') };
      const s = stats(times);
      // rAF timestamps jitter around the 16.7 ms vsync interval (16.6,
      // 16.8, ...): a frame the page missed shows as an interval of two
      // vsyncs or more, so count intervals over 1.5 of them.
      const dropped = times.filter((t) => t > 25).length;
      results.playback.speeds[speed] = { ...s, dropped, work };
      console.log(`  ${speed.padStart(3)}×: ${s.n} frames, median ${ms(s.median)}, p95 ${ms(s.p95)}, max ${ms(s.max)}, ${dropped} dropped (interval > 25 ms)`);
      console.log(`       main thread busy ${ms(work.task)} (script ${ms(work.script)}, layout ${ms(work.layout)}, style ${ms(work.style)})`);
    }
    // Idle page, for reference: what headless Chromium's frame clock gives.
    const idle = stats(await page.evaluate(frameTimes, 1));
    results.playback.idle = idle;
    console.log(`  idle page for reference: median ${ms(idle.median)}, max ${ms(idle.max)}`);

    // 4. A million events.
    const t0 = Date.now();
    await setProgram(page, HEAVY);
    await page.waitForFunction(() => document.querySelector('[data-testid=app]').dataset.pending === 'false', null, { timeout: 60_000 });
    const setMs = Date.now() - t0;
    const status = await page.getByTestId('status').textContent();
    const runMs = Number(await page.getByTestId('app').getAttribute('data-run-ms'));
    const runEvents = Number(await page.getByTestId('scrubber').getAttribute('max'));
    await page.evaluate(() => {
      window.__frames = [];
      window.__longTasks = [];
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
      let last = performance.now();
      const step = (t) => {
        window.__frames.push(t - last);
        last = t;
        if (!window.__stop) requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
    // Type into it (every key supersedes the run in progress), then wait
    // for the last run to be shown.
    const editor = page.getByTestId('editor');
    await editor.focus();
    await page.keyboard.press('Control+End');
    const before = Number(await page.getByTestId('app').getAttribute('data-run-id'));
    await page.keyboard.type('// more', { delay: 100 });
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid=app]').dataset.runId) > n, before, { timeout: 60_000 });
    await page.waitForTimeout(300);
    const { longest, longestTask, tasks } = await page.evaluate(() => {
      window.__stop = true;
      return { longest: Math.max(...window.__frames.slice(1)), longestTask: Math.max(0, ...window.__longTasks), tasks: window.__longTasks.length };
    });
    results.heavy = { status, runMs, events: runEvents, longestFrame: longest, longestTask, longTasks: tasks, fillToUpdateMs: setMs };
    console.log(
      `\nbench/heavy.rs: "${status}", run ${ms(runMs)} in the worker, ${runEvents} events, shown ${setMs} ms after the edit; ` +
        `while typing into it: longest main-thread task ${ms(longestTask)} (${tasks} over 50 ms; budget: none), longest frame ${ms(longest)}`,
    );
    if (problems.length) console.log(`\npage problems: ${problems.join('; ')}`);
    results.problems = problems;
  } finally {
    await browser.close();
    await server.close();
  }
  mkdirSync(join(ROOT, 'target'), { recursive: true });
  writeFileSync(join(ROOT, 'target/bench-results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log('\nwritten: target/bench-results.json');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
