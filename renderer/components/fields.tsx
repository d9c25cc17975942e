import { useId, type ComponentPropsWithRef, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

/**
 * Labelled form controls. Each ties its label, hint and problem message to the control
 * (htmlFor / aria-describedby / aria-invalid), so every field reads correctly with a screen reader.
 */
interface FieldFrameProps {
  label: string;
  hint?: ReactNode;
  problem?: string | null;
  className?: string;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

function FieldFrame({ label, hint, problem, className, children }: FieldFrameProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const problemId = problem ? `${id}-problem` : undefined;
  const describedBy = [hintId, problemId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy, invalid: Boolean(problem) })}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {problem && (
        <p id={problemId} className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

type Common = { label: string; hint?: ReactNode; problem?: string | null; className?: string };

export function TextField({ label, hint, problem, className, ...input }: Common & ComponentPropsWithRef<'input'>) {
  return (
    <FieldFrame label={label} hint={hint} problem={problem} className={className}>
      {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...input} />}
    </FieldFrame>
  );
}

export function TextAreaField({ label, hint, problem, className, ...input }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame label={label} hint={hint} problem={problem} className={className}>
      {({ id, describedBy, invalid }) => <textarea id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} rows={3} {...input} />}
    </FieldFrame>
  );
}

export function SelectField({
  label,
  hint,
  problem,
  className,
  options,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly { value: string; label: string }[] }) {
  return (
    <FieldFrame label={label} hint={hint} problem={problem} className={className}>
      {({ id, describedBy, invalid }) => (
        <select id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/** Options for a select from a vocabulary's label map. */
export function optionsFrom<K extends string>(labels: Record<K, string>, values: readonly K[]): { value: K; label: string }[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
