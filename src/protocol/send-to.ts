import type { SendTo } from '../domain.js';
import { accusativeToNominative, genitiveToNominative } from './case-forms.js';
import { beforeAskedObject } from './executors.js';
import { squash, stripTrailingPunctuation } from './text.js';

const SENDING = /(направ|представ|предостав|внести|вносить|сообщ|доложи|докладыва|переда|информирова)[а-яё]*/iu;

/** Where the result goes: «в Депинформтехнологий Югры (на адрес электронной почты …)», «в адрес Министерства …». */
export function readSendTo(text: string, route: (phrase: string) => string | null): SendTo[] {
  const flat = squash(text);
  const out: SendTo[] = [];
  const verb = SENDING.exec(flat);
  if (verb) {
    const after = flat.slice(verb.index + verb[0].length);
    const offset = verb.index + verb[0].length;
    const re = /(?:^|\s)(в\s+адрес\s+([^(;]+?)|в\s+((?:[А-ЯЁ][^\s(;]*)(?:[^(;]*?)))(?=\s*\(|;|\.\s|\.$|$|\s+(?:для|с\s+целью|в\s+срок|до\s+\d|не\s+позднее|ежемесячно|ежеквартально|еженедельно|ежегодно))/gu;
    for (const m of after.matchAll(re)) {
      // «представить в Департамент … информацию о ходе …»: what is sent is not where it goes.
      const phrase = beforeAskedObject(stripTrailingPunctuation((m[1] ?? '').trim()));
      const genitive = m[2];
      const accusative = m[3];
      const head = (accusative ?? genitive ?? '').split(' ')[0] ?? '';
      // «в Челябинской области» is a place, not a destination.
      if (accusative && /(ой|ом|ем|их|ых|ской|ском)$/u.test(head)) continue;
      const raw = beforeAskedObject(stripTrailingPunctuation((genitive ?? accusative ?? '').trim()));
      const name = genitive ? genitiveToNominative(raw) : accusativeToNominative(raw);
      const tail = flat.slice(offset + m.index + m[0].length);
      const email = /^\s*\((?:на\s+)?(?:адрес\s+)?(?:электронной\s+почты|e-?mail)?[^)@]*?([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/iu.exec(tail)?.[1] ?? null;
      out.push({ text: phrase, name, ref: route(raw), email });
    }
  }
  // An address written without a body («на адрес электронной почты X»).
  const known = new Set(out.map((s) => s.email?.toLowerCase()));
  for (const m of flat.matchAll(/на\s+(?:адрес\s+)?(?:электронной\s+почты|e-?mail)\s*:?\s*([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/giu)) {
    const email = m[1]!.replace(/\.$/u, '');
    if (known.has(email.toLowerCase())) continue;
    out.push({ text: stripTrailingPunctuation(m[0]), name: null, ref: null, email });
  }
  return out;
}
