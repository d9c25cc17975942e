import { TextAreaField } from '../../components/fields';
import type { AchievementDraft, Problems, PromptStyle } from './achievement-draft';

type Xyz = AchievementDraft['xyz'];
type Star = AchievementDraft['star'];

const XYZ_PROMPTS: readonly { key: keyof Xyz; label: string; hint: string; placeholder: string }[] = [
  { key: 'accomplished', label: 'Accomplished [X]', hint: 'What you achieved, starting with a past-tense verb.', placeholder: 'e.g. Cut late project status reports' },
  { key: 'measuredBy', label: 'As measured by [Y]', hint: 'The number that proves it. Leave blank to use your metrics below.', placeholder: 'e.g. on-time reports rising from 60% to 95%' },
  { key: 'byDoing', label: 'By doing [Z]', hint: 'How you did it: the method, tool or change you made.', placeholder: 'e.g. introducing a weekly RAID review' },
];

const STAR_PROMPTS: readonly { key: keyof Star; label: string; hint: string; placeholder: string }[] = [
  { key: 'situation', label: 'Situation', hint: 'The context: where, when and what was wrong. For interviews; not on the CV.', placeholder: 'e.g. 12 projects reporting in different formats' },
  { key: 'task', label: 'Task', hint: 'What you had to achieve. For interviews; not on the CV.', placeholder: 'e.g. Give the board one reliable view each month' },
  { key: 'action', label: 'Action', hint: 'What you did, starting with a past-tense verb. Goes on the CV.', placeholder: 'e.g. Introduced a single status template and weekly check-ins' },
  { key: 'result', label: 'Result', hint: 'What changed, with a number if you can. Goes on the CV.', placeholder: 'e.g. cutting board-pack preparation from 3 days to 1' },
];

interface PromptFieldsProps {
  style: PromptStyle;
  onStyleChange(style: PromptStyle): void;
  xyz: Xyz;
  star: Star;
  problems: Problems;
  onXyzChange(key: keyof Xyz, value: string): void;
  onStarChange(key: keyof Star, value: string): void;
}

/**
 * The two ways to describe an achievement. Switching style only changes which prompts are shown: what
 * was typed in the other style is kept, never thrown away.
 */
export function PromptFields({ style, onStyleChange, xyz, star, problems, onXyzChange, onStarChange }: PromptFieldsProps) {
  return (
    <fieldset className="prompt-fields">
      <legend>Describe it</legend>
      <div className="radio-group" role="radiogroup" aria-label="Prompt style">
        <label className="check">
          <input type="radio" name="prompt-style" value="xyz" checked={style === 'xyz'} onChange={() => onStyleChange('xyz')} />
          X-Y-Z
        </label>
        <label className="check">
          <input type="radio" name="prompt-style" value="star" checked={style === 'star'} onChange={() => onStyleChange('star')} />
          STAR
        </label>
      </div>
      <p className="field-hint prompt-intro">
        {style === 'xyz'
          ? '“Accomplished [X], as measured by [Y], by doing [Z]” — the shape recruiters skim for.'
          : 'Situation, Task, Action, Result — good for interview stories; the action and result make the CV bullet.'}
      </p>
      {style === 'xyz'
        ? XYZ_PROMPTS.map((p) => (
            <TextAreaField key={p.key} label={p.label} hint={p.hint} placeholder={p.placeholder} rows={2} value={xyz[p.key]} problem={problems[`xyz.${p.key}`]} onChange={(e) => onXyzChange(p.key, e.target.value)} />
          ))
        : STAR_PROMPTS.map((p) => (
            <TextAreaField key={p.key} label={p.label} hint={p.hint} placeholder={p.placeholder} rows={2} value={star[p.key]} problem={problems[`star.${p.key}`]} onChange={(e) => onStarChange(p.key, e.target.value)} />
          ))}
    </fieldset>
  );
}
