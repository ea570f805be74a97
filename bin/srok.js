#!/usr/bin/env node
// The installed CLI runs the compiled code; `npm ci` builds it (the `prepare` script).
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

// Node 22.1 and later keep the compiled code of srok's modules between starts (in the system's
// temporary folder); Node 20 has no such cache and starts as before.
if (typeof module.enableCompileCache === 'function') {
  try {
    module.enableCompileCache();
  } catch {
    // A start without the cache is only slower.
  }
}

/**
 * The reader runs some 280 regular expressions, most of them a few dozen times in one
 * `srok parse`. V8 first runs each in its interpreter (compiled to bytecode) and compiles
 * it again to machine code at its second run; compiled straight to machine code, a parse
 * of a 10-page protocol takes some 50 ms less CPU, and matches exactly the same. The flag
 * is V8's since Node 14 (Node 20 to 24 carry V8 11 to 13); V8 would report a flag it does
 * not know on stderr, so a later Node keeps its default until it is checked there.
 */
function compileRegExpsOnce() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 20 || major > 24) return;
  try {
    v8.setFlagsFromString('--no-regexp-tier-up');
  } catch {
    // Matching is the same either way, only slower.
  }
}

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('srok: dist/ is missing; run `npm run build` (or `npm ci`) first.\n');
  process.exit(2);
}
const args = process.argv.slice(2);
// `srok parse FILE` and `srok show REF` load only what they use: light entries of the same
// commands, bundled by `npm run build` (dist/parse/, dist/show/) where esbuild was there to do it.
const LIGHT = {
  parse: ['../dist/parse/parse-main.js', '../dist/src/cli/parse-main.js', 'mainParse'],
  show: ['../dist/show/show-main.js', '../dist/src/cli/show-main.js', 'mainShow'],
};
const light = Object.hasOwn(LIGHT, args[0] ?? '') && !args.includes('--help') && !args.includes('-h') ? LIGHT[args[0]] : null;
if (light) {
  const [bundledPath, plainPath, name] = light;
  if (args[0] === 'parse') compileRegExpsOnce();
  const bundled = new URL(bundledPath, import.meta.url);
  const entryUrl = existsSync(fileURLToPath(bundled)) ? bundled : new URL(plainPath, import.meta.url);
  const run = (await import(entryUrl.href))[name];
  process.exitCode = await run(args);
} else {
  const { main } = await import(entry.href);
  process.exitCode = await main(args);
}
