import type { Argument, Command, Option } from 'commander';
/**
 * Commander's own complaints (an unknown option, a missing argument) in Russian. It
 * writes them in English; this rewrites the ones a person meets, keeping the option or
 * argument exactly as they typed it, and leaves any other message as it is.
 */
const RULES: ReadonlyArray<[RegExp, (...groups: string[]) => string]> = [
  [/^error: unknown option '([^']*)'(?:\s*\(Did you mean ([^)]*)\?\))?/m, (option, hint) => `ошибка: неизвестный параметр '${option}'${hint ? `; возможно, имелось в виду ${hint}` : ''}`],
  [/^error: unknown command '([^']*)'(?:\s*\(Did you mean ([^)]*)\?\))?/m, (command, hint) => `ошибка: неизвестная команда '${command}'${hint ? `; возможно, имелось в виду ${hint}` : ''}`],
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

/** Commander's own words in its help: titles, placeholders and the help option. */
const TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'Запуск:',
  'Options:': 'Параметры:',
  'Commands:': 'Команды:',
  'Arguments:': 'Аргументы:',
  'Global Options:': 'Общие параметры:',
};
const HELP_WORDS = 'показать справку по команде';

function placeholders(text: string): string {
  return text.replace(/\[options\]/g, '[параметры]').replace(/\[command\]/g, '[команда]');
}

function withDefault(description: string, defaultValue: unknown, shown: string | undefined): string {
  if (defaultValue === undefined) return description;
  const value = shown ?? (Array.isArray(defaultValue) ? defaultValue.join(' ') : String(defaultValue));
  return `${description} (по умолчанию: ${value})`;
}

/**
 * Makes `program` write its help in Russian; the commands added to it afterwards inherit
 * it. Option names, command names and placeholders such as <file> stay as typed.
 */
export function russianHelp(program: Command): Command {
  return program
    .helpOption('-h, --help', HELP_WORDS)
    .helpCommand('help [команда]', HELP_WORDS)
    .configureHelp({
      styleTitle: (title: string) => TITLES[title] ?? title,
      styleUsage: (usage: string) => placeholders(usage),
      styleSubcommandTerm: (term: string) => placeholders(term),
      optionDescription: (option: Option) =>
        option.required || option.optional ? withDefault(option.description, option.defaultValue, option.defaultValueDescription) : option.description,
      argumentDescription: (argument: Argument) => withDefault(argument.description, argument.defaultValue, argument.defaultValueDescription),
    });
}
