import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { create } from 'zustand';
import { markPlanRendered } from '../../renderer/lib/perf-marks';

/**
 * The bare baseline of `npm run bench`: the least a React 19 + zustand page can do to show a plan. It
 * fetches the same plan file the app opens, keeps it in a zustand store and renders one plain row per
 * item (every row in the DOM, no windowing), then sets the same performance marks as the app. Clicking
 * a row's title opens a one-field editor; saving replaces the item in the store and posts it to the
 * server, the bare equivalent of editing a milestone in the app.
 */

interface Row {
  id: string;
  title: string;
  date: string | null;
  done: boolean;
}

interface PlanFile {
  milestones: { id: string; title: string; dueDate: string | null; status: string }[];
  achievements: { id: string; title: string; date: string | null }[];
  skills: { id: string; name: string }[];
  certifications: { id: string; customName: string; catalogId: string | null; examDate: string | null }[];
}

interface BareState {
  rows: Row[] | null;
  load(): Promise<void>;
  rename(id: string, title: string): Promise<void>;
}

const useBare = create<BareState>()((set, get) => ({
  rows: null,
  async load() {
    const plan = (await (await fetch('./plan.json', { cache: 'no-store' })).json()) as PlanFile;
    set({
      rows: [
        ...plan.milestones.map((m) => ({ id: m.id, title: m.title, date: m.dueDate, done: m.status === 'done' })),
        ...plan.achievements.map((a) => ({ id: a.id, title: a.title, date: a.date, done: false })),
        ...plan.skills.map((s) => ({ id: s.id, title: s.name, date: null, done: false })),
        ...plan.certifications.map((c) => ({ id: c.id, title: c.customName || (c.catalogId ?? ''), date: c.examDate, done: false })),
      ],
    });
  },
  async rename(id, title) {
    set({ rows: (get().rows ?? []).map((row) => (row.id === id ? { ...row, title } : row)) });
    await fetch('./save', { method: 'POST', body: JSON.stringify({ id, title }) });
  },
}));

function Editor({ row, onClose }: { row: Row; onClose(): void }) {
  const [title, setTitle] = useState(row.title);
  const rename = useBare((state) => state.rename);
  return (
    <form
      aria-label="Edit"
      onSubmit={(event) => {
        event.preventDefault();
        void rename(row.id, title).then(onClose);
      }}
    >
      <label>
        Title <input value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <button type="submit">Save changes</button>
    </form>
  );
}

function Rendered() {
  useEffect(markPlanRendered, []);
  return null;
}

function Bare() {
  const rows = useBare((state) => state.rows);
  const [editing, setEditing] = useState<Row | null>(null);
  useEffect(() => void useBare.getState().load(), []);
  if (!rows) return <p>Loading…</p>;
  return (
    <main>
      <h1>Plan</h1>
      {editing && <Editor key={editing.id} row={editing} onClose={() => setEditing(null)} />}
      <ul aria-label="Items">
        {rows.map((row) => (
          <li key={row.id}>
            <input type="checkbox" aria-label={`Done: ${row.title}`} checked={row.done} readOnly />
            <button type="button" onClick={() => setEditing(row)}>
              {row.title}
            </button>
            <span>{row.date ?? 'No date'}</span>
          </li>
        ))}
      </ul>
      <Rendered />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Bare />
  </StrictMode>,
);
