import { useMemo } from 'react';
import { computeReadiness, type ReadinessFigure } from '../../../shared/insights';
import { COMPETENCY_AREAS, COMPETENCY_AREA_LABELS } from '../../../shared/model';
import { useAppStore } from '../../store';
import { selectPlan } from '../../store/selectors';

/** Readiness overall (a ring) and per competency area (bars), each with its number in words too. */
export function ReadinessPanel() {
  const plan = useAppStore(selectPlan)!;
  const readiness = useMemo(() => computeReadiness(plan), [plan]);
  return (
    <section className="panel readiness" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">Readiness</h2>
      <div className="readiness-body">
        <Ring figure={readiness.overall} />
        <ul className="area-bars">
          {COMPETENCY_AREAS.map((area) => (
            <li key={area}>
              <Bar label={COMPETENCY_AREA_LABELS[area]} figure={readiness.areas[area]} />
            </li>
          ))}
        </ul>
      </div>
      <p className="meta">
        Readiness averages how close your skills are to their targets, the share of milestones done and of certifications passed.
      </p>
    </section>
  );
}

function Ring({ figure }: { figure: ReadinessFigure }) {
  const radius = 52;
  const circumference = 2 * Math.PI * radius;
  const label = figure.hasData ? `Overall readiness ${figure.score}%` : 'Overall readiness: nothing to measure yet';
  return (
    <figure className="ring" aria-label={label} role="img">
      <svg viewBox="0 0 128 128" width="128" height="128" aria-hidden="true">
        <circle cx="64" cy="64" r={radius} className="ring-track" strokeWidth="12" fill="none" />
        {figure.score > 0 && (
        <circle
          cx="64"
          cy="64"
          r={radius}
          className="ring-value"
          strokeWidth="12"
          fill="none"
          strokeLinecap="round"
          strokeDasharray={`${(figure.score / 100) * circumference} ${circumference}`}
          transform="rotate(-90 64 64)"
        />
        )}
        <text x="64" y="70" textAnchor="middle" className="ring-text">
          {figure.hasData ? `${figure.score}%` : '—'}
        </text>
      </svg>
      <figcaption>Overall</figcaption>
    </figure>
  );
}

function Bar({ label, figure }: { label: string; figure: ReadinessFigure }) {
  return (
    <div className="bar-row">
      <span className="bar-label">{label}</span>
      <span className="bar" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={figure.score} aria-valuetext={figure.hasData ? `${figure.score}%` : 'nothing to measure yet'}>
        <span className="bar-fill" style={{ width: `${figure.score}%` }} />
      </span>
      <span className="bar-value">{figure.hasData ? `${figure.score}%` : 'No data'}</span>
    </div>
  );
}
