import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import mjml2html from 'mjml';
import { minifyMailHtml } from './minify-html.js';
import { escapeHtml } from './escape.js';
import { compileTemplate, parseTemplate, type RenderTemplate } from './template.js';
import { TemplateError } from './template-error.js';
import { MAIL_KINDS, type MailKind } from './types.js';
import { VIEW_NAMES } from './view.js';

/**
 * email-templates/ compiled once, at start: per kind `<kind>.mjml` (HTML, sharing
 * partials/*.mjml through <mj-include>) and `<kind>.txt` (the text part, sharing
 * partials/*.txt through {{> name}}). MJML costs ~10 ms a call, so it runs here and
 * never per mail: its output keeps the {{…}} tags, and the HTML is split at them.
 *
 * Everything a template can get wrong is reported here with its file and line: MJML
 * validation (strict), mj-* tags left open, includes that point nowhere, sections left
 * open, and names no view has.
 */

export interface CompiledKind {
  html: RenderTemplate;
  text: RenderTemplate;
}

export type CompiledTemplates = Record<MailKind, CompiledKind>;

export async function compileTemplates(dir: string): Promise<CompiledTemplates> {
  const root = path.resolve(dir);
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory()) throw new TemplateError(root, null, '— не папка шаблонов писем; укажите в templatesDir папку email-templates/');
  const checked = new Set<string>();
  const entries = await Promise.all(
    MAIL_KINDS.map(async (kind): Promise<[MailKind, CompiledKind]> => [kind, { html: await compileMjml(root, kind, checked), text: await compileText(root, kind) }]),
  );
  return Object.fromEntries(entries) as CompiledTemplates;
}

async function readTemplate(file: string, kind: MailKind | null): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    const why = kind === null ? 'файл не читается; проверьте права доступа к нему' : `файла нет; для каждого вида писем нужны ${kind}.mjml и ${kind}.txt`;
    throw new TemplateError(file, null, why);
  }
}

// ——— HTML ———

async function compileMjml(root: string, kind: MailKind, checked: Set<string>): Promise<RenderTemplate> {
  const file = path.join(root, `${kind}.mjml`);
  const source = await readTemplate(file, kind);
  await checkMjmlFile(root, file, source, checked, []);

  let html: string;
  try {
    const result = await mjml2html(source, { filePath: file, ignoreIncludes: false, validationLevel: 'strict', keepComments: false });
    // MJML indents its output and repeats what no client needs (minify-html.ts). Placeholders
    // are not filled yet, so values keep their spaces.
    html = minifyMailHtml(result.html);
  } catch (error) {
    throw mjmlError(file, error);
  }
  try {
    return compileTemplate(html, { file, escape: escapeHtml, known: VIEW_NAMES });
  } catch (error) {
    if (error instanceof TemplateError) throw new TemplateError(file, null, `после компиляции MJML: ${error.reason} (MJML переписывает атрибуты style; не ставьте в них теги {{…}})`);
    throw error;
  }
}

/** Tags, includes and placeholders of one .mjml file and, once each, of the files it includes. */
async function checkMjmlFile(root: string, file: string, source: string, checked: Set<string>, chain: string[]): Promise<void> {
  if (chain.includes(file)) throw new TemplateError(file, null, `включает сам себя: ${chain.map((f) => path.relative(root, f)).join(' → ')}; уберите одно из включений`);
  if (checked.has(file)) return;
  parseTemplate(source, { file, escape: escapeHtml, known: VIEW_NAMES, strict: true });
  const text = blankComments(source);
  checkMjmlTags(file, text);

  for (const include of includesOf(text)) {
    const target = path.resolve(path.dirname(file), include.path);
    if (path.relative(root, target).startsWith('..')) {
      throw new TemplateError(file, include.line, `<mj-include path="${include.path}"> указывает за пределы ${root}; держите общие части внутри папки шаблонов`);
    }
    let partial: string;
    try {
      partial = await readFile(target, 'utf8');
    } catch {
      throw new TemplateError(file, include.line, `<mj-include path="${include.path}">: ${target} не читается; проверьте путь (он считается от этого файла)`);
    }
    await checkMjmlFile(root, target, partial, checked, [...chain, file]);
  }
  checked.add(file);
}

/** Comments become blank text of the same lines, so later line numbers stay right. */
function blankComments(source: string): string {
  return source.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

function lineAt(source: string, index: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < index; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

const MJ_TAG = /<(\/?)(mjml|mj-[a-z-]+)\b[^>]*?(\/?)>/g;

/** MJML's own parser accepts an unclosed tag silently and renders something else; this does not. */
function checkMjmlTags(file: string, source: string): void {
  const open: Array<{ name: string; line: number }> = [];
  MJ_TAG.lastIndex = 0;
  for (let m = MJ_TAG.exec(source); m !== null; m = MJ_TAG.exec(source)) {
    const [, closing, name = '', selfClosing] = m;
    if (selfClosing) continue;
    const line = lineAt(source, m.index);
    if (!closing) {
      open.push({ name, line });
      continue;
    }
    const top = open.pop();
    if (!top) throw new TemplateError(file, line, `</${name}> ничего не закрывает; уберите его или добавьте открывающий <${name}>`);
    if (top.name !== name) throw new TemplateError(file, line, `</${name}> стоит там, где должен закрыться <${top.name}> (строка ${top.line}); сначала добавьте </${top.name}>`);
  }
  const unclosed = open.pop();
  if (unclosed) throw new TemplateError(file, unclosed.line, `<${unclosed.name}> нигде не закрыт; добавьте </${unclosed.name}>`);
}

function includesOf(source: string): Array<{ path: string; line: number }> {
  const out: Array<{ path: string; line: number }> = [];
  const INCLUDE = /<mj-include\b[^>]*?\bpath\s*=\s*(["'])(.*?)\1[^>]*>/g;
  for (let m = INCLUDE.exec(source); m !== null; m = INCLUDE.exec(source)) {
    out.push({ path: m[2] ?? '', line: lineAt(source, m.index) });
  }
  return out;
}

interface MjmlValidationIssue {
  line?: number;
  message?: string;
  formattedMessage?: string;
}

/** MJML's validation error, with the file it names (a partial's, when the problem is in one) and its line. */
function mjmlError(file: string, error: unknown): TemplateError {
  const issues: MjmlValidationIssue[] =
    typeof error === 'object' && error !== null && Array.isArray((error as { errors?: unknown }).errors) ? ((error as { errors: MjmlValidationIssue[] }).errors) : [];
  const first = issues[0];
  if (!first) return new TemplateError(file, null, `MJML не может скомпилировать файл: ${error instanceof Error ? error.message : String(error)}`);
  const named = /^Line \d+ of (.+?\.mjml)\b/.exec(first.formattedMessage ?? '');
  const where = named?.[1] ?? file;
  const reasons = issues.map((issue) => issue.formattedMessage ?? issue.message ?? 'invalid').join('; ');
  return new TemplateError(where, first.line ?? null, `ошибка в разметке MJML: ${reasons}`);
}

// ——— text ———

const PARTIAL = /\{\{>\s*([a-z0-9-]+)\s*\}\}/g;
const MAX_DEPTH = 8;

async function compileText(root: string, kind: MailKind): Promise<RenderTemplate> {
  const file = path.join(root, `${kind}.txt`);
  const source = await readTemplate(file, kind);
  const expanded = await expandPartials(root, file, source, 0);
  return compileTemplate(expanded, { file, escape: (value) => value, known: VIEW_NAMES });
}

/**
 * {{> name}} replaced by partials/name.txt. Each file is checked alone first, so an
 * error names the file and line it is in; a tag alone on its line takes the line with it.
 */
async function expandPartials(root: string, file: string, source: string, depth: number): Promise<string> {
  if (depth > MAX_DEPTH) throw new TemplateError(file, null, `общие части вложены слишком глубоко (допустимая глубина — ${MAX_DEPTH}); не включает ли какая-то из них сама себя?`);
  parseTemplate(source.replace(PARTIAL, ''), { file, escape: (value) => value, known: VIEW_NAMES, strict: true });
  const parts: string[] = [];
  let cursor = 0;
  const matches = [...source.matchAll(PARTIAL)];
  for (const m of matches) {
    const name = m[1] ?? '';
    let start = m.index;
    let end = start + m[0].length;
    const lineStart = source.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = source.indexOf('\n', end);
    if (/^[ \t]*$/.test(source.slice(lineStart, start)) && /^[ \t\r]*$/.test(source.slice(end, lineEnd === -1 ? source.length : lineEnd))) {
      start = lineStart;
      end = lineEnd === -1 ? source.length : lineEnd + 1;
    }
    const partialFile = path.join(root, 'partials', `${name}.txt`);
    let partial: string;
    try {
      partial = await readFile(partialFile, 'utf8');
    } catch {
      throw new TemplateError(file, lineAt(source, m.index), `{{> ${name}}}: ${partialFile} не читается; текстовые общие части лежат в partials/<имя>.txt`);
    }
    parts.push(source.slice(cursor, start), await expandPartials(root, partialFile, partial, depth + 1));
    cursor = end;
  }
  parts.push(source.slice(cursor));
  return parts.join('');
}
