import { afterEach, describe, expect, it } from 'vitest';
import { decideByLink, signLink } from '../../src/follow-up/links.js';
import { decidePostponement, requestPostponement } from '../../src/follow-up/requests.js';
import { kindOf, mailIdOf, SEED, startPipeline, type Pipeline } from '../support/pipeline.js';

const SECRET = 'a3f1c9e07b5d4862a3f1c9e07b5d4862a3f1c9e07b5d4862';
const PUBLIC_URL = 'https://srok.example.org';

let pipeline: Pipeline | null = null;
afterEach(async () => {
  await pipeline?.close();
  pipeline = null;
});

/** Seed 000 on 1 November 2019, with a public address for the links: item 3.2 is due on 7 November. */
async function seed000(name: string) {
  const p = await startPipeline(
    name,
    { day: '2019-11-01', time: '12:00' },
    { adjust: (config) => ({ ...config, settings: { ...config.settings, http: { ...config.settings.http, publicUrl: PUBLIC_URL } } }) },
  );
  pipeline = p;
  const imported = await p.import(SEED['000']);
  if (!imported.ok) throw new Error(imported.error);
  return { p, key: imported.result.protocolKey, deps: p.runtime.deps };
}

const addresses = (field: unknown): string[] =>
  field && !Array.isArray(field) ? ((field as { value: Array<{ address?: string }> }).value.map((a) => a.address ?? '')) : [];

describe('the answer to a postponement request', () => {
  it('accepted from the controller’s mail link, reaches the executor who asked at once, with the old and new deadline and the page', async () => {
    const { p, key, deps } = await seed000('answer-accept');
    const { request } = await requestPostponement(deps, { protocolKey: key, item: '3.2', part: 'khmao-surgut', occurrence: null, to: '2019-11-20', reason: 'нет данных', requestedBy: 'link:office@surgut.hmao.example' });
    p.clock.advanceTo(p.at('2019-11-05', '11:00'));
    const depit = p.config.directory.get('khmao-depit')!.emails[0]!;
    const before = p.sink.mails.length;
    const token = signLink(
      { action: 'accept', recipient: depit, protocolKey: key, item: '3.2', part: 'khmao-surgut', occurrence: request.occurrence, request: request.id },
      { secret: SECRET, now: p.clock.now(), days: 30 },
    );

    const outcome = await decideByLink(deps, token, SECRET, { action: 'accept' });

    if (!outcome.ok) throw new Error(`unexpected ${JSON.stringify(outcome)}`);
    expect(outcome.decision.answeredTo).toEqual(['office@surgut.hmao.example']);
    // Sent at once, on its own: no job, no gathering.
    const answers = p.sink.mails.slice(before).filter((m) => kindOf(m) === 'answer');
    expect(answers).toHaveLength(1);
    const mail = answers[0]!;
    expect(addresses(mail.to)).toEqual(['office@surgut.hmao.example']);
    expect(addresses(mail.cc)).toEqual([]);
    expect(mailIdOf(mail)).toBe(`${key}.p3-2.khmao-surgut.answer-${request.id}`);
    expect(mail.subject).toBe(`Протокол № 4/2019 от 30.10.2019, п. 3.2 — ответ на запрос на перенос срока ${request.id}: согласован`);
    const page = `${PUBLIC_URL}/protocols/${key}#p-3.2`;
    expect(mail.text).toContain(
      [
        'ПЕРЕНОС СРОКА СОГЛАСОВАН',
        'Кому: Администрация города Сургута',
        `Ваш запрос № ${request.id} от 01.11.2019 12:00 на перенос срока рассмотрен.`,
        '',
        'Срок был: 07.11.2019',
        'Просили перенести на: 20.11.2019',
        'Новый срок: 20.11.2019',
        `Решение принято 05.11.2019 11:00, по ссылке из письма на ${depit}.`,
        'Контролирующий исполнение: Департамент информационных технологий и цифрового развития Ханты-Мансийского автономного округа – Югры',
        'Напоминания теперь придут к новому сроку.',
      ].join('\n'),
    );
    expect(mail.text).toContain(`Поручение в srok: ${page}\n`);
    // The assignment's block carries the deadline in force now.
    expect(mail.text).toContain('Срок: 20 ноября 2019 г. (среда) — осталось 11 рабочих дней');
    expect(mail.text).toContain('Адресат: Администрация города Сургута. Вы получаете это письмо как автор запроса на перенос срока.');
    expect(mail.html).toContain('Перенос срока согласован');
    expect(mail.html).toContain(`href="${page}"`);
    // One ledger entry: the mail is recorded as sent, and a retry would not send it again.
    expect(await deps.store.ledger.claim(`${key}.p3-2.khmao-surgut.answer-${request.id}`, { owner: 'test', leaseMs: 1000, now: p.clock.now() })).toBe('sent');
  });

  it('refused on the web page, tells the executor and the operator who asked for them that the deadline stays', async () => {
    const { p, key, deps } = await seed000('answer-refuse');
    const { request } = await requestPostponement(deps, { protocolKey: key, item: '3.2', part: 'khmao-kogalym', occurrence: null, to: '2019-11-29', reason: null, requestedBy: 'api:ivanova' });
    p.clock.advanceTo(p.at('2019-11-05', '15:30'));
    const before = p.sink.mails.length;

    const decision = await decidePostponement(deps, request.id, false, { actor: 'web:depit', reason: 'срок установлен протоколом' });

    const operator = p.config.settings.operator.email;
    const kogalym = p.config.directory.get('khmao-kogalym')!.emails;
    expect(decision.answeredTo).toEqual([...kogalym, operator]);
    const answers = p.sink.mails.slice(before).filter((m) => kindOf(m) === 'answer');
    expect(answers).toHaveLength(1);
    const mail = answers[0]!;
    expect(addresses(mail.to)).toEqual(kogalym);
    expect(addresses(mail.cc)).toEqual([operator]);
    expect(mail.subject).toBe(`Протокол № 4/2019 от 30.10.2019, п. 3.2 — ответ на запрос на перенос срока ${request.id}: отказано`);
    expect(mail.text).toContain(
      [
        'В ПЕРЕНОСЕ СРОКА ОТКАЗАНО',
        'Кому: Администрация города Когалыма',
        `Ваш запрос № ${request.id} от 01.11.2019 12:00 на перенос срока рассмотрен.`,
        '',
        'Срок был: 07.11.2019',
        'Просили перенести на: 29.11.2019',
        'Срок остаётся: 07.11.2019',
        'Решение принято 05.11.2019 15:30, на веб-странице srok, вход depit.',
        'Контролирующий исполнение: Департамент информационных технологий и цифрового развития Ханты-Мансийского автономного округа – Югры',
        'Причина отказа: срок установлен протоколом',
        'Напоминания идут к прежнему сроку.',
        `Поручение в srok: ${PUBLIC_URL}/protocols/${key}#p-3.2`,
      ].join('\n'),
    );
    expect(mail.text).toContain('Срок: 7 ноября 2019 г. (четверг) — осталось 2 рабочих дня');
    expect(mail.html).toContain('В переносе срока отказано');
    expect(mail.html).not.toContain('Перенос срока согласован');
  });
});
