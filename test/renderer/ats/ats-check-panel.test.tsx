import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AtsCheckPanel } from '../../../renderer/features/ats/AtsCheckPanel';
import { atsReport } from '../../../shared/ats/checks';
import { buildCvDocument, DEFAULT_EXPORT_OPTIONS, documentBullets, renderPlainText } from '../../../shared/cv/export';
import { cvFixturePlan, CV_TODAY } from '../../support/cv-fixture';

/** The panel over real reports: passes and problems in words, how to fix, the text read back, stale and failed states. */

const document = buildCvDocument(cvFixturePlan(), DEFAULT_EXPORT_OPTIONS, CV_TODAY);
const bullets = documentBullets(document);
const cleanText = renderPlainText(document);

describe('What an ATS reads', () => {
  it('runs a check for the chosen format', async () => {
    const onRun = vi.fn();
    render(<AtsCheckPanel state={{ kind: 'idle' }} options={DEFAULT_EXPORT_OPTIONS} disabled={false} onRun={onRun} />);
    await userEvent.click(screen.getByRole('button', { name: 'Check the PDF' }));
    expect(onRun).toHaveBeenCalledWith('pdf');
    expect(screen.getByText(/not a guarantee of what any one system does/)).toBeInTheDocument();
  });

  it('shows each check in words, what is wrong and how to fix it, beside the text it read', () => {
    const report = atsReport(document, { format: 'docx', pages: [cleanText.replace(bullets[0]!.text, '')], fileName: 'CV.docx' });
    render(<AtsCheckPanel state={{ kind: 'done', report, options: DEFAULT_EXPORT_OPTIONS }} options={DEFAULT_EXPORT_OPTIONS} disabled={false} onRun={() => {}} />);
    expect(screen.getByRole('heading', { level: 3, name: 'CV.docx: 2 of 6 checks need a look' })).toBeInTheDocument();
    const achievementsCheck = screen.getByText('Achievements').closest('li')!;
    expect(achievementsCheck).toHaveTextContent(`needs a look: ${bullets.length - 1} of ${bullets.length} achievements read back in order.`);
    expect(within(achievementsCheck).getByRole('listitem')).toHaveTextContent(bullets[0]!.text.slice(0, 40));
    expect(achievementsCheck).toHaveTextContent('How to fix it:');
    expect(screen.getByText('File name').closest('li')).toHaveTextContent('CV.docx does not say whose CV it is.');
    expect(screen.getByRole('region', { name: 'The whole document' })).toHaveTextContent('alex.morgan@example.com');
  });

  it('says when the options changed since the check, and when a check failed', () => {
    const report = atsReport(document, { format: 'pdf', pages: [cleanText], fileName: 'Alex Morgan.pdf' });
    const { rerender } = render(<AtsCheckPanel state={{ kind: 'done', report, options: DEFAULT_EXPORT_OPTIONS }} options={{ ...DEFAULT_EXPORT_OPTIONS, grouping: 'none' }} disabled={false} onRun={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent('The options have changed since this check');
    rerender(<AtsCheckPanel state={{ kind: 'failed', format: 'pdf', message: 'Chromium could not print it.' }} options={DEFAULT_EXPORT_OPTIONS} disabled={false} onRun={() => {}} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The PDF could not be checked. Chromium could not print it.');
  });
});
