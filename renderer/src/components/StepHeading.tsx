import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A step's heading takes the focus when the step appears, so keyboard and screen-reader users land on it;
 * a step that starts with a field to fill in focuses that field instead (takeFocus false).
 */
export function StepHeading({ children, takeFocus = true }: { children: ReactNode; takeFocus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  return (
    <h1 ref={ref} tabIndex={-1} className="step-heading">
      {children}
    </h1>
  );
}
