import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openWindowStateFile } from '../../main/window-state';

/** window-state.json: electron-store's file format, read once, written on close, never fatal. */
describe('openWindowStateFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-window-state-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const file = () => path.join(dir, 'window-state.json');

  it('starts empty without a file, and saves what it is given in electron-store format', () => {
    const store = openWindowStateFile(dir);
    expect(store.get('window')).toBeUndefined();
    const state = { bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: true };
    store.set('window', state);
    expect(store.get('window')).toEqual(state);
    expect(fs.readFileSync(file(), 'utf8')).toBe(JSON.stringify({ window: state }, undefined, '\t'));
    expect(openWindowStateFile(dir).get('window')).toEqual(state);
  });

  it('reads a file electron-store wrote', () => {
    fs.writeFileSync(file(), '{\n\t"window": {\n\t\t"bounds": {"x": -1200, "y": 50, "width": 1000, "height": 700},\n\t\t"maximized": false\n\t}\n}');
    expect(openWindowStateFile(dir).get('window')).toEqual({ bounds: { x: -1200, y: 50, width: 1000, height: 700 }, maximized: false });
  });

  it('ignores a damaged or foreign file instead of failing the start', () => {
    for (const content of ['{not json', 'null', '[]', '{"window": 3}', '{"window": {"bounds": {"x": "a"}, "maximized": "yes"}}']) {
      fs.writeFileSync(file(), content);
      const state = openWindowStateFile(dir).get('window');
      expect(state === undefined || (state.bounds === null && state.maximized === false), content).toBe(true);
    }
  });

  it('does not throw when the folder cannot be written', () => {
    const store = openWindowStateFile(path.join(dir, 'missing', 'folder'));
    expect(() => store.set('window', { bounds: null, maximized: false })).not.toThrow();
  });
});
