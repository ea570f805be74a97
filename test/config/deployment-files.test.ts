import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/load-config.js';
import { planDocument } from '../../src/plan/index.js';
import { readProtocol } from '../../src/read-protocol.js';
import { local } from '../plan/setup.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const EXAMPLE = path.join(ROOT, 'config', 'examples', 'production');

describe('the example config of a real deployment (config/examples/production)', () => {
  const config = loadConfig(EXAMPLE);

  it('loads: SMTP delivery, an allowlist that lets every directory address through, digests, links, the shipped calendar', () => {
    expect(config.settings.mail.transport).toBe('smtp');
    expect(config.settings.mail.digest).toMatchObject({ enabled: true, immediate: ['overdue', 'escalation'] });
    expect(config.settings.http.publicUrl).toBe('https://srok.admhmao.example');
    const allowed = new Set(config.settings.mail.allowDomains);
    for (const entry of config.directory.entries) {
      for (const email of entry.emails) expect(allowed.has(email.slice(email.indexOf('@') + 1)), email).toBe(true);
    }
    // the calendar is the shipped one: 1 May 2021 a holiday, 10 May a transferred day off
    expect(config.calendar.isWorkingDay('2021-05-10')).toBe(false);
    expect(config.calendar.knowledge('2026-03-09')).toBe('decree');
  });

  it('gives the working group of seed 000 its own ladder: reminders 10, 5, 2 and 0 working days before', async () => {
    const doc = await readProtocol(path.join(ROOT, 'test', 'fixtures', 'seeds', '000_12c0b910ab9569f9.txt'), config);
    const plan = planDocument(doc, config, { now: local('2019-10-30'), until: local('2019-11-25', '23:59') });
    const surgut = plan.steps.filter((s) => s.item === '1.2' && s.part?.ref === 'khmao-surgut').map((s) => s.id.split('.').at(-1));
    expect(surgut).toEqual(['r-10wd', 'r-5wd', 'r-2wd', 'r-0wd']);
  });
});

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
    services: Record<string, { command?: string[]; environment?: Record<string, string>; volumes?: string[]; profiles?: string[] }>;
  };

  it('runs Redis with AOF, fsync every second and no eviction', () => {
    const command = compose.services['redis']?.command?.join(' ') ?? '';
    expect(command).toContain('--appendonly yes');
    expect(command).toContain('--appendfsync everysec');
    expect(command).toContain('--maxmemory-policy noeviction');
  });

  it('points the worker and the HTTP server at a config tree that exists in the mounted folder', () => {
    for (const name of ['worker', 'http']) {
      const service = compose.services[name];
      expect(service?.command?.[0], name).toBe(name === 'worker' ? 'worker' : 'serve');
      const dir = service?.environment?.['SROK_CONFIG_DIR'] ?? '';
      const mount = service?.volumes?.find((v) => v.endsWith(':/app/config:ro'));
      expect(mount, name).toBe('./config:/app/config:ro');
      expect(path.join(ROOT, 'config', path.relative('/app/config', dir))).toBe(EXAMPLE);
    }
  });

  it('has the Sentinel topology as an optional profile: a primary, its replica and three Sentinels of quorum 2 watching it', () => {
    const sentinel = Object.entries(compose.services).filter(([, service]) => service.profiles?.includes('sentinel'));
    expect(sentinel.map(([name]) => name).sort()).toEqual(['redis-primary', 'redis-replica', 'sentinel-1', 'sentinel-2', 'sentinel-3']);
    expect(compose.services['redis-replica']?.command?.join(' ')).toContain('--replicaof redis-primary 6379');
    for (const name of ['redis-primary', 'redis-replica']) expect(compose.services[name]?.command?.join(' ')).toContain('--min-replicas-to-write 1');
    for (const name of ['sentinel-1', 'sentinel-2', 'sentinel-3']) expect(compose.services[name]?.command?.join(' ')).toContain("'sentinel monitor srok redis-primary 6379 2'");
    // srok itself is pointed at the Sentinels by its environment.
    expect(compose.services['worker']?.environment).toMatchObject({ REDIS_SENTINELS: '${REDIS_SENTINELS:-}', REDIS_SENTINEL_NAME: '${REDIS_SENTINEL_NAME:-}' });
  });
});
