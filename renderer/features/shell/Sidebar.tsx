import { APP_COMMANDS, describeAccelerator } from '../../../shared/commands';
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
        {SCREENS.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className="nav-item"
              aria-current={entry.id === screen ? 'page' : undefined}
              aria-keyshortcuts={APP_COMMANDS[entry.command].accelerator.replace('CmdOrCtrl', isMac ? 'Meta' : 'Control')}
              onClick={() => go(entry.id)}
            >
              <span>{entry.label}</span>
              <kbd>{describeAccelerator(APP_COMMANDS[entry.command].accelerator, isMac)}</kbd>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
