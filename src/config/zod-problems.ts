import type { z } from 'zod';
import type { ConfigProblem, YamlPath } from './config-problem.js';
import { didYouMean } from './did-you-mean.js';
import { countOf, LIST_ITEMS } from '../mail/plural.js';

type Issue = z.core.$ZodIssue;

/**
 * The problems of a zod validation, as an operator reads them: the written value, what
 * is wrong with it and what to write instead. Unknown keys get one problem each, with
 * the closest allowed key; a union reports the branch that understood the value.
 */
export function problemsOfIssues(issues: readonly Issue[], schema: z.ZodType, data: unknown): ConfigProblem[] {
  return issues.flatMap((issue) => problemsOfIssue(issue, [], schema, data));
}

function problemsOfIssue(issue: Issue, prefix: YamlPath, schema: z.ZodType, data: unknown): ConfigProblem[] {
  const path: YamlPath = [...prefix, ...(issue.path as (string | number)[])];
  const value = valueAt(data, path);

  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = keysAt(schema, path);
      return issue.keys.map((key) => {
        const hint = didYouMean(key, allowed);
        const list = hint === '' && allowed.length > 0 ? `; допустимые ключи здесь: ${allowed.map((k) => `'${k}'`).join(', ')}` : '';
        return { path: [...path, key], message: `неизвестный ключ '${key}'${hint}${list}` };
      });
    }
    case 'invalid_union':
      return problemsOfUnion(issue, path, schema, data, value);
    case 'invalid_type':
      return [{ path, message: describeInvalidType(issue.expected, value, path, schema) }];
    case 'invalid_value': {
      const options = issue.values.map((option) => show(option));
      const hint = typeof value === 'string' ? didYouMean(value, issue.values.filter((v): v is string => typeof v === 'string')) : '';
      return [{ path, message: `${show(value)} — недопустимое значение; ${options.length === 1 ? `здесь можно написать только ${options[0]}` : `допустимые значения: ${options.join(', ')}`}${hint}` }];
    }
    case 'too_small':
      return [{ path, message: describeTooSmall(issue, value) }];
    case 'too_big':
      return [{ path, message: `${show(value)} — слишком большое значение; допустимо не больше ${String(issue.maximum)}` }];
    default:
      return [{ path, message: withValue(issue.message, value) }];
  }
}

/**
 * A union failed every branch. A branch whose issues are more than a type or literal
 * mismatch understood what the value was meant to be (a span, a '@target'), so its
 * message is the useful one; failing that, list what each branch accepts.
 */
function problemsOfUnion(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: YamlPath,
  schema: z.ZodType,
  data: unknown,
  value: unknown,
): ConfigProblem[] {
  const mismatch = (branch: readonly Issue[]): boolean =>
    branch.every((inner) => (inner.code === 'invalid_type' || inner.code === 'invalid_value') && inner.path.length === 0);
  const literals = issue.errors.flat().flatMap((inner) => (inner.code === 'invalid_value' ? inner.values : []));
  const understood = issue.errors.find((branch) => !mismatch(branch));
  if (understood) {
    const problems = understood.flatMap((inner) => problemsOfIssue(inner, path, schema, data));
    const words = literals.filter((literal): literal is string => typeof literal === 'string');
    const hint = typeof value === 'string' ? didYouMean(value, words) : '';
    const orFalse = literals.includes(false) ? '; или напишите false, если этот шаг не нужен' : '';
    return problems.map((problem) => ({ ...problem, message: `${problem.message}${orFalse}${hint}` }));
  }
  const accepted = issue.errors.flat().flatMap((inner) => {
    if (inner.code === 'invalid_value') return inner.values.map((v) => show(v));
    if (inner.code === 'invalid_type') return [typeName(inner.expected)];
    return [];
  });
  const wanted = [...new Set(accepted)].join(' или ');
  const key = String(path[path.length - 1] ?? '');
  if (value === undefined && path.length > 0) return [{ path, message: `ключ не задан; добавьте '${key}:' со значением: ${wanted}` }];
  if (value === null && path.length > 0) return [{ path, message: `у ключа '${key}' нет значения; напишите ${wanted}` }];
  return [{ path, message: `${show(value)} здесь не подходит; напишите ${wanted}` }];
}

function describeInvalidType(expected: string, value: unknown, path: YamlPath, schema: z.ZodType): string {
  const wanted = typeName(expected);
  if (value === undefined || value === null) {
    if (path.length === 0) {
      const keys = keysAt(schema, []);
      return `файл пуст; в нём нужны ${keys.length > 0 ? `ключи ${keys.map((k) => `'${k}'`).join(', ')}` : wanted}`;
    }
    const key = String(path[path.length - 1]);
    return value === null ? `у ключа '${key}' нет значения; напишите ${wanted}` : `ключ не задан; добавьте '${key}:' со значением: ${wanted}`;
  }
  return `здесь ожидается ${wanted}, а написано: ${written(value)}`;
}

function describeTooSmall(issue: Extract<Issue, { code: 'too_small' }>, value: unknown): string {
  if (issue.origin === 'string') return 'пустой текст; напишите значение';
  if (issue.origin === 'array' || issue.origin === 'set') return `список пуст; напишите в нём хотя бы ${countOf(Number(issue.minimum), LIST_ITEMS)}`;
  return `${show(value)} — слишком маленькое значение; допустимо не меньше ${String(issue.minimum)}`;
}

/** Schema messages that start with «— не …» get the written value in front. */
function withValue(message: string, value: unknown): string {
  return /^— /.test(message) ? `${show(value)} ${message}` : message;
}

/** What was written instead, with its kind: «текст 'abc'», «число 5», «список». */
function written(value: unknown): string {
  const kind = typeName(typeOf(value));
  return typeof value === 'string' || typeof value === 'number' ? `${kind} ${show(value)}` : show(value);
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

function typeName(type: string): string {
  const names: Record<string, string> = {
    string: 'текст',
    number: 'число',
    boolean: 'true или false',
    object: 'набор ключей',
    array: 'список',
    null: 'пустое значение',
  };
  return names[type] ?? type;
}

/** The value as written in YAML, for messages. */
function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'пустое значение';
  if (Array.isArray(value)) return 'список';
  return 'набор ключей';
}

function valueAt(data: unknown, path: YamlPath): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/**
 * The inner structure of a zod schema, as far as finding an object's keys needs it.
 * zod 4 keeps it in `_zod.def`, which its public types do not spell out per kind.
 */
interface SchemaDef {
  type: string;
  shape?: Record<string, SchemaNode>;
  element?: SchemaNode;
  innerType?: SchemaNode;
  in?: SchemaNode;
  options?: SchemaNode[];
}
interface SchemaNode {
  _zod: { def: SchemaDef };
}

/** The keys an object schema allows at `path`, in schema order; [] when there is no object there. */
export function keysAt(schema: z.ZodType, path: YamlPath): string[] {
  const object = objectAt(schema as unknown as SchemaNode, path);
  return object?.shape ? Object.keys(object.shape) : [];
}

function objectAt(node: SchemaNode | undefined, path: YamlPath): SchemaDef | null {
  if (!node) return null;
  const def = node._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return objectAt(def.innerType, path);
    case 'pipe':
      return objectAt(def.in, path);
    case 'union':
      for (const option of def.options ?? []) {
        const found = objectAt(option, path);
        if (found) return found;
      }
      return null;
    default:
      break;
  }
  if (path.length === 0) return def.type === 'object' ? def : null;
  const [segment, ...rest] = path;
  if (def.type === 'object' && typeof segment === 'string') return objectAt(def.shape?.[segment], rest);
  if (def.type === 'array' && typeof segment === 'number') return objectAt(def.element, rest);
  return null;
}
