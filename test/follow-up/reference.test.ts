import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { FollowUpError } from '../../src/follow-up/follow-up-error.js';
import { parseReference, referenceOf, resolveTarget, type Reference } from '../../src/follow-up/reference.js';
import { partKey } from '../../src/plan/index.js';
import { KeptRouting } from '../../src/routing/kept-routing.js';
import type { Store } from '../../src/store/index.js';
import { IMPORT, readFixture, SEEDS, useTestRedis } from '../store/store-setup.js';

const t = useTestRedis('follow-up-ref');
const config = loadConfig('config');
/** What resolveTarget reads a protocol's parts through: the store and the routing kept in it. */
const kept = (store: Store) => ({ store, routings: new KeptRouting({ store, config: () => config }) });
const TODAY = '2019-11-12';

const only = (r: Partial<Reference>): Reference => ({ protocol: null, date: null, item: '', executor: null, occurrence: null, ...r });

describe('reading a reference', () => {
  it.each([
    ['4/2019 п.1.2', { protocol: '4/2019', item: '1.2' }],
    ['№ 4/2019 п. 1.2', { protocol: '4/2019', item: '1.2' }],
    ['4/2019 1.2', { protocol: '4/2019', item: '1.2' }],
    ['4/2019 от 30.10.2019 п.1.2', { protocol: '4/2019', date: '2019-10-30', item: '1.2' }],
    ['протокол № 4/2019 от 2019-10-30 пункт 3.2.', { protocol: '4/2019', date: '2019-10-30', item: '3.2' }],
    ['от 26.11.2020 п.5', { date: '2020-11-26', item: '5' }],
    ['11-Исх-1373 п.1.а', { protocol: '11-Исх-1373', item: '1.а' }],
  ])('reads «%s»', (text, expected) => {
    expect(parseReference(text)).toEqual(only(expected));
  });

  it('refuses a reference without an item or without a protocol, showing the forms it reads', () => {
    expect(() => parseReference('4/2019 от 30.10.2019')).toThrow(/ссылка '4\/2019 от 30\.10\.2019' не прочитана: назовите протокол и пункт, например '4\/2019 п\.1\.2'/);
    expect(() => parseReference('п.1.2')).toThrow(/нет протокола; напишите его номер перед пунктом, например '4\/2019 п\.1\.2'/);
    expect(() => parseReference('4/2019 от 31.02.2019 п.1.2')).toThrow(/дата протокола '31\.02\.2019' — не дата/);
  });

  it('takes the options form, and refuses both forms at once', () => {
    expect(referenceOf(null, { protocol: '№ 4/2019', item: 'п.1.2', date: '30.10.2019', executor: 'khmao-surgut' })).toEqual(
      only({ protocol: '4/2019', date: '2019-10-30', item: '1.2', executor: 'khmao-surgut' }),
    );
    expect(referenceOf('4/2019 п.1.2', { occurrence: '2021-03' })).toEqual(only({ protocol: '4/2019', item: '1.2', occurrence: '2021-03' }));
    expect(() => referenceOf('4/2019 п.1.2', { item: '1.2' })).toThrow(/либо ссылкой .*, либо через --protocol и --item, но не обоими/);
    expect(() => referenceOf(null, { protocol: '4/2019' })).toThrow(/назовите поручение/);
    expect(() => referenceOf(null, { protocol: '4/2019', item: 'один' })).toThrow(/--item 'один' — не номер пункта/);
  });
});

describe('finding what a reference names in the store', () => {
  async function storeWith000() {
    const store = t.store();
    const doc = await readFixture(SEEDS['000']);
    const { protocolKey } = await store.importProtocol(doc, IMPORT);
    return { store, key: protocolKey, doc };
  }

  it('finds seed 000 item 1.2 by number, by number and date, and by key', async () => {
    const { store, key } = await storeWith000();
    for (const ref of [parseReference('4/2019 п.1.2'), parseReference('4/2019 от 30.10.2019 п.1.2'), referenceOf(null, { protocol: key, item: '1.2' })]) {
      const target = await resolveTarget(kept(store), config, ref, TODAY);
      expect(target.protocolKey).toBe(key);
      expect(target.assignment.item).toBe('1.2');
      expect(target.parts).toHaveLength(22);
      expect(target.named).toBeNull();
    }
  });

  it('says a number two stored protocols share is ambiguous, listing each with its date and issuer', async () => {
    const { store } = await storeWith000();
    const other = await readFixture(SEEDS['000']);
    other.protocol.body = 'Рабочая группа по развитию связи Ханты-Мансийского автономного округа – Югры';
    other.protocol.date = '2019-12-04';
    other.source.sha256 = 'f'.repeat(64);
    await store.importProtocol(other, IMPORT);

    const error = await resolveTarget(kept(store), config, parseReference('4/2019 п.1.2'), TODAY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FollowUpError);
    expect(error).toMatchObject({ kind: 'bad-request' });
    const message = (error as Error).message;
    expect(message).toMatch(/^протокол № 4\/2019 неоднозначен: подходят 2 сохранённых протокола; добавьте дату протокола/);
    expect(message).toContain('протокол № 4/2019 от 30.10.2019, Рабочая группа по координации цифрового развития');
    expect(message).toContain('протокол № 4/2019 от 04.12.2019, Рабочая группа по развитию связи');
    // The date tells them apart.
    expect((await resolveTarget(kept(store), config, parseReference('4/2019 от 04.12.2019 п.1.2'), TODAY)).stored.doc.protocol.date).toBe('2019-12-04');
  });

  it('names what was not found: the protocol, the item, an item that is not an assignment', async () => {
    const { store } = await storeWith000();
    await expect(resolveTarget(kept(store), config, parseReference('5/2030 п.1'), TODAY)).rejects.toMatchObject({ kind: 'not-found', message: expect.stringMatching(/^протокол № 5\/2030 не хранится; сначала импортируйте его/) });
    await expect(resolveTarget(kept(store), config, parseReference('4/2019 от 01.01.2019 п.1.2'), TODAY)).rejects.toThrow(/протокол № 4\/2019 от 01\.01\.2019 не хранится/);
    await expect(resolveTarget(kept(store), config, parseReference('4/2019 п.9.9'), TODAY)).rejects.toThrow(/в документе «протокол № 4\/2019 от 30\.10\.2019» нет п\. 9\.9; поручения в нём: 1\.2, 2\.2, 3\.2/);
    await expect(resolveTarget(kept(store), config, parseReference('4/2019 п.1.1'), TODAY)).rejects.toThrow(/п\. 1\.1 протокола № 4\/2019 от 30\.10\.2019 — не поручение \(noted\)/);
  });

  it('turns an executor into part keys: an id, a name the directory knows, a group, an executor the directory does not know', async () => {
    const { store } = await storeWith000();
    const named = async (executor: string, text = '4/2019 п.1.2') => (await resolveTarget(kept(store), config, parseReference(text, { executor }), TODAY)).named?.map((p) => p.key);
    expect(await named('khmao-surgut')).toEqual(['khmao-surgut']);
    expect(await named('Сургут')).toEqual(['khmao-surgut']);
    expect(await named('Администрации Сургутского района')).toEqual(['khmao-surgutsky-district']);
    expect(await named('khmao-omsu')).toHaveLength(22);
    await expect(named('chel-minfin')).rejects.toMatchObject({ kind: 'not-found', message: expect.stringMatching(/'chel-minfin' \(Министерство финансов Челябинской области\) не исполнитель поручения \(п\. 1\.2 протокола № 4\/2019 от 30\.10\.2019\); его исполнители: khmao-khanty-mansiysk \(Администрация города Ханты-Мансийска\), /) });
    await expect(named('Роскомнадзор')).rejects.toThrow(/у поручения \(п\. 1\.2 .*\) нет исполнителя 'Роскомнадзор'/);

    // An executor the directory does not know is followed under the planner's key for its name.
    const doc = await readFixture(SEEDS['002']);
    const item2 = doc.assignments.find((a) => a.item === '2')!;
    item2.executors = [{ role: 'executor', text: 'Фонду развития интернет-инициатив', name: 'Фонд развития интернет-инициатив', ref: null }];
    await store.importProtocol(doc, IMPORT);
    const target = await resolveTarget(kept(store), config, parseReference('от 26.11.2020 п.2', { executor: 'Фонду развития интернет-инициатив' }), TODAY);
    expect(target.named).toEqual([expect.objectContaining({ ref: null, key: target.parts[0]!.key })]);
    expect(target.parts[0]!.key).toBe(partKey(null, target.parts[0]!.name));
    expect(target.parts[0]!.key).toMatch(/^x-/);
  });

  it('checks an occurrence against the deadline: a month of a monthly report, the one day of a one-off', async () => {
    const store = t.store();
    await store.importProtocol(await readFixture(SEEDS['002']), IMPORT);
    const occurrence = async (text: string, key: string) => (await resolveTarget(kept(store), config, parseReference(text, { occurrence: key }), '2021-03-01')).occurrence;
    expect(await occurrence('от 26.11.2020 п.5', '2021-03')).toEqual({ key: '2021-03', due: '2021-04-10', label: 'за март 2021 года' });
    await expect(occurrence('от 26.11.2020 п.5', '2021-13')).rejects.toThrow(/нет срока '2021-13'; оно повторяется \(ежемесячно до 10 числа месяца, следующего за отчетным.*\), сроки называются периодом, например 2021-01, 2021-02/);
    expect(await occurrence('от 26.11.2020 п.2', '2020-12-18')).toBeNull();
    await expect(occurrence('от 26.11.2020 п.2', '2020-12')).rejects.toThrow(/один срок — 2020-12-18; уберите --occurrence или укажите этот день/);
  });
});
