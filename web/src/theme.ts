// The app's Ant Design theme. Ant Design's defaults leave several text colours under WCAG AA
// (4.5:1 for normal text): the tertiary grey of descriptions and hints (#8c8c8c on white,
// 3.4:1), links and "processing" tags in #1677ff (4.1:1), form errors in #ff4d4f (3.3:1), and
// the text of green, orange, gold, cyan… tags on their pale backgrounds (2–3.4:1). The tokens
// below darken exactly those, keeping the palette's hue (mostly its next shade), so the pages
// look the same, only legible. theme.test.ts computes every pair and fails below AA.
import type { ThemeConfig } from 'antd';

export const BRAND_RED = '#b7312c';

/**
 * Text colour of each preset tag colour (Ant Design draws `<Tag color="green">` as shade 7 on
 * shade 1). Where shade 7 falls under 4.5:1 on shade 1, a darker shade of the same palette.
 */
export const TAG_TEXT = {
  cyan7: '#006d75',
  green7: '#237804',
  orange7: '#ad4e00',
  volcano7: '#ad2102',
  gold7: '#874d00',
  lime7: '#3f6600',
  yellow7: '#876800',
} as const;

export const appTheme = {
  token: {
    colorPrimary: BRAND_RED,
    borderRadius: 6,
    // Hints, descriptions, table sorter labels: 0.45 → 0.58 black (5.4:1 on white, 4.9:1 on the #f5f5f5 layout).
    colorTextTertiary: 'rgba(0, 0, 0, 0.58)',
    colorTextDescription: 'rgba(0, 0, 0, 0.58)',
    // A select's placeholder is drawn as text, and axe holds it to AA like any text (input
    // placeholders too): 0.25 → the same grey as hints, still lighter than a value (0.88).
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    // Links and "processing" tags follow colorInfo; form errors and error tags colorError.
    colorInfo: '#0958d9',
    colorError: '#cf1322',
    colorSuccessText: '#237804',
    colorWarningText: '#ad4e00',
    // A link or text button stays hovered after a click: its hover shade must be legible too
    // (Ant Design lightens it; darken instead).
    colorLinkHover: '#003eb3',
    colorPrimaryHover: '#9c2824',
  },
  components: {
    // In the Tag only: status tags (`color="success"` / `"warning"`) write their text in
    // colorSuccess / colorWarning, which elsewhere colour icons and bars, where the bright shade
    // is right. The palette shades must be set here too: Ant Design ignores a palette shade set
    // globally (its CSS variables keep the derived value), but honours it in a component.
    Tag: { colorSuccess: '#237804', colorWarning: '#ad4e00', ...TAG_TEXT },
    // The calendar draws the days of the months before and after the shown one (and disabled
    // days, on their grey fill) in colorTextDisabled, 1.8:1 on white. They can be clicked, so
    // they are text to read: the hint grey keeps them lighter than this month's days but legible.
    DatePicker: { colorTextDisabled: 'rgba(0, 0, 0, 0.58)' },
  },
} satisfies ThemeConfig;
