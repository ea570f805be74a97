import { Job, type Queue } from 'bullmq';
import { CronExpressionParser } from 'cron-parser';
import type { Clock } from '../clock.js';
import type { SrokConfig } from '../config/types.js';
import type { Log } from '../log.js';
import { namesAlias, planFirstSteps, planImported, type Plan, type PlannedStep, type PlanOptions, type ProtocolRouting } from '../plan/index.js';
import { planStateOf, type PlanState } from '../records/state.js';
import { itemSegment } from '../plan/step-id.js';
import type { ProtocolWithState, Store } from '../store/index.js';
import type { StoredProtocol } from '../store/types.js';
import type { LaterJobs } from '../delivery/deps.js';
import type { FirstPlan, Rescheduler, ScheduleSummary } from '../follow-up/rescheduler.js';
import { shortHashOf } from '../delivery/mail-context.js';
import { recipientKey } from '../plan/mail-budget.js';
import { KeptRouting } from '../routing/kept-routing.js';
import { cronTicks, type CronTick } from './cron-ticks.js';
import { QUEUE_NAME, type StepPayload } from './queue.js';

const DAY = 24 * 3600 * 1000;
/** The plan state of a protocol with no closure or postponement recorded. */
const NOTHING_RECORDED: PlanState = planStateOf({ closures: new Map(), postponements: new Map() });

/**
 * Keeps exactly one pending job per open track (a part-occurrence, an item's summary,
 * a status series): its next step. Everything is derived from the stored document, the
 * stored state and the config, so running it again repairs whatever is missing and
 * changes nothing that is right.
 */
export class Scheduler implements LaterJobs, Rescheduler {
  constructor(
    private readonly deps: {
      store: Store;
      queue: Queue;
      config: () => SrokConfig;
      clock: Clock;
      log: Log;
      /** The routing kept with each protocol, shared with the steps, mails and pages of this process; made here when not handed in. */
      routings?: KeptRouting;
    },
  ) {
    this.keptRouting = deps.routings ?? new KeptRouting({ store: deps.store, config: deps.config });
  }

  /** The routings this scheduler reads (and the mails and pages of its process, when it was handed them). */
  readonly keptRouting: KeptRouting;

  /** How many times a protocol's executors were routed (this scheduler's routing): at each import of a version, and when its basis changed. */
  get routings(): number {
    return this.keptRouting.count;
  }

  /**
   * The routing a plan of `stored` reads: the kept one while its basis is current, else
   * routed now (`fresh`: the caller keeps it). See KeptRouting.current.
   */
  routingOf(stored: StoredProtocol, routing: ProtocolRouting | null): Promise<{ routing: ProtocolRouting; fresh: boolean }> {
    return this.keptRouting.current(stored, routing);
  }

  async reroute(keys: readonly string[] | 'all'): Promise<string[]> {
    const { store } = this.deps;
    const all = keys === 'all' ? (await store.listProtocols()).map((p) => p.key) : keys;
    return this.rerouteStored(await store.getProtocols(all));
  }

  async rerouteNaming(phrases: readonly string[]): Promise<string[]> {
    const { store } = this.deps;
    const stored = await store.getProtocols((await store.listProtocols()).map((p) => p.key));
    return this.rerouteStored(stored.filter((p) => namesAlias(p.doc, phrases)));
  }

  private async rerouteStored(protocols: readonly StoredProtocol[]): Promise<string[]> {
    if (protocols.length === 0) return [];
    const { store } = this.deps;
    const aliases = await this.keptRouting.aliases();
    const replanned: string[] = [];
    for (const stored of protocols) {
      const before = await store.getRouting(stored.key);
      const entries = this.keptRouting.routeNow(stored, aliases);
      await store.setRouting(stored.key, { basis: this.keptRouting.basisOf(stored), entries });
      if (before !== null && JSON.stringify(before.entries) === JSON.stringify(entries)) continue;
      // A protocol that waits for review has no jobs: its approval plans it with this routing.
      if ((await store.getReview(stored.key))?.state === 'waiting') continue;
      await this.scheduleProtocol(stored.key);
      replanned.push(stored.key);
    }
    return replanned;
  }

  /**
   * The plan of a stored protocol from `now`, under its current state, `lookaheadMs`
   * ahead (800 days by default: far enough for the next step of any track).
   */
  plan(stored: StoredProtocol, state: PlanState, now: Date, options: Pick<PlanOptions, 'only' | 'firstOnly' | 'routing'> = {}, lookaheadMs?: number): Plan {
    return planImported(stored, this.deps.config(), state, now, options, lookaheadMs);
  }

  /** The first step of every track, leaving recurring occurrences beyond the horizon for later. */
  firstSteps(plan: Plan, stored: StoredProtocol, now: Date): Map<string, PlannedStep> {
    const horizon = now.getTime() + this.deps.config().settings.schedule.horizonDays * DAY;
    const recurring = new Set(stored.doc.assignments.filter((a) => a.deadline.kind === 'recurring').map((a) => a.item));
    const first = new Map<string, PlannedStep>();
    for (const step of plan.steps) {
      if (first.has(step.track)) continue;
      // Recurring rules roll forward one occurrence at a time, never years ahead.
      if (recurring.has(step.item) && Date.parse(step.at) > horizon) continue;
      first.set(step.track, step);
    }
    return first;
  }

  /**
   * Make the queue match the plan for one protocol (or one item of it). A protocol
   * waiting for review has no jobs. `from` plans from an earlier instant: an approval
   * plans from when the protocol began to wait, so steps whose time passed meanwhile
   * become jobs due now, which the catch-up rules fold (see runStep).
   */
  async scheduleProtocol(key: string, only?: { item: string | null }, options: { from?: Date; read?: ProtocolWithState; first?: FirstPlan } = {}): Promise<ScheduleSummary> {
    const { store, clock } = this.deps;
    const { stored, state, tracks: existing, review, routing: kept } = options.read ?? (await store.getProtocolWithState(key, { tracks: true }));
    if (!stored) {
      let removed = 0;
      for (const [track, next] of existing) {
        await this.removeJob(next.stepId);
        await store.setTrackNext(key, track, null);
        removed += 1;
      }
      return { tracks: 0, added: 0, removed };
    }
    const now = clock.now();
    const from = options.from !== undefined && options.from.getTime() < now.getTime() ? options.from : now;
    // The first plan an import worked out while storing the protocol, when the protocol is as that plan assumed.
    const ahead = options.first !== undefined && options.read !== undefined && only === undefined && options.from === undefined ? this.firstPlans.get(options.first) : undefined;
    const prepared =
      ahead !== undefined && options.first!.stored === stored && options.first!.from.getTime() <= now.getTime() && ahead.config === this.deps.config() && kept === null && existing.size === 0 && review === null
        ? ahead
        : null;
    if (prepared !== null) this.keptRouting.adopt();
    const { routing, fresh } = prepared !== null ? { routing: prepared.routing, fresh: true } : await this.routingOf(stored, kept);
    // Only each track's first step becomes a job: the planner need not build the rest.
    const plan = prepared !== null ? prepared.plan : planFirstSteps(stored, this.deps.config(), state, from, only, routing);
    const first = review?.state === 'waiting' ? new Map<string, PlannedStep>() : this.firstSteps(plan, stored, now);
    const scope = only ? itemPrefix(key, stored, only.item) : null;
    const toAdd: PlannedStep[] = [];
    // A step whose id stays but whose time moved (a changed ladder, office hours) is re-added too.
    // A recorded step whose job is gone (a restored backup, a flushed queue) is re-added: one round-trip for all.
    const lost = await this.lostJobs([...existing.values()].map((n) => n.stepId));
    const same = (step: PlannedStep | undefined, next: { stepId: string; at: string } | undefined) =>
      step !== undefined && next !== undefined && step.id === next.stepId && Date.parse(step.at) === Date.parse(next.at) && !lost.has(next.stepId);
    for (const [track, step] of first) {
      if (!same(step, existing.get(track))) toAdd.push(step);
    }
    let removed = 0;
    for (const [track, next] of existing) {
      const wanted = first.get(track);
      if (same(wanted, next)) continue;
      if (!wanted && scope !== null && !track.startsWith(scope)) continue;
      await this.removeJob(next.stepId);
      if (!wanted) await store.setTrackNext(key, track, null);
      removed += 1;
    }
    // A routing made now is kept with the tracks' write (or alone, when no job is added).
    if (toAdd.length > 0) await this.addSteps(key, toAdd, fresh ? routing : null);
    else if (fresh) await store.setRouting(key, routing);
    return { tracks: first.size, added: toAdd.length, removed };
  }

  firstPlan(stored: StoredProtocol, from: Date): FirstPlan {
    const config = this.deps.config();
    const routing = this.keptRouting.routeFirst(stored);
    const plan = planFirstSteps(stored, config, NOTHING_RECORDED, from, undefined, routing);
    const handle: FirstPlan = { stored, from };
    this.firstPlans.set(handle, { config, routing, plan });
    return handle;
  }

  /** What firstPlan worked out, by the handle it gave. */
  private readonly firstPlans = new WeakMap<FirstPlan, { config: SrokConfig; routing: ProtocolRouting; plan: Plan }>();

  /** The step ids among these whose BullMQ job no longer exists. */
  private lostJobs(stepIds: readonly string[]): Promise<Set<string>> {
    return this.deps.store.queueNotes.missingJobs(QUEUE_NAME, stepIds);
  }

  /**
   * Add the jobs of these steps (one per track) and record them as their tracks' next
   * steps (with the protocol's routing, when given): one round-trip on the queue's
   * connection, the tracks' write first, so a job due now runs only after its track is
   * recorded (Store.setTracksNextWithJobs).
   */
  async addSteps(key: string, steps: readonly PlannedStep[], routing: ProtocolRouting | null = null): Promise<void> {
    if (steps.length === 0) return;
    const { queue, store } = this.deps;
    const now = this.deps.clock.now().getTime();
    const tracks = steps.map((s) => [s.track, { stepId: s.id, at: s.at }] as const);
    const client = await queue.getBackend().client;
    await store.setTracksNextWithJobs(client, key, tracks, routing, (transaction) => {
      for (const s of steps) {
        // As queue.add and addBulk make a job: the queue's default options, then the job's own.
        const job = new Job(queue, 'step', payloadOf(key, s), { ...queue.jobsOpts, jobId: s.id, delay: Math.max(0, Date.parse(s.at) - now) }, s.id);
        // Queued at once; its reply comes with the pipeline's, where a refusal throws.
        job.addJob(transaction).catch(() => undefined);
      }
    });
  }

  /** After a step: the track's next step becomes its one pending job (or the track ends). */
  async setNext(key: string, track: string, next: PlannedStep | null): Promise<void> {
    if (next) await this.addSteps(key, [next]);
    else await this.deps.store.setTrackNext(key, track, null);
  }

  /** Re-plan every stored protocol: the daily repair, and what `srok replan` runs. */
  async replanAll(): Promise<ScheduleSummary & { protocols: number }> {
    const total = { protocols: 0, tracks: 0, added: 0, removed: 0 };
    for (const p of await this.deps.store.listProtocols()) {
      try {
        const s = await this.scheduleProtocol(p.key);
        total.protocols += 1;
        total.tracks += s.tracks;
        total.added += s.added;
        total.removed += s.removed;
      } catch (e) {
        // One bad record must not stop the repair of the others.
        this.deps.log.error({ protocol: p.key, err: e instanceof Error ? e.message : String(e) }, 'replan of a protocol failed');
      }
    }
    this.deps.log.info(total, 'replan done');
    return total;
  }

  /** The daily re-plan's cron pattern (BullMQ's job scheduler reads the same pattern). */
  replanPattern(): string {
    const [hh, mm] = this.deps.config().settings.schedule.replanAt.split(':');
    return `0 ${Number(mm)} ${Number(hh)} * * *`;
  }

  /** The first daily re-plan after `instant`, in the configured zone: a simulated clock runs it too. */
  nextReplan(instant: Date): Date {
    return CronExpressionParser.parse(this.replanPattern(), { currentDate: instant, tz: this.deps.config().settings.timezone }).next().toDate();
  }

  /** The cron ticks in force (the daily re-plan, the controllers' summary): a worker's job schedulers, and what a simulated clock fires. */
  cronTicks(): CronTick[] {
    return cronTicks(this.deps.config(), this.replanPattern());
  }

  /**
   * Catch-up and digest jobs are not tracks; they are noted with their due instant so a
   * simulated clock can jump to them like to any step.
   */
  async noteAuxJobs(jobs: ReadonlyArray<{ jobId: string; at: number }>): Promise<void> {
    await this.deps.store.queueNotes.note(jobs);
  }

  async queueCatchUp(recipients: readonly string[], now: number, windowMs: number): Promise<void> {
    // One job per recipient and gathering window: steps folded while it waits join its mail.
    const bucket = Math.floor(now / windowMs);
    const jobs = recipients.map((recipient) => ({ recipient, jobId: `catchup.${shortHashOf(recipient)}.${bucket}` }));
    await this.deps.queue.addBulk(jobs.map(({ recipient, jobId }) => ({ name: 'catchup', data: { recipient }, opts: { jobId, delay: windowMs } })));
    await this.noteAuxJobs(jobs.map(({ jobId }) => ({ jobId, at: now + windowMs })));
  }

  async queueDigest(to: readonly string[], day: string, at: Date, stepId: string): Promise<void> {
    let jobId = digestJobId(recipientKey(to), day);
    // The day's job is running or ran (this step came late): a job of its own sends what is left, so nothing stays in the buffer.
    const existing = await this.deps.queue.getJob(jobId);
    const state = existing ? await existing.getState() : null;
    if (state !== null && state !== 'delayed' && state !== 'waiting' && state !== 'prioritized' && state !== 'waiting-children') jobId = `${jobId}.late-${shortHashOf(stepId)}`;
    const now = this.deps.clock.now().getTime();
    await this.deps.queue.add('digest', { to: [...to], day }, { jobId, delay: Math.max(0, at.getTime() - now) });
    await this.noteAuxJobs([{ jobId, at: at.getTime() }]);
  }

  async queueControllerSummary(period: string, jobId: string, at: Date): Promise<void> {
    await this.deps.queue.add('controller-summary', { period }, { jobId, delay: Math.max(0, at.getTime() - this.deps.clock.now().getTime()) });
    await this.noteAuxJobs([{ jobId, at: at.getTime() }]);
  }

  async auxDone(jobId: string): Promise<void> {
    await this.deps.store.queueNotes.done(jobId);
  }

  /** The earliest aux job due, and those due by `epochMs`. */
  auxDue(epochMs: number): Promise<{ next: number | null; due: string[] }> {
    return this.deps.store.queueNotes.due(epochMs);
  }

  private async removeJob(jobId: string): Promise<void> {
    // A job that is running right now cannot be removed; it re-reads the state and skips.
    await this.deps.queue.remove(jobId).catch(() => 0);
  }
}

export function digestJobId(recipients: string, day: string): string {
  return `digest.${shortHashOf(recipients)}.${day}`;
}

export function payloadOf(key: string, step: PlannedStep): StepPayload {
  return { protocolKey: key, item: step.item, track: step.track, stepId: step.id, at: step.at };
}

/** Tracks of one item start with `<protocolKey>.<item segment>.`: a re-plan of the item leaves the others alone. */
function itemPrefix(key: string, stored: StoredProtocol, item: string | null): string {
  const line = stored.doc.assignments.find((a) => a.item === item)?.line ?? 0;
  return `${key}.${itemSegment(item, line)}.`;
}
