import type { PlannedStep } from './types.js';

/** Where steps sit: the id segments after the protocol key (see step-id.ts), shared by the steps of one part-occurrence. */
export interface StepPlace {
  item: string;
  part: string;
  occurrence: string;
  /** `<protocol>.<item>.<part>.<occurrence>.`, to which a step's tag is added. */
  prefix: string;
  /** The place's number in its StepList. */
  readonly index: number;
}

/** A send time; `ms` since the epoch. */
export interface SendTime {
  ms: number;
}

/** Doubles hold integers exactly up to 2^53. */
const EXACT_BITS = 53;

/**
 * The steps of one plan, handed back sorted by time and then by id. A protocol can
 * have tens of thousands of steps whose ids share a long prefix, so ids are not
 * compared as strings: send times, places and tags are each ranked once among their
 * distinct values (an id segment with the '.' that follows it, so 'p1-2' sorts
 * before 'p1' exactly as the ids do), and the ranks and the step's position are packed
 * into one number per step, which sorts natively.
 */
export class StepList {
  private readonly steps: PlannedStep[] = [];
  /** Per step: the index of its send time, of its place and of its tag. */
  private readonly times: number[] = [];
  private readonly placeOf: number[] = [];
  private readonly tagOf: number[] = [];
  private readonly instants = new Map<SendTime, number>();
  private readonly places: StepPlace[] = [];
  private readonly tags = new Map<string, number>();

  place(item: string, part: string, occurrence: string, prefix: string): StepPlace {
    const place = { item, part, occurrence, prefix, index: this.places.length };
    this.places.push(place);
    return place;
  }

  /** `time` is told apart by identity: pass the same object for the same instant (moments are cached). */
  add(step: PlannedStep, time: SendTime, place: StepPlace, tag: string): void {
    this.steps.push(step);
    this.times.push(intern(this.instants, time));
    this.placeOf.push(place.index);
    this.tagOf.push(intern(this.tags, tag));
  }

  sorted(): PlannedStep[] {
    const { steps, times, placeOf, tagOf } = this;
    const n = steps.length;
    // Equal instants may come as different objects (the operator's step): rank by value.
    const instantValues = [...this.instants.keys()].map((time) => time.ms);
    const distinct = [...new Set(instantValues)].sort((a, b) => a - b);
    const position = new Map(distinct.map((ms, i) => [ms, i]));
    const timeRanks = Int32Array.from(instantValues, (ms) => position.get(ms) ?? 0);
    const placeRanks = this.placeRanks();
    const tagRanks = rank([...this.tags.keys()], '');
    const [mp, mt, mi] = [this.places.length, tagRanks.length, n].map((count) => 2 ** bitsFor(count)) as [number, number, number];
    if (distinct.length * mp * mt * mi > 2 ** EXACT_BITS) return this.sortedByComparing();

    const keys = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      const key = (timeRanks[times[i] as number] as number) * mp + (placeRanks[placeOf[i] as number] as number);
      keys[i] = (key * mt + (tagRanks[tagOf[i] as number] as number)) * mi + i;
    }
    keys.sort();
    const out: PlannedStep[] = new Array<PlannedStep>(n);
    for (let i = 0; i < n; i += 1) out[i] = steps[(keys[i] as number) % mi] as PlannedStep;
    return out;
  }

  /** Places in id order: by item, then part, then occurrence segment. */
  private placeRanks(): Int32Array {
    const items = rankBy(this.places.map((p) => p.item), '.');
    const parts = rankBy(this.places.map((p) => p.part), '.');
    const occurrences = rankBy(this.places.map((p) => p.occurrence), '.');
    const order = this.places.map((_, i) => i);
    order.sort((a, b) => (items[a] ?? 0) - (items[b] ?? 0) || (parts[a] ?? 0) - (parts[b] ?? 0) || (occurrences[a] ?? 0) - (occurrences[b] ?? 0));
    const ranks = new Int32Array(order.length);
    order.forEach((place, position) => {
      ranks[place] = position;
    });
    return ranks;
  }

  /** The plain way, for a plan too large to pack (never met in practice: it takes millions of steps). */
  private sortedByComparing(): PlannedStep[] {
    const ms = [...this.instants.keys()].map((time) => time.ms);
    const order = this.steps.map((step, i) => ({ step, ms: ms[this.times[i] ?? 0] ?? 0 }));
    order.sort((a, b) => a.ms - b.ms || (a.step.id < b.step.id ? -1 : a.step.id > b.step.id ? 1 : 0));
    return order.map((entry) => entry.step);
  }
}

function intern<K>(level: Map<K, number>, value: K): number {
  let index = level.get(value);
  if (index === undefined) {
    index = level.size;
    level.set(value, index);
  }
  return index;
}

/** rank[i] = the place of values[i] among the distinct values in id order (equal values, equal ranks). */
function rankBy(values: string[], follower: string): Int32Array {
  const distinct = [...new Set(values)];
  const ranks = rank(distinct, follower);
  const byValue = new Map(distinct.map((value, i) => [value, ranks[i] ?? 0]));
  return Int32Array.from(values, (value) => byValue.get(value) ?? 0);
}

/** rank[i] = the place of the distinct segment values[i] in id order. */
function rank(values: string[], follower: string): Int32Array {
  const order = values.map((_, i) => i);
  order.sort((a, b) => {
    const x = (values[a] ?? '') + follower;
    const y = (values[b] ?? '') + follower;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const ranks = new Int32Array(values.length);
  order.forEach((value, position) => {
    ranks[value] = position;
  });
  return ranks;
}

/** Bits to tell `count` values apart. */
function bitsFor(count: number): number {
  return count <= 1 ? 0 : Math.ceil(Math.log2(count));
}
