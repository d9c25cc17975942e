import { DRAFT_KIND_NOUNS, type Draft } from '../../../shared/drafts';

/** "You have an unsaved achievement: “Rescued the report”" — or, for one-of-a-kind editors, "unsaved changes to your profile". */
export function draftOfferText(draft: Pick<Draft, 'kind' | 'label' | 'isNew'>): string {
  const noun = DRAFT_KIND_NOUNS[draft.kind];
  if (draft.kind === 'profile' || draft.kind === 'setup') return `You have unsaved changes to your ${noun}`;
  const what = draft.isNew ? `new ${noun}` : noun;
  const label = draft.label.trim();
  return label === '' ? `You have an unsaved ${what}` : `You have an unsaved ${what}: “${label}”`;
}

/** When a draft was kept, as people read it: "10:42" today, else "2 Dec, 10:42". */
export function keptAt(savedAt: string, now: Date = new Date()): string {
  const at = new Date(savedAt);
  if (Number.isNaN(at.getTime())) return '';
  const sameDay = at.toDateString() === now.toDateString();
  return (sameDay ? TIME : DAY_AND_TIME).format(at);
}

const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const DAY_AND_TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
