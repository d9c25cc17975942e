import { acceleratorOf, describeAccelerator } from '../../../shared/commands';
import { isMacPlatform } from '../../lib/platform';
import { useAppStore } from '../../store';
import { SCREENS } from './screens';

/** The app's main navigation; the current screen is marked for assistive tech with aria-current. */
export function Sidebar() {
  const screen = useAppStore((state) => state.screen);
  const go = useAppStore((state) => state.go);
  const isMac = isMacPlatform();
  return (
    <nav className="sidebar" aria-label="Screens">
      <ul>
        {SCREENS.map((entry) => {
          // Every screen's command has a shortcut (Ctrl+1 …); only menu-only commands lack one.
          const accelerator = acceleratorOf(entry.command) ?? '';
          return (
            <li key={entry.id}>
              <button
                type="button"
                className="nav-item"
                aria-current={entry.id === screen ? 'page' : undefined}
                aria-keyshortcuts={accelerator.replace('CmdOrCtrl', isMac ? 'Meta' : 'Control') || undefined}
                onClick={() => go(entry.id)}
              >
                <span>{entry.label}</span>
                {accelerator && <kbd>{describeAccelerator(accelerator, isMac)}</kbd>}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
