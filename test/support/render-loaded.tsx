import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { Toasts } from '../../renderer/features/notifications/Toasts';
import { useAppStore } from '../../renderer/store';

/**
 * Loads the backend's plan into the store, as the app does on start, then renders `screen` with the
 * toasts beside it (where undo offers and save errors appear). Returns the user to drive it with.
 */
export async function renderLoaded(screen: ReactNode) {
  await act(() => useAppStore.getState().hydrate());
  const user = userEvent.setup();
  render(
    <>
      {screen}
      <Toasts />
    </>,
  );
  return user;
}
