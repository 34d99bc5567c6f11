// The learning exchange's shapes (read from the OpenAPI document), its texts and a month's label.
import type { ResponseOf } from '../../api/paths';
import { addArea, t } from '../../i18n';
import { studyExchange } from '../../i18n/messages/studyExchange';

addArea('studyExchange', studyExchange);

export type MonthView = ResponseOf<'/api/study/exchange/months/{month}'>;
export type MonthRow = MonthView['rows'][number];
export type Mine = ResponseOf<'/api/study/exchange/mine'>;
export type MineMonth = Mine['open'][number];

/** 2026-03 → 2026年3月 (or 3/2026). */
export const monthLabel = (month: string) =>
  t('studyExchange.monthLabel', { y: month.slice(0, 4), m: Number(month.slice(5, 7)) });
