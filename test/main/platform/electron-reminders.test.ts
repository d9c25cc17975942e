import { electronNotifier, startedHidden } from '../../../main/platform/electron-reminders';

const shown: { title: string; body: string; handlers: Map<string, () => void> }[] = [];
const state = { supported: true, wasOpenedAtLogin: false, loginItems: [] as unknown[] };

vi.mock('electron', () => {
  class Notification {
    static isSupported = () => state.supported;
    private readonly entry: { title: string; body: string; handlers: Map<string, () => void> };
    constructor(options: { title: string; body: string }) {
      this.entry = { ...options, handlers: new Map() };
    }
    on(event: string, handler: () => void) {
      this.entry.handlers.set(event, handler);
      return this;
    }
    show() {
      shown.push(this.entry);
    }
  }
  const app = {
    getLoginItemSettings: () => ({ wasOpenedAtLogin: state.wasOpenedAtLogin }),
    setLoginItemSettings: (settings: unknown) => void state.loginItems.push(settings),
    getPath: () => '/tmp',
  };
  return { Notification, app, default: { Notification, app } };
});

describe('electron reminders adapter', () => {
  beforeEach(() => {
    shown.length = 0;
    state.supported = true;
  });

  it('shows a notification from main and runs the click handler once clicked', () => {
    const clicks: string[] = [];
    electronNotifier()!.show({ title: 'Milestone due tomorrow', body: 'Book PRINCE2 exam' }, () => clicks.push('opened'));
    expect(shown.map((n) => [n.title, n.body])).toEqual([['Milestone due tomorrow', 'Book PRINCE2 exam']]);
    shown[0]!.handlers.get('click')!();
    expect(clicks).toEqual(['opened']);
  });

  it('no notification service: no notifier, so the in-app list is the channel', () => {
    state.supported = false;
    expect(electronNotifier()).toBeNull();
  });

  it('a start with --hidden stays out of sight; a normal start does not', () => {
    expect(startedHidden(['/opt/pmo-pathway', '--hidden'])).toBe(true);
    expect(startedHidden(['/opt/pmo-pathway'])).toBe(process.platform === 'darwin' && state.wasOpenedAtLogin);
  });
});
