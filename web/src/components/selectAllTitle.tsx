// The select-all checkbox of a table with row selection, kept out of the keyboard's reach in the
// table's hidden measuring row. Ant Design copies every column title into an aria-hidden, zero-height
// row to measure widths; a copied checkbox there is focusable yet hidden (axe: aria-hidden-focus), so
// a keyboard user tabbed onto an invisible box. In that row the copy is made inert: same width, no focus.
import TableMeasureRowContext from 'antd/es/table/TableMeasureRowContext';
import { useContext, type ReactNode } from 'react';

function SelectAll({ checkbox }: { checkbox: ReactNode }) {
  const measuring = useContext(TableMeasureRowContext);
  return measuring ? <span inert>{checkbox}</span> : checkbox;
}

/** For `rowSelection.columnTitle`. */
export function selectAllTitle(checkbox: ReactNode): ReactNode {
  return <SelectAll checkbox={checkbox} />;
}
