import { THEMES, type Theme } from '../../../shared/model';
import { useAppStore } from '../../store';
import { selectReadOnly } from '../../store/selectors';

const THEME_LABELS: Record<Theme, string> = { system: 'Follow my system', light: 'Light', dark: 'Dark' };

export function ThemePicker() {
  const theme = useAppStore((state) => state.snapshot?.plan.preferences.theme ?? 'system');
  const readOnly = useAppStore(selectReadOnly);
  const applyChange = useAppStore((state) => state.applyChange);
  return (
    <fieldset className="panel radio-group">
      <legend>Appearance</legend>
      {THEMES.map((value) => (
        <label key={value} className="check">
          <input
            type="radio"
            name="theme"
            value={value}
            checked={theme === value}
            disabled={readOnly}
            onChange={() => void applyChange({ type: 'preferences.update', patch: { theme: value } }, { label: 'Change theme' })}
          />
          {THEME_LABELS[value]}
        </label>
      ))}
    </fieldset>
  );
}
