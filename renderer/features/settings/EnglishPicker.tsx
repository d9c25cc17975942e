import { ENGLISH_VARIANT_LABELS, ENGLISH_VARIANTS, type EnglishVariant } from '../../../shared/model';
import { useAppStore } from '../../store';
import { selectReadOnly } from '../../store/selectors';
import { englishFor } from '../spelling/load-speller';

/**
 * Which English the spelling checker knows: British or American, or whatever this computer's language
 * is (the default). The person's own dictionary is listed so a word added by mistake can be removed.
 */
export function EnglishPicker() {
  const choice = useAppStore((state) => state.snapshot?.plan.preferences.english ?? null);
  const userWords = useAppStore((state) => state.snapshot?.plan.preferences.userWords ?? []);
  const readOnly = useAppStore(selectReadOnly);
  const applyChange = useAppStore((state) => state.applyChange);
  const set = (english: EnglishVariant | null) => void applyChange({ type: 'preferences.update', patch: { english } }, { label: 'Change the English for spelling' });
  const computer = ENGLISH_VARIANT_LABELS[englishFor(null)];
  return (
    <fieldset className="panel radio-group">
      <legend>Spelling</legend>
      <label className="check">
        <input type="radio" name="english" checked={choice === null} disabled={readOnly} onChange={() => set(null)} />
        As this computer ({computer})
      </label>
      {ENGLISH_VARIANTS.map((variant) => (
        <label key={variant} className="check">
          <input type="radio" name="english" checked={choice === variant} disabled={readOnly} onChange={() => set(variant)} />
          {ENGLISH_VARIANT_LABELS[variant]}
        </label>
      ))}
      {userWords.length > 0 && (
        <div className="user-words">
          <p className="meta">Words in your dictionary (never marked as misspelt):</p>
          <ul className="chips">
            {userWords.map((word) => (
              <li key={word} className="chip">
                {word}{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove “${word}” from your dictionary`}
                  disabled={readOnly}
                  onClick={() => void applyChange({ type: 'preferences.update', patch: { userWords: userWords.filter((w) => w !== word) } }, { label: `Remove “${word}” from your dictionary` })}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
