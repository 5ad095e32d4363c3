import { useEffect } from 'react';

/** Esc anywhere on the screen runs the action (cancel a search, stop waiting for the browser). */
export function useEscape(action: () => void, active = true): void {
  useEffect(() => {
    if (!active) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        action();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [action, active]);
}
