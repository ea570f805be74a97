import type { EscalationTarget } from '../config/schema.js';
import type { SrokConfig } from '../config/types.js';
import type { Directory } from '../directory/types.js';
import type { ParsedDocument } from '../domain.js';
import { addressTarget, type Fallback, type TargetAddress } from './escalation-target.js';
import { findIssuer } from './issuer.js';

/**
 * Who a mail is really for and why they get it — the one answer the planner, the
 * templates and the tests share. The executor's name is not the addressee of an
 * escalation: the level-2 mail to the regional government is addressed to the
 * regional government, as the head of the executor's body.
 *
 * - executor, co-executor: the part itself (reminders, overdue notices, status requests);
 * - executor-head:   the head of the executor's body, at escalation level `level`;
 * - controller:      who controls the assignment, at level `level`;
 * - controller-head: the controller's head, at level `level`;
 * - issuer:          the body that gave the assignment, named as a level's `@id`;
 * - directory:       another directory entry a ladder names as `@id`;
 * - named:           an address written in the item (where results go): the summary;
 * - operator:        the operator, standing in for what srok cannot address (`standsIn`).
 */
export type AddresseeRole = 'executor' | 'co-executor' | 'executor-head' | 'controller' | 'controller-head' | 'issuer' | 'directory' | 'named' | 'operator';

export interface Addressee {
  /** Directory id; null for an address written in the item and for the operator. */
  ref: string | null;
  /** As the mail names them: the directory entry's name, the name written in the item, the operator's name. */
  name: string;
  role: AddresseeRole;
  /** The escalation level that reaches them; null outside escalations. */
  level: number | null;
  /** For the operator: whom they stand in for and why («исполнитель «…» не найден в справочнике»). */
  standsIn: string | null;
}

/** What the addressee of one step is worked out from. */
export type AddresseeInput =
  | { kind: 'part'; ref: string | null; name: string; role: 'executor' | 'co-executor'; operator: string | null }
  | { kind: 'escalation'; target: EscalationTarget; level: number; address: TargetAddress; issuerRef: string | null; partName: string }
  | { kind: 'named'; name: string }
  /** The controller outside the ladder: a postponement request, the weekly summary. */
  | { kind: 'controller'; address: TargetAddress }
  | { kind: 'operator'; why: string };

export interface AddresseeEnv {
  directory: Directory;
  operatorName: string;
}

/** The recipient of a step and the reason they receive it. */
export function addresseeOf(input: AddresseeInput, env: AddresseeEnv): Addressee {
  switch (input.kind) {
    case 'part':
      if (input.operator !== null) return operator(env, input.operator, null);
      return { ref: input.ref, name: input.name, role: input.role, level: null, standsIn: null };
    case 'named':
      return { ref: null, name: input.name, role: 'named', level: null, standsIn: null };
    case 'operator':
      return operator(env, input.why, null);
    case 'controller': {
      const { address } = input;
      if (address.fallback !== null || address.ref === null) return operator(env, 'контролирующий не назван ни в протоколе, ни в ladders.issuers, или у него нет адреса', null);
      return { ref: address.ref, name: env.directory.get(address.ref)?.name ?? address.ref, role: 'controller', level: null, standsIn: null };
    }
    case 'escalation': {
      const { address, target, level } = input;
      if (address.fallback !== null || address.ref === null) return operator(env, fallbackText(address.fallback, target, input.partName), level);
      const entry = env.directory.get(address.ref);
      const name = entry?.name ?? address.ref;
      const role: AddresseeRole =
        target === 'controller' || target === 'controller-head' || target === 'executor-head'
          ? target
          : address.ref === input.issuerRef
            ? 'issuer'
            : 'directory';
      return { ref: address.ref, name, role, level, standsIn: null };
    }
  }
}

function operator(env: AddresseeEnv, why: string, level: number | null): Addressee {
  return { ref: null, name: env.operatorName, role: 'operator', level, standsIn: why };
}

const TARGET_RU: Record<string, string> = {
  controller: 'контролирующего исполнение',
  'controller-head': 'руководителя контролирующего органа',
  'executor-head': 'руководителя органа-исполнителя',
};

const TARGET_DATIVE_RU: Record<string, string> = {
  controller: 'контролирующему исполнение',
  'controller-head': 'руководителю контролирующего органа',
  'executor-head': 'руководителю органа-исполнителя',
};

/** «эскалация руководителю органа-исполнителя»: the level, in the dative, for the plan's warnings. */
export function escalationTargetRu(target: EscalationTarget): string {
  return TARGET_DATIVE_RU[target] ?? `адресату «${target.replace(/^@/u, '')}»`;
}

/** The reason a level has no address of its own, in Russian (the planner's codes are English). */
export function fallbackWhyRu(why: string): string {
  return why === 'no head in the directory'
    ? 'в справочнике не указан руководитель'
    : why === 'no e-mail address in the directory'
      ? 'в справочнике нет адреса электронной почты'
      : why === 'not in the directory'
        ? 'адресата нет в справочнике'
        : 'контролирующий не назван ни в протоколе, ни в ladders.issuers';
}

/** For whom: «executor 'khmao-surgut'» → «исполнитель khmao-surgut». */
export function fallbackWhoRu(who: string): string {
  const m = /^(executor|controller|directory entry) '(.+)'$/u.exec(who);
  if (m) return `${m[1] === 'executor' ? 'исполнитель' : m[1] === 'controller' ? 'контролирующий' : 'запись справочника'} ${m[2]!}`;
  if (who === 'the protocol') return 'протокол';
  return who.replace(/^'(.+)'$/u, '$1');
}

/** Why the operator gets an escalation, in Russian: whom they stand in for. */
function fallbackText(fallback: Fallback | null, target: EscalationTarget, partName: string): string {
  const whom = TARGET_RU[target] ?? `адресата ${target}`;
  const why = fallback === null ? 'адрес не найден' : fallback.why === 'not in the directory' ? 'его нет в справочнике' : fallbackWhyRu(fallback.why);
  return `вместо ${whom} по поручению исполнителя «${partName}»: ${why}`;
}

/**
 * «Вы получаете это письмо как …»: the reason line every mail shows, from the
 * addressee alone, so the templates cannot tell another story than the plan.
 */
export function addresseeReason(addressee: Addressee): string {
  const level = addressee.level !== null ? ` (уровень эскалации ${addressee.level})` : '';
  switch (addressee.role) {
    case 'executor':
      return 'Вы получаете это письмо как исполнитель поручения.';
    case 'co-executor':
      return 'Вы получаете это письмо как соисполнитель поручения.';
    case 'executor-head':
      return `Вы получаете это письмо как руководитель органа-исполнителя${level}.`;
    case 'controller':
      return `Вы получаете это письмо как контролирующий исполнение${level}.`;
    case 'controller-head':
      return `Вы получаете это письмо как руководитель контролирующего органа${level}.`;
    case 'issuer':
      return `Вы получаете это письмо как орган, давший поручение${level}.`;
    case 'directory':
      return `Вы получаете это письмо как адресат эскалации, назначенный в настройках${level}.`;
    case 'named':
      return 'Вы получаете это письмо, потому что ваш адрес указан в поручении для направления результата.';
    case 'operator':
      return `Вы получаете это письмо как оператор srok${level}${addressee.standsIn !== null ? `: ${addressee.standsIn}` : ''}.`;
  }
}

/**
 * The controller of a protocol's assignments as a recipient outside the ladder (a
 * postponement request): the protocol's own, else its issuer's configured one, else
 * the operator standing in.
 */
export function controllerAddressee(doc: ParsedDocument, config: SrokConfig): { emails: string[]; addressee: Addressee } {
  const controllerRef = doc.controller?.ref ?? findIssuer(doc, config.ladders.issuers, config.directory)?.controller ?? null;
  const address = addressTarget('controller', { directory: config.directory, operatorEmail: config.settings.operator.email, controllerRef, partRef: null, executorRef: null });
  return { emails: address.emails, addressee: addresseeOf({ kind: 'controller', address }, { directory: config.directory, operatorName: config.settings.operator.name }) };
}

/** What a mail shows of its addressee: the name and the reason line. */
export function addresseeLine(addressee: Addressee): { name: string; reason: string } {
  return { name: addressee.name, reason: addresseeReason(addressee) };
}
