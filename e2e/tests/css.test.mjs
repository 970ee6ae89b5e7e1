// The stylesheets the build ships are static/*.css with comments and
// insignificant whitespace taken out (scripts/strip-css-comments, Trunk's
// pre-build hook). Chromium must parse each shipped file into exactly the
// rules of its source: same selectors, same declarations, same values.
//
//   DIST=$PWD/dist node --test e2e/tests/css.test.mjs   (from the repo root)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from './browser.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const DIST = resolve(process.env.DIST ?? join(ROOT, 'dist'));
const STATIC = join(ROOT, 'static');

let browser;

before(async () => {
  assert.ok(existsSync(join(DIST, 'index.html')), `no release build in ${DIST}: run trunk build --release`);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

test('every shipped stylesheet parses into the rules of its source', async () => {
  const page = await browser.newPage();
  const names = readdirSync(STATIC).filter((n) => n.endsWith('.css'));
  assert.ok(names.length >= 3, `stylesheets in ${STATIC}: ${names}`);
  for (const name of names) {
    const stem = name.slice(0, -'.css'.length);
    const shipped = readdirSync(DIST).filter((n) => n.startsWith(`${stem}-`) && n.endsWith('.css'));
    assert.equal(shipped.length, 1, `one ${stem}-*.css in ${DIST}: ${shipped}`);
    const source = readFileSync(join(STATIC, name), 'utf8');
    const built = readFileSync(join(DIST, shipped[0]), 'utf8');
    assert.ok(built.length < source.length, `${shipped[0]} is smaller than ${name}`);
    // Every rule as Chromium serializes it, nested rules (@media) included.
    // A custom property keeps its value's tokens as written, so the spaces
    // after its commas (a font list) are not compared.
    const [want, got] = await page.evaluate(([a, b]) => {
      const rules = (text) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        const out = [];
        const walk = (list) => {
          for (const r of list) {
            out.push(r.cssText.replace(/,\s+/g, ','));
            if (r.cssRules) walk(r.cssRules);
          }
        };
        walk(sheet.cssRules);
        return out;
      };
      return [rules(a), rules(b)];
    }, [source, built]);
    assert.ok(want.length > 20, `${name}: ${want.length} rules`);
    assert.deepEqual(got, want, `${shipped[0]} parses as ${name}`);
  }
  await page.close();
});
