/**
 * Performance marks the benchmark (`npm run bench`) reads; they cost nothing when nobody reads them.
 * `pmo:plan-rendered` is set once, when the first screen has committed with the plan loaded;
 * `pmo:interactive` follows at the first task after the next frame, i.e. when the page has painted the
 * plan and can answer input. The bare baseline page in bench/baseline sets the same marks the same way.
 */
export const PLAN_RENDERED_MARK = 'pmo:plan-rendered';
export const INTERACTIVE_MARK = 'pmo:interactive';

let marked = false;

export function markPlanRendered(): void {
  if (marked || typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  marked = true;
  performance.mark(PLAN_RENDERED_MARK);
  if (typeof requestAnimationFrame !== 'function') return;
  requestAnimationFrame(() => setTimeout(() => performance.mark(INTERACTIVE_MARK), 0));
}
