import { certificationDisplayName, type StarterPlan } from '../../../shared/catalog';
import { SKILL_LEVEL_LABELS, type SkillLevel } from '../../../shared/model';
import { formatDate } from '../../lib/format';

interface StarterPlanStepProps {
  starter: StarterPlan;
  kept: ReadonlySet<string>;
  onToggle(key: string): void;
}

/** Step 2: the suggested plan, every item ticked; untick what you do not want before saving. */
export function StarterPlanStep({ starter, kept, onToggle }: StarterPlanStepProps) {
  const groups = [
    {
      title: 'Skills to build',
      items: starter.skills.map((s) => ({ key: s.key, label: s.change.item.name, meta: `Now ${SKILL_LEVEL_LABELS[s.change.item.currentLevel as SkillLevel].name.toLowerCase()} · target ${SKILL_LEVEL_LABELS[s.change.item.targetLevel as SkillLevel].name.toLowerCase()}` })),
    },
    { title: 'Certifications to consider', items: starter.certifications.map((s) => ({ key: s.key, label: certificationDisplayName(s.change.item), meta: '' })) },
    {
      title: 'Milestones',
      items: starter.milestones.map((s) => ({ key: s.key, label: s.change.item.title, meta: s.change.item.dueDate ? `Due ${formatDate(s.change.item.dueDate)}` : '' })),
    },
  ];
  const total = groups.reduce((sum, group) => sum + group.items.length, 0);
  return (
    <>
      <p>
        Here is a starter plan with milestones from {formatDate(starter.schedule.from)} to {formatDate(starter.schedule.lastDue)}, leaving time to
        apply before {starter.schedule.basis === 'target-date' ? `your target date, ${formatDate(starter.schedule.to)}` : formatDate(starter.schedule.to)}
        {starter.schedule.basis === 'default-target-passed' ? ' (your target date has passed, so the plan spreads over the next 12 months)' : ''}. Untick anything you do
        not want — you can change everything later.
      </p>
      {total === 0 && <p className="empty-state">Your plan already has everything this starter plan suggests.</p>}
      {groups
        .filter((group) => group.items.length > 0)
        .map((group) => (
          <fieldset key={group.title} className="starter-group">
            <legend>{group.title}</legend>
            {group.items.map((item) => (
              <label key={item.key} className="check starter-item">
                <input type="checkbox" checked={kept.has(item.key)} onChange={() => onToggle(item.key)} />
                <span>{item.label}</span>
                {item.meta && <span className="meta">{item.meta}</span>}
              </label>
            ))}
          </fieldset>
        ))}
    </>
  );
}
