/**
 * Commander's own complaints (an unknown option, a missing argument) in Russian. It
 * writes them in English; this rewrites the ones a person meets, keeping the option or
 * argument exactly as they typed it, and leaves any other message as it is.
 */
const RULES: ReadonlyArray<[RegExp, (...groups: string[]) => string]> = [
  [/^error: unknown option '([^']*)'(?:\s*\(Did you mean ([^)]*)\?\))?/m, (option, hint) => `ошибка: неизвестный параметр '${option}'${hint ? ` (может быть, ${hint}?)` : ''}`],
  [/^error: unknown command '([^']*)'(?:\s*\(Did you mean ([^)]*)\?\))?/m, (command, hint) => `ошибка: неизвестная команда '${command}'${hint ? ` (может быть, ${hint}?)` : ''}`],
  [/^error: missing required argument '([^']*)'/m, (name) => `ошибка: не хватает обязательного аргумента '${name}'`],
  [/^error: option '([^']*)' argument missing/m, (option) => `ошибка: у параметра '${option}' нет значения`],
  [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./m, (command, expected, got) => `ошибка: слишком много аргументов${command ? ` для '${command}'` : ''}: ожидается ${expected}, получено ${got}`],
  [/^error: required option '([^']*)' not specified/m, (option) => `ошибка: не указан обязательный параметр '${option}'`],
];

export function commanderWords(text: string): string {
  for (const [pattern, words] of RULES) {
    const match = pattern.exec(text);
    if (match) return text.replace(match[0], words(...match.slice(1).map((g) => g ?? '')));
  }
  return text;
}

export const HELP_HINT = '(справка: --help)';
