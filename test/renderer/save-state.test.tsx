import { act, render, screen } from '@testing-library/react';
import { App } from '../../renderer/App';
import { FakePlanBackend, onboarded } from '../support/fake-plan-backend';
import { useFakeBackend } from '../support/mock-api';
import { resetStore } from '../support/reset-store';

vi.mock('../../renderer/lib/api', async (importOriginal) => (await import('../support/mock-api')).mockApiModule(await importOriginal()));

let backend: FakePlanBackend;
beforeEach(() => {
  backend = useFakeBackend(new FakePlanBackend());
  resetStore();
  backend.plan = onboarded(backend.plan);
});

describe('save status in the header', () => {
  it('tells the person, in words, when main could not write the plan, and clears once a save succeeds', async () => {
    render(<App />);
    expect(await screen.findByText('All changes saved')).toBeInTheDocument();

    act(() => backend.emit('saveStatus', { state: 'saving', message: null }));
    expect(screen.getByText('Saving…')).toBeInTheDocument();

    const reason = 'The disk is full, so your latest change could not be saved. Free some space; nothing already saved was lost.';
    act(() => backend.emit('saveStatus', { state: 'failed', message: reason }));
    expect(screen.getByRole('alert')).toHaveTextContent(`Not saved — ${reason}`);
    expect(screen.getByRole('alert')).toHaveTextContent('please don’t quit until this clears');

    act(() => backend.emit('saveStatus', { state: 'saved', message: null }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('All changes saved')).toBeInTheDocument();
  });

  it('says Read-only when the plan cannot be written, with main’s reason on the page', async () => {
    backend.readOnly = true;
    backend.notices = [{ level: 'error', message: 'Your plan was saved by a newer version of PMO Pathway (format 3).' }];
    render(<App />);
    expect(await screen.findByText('Read-only')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('newer version of PMO Pathway');
  });
});
