import { useEffect, useRef, useState, type FormEvent } from 'react';
import { RestoredNote } from '../drafts/RestoredNote';
import { useCloseEditor } from '../drafts/useCloseEditor';
import { useDraft } from '../drafts/useDraft';
import { FollowsField } from './FollowsField';
import {
  COMPETENCY_AREAS,
  COMPETENCY_AREA_LABELS,
  MILESTONE_KINDS,
  MILESTONE_KIND_LABELS,
  MILESTONE_STATUSES,
  MILESTONE_STATUS_LABELS,
  MilestoneFieldsSchema,
  type Milestone,
} from '../../../shared/model';
import { LinkPicker } from '../../components/LinkPicker';
import { SelectField, TextAreaField, TextField, optionsFrom } from '../../components/fields';
import { newId } from '../../lib/ids';
import { certificationDisplayName } from '../../../shared/catalog';
import { useAppStore } from '../../store';
import { useShallow } from 'zustand/react/shallow';
import { afterSave, editorKeyDown, problemsOf } from '../drafts/editor-actions';

type Draft = Omit<Milestone, 'createdAt' | 'updatedAt'>;

function blankMilestone(id: string): Draft {
  return {
    id,
    title: '',
    area: null,
    kind: 'other',
    dueDate: null,
    status: 'todo',
    completedOn: null,
    links: { skillIds: [], certificationIds: [], achievementIds: [] },
    notes: '',
    follows: null,
  };
}

interface MilestoneEditorProps {
  milestone: Milestone | null;
  /** For a new milestone: its id (so a draft of it is resumed); a fresh one when left out. */
  newId?: string;
  onClose(): void;
}

/**
 * Create or edit one milestone. Problems are shown next to the field; what is typed is kept as a draft
 * beside the plan until saved; Escape or Cancel discards it with an Undo; Ctrl+Enter saves.
 */
export function MilestoneEditor({ milestone, newId: givenId, onClose }: MilestoneEditorProps) {
  const isNew = milestone === null;
  const [initial] = useState<Draft>(() => (milestone ? stripTimestamps(milestone) : blankMilestone(givenId ?? newId())));
  const saveRef = useRef<() => Promise<boolean>>(async () => false);
  const work = useDraft({ kind: 'milestone', itemId: initial.id, isNew, initial, label: (f) => f.title.trim() || 'Untitled milestone', save: () => saveRef.current() });
  const draft = work.fields;
  const setDraft = work.setFields;
  const close = useCloseEditor(work, onClose);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const applyChange = useAppStore((state) => state.applyChange);
  const { skills, certifications, achievements } = useAppStore(
    useShallow((state) => ({
      skills: state.snapshot?.plan.skills ?? [],
      certifications: state.snapshot?.plan.certifications ?? [],
      achievements: state.snapshot?.plan.achievements ?? [],
    })),
  );
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => titleRef.current?.focus(), []);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const setLinks = (key: keyof Draft['links'], ids: string[]) => setDraft((current) => ({ ...current, links: { ...current.links, [key]: ids } }));

  async function save(event?: FormEvent): Promise<boolean> {
    event?.preventDefault();
    const parsed = MilestoneFieldsSchema.safeParse(draft);
    if (!parsed.success) {
      setProblems(problemsOf(parsed.error));
      return false;
    }
    setProblems({});
    return afterSave(applyChange({ type: 'milestone.put', item: parsed.data }, { label: isNew ? 'Add milestone' : 'Edit milestone' }), work, onClose);
  }
  saveRef.current = () => save();

  return (
    <form
      className="editor"
      aria-label={isNew ? 'New milestone' : `Edit milestone ${milestone.title}`}
      onSubmit={(event) => void save(event)}
      onKeyDown={editorKeyDown(close, save)}
    >
      <h2>{isNew ? 'New milestone' : 'Edit milestone'}</h2>
      <RestoredNote restoredFrom={work.restoredFrom} onDiscard={work.discard} />
      <TextField ref={titleRef} label="Title" value={draft.title} problem={problems.title} onChange={(e) => set('title', e.target.value)} placeholder="e.g. Shadow the PMO for a week" />
      <div className="field-row">
        <SelectField
          label="Area"
          value={draft.area ?? ''}
          options={[{ value: '', label: 'No area' }, ...optionsFrom(COMPETENCY_AREA_LABELS, COMPETENCY_AREAS)]}
          onChange={(e) => set('area', e.target.value === '' ? null : (e.target.value as Draft['area']))}
        />
        <SelectField label="Kind" value={draft.kind} options={optionsFrom(MILESTONE_KIND_LABELS, MILESTONE_KINDS)} onChange={(e) => set('kind', e.target.value as Draft['kind'])} />
      </div>
      <div className="field-row">
        <TextField label="Due date" type="date" value={draft.dueDate ?? ''} problem={problems.dueDate} onChange={(e) => set('dueDate', e.target.value || null)} />
        <SelectField
          label="Status"
          value={draft.status}
          options={optionsFrom(MILESTONE_STATUS_LABELS, MILESTONE_STATUSES)}
          onChange={(e) => setDraft((current) => ({ ...current, status: e.target.value as Draft['status'], completedOn: null }))}
        />
      </div>
      <TextAreaField label="Notes" value={draft.notes} problem={problems.notes} onChange={(e) => set('notes', e.target.value)} />
      <LinkPicker
        legend="Skills"
        options={skills.map((s) => ({ id: s.id, label: s.name }))}
        selected={draft.links.skillIds}
        onChange={(ids) => setLinks('skillIds', ids)}
        emptyText="No skills in your plan yet."
      />
      <LinkPicker
        legend="Certifications"
        options={certifications.map((c) => ({ id: c.id, label: certificationDisplayName(c) }))}
        selected={draft.links.certificationIds}
        onChange={(ids) => setLinks('certificationIds', ids)}
        emptyText="No certifications in your plan yet."
      />
      <FollowsField
        follows={draft.follows}
        linked={draft.links.certificationIds.flatMap((id) => certifications.filter((c) => c.id === id))}
        onChange={(follows) => set('follows', follows)}
      />
      <LinkPicker
        legend="Achievements"
        options={achievements.map((a) => ({ id: a.id, label: a.title }))}
        selected={draft.links.achievementIds}
        onChange={(ids) => setLinks('achievementIds', ids)}
        emptyText="No achievements logged yet."
      />
      <div className="actions">
        <button type="submit">{isNew ? 'Add milestone' : 'Save changes'}</button>
        <button type="button" className="secondary" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function stripTimestamps(milestone: Milestone): Draft {
  const { createdAt: _c, updatedAt: _u, ...fields } = milestone;
  return fields;
}
