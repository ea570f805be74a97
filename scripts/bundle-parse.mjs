// `srok parse` as one bundle: the light entry of the reader (dist/src/cli/parse-main.js) and
// the packages it uses, joined by esbuild into dist/parse/, so that reading one document does
// not resolve and load some 240 module files first. Formats met rarely (PDF, .doc, mail) stay
// in chunks of their own, loaded when a document needs them, and so does the full reading and
// checking of the config (YAML, zod), which a start with the config cache skips; pdfjs-dist and
// sharp stay outside the bundle (they find their own data and binaries next to their package),
// and so does iconv-lite, whose code pages Node loads one by one when a document needs them
// (bundled, all of them would be compiled at every start). Of snowball-stemmers the bundle keeps
// the Russian stemmer alone (the only one srok uses), checked here to stem as the package does.
// Run by `npm run build` after tsc; without esbuild (a production install) the CLI runs the
// unbundled entry, which reads the same. `node scripts/bundle-parse.mjs --report` prints what
// each output file holds, largest first.
import { readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';

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

// Resolvable from dist/parse/ through the project's node_modules, as pdfjs-dist and sharp are.
createRequire(import.meta.url).resolve('iconv-lite');

await rm('dist/parse', { recursive: true, force: true });
const result = await esbuild.build({
  entryPoints: { 'parse-main': 'dist/src/cli/parse-main.js' },
  outdir: 'dist/parse',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['sharp', 'pdfjs-dist', 'pdfjs-dist/*', 'iconv-lite'],
  plugins: [onlyRussianStemmer],
  // CommonJS packages inside an ES module bundle still call require().
  banner: { js: "import { createRequire as __srokRequire } from 'node:module'; const require = __srokRequire(import.meta.url);" },
  minify: true,
  metafile: process.argv.includes('--report'),
  logLevel: 'warning',
});

if (result.metafile) {
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
