import { act, render, screen } from '@testing-library/react';
import { ACTION_TOAST_MS, INFO_TOAST_MS, Toasts } from '../../renderer/features/notifications/Toasts';
import { useAppStore } from '../../renderer/store';
import { certification, planWith, skill } from '../support/plan-builders';
import { resetStore } from '../support/reset-store';

beforeEach(() => {
  resetStore();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('toasts', () => {
  it('lets information go after a while, keeps an Undo longer, and never drops an error by itself', () => {
    render(<Toasts />);
    act(() => {
      useAppStore.getState().notify({ level: 'info', message: 'Saved.' });
      useAppStore.getState().notify({ level: 'info', message: 'Deleted “X”.', action: { label: 'Undo', run: () => undefined } });
      useAppStore.getState().notify({ level: 'error', message: 'The disk is full.' });
    });
    act(() => vi.advanceTimersByTime(INFO_TOAST_MS + 1));
    expect(screen.queryByText('Saved.')).not.toBeInTheDocument();
    expect(screen.getByText('Deleted “X”.')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(ACTION_TOAST_MS));
    expect(screen.queryByText('Deleted “X”.')).not.toBeInTheDocument();
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByRole('alert')).toHaveTextContent('The disk is full.');
  });

  it('waits while the pointer is on a message', () => {
    render(<Toasts />);
    act(() => void useAppStore.getState().notify({ level: 'info', message: 'Imported.' }));
    act(() => screen.getByText('Imported.').parentElement!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
    act(() => vi.advanceTimersByTime(INFO_TOAST_MS * 3));
    expect(screen.getByText('Imported.')).toBeInTheDocument();
  });

  it('goes as soon as the item it is about changes, comes back or goes, so it never speaks of a stale item', () => {
    const plan = planWith({ certifications: [certification({ id: 'c1', catalogId: 'pmp' })] });
    useAppStore.setState({ snapshot: { revision: 1, plan, readOnly: false, notices: [], save: { state: 'saved', message: null } } });
    render(<Toasts />);
    act(() => {
      useAppStore.getState().notify({ level: 'info', message: 'Added PMP as Considering.', subject: { collection: 'certifications', id: 'c1' } });
      useAppStore.getState().notify({ level: 'info', message: 'Deleted “RAID logs”.', action: { label: 'Undo', run: () => undefined }, subject: { collection: 'skills', id: 's9' } });
      useAppStore.getState().notify({ level: 'info', message: 'About nothing in particular.' });
    });
    expect(screen.getByText('Added PMP as Considering.')).toBeInTheDocument();
    // The certification's status moves: the "added as Considering" message is no longer true.
    const moved = { ...plan, certifications: [{ ...plan.certifications[0]!, status: 'studying' as const, updatedAt: '2026-12-02T10:00:00.000Z' }] };
    act(() => useAppStore.setState({ snapshot: { revision: 2, plan: moved, readOnly: false, notices: [], save: { state: 'saved', message: null } } }));
    expect(screen.queryByText('Added PMP as Considering.')).not.toBeInTheDocument();
    expect(screen.getByText('Deleted “RAID logs”.')).toBeInTheDocument();
    // The deleted skill comes back (an Undo from the menu): its "Deleted … Undo" message goes too.
    const back = { ...moved, skills: [skill({ id: 's9', name: 'RAID logs' })] };
    act(() => useAppStore.setState({ snapshot: { revision: 3, plan: back, readOnly: false, notices: [], save: { state: 'saved', message: null } } }));
    expect(screen.queryByText('Deleted “RAID logs”.')).not.toBeInTheDocument();
    expect(screen.getByText('About nothing in particular.')).toBeInTheDocument();
  });
});
