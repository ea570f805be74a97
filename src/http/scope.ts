import type { SrokConfig } from '../config/types.js';
import type { ParsedDocument } from '../domain.js';
import { findIssuer } from '../plan/issuer.js';
import { controllerOf } from '../report/report-rows.js';
import type { ReportRow } from '../report/types.js';
import type { Principal } from './access.js';
import { HttpError } from './http-error.js';

/**
 * What a principal may see. Operators and read-only tokens see everything; a controller
 * sees only the protocols whose controller (the protocol's «Контроль … оставить за …»,
 * else its issuer's configured controller) is the directory entry the token names. What
 * a controller may not see answers 404 as if it were not stored: a controller learns
 * nothing of other bodies' protocols.
 */
export function seesAll(principal: Principal | null): boolean {
  return principal === null || principal.role !== 'controller';
}

/** Whether the principal may see (and, a controller, answer about) this protocol. */
export function controls(principal: Principal | null, doc: ParsedDocument, config: SrokConfig): boolean {
  if (seesAll(principal)) return true;
  const controller = controllerOf(doc, findIssuer(doc, config.ladders.issuers, config.directory), config);
  return controller.ref !== null && controller.ref === principal?.controls;
}

/** The report rows a principal may see. */
export function visibleRows(principal: Principal | null, rows: readonly ReportRow[]): ReportRow[] {
  if (seesAll(principal)) return [...rows];
  return rows.filter((row) => row.controller.ref !== null && row.controller.ref === principal?.controls);
}

/** Refuses, as not found, a protocol the principal does not control. */
export function assertControls(principal: Principal | null, doc: ParsedDocument, config: SrokConfig, notFound: string): void {
  if (!controls(principal, doc, config)) throw new HttpError(404, 'not-found', notFound);
}
