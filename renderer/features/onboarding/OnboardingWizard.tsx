import { useMemo, useRef, useState } from 'react';
import { buildStarterPlan, defaultTargetRole, starterPlanChange } from '../../../shared/catalog';
import type { DraftFields } from '../../../shared/drafts';
import { ProfilePatchSchema, describeIssues, localDate, type PlanChange } from '../../../shared/model';
import { newId } from '../../lib/ids';
import { useAppStore } from '../../store';
import { selectPlan } from '../../store/selectors';
import { RestoredNote } from '../drafts/RestoredNote';
import { useDraft } from '../drafts/useDraft';
import { AboutYouStep } from './AboutYouStep';
import { RateYourselfStep } from './RateYourselfStep';
import { StarterPlanStep } from './StarterPlanStep';

type SetupFields = DraftFields<'setup'>;

const STEP_TITLES = { 1: 'Plan your move into a PMO', 2: 'Rate yourself', 3: 'Your starter plan' } as const;

/**
 * First run (and "Run set-up again"): who you are and your route, where you stand on the route's skills,
 * then trim a starter plan built from the catalog. Saved as one change, so one Undo takes it all back;
 * skipping saves nothing but the choice to skip. Suggestions already in the plan are never offered
 * twice. What is chosen is kept as a draft beside the plan until saved, so a reload resumes the step.
 */
export function OnboardingWizard() {
  const plan = useAppStore(selectPlan)!;
  const applyChange = useAppStore((state) => state.applyChange);
  const go = useAppStore((state) => state.go);
  const initial = useMemo<SetupFields>(
    () => ({
      step: 1,
      about: {
        name: plan.profile.name,
        entryPath: plan.profile.entryPath,
        currentRole: plan.profile.currentRole,
        targetRole: plan.profile.targetRole || defaultTargetRole(plan.profile.entryPath),
        targetDate: plan.profile.targetDate,
        email: plan.profile.email,
        phone: plan.profile.phone,
        location: plan.profile.location,
        link: plan.profile.link,
      },
      levels: {},
      dropped: [],
    }),
    // The set-up starts from the profile as it was when it opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const finishRef = useRef<() => Promise<boolean>>(async () => false);
  const [problem, setProblem] = useState<string | null>(null);
  const work = useDraft({ kind: 'setup', itemId: null, isNew: false, initial, label: () => '', save: () => finishRef.current() });
  const { step, about, levels, dropped } = work.fields;
  const update = (patch: Partial<SetupFields>) => work.setFields((current) => ({ ...current, ...patch }));

  const starter = useMemo(
    () => buildStarterPlan({ entryPath: about.entryPath, targetDate: about.targetDate, today: localDate(new Date()), newId, existing: plan, currentLevels: levels }),
    // Rebuilt only when the choices that shape it change, not on every edit of the plan.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [about.entryPath, about.targetDate, levels, step],
  );
  const allKeys = useMemo(() => [...starter.skills, ...starter.certifications, ...starter.milestones].map((s) => s.key), [starter]);
  const kept = useMemo(() => new Set(allKeys.filter((key) => !dropped.includes(key))), [allKeys, dropped]);

  async function finish(): Promise<boolean> {
    const checked = ProfilePatchSchema.safeParse({ ...about, name: about.name.trim() });
    if (!checked.success) {
      // Only the contact details can be wrong here (an email without "@"): back to them, saying why.
      update({ step: 1 });
      setProblem(describeIssues(checked.error, 'profile'));
      return false;
    }
    setProblem(null);
    const starterChange = starterPlanChange(starter, (key) => kept.has(key));
    const profile: PlanChange = { type: 'profile.update', patch: { ...checked.data, onboardedAt: new Date().toISOString() } };
    const changes = [profile, ...(starterChange?.type === 'batch' ? starterChange.changes : [])];
    work.saved();
    // Navigate first, not after the save resolves: the optimistic update already closes the wizard, and a
    // late go() would undo a screen the person picked meanwhile. (The wizard shows whatever the screen.)
    go('dashboard');
    return applyChange({ type: 'batch', changes } as PlanChange, { label: 'Set up your plan' });
  }
  finishRef.current = finish;

  async function skip() {
    work.saved();
    go('dashboard');
    await applyChange({ type: 'profile.update', patch: { onboardedAt: new Date().toISOString() } }, { label: 'Skip set-up' });
  }

  const toggle = (key: string) => update({ dropped: dropped.includes(key) ? dropped.filter((k) => k !== key) : [...dropped, key] });

  return (
    <section className="screen onboarding panel" aria-labelledby="onboarding-heading">
      <header className="screen-header">
        <h1 id="onboarding-heading">{STEP_TITLES[step]}</h1>
        <span className="meta">Step {step} of 3</span>
      </header>
      <RestoredNote restoredFrom={work.restoredFrom} onDiscard={work.discard} />
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      {step === 1 && <AboutYouStep value={about} onChange={(next) => update({ about: next })} />}
      {step === 2 && <RateYourselfStep starter={starter} onLevel={(catalogId, level) => update({ levels: { ...levels, [catalogId]: level } })} />}
      {step === 3 && <StarterPlanStep starter={starter} kept={kept} onToggle={toggle} />}
      <div className="actions">
        {step === 1 && (
          <>
            <button type="button" onClick={() => update({ step: 2 })} disabled={about.entryPath === null} aria-describedby={about.entryPath === null ? 'choose-route-hint' : undefined}>
              Next: rate yourself
            </button>
            {about.entryPath === null && (
              <span id="choose-route-hint" className="meta">
                Choose where you are coming from first.
              </span>
            )}
          </>
        )}
        {step === 2 && (
          <>
            <button type="button" onClick={() => update({ step: 3 })}>
              Next: see your starter plan
            </button>
            <button type="button" className="secondary" onClick={() => update({ step: 1 })}>
              Back
            </button>
          </>
        )}
        {step === 3 && (
          <>
            <button type="button" onClick={() => void finish()}>
              Save my plan ({kept.size} item{kept.size === 1 ? '' : 's'})
            </button>
            <button type="button" className="secondary" onClick={() => update({ step: 2 })}>
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
