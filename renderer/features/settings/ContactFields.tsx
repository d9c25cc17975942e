import { SpellingList } from '../spelling/SpellingList';
import type { Profile } from '../../../shared/model';
import { TextAreaField, TextField } from '../../components/fields';

export type ContactField = 'email' | 'phone' | 'location' | 'link' | 'summary';

interface ContactFieldsProps {
  value: Pick<Profile, ContactField>;
  problems: Record<string, string>;
  onChange(key: ContactField, value: string): void;
}

/**
 * The contact details a CV carries at the top of its body, all optional: in Settings and offered in
 * set-up. The browser's autofill names (autoComplete) let people fill them in one go.
 */
export function ContactFields({ value, problems, onChange }: ContactFieldsProps) {
  return (
    <fieldset className="contact-fields">
      <legend>Contact details for your CV</legend>
      <p className="field-hint">They head every export, in the body of the document (applicant tracking systems skip headers and footers).</p>
      <div className="field-row">
        <TextField label="Email" type="email" value={value.email} problem={problems.email} autoComplete="email" onChange={(e) => onChange('email', e.target.value)} />
        <TextField label="Phone" type="tel" value={value.phone} problem={problems.phone} autoComplete="tel" onChange={(e) => onChange('phone', e.target.value)} />
      </div>
      <div className="field-row">
        <TextField label="Location" value={value.location} problem={problems.location} placeholder="e.g. Leeds, UK" autoComplete="address-level2" onChange={(e) => onChange('location', e.target.value)} />
        <TextField label="LinkedIn or website" type="url" value={value.link} problem={problems.link} placeholder="https://www.linkedin.com/in/…" autoComplete="url" onChange={(e) => onChange('link', e.target.value)} />
      </div>
      <TextAreaField label="Summary (optional)" rows={3} value={value.summary} problem={problems.summary} hint="Two or three sentences about you, for the top of your CV." onChange={(e) => onChange('summary', e.target.value)} />
      <SpellingList text={value.summary} label="Spelling in your summary" />
    </fieldset>
  );
}
