#!/usr/bin/env node
// The installed CLI runs the compiled code; `npm ci` builds it (the `prepare` script).
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// Node 22.1 and later keep the compiled code of srok's modules between starts (in the system's
// temporary folder); Node 20 has no such cache and starts as before.
if (typeof module.enableCompileCache === 'function') {
  try {
    module.enableCompileCache();
  } catch {
    // A start without the cache is only slower.
  }
}

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('srok: dist/ is missing; run `npm run build` (or `npm ci`) first.\n');
  process.exit(2);
}
const args = process.argv.slice(2);
// `srok parse FILE` loads only the reader: a separate light entry, the same command, bundled
// into one file by `npm run build` (dist/parse/) where esbuild was there to do it.
if (args[0] === 'parse' && !args.includes('--help') && !args.includes('-h')) {
  const bundled = new URL('../dist/parse/parse-main.js', import.meta.url);
  const light = existsSync(fileURLToPath(bundled)) ? bundled : new URL('../dist/src/cli/parse-main.js', import.meta.url);
  const { mainParse } = await import(light.href);
  process.exitCode = await mainParse(args);
} else {
  const { main } = await import(entry.href);
  process.exitCode = await main(args);
}
