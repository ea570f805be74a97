import type { ChainableCommander, Redis } from 'ioredis';

type Arg = string | Buffer | number;
type ScriptFn = (...args: Arg[]) => Promise<unknown>;
type QueuedFn = (...args: Arg[]) => ChainableCommander;

/**
 * A Lua script registered with ioredis' defineCommand: sent as EVALSHA, loaded again by
 * ioredis when the server answers NOSCRIPT (after a restart or SCRIPT FLUSH). Scripts
 * only touch the keys they are given, so they run on a Redis Cluster when those keys
 * share a slot.
 */
export interface Script {
  run(keys: readonly string[], args: readonly Arg[]): Promise<unknown>;
  /** Queue the script in a pipeline, to share one round-trip with other commands. */
  queue(pipeline: ChainableCommander, keys: readonly string[], args: readonly Arg[]): ChainableCommander;
}

export function defineScript(redis: Redis, name: string, numberOfKeys: number, lua: string): Script {
  redis.defineCommand(name, { numberOfKeys, lua });
  // defineCommand adds a method named `name` to the client and to its pipelines; the
  // typings cannot know it, hence the casts through unknown.
  const method = (target: object): unknown => (target as Record<string, unknown>)[name];
  return {
    run(keys, args) {
      const fn = method(redis) as ScriptFn;
      return fn.call(redis, ...keys, ...args);
    },
    queue(pipeline, keys, args) {
      const fn = method(pipeline) as QueuedFn | undefined;
      if (typeof fn !== 'function') throw new Error(`script ${name} is not defined on this pipeline`);
      return fn.call(pipeline, ...keys, ...args);
    },
  };
}
