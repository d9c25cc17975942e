import { ApiError } from '../../shared/ipc/errors';

/** The ApiError a service call rejects with (fails the test when it resolves or throws anything else). */
export async function apiRejection(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}
