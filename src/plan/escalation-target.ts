import type { DirectoryEntry, EscalationTarget } from '../config/schema.js';
import type { Directory } from '../directory/types.js';

/** Why a level went to the operator: what is missing (`why`: «no head in the directory») and for whom (`who`: «executor 'khmao-surgut'»). */
export interface Fallback {
  who: string;
  why: string;
}

/** Who an escalation level reaches, or why it fell back to the operator. */
export interface TargetAddress {
  ref: string | null;
  emails: string[];
  /** Set when the target could not be addressed and the operator stands in. */
  fallback: Fallback | null;
}

export interface TargetContext {
  directory: Directory;
  operatorEmail: string;
  /** Directory id of the controller: the protocol's own, else the issuer's configured one, else null. */
  controllerRef: string | null;
  /** The part's directory entry id (a group member, or the executor itself). */
  partRef: string | null;
  /** The executor as routed (a group for group members), whose head stands in when the member has none. */
  executorRef: string | null;
}

const NO_HEAD = 'no head in the directory';
const UNKNOWN = 'not in the directory';

/**
 * The address of an escalation level. A level never silently disappears: whatever
 * cannot be addressed (no controller, no head, an entry without e-mail) goes to the
 * operator, and `fallback` says why so the plan can warn.
 */
export function addressTarget(target: EscalationTarget, ctx: TargetContext): TargetAddress {
  const { directory } = ctx;
  const controller = ctx.controllerRef !== null ? directory.get(ctx.controllerRef) : undefined;
  switch (target) {
    case 'controller':
      return controller ? entryAddress(controller, ctx) : noController(ctx);
    case 'controller-head': {
      if (!controller) return noController(ctx);
      const head = controller.head !== undefined ? directory.get(controller.head) : undefined;
      return head ? entryAddress(head, ctx) : operator(ctx, `controller '${controller.id}'`, NO_HEAD);
    }
    case 'executor-head': {
      const own = ctx.partRef !== null ? directory.get(ctx.partRef) : undefined;
      const group = ctx.executorRef !== null ? directory.get(ctx.executorRef) : undefined;
      const headId = own?.head ?? group?.head;
      const head = headId !== undefined ? directory.get(headId) : undefined;
      return head ? entryAddress(head, ctx) : operator(ctx, `executor '${ctx.partRef ?? ctx.executorRef ?? 'unmatched'}'`, NO_HEAD);
    }
    default: {
      const entry = directory.get(target.slice(1));
      return entry ? entryAddress(entry, ctx) : operator(ctx, `'${target}'`, UNKNOWN);
    }
  }
}

// A function of the module, not a closure of addressTarget: a plan asks for every escalation level of every part.
function noController(ctx: TargetContext): TargetAddress {
  return ctx.controllerRef === null
    ? operator(ctx, 'the protocol', 'no controller named in the protocol or set for its issuer in ladders.issuers')
    : operator(ctx, `controller '${ctx.controllerRef}'`, UNKNOWN);
}

function entryAddress(entry: DirectoryEntry, ctx: TargetContext): TargetAddress {
  let emails = entry.emails;
  // A group without an address of its own is reached through its members.
  if (emails.length === 0 && entry.kind === 'group') emails = ctx.directory.parts(entry.id).flatMap((member) => member.emails);
  if (emails.length === 0) return operator(ctx, `directory entry '${entry.id}'`, 'no e-mail address in the directory');
  return { ref: entry.id, emails: [...emails], fallback: null };
}

function operator(ctx: TargetContext, who: string, why: string): TargetAddress {
  return { ref: null, emails: [ctx.operatorEmail], fallback: { who, why } };
}
