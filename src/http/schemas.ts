import { z } from 'zod';

/**
 * The zod schemas of every body and query the API takes. Unknown fields are refused
 * (a misspelt 'reasn' would otherwise be dropped without a word), and each message
 * says what to write.
 */
const text = (what: string, max: number) =>
  z.string({ error: `write ${what} as a string` }).trim().min(1, { error: `${what} is empty; leave it out or write it` }).max(max, { error: `${what} is longer than ${max} characters` });

const day = (what: string) => z.string({ error: `write ${what} as YYYY-MM-DD or DD.MM.YYYY` }).trim().regex(/^(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})$/, { error: `${what} is not a day; write it as YYYY-MM-DD or DD.MM.YYYY, e.g. 2019-12-10` });

/** How an assignment is named, as the CLI names it: «4/2019 п.1.2», or protocol + item (+ date). */
const targetFields = {
  ref: text("the reference (e.g. '4/2019 п.1.2')", 200).optional(),
  protocol: text('the protocol (its number, e.g. 4/2019, or its key)', 200).optional(),
  item: text('the item (e.g. 1.2)', 40).optional(),
  date: day("the protocol's date").optional(),
  executor: text('the executor (a directory id, a group id or a name)', 300).optional(),
  occurrence: text('the occurrence (a period such as 2021-03)', 40).optional(),
};

const named = <T extends { ref?: string | undefined; protocol?: string | undefined; item?: string | undefined; date?: string | undefined }>(value: T, ctx: z.RefinementCtx) => {
  const byOptions = value.protocol !== undefined || value.item !== undefined;
  if (value.ref !== undefined && (byOptions || value.date !== undefined)) {
    ctx.addIssue({ code: 'custom', path: ['ref'], message: "name the assignment either by 'ref' or by 'protocol' and 'item', not both" });
  } else if (value.ref === undefined && (value.item === undefined || (value.protocol === undefined && value.date === undefined))) {
    ctx.addIssue({ code: 'custom', path: [], message: "name the assignment: 'ref' such as '4/2019 п.1.2', or 'protocol' (number or key) and 'item' (and 'date' when two protocols share a number)" });
  }
};

const reason = text('the reason', 2000);

export const targetQuery = z.strictObject(targetFields).superRefine(named);
export const doneBody = z.strictObject({ ...targetFields, reason: reason.optional() }).superRefine(named);
export const cancelBody = z.strictObject({ ...targetFields, reason: text('the reason (why it is no longer followed)', 2000) }).superRefine(named);
export const postponeBody = z.strictObject({ ...targetFields, to: day('the new deadline (to)'), reason: text('the reason (e.g. the letter that asked for it)', 2000) }).superRefine(named);

export const requestBody = z
  .strictObject({ ...targetFields, executor: text('the executor whose part is to be postponed', 300), to: day('the day asked for (to)').optional(), reason: reason.optional() })
  .superRefine(named);
export const acceptBody = z.strictObject({ to: day('the new deadline (to)').optional(), reason: reason.optional() });
export const refuseBody = z.strictObject({ reason: reason.optional() });

export const reportQuery = z.strictObject({
  kind: z.enum(['open', 'due-soon', 'overdue'], { error: "kind is 'open', 'due-soon' or 'overdue'" }).default('open'),
  days: z.coerce
    .number({ error: 'days is a number of working days, e.g. 5' })
    .int({ error: 'days is a whole number of working days, e.g. 5' })
    .min(0, { error: 'days is 0 or more' })
    .max(250, { error: 'days is at most 250' })
    .optional(),
  executor: text('the executor (a directory id, a group id or part of a name)', 300).optional(),
  controller: text("the controller (a directory id, part of a name, or 'operator')", 300).optional(),
});

export const recordsQuery = z.strictObject({
  executor: text('the executor (a directory id, a group id or part of a name)', 300).optional(),
  controller: text("the controller (a directory id, part of a name, or 'operator')", 300).optional(),
});

export const timelineQuery = z.strictObject({ until: day('until').optional() });
/** The timeline page shows one month at a time: `month=YYYY-MM`, by default the first with a step. */
export const timelinePageQuery = z.strictObject({
  until: day('until').optional(),
  month: z.string({ error: 'write month as YYYY-MM' }).trim().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'month is not a month; write it as YYYY-MM, e.g. 2019-12' }).optional(),
});

export const protocolKeyParam = z.strictObject({ key: z.string().regex(/^[a-z0-9][a-z0-9-]{0,199}$/, { error: 'is not a protocol key; keys are lowercase latin letters, digits and dashes, as GET /api/protocols lists them' }) });
export const requestIdParam = z.strictObject({ id: z.string().regex(/^[A-Za-z0-9]{8}$/, { error: 'is not a request id; ids are eight letters and digits, e.g. K7QX2MPA' }) });

/** The form of a one-click link's confirmation page. */
export const linkForm = z.strictObject({
  action: z.enum(['done', 'postpone', 'accept', 'refuse'], { error: 'форма изменена: откройте ссылку из письма ещё раз' }),
  reason: z.string().trim().max(2000, { error: 'причина длиннее 2000 знаков; сократите её' }).optional(),
  to: z.string().trim().optional(),
});
