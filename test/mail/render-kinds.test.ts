import { describe, expect, it } from 'vitest';
import { MAIL_KINDS, type MailKind } from '../../src/mail/index.js';
import { context, htmlOf, parsed, renderer } from './support.js';

const ITEM_FIRST_LINE =
  'Рекомендовать органам местного самоуправления Ханты-Мансийского автономного округа – Югры направить в Депинформтехнологий Югры (на адрес электронной почты SolnovaKV@admhmao.ru) предложения по критериям оценки участников и порядок начисления баллов конкурса «Лучший муниципалитет по цифровой трансформации» на 2020 год (при наличии).';
const ITEM_SECOND_LINE = 'Срок: до 25 ноября 2019 года.';
const OPTIONAL = 'ответ — по желанию, ничего не просрочено';

/** Both parts of a parsed mail, line breaks normalised, so one assertion covers HTML and text alike. */
async function partsOf(kind: MailKind, change?: Parameters<typeof context>[1]) {
  const mail = (await renderer()).render(context(kind, change));
  const back = await parsed(mail);
  return { mail, back, html: htmlOf(back), text: (back.text ?? '').replace(/\r\n/g, '\n') };
}

/** Case aside: the text part writes its headline in capitals. */
function expectBoth(parts: { html: string; text: string }, ...phrases: string[]): void {
  for (const phrase of phrases) {
    expect(parts.text.toLowerCase(), `text part: ${phrase}`).toContain(phrase.toLowerCase());
    expect(parts.html.toLowerCase(), `HTML part: ${phrase}`).toContain(phrase.toLowerCase());
  }
}

describe('every kind of mail, read back from the message', () => {
  it.each(MAIL_KINDS.filter((k) => k !== 'digest' && k !== 'catchup'))('a %s mail names protocol № 4/2019 of 30.10.2019, its body, item 1.2 in full and where the result goes', async (kind) => {
    const parts = await partsOf(kind);
    expect(parts.back.subject).toBe(context(kind).subject);
    expect(parts.back.subject).toContain('Протокол № 4/2019 от 30.10.2019, п. 1.2');
    expectBoth(
      parts,
      'Протокол № 4/2019 от 30.10.2019',
      'Рабочая группа по координации цифрового развития муниципальных образований Ханты-Мансийского автономного округа – Югры',
      'п. 1.2',
      ITEM_FIRST_LINE,
      ITEM_SECOND_LINE,
      'Депинформтехнологий Югры',
      'SolnovaKV@admhmao.ru',
    );
    expect(parts.text).toContain(`${ITEM_FIRST_LINE}\n${ITEM_SECOND_LINE}`);
  });

  it('a reminder gives the deadline, the working days left and the executor, and says the reply is optional', async () => {
    const parts = await partsOf('reminder');
    expectBoth(parts, '25.11.2019', '25 ноября 2019 г. (понедельник)', 'осталось 3 рабочих дня', 'Администрация города Сургута', OPTIONAL);
    expect(parts.text).not.toContain('просрочено на');
  });

  it('an overdue notice counts the working days overdue and does not call the reply optional', async () => {
    const parts = await partsOf('overdue');
    expectBoth(parts, '25.11.2019', 'просрочено на 1 рабочий день', 'Администрация города Сургута');
    expect(parts.text).not.toContain(OPTIONAL);
    expect(parts.html).not.toContain(OPTIONAL);
  });

  it('an escalation gives its level, whom it goes to and whose part is overdue', async () => {
    const parts = await partsOf('escalation');
    expectBoth(parts, 'Уровень эскалации: 1', 'Адресат: Депинформтехнологий Югры', 'исполнителем: ', 'Администрация города Сургута', 'просрочено на 3 рабочих дня');
    expect(parts.back.cc).toBeDefined();
  });

  it('a status request for an assignment without a deadline says so', async () => {
    const parts = await partsOf('status');
    expectBoth(parts, 'Просим сообщить, как исполняется поручение', 'не установлен');
  });

  it('a summary lists who has and has not marked the item done, with the count', async () => {
    const parts = await partsOf('summary');
    expectBoth(
      parts,
      'Отметили исполнение: 2 из 5',
      'Администрация города Сургута',
      'исполнено 21.11.2019',
      'Администрация города Нефтеюганска',
      'нет отметки об исполнении',
      'срок прошёл 1 рабочий день назад',
      OPTIONAL,
    );
    expect(parts.text).toContain('- Администрация Сургутского района: нет отметки об исполнении');
  });

  it('an operator notice states what the operator must do', async () => {
    const parts = await partsOf('operator');
    expectBoth(parts, 'Нужно действие оператора', 'Проверьте адрес в config/directory.yaml (khmao-surgut)');
  });

  it.each(['digest', 'catchup'] as const)('a %s lists every line with its protocol, item, executor, deadline and full text', async (kind) => {
    const parts = await partsOf(kind);
    expectBoth(
      parts,
      '2 поручения',
      'Протокол № 4/2019 от 30.10.2019, Рабочая группа по координации цифрового развития',
      'п. 1.2',
      'п. 3.2',
      'Исполнитель: Администрация города Сургута',
      'Срок: 25.11.2019 — осталось 3 рабочих дня',
      'Срок: 07.11.2019 — просрочено на 8 рабочих дней',
      ITEM_FIRST_LINE,
      'предложения в проект концепции цифровой трансформации Ханты-Мансийского автономного округа – Югры.',
      OPTIONAL,
    );
  });

  it('a digest of five lines says «5 поручений»', async () => {
    const parts = await partsOf('digest', (ctx) => {
      const line = ctx.lines?.[0];
      if (!line) throw new Error('the sample digest has lines');
      ctx.lines = [1, 2, 3, 4, 5].map((n) => ({ ...line, item: `1.${n}` }));
    });
    expectBoth(parts, 'В сводке 5 поручений', 'п. 1.5');
  });
});

describe('the deadline as the mail writes it', () => {
  it('gives the day the protocol wrote when the deadline moved off a day off', async () => {
    const parts = await partsOf('reminder', (ctx) => {
      if (ctx.occurrence) ctx.occurrence.due = '2019-11-23';
    });
    expectBoth(parts, 'в тексте протокола: 23.11.2019', '25.11.2019');
  });

  it('says nothing of the written day when the deadline did not move', async () => {
    const parts = await partsOf('reminder');
    expect(parts.text).not.toContain('в тексте протокола');
    expect(parts.html).not.toContain('в тексте протокола');
  });

  it('gives the hour an item names and the reported period of a recurring assignment', async () => {
    const parts = await partsOf('reminder', (ctx) => {
      if (ctx.occurrence) {
        ctx.occurrence.time = '17:00';
        ctx.occurrence.label = 'за январь 2021 года';
      }
    });
    expectBoth(parts, 'до 17:00', 'Отчётный период: за январь 2021 года');
  });

  it('writes «остался 1 рабочий день» and «срок истекает сегодня»', async () => {
    const one = await partsOf('reminder', (ctx) => {
      if (ctx.occurrence) ctx.occurrence.daysLeft = 1;
    });
    expectBoth(one, 'остался 1 рабочий день');
    const today = await partsOf('reminder', (ctx) => {
      if (ctx.occurrence) ctx.occurrence.daysLeft = 0;
    });
    expectBoth(today, 'срок истекает сегодня');
  });
});

describe('who acts and where the result goes', () => {
  it('marks a co-executor', async () => {
    const parts = await partsOf('reminder', (ctx) => {
      ctx.part = { name: 'Департамент экономического развития Ханты-Мансийского автономного округа – Югры', role: 'co-executor' };
    });
    expectBoth(parts, 'Департамент экономического развития Ханты-Мансийского автономного округа – Югры', 'соисполнитель');
  });

  it('shows every address named in the item, also those not given as where to send the result', async () => {
    const parts = await partsOf('reminder', (ctx) => {
      ctx.assignment?.emails.push('RaduzhanAA@admhmao.ru');
      ctx.assignment?.sendTo.push({ text: 'в Департамент финансов Югры', name: 'Департамент финансов Югры', email: null });
    });
    expectBoth(parts, 'SolnovaKV@admhmao.ru', 'RaduzhanAA@admhmao.ru', 'Департамент финансов Югры');
    // An address given both in sendTo and among the item's addresses is listed once.
    expect(parts.text.match(/SolnovaKV@admhmao\.ru/g)?.length).toBe(2 /* item text + where to */);
  });

  it('offers the one-click links as buttons and as plain links', async () => {
    const parts = await partsOf('reminder');
    const done = context('reminder').links?.done ?? '';
    expect(parts.text).toContain(`Отметить исполнение: ${done}`);
    expect(parts.html).toContain(`href="${done}"`);
    expect(parts.html).toContain('Перенести срок');
  });

  it('leaves the buttons out when there are no links', async () => {
    const parts = await partsOf('reminder', (ctx) => {
      ctx.links = null;
    });
    expect(parts.html).not.toContain('Отметить исполнение');
    expect(parts.text).not.toContain('Отметить исполнение');
  });
});
