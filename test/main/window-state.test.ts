import { DEFAULT_BOUNDS, rememberWindowState, usableBounds, type WindowState } from '../../main/window-state';

/** The window comes back where it was, unless that place is no longer on any display. */

const LAPTOP = { x: 0, y: 0, width: 1920, height: 1080 };
/** A second monitor to the right of the laptop, and one to the left (negative coordinates). */
const RIGHT = { x: 1920, y: 0, width: 2560, height: 1440 };
const LEFT = { x: -1280, y: 0, width: 1280, height: 1024 };

describe('usableBounds', () => {
  it('keeps bounds that are fully visible on one display', () => {
    const saved = { x: 100, y: 80, width: 1200, height: 800 };
    expect(usableBounds(saved, [LAPTOP])).toEqual(saved);
  });

  it('keeps bounds on a secondary display, including one left of the main one', () => {
    const onRight = { x: 2200, y: 100, width: 1200, height: 800 };
    const onLeft = { x: -1200, y: 50, width: 1000, height: 700 };
    expect(usableBounds(onRight, [LAPTOP, RIGHT])).toEqual(onRight);
    expect(usableBounds(onLeft, [LEFT, LAPTOP])).toEqual(onLeft);
  });

  it('drops bounds left on a monitor that has since been removed', () => {
    const onRight = { x: 2200, y: 100, width: 1200, height: 800 };
    expect(usableBounds(onRight, [LAPTOP])).toBeNull();
    expect(usableBounds({ x: -1200, y: 50, width: 1000, height: 700 }, [LAPTOP])).toBeNull();
  });

  it('drops bounds far off every display (e.g. a bad file)', () => {
    expect(usableBounds({ x: 50_000, y: 50_000, width: 1200, height: 800 }, [LAPTOP, RIGHT])).toBeNull();
    expect(usableBounds({ x: 0, y: -5000, width: 1200, height: 800 }, [LAPTOP])).toBeNull();
  });

  it.each([
    ['too narrow', { x: 10, y: 10, width: 199, height: 800 }],
    ['too short', { x: 10, y: 10, width: 800, height: 199 }],
    ['zero-sized', { x: 10, y: 10, width: 0, height: 0 }],
    ['negative size', { x: 10, y: 10, width: -800, height: 600 }],
  ])('drops bounds that are %s', (_label, saved) => {
    expect(usableBounds(saved, [LAPTOP])).toBeNull();
  });

  it('accepts the smallest size it allows (200 x 200)', () => {
    const saved = { x: 10, y: 10, width: 200, height: 200 };
    expect(usableBounds(saved, [LAPTOP])).toEqual(saved);
  });

  it('keeps a partly visible window when at least 100 px show both ways', () => {
    // Hanging off the right edge: exactly 100 px of its width remain on the laptop.
    const offRight = { x: LAPTOP.width - 100, y: 200, width: 1200, height: 800 };
    expect(usableBounds(offRight, [LAPTOP])).toEqual(offRight);
    // Off the bottom: exactly 100 px of its height remain.
    const offBottom = { x: 200, y: LAPTOP.height - 100, width: 1200, height: 800 };
    expect(usableBounds(offBottom, [LAPTOP])).toEqual(offBottom);
    // Off the top-left corner, 100 x 100 still showing.
    const corner = { x: -1100, y: -700, width: 1200, height: 800 };
    expect(usableBounds(corner, [LAPTOP])).toEqual(corner);
  });

  it('drops a window with less than 100 px showing either way', () => {
    expect(usableBounds({ x: LAPTOP.width - 99, y: 200, width: 1200, height: 800 }, [LAPTOP])).toBeNull();
    expect(usableBounds({ x: 200, y: LAPTOP.height - 99, width: 1200, height: 800 }, [LAPTOP])).toBeNull();
  });

  it('needs the 100 px on one display: slivers on two displays are not enough', () => {
    // 60 px on the laptop's right edge and 60 px on the right monitor's left edge: 120 px in all.
    const sliver = { x: LAPTOP.width - 60, y: 100, width: 120, height: 500 };
    expect(usableBounds(sliver, [LAPTOP, RIGHT])).toBeNull();
    const straddling = { x: LAPTOP.width - 150, y: 100, width: 300, height: 500 };
    expect(usableBounds(straddling, [LAPTOP, RIGHT])).toEqual(straddling); // 150 px on each: fine
  });

  it('has nothing to restore the first time, or with no displays reported', () => {
    expect(usableBounds(null, [LAPTOP])).toBeNull();
    expect(usableBounds(undefined, [LAPTOP])).toBeNull();
    expect(usableBounds({ x: 0, y: 0, width: 1200, height: 800 }, [])).toBeNull();
  });

  it('opens at the default size when it returns null', () => {
    expect(DEFAULT_BOUNDS).toEqual({ width: 1200, height: 800 });
  });
});

describe('rememberWindowState', () => {
  it("stores the window's normal bounds and maximised state when it closes", () => {
    const handlers = new Map<string, () => void>();
    const normal = { x: 30, y: 40, width: 1000, height: 700 };
    const window = {
      on: vi.fn((event: string, handler: () => void) => handlers.set(event, handler)),
      getNormalBounds: vi.fn(() => normal),
      isMaximized: vi.fn(() => true),
    };
    const stored: WindowState[] = [];
    rememberWindowState(window as never, { get: () => undefined, set: (_key, value) => void stored.push(value) });

    expect(stored).toEqual([]); // nothing until it closes
    handlers.get('close')!();
    expect(stored).toEqual([{ bounds: normal, maximized: true }]);
  });
});
