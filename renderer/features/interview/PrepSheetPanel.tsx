import { useState } from 'react';
import { practiceSet } from '../../../shared/interview/practice-set';
import { visibleQuestions } from '../../../shared/interview/question-bank';
import { PREP_SHEET_FORMATS, type PrepSheetFormat } from '../../../shared/ipc/interview';
import { EXPORT_FORMAT_INFO } from '../../../shared/cv/export/formats';
import { INTERVIEW_THEMES, INTERVIEW_THEME_LABELS, type Plan } from '../../../shared/model';
import { SelectField, TextField } from '../../components/fields';
import { QuestionChecklist } from './QuestionChecklist';
import { usePrepSheetExport } from './usePrepSheetExport';

/**
 * Export an interview prep sheet for a chosen set: each question, then its story in STAR form, then its
 * key numbers. Start from every question a story answers, add a theme's questions or a listing's likely
 * ones, and adjust by hand.
 */
export function PrepSheetPanel({ plan }: { plan: Plan }) {
  const questions = visibleQuestions(plan);
  const answered = questions.filter((q) => plan.stories.some((s) => s.questionIds.includes(q.id))).map((q) => q.id);
  const [chosen, setChosen] = useState<string[]>(answered);
  const [subtitle, setSubtitle] = useState('');
  const [theme, setTheme] = useState<string>(INTERVIEW_THEMES[0]);
  const [listingId, setListingId] = useState(plan.listings[0]?.id ?? '');
  const { status, busy, exportAs } = usePrepSheetExport();
  const add = (ids: readonly string[]) => setChosen((current) => [...current, ...ids.filter((id) => !current.includes(id))]);

  function addListing() {
    const listing = plan.listings.find((l) => l.id === listingId);
    // The listing's likely questions, most likely first; a fixed "random" keeps ties in the same order each time.
    add(practiceSet(plan, { kind: 'listing', listingId, count: 10 }, () => 0.5).questionIds);
    if (listing && subtitle === '') setSubtitle(`For ${[listing.title, listing.organisation].filter(Boolean).join(', ')}`);
  }

  return (
    <section aria-labelledby="prep-heading" className="prep-sheet">
      <h2 id="prep-heading">Prep sheet</h2>
      <p className="muted">A document to read before the interview: each question, then your story in STAR form, then its key numbers.</p>
      <div className="prep-quick-picks">
        <button type="button" className="secondary" onClick={() => setChosen(answered)}>
          Every question with a story ({answered.length})
        </button>
        <div className="pick-pair">
          <SelectField label="Theme" value={theme} options={INTERVIEW_THEMES.map((t) => ({ value: t, label: INTERVIEW_THEME_LABELS[t].label }))} onChange={(e) => setTheme(e.target.value)} />
          <button type="button" className="secondary" onClick={() => add(questions.filter((q) => q.themes.includes(theme as never)).map((q) => q.id))}>
            Add the theme’s questions
          </button>
        </div>
        {plan.listings.length > 0 && (
          <div className="pick-pair">
            <SelectField label="Job listing" value={listingId} options={plan.listings.map((l) => ({ value: l.id, label: l.title }))} onChange={(e) => setListingId(e.target.value)} />
            <button type="button" className="secondary" onClick={addListing}>
              Add its likely questions
            </button>
          </div>
        )}
        <button type="button" className="secondary" onClick={() => setChosen([])}>
          Clear
        </button>
      </div>
      <QuestionChecklist label="Questions on the sheet" questions={questions} chosen={chosen} onChange={setChosen} />
      <TextField label="Line under the title (optional)" value={subtitle} onChange={(e) => setSubtitle(e.target.value)} placeholder="e.g. For PMO Analyst, Northwind Health" />
      <div className="actions">
        {PREP_SHEET_FORMATS.map((format: PrepSheetFormat) => (
          <button key={format} type="button" disabled={busy || chosen.length === 0} onClick={() => void exportAs(chosen, subtitle, format)}>
            Export {EXPORT_FORMAT_INFO[format].label}
          </button>
        ))}
      </div>
      {chosen.length === 0 && <p className="muted">Choose at least one question.</p>}
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={`export-status ${status.kind}`}>
          {status.message}
        </p>
      )}
    </section>
  );
}
