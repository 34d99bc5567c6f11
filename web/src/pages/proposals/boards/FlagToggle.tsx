// A yes/only filter of a handling list (只看超期, 只看被催办): on sets `key=true` in the address, off removes it.
import { Space, Switch } from 'antd';

export function FlagToggle({
  filters,
  setFilter,
  name,
  label,
  testId,
}: {
  filters: Record<string, string | undefined>;
  setFilter: (changes: Record<string, string | undefined>) => void;
  name: string;
  label: string;
  testId?: string;
}) {
  return (
    <Space size={6}>
      <Switch
        size="small"
        checked={filters[name] === 'true'}
        onChange={(on) => setFilter({ [name]: on ? 'true' : undefined })}
        data-testid={testId}
        aria-label={label}
      />
      {label}
    </Space>
  );
}
