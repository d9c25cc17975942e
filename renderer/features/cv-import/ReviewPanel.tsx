import { useMemo } from 'react';
import { describeImportCounts, importCounts, overPlanLimits, reviewProblems, skillsNeedingArea, type Review } from '../../../shared/cv-import/review';
import type { Plan } from '../../../shared/model';
import { useCvImportStore } from './cv-import-store';
import { ReviewAchievements } from './ReviewAchievements';
import { ReviewCertifications, ReviewSkills } from './ReviewCredentials';
import { ReviewProfile } from './ReviewProfile';
import { ReviewRoles } from './ReviewRoles';
import { ReviewWarnings } from './ReviewWarnings';

/**
 * Everything found in the file, grouped, before anything changes: tick what to keep, correct what was
 * read, see what is already in the plan and what was left out. Confirming adds the ticked rows as one
 * change (Ctrl+Z takes it all back), after a backup.
 */
export function ReviewPanel({ fileName, review, plan, fromLines, readOnly }: { fileName: string; review: Review; plan: Plan; fromLines: boolean; readOnly: boolean }) {
  const setReview = useCvImportStore((state) => state.setReview);
  const confirm = useCvImportStore((state) => state.confirm);
  const backToLines = useCvImportStore((state) => state.backToLines);
  const startOver = useCvImportStore((state) => state.startOver);
  const confirming = useCvImportStore((state) => state.confirming);
  const problems = useMemo(() => reviewProblems(review), [review]);
  // Counted once from the change confirming would send: the words on the button and the limit check agree.
  const counts = useMemo(() => importCounts(review), [review]);
  const added = describeImportCounts(counts);
  const needArea = skillsNeedingArea(review);
  const overLimit = overPlanLimits(counts, plan);
  const { findings } = review;
  const nothingFound = findings.roles.length + findings.achievements.length + findings.certifications.length + findings.skills.length === 0 && Object.values(findings.profile).every((v) => v.trim() === '');
  const blocker = readOnly
    ? 'Your plan is open read-only, so nothing can be imported.'
    : problems.size > 0
      ? `Correct ${problems.size === 1 ? 'the row' : `the ${problems.size} rows`} marked above first.`
      : needArea.length > 0
        ? `Choose an area for ${needArea.map((s) => `“${s.name}”`).join(', ')}, or untick ${needArea.length === 1 ? 'it' : 'them'}.`
        : added === ''
          ? 'Nothing new is ticked.'
          : overLimit;

  return (
    <section className="panel cv-review" aria-labelledby="cv-review-heading">
      <h2 id="cv-review-heading">What {fileName} holds</h2>
      {nothingFound ? (
        <p>Nothing in this file could be imported{findings.warnings.length > 0 ? ': see what was left out, and why, below' : ''}.</p>
      ) : (
        <p>Untick what you do not want, and correct anything that was read wrongly. Nothing changes in your plan until you add it.</p>
      )}
      <ReviewProfile review={review} plan={plan} onChange={setReview} problems={problems} />
      <ReviewRoles review={review} onChange={setReview} problems={problems} />
      <ReviewAchievements review={review} onChange={setReview} problems={problems} />
      <ReviewCertifications review={review} onChange={setReview} problems={problems} />
      <ReviewSkills review={review} onChange={setReview} problems={problems} />
      <ReviewWarnings warnings={findings.warnings} />
      <div className="cv-confirm" role="group" aria-label="Import">
        <p className="cv-confirm-summary" aria-live="polite">
          {blocker ?? `Adds ${added} to your plan. Your plan is backed up first, and Ctrl+Z undoes it.`}
        </p>
        <div className="actions">
          <button type="button" disabled={blocker !== null || confirming} onClick={() => void confirm()}>
            {confirming ? 'Adding…' : 'Add to my plan'}
          </button>
          {fromLines && (
            <button type="button" className="secondary" onClick={backToLines}>
              Back to the lines
            </button>
          )}
          <button type="button" className="secondary" onClick={startOver}>
            Cancel this import
          </button>
        </div>
      </div>
    </section>
  );
}
