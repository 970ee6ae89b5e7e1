// Launches Debian's headless Chromium for the e2e tests and the benchmark.
import { chromium } from 'playwright-core';

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

/** A new headless Chromium with the project's flags. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Collects what a page reports going wrong: console errors, uncaught
 * exceptions, failed requests (except those the browser cancelled) and
 * 4xx/5xx responses. Tests assert the list stays empty.
 */
export function watchProblems(page) {
  const problems = [];
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('requestfailed', (req) => {
    const why = req.failure()?.errorText;
    // Cancelled by the browser, e.g. the favicon still loading when a test
    // reloads the page. A missing or broken file shows as a 4xx/5xx
    // response (below) or as another network error.
    if (why === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${req.url()} ${why}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return problems;
}

/**
 * Opens the app at `url` in a new page of `browser` with a viewport, colour
 * scheme and motion preference, and waits until Yew has rendered the editor
 * and the program it opens has run.
 */
export async function openApp(browser, url, { width = 1280, height = 800, colorScheme = 'light', reducedMotion = 'no-preference' } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  const problems = watchProblems(page);
  await page.emulateMedia({ colorScheme, reducedMotion });
  await page.goto(url);
  await page.getByTestId('editor').waitFor({ timeout: 15_000 });
  // The program the page opens runs once the page is up, in the worker.
  await page.locator('[data-testid=app][data-pending=false]').waitFor({ timeout: 15_000 });
  return { page, problems };
}

/** The number of the run on screen (the app's `data-run-id`). */
export const runId = (page) => page.getByTestId('app').getAttribute('data-run-id').then(Number);

/**
 * Replaces the program in the editor and waits for the run of the new text.
 * Runs arrive from a worker (src/worker.rs): `fill` clears, then inserts,
 * and the run of the cleared text may arrive first, so this waits until no
 * run is pending (`data-pending`), which only the last text's run ends.
 */
export async function setProgram(page, text, { timeout = 30_000 } = {}) {
  const before = await runId(page);
  await page.getByTestId('editor').fill(text);
  await page.waitForFunction(
    (n) => {
      const app = document.querySelector('[data-testid=app]');
      return Number(app.dataset.runId) > n && app.dataset.pending === 'false';
    },
    before,
    { timeout },
  );
}

/** Chooses an example in the menu and waits for its run. */
export async function selectExample(page, name) {
  const before = await runId(page);
  await page.getByTestId('examples').selectOption(name);
  await page.waitForFunction(
    (n) => {
      const app = document.querySelector('[data-testid=app]');
      return Number(app.dataset.runId) > n && app.dataset.pending === 'false';
    },
    before,
    { timeout: 15_000 },
  );
}
