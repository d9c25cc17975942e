import { useMemo, useState } from 'react';
import { roleHeading } from '../../../shared/cv/export/work-history';
import { withItemEdited } from '../../../shared/cv-import/review';
import { ReviewRows, type ReviewGroupProps } from './ReviewRows';

const FROM_LABELS: Record<string, string> = { volunteer: 'Volunteering', projects: 'Projects', awards: 'Awards', work: 'Not in a role' };

/**
 * Achievements found, under the role they came with (or where in the CV they came from), each line
 * editable: it becomes the achievement's CV bullet, and its title when short enough.
 */
export function ReviewAchievements(props: ReviewGroupProps) {
  const { review, onChange } = props;
  const { roles, achievements } = review.findings;
  const sections = useMemo(() => {
    const byHeading = new Map<string, Set<string>>();
    const add = (heading: string, key: string) => byHeading.set(heading, (byHeading.get(heading) ?? new Set()).add(key));
    for (const a of achievements) {
      const role = a.roleKey === null ? undefined : roles.find((r) => r.key === a.roleKey);
      if (!role) add(FROM_LABELS[a.from] ?? a.from, a.key);
      else {
        const roleTicked = review.selection.keys.has(role.key) || review.existing.roles.has(role.key);
        add(`${roleHeading(role) ?? 'A role with no title'}${roleTicked ? '' : ' (role not imported: these go in without a role)'}`, a.key);
      }
    }
    return [...byHeading].map(([heading, keys]) => ({ heading, keys }));
  }, [roles, achievements, review.selection.keys, review.existing.roles]);

  return (
    <ReviewRows
      {...props}
      group="achievements"
      title="Achievements"
      items={achievements}
      sections={sections}
      nameOf={(a) => a.text}
      fields={(a) => <AchievementWording text={a.text} onChange={(text) => onChange(withItemEdited(review, 'achievements', a.key, { text }))} />}
    />
  );
}

/**
 * "Edit wording" opens the line for correcting; a long export has hundreds of lines, and a text box for
 * each would make the review slow to draw and hard to scan.
 */
function AchievementWording({ text, onChange }: { text: string; onChange(text: string): void }) {
  const [editing, setEditing] = useState(false);
  if (!editing) {
    return (
      <button type="button" className="link-button" aria-label={`Edit wording: ${text.slice(0, 80)}`} onClick={() => setEditing(true)}>
        Edit wording
      </button>
    );
  }
  return (
    <>
      <label className="wide">
        Wording
        <textarea rows={2} value={text} autoFocus onChange={(e) => onChange(e.target.value)} />
      </label>
      <button type="button" className="link-button" onClick={() => setEditing(false)}>
        Done
      </button>
    </>
  );
}
