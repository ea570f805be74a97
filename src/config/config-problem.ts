/** YAML path segments: keys and list indexes, as zod and the `yaml` package write them. */
export type YamlPath = readonly (string | number)[];

/**
 * One problem in one config file, before it gets its file name and line: the checks
 * are pure functions of the parsed data, the loader knows where the data came from.
 */
export interface ConfigProblem {
  path: YamlPath;
  message: string;
}

/** `default.before[2]`: keys joined by dots, list indexes in brackets. */
export function formatYamlPath(path: YamlPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? segment : `.${segment}`;
  }
  return text;
}
