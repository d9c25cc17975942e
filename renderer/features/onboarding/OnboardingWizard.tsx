import { useMemo, useState } from 'react';
import { buildStarterPlan, starterPlanChange } from '../../../shared/catalog';
import { localDate, type PlanChange } from '../../../shared/model';
import { newId } from '../../lib/ids';
import { useAppStore } from '../../store';
import { selectPlan } from '../../store/selectors';
import { AboutYouStep, type AboutYou } from './AboutYouStep';
import { StarterPlanStep } from './StarterPlanStep';

/**
 * First run (and "Run set-up again"): choose a route and a target, then trim a starter plan built from
 * the catalog. Saved as one change, so one Undo takes it all back; skipping saves nothing but the choice
 * to skip. Suggestions already in the plan are never offered twice.
 */
export function OnboardingWizard() {
  const plan = useAppStore(selectPlan)!;
  const applyChange = useAppStore((state) => state.applyChange);
  const go = useAppStore((state) => state.go);
  const [step, setStep] = useState<1 | 2>(1);
  const [about, setAbout] = useState<AboutYou>({
    entryPath: plan.profile.entryPath,
    currentRole: plan.profile.currentRole,
    targetRole: plan.profile.targetRole || 'PMO Analyst',
    targetDate: plan.profile.targetDate,
  });
  const starter = useMemo(
    () => buildStarterPlan({ entryPath: about.entryPath, targetDate: about.targetDate, today: localDate(new Date()), newId, existing: plan }),
    // Rebuilt only when the choices that shape it change, not on every edit of the plan.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [about.entryPath, about.targetDate, step],
  );
  const allKeys = useMemo(() => [...starter.skills, ...starter.certifications, ...starter.milestones].map((s) => s.key), [starter]);
  const [dropped, setDropped] = useState<ReadonlySet<string>>(new Set());
  const kept = useMemo(() => new Set(allKeys.filter((key) => !dropped.has(key))), [allKeys, dropped]);

  const profileChange = (): PlanChange => ({
    type: 'profile.update',
    patch: { ...about, onboardedAt: new Date().toISOString() },
  });

  async function finish() {
    const starterChange = starterPlanChange(starter, (key) => kept.has(key));
    const changes = [profileChange(), ...(starterChange?.type === 'batch' ? starterChange.changes : [])];
    // Navigate first, not after the save resolves: the optimistic update already closes the wizard, and a
    // late go() would undo a screen the person picked meanwhile. (The wizard shows whatever the screen.)
    go('dashboard');
    await applyChange({ type: 'batch', changes } as PlanChange, { label: 'Set up your plan' });
  }

  async function skip() {
    go('dashboard');
    await applyChange({ type: 'profile.update', patch: { onboardedAt: new Date().toISOString() } }, { label: 'Skip set-up' });
  }

  return (
    <section className="screen onboarding panel" aria-labelledby="onboarding-heading">
      <header className="screen-header">
        <h1 id="onboarding-heading">{step === 1 ? 'Plan your move into a PMO' : 'Your starter plan'}</h1>
        <span className="meta">Step {step} of 2</span>
      </header>
      {step === 1 ? (
        <AboutYouStep value={about} onChange={setAbout} />
      ) : (
        <StarterPlanStep
          starter={starter}
          kept={kept}
          onToggle={(key) => setDropped((current) => {
            const next = new Set(current);
            if (next.has(key)) next.delete(key);
            else next.add(key);
            return next;
          })}
        />
      )}
      <div className="actions">
        {step === 1 ? (
          <>
            <button type="button" onClick={() => setStep(2)} disabled={about.entryPath === null} aria-describedby={about.entryPath === null ? 'choose-route-hint' : undefined}>
              Next: see your starter plan
            </button>
            {about.entryPath === null && (
              <span id="choose-route-hint" className="meta">
                Choose where you are coming from first.
              </span>
            )}
          </>
        ) : (
          <>
            <button type="button" onClick={() => void finish()}>
              Save my plan ({kept.size} item{kept.size === 1 ? '' : 's'})
            </button>
            <button type="button" className="secondary" onClick={() => setStep(1)}>
              Back
            </button>
          </>
        )}
        <button type="button" className="secondary push-right" onClick={() => void skip()}>
          Skip set-up
        </button>
      </div>
    </section>
  );
}
