import { Suspense, useEffect, useRef } from 'react';
import { useUnsavedChangesGuard } from './features/drafts/useUnsavedChangesGuard';
import { Notices } from './features/notifications/Notices';
import { Toasts } from './features/notifications/Toasts';
import { AwayBanner } from './features/reminders/AwayBanner';
import { RemindersButton } from './features/reminders/RemindersButton';
import { useReminderEvents } from './features/reminders/useReminderEvents';
import { SaveState } from './features/shell/SaveState';
import { findScreen, lazyView, useLazyView } from './features/shell/screens';
import { Sidebar } from './features/shell/Sidebar';
import { ThemeController } from './features/shell/ThemeController';
import { useCommandRouting } from './features/shell/useCommandRouting';
import { useSyncEvents } from './features/sync/useSyncEvents';
import { useUpdateEvents } from './features/updates/useUpdateEvents';
import { api } from './lib/api';
import { markPlanRendered } from './lib/perf-marks';
import { useAppStore } from './store';

// The first-run set-up (and the catalog it offers) is needed once per install: kept out of the start-up code.
const ONBOARDING = lazyView(() => import('./features/onboarding/OnboardingWizard').then((module) => ({ default: module.OnboardingWizard })));

export function App() {
  const loadState = useAppStore((state) => state.loadState);
  const loadError = useAppStore((state) => state.loadError);
  const hydrate = useAppStore((state) => state.hydrate);
  const loadAppInfo = useAppStore((state) => state.loadAppInfo);
  const loadDrafts = useAppStore((state) => state.loadDrafts);
  const onPlanChanged = useAppStore((state) => state.onPlanChanged);
  const onSaveStatus = useAppStore((state) => state.onSaveStatus);
  const shell = useAppStore((state) => state.appInfo?.shell ?? null);
  const screen = useAppStore((state) => state.screen);
  const needsOnboarding = useAppStore((state) => state.snapshot !== null && state.snapshot.plan.profile.onboardedAt === null && !state.snapshot.readOnly);
  useCommandRouting(shell);
  useUnsavedChangesGuard();
  useUpdateEvents();
  useSyncEvents();
  useReminderEvents();
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    void hydrate();
    void loadAppInfo();
    void loadDrafts();
    const unsubscribers = [api.on('planChanged', ({ revision }) => onPlanChanged(revision)), api.on('saveStatus', onSaveStatus)];
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
  }, [hydrate, loadAppInfo, loadDrafts, onPlanChanged, onSaveStatus]);

  // A new screen (or leaving set-up) starts at its top, with its heading in view.
  useEffect(() => {
    // The main column is the page's scroller (the window itself never scrolls: .app is 100vh).
    if (mainRef.current) mainRef.current.scrollTop = 0;
  }, [screen, needsOnboarding]);

  // Called from the first render, so the first screen's code loads while the plan does (see screens.tsx).
  const { View: Screen, failed: screenFailed } = useLazyView(findScreen(screen));
  const { View: Onboarding, failed: onboardingFailed } = useLazyView(needsOnboarding ? ONBOARDING : null);
  return (
    <div className="app">
      <ThemeController />
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="brand">PMO Pathway</span>
        {loadState === 'ready' && !needsOnboarding && <RemindersButton />}
        <SaveState />
      </header>
      <div className={`app-body${needsOnboarding ? ' no-sidebar' : ''}`}>
        {/* Set-up is a screen of its own: the sidebar comes once there is a plan to move around in. */}
        {!needsOnboarding && <Sidebar />}
        <main id="main" ref={mainRef} className="app-main" tabIndex={-1}>
          <Notices />
          {loadState === 'ready' && !needsOnboarding && <AwayBanner />}
          {loadState === 'ready' && needsOnboarding && (Onboarding ? <Onboarding /> : <LoadingView failed={onboardingFailed} />)}
          {loadState === 'ready' && !needsOnboarding && Screen && (
            <Suspense fallback={<p className="loading">Loading…</p>}>
              <Screen />
              <PlanRenderedMark />
            </Suspense>
          )}
          {loadState === 'ready' && !needsOnboarding && !Screen && <LoadingView failed={screenFailed} />}
          {(loadState === 'idle' || loadState === 'loading') && <p className="loading">Loading your plan…</p>}
          {loadState === 'failed' && (
            <div className="load-failed" role="alert">
              <p>{loadError}</p>
              <button type="button" onClick={() => void hydrate()}>
                Try again
              </button>
            </div>
          )}
        </main>
      </div>
      <Toasts />
    </div>
  );
}

/** Rendered after the screen, so its effect runs in the commit that shows the screen: marks "plan rendered" for `npm run bench`. */
function PlanRenderedMark() {
  useEffect(markPlanRendered, []);
  return null;
}

function LoadingView({ failed }: { failed: boolean }) {
  return failed ? (
    <p className="loading" role="alert">
      This screen could not be loaded. Restart PMO Pathway to try again.
    </p>
  ) : (
    <p className="loading">Loading…</p>
  );
}
