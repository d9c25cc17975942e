import { METHODS, type Handlers } from '../../shared/ipc/contract';
import { METHOD_NAMES, type MethodName } from '../../shared/ipc/channels';
import { ApiError, type Envelope } from '../../shared/ipc/errors';
import { describeIssues } from '../../shared/model';

/**
 * The transport-independent heart of every call: check the method exists, parse the untrusted arguments
 * with the contract's schema, run the handler, and turn every outcome into an Envelope. Nothing thrown
 * here escapes: a bug becomes an 'internal' error with a plain message and is logged for us.
 */
export async function dispatch(
  handlers: Handlers,
  method: string,
  rawArgs: unknown,
  log: (message: string, error: unknown) => void = logToConsole,
): Promise<Envelope<unknown>> {
  if (!isMethodName(method)) return failure('invalid-argument', `Unknown method "${String(method).slice(0, 80)}".`);
  if (!Array.isArray(rawArgs)) return failure('invalid-argument', `Arguments of ${method} must be a list.`);
  const parsed = METHODS[method].args.safeParse(rawArgs);
  if (!parsed.success) return failure('invalid-argument', describeIssues(parsed.error, `request to ${method}`));
  try {
    const handler = handlers[method] as (...args: unknown[]) => unknown;
    const value = await handler(...(parsed.data as unknown[]));
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toShape() };
    log(`Unexpected failure in ${method}`, error);
    return failure('internal', 'Something went wrong inside PMO Pathway. Your saved plan is unaffected; please try again.');
  }
}

export function isMethodName(method: unknown): method is MethodName {
  return typeof method === 'string' && (METHOD_NAMES as string[]).includes(method);
}

function failure(code: ApiError['code'], message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

function logToConsole(message: string, error: unknown): void {
  console.error(`[pmo-pathway] ${message}:`, error);
}
