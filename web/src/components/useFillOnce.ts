// A form filled from loaded data: `fill(data)` runs when the data first arrives for `key`
// (a record's id, or its id and version), not on every refetch, so the form keeps what the
// user has typed while the cache refreshes underneath it.
import { useEffect, useRef } from 'react';

export function useFillOnce<T>(data: T | undefined, key: string | undefined, fill: (data: T) => void): void {
  const filled = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (data === undefined || key === undefined || filled.current === key) return;
    filled.current = key;
    fill(data);
  });
}
