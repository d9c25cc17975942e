import { forwardRef } from 'react';
import { certificationDetail, skillLineText, type CvDocument } from '../../../shared/cv/export';
import { contactLine, roleMetaLine } from '../../../shared/cv/export/cv-lines';

export type PreviewMode = 'formatted' | 'text';

interface CvPreviewProps {
  document: CvDocument;
  plainText: string;
  mode: PreviewMode;
  onModeChange(mode: PreviewMode): void;
  /** Plain text wrapped at 80 columns (for e-mail) rather than one line per bullet. */
  wrapText: boolean;
  onWrapTextChange(wrapText: boolean): void;
}

/**
 * The live preview, from the same document model every file is made from. The formatted view is built
 * as React elements (so the person's text is always escaped), never by injecting the print HTML; the
 * contact details are shown as text, not links, so a click never leaves the app. The plain-text view is
 * a read-only text area (the fallback when the clipboard is refused is to select it), with the one
 * choice that only plain text has: wrapping for e-mail.
 */
export const CvPreview = forwardRef<HTMLTextAreaElement, CvPreviewProps>(function CvPreview({ document, plainText, mode, onModeChange, wrapText, onWrapTextChange }, textRef) {
  return (
    <section className="panel export-preview" aria-labelledby="export-preview-heading">
      <div className="export-preview-header">
        <h2 id="export-preview-heading">Preview</h2>
        <fieldset className="segmented">
          <legend className="visually-hidden">Preview as</legend>
          {(['formatted', 'text'] as const).map((value) => (
            <label key={value} className={mode === value ? 'chosen' : undefined}>
              <input type="radio" name="preview-mode" value={value} checked={mode === value} onChange={() => onModeChange(value)} />
              {value === 'formatted' ? 'Formatted' : 'Plain text'}
            </label>
          ))}
        </fieldset>
      </div>
      {mode === 'text' ? (
        <>
          <label className="check export-wrap">
            <input type="checkbox" checked={wrapText} onChange={(e) => onWrapTextChange(e.target.checked)} aria-describedby="export-wrap-hint" />
            Wrap lines at 80 characters (for e-mail)
          </label>
          <p id="export-wrap-hint" className="field-hint">
            {wrapText ? 'For pasting into an e-mail. For a job site’s form, turn this off: one line per bullet pastes cleanly.' : 'One line per bullet, which pastes cleanly into a job site’s form.'} Used by Copy to clipboard and the plain text file.
          </p>
          <textarea ref={textRef} className="export-text" readOnly value={plainText} aria-label="Plain text of the achievements list" spellCheck={false} />
        </>
      ) : (
        // Focusable because it scrolls: keyboard users must be able to read a long list too.
        <article className="cv-sheet" tabIndex={0} aria-label={`Formatted preview, ${document.pageSize} page`}>
          <p className="cv-title">{document.title}</p>
          {document.currentRole !== '' && <p className="cv-subtitle">{document.currentRole}</p>}
          {document.contact.length > 0 && <p className="cv-contact">{contactLine(document.contact)}</p>}
          {document.summary !== '' && <p className="cv-summary">{document.summary}</p>}
          {document.sections.map((section) => (
            <div key={section.kind} className="cv-section">
              <h3 className="cv-heading">{section.heading}</h3>
              {section.kind === 'achievements' &&
                section.groups.map((group) => (
                  <div key={group.key}>
                    {group.heading !== null && <h4 className="cv-group">{group.heading}</h4>}
                    {group.role && roleMetaLine(group.role) !== '' && <p className="cv-role-meta">{roleMetaLine(group.role)}</p>}
                    {group.role && group.role.summary !== '' && <p className="cv-role-summary">{group.role.summary}</p>}
                    <ul>
                      {group.bullets.map((bullet) => (
                        <li key={bullet.id}>{bullet.text}</li>
                      ))}
                    </ul>
                  </div>
                ))}
              {(section.kind === 'certifications' || section.kind === 'in-progress') && (
                <ul>
                  {section.items.map((item) => (
                    <li key={item.id}>
                      <strong>{item.name}</strong>
                      {certificationDetail(item)}
                    </li>
                  ))}
                </ul>
              )}
              {section.kind === 'skills' && (
                <ul>
                  {section.lines.map((line) => (
                    <li key={line.area}>
                      <strong>{line.label}:</strong> {skillLineText(line)}.
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </article>
      )}
    </section>
  );
});
