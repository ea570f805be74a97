import type { Deadline, DeadlineKind, IsoDate, RecurrenceRule } from '../../src/domain.js';

/**
 * Deadline phrases as they stand after «Срок» in protocols, with what srok must read
 * from each: every deadline of the seeds, the forms of MISSION.md §2, and officialese
 * variants beyond them. For `warning`, the message is a fragment the real message must
 * contain.
 */
export const DEADLINE_TABLE: Array<{ phrase: string; documentDate: IsoDate | null; expect: Partial<Deadline> & { kind: DeadlineKind } }> = [];

type Expect = Partial<Deadline> & { kind: DeadlineKind };

function add(phrase: string, documentDate: IsoDate | null, expect: Expect): void {
  DEADLINE_TABLE.push({ phrase, documentDate, expect });
}

const date = (d: IsoDate, time: string | null = null): Expect => ({ kind: 'date', date: d, time, rule: null, relative: null });
const period = (d: IsoDate): Expect => ({ kind: 'period', date: d, rule: null, relative: null });
const relative = (d: IsoDate, count: number, unit: 'working_days' | 'days' | 'weeks' | 'months'): Expect => ({
  kind: 'relative',
  date: d,
  relative: { count, unit, from: 'document_date' },
});
const recurring = (rule: RecurrenceRule, firstDue: IsoDate | null): Expect => ({ kind: 'recurring', date: null, rule, firstDue });
const rule = (
  freq: RecurrenceRule['freq'],
  day: number,
  month: number | null,
  after: RecurrenceRule['after'],
  starts: IsoDate | null = null,
  until: IsoDate | null = null,
): RecurrenceRule => ({ freq, day, month, after, starts, until });
const continuous: Expect = { kind: 'continuous', date: null, rule: null, firstDue: null, relative: null };
const vague = (fragment: string): Expect => ({ kind: 'unparsed', date: null, warning: { code: 'deadline_vague', message: fragment } });
const unreadable = (code: 'deadline_unparsed' | 'date_invalid', fragment: string): Expect => ({
  kind: 'unparsed',
  date: null,
  warning: { code, message: fragment },
});

// ── Seed 000: protocol 4/2019 of 30 October 2019 ──────────────────────────────────
add('Срок: до 25 ноября 2019 года.', '2019-10-30', { ...date('2019-11-25'), text: 'до 25 ноября 2019 года' });
add('до 7 ноября 2019 года.', '2019-10-30', { ...date('2019-11-07'), text: 'до 7 ноября 2019 года' });

// ── Seed 002: the Chelyabinsk commission of «26» November 2020 ────────────────────
add('Срок – 18 декабря 2020 года.', '2020-11-26', { ...date('2020-12-18'), text: '18 декабря 2020 года' });
add('11 декабря 2020 года', '2020-11-26', date('2020-12-11'));
add('14 декабря 2020 года', '2020-11-26', date('2020-12-14'));
add('Срок – ежемесячно до 10 числа месяца, следующего за отчетным, начиная с 1 января 2021 года.', '2020-11-26', {
  ...recurring(rule('monthly', 10, null, 'period', '2021-01-01'), '2021-02-10'),
  text: 'ежемесячно до 10 числа месяца, следующего за отчетным, начиная с 1 января 2021 года',
});
add('31 декабря 2020 года', '2020-11-26', date('2020-12-31'));
add('1 февраля 2021 года', '2020-11-26', date('2021-02-01'));
add('1 марта 2021 года', '2020-11-26', date('2021-03-01'));
add('1 апреля 2021 года', '2020-11-26', date('2021-04-01'));

// ── Dates in words and digits ─────────────────────────────────────────────────────
add('в срок до 28.10.2015г.', null, { ...date('2015-10-28'), text: 'в срок до 28.10.2015г.' });
add('не позднее 1 февраля 2021 г.', null, { ...date('2021-02-01'), text: 'не позднее 1 февраля 2021 г.' });
add('до 17-00 27.04.2010', null, date('2010-04-27', '17:00'));
add('до 17:00 27 апреля 2010 года', null, date('2010-04-27', '17:00'));
add('до 17.00 27.04.2010', null, date('2010-04-27', '17:00'));
add('до 18 часов 29 октября 2021 года', null, date('2021-10-29', '18:00'));
add('29.10.2021 до 12:00', null, date('2021-10-29', '12:00'));
add('до 9.30 1 июня 2021 года', null, date('2021-06-01', '09:30'));
add('25.11.99', null, date('1999-11-25'));
add('25.11.19', '2019-10-01', date('2019-11-25'));
add('к 1 сентября', '2021-03-10', date('2021-09-01'));
add('к 1 сентября', '2021-10-01', date('2022-09-01'));
add('до 1 сентября', '2021-09-01', date('2021-09-01'));
add('24 июня', '2020-06-24', date('2020-06-24'));
add('до 20 декабря', '2020-12-25', date('2021-12-20'));
add('29 февраля', '2021-03-01', date('2024-02-29'));
add('до 1 декабря текущего года', '2021-04-01', date('2021-12-01'));
add('до 1 февраля следующего года', '2021-04-01', date('2022-02-01'));
add('до «15» мая 2021 г.', null, { ...date('2021-05-15'), text: 'до «15» мая 2021 г.' });
add('до "15" мая 2021 г.', null, date('2021-05-15'));
add('«30» сентября 2021 г.', null, date('2021-09-30'));
add('до “01” июля 2022 года', null, date('2022-07-01'));
add('до 01.06.2021', null, date('2021-06-01'));
add('в срок не позднее 20.12.2020', null, date('2020-12-20'));
add('до 15.01.2021 включительно', null, { ...date('2021-01-15'), text: 'до 15.01.2021 включительно' });
add('до 10 марта 2021 года (включительно)', null, date('2021-03-10'));
add('до 15 января 2021 г', null, date('2021-01-15'));
add('до 15 января 2021г.', null, date('2021-01-15'));
add('до  15  января   2021  года', null, date('2021-01-15'));
add('до\u00a015\u00a0января\u00a02021\u00a0года', null, date('2021-01-15'));
add('Срок — 20 января 2021 года', null, { ...date('2021-01-20'), text: '20 января 2021 года' });
add('Срок - 20.01.2021', null, { ...date('2021-01-20'), text: '20.01.2021' });
add('Срок исполнения: до 1 июля 2021 года;', null, { ...date('2021-07-01'), text: 'до 1 июля 2021 года' });
add('Срок: до 1 июля\n2021 года', null, { ...date('2021-07-01'), text: 'до 1 июля 2021 года' });
add('не позднее 10.03.2021 г.', null, date('2021-03-10'));
add('к 25 декабря 2020 года', null, date('2020-12-25'));
add('до 30.06.2021 года', null, date('2021-06-30'));
add('до 5 октября 2022 г. (информацию направить на адрес электронной почты)', null, date('2022-10-05'));
add('до 10.06', '2021-05-01', date('2021-06-10'));
add('до 1-го марта 2022 года', null, date('2022-03-01'));
add('до 2021-06-30', null, date('2021-06-30'));
add('в срок до 01.11.2016 года', null, date('2016-11-01'));
add('до 31.12.2020 г. (при наличии)', null, date('2020-12-31'));
add('до 1 марта 2021 г., далее по мере необходимости', null, date('2021-03-01'));
add('в кратчайшие сроки, но не позднее 1 марта 2021 года', null, date('2021-03-01'));
add('по 31 декабря 2021 года', null, date('2021-12-31'));
add('к 10 янв. 2022 г.', null, date('2022-01-10'));
add('до 5 дек. 2021', null, date('2021-12-05'));
add('до 25 ноября 2019', null, date('2019-11-25'));
add('ДО 25 НОЯБРЯ 2019 ГОДА', null, date('2019-11-25'));
add('до 30 апреля 2021 года (в части проектов ведомственной цифровой трансформации)', null, date('2021-04-30'));
add('до 1 сентября и 1 декабря 2021 года', '2021-01-01', {
  ...date('2021-09-01'),
  warning: { code: 'deadline_vague', message: 'several dates' },
});
add('до 1 марта 2021 года (по протоколу от 25.03.2020 № 35)', null, date('2021-03-01'));
add('до 20.04.2021 г., 20.07.2021 г., 20.10.2021 г.', null, { ...date('2021-04-20'), warning: { code: 'deadline_vague', message: 'several dates' } });
add('до 01.03.21', null, date('2021-03-01'));
add('1.3.2021', null, date('2021-03-01'));
add('до 12 апреля 2021 года (в электронном виде)', null, date('2021-04-12'));

// ── Relative terms: from the day after the document (Civil Code art. 191) ─────────
add('в течение 10 рабочих дней', '2023-03-14', relative('2023-03-28', 10, 'working_days'));
add('в течение 10 дней', '2023-03-14', relative('2023-03-24', 10, 'days'));
add('в двухнедельный срок', '2023-03-14', relative('2023-03-28', 2, 'weeks'));
add('в недельный срок', '2023-03-14', relative('2023-03-21', 1, 'weeks'));
add('в месячный срок', '2023-03-14', relative('2023-04-14', 1, 'months'));
add('в течение месяца', '2023-03-14', relative('2023-04-14', 1, 'months'));
add('в трехдневный срок', '2023-03-14', relative('2023-03-17', 3, 'days'));
add('в 10-дневный срок', '2023-03-14', relative('2023-03-24', 10, 'days'));
add('в течение двух недель', '2023-03-14', relative('2023-03-28', 2, 'weeks'));
add('в течение одного месяца', '2023-03-14', relative('2023-04-14', 1, 'months'));
add('в течение трех месяцев', '2023-03-14', relative('2023-06-14', 3, 'months'));
add('в течение пяти рабочих дней', '2023-03-14', relative('2023-03-21', 5, 'working_days'));
add('в течение десяти дней', '2023-03-14', relative('2023-03-24', 10, 'days'));
add('в течение пятнадцати рабочих дней', '2023-03-14', relative('2023-04-04', 15, 'working_days'));
add('в течение тридцати дней', '2023-03-14', relative('2023-04-13', 30, 'days'));
add('в течение 30 (тридцати) календарных дней', '2023-03-14', relative('2023-04-13', 30, 'days'));
add('в течение 10 (десяти) рабочих дней со дня подписания протокола', '2023-03-14', relative('2023-03-28', 10, 'working_days'));
add('в 3-х дневный срок', '2023-03-14', relative('2023-03-17', 3, 'days'));
add('в десятидневный срок', '2023-03-14', relative('2023-03-24', 10, 'days'));
add('в семидневный срок', '2023-03-14', relative('2023-03-21', 7, 'days'));
add('в двухмесячный срок', '2023-03-14', relative('2023-05-14', 2, 'months'));
add('в течение недели', '2023-03-14', relative('2023-03-21', 1, 'weeks'));
add('не позднее 5 рабочих дней с даты подписания протокола', '2023-03-14', relative('2023-03-21', 5, 'working_days'));
add('через две недели', '2023-03-14', relative('2023-03-28', 2, 'weeks'));
add('в течение полугода', '2023-03-14', relative('2023-09-14', 6, 'months'));
add('в течение двадцати пяти дней', '2023-03-14', relative('2023-04-08', 25, 'days'));
add('10 рабочих дней со дня подписания протокола', '2023-03-14', relative('2023-03-28', 10, 'working_days'));
add('в течение 3 рабочих дней', '2023-03-17', relative('2023-03-22', 3, 'working_days'));
add('в течение 1 рабочего дня', '2023-03-17', relative('2023-03-20', 1, 'working_days'));
add('в течение 2 рабочих дней', '2023-03-18', relative('2023-03-21', 2, 'working_days'));
add('в течение месяца', '2023-01-31', relative('2023-02-28', 1, 'months'));
add('в течение месяца со дня проведения заседания', '2021-01-29', relative('2021-02-28', 1, 'months'));
add('в пятидневный срок со дня получения протокола', '2023-03-14', {
  ...relative('2023-03-19', 5, 'days'),
  warning: { code: 'deadline_vague', message: 'получения протокола' },
});
add('в течение 10 рабочих дней', null, {
  kind: 'unparsed',
  date: null,
  relative: { count: 10, unit: 'working_days', from: 'document_date' },
  warning: { code: 'deadline_unparsed', message: 'unknown' },
});
add('в течение 10 дней после утверждения бюджета', '2023-03-14', vague('утверждения бюджета'));
add('в течение 5 дней с момента получения запроса', '2023-03-14', vague('получения запроса'));
add('в 2-недельный срок', '2023-03-14', relative('2023-03-28', 2, 'weeks'));
add('в течение 10 раб. дней', '2023-03-14', relative('2023-03-28', 10, 'working_days'));
add('в недельный срок после подписания протокола', '2023-03-14', relative('2023-03-21', 1, 'weeks'));

// ── Periods: due on their last day ────────────────────────────────────────────────
add('II квартал 2021 года', null, period('2021-06-30'));
add('2 квартал 2021', null, period('2021-06-30'));
add('во II квартале 2021 г.', null, period('2021-06-30'));
add('до конца 2021 года', null, period('2021-12-31'));
add('до конца года', '2020-05-05', period('2020-12-31'));
add('первая декада марта', '2021-01-15', period('2021-03-10'));
add('первая декада марта', '2021-04-05', period('2022-03-10'));
add('вторая декада марта 2021 года', null, period('2021-03-20'));
add('третья декада февраля 2021 года', null, period('2021-02-28'));
add('в третьей декаде июня 2021 года', null, period('2021-06-30'));
add('I полугодие 2021 года', null, period('2021-06-30'));
add('до 1 полугодия 2021 года', null, { ...period('2021-06-30'), warning: { code: 'deadline_vague', message: 'last day' } });
add('в 2021 году', null, period('2021-12-31'));
add('2021 год', null, period('2021-12-31'));
add('декабрь 2020 года', null, period('2020-12-31'));
add('в декабре 2021 года', null, period('2021-12-31'));
add('до конца декабря 2021 года', null, period('2021-12-31'));
add('до конца IV квартала 2021 года', null, period('2021-12-31'));
add('IV кв. 2021 г.', null, period('2021-12-31'));
add('4 квартал 2020 г.', null, period('2020-12-31'));
add('не позднее IV квартала 2021 года', null, period('2021-12-31'));
add('в течение II полугодия 2022 года', null, period('2022-12-31'));
add('в первом полугодии 2022 г.', null, period('2022-06-30'));
add('до конца первого полугодия 2021 года', null, period('2021-06-30'));
add('до конца текущего года', '2021-03-01', period('2021-12-31'));
add('в течение текущего года', '2021-06-01', period('2021-12-31'));
add('в течение 2022 года', null, period('2022-12-31'));
add('в 2021-2022 годах', null, period('2022-12-31'));
add('в феврале', '2024-01-10', period('2024-02-29'));
add('до конца марта', '2021-04-10', period('2022-03-31'));
add('9 месяцев 2021 года', null, period('2021-09-30'));
add('III квартал', '2021-08-01', period('2021-09-30'));
add('I квартал', '2021-08-01', period('2022-03-31'));
add('во втором квартале', '2022-01-20', period('2022-06-30'));
add('до конца текущего месяца', '2021-02-10', period('2021-02-28'));
add('до конца квартала', '2021-05-10', period('2021-06-30'));
add('с 1 по 15 июня 2021 года', null, period('2021-06-15'));
add('в период с 01.03.2021 по 31.03.2021', null, period('2021-03-31'));
add('с 1 апреля по 1 мая 2011 года', null, period('2011-05-01'));
add('в течение IV квартала 2021 года', null, period('2021-12-31'));
add('до окончания 2021 года', null, period('2021-12-31'));
add('апрель 2021 года', null, period('2021-04-30'));
add('III кв.', '2021-03-15', period('2021-09-30'));
add('II полугодие', '2021-03-15', period('2021-12-31'));

// ── Recurring terms ───────────────────────────────────────────────────────────────
add('еженедельно (по пятницам) с 1 апреля по 1 мая 2011 года', '2011-03-20', recurring(rule('weekly', 5, null, 'none', '2011-04-01', '2011-05-01'), '2011-04-01'));
add('ежеквартально, до 5 числа месяца, следующего за отчетным кварталом', '2021-02-01', recurring(rule('quarterly', 5, null, 'period'), '2021-04-05'));
add('ежеквартально начиная со II квартала 2023 года', '2023-01-20', recurring(rule('quarterly', 31, null, 'none', '2023-04-01'), '2023-06-30'));
add('раз в полугодие', '2021-02-01', recurring(rule('halfyearly', 31, null, 'none'), '2021-06-30'));
add('ежегодно до 15 марта года, следующего за отчетным', '2010-07-20', recurring(rule('yearly', 15, 3, 'period'), '2011-03-15'));
add('ежегодно до 10 июля', '2021-02-01', recurring(rule('yearly', 10, 7, 'none'), '2021-07-10'));
add('ежегодно до 10 июля', '2021-08-01', recurring(rule('yearly', 10, 7, 'none'), '2022-07-10'));
add('ежемесячно начиная с июня 2023 года', '2023-02-01', recurring(rule('monthly', 31, null, 'none', '2023-06-01'), '2023-06-30'));
add('ежемесячно начиная с июня 2023 года до конца года', '2023-02-01', recurring(rule('monthly', 31, null, 'none', '2023-06-01', '2023-12-31'), '2023-06-30'));
add('ежемесячно, до 25 числа текущего месяца', '2021-03-28', recurring(rule('monthly', 25, null, 'none'), '2021-04-25'));
add('ежемесячно до 25 числа', '2021-02-01', recurring(rule('monthly', 25, null, 'none'), '2021-02-25'));
add('ежеквартально', '2021-05-15', recurring(rule('quarterly', 31, null, 'none'), '2021-06-30'));
add('ежемесячно до 5 числа месяца, следующего за отчетным, до конца 2021 года', '2021-03-01', recurring(rule('monthly', 5, null, 'period', null, '2021-12-31'), '2021-04-05'));
add(
  'ежеквартально до 20 числа месяца, следующего за отчетным кварталом, в течение 2022 года',
  '2021-12-15',
  recurring(rule('quarterly', 20, null, 'period', '2022-01-01', '2022-12-31'), '2022-04-20'),
);
add('ежегодно до 20 января года, следующего за отчетным, начиная с 2022 года', '2021-06-01', recurring(rule('yearly', 20, 1, 'period', '2022-01-01'), '2023-01-20'));
add('ежегодно до 1 февраля, начиная с 2022 года', '2021-06-01', recurring(rule('yearly', 1, 2, 'none', '2022-01-01'), '2022-02-01'));
add('еженедельно', '2021-03-03', recurring(rule('weekly', 5, null, 'none'), '2021-03-05'));
add('еженедельно по понедельникам', '2021-03-03', recurring(rule('weekly', 1, null, 'none'), '2021-03-08'));
add('еженедельно по четвергам до 12:00', '2021-03-03', recurring(rule('weekly', 4, null, 'none'), '2021-03-04'));
add('по пятницам', '2021-03-03', recurring(rule('weekly', 5, null, 'none'), '2021-03-05'));
add('раз в полгода до 10 числа месяца, следующего за отчетным полугодием', '2021-02-01', recurring(rule('halfyearly', 10, null, 'period'), '2021-07-10'));
add('два раза в год', '2021-02-01', recurring(rule('halfyearly', 31, null, 'none'), '2021-06-30'));
add('ежеквартально, не позднее 15-го числа месяца, следующего за отчетным периодом', '2021-02-01', recurring(rule('quarterly', 15, null, 'period'), '2021-04-15'));
add('ежегодно', '2021-02-01', recurring(rule('yearly', 31, null, 'none'), '2021-12-31'));
add('ежемесячно до конца месяца', '2021-02-10', recurring(rule('monthly', 31, null, 'none'), '2021-02-28'));
add('ежеквартально до 5 апреля, 5 июля, 5 октября и 5 января', '2021-02-01', recurring(rule('quarterly', 5, null, 'period'), '2021-04-05'));
add('ежемесячно в первой декаде месяца, следующего за отчетным', '2021-02-01', recurring(rule('monthly', 10, null, 'period'), '2021-03-10'));
add('ежеквартально до 5 числа', '2021-02-01', {
  ...recurring(rule('quarterly', 5, null, 'period'), '2021-04-05'),
  warning: { code: 'deadline_vague', message: 'month after each period' },
});
add('один раз в квартал', '2021-02-01', recurring(rule('quarterly', 31, null, 'none'), '2021-03-31'));
add('ежемесячный отчет до 3 числа месяца, следующего за отчетным', '2021-02-01', recurring(rule('monthly', 3, null, 'period'), '2021-03-03'));
add('ежемесячно до 10 числа месяца, следующего за отчетным', null, recurring(rule('monthly', 10, null, 'period'), null));
add('ежеквартально с 1 июля 2021 года по 31 декабря 2022 года', '2021-05-01', recurring(rule('quarterly', 31, null, 'none', '2021-07-01', '2022-12-31'), '2021-09-30'));
add('ежемесячно, не позднее 5 числа месяца, следующего за отчетным месяцем, начиная с 01.02.2021', '2021-01-20', recurring(rule('monthly', 5, null, 'period', '2021-02-01'), '2021-03-05'));
add('ежемесячно до 20-го числа отчетного месяца', '2021-01-20', recurring(rule('monthly', 20, null, 'none'), '2021-01-20'));
add('ежегодно до 1 декабря', '2021-12-02', recurring(rule('yearly', 1, 12, 'none'), '2022-12-01'));
add('ежеквартально по итогам квартала до 10 числа', '2021-02-01', recurring(rule('quarterly', 10, null, 'period'), '2021-04-10'));
add('20-го числа каждого месяца', '2021-03-15', recurring(rule('monthly', 20, null, 'none'), '2021-03-20'));
add('каждую пятницу', '2021-03-15', recurring(rule('weekly', 5, null, 'none'), '2021-03-19'));
add('ежегодно к 1 декабря', '2021-03-15', recurring(rule('yearly', 1, 12, 'none'), '2021-12-01'));
add(
  'ежемесячно, в срок до 5 числа месяца, следующего за отчетным периодом, начиная с отчета за март 2021 года',
  '2021-03-15',
  recurring(rule('monthly', 5, null, 'period', '2021-03-01'), '2021-04-05'),
);
add('до 15.04.2021, далее – ежемесячно', '2021-03-15', {
  ...recurring(rule('monthly', 31, null, 'none'), '2021-03-31'),
  warning: { code: 'deadline_vague', message: 'before the frequency' },
});

// ── Continuous terms ──────────────────────────────────────────────────────────────
add('постоянно', null, { ...continuous, text: 'постоянно' });
add('Постоянно.', '2021-01-01', { ...continuous, text: 'Постоянно' });
add('на постоянной основе', null, continuous);
add('регулярно', null, continuous);
add('на регулярной основе', null, continuous);
add('ежедневно', null, continuous);
add('систематически', null, continuous);
add('бессрочно', null, continuous);
add('до особого распоряжения', null, continuous);
add('в постоянном режиме', null, continuous);

// ── No deadline at all ────────────────────────────────────────────────────────────
add('', null, { kind: 'none', text: '', date: null });
add('   ', null, { kind: 'none', text: '', date: null });
add('Срок:', null, { kind: 'none', text: '', date: null });
add('.', '2021-01-01', { kind: 'none', text: '', date: null });

// ── Vague: reported, never dated ──────────────────────────────────────────────────
add('в кратчайшие сроки', null, vague('в кратчайшие сроки'));
add('на очередном заседании', '2021-01-01', vague('на очередном заседании'));
add('оперативно', null, vague('оперативно'));
add('по мере необходимости', null, vague('по мере необходимости'));
add('в установленные сроки', null, vague('в установленные сроки'));
add('после утверждения бюджета', null, vague('после утверждения бюджета'));
add('после утверждения бюджета на 2021 год', null, vague('names no date'));
add('незамедлительно', null, vague('незамедлительно'));
add('в установленный срок', null, vague('в установленный срок'));
add('к очередному заседанию комиссии', '2021-01-01', vague('names no date'));
add('в течение года', '2021-01-01', vague('в течение года'));
add('по итогам 2021 года', null, vague('names no date'));
add('в сроки, установленные планом мероприятий', null, vague('names no date'));
add('по согласованию с Министерством', null, vague('names no date'));
add('в максимально короткие сроки', null, vague('names no date'));
add('за 3 дня до проведения заседания', null, vague('names no date'));
add('к заседанию комиссии', null, vague('names no date'));
add('по отдельному графику', null, vague('names no date'));

// ── Unreadable: a typo or an impossible date ──────────────────────────────────────
add('до 25 нобяря 2019', '2019-10-30', unreadable('deadline_unparsed', 'нобяря'));
add('до 10 декобря 2020 года', null, unreadable('deadline_unparsed', 'декобря'));
add('31 февраля 2021 года', null, unreadable('date_invalid', '31 февраля 2021 года'));
add('до 29 февраля 2021 года', null, unreadable('date_invalid', '29 февраля 2021 года'));
add('32.01.2021', null, unreadable('date_invalid', '32.01.2021'));
add('15.13.2021', null, unreadable('date_invalid', '15.13.2021'));
add('до 30 февраля', '2021-01-01', unreadable('date_invalid', '30 февраля'));
add('к 1 сентября', null, unreadable('deadline_unparsed', 'no year'));
add('II квартал', null, unreadable('deadline_unparsed', 'no year'));
add('до конца года', null, unreadable('deadline_unparsed', 'unknown'));
add('до 18:00', null, unreadable('deadline_unparsed', 'до 18:00'));
add('начиная с 1 марта 2021 года', null, unreadable('deadline_unparsed', 'starts'));
add('Срок – уточняется', null, { ...unreadable('deadline_unparsed', 'уточняется'), text: 'уточняется' });
