import { LISTING_STATUSES, LISTING_STATUS_LABELS } from '../../../shared/model';
import { SelectField, TextAreaField, TextField, optionsFrom } from '../../components/fields';
import type { ListingDraft } from './listing-view';

interface ListingDetailsProps {
  draft: ListingDraft;
  problems: Record<string, string>;
  onChange<K extends keyof ListingDraft>(key: K, value: ListingDraft[K]): void;
}

/** What the person records about a listing besides its text: what and where it is, and how it stands. */
export function ListingDetails({ draft, problems, onChange }: ListingDetailsProps) {
  return (
    <div className="listing-details">
      <div className="field-row">
        <TextField label="Job title" value={draft.title} problem={problems.title} onChange={(e) => onChange('title', e.target.value)} placeholder="e.g. Senior PMO Analyst" />
        <TextField label="Organisation (optional)" value={draft.organisation} problem={problems.organisation} onChange={(e) => onChange('organisation', e.target.value)} placeholder="e.g. Northwind Health" />
      </div>
      <TextField label="Link (optional)" type="url" value={draft.link} problem={problems.link} onChange={(e) => onChange('link', e.target.value)} placeholder="https://…" />
      <div className="field-row">
        <TextField label="Seen on" type="date" value={draft.seenOn ?? ''} problem={problems.seenOn} onChange={(e) => onChange('seenOn', e.target.value || null)} />
        <TextField label="Closes on (optional)" type="date" value={draft.closesOn ?? ''} problem={problems.closesOn} onChange={(e) => onChange('closesOn', e.target.value || null)} />
        <SelectField label="Status" value={draft.status} onChange={(e) => onChange('status', e.target.value as ListingDraft['status'])} options={optionsFrom(LISTING_STATUS_LABELS, LISTING_STATUSES)} />
      </div>
      <TextAreaField label="Notes (optional)" rows={2} value={draft.notes} problem={problems.notes} onChange={(e) => onChange('notes', e.target.value)} hint="Who to contact, what to stress in your application…" />
    </div>
  );
}
