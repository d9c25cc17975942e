import { act, render, screen } from '@testing-library/react';
import { ACTION_TOAST_MS, INFO_TOAST_MS, Toasts } from '../../renderer/features/notifications/Toasts';
import { useAppStore } from '../../renderer/store';
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
});
