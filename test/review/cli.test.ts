import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bullPrefix, QUEUE_NAME } from '../../src/schedule/queue.js';
import { Store } from '../../src/store/index.js';
import { runSrok } from '../support/cli.js';
import { clearPrefix, REDIS_URL, testPrefix } from '../support/redis.js';

let configDir: string;
const prefix = testPrefix('review-cli');
const redis = new Redis(REDIS_URL);
const queue = new Queue(QUEUE_NAME, { connection: new Redis(REDIS_URL, { maxRetriesPerRequest: null }), prefix: bullPrefix(prefix) });
const store = new Store(redis, prefix);
// The protocol of 10 March 2026 arrives the next morning.
const NOW = new Date('2026-03-11T05:00:00Z');

beforeAll(async () => {
  configDir = await mkdtemp(path.join(tmpdir(), 'srok-review-config-'));
  await cp('config', configDir, { recursive: true });
  const settings = await readFile(path.join(configDir, 'srok.yaml'), 'utf8');
  await writeFile(path.join(configDir, 'srok.yaml'), settings.replace(/prefix: srok/, `prefix: ${prefix}`));
});
afterAll(async () => {
  await queue.close();
  redis.disconnect();
  await clearPrefix(prefix);
});

function run(args: string[]) {
  return runSrok([...args, '--config', configDir], { env: { REDIS_URL, USER: 'clerk' }, now: () => NOW });
}

describe('srok review and srok done with a wrong environment', () => {
  it('say in Russian which variable is wrong and stop before Redis', async () => {
    for (const args of [['review'], ['done', '2/2026 п.3']]) {
      const r = await runSrok([...args, '--config', configDir], { env: { REDIS_URL, SROK_LINK_SECRET: 'short' }, now: () => NOW });
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^srok: переменные окружения заданы неверно:\n.*SROK_LINK_SECRET.*длина 5 знаков, а нужно не меньше 32/su);
      expect(r.out).toBe('');
    }
  });
});

describe('srok review, fix and approve', () => {
  it('a protocol with a vague deadline and an unknown executor waits; corrected and approved, its steps are queued; the remembered phrase routes the next protocol', async () => {
    expect((await run(['import', 'test/fixtures/review/2-2026.txt'])).code).toBe(0);
    expect(await queue.getDelayedCount()).toBe(0);

    const list = await run(['review']);
    expect(list.out).toContain('Ждут проверки (1):\nпротокол № 2/2026 от 10.03.2026, Комиссия по цифровому развитию Челябинской области — ждёт с 11.03.2026');
    expect(list.out).toContain('строка 20: пункт 3: «в кратчайшие сроки»: дата не названа');
    const shown = await run(['review', '2/2026']);
    expect(shown.out).toContain('исполнитель: Фонд поддержки цифровых инициатив Южного Урала [нет в справочнике] → оператору');
    expect(shown.out).toContain('План (уйдёт после одобрения):');

    const routed = await run(['fix', '2/2026 п.3', '--executor', 'new', '--name', 'Фонд поддержки цифровых инициатив Южного Урала', '--email', 'fond@fond74.example', '--remember']);
    expect(routed.err).toBe('');
    expect(routed.out).toContain('создана запись справочника fond-podderzhki-tsifrovykh-initsiativ-yuzhnogo-urala');
    expect(routed.out).toContain('осталось замечаний: 1; srok review 2/2026');

    const vague = await run(['fix', '2/2026 п.3', '--deadline', 'в кратчайшие сроки']);
    expect(vague.code).toBe(2);
    expect(vague.err).toMatch(/^srok: срок «в кратчайшие сроки» не прочитан/);
    const dated = await run(['fix', '2/2026 п.3', '--deadline', 'до 15 мая 2026 года']);
    expect(dated.out).toContain('замечаний не осталось; одобрите: srok approve 2/2026');
    expect((await run(['fix', '2/2026 п.4', '--not-assignment'])).code).toBe(0);
    expect((await run(['fix', '2/2026 п.9', '--not-assignment'])).err).toBe('srok: в протоколе нет пункта 9; пункты: 1, 2, 3, 4\n');

    const approved = await run(['approve', '2/2026']);
    expect(approved.out).toMatch(/^Протокол 2\/2026 одобрен и поставлен в расписание: 2 ближайших шага\.$/mu);
    expect(await queue.getDelayedCount()).toBe(2);
    const [key] = await store.findProtocol({ number: '2/2026' });
    const audit = await store.getAudit(key!);
    expect(audit.map((e) => [e.action, e.actor])).toEqual([
      ['import', 'cli:clerk'],
      ['review-wait', 'cli:clerk'],
      ['correct', 'cli:clerk'],
      ['correct', 'cli:clerk'],
      ['correct', 'cli:clerk'],
      ['approve', 'cli:clerk'],
    ]);
    expect(audit[3]!.detail).toMatchObject({ what: 'deadline', before: { kind: 'unparsed', text: 'в кратчайшие сроки' }, after: { kind: 'date', date: '2026-05-15' } });
    const show = await run(['show', '2/2026 п.3']);
    expect(show.out).toMatch(/Фонд поддержки цифровых инициатив Южного Урала/);

    // The next protocol names the fund the same way: routed by the remembered phrase, no warning, not held.
    const next = JSON.parse((await run(['import', 'test/fixtures/review/3-2026.txt', '--json'])).out) as { files: Array<{ waitsForReview: boolean; warnings: unknown[]; unmatchedExecutors: string[]; scheduled: number }> };
    expect(next.files[0]).toMatchObject({ waitsForReview: false, warnings: [], unmatchedExecutors: [] });
    expect(next.files[0]!.scheduled).toBeGreaterThan(0);

    const yaml = await run(['directory', 'aliases', '--yaml']);
    expect(yaml.out).toContain('  - id: fond-podderzhki-tsifrovykh-initsiativ-yuzhnogo-urala\n    kind: body\n    name: Фонд поддержки цифровых инициатив Южного Урала');
    expect(yaml.out).toContain('      - fond@fond74.example');

    // What the operator corrected becomes evaluation data, kept apart from the corpus.
    const out = await mkdtemp(path.join(tmpdir(), 'srok-reviewed-'));
    const added = await run(['corpus', 'add', '2/2026', '--out', out]);
    expect(added.out).toBe(`Записано: ${out}/docs/001.txt и ${out}/gold/001.json ("origin": "review"; в корпус и его пороги не входит)\n`);
    const gold = JSON.parse(await readFile(path.join(out, 'gold', '001.json'), 'utf8')) as Record<string, unknown>;
    expect(gold).toMatchObject({
      origin: 'review',
      reviewed: { by: 'cli:clerk', corrections: 3 },
      protocol: { number: '2/2026', date: '2026-03-10' },
      noted: ['1'],
      assignments: [
        { item: '2', responsible: ['Министерство информационных технологий, связи и цифрового развития Челябинской области'], deadline: { kind: 'date', date: '2026-04-15' } },
        { item: '3', responsible: ['Фонд поддержки цифровых инициатив Южного Урала'], deadline: { kind: 'date', date: '2026-05-15', text: 'до 15 мая 2026 года' } },
      ],
    });
    const doc = await readFile(path.join(out, 'docs', '001.txt'), 'utf8');
    expect(doc.split('\n').slice(0, 3)).toEqual([expect.stringMatching(/^# source: srok review komissiya-/), '# retrieved: 2026-03-11', 'ПРОТОКОЛ № 2/2026']);
    expect((await run(['corpus', 'add', '2/2026', '--out', 'test/corpus/reviewed'])).err).toMatch(/^srok: test\/corpus\/reviewed: ключи, сделанные при проверке, не кладутся в test\/corpus\//);
  });
});
