// A wide table's scrolling area that a keyboard can reach. Ant Design scrolls a table wider than
// the page (`scroll.x`) inside its own div; when no cell holds a link or a button, nothing in it
// takes focus and a keyboard user cannot scroll to the right-hand columns (axe:
// scrollable-region-focusable). This wrapper makes each such area a focusable, named region.
import { useEffect, useRef, type ReactNode } from 'react';

const SCROLLERS = '.ant-table-content, .ant-table-body';

export function KeyboardScroll({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  // After every render: the table may have replaced its scrolling div (loading, new data).
  useEffect(() => {
    box.current?.querySelectorAll<HTMLElement>(SCROLLERS).forEach((el) => {
      if (!el.hasAttribute('tabindex')) el.tabIndex = 0;
      el.setAttribute('role', 'region');
      el.setAttribute('aria-label', label);
    });
  });
  return <div ref={box}>{children}</div>;
}
