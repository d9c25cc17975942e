import { certificationDisplayName } from '../../../shared/catalog/certifications';
import { COMPETENCY_AREA_LABELS, COMPETENCY_AREAS, type CompetencyArea } from '../../../shared/model/vocabulary';
import { withItemEdited, withSkillArea } from '../../../shared/cv-import/review';
import { ReviewRows, type ReviewGroupProps } from './ReviewRows';

/** Certifications found: a catalog match says which one it is; any other keeps its name and issuer as custom. */
export function ReviewCertifications(props: ReviewGroupProps) {
  const { review, onChange } = props;
  return (
    <ReviewRows
      {...props}
      group="certifications"
      title="Certifications"
      items={review.findings.certifications}
      nameOf={(c) => (c.catalogId ? `${c.name} → ${certificationDisplayName({ catalogId: c.catalogId, customName: '' })}` : `${c.name} (your own, not in the catalog)`)}
      fields={(c) => (
        <>
          {c.catalogId === null && (
            <>
              <label>
                Name <input value={c.name} onChange={(e) => onChange(withItemEdited(review, 'certifications', c.key, { name: e.target.value }))} />
              </label>
              <label>
                Issued by <input value={c.issuer} onChange={(e) => onChange(withItemEdited(review, 'certifications', c.key, { issuer: e.target.value }))} />
              </label>
            </>
          )}
          <label>
            Passed on <input type="date" value={c.issuedOn ?? ''} onChange={(e) => onChange(withItemEdited(review, 'certifications', c.key, { issuedOn: e.target.value || null }))} />
          </label>
        </>
      )}
    />
  );
}

/** Skills found: a match in the PMO skills framework keeps its area; any other waits for the person to pick one. */
export function ReviewSkills(props: ReviewGroupProps) {
  const { review, onChange } = props;
  return (
    <ReviewRows
      {...props}
      group="skills"
      title="Skills"
      items={review.findings.skills}
      nameOf={(s) => (s.catalogId ? `${s.name} (a PMO skill: ${COMPETENCY_AREA_LABELS[s.area ?? 'business'].toLowerCase()})` : s.name)}
      fields={(s) =>
        s.catalogId === null && (
          <label>
            Area{' '}
            <select
              value={review.selection.skillAreas.get(s.key) ?? s.area ?? ''}
              aria-invalid={!review.selection.skillAreas.has(s.key) && s.area === null ? true : undefined}
              onChange={(e) => onChange(withSkillArea(review, s.key, e.target.value as CompetencyArea))}
            >
              {s.area === null && !review.selection.skillAreas.has(s.key) && <option value="">Choose an area…</option>}
              {COMPETENCY_AREAS.map((area) => (
                <option key={area} value={area}>
                  {COMPETENCY_AREA_LABELS[area]}
                </option>
              ))}
            </select>
          </label>
        )
      }
    />
  );
}
