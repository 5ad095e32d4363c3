import type { ReactNode } from 'react';

/**
 * A step's main actions, kept in view at the bottom of the window however long the step is (a sticky bar):
 * the primary action is visible without scrolling at any window size and zoom.
 */
export function ActionBar({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <div className="actions" role={label ? 'group' : undefined} aria-label={label}>
      {children}
    </div>
  );
}
