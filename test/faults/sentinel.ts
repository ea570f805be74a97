/**
 * Redis as production runs it under Sentinel, on loopback: a primary, a replica and
 * three Sentinels (quorum 2), each a redis-server process of the test's own, each with
 * its own folder. `failover()` asks a Sentinel to fail the primary over and waits until
 * all three name the replica as the new primary.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Redis } from 'ioredis';
import { freePort, startRedisServer, type OwnRedisServer } from '../store/own-redis-server.js';

export const SENTINEL_NAME = 'srok';

export interface SentinelTopology {
  /** What srok is given: `sentinel://127.0.0.1:p1,…/srok`. */
  url: string;
  /** REDIS_SENTINELS and REDIS_SENTINEL_NAME for a worker process. */
  env: Record<string, string>;
  /** The port of the primary now, as the Sentinels say. */
  primaryPort(): Promise<number>;
  /** SENTINEL FAILOVER, then wait until every Sentinel names the new primary and it takes writes. */
  failover(): Promise<{ from: number; to: number }>;
  stop(): Promise<void>;
}

async function startSentinel(dir: string, port: number, primaryPort: number): Promise<ChildProcess> {
  await mkdir(dir, { recursive: true });
  const conf = path.join(dir, 'sentinel.conf');
  await writeFile(
    conf,
    [
      `port ${port}`,
      'bind 127.0.0.1',
      `dir ${dir}`,
      `sentinel monitor ${SENTINEL_NAME} 127.0.0.1 ${primaryPort} 2`,
      `sentinel down-after-milliseconds ${SENTINEL_NAME} 1000`,
      `sentinel failover-timeout ${SENTINEL_NAME} 10000`,
      `sentinel parallel-syncs ${SENTINEL_NAME} 1`,
      '',
    ].join('\n'),
  );
  const child = spawn('redis-server', [conf, '--sentinel'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      log += chunk.toString();
      if (log.includes('+monitor master')) {
        child.stdout?.off('data', onData);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`redis-sentinel exited with ${code}:\n${log}`)));
  });
  child.stdout?.resume();
  child.stderr?.resume();
  return child;
}

export async function startSentinelTopology(work: string): Promise<SentinelTopology> {
  const primaryPort = await freePort();
  const replicaPort = await freePort();
  // A primary takes writes only while its replica keeps up: the old primary, its replica promoted, refuses them at once instead of keeping writes the failover drops.
  const durable = ['--appendonly', 'yes', '--appendfsync', 'everysec', '--maxmemory-policy', 'noeviction', '--min-replicas-to-write', '1', '--min-replicas-max-lag', '2'];
  const primaryDir = path.join(work, 'primary');
  const replicaDir = path.join(work, 'replica');
  await mkdir(primaryDir, { recursive: true });
  await mkdir(replicaDir, { recursive: true });
  const servers: OwnRedisServer[] = [];
  servers.push(await startRedisServer(primaryPort, ['--dir', primaryDir, ...durable]));
  servers.push(await startRedisServer(replicaPort, ['--dir', replicaDir, '--replicaof', '127.0.0.1', String(primaryPort), ...durable]));
  // The replica has caught up before the Sentinels look.
  const replica = new Redis(replicaPort, '127.0.0.1', { lazyConnect: false });
  for (let i = 0; !/master_link_status:up/.test(await replica.info('replication')); i += 1) {
    if (i > 200) throw new Error('the replica did not connect to the primary');
    await new Promise((r) => setTimeout(r, 25));
  }
  replica.disconnect();
  const sentinelPorts = [await freePort(), await freePort(), await freePort()];
  const sentinels: ChildProcess[] = [];
  for (const [i, port] of sentinelPorts.entries()) sentinels.push(await startSentinel(path.join(work, `sentinel-${i + 1}`), port, primaryPort));
  const clients = sentinelPorts.map((port) => new Redis(port, '127.0.0.1', { lazyConnect: false }));
  const primaryOf = async (client: Redis): Promise<number> => {
    const addr = (await client.call('SENTINEL', 'get-master-addr-by-name', SENTINEL_NAME)) as [string, string] | null;
    return Number(addr?.[1] ?? 0);
  };
  // Each Sentinel has found the replica (through the primary) and the other Sentinels.
  for (const client of clients) {
    for (let i = 0; ; i += 1) {
      const info = (await client.call('SENTINEL', 'master', SENTINEL_NAME)) as string[];
      const field = (name: string) => Number(info[info.indexOf(name) + 1]);
      if (field('num-slaves') >= 1 && field('num-other-sentinels') >= 2) break;
      if (i > 400) throw new Error(`a Sentinel did not see the topology: ${info.join(' ')}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  const list = sentinelPorts.map((p) => `127.0.0.1:${p}`).join(',');
  return {
    url: `sentinel://${list}/${SENTINEL_NAME}`,
    env: { REDIS_SENTINELS: list, REDIS_SENTINEL_NAME: SENTINEL_NAME },
    primaryPort: () => primaryOf(clients[0]!),
    async failover() {
      const from = await primaryOf(clients[0]!);
      await clients[0]!.call('SENTINEL', 'FAILOVER', SENTINEL_NAME);
      for (let i = 0; ; i += 1) {
        const ports = await Promise.all(clients.map(primaryOf));
        if (ports.every((p) => p !== from && p === ports[0])) {
          const to = ports[0]!;
          const promoted = new Redis(to, '127.0.0.1', { lazyConnect: false });
          try {
            while (!/role:master/.test(await promoted.info('replication'))) await new Promise((r) => setTimeout(r, 25));
          } finally {
            promoted.disconnect();
          }
          return { from, to };
        }
        if (i > 1200) throw new Error(`the Sentinels did not fail over: they name ${ports.join(', ')}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async stop() {
      for (const c of clients) c.disconnect();
      for (const s of sentinels) {
        if (s.exitCode !== null) continue;
        const exited = once(s, 'exit');
        s.kill('SIGTERM');
        await exited;
      }
      for (const server of servers) await server.stop();
    },
  };
}
