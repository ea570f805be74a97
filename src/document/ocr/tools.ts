/**
 * Whether the programs OCR needs are installed, asked once per process, and what to
 * install when they are not: srok runs Debian's packages, so the message names them.
 *
 *   tesseract            tesseract-ocr
 *   its Russian data     tesseract-ocr-rus (and tesseract-ocr-<lang> for any other language)
 *   pdftoppm             poppler-utils (turns the pages of a scanned PDF into images)
 */
import { runTool, ToolMissingError } from './run-tool.js';

export const TESSERACT_PACKAGES = 'tesseract-ocr и tesseract-ocr-rus';

/** Why OCR cannot run here, in words for the person who reads the error; null when it can. */
export type ToolProblem = string | null;

let tesseractLanguages: Promise<Set<string> | null> | null = null;
let pdftoppmPresent: Promise<boolean> | null = null;

/** The languages Tesseract has data for, or null when Tesseract is not installed. */
function languages(): Promise<Set<string> | null> {
  return (tesseractLanguages ??= runTool('tesseract', ['--list-langs'], { timeoutMs: 15_000 })
    .then(({ stdout, stderr }) => {
      // Tesseract 4 prints the list on stderr, 5 on stdout; the first line is a heading.
      const text = `${stdout.toString('utf8')}\n${stderr}`;
      return new Set(text.split('\n').map((line) => line.trim()).filter((line) => /^[a-z_]+$/i.test(line)));
    })
    .catch((error: unknown) => {
      if (error instanceof ToolMissingError) return null;
      throw error;
    }));
}

/** The problem with running Tesseract for `languageSpec` ('rus+eng'), or null. */
export async function tesseractProblem(languageSpec: string): Promise<ToolProblem> {
  const have = await languages();
  if (have === null) {
    return `для распознавания нужен Tesseract, а он не установлен: установите пакеты Debian ${TESSERACT_PACKAGES} (apt-get install tesseract-ocr tesseract-ocr-rus)`;
  }
  const missing = languageSpec.split('+').filter((language) => !have.has(language));
  if (missing.length === 0) return null;
  const packages = missing.map((language) => `tesseract-ocr-${language}`).join(' ');
  return `у Tesseract нет данных для ${missing.length === 1 ? 'языка' : 'языков'} ${missing.join(', ')}: установите ${missing.length === 1 ? 'пакет' : 'пакеты'} Debian ${packages} (apt-get install ${packages})`;
}

/** The problem with rendering PDF pages (pdftoppm), or null. */
export async function pdftoppmProblem(): Promise<ToolProblem> {
  const present = await (pdftoppmPresent ??= runTool('pdftoppm', ['-v'], { timeoutMs: 15_000 })
    .then(() => true)
    .catch((error: unknown) => {
      if (error instanceof ToolMissingError) return false;
      // pdftoppm -v exits 0 on current poppler and 99 on old ones; it ran either way.
      return true;
    }));
  return present
    ? null
    : 'для распознавания сканированного PDF нужна программа pdftoppm, а она не установлена: установите пакет Debian poppler-utils (apt-get install poppler-utils)';
}

/** Forget what was found (tests that change PATH). */
export function forgetTools(): void {
  tesseractLanguages = null;
  pdftoppmPresent = null;
}
