import { useId, useState, type FormEvent } from 'react';
import { useSyncStore } from './sync-store';

const MOVING = 'Moving your plan…';

/**
 * Choosing the folder. The desktop app asks main to show its folder picker; the browser version cannot
 * show one, so the path is typed. A refused folder leaves what was typed in the field, to correct it.
 */
export function SyncFolderForm({ canPickFolder }: { canPickFolder: boolean }) {
  const busy = useSyncStore((store) => store.busy);
  // Not called `useFolder` here: it is an action, not a hook, and must be callable from a handler.
  const keepIn = useSyncStore((store) => store.useFolder);
  const [path, setPath] = useState('');
  const inputId = useId();
  const moving = busy === 'folder';

  if (canPickFolder) {
    return (
      <div className="actions">
        <button type="button" disabled={busy !== null} onClick={() => void keepIn(null)}>
          {moving ? MOVING : 'Keep my plan in a folder…'}
        </button>
      </div>
    );
  }

  const folder = path.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (folder && busy === null) void keepIn(folder);
  };
  return (
    <form className="sync-folder-form" onSubmit={submit}>
      <div className="field grow">
        <label htmlFor={inputId}>Folder path</label>
        <input id={inputId} type="text" value={path} spellCheck={false} autoComplete="off" onChange={(event) => setPath(event.target.value)} />
      </div>
      <button type="submit" disabled={!folder || busy !== null}>
        {moving ? MOVING : 'Keep my plan in this folder'}
      </button>
    </form>
  );
}
