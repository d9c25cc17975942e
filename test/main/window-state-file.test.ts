import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { electronState } from '../support/electron-mock';
import { openWindowStateStore } from '../../main/window-state';

vi.mock('electron', () => import('../support/electron-mock'));

/** The window's size and position, through electron-store (window-state.json in userData); never fatal. */
describe('openWindowStateStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-window-state-'));
    electronState.userData = dir;
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const file = () => path.join(dir, 'window-state.json');

  it('starts empty without a file, saves what it is given, and reads it back in a new start', async () => {
    const store = await openWindowStateStore();
    expect(store.get('window')).toBeUndefined();
    const state = { bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: true };
    store.set('window', state);
    expect(store.get('window')).toEqual(state);
    expect(JSON.parse(fs.readFileSync(file(), 'utf8'))).toEqual({ window: state });
    expect((await openWindowStateStore()).get('window')).toEqual(state);
  });

  it('reads a file in electron-store format', async () => {
    fs.writeFileSync(file(), '{\n\t"window": {\n\t\t"bounds": {"x": -1200, "y": 50, "width": 1000, "height": 700},\n\t\t"maximized": false\n\t}\n}');
    expect((await openWindowStateStore()).get('window')).toEqual({ bounds: { x: -1200, y: 50, width: 1000, height: 700 }, maximized: false });
  });

  it('ignores a damaged or foreign file instead of failing the start', async () => {
    for (const content of ['{not json', 'null', '[]', '{"window": 3}', '{"window": {"bounds": {"x": "a"}, "maximized": "yes"}}']) {
      fs.writeFileSync(file(), content);
      const state = (await openWindowStateStore()).get('window');
      expect(state === undefined || (state.bounds === null && state.maximized === false), content).toBe(true);
    }
  });

  it('does not throw when the folder cannot be written', async () => {
    electronState.userData = path.join(dir, 'file-not-folder');
    fs.writeFileSync(electronState.userData, 'x');
    const store = await openWindowStateStore();
    expect(() => store.set('window', { bounds: null, maximized: false })).not.toThrow();
  });
});
