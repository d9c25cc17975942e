import { useEffect } from 'react';
import { Notices } from './features/notifications/Notices';
import { Toasts } from './features/notifications/Toasts';
import { PlanScreen } from './features/plan/PlanScreen';
import { api } from './lib/api';
import { useAppStore } from './store';
import { selectIsSaving } from './store/selectors';

export function App() {
  const loadState = useAppStore((state) => state.loadState);
  const loadError = useAppStore((state) => state.loadError);
  const isSaving = useAppStore(selectIsSaving);
  const hydrate = useAppStore((state) => state.hydrate);
  const onPlanChanged = useAppStore((state) => state.onPlanChanged);

  useEffect(() => {
    void hydrate();
    return api.on('planChanged', ({ revision }) => onPlanChanged(revision));
  }, [hydrate, onPlanChanged]);

  return (
    <div className="app">
      <header className="app-header">
        <span className="brand">PMO Pathway</span>
        <span className="save-state" role="status" aria-live="polite">
          {isSaving ? 'Saving…' : loadState === 'ready' ? 'All changes saved' : ''}
        </span>
      </header>
      <main className="app-main">
        <Notices />
        {loadState === 'ready' && <PlanScreen />}
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
      <Toasts />
    </div>
  );
}
