import { describe, expect, it } from 'vitest';
import { occurrences, parseDeadline } from '../../src/deadline/index.js';
import type { Deadline, IsoDate } from '../../src/domain.js';

const read = (phrase: string, documentDate: IsoDate | null): Deadline => parseDeadline(phrase, { documentDate });
const dues = (d: Deadline, from: IsoDate, until: IsoDate): IsoDate[] => occurrences(d, { from, until }).map((o) => o.due);

describe('occurrences of a recurring deadline', () => {
  const seed002Item5 = read('ежемесячно до 10 числа месяца, следующего за отчетным, начиная с 1 января 2021 года', '2020-11-26');

  it('gives seed 002 item 5 one occurrence a month from 2021-02-10, each for the month before', () => {
    const list = occurrences(seed002Item5, { from: '2020-11-26', until: '2021-12-31' });
    expect(list.map((o) => o.due)).toEqual([
      '2021-02-10', '2021-03-10', '2021-04-10', '2021-05-10', '2021-06-10', '2021-07-10',
      '2021-08-10', '2021-09-10', '2021-10-10', '2021-11-10', '2021-12-10',
    ]);
    expect(list[0]).toEqual({ key: '2021-01', due: '2021-02-10', period: { start: '2021-01-01', end: '2021-01-31' }, label: 'за январь 2021 года' });
    expect(list[10]?.label).toBe('за ноябрь 2021 года');
  });

  it('keeps due dates as written, on weekends too (2021-04-10 is a Saturday)', () => {
    expect(dues(seed002Item5, '2021-04-01', '2021-04-30')).toEqual(['2021-04-10']);
  });

  it('starts no earlier than the first due date, whatever the window', () => {
    expect(dues(seed002Item5, '2019-01-01', '2021-03-31')).toEqual(['2021-02-10', '2021-03-10']);
  });

  it('jumps straight to a window far from the start', () => {
    const list = occurrences(seed002Item5, { from: '2090-06-01', until: '2090-08-31' });
    expect(list.map((o) => o.key)).toEqual(['2090-05', '2090-06', '2090-07']);
  });

  it('gives a quarterly report on the 5th of the month after each quarter', () => {
    const d = read('ежеквартально, до 5 числа месяца, следующего за отчетным кварталом', '2021-02-01');
    const list = occurrences(d, { from: '2021-01-01', until: '2022-01-31' });
    expect(list.map((o) => [o.key, o.due, o.label])).toEqual([
      ['2021-Q1', '2021-04-05', 'за I квартал 2021 года'],
      ['2021-Q2', '2021-07-05', 'за II квартал 2021 года'],
      ['2021-Q3', '2021-10-05', 'за III квартал 2021 года'],
      ['2021-Q4', '2022-01-05', 'за IV квартал 2021 года'],
    ]);
  });

  it('plans a daily report over a span as its first day, named by the span, whatever the window', () => {
    const d = read('ежедневно до 15.00 час. на период с 1 по 28 февраля 2013 года', '2013-01-30');
    const expected = [{ key: '2013-02-01', due: '2013-02-01', period: { start: '2013-02-01', end: '2013-02-28' }, label: 'ежедневно с 1 по 28 февраля 2013 года' }];
    expect(occurrences(d, { from: '2013-01-30', until: '2013-03-31' })).toEqual(expected);
    expect(occurrences(d, { from: '2013-02-10', until: '2013-02-20' })).toEqual(expected);
    expect(occurrences(read('ежесуточно к 12 часам с 30 января по 5 февраля 2014 г.', null), { from: '2014-01-01', until: '2014-12-31' })[0]?.label).toBe(
      'ежедневно с 30 января по 5 февраля 2014 года',
    );
  });

  it('gives «раз в полугодие» the last day of each half-year', () => {
    const list = occurrences(read('раз в полугодие', '2021-02-01'), { from: '2021-01-01', until: '2022-12-31' });
    expect(list.map((o) => [o.key, o.due, o.label])).toEqual([
      ['2021-H1', '2021-06-30', 'за I полугодие 2021 года'],
      ['2021-H2', '2021-12-31', 'за II полугодие 2021 года'],
      ['2022-H1', '2022-06-30', 'за I полугодие 2022 года'],
      ['2022-H2', '2022-12-31', 'за II полугодие 2022 года'],
    ]);
  });

  it('gives a yearly report on 15 March of the following year, from the order of 2010-07-20', () => {
    const list = occurrences(read('ежегодно до 15 марта года, следующего за отчетным', '2010-07-20'), { from: '2010-01-01', until: '2013-12-31' });
    expect(list.map((o) => [o.key, o.due, o.label])).toEqual([
      ['2010', '2011-03-15', 'за 2010 год'],
      ['2011', '2012-03-15', 'за 2011 год'],
      ['2012', '2013-03-15', 'за 2012 год'],
    ]);
  });

  it('gives a weekly campaign every Friday from 1 April to 1 May 2011 and nothing after', () => {
    const d = read('еженедельно (по пятницам) с 1 апреля по 1 мая 2011 года', '2011-03-20');
    const list = occurrences(d, { from: '2011-01-01', until: '2011-12-31' });
    expect(list.map((o) => o.due)).toEqual(['2011-04-01', '2011-04-08', '2011-04-15', '2011-04-22', '2011-04-29']);
    expect(list[0]).toEqual({
      key: '2011-W13',
      due: '2011-04-01',
      period: { start: '2011-03-28', end: '2011-04-03' },
      label: 'за неделю с 28 марта по 3 апреля 2011 года',
    });
    expect(list[1]?.label).toBe('за неделю с 4 по 10 апреля 2011 года');
  });

  it('gives only the weekly occurrences inside the window', () => {
    const d = read('еженедельно (по пятницам) с 1 апреля по 1 мая 2011 года', '2011-03-20');
    expect(dues(d, '2011-04-10', '2011-04-23')).toEqual(['2011-04-15', '2011-04-22']);
  });

  it('respects «до конца 2021 года»: December 2021 is the last reported month', () => {
    const d = read('ежемесячно до 5 числа месяца, следующего за отчетным, до конца 2021 года', '2021-10-15');
    expect(dues(d, '2021-01-01', '2023-01-01')).toEqual(['2021-11-05', '2021-12-05', '2022-01-05']);
  });

  it('puts day 31 on the last day of shorter months', () => {
    const d = read('ежемесячно', '2024-01-15');
    expect(dues(d, '2024-01-01', '2024-04-30')).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30']);
  });

  it('uses the window alone when the rule has neither a first due date nor a start', () => {
    const d = read('ежемесячно до 10 числа месяца, следующего за отчетным', null);
    expect(d.firstDue).toBeNull();
    expect(dues(d, '2021-03-01', '2021-05-31')).toEqual(['2021-03-10', '2021-04-10', '2021-05-10']);
  });

  it('gives nothing for a window that ends before it begins', () => {
    expect(occurrences(seed002Item5, { from: '2021-06-01', until: '2021-05-01' })).toEqual([]);
  });

  it('lists a monthly rule over 100 years, 1200 occurrences, and ends on the last period', () => {
    const d = read('ежемесячно до 10 числа месяца, следующего за отчетным, начиная с 1 января 2021 года', '2020-11-26');
    const list = occurrences(d, { from: '2021-01-01', until: '2121-01-10' });
    expect(list).toHaveLength(1200);
    expect(list.at(-1)?.key).toBe('2120-12');
  });
});

describe('occurrences of a one-off deadline', () => {
  it('gives a date its single due date whatever the window', () => {
    const d = read('до 25 ноября 2019 года', '2019-10-30');
    expect(occurrences(d, { from: '2030-01-01', until: '2030-12-31' })).toEqual([{ key: '2019-11-25', due: '2019-11-25', period: null, label: '' }]);
  });

  it('gives a relative term its resolved day', () => {
    const d = read('в двухнедельный срок', '2023-03-14');
    expect(occurrences(d, { from: '2023-01-01', until: '2023-12-31' })).toEqual([{ key: '2023-03-28', due: '2023-03-28', period: null, label: '' }]);
  });

  it('gives a period its last day and the span it covers', () => {
    expect(occurrences(read('II квартал 2021 года', null), { from: '2021-01-01', until: '2021-12-31' })).toEqual([
      { key: '2021-06-30', due: '2021-06-30', period: { start: '2021-04-01', end: '2021-06-30' }, label: '' },
    ]);
    expect(occurrences(read('первая декада марта', '2021-01-15'), { from: '2021-01-01', until: '2021-12-31' })[0]?.period).toEqual({
      start: '2021-03-01',
      end: '2021-03-10',
    });
    expect(occurrences(read('до конца года', '2020-05-05'), { from: '2020-01-01', until: '2020-12-31' })[0]?.period).toEqual({
      start: '2020-01-01',
      end: '2020-12-31',
    });
  });

  it('gives a window of two dates its span', () => {
    expect(occurrences(read('с 1 по 15 июня 2021 года', null), { from: '2021-01-01', until: '2021-12-31' })[0]?.period).toEqual({
      start: '2021-06-01',
      end: '2021-06-15',
    });
    expect(occurrences(read('в период с 01.03.2021 по 31.03.2021', null), { from: '2021-01-01', until: '2021-12-31' })[0]?.period).toEqual({
      start: '2021-03-01',
      end: '2021-03-31',
    });
  });

  it('gives continuous, none and unparsed deadlines no occurrence', () => {
    for (const phrase of ['постоянно', '', 'в кратчайшие сроки', 'до 25 нобяря 2019']) {
      expect(occurrences(read(phrase, '2021-01-01'), { from: '2000-01-01', until: '2100-01-01' }), phrase).toEqual([]);
    }
  });
});
