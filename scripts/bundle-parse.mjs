// `srok parse` as one bundle: the light entry of the reader (dist/src/cli/parse-main.js) and
// the packages it uses, joined by esbuild into dist/parse/, so that reading one document does
// not resolve and load some 240 module files first. Formats met rarely (PDF, .doc, mail) stay
// in chunks of their own, loaded when a document needs them; pdfjs-dist and sharp stay
// outside the bundle (they find their own data and binaries next to their package).
// Run by `npm run build` after tsc; without esbuild (a production install) the CLI runs the
// unbundled entry, which reads the same.
import { rm } from 'node:fs/promises';

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.log('bundle-parse: esbuild is not installed; srok parse runs the unbundled entry');
  process.exit(0);
}
await rm('dist/parse', { recursive: true, force: true });
await esbuild.build({
  entryPoints: { 'parse-main': 'dist/src/cli/parse-main.js' },
  outdir: 'dist/parse',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['sharp', 'pdfjs-dist', 'pdfjs-dist/*'],
  // CommonJS packages inside an ES module bundle still call require().
  banner: { js: "import { createRequire as __srokRequire } from 'node:module'; const require = __srokRequire(import.meta.url);" },
  minify: true,
  logLevel: 'warning',
});
