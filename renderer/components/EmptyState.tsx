import type { ReactNode } from 'react';

/** What an empty screen says: what this place is for and the next thing to do. */
export function EmptyState({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-title">{title}</p>
      <p>{children}</p>
      {action}
    </div>
  );
}
