import { certificationDisplayName } from '../../../shared/catalog';
import { MILESTONE_FOLLOW_RULES, MILESTONE_FOLLOW_RULE_LABELS, type Certification, type MilestoneFollowRule } from '../../../shared/model';
import { SelectField } from '../../components/fields';

interface FollowsFieldProps {
  follows: MilestoneFollowRule | null;
  /** The certifications the milestone links now (in the form). */
  linked: readonly Pick<Certification, 'id' | 'catalogId' | 'customName'>[];
  onChange(follows: MilestoneFollowRule | null): void;
}

const NONE = 'none';

/**
 * Whether the milestone keeps in step with the certifications it links (shared/model/following.ts):
 * offered once it links one, and always shown while it follows, so "stop following" is one choice away.
 */
export function FollowsField({ follows, linked, onChange }: FollowsFieldProps) {
  if (follows === null && linked.length === 0) return null;
  const names = linked.map((c) => certificationDisplayName(c)).join(', ');
  const hint =
    linked.length === 0
      ? 'Link a certification above for this to take effect.'
      : follows === null
        ? `You update this milestone yourself. Choose a rule to keep it in step with ${names}.`
        : `Kept in step with ${names}. You can still change it yourself; the next change to the certification brings it back in step.`;
  return (
    <SelectField
      label="Keep in step with the linked certification"
      value={follows ?? NONE}
      hint={hint}
      options={[{ value: NONE, label: 'No: I update it myself' }, ...MILESTONE_FOLLOW_RULES.map((rule) => ({ value: rule, label: MILESTONE_FOLLOW_RULE_LABELS[rule] }))]}
      onChange={(event) => onChange(event.target.value === NONE ? null : (event.target.value as MilestoneFollowRule))}
    />
  );
}
