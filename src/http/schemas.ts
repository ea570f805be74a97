import { z } from 'zod';
import { CHARACTERS_GENITIVE, countOf } from '../mail/plural.js';

/**
 * The zod schemas of every body and query the API takes. Unknown fields are refused
 * (a misspelt 'reasn' would otherwise be dropped without a word), and each message
 * says what to write.
 */
const text = (what: string, max: number) =>
  z.string({ error: `${what}: напишите строкой` }).trim().min(1, { error: `${what}: пусто; уберите поле или заполните его` }).max(max, { error: `${what}: длиннее ${countOf(max, CHARACTERS_GENITIVE)}` });

const day = (what: string) => z.string({ error: `${what}: напишите как ГГГГ-ММ-ДД или ДД.ММ.ГГГГ` }).trim().regex(/^(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})$/, { error: `${what}: не дата; напишите как ГГГГ-ММ-ДД или ДД.ММ.ГГГГ, например 2019-12-10` });

/** How an assignment is named, as the CLI names it: «4/2019 п.1.2», or protocol + item (+ date). */
const targetFields = {
  ref: text("ссылка (например, '4/2019 п.1.2')", 200).optional(),
  protocol: text('протокол (номер, например 4/2019, или ключ)', 200).optional(),
  item: text('пункт (например, 1.2)', 40).optional(),
  date: day('дата протокола').optional(),
  executor: text('исполнитель (код из справочника, код группы или название)', 300).optional(),
  occurrence: text('срок повторяющегося поручения (период, например 2021-03)', 40).optional(),
};

const named = <T extends { ref?: string | undefined; protocol?: string | undefined; item?: string | undefined; date?: string | undefined }>(value: T, ctx: z.RefinementCtx) => {
  const byOptions = value.protocol !== undefined || value.item !== undefined;
  if (value.ref !== undefined && (byOptions || value.date !== undefined)) {
    ctx.addIssue({ code: 'custom', path: ['ref'], message: "назовите поручение либо через 'ref', либо через 'protocol' и 'item', но не обоими способами" });
  } else if (value.ref === undefined && (value.item === undefined || (value.protocol === undefined && value.date === undefined))) {
    ctx.addIssue({ code: 'custom', path: [], message: "назовите поручение: 'ref', например '4/2019 п.1.2', или 'protocol' (номер или ключ) и 'item' (и 'date', если у двух протоколов один номер)" });
  }
};

const reason = text('причина', 2000);

export const targetQuery = z.strictObject(targetFields).superRefine(named);
export const doneBody = z.strictObject({ ...targetFields, reason: reason.optional() }).superRefine(named);
export const cancelBody = z.strictObject({ ...targetFields, reason: text('причина (почему поручение больше не контролируется)', 2000) }).superRefine(named);
export const postponeBody = z.strictObject({ ...targetFields, to: day('новый срок (to)'), reason: text('причина (например, письмо с просьбой)', 2000) }).superRefine(named);

export const requestBody = z
  .strictObject({ ...targetFields, executor: text('исполнитель, чей срок переносится', 300), to: day('запрошенный срок (to)').optional(), reason: reason.optional() })
  .superRefine(named);
export const acceptBody = z.strictObject({ to: day('новый срок (to)').optional(), reason: reason.optional() });
export const refuseBody = z.strictObject({ reason: reason.optional() });

export const reportQuery = z.strictObject({
  kind: z.enum(['open', 'due-soon', 'overdue'], { error: "kind: 'open', 'due-soon' или 'overdue'" }).default('open'),
  days: z.coerce
    .number({ error: 'days: число рабочих дней, например 5' })
    .int({ error: 'days: целое число рабочих дней, например 5' })
    .min(0, { error: 'days: 0 или больше' })
    .max(250, { error: 'days: не больше 250' })
    .optional(),
  executor: text('исполнитель (код из справочника, код группы или часть названия)', 300).optional(),
  controller: text("контролёр (код из справочника, часть названия или 'operator')", 300).optional(),
});

export const recordsQuery = z.strictObject({
  executor: text('исполнитель (код из справочника, код группы или часть названия)', 300).optional(),
  controller: text("контролёр (код из справочника, часть названия или 'operator')", 300).optional(),
});

export const timelineQuery = z.strictObject({ until: day('until (по какой день)').optional() });
/** The timeline page shows one month at a time: `month=YYYY-MM`, by default the first with a step. */
export const timelinePageQuery = z.strictObject({
  until: day('until (по какой день)').optional(),
  month: z.string({ error: 'write month as YYYY-MM' }).trim().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'month is not a month; write it as YYYY-MM, e.g. 2019-12' }).optional(),
});

export const protocolKeyParam = z.strictObject({ key: z.string().regex(/^[a-z0-9][a-z0-9-]{0,199}$/, { error: 'не ключ протокола; ключ — строчные латинские буквы, цифры и дефисы, как в списке GET /api/protocols' }) });
export const requestIdParam = z.strictObject({ id: z.string().regex(/^[A-Za-z0-9]{8}$/, { error: 'не номер запроса; номер — восемь латинских букв и цифр, например K7QX2MPA' }) });

/** The form of a one-click link's confirmation page. */
export const linkForm = z.strictObject({
  action: z.enum(['done', 'postpone', 'accept', 'refuse'], { error: 'форма изменена: откройте ссылку из письма ещё раз' }),
  reason: z.string().trim().max(2000, { error: 'причина длиннее 2000 знаков; сократите её' }).optional(),
  to: z.string().trim().optional(),
});
