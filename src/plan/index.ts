export type { Plan, PlanDiff, PlannedOccurrence, PlannedPart, PlannedStep, PlanOptions, PlanWindow, StepKind } from './types.js';
export type { Closure, CloseHow, PlanState, Postponement, StateRecords, StateScope } from '../records/state.js';
export { EMPTY_STATE, planStateOf, scopeField } from '../records/state.js';
export { planDocument } from './plan-document.js';
export { planFirstSteps, planImported, planTrack, LOOKAHEAD_MS } from './plan-stored.js';
export { protocolKey } from '../records/protocol-key.js';
export { resolveLadder } from './resolve-ladder.js';
export { namesAlias, routeProtocol, routingBasis } from './routing.js';
export type { ProtocolRouting } from '../records/routing.js';
export { diffPlans } from './diff-plans.js';
/** The part segment of step ids: a directory id, or a stable key for an unmatched executor's name. */
export { partSegment as partKey } from './step-id.js';
/** The track of a step id: `<protocol>.<item>.<part>.<occurrence>`. */
export { trackOf } from './step-id.js';
