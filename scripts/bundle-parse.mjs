// `srok parse` as one bundle: the light entry of the reader (dist/src/cli/parse-main.js) and
// the packages it uses, joined by esbuild into dist/parse/, so that reading one document does
// not resolve and load some 240 module files first. Formats met rarely (PDF, .doc, mail) stay
// in chunks of their own, loaded when a document needs them, and so does the full reading and
// checking of the config (YAML, zod), which a start with the config cache skips; pdfjs-dist and
// sharp stay outside the bundle (they find their own data and binaries next to their package),
// and so does iconv-lite, whose code pages Node loads one by one when a document needs them
// (bundled, all of them would be compiled at every start). Of snowball-stemmers the bundle keeps
// the Russian stemmer alone (the only one srok uses), checked here to stem as the package does,
// and of zod's locales the English one it is configured with.
// `srok show REF` is bundled the same way into dist/show/, leaving out every module of srok's
// whose exports it does not use (ownModulesArePure).
// Run by `npm run build` after tsc; without esbuild (a production install) the CLI runs the
// unbundled entry, which reads the same. `node scripts/bundle-parse.mjs --report` prints what
// each output file holds, largest first.
import { readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { sep } from 'node:path';

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.log('bundle-parse: esbuild is not installed; srok parse runs the unbundled entry');
  process.exit(0);
}

/** snowball-stemmers.js without the other 23 languages; null when its layout is not the one expected. */
function russianOnly(source) {
  const start = source.indexOf('    var arabicStemmer = function (');
  const russian = source.indexOf('    var russianStemmer = function (');
  const after = source.indexOf('    var sloveneStemmer = function (');
  const factory = source.indexOf('    function newStemmer(lng) {');
  const map = /var stemMap = \{[^}]*\};/.exec(source);
  const list = /function algorithms\(\) \{\s*return \[[^\]]*\];/.exec(source);
  if (!(start > 0 && start < russian && russian < after && after < factory) || !map || !list) return null;
  return (source.slice(0, start) + source.slice(russian, after) + source.slice(factory))
    .replace(map[0], 'var stemMap = { russian: russianStemmer };')
    .replace(list[0], "function algorithms() {\n        return ['russian'];");
}

/** The trimmed stemmer stems these words exactly as the package does, or the build stops. */
function checkStemmer(trimmed, original) {
  const load = (code) => {
    const module = { exports: {} };
    new Function('exports', 'module', 'define', code)(module.exports, module, undefined);
    return module.exports.newStemmer('russian');
  };
  const a = load(trimmed);
  const b = load(original);
  const words = ['министерству', 'министерством', 'органы', 'органам', 'администрации', 'городского', 'округа', 'обеспечить', 'представить', 'информацию', 'департаменту', 'здравоохранения', 'югры', 'предприятиям', 'учреждениях', 'поручения', 'исполнителям'];
  for (const w of words) if (a.stem(w) !== b.stem(w)) throw new Error(`bundle-parse: the trimmed Russian stemmer stems «${w}» as «${a.stem(w)}», the package as «${b.stem(w)}»`);
}

const onlyRussianStemmer = {
  name: 'only-russian-stemmer',
  setup(build) {
    build.onLoad({ filter: /snowball-stemmers[\\/]snowball-stemmers\.js$/ }, async (args) => {
      const original = await readFile(args.path, 'utf8');
      const trimmed = russianOnly(original);
      if (trimmed === null) {
        console.log('bundle-parse: snowball-stemmers has another layout; bundling it whole');
        return { contents: original, loader: 'js' };
      }
      checkStemmer(trimmed, original);
      return { contents: trimmed, loader: 'js' };
    });
  },
};

/** zod's messages in English only, the language srok's code reads them in; the other 40 locales are never configured. */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onLoad({ filter: /zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({ contents: 'export { default as en } from "./en.js";', loader: 'js' }));
  },
};

// Resolvable from dist/parse/ through the project's node_modules, as pdfjs-dist and sharp are.
createRequire(import.meta.url).resolve('iconv-lite');
createRequire(import.meta.url).resolve('pino');

const common = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS packages inside an ES module bundle still call require().
  banner: { js: "import { createRequire as __srokRequire } from 'node:module'; const require = __srokRequire(import.meta.url);" },
  minify: true,
  charset: 'utf8',
  metafile: process.argv.includes('--report') || process.argv.includes('--metafile'),
  logLevel: 'warning',
};

/**
 * srok's own modules hold functions and constants, nothing that acts when imported; so a
 * module none of whose exports a command uses is left out of its bundle, and with it what
 * that module imports (srok show reaches the follow-up core, whose other functions send
 * mail and schedule jobs).
 */
const ownModulesArePure = {
  name: 'own-modules-are-pure',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (!args.importer.includes(`${sep}dist${sep}src${sep}`) || args.pluginData === 'resolving') return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'resolving' });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return { ...resolved, sideEffects: resolved.path.includes(`${sep}dist${sep}src${sep}`) ? false : resolved.sideEffects };
    });
  },
};

await rm('dist/parse', { recursive: true, force: true });
await rm('dist/show', { recursive: true, force: true });
const outputs = [
  await esbuild.build({
    ...common,
    entryPoints: { 'parse-main': 'dist/src/cli/parse-main.js' },
    outdir: 'dist/parse',
    external: ['sharp', 'pdfjs-dist', 'pdfjs-dist/*', 'iconv-lite'],
    plugins: [onlyRussianStemmer, zodEnglishOnly],
  }),
  await esbuild.build({
    ...common,
    entryPoints: { 'show-main': 'dist/src/cli/show-main.js' },
    outdir: 'dist/show',
    // pino finds its worker files next to its package; the rest as for parse.
    external: ['sharp', 'pdfjs-dist', 'pdfjs-dist/*', 'iconv-lite', 'pino', 'pino-pretty'],
    plugins: [onlyRussianStemmer, zodEnglishOnly, ownModulesArePure],
  }),
];

if (process.argv.includes('--metafile')) {
  const { writeFile } = await import('node:fs/promises');
  await writeFile('dist/bundle-meta.json', JSON.stringify(outputs.map((o) => o.metafile)));
}
for (const result of outputs) {
  if (!result.metafile || !process.argv.includes('--report')) continue;
  for (const [file, output] of Object.entries(result.metafile.outputs).sort((a, b) => b[1].bytes - a[1].bytes)) {
    const inputs = Object.entries(output.inputs)
      .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
      .slice(0, 8)
      .map(([path, input]) => `${path.replace(/^node_modules\//, '')} ${(input.bytesInOutput / 1024).toFixed(0)} KiB`);
    const statics = output.imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => i.path.replace(/^.*\//, ''));
    console.log(`${file} ${(output.bytes / 1024).toFixed(0)} KiB${statics.length > 0 ? `; loads ${statics.join(', ')}` : ''}`);
    console.log(`  ${inputs.join('; ')}`);
  }
}
