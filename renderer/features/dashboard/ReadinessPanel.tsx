import { useMemo } from 'react';
import {
  computeReadiness,
  explainReadiness,
  nothingToMeasureInArea,
  nothingToMeasureOverall,
  type AreaReadiness,
  type ReadinessDestination,
  type ReadinessExplanation,
} from '../../../shared/insights';
import { COMPETENCY_AREAS, COMPETENCY_AREA_LABELS } from '../../../shared/model';
import { HowWorkedOut, Phrases } from '../../components/ReadinessWords';
import { useAppStore } from '../../store';
import { selectPlan } from '../../store/selectors';

/**
 * Readiness overall (a ring) and per competency area (bars), each with its number in words too and a
 * "How is this worked out?" disclosure. The figures and the words come from shared/insights, the same
 * source as the Skills screen's, so both screens always agree.
 */
export function ReadinessPanel() {
  const plan = useAppStore(selectPlan)!;
  const go = useAppStore((state) => state.go);
  const readiness = useMemo(() => computeReadiness(plan), [plan]);
  const words = useMemo(() => explainReadiness(readiness), [readiness]);
  const goTo = (destination: ReadinessDestination) => go(destination);
  return (
    <section className="panel readiness" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">Readiness</h2>
      <div className="readiness-body">
        <div className="readiness-overall">
          {readiness.overall.hasData ? (
            <Ring score={readiness.overall.score} />
          ) : (
            <p className="readiness-empty">
              <Phrases phrases={nothingToMeasureOverall(readiness.overall)} onGo={goTo} />
            </p>
          )}
          {words.overall && <HowWorkedOut explanation={words.overall} subject="overall readiness" />}
        </div>
        <ul className="area-bars" aria-label="Readiness by competency area">
          {COMPETENCY_AREAS.map((area) => (
            <li key={area}>
              <AreaBar figure={readiness.areas[area]} explanation={words.areas[area]} onGo={goTo} />
            </li>
          ))}
        </ul>
      </div>
      <p className="meta">Each area measures how close its skills are to their targets. The overall figure also counts milestones done and certifications passed.</p>
    </section>
  );
}

function Ring({ score }: { score: number }) {
  const radius = 52;
  const circumference = 2 * Math.PI * radius;
  // The <svg> carries the image role (a <figure> with a caption may not take one), named in words.
  return (
    <figure className="ring">
      <svg viewBox="0 0 128 128" width="128" height="128" role="img" aria-label={`Overall readiness ${score}%`}>
        <circle cx="64" cy="64" r={radius} className="ring-track" strokeWidth="12" fill="none" />
        {score > 0 && (
          <circle
            cx="64"
            cy="64"
            r={radius}
            className="ring-value"
            strokeWidth="12"
            fill="none"
            strokeLinecap="round"
            strokeDasharray={`${(score / 100) * circumference} ${circumference}`}
            transform="rotate(-90 64 64)"
          />
        )}
        <text x="64" y="70" textAnchor="middle" className="ring-text">
          {score}%
        </text>
      </svg>
      <figcaption>Overall</figcaption>
    </figure>
  );
}

function AreaBar({ figure, explanation, onGo }: { figure: AreaReadiness; explanation: ReadinessExplanation | null; onGo(destination: ReadinessDestination): void }) {
  const label = COMPETENCY_AREA_LABELS[figure.area];
  if (!figure.hasData || explanation === null) {
    return (
      <div className="bar-row empty">
        <span className="bar-label">{label}</span>
        <p className="bar-empty">
          <Phrases phrases={nothingToMeasureInArea(figure.area)} onGo={onGo} />
        </p>
      </div>
    );
  }
  return (
    <>
      <div className="bar-row">
        <span className="bar-label">{label}</span>
        <span className="bar" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={figure.score} aria-valuetext={`${figure.score}%`}>
          <span className="bar-fill" style={{ width: `${figure.score}%` }} />
        </span>
        <span className="bar-value">{figure.score}%</span>
      </div>
      <HowWorkedOut explanation={explanation} subject={label.toLocaleLowerCase('en-GB')} />
    </>
  );
}
