// Trunk post-build hook (Trunk.toml): gives the wasm's imports short names.
//
// wasm-bindgen names each JS function the wasm imports after the Rust
// item plus a 16-hex-digit hash (`__wbg_item_5b70fe58b24cf84b`). There are
// ~160 of them, written twice (the wasm's import section and the JS glue's
// import object), and the hashes do not compress: together ~4.5 KB of the
// gzipped download. This renames each one to `a`, `b`, … `z`, `A`, … in
// both files, then updates the `integrity` (SRI) hashes Trunk wrote into
// index.html, so the browser still checks what it loads.
//
// Only the import section's names change; every other byte of the wasm is
// copied as it is. A name is renamed only if it occurs in the JS glue as a
// whole word, so a glue whose shape we do not know is left alone (the hook
// then says so and fails the build rather than ship a broken page).
//
//   node scripts/short-imports.mjs [DIR]   (DIR defaults to $TRUNK_STAGING_DIR)

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) fail('no directory: pass one, or run as a Trunk hook');

const wasmName = readdirSync(dir).find((f) => f.endsWith('_bg.wasm'));
if (!wasmName) fail(`no *_bg.wasm in ${dir}`);
const jsName = wasmName.replace(/_bg\.wasm$/, '.js');
const wasmPath = join(dir, wasmName);
const jsPath = join(dir, jsName);
const htmlPath = join(dir, 'index.html');
const wasm = readFileSync(wasmPath);
const js = readFileSync(jsPath, 'utf8');

// --- reading and writing the wasm binary format ---------------------------

function readU32(buf, at) {
  let n = 0;
  let shift = 0;
  for (;;) {
    const b = buf[at++];
    if (b === undefined) fail('truncated LEB128 number in the wasm');
    n += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [n, at];
  }
}

function u32(n) {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return Buffer.from(out);
}

function readName(buf, at) {
  const [len, start] = readU32(buf, at);
  return [buf.subarray(start, start + len).toString('utf8'), start + len];
}

function name(s) {
  const bytes = Buffer.from(s, 'utf8');
  return Buffer.concat([u32(bytes.length), bytes]);
}

// The bytes of one import's description, from `at`; returns its end.
function skipImportDesc(buf, at) {
  const kind = buf[at++];
  switch (kind) {
    case 0x00: // function: type index
      return readU32(buf, at)[1];
    case 0x01: // table: reference type, limits
      return skipLimits(buf, at + 1);
    case 0x02: // memory: limits
      return skipLimits(buf, at);
    case 0x03: // global: value type, mutability
      return at + 2;
    case 0x04: // tag: attribute, type index
      return readU32(buf, at + 1)[1];
    default:
      fail(`unknown import kind 0x${kind.toString(16)} in the wasm`);
  }
}

function skipLimits(buf, at) {
  const flags = buf[at++];
  at = readU32(buf, at)[1];
  if (flags & 1) at = readU32(buf, at)[1];
  return at;
}

// --- renaming -------------------------------------------------------------

if (wasm.readUInt32LE(0) !== 0x6d736100) fail(`${wasmName} is not a wasm module`);
const sections = [];
let at = 8;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, start] = readU32(wasm, at + 1);
  sections.push({ id, start, end: start + size, head: at });
  at = start + size;
}
const imports = sections.find((s) => s.id === 2);
if (!imports) fail('the wasm has no import section');

const jsWords = new Set(js.match(/[A-Za-z_$][\w$]*/g));
const short = shortNames(jsWords);
const renamed = new Map();
const entries = [];
let [count, p] = readU32(wasm, imports.start);
for (let i = 0; i < count; i++) {
  const [module, a] = readName(wasm, p);
  const [field, b] = readName(wasm, a);
  const end = skipImportDesc(wasm, b);
  let to = field;
  if (jsWords.has(field) && field.length > 2) {
    to = renamed.get(field) ?? short.next().value;
    renamed.set(field, to);
  }
  entries.push(Buffer.concat([name(module), name(to), wasm.subarray(b, end)]));
  p = end;
}
if (p !== imports.end) fail('the import section did not parse to its end');
if (renamed.size === 0) fail(`no import of ${wasmName} is named in ${jsName}`);

const body = Buffer.concat([u32(count), ...entries]);
const newWasm = Buffer.concat([
  wasm.subarray(0, imports.head),
  Buffer.from([2]), u32(body.length), body,
  wasm.subarray(imports.end),
]);

let newJs = js;
for (const [from, to] of renamed) {
  const word = new RegExp(`(?<![\\w$])${from.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
  const before = newJs;
  newJs = newJs.replace(word, to);
  if (newJs === before) fail(`${from} vanished from ${jsName}`);
}

// --- SRI ------------------------------------------------------------------

let html = readFileSync(htmlPath, 'utf8');
for (const [old, now] of [[wasm, newWasm], [Buffer.from(js), Buffer.from(newJs)]]) {
  for (const alg of ['sha256', 'sha384', 'sha512']) {
    const before = `${alg}-${createHash(alg).update(old).digest('base64')}`;
    html = html.split(before).join(`${alg}-${createHash(alg).update(now).digest('base64')}`);
  }
}

writeFileSync(wasmPath, newWasm);
writeFileSync(jsPath, newJs);
writeFileSync(htmlPath, html);
console.log(`short-imports: ${renamed.size} imports renamed; ${wasmName} ${wasm.length} -> ${newWasm.length} bytes, ${jsName} ${js.length} -> ${newJs.length} bytes`);

// a, b, …, z, A, …, Z, then aa, ab, …: skipping words the JS already uses.
function* shortNames(taken) {
  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let len = 1; ; len++) {
    const idx = new Array(len).fill(0);
    for (;;) {
      const s = idx.map((i) => chars[i]).join('');
      if (!taken.has(s)) yield s;
      let k = len - 1;
      while (k >= 0 && ++idx[k] === chars.length) idx[k--] = 0;
      if (k < 0) break;
    }
  }
}

function fail(msg) {
  console.error(`short-imports: ${msg}`);
  process.exit(1);
}
