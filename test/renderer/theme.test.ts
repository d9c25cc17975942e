import { applyTheme, resolveTheme } from '../../renderer/lib/theme';

function fakeMatchMedia(dark: boolean) {
  const listeners = new Set<() => void>();
  const media = { matches: dark, addEventListener: (_: string, l: () => void) => listeners.add(l), removeEventListener: (_: string, l: () => void) => listeners.delete(l) };
  window.matchMedia = (() => media) as unknown as typeof window.matchMedia;
  return { media, listeners, flip(next: boolean) { media.matches = next; listeners.forEach((l) => l()); } };
}

describe('theme', () => {
  it('resolves the preference against the OS', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('follows the OS while set to system, and stops when told', () => {
    const os = fakeMatchMedia(false);
    const stop = applyTheme('system');
    expect(document.documentElement.dataset.theme).toBe('light');
    os.flip(true);
    expect(document.documentElement.dataset.theme).toBe('dark');
    stop();
    os.flip(false);
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('an override ignores the OS', () => {
    const os = fakeMatchMedia(true);
    applyTheme('light');
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(os.listeners.size).toBe(0);
  });
});
