import { createHash } from 'node:crypto';
import { Command, type ChainableCommander, type Redis } from 'ioredis';

type Arg = string | Buffer | number;
type ScriptFn = (...args: Arg[]) => Promise<unknown>;
type QueuedFn = (...args: Arg[]) => ChainableCommander;

/**
 * A Lua script registered with ioredis' defineCommand: sent as EVALSHA, loaded again by
 * ioredis when the server answers NOSCRIPT (after a restart or SCRIPT FLUSH). Scripts
 * only touch the keys they are given, so they run on a Redis Cluster when those keys
 * share a slot (all but the one-step import, import-new.ts, whose keys are global too).
 */
export interface Script {
  run(keys: readonly string[], args: readonly Arg[]): Promise<unknown>;
  /** As run, every string of the reply a Buffer (a reply that carries binary values). */
  runBuffer(keys: readonly string[], args: readonly Arg[]): Promise<unknown>;
  /** Queue the script in a pipeline, to share one round-trip with other commands. */
  queue(pipeline: ChainableCommander, keys: readonly string[], args: readonly Arg[]): ChainableCommander;
  /** As queue, every string of its reply a Buffer. */
  queueBuffer(pipeline: ChainableCommander, keys: readonly string[], args: readonly Arg[]): ChainableCommander;
  /**
   * As runBuffer, written to the socket now: not held for the client's automatic
   * pipelining (the store's connection gathers a turn's commands into one write at its
   * end), and without a pipeline of one to get round that. EVALSHA; EVAL when the
   * server does not know the script (its first use, a restart, SCRIPT FLUSH).
   */
  sendBuffer(keys: readonly string[], args: readonly Arg[]): Promise<unknown>;
}

/** `numberOfKeys` null: each call says how many keys it gives (a script whose keys vary in number). */
export function defineScript(redis: Redis, name: string, numberOfKeys: number | null, lua: string): Script {
  redis.defineCommand(name, numberOfKeys === null ? { lua } : { numberOfKeys, lua });
  const counted = (keys: readonly string[]): readonly Arg[] => (numberOfKeys === null ? [keys.length, ...keys] : keys);
  // defineCommand adds a method named `name` to the client and to its pipelines; the
  // typings cannot know it, hence the casts through unknown.
  const method = (target: object, as = name): unknown => (target as Record<string, unknown>)[as];
  const sha = createHash('sha1').update(lua).digest('hex');
  return {
    run(keys, args) {
      const fn = method(redis) as ScriptFn;
      return fn.call(redis, ...counted(keys), ...args);
    },
    runBuffer(keys, args) {
      // defineCommand adds `<name>Buffer` beside `<name>`.
      const fn = method(redis, `${name}Buffer`) as ScriptFn;
      return fn.call(redis, ...counted(keys), ...args);
    },
    queue(pipeline, keys, args) {
      const fn = method(pipeline) as QueuedFn | undefined;
      if (typeof fn !== 'function') throw new Error(`script ${name} is not defined on this pipeline`);
      return fn.call(pipeline, ...counted(keys), ...args);
    },
    queueBuffer(pipeline, keys, args) {
      const fn = method(pipeline, `${name}Buffer`) as QueuedFn | undefined;
      if (typeof fn !== 'function') throw new Error(`script ${name} is not defined on this pipeline`);
      return fn.call(pipeline, ...counted(keys), ...args);
    },
    sendBuffer(keys, args) {
      const argv = [...counted(keys), ...args];
      // sendCommand gives the command's promise (typed unknown).
      const send = (command: Command) => redis.sendCommand(command) as Promise<unknown>;
      return send(new Command('evalsha', [sha, ...argv], { replyEncoding: null })).catch((e: unknown) => {
        if (!(e instanceof Error) || !e.message.includes('NOSCRIPT')) throw e;
        return send(new Command('eval', [lua, ...argv], { replyEncoding: null }));
      });
    },
  };
}
