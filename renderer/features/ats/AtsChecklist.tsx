import type { AtsReport } from '../../../shared/ats/checks';
import { SpellingList } from '../spelling/SpellingList';

const TITLES: Record<AtsReport['checks'][number]['id'], string> = {
  text: 'Readable text',
  bullets: 'Achievements',
  contact: 'Contact details',
  headings: 'Headings',
  characters: 'Characters',
  pages: 'Length',
  split: 'Page breaks',
  'file-name': 'File name',
};

/** The checklist, each result in words with what is wrong and how to fix it, beside the text read back. */
export function AtsChecklist({ report }: { report: AtsReport }) {
  const failing = report.checks.filter((c) => !c.ok).length;
  return (
    <div className="ats-result">
      <div>
        <h3>
          {report.fileName}: {failing === 0 ? 'every check passed' : `${failing} of ${report.checks.length} checks need a look`}
        </h3>
        <ul className="ats-checks">
          {report.checks.map((check) => (
            <li key={check.id} className={check.ok ? 'ok' : 'problem'} data-check={check.id}>
              <span className="ats-mark" aria-hidden="true">
                {check.ok ? '✓' : '!'}
              </span>
              <div>
                <strong>{TITLES[check.id]}</strong> <span className="visually-hidden">{check.ok ? 'passed' : 'needs a look'}:</span> {check.summary}
                {check.problems.length > 0 && (
                  <ul className="ats-problems">
                    {check.problems.map((problem, i) => (
                      <li key={i}>{problem}</li>
                    ))}
                  </ul>
                )}
                {check.fix && <p className="ats-fix">How to fix it: {check.fix}</p>}
              </div>
            </li>
          ))}
        </ul>
        <h4 className="ats-spelling-heading">Spelling in the file</h4>
        <SpellingList text={report.pages.join('\n')} label="Spelling in the file" />
      </div>
      <div className="ats-text">
        <h3>The text it reads</h3>
        {report.pages.map((page, i) => (
          <section key={i} aria-label={report.pages.length > 1 ? `Page ${i + 1} of ${report.pages.length}` : 'The whole document'}>
            {report.pages.length > 1 && <h4>Page {i + 1}</h4>}
            <pre tabIndex={0}>{page}</pre>
          </section>
        ))}
      </div>
    </div>
  );
}
