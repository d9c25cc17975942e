import { AddMilestoneForm } from './AddMilestoneForm';
import { MilestoneList } from './MilestoneList';
import { TargetRoleField } from './TargetRoleField';

export function PlanScreen() {
  return (
    <section aria-labelledby="plan-heading" className="screen">
      <h1 id="plan-heading">Your plan</h1>
      <TargetRoleField />
      <h2>Milestones</h2>
      <AddMilestoneForm />
      <MilestoneList />
    </section>
  );
}
