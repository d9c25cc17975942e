import { EVENT_CHANNELS, METHOD_CHANNELS, METHOD_NAMES } from '../../shared/ipc/channels';
import { contextBridge, ipcRenderer } from '../support/electron-mock';

vi.mock('electron', () => import('../support/electron-mock'));

type ExposedApi = Record<string, (...args: unknown[]) => unknown>;
let exposed: ExposedApi;

beforeAll(async () => {
  await import('../../main/preload');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  exposed = contextBridge.exposeInMainWorld.mock.calls[0]![1] as ExposedApi;
});

beforeEach(() => {
  ipcRenderer.invoke.mockClear();
  ipcRenderer.on.mockClear();
  ipcRenderer.removeListener.mockClear();
});

describe('preload', () => {
  it("exposes exactly one object, as 'api', with one function per method plus on", () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(contextBridge.exposeInMainWorld.mock.calls[0]![0]).toBe('api');
    expect(Object.keys(exposed).sort()).toEqual([...METHOD_NAMES, 'on'].sort());
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(exposed)).toBe(true);
  });

  it.each(Object.entries(METHOD_CHANNELS))('%s invokes %s with the arguments and returns its answer', async (name, channel) => {
    const answer = { ok: true, value: name };
    ipcRenderer.invoke.mockResolvedValueOnce(answer);
    const args = name === 'applyChange' ? [{ type: 'item.delete', collection: 'skills', id: 's1' }] : name === 'openExternal' ? ['https://a.example'] : [];
    await expect(exposed[name]!(...args)).resolves.toBe(answer);
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, ...args);
  });

  it('passes every argument through unchanged, even extra ones (main parses them)', async () => {
    await exposed.getPlan!('extra', 2);
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(METHOD_CHANNELS.getPlan, 'extra', 2);
  });

  it('on() forwards only the payload, never the IPC event, and its return value unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = exposed.on!('planChanged', listener) as () => void;

    expect(ipcRenderer.on).toHaveBeenCalledOnce();
    const [channel, forward] = ipcRenderer.on.mock.calls[0]! as [string, (...args: unknown[]) => void];
    expect(channel).toBe(EVENT_CHANNELS.planChanged);
    expect(forward).not.toBe(listener);

    const ipcEvent = { sender: ipcRenderer, senderId: 0, ports: [] };
    forward(ipcEvent, { revision: 3 });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ revision: 3 });
    expect(listener.mock.calls[0]).toHaveLength(1);

    expect(ipcRenderer.removeListener).not.toHaveBeenCalled();
    expect(unsubscribe()).toBeUndefined();
    expect(ipcRenderer.removeListener).toHaveBeenCalledExactlyOnceWith(EVENT_CHANNELS.planChanged, forward);
  });

  it('refuses an unknown event instead of subscribing to an arbitrary channel', () => {
    for (const event of ['plan:changed', 'electron-store-get-data', 'planchanged', '']) {
      expect(() => exposed.on!(event, vi.fn()), event).toThrow(/Unknown event/);
    }
    expect(ipcRenderer.on).not.toHaveBeenCalled();
  });

  it('refuses event names inherited from Object.prototype', () => {
    for (const event of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(() => exposed.on!(event, vi.fn()), event).toThrow(/Unknown event/);
    }
    expect(ipcRenderer.on).not.toHaveBeenCalled();
  });

  it('leaves no path from the exposed object to ipcRenderer', () => {
    const raw = new Set<unknown>([ipcRenderer, ipcRenderer.invoke, ipcRenderer.on, ipcRenderer.removeListener, contextBridge]);
    const seen = new Set<unknown>();
    const visit = (value: unknown, where: string) => {
      if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return;
      seen.add(value);
      expect(raw.has(value), where).toBe(false);
      for (const key of Reflect.ownKeys(value)) {
        const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
        if (descriptor && 'value' in descriptor) visit(descriptor.value, `${where}.${String(key)}`);
      }
    };
    visit(exposed, 'api');
    expect(seen.size).toBeGreaterThan(METHOD_NAMES.length);
  });
});
