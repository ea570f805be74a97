/**
 * The kinds of failure srok distinguishes. Every one carries what a person needs to
 * act: the file, the line or the config path, and what to do.
 *
 * - InputError:  a document cannot be read (missing, empty, binary, broken .docx,
 *                unknown encoding, too large). Reported, the rest goes on.
 * - ConfigError: the config tree is invalid. srok refuses to start.
 */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line: number | null = null,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${reason}`);
  }
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly file: string,
    /** YAML path such as `ladders.default.before[2]`, '' for the whole file. */
    readonly path: string,
    readonly reason: string,
    readonly line: number | null = null,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}${path ? `: ${path}` : ''}: ${reason}`);
  }
}

/** Several config errors reported at once, so an operator fixes them in one pass. */
export class ConfigErrors extends Error {
  override name = 'ConfigErrors';
  constructor(readonly errors: ConfigError[]) {
    super(errors.map((e) => e.message).join('\n'));
  }
}
