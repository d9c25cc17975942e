import { useMemo } from 'react';
import { gapSuggestions } from '../../../shared/insights/interview-suggestions';
import type { InterviewCoverage } from '../../../shared/insights/interview-coverage';
import { COMPETENCY_AREAS, COMPETENCY_AREA_LABELS, type InterviewTheme, type Plan } from '../../../shared/model';

interface CoverageGridProps {
  plan: Plan;
  coverage: InterviewCoverage;
  readOnly: boolean;
  /** Write a story from an achievement for a question of the theme. */
  onUseAchievement(theme: InterviewTheme, questionId: string, achievementId: string): void;
  onWriteFor(questionId: string): void;
}

/**
 * Themes x areas: how many prepared stories answer a question in each, with the gaps named and, for
 * each gap, achievements that could become its story. A cell with no questions shows a dash.
 */
export function CoverageGrid({ plan, coverage, readOnly, onUseAchievement, onWriteFor }: CoverageGridProps) {
  const suggestions = useMemo(() => gapSuggestions(plan, coverage), [plan, coverage]);
  return (
    <section aria-labelledby="coverage-heading" className="coverage">
      <h2 id="coverage-heading">Coverage</h2>
      <p className="muted">
        {coverage.preparedStories === 0
          ? 'No prepared story yet: a story counts once it has its action and result and answers a question.'
          : `${coverage.preparedStories} prepared ${coverage.preparedStories === 1 ? 'story covers' : 'stories cover'} ${coverage.themes.filter((t) => t.stories > 0).length} of ${coverage.themes.length} themes.`}
      </p>
      <table className="coverage-grid">
        <caption className="visually-hidden">Prepared stories by theme and area (stories / questions)</caption>
        <thead>
          <tr>
            <th scope="col">Theme</th>
            {COMPETENCY_AREAS.map((area) => (
              <th key={area} scope="col">
                {COMPETENCY_AREA_LABELS[area].replace(' skills', '')}
              </th>
            ))}
            <th scope="col">All</th>
          </tr>
        </thead>
        <tbody>
          {coverage.themes.map((row) => (
            <tr key={row.theme} data-theme={row.theme}>
              <th scope="row">{row.label}</th>
              {COMPETENCY_AREAS.map((area) => {
                const cell = row.cells[area];
                return (
                  <td key={area} className={cell.questions === 0 ? 'none' : cell.stories === 0 ? 'gap' : 'covered'}>
                    {cell.questions === 0 ? '–' : `${cell.stories} / ${cell.questions}`}
                  </td>
                );
              })}
              <td className={row.stories === 0 ? 'gap' : 'covered'}>{row.stories === 1 ? '1 story' : `${row.stories} stories`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {coverage.gaps.length === 0 ? (
        <p className="hint-ok">Every theme has at least one prepared story.</p>
      ) : (
        <>
          <h3>Gaps</h3>
          <ul className="gap-list">
            {coverage.gaps.map((gap) => {
              const found = suggestions.get(gap.theme) ?? [];
              const firstQuestion = gap.questionIds[0]!;
              return (
                <li key={gap.theme} data-gap={gap.theme}>
                  <p className="gap-message">{gap.message}</p>
                  {found.length > 0 ? (
                    <ul className="suggestions" aria-label={`Achievements that could tell a story about ${gap.theme}`}>
                      {found.map((s) => (
                        <li key={s.achievementId}>
                          <span>
                            “{s.title}” <span className="muted">({s.reasons.join('; ')})</span>
                          </span>
                          <button type="button" className="secondary" disabled={readOnly} onClick={() => onUseAchievement(gap.theme, firstQuestion, s.achievementId)}>
                            Write a story from it
                          </button>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="muted">
                      No achievement mentions this yet.{' '}
                      <button type="button" className="link-button" disabled={readOnly} onClick={() => onWriteFor(firstQuestion)}>
                        Write a story from scratch
                      </button>
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
