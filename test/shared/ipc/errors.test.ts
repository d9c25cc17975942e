import { describe, expect, it } from 'vitest';
import { bridgeCallPath, BRIDGE_CALL_PREFIX } from '../../../shared/ipc/bridge-protocol';
import { API_ERROR_CODES, ApiError, isApiErrorShape } from '../../../shared/ipc/errors';

/** What crosses the process boundary when a call fails, and how the other side recognises it. */

describe('ApiError', () => {
  it('carries a code and a plain message, and crosses the boundary as just those two', () => {
    const error = new ApiError('read-only', 'This plan is open read-only, so the change was not saved.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ApiError');
    expect(error.toShape()).toEqual({ code: 'read-only', message: 'This plan is open read-only, so the change was not saved.' });
    expect(JSON.parse(JSON.stringify(error.toShape()))).toEqual(error.toShape());
  });
});

describe('isApiErrorShape', () => {
  it('recognises every code the UI knows, with a message', () => {
    for (const code of API_ERROR_CODES) expect(isApiErrorShape({ code, message: 'Why it failed.' }), code).toBe(true);
    expect(isApiErrorShape(new ApiError('io', 'The disk is full.').toShape())).toBe(true);
  });

  it('refuses anything else: an unknown code, no message, or not an object', () => {
    for (const value of [
      { code: 'teapot', message: 'x' },
      { code: 'io' },
      { code: 'io', message: 42 },
      { message: 'x' },
      null,
      undefined,
      'io',
      ['io', 'x'],
    ]) {
      expect(isApiErrorShape(value), JSON.stringify(value)).toBe(false);
    }
  });

  it('lists each code once, none of them blank', () => {
    expect(new Set(API_ERROR_CODES).size).toBe(API_ERROR_CODES.length);
    expect(API_ERROR_CODES.every((code) => /^[a-z]+(-[a-z]+)*$/.test(code))).toBe(true);
    expect(API_ERROR_CODES).toEqual(expect.arrayContaining(['invalid-argument', 'forbidden', 'validation', 'not-found', 'read-only', 'io', 'cancelled', 'internal']));
  });
});

describe('bridge call paths', () => {
  it('puts the method name after the call prefix', () => {
    expect(bridgeCallPath('getPlan')).toBe(`${BRIDGE_CALL_PREFIX}getPlan`);
    expect(BRIDGE_CALL_PREFIX).toBe('/api/call/');
  });
});
