import { useRef, type KeyboardEvent } from 'react';

export const INTERVIEW_TABS = ['questions', 'stories', 'coverage', 'practice', 'prep'] as const;
export type InterviewTab = (typeof INTERVIEW_TABS)[number];
export const INTERVIEW_TAB_LABELS: Record<InterviewTab, string> = {
  questions: 'Questions',
  stories: 'Stories',
  coverage: 'Coverage',
  practice: 'Practice',
  prep: 'Prep sheet',
};

/** The screen's parts as tabs (ARIA tabs pattern: arrow keys, Home and End move between them). */
export function InterviewTabs({ current, counts, onChange }: { current: InterviewTab; counts: Partial<Record<InterviewTab, string>>; onChange(tab: InterviewTab): void }) {
  const refs = useRef<Partial<Record<InterviewTab, HTMLButtonElement | null>>>({});
  function onKeyDown(event: KeyboardEvent) {
    const at = INTERVIEW_TABS.indexOf(current);
    const to =
      event.key === 'ArrowRight' ? (at + 1) % INTERVIEW_TABS.length : event.key === 'ArrowLeft' ? (at - 1 + INTERVIEW_TABS.length) % INTERVIEW_TABS.length : event.key === 'Home' ? 0 : event.key === 'End' ? INTERVIEW_TABS.length - 1 : -1;
    if (to === -1) return;
    event.preventDefault();
    const tab = INTERVIEW_TABS[to]!;
    onChange(tab);
    refs.current[tab]?.focus();
  }
  return (
    <div role="tablist" aria-label="Interview preparation" className="tabs" onKeyDown={onKeyDown}>
      {INTERVIEW_TABS.map((tab) => (
        <button
          key={tab}
          ref={(el) => {
            refs.current[tab] = el;
          }}
          type="button"
          role="tab"
          id={`interview-tab-${tab}`}
          aria-controls="interview-panel"
          aria-selected={tab === current}
          tabIndex={tab === current ? 0 : -1}
          className={tab === current ? 'tab is-current' : 'tab'}
          onClick={() => onChange(tab)}
        >
          {INTERVIEW_TAB_LABELS[tab]}
          {counts[tab] && <span className="tab-count"> {counts[tab]}</span>}
        </button>
      ))}
    </div>
  );
}
