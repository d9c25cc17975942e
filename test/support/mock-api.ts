import type { FakePlanBackend } from './fake-plan-backend';

/**
 * Shared wiring for renderer tests: replaces renderer/lib/api (the one seam) with a FakePlanBackend.
 * In a test file:
 *   vi.mock('../../renderer/lib/api', async (importOriginal) =>
 *     (await import('../support/mock-api')).mockApiModule(await importOriginal()));
 *   beforeEach(() => { useFakeBackend(new FakePlanBackend()); resetStore(); });
 * This module must not import the renderer's store: the store imports the api being mocked, and the
 * mock factory awaiting it would deadlock.
 */
let current: FakePlanBackend | undefined;

export function useFakeBackend(backend: FakePlanBackend): FakePlanBackend {
  current = backend;
  return backend;
}

function backend(): FakePlanBackend {
  if (!current) throw new Error('Call useFakeBackend() before rendering.');
  return current;
}

/**
 * Every api method goes to the backend's method of the same name (so fakes can grow with the contract);
 * what a test needs beyond the defaults (app info, a record of openExternal) it sets on the backend.
 */
export function mockApiModule<T extends object>(actual: T) {
  const api = new Proxy(
    {},
    {
      get(_target, name: string) {
        const fake = backend() as unknown as Record<string, unknown>;
        if (typeof fake[name] === 'function') return (...args: unknown[]) => (fake[name] as (...a: unknown[]) => unknown).apply(fake, args);
        return () => Promise.reject(new Error(`The fake backend has no ${name}().`));
      },
    },
  );
  return { ...actual, api };
}
