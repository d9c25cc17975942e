import { Suspense, useEffect } from 'react';
import { Notices } from './features/notifications/Notices';
import { Toasts } from './features/notifications/Toasts';
import { OnboardingWizard } from './features/onboarding/OnboardingWizard';
import { SaveState } from './features/shell/SaveState';
import { findScreen } from './features/shell/screens';
import { Sidebar } from './features/shell/Sidebar';
import { ThemeController } from './features/shell/ThemeController';
import { useCommandRouting } from './features/shell/useCommandRouting';
import { api } from './lib/api';
import { useAppStore } from './store';

export function App() {
  const loadState = useAppStore((state) => state.loadState);
  const loadError = useAppStore((state) => state.loadError);
  const hydrate = useAppStore((state) => state.hydrate);
  const loadAppInfo = useAppStore((state) => state.loadAppInfo);
  const onPlanChanged = useAppStore((state) => state.onPlanChanged);
  const onSaveStatus = useAppStore((state) => state.onSaveStatus);
  const shell = useAppStore((state) => state.appInfo?.shell ?? null);
  const screen = useAppStore((state) => state.screen);
  const needsOnboarding = useAppStore((state) => state.snapshot !== null && state.snapshot.plan.profile.onboardedAt === null && !state.snapshot.readOnly);
  useCommandRouting(shell);

  useEffect(() => {
    void hydrate();
    void loadAppInfo();
    const unsubscribers = [api.on('planChanged', ({ revision }) => onPlanChanged(revision)), api.on('saveStatus', onSaveStatus)];
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
  }, [hydrate, loadAppInfo, onPlanChanged, onSaveStatus]);

  const Screen = findScreen(screen).component;
  return (
    <div className="app">
      <ThemeController />
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="brand">PMO Pathway</span>
        <SaveState />
      </header>
      <div className="app-body">
        <Sidebar />
        <main id="main" className="app-main" tabIndex={-1}>
          <Notices />
          {loadState === 'ready' && needsOnboarding && <OnboardingWizard />}
          {loadState === 'ready' && !needsOnboarding && (
            <Suspense fallback={<p className="loading">Loading…</p>}>
              <Screen />
            </Suspense>
          )}
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
