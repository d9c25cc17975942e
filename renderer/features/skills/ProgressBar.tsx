import './skills.css';

/**
 * A horizontal gauge drawn with the theme's colours (a native <progress> cannot be themed reliably).
 * The figure is always given in words too (`valueText`), so colour is never the only signal.
 */
export function ProgressBar({ value, max, label, valueText, tone = 'accent' }: { value: number; max: number; label: string; valueText: string; tone?: 'accent' | 'success' | 'danger' }) {
  const percent = max <= 0 ? 100 : Math.max(0, Math.min(100, Math.round((value / max) * 100)));
  return (
    <div
      className={`progress-bar tone-${tone}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
    >
      <span className="progress-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
