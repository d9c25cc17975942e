import { memo } from 'react';
import { composeCvBullet } from '../../../shared/cv';
import { roleHeading } from '../../../shared/cv/export/work-history';
import type { Achievement, Role } from '../../../shared/model';
import { formatDate } from '../../lib/format';

interface AchievementRowProps {
  achievement: Achievement;
  /** Its role in the work history, if it has one. */
  role: Role | undefined;
  readOnly: boolean;
  onToggleCv(achievement: Achievement): void;
  onOpen(achievement: Achievement): void;
  onDelete(achievement: Achievement): void;
}

/**
 * One achievement in two lines: what and when, then the bullet the CV will carry (cut to fit; the full
 * text is its tooltip and is in the editor). The CV toggle works right here, without opening the editor.
 */
export const AchievementRow = memo(function AchievementRow({ achievement, role, readOnly, onToggleCv, onOpen, onDelete }: AchievementRowProps) {
  const bullet = composeCvBullet(achievement).text;
  const where = role ? (roleHeading(role) ?? '') : '';
  return (
    <div className={`row achievement-row${achievement.includeInCv ? '' : ' not-in-cv'}`}>
      <div className="achievement-summary">
        <div className="achievement-line">
          <button type="button" className="row-title link-button" onClick={() => onOpen(achievement)}>
            {achievement.title}
          </button>
          <span className="row-date">{achievement.date ? formatDate(achievement.date) : <span className="meta">No date</span>}</span>
        </div>
        <div className="achievement-line meta">
          {where && (
            <span className="achievement-where" title={where} data-preview>
              {where}
            </span>
          )}
          {/* One-line previews (data-preview): each whole in its tooltip, in the editor and in every export. */}
          <span className="achievement-bullet" title={bullet} data-preview>
            {bullet}
          </span>
        </div>
      </div>
      <label className="check cv-toggle">
        <input type="checkbox" aria-label={`Include in CV: ${achievement.title}`} checked={achievement.includeInCv} disabled={readOnly} onChange={() => onToggleCv(achievement)} />
        <span aria-hidden="true">{achievement.includeInCv ? 'In CV' : 'Not in CV'}</span>
      </label>
      <button type="button" className="quiet small" aria-label={`Delete ${achievement.title}`} disabled={readOnly} onClick={() => onDelete(achievement)}>
        Delete
      </button>
    </div>
  );
});
