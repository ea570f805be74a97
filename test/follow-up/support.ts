import type { ParsedMail } from 'mailparser';
import type { FollowUpDeps } from '../../src/follow-up/operations.js';
import { parseReference, type Reference } from '../../src/follow-up/reference.js';
import { mailIdOf, type Pipeline } from '../support/pipeline.js';

/** What the follow-up core runs with, taken from the pipeline's runtime: its store, scheduler, config and simulated clock. */
export function depsOf(pipeline: Pipeline): FollowUpDeps {
  const { store, scheduler, routings, config } = pipeline.runtime.deps;
  return { store, scheduler, routings, config, clock: pipeline.clock };
}

export function ref(text: string, extra: { executor?: string; occurrence?: string } = {}): Reference {
  return parseReference(text, extra);
}

/** The mails delivered about one item whose id names this part segment ('.p1-2.khmao-surgut.'). */
export function mailsOf(pipeline: Pipeline, itemSegment: string, part: string): ParsedMail[] {
  return pipeline.sink.mails.filter((m) => mailIdOf(m).includes(`.${itemSegment}.${part}.`));
}

export function recipientsOf(mail: ParsedMail): string {
  const to = mail.to && !Array.isArray(mail.to) ? mail.to.text : '';
  const cc = mail.cc && !Array.isArray(mail.cc) ? mail.cc.text : '';
  return `${to} ${cc}`.trim();
}

/** The tracks of one item of a protocol with their pending step, from the store. */
export async function tracksOf(pipeline: Pipeline, protocolKey: string, itemSegment: string): Promise<Map<string, string>> {
  const tracks = await pipeline.runtime.deps.store.getTracks(protocolKey);
  return new Map([...tracks].filter(([track]) => track.startsWith(`${protocolKey}.${itemSegment}.`)).map(([track, next]) => [track, next.stepId]));
}

/** The .ics attached to a mail: its UID and SEQUENCE. */
export function calendarOf(mail: ParsedMail): { uid: string | null; sequence: number | null } {
  const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.content.toString() ?? '';
  const uid = /^UID:(.+)$/m.exec(ics)?.[1]?.trim() ?? null;
  const sequence = /^SEQUENCE:(\d+)/m.exec(ics)?.[1];
  return { uid, sequence: sequence === undefined ? null : Number(sequence) };
}
