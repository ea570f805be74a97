import type { ReviewMode } from '../config/schema.js';
import type { ParseWarning } from '../domain.js';

/** Whether a protocol with these warnings waits for an operator under the gate `mode`. Pure. */
export function waitsForReview(mode: ReviewMode, warnings: readonly ParseWarning[]): boolean {
  if (mode === 'off') return false;
  if (mode === 'all') return true;
  return warnings.length > 0;
}
