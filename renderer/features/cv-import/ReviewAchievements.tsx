import { useMemo } from 'react';
import { roleHeading } from '../../../shared/cv/export/work-history';
import { withItemEdited, type Review } from '../../../shared/cv-import/review';
import { ReviewRows } from './ReviewRows';

const FROM_LABELS: Record<string, string> = { volunteer: 'Volunteering', projects: 'Projects', awards: 'Awards', work: 'Not in a role' };

/**
 * Achievements found, under the role they came with (or where in the CV they came from), each line
 * editable: it becomes the achievement's CV bullet, and its title when short enough.
 */
export function ReviewAchievements({ review, onChange, problems }: { review: Review; onChange(review: Review): void; problems: ReadonlyMap<string, string> }) {
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
      group="achievements"
      title="Achievements"
      items={achievements}
      review={review}
      onChange={onChange}
      problems={problems}
      sections={sections}
      fieldsShowName
      nameOf={(a) => a.text}
      fields={(a) => (
        <label className="wide">
          <span className="visually-hidden">Wording</span>
          <textarea rows={2} value={a.text} onChange={(e) => onChange(withItemEdited(review, 'achievements', a.key, { text: e.target.value }))} />
        </label>
      )}
    />
  );
}
