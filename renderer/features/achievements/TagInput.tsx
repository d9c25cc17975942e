import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { LIMITS } from '../../../shared/model';

interface TagInputProps {
  tags: string[];
  problem?: string | null;
  onChange(tags: string[]): void;
}

/**
 * Type a tag and press Enter (or a comma) to add it; each tag has its own Remove button. Enter never
 * submits the surrounding form from here, so a half-typed tag is not saved by accident.
 */
export function TagInput({ tags, problem, onChange }: TagInputProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const full = tags.length >= LIMITS.tagsPerItem;

  function add() {
    const tag = text.trim().replace(/\s+/g, ' ');
    if (tag === '') return;
    if (tag.length > LIMITS.tag) return setNote(`Keep a tag under ${LIMITS.tag} characters.`);
    if (full) return setNote(`An achievement can have at most ${LIMITS.tagsPerItem} tags.`);
    // Case-insensitive: "Governance" and "governance" are the same tag.
    if (tags.some((t) => t.toLocaleLowerCase('en-GB') === tag.toLocaleLowerCase('en-GB'))) {
      setText('');
      return setNote(`“${tag}” is already a tag.`);
    }
    onChange([...tags, tag]);
    setText('');
    setNote(null);
    // Keep the box and its new chip in view above the editor's sticky Save bar (scroll-padding).
    requestAnimationFrame(() => input.current?.parentElement?.scrollIntoView?.({ block: 'nearest' }));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      // Ctrl+Enter still reaches the form and saves; a plain Enter adds the tag.
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      add();
    }
  }

  function remove(tag: string) {
    onChange(tags.filter((t) => t !== tag));
    setNote(null);
    // Next frame: the input may have been disabled (tag limit) until this render.
    requestAnimationFrame(() => input.current?.focus());
  }

  const message = problem ?? note;
  return (
    <div className="field tag-input">
      <label htmlFor={id}>Tags</label>
      <input
        ref={input}
        id={id}
        value={text}
        disabled={full}
        placeholder={full ? 'Tag limit reached' : 'Type a tag, then press Enter'}
        aria-describedby={`${id}-hint${message ? ` ${id}-problem` : ''}`}
        aria-invalid={Boolean(problem) || undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        // A tag typed but not yet added is kept when focus moves on.
        onBlur={add}
      />
      {/* Added tags sit below the box, so the box does not move while a person types tag after tag. */}
      {tags.length > 0 && (
        <ul className="tag-list" aria-label="Tags added">
          {tags.map((tag) => (
            <li key={tag} className="chip">
              {tag}
              <button type="button" className="chip-remove" aria-label={`Remove tag ${tag}`} onClick={() => remove(tag)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <p id={`${id}-hint`} className="field-hint">
        For example “governance”, “reporting”, “stakeholders”. Enter or comma adds a tag.
      </p>
      {message && (
        <p id={`${id}-problem`} className="field-problem" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
