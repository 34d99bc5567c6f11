// Choosing in an Ant Design Select the way a person does, and making sure it took. On two loaded
// cores a click on an option during the list's opening slide has been lost now and then: the
// field stayed empty and the form's save then sent nothing (two meetings steps timed out
// waiting for a request that the form's own check had stopped). So each choice is checked in
// the field itself and made again if it did not take.
import type { Locator, Page } from 'playwright-core';

const OPEN_LIST = '.ant-select-dropdown:visible';

/**
 * Opens `field` (the Select, by its test id) if its list is not open, clicks the option whose
 * whole text is `text` and waits until the field shows it; up to three tries. A single choice
 * also waits for its list to close, so the next step never types into a field under it.
 */
export async function pick(page: Page, field: Locator, text: string, opts: { multiple?: boolean } = {}): Promise<void> {
  const list = page.locator(OPEN_LIST);
  for (let attempt = 1; ; attempt++) {
    if (!(await list.count())) await field.click();
    await list.locator(`.ant-select-item-option[title="${text}"]`).click();
    try {
      await field.filter({ hasText: text }).waitFor({ timeout: 5_000 });
      break;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
  if (!opts.multiple) await list.waitFor({ state: 'hidden' });
}
