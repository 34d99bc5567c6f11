// WCAG AA for the theme's text colours: every text token against the backgrounds Ant Design
// draws it on, computed from the tokens Ant Design derives from appTheme (so a changed seed or
// a new override is checked as the browser will see it). The e2e specs' axe scan checks the
// pages; this catches a regression in a colour no spec happens to show.
import { theme } from 'antd';
import { describe, expect, it } from 'vitest';
import { appTheme, TAG_TEXT } from './theme';

type Rgba = [number, number, number, number];

function parse(colour: string): Rgba {
  const hex = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(colour);
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)).concat(1) as Rgba;
  }
  const fn = /^rgba?\(([^)]+)\)$/.exec(colour.replace(/\s+/g, ''));
  if (!fn) throw new Error(`unreadable colour ${colour}`);
  const [r, g, b, a = 1] = fn[1].split(',').map(Number);
  return [r, g, b, a];
}

/** The colour seen when `top` (maybe translucent) is painted over `under` (opaque). */
function over(top: string, under: Rgba): Rgba {
  const [r, g, b, a] = parse(top);
  return [r * a + under[0] * (1 - a), g * a + under[1] * (1 - a), b * a + under[2] * (1 - a), 1];
}

function luminance([r, g, b]: Rgba): number {
  const lin = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Contrast of text `fg` on `bg` painted over white (the page), as WCAG 2 defines it. */
export function contrast(fg: string, bg: string): number {
  const back = over(bg, [255, 255, 255, 1]);
  const [l1, l2] = [luminance(over(fg, back)), luminance(back)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

const global = theme.getDesignToken(appTheme) as unknown as Record<string, string>;
// A component's own overrides win over the global tokens inside that component, as in Ant Design.
const tag = { ...global, ...appTheme.components.Tag } as Record<string, string>;
const AA = 4.5;

describe('theme colours reach WCAG AA', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('rgba(0,0,0,0.45)', '#ffffff')).toBeLessThan(AA); // Ant Design's default tertiary grey
  });

  const texts = ['colorText', 'colorTextHeading', 'colorTextLabel', 'colorTextSecondary', 'colorTextTertiary'];
  const grounds = ['colorBgContainer', 'colorBgLayout', 'colorBgElevated', 'colorFillAlter', 'colorFillTertiary'];
  for (const fg of [...texts, 'colorTextDescription', 'colorTextPlaceholder'])
    for (const bg of grounds)
      it(`${fg} on ${bg}`, () => expect(contrast(global[fg], global[bg])).toBeGreaterThanOrEqual(AA));

  for (const fg of [
    'colorLink',
    'colorLinkHover',
    'colorPrimary',
    'colorPrimaryHover',
    'colorError',
    'colorErrorText',
    'colorSuccessText',
    'colorWarningText',
  ])
    it(`${fg} on the page and on the layout`, () => {
      expect(contrast(global[fg], global.colorBgContainer)).toBeGreaterThanOrEqual(AA);
      expect(contrast(global[fg], global.colorBgLayout)).toBeGreaterThanOrEqual(AA);
    });

  it("the calendar's days of other months and disabled days", () => {
    const picker = { ...global, ...appTheme.components.DatePicker } as Record<string, string>;
    expect(contrast(picker.colorTextDisabled, picker.colorBgContainer)).toBeGreaterThanOrEqual(AA);
    expect(contrast(picker.colorTextDisabled, picker.colorBgContainerDisabled)).toBeGreaterThanOrEqual(AA);
  });

  it('white on the primary colour (primary buttons) and the selected menu item', () => {
    expect(contrast(global.colorTextLightSolid, global.colorPrimary)).toBeGreaterThanOrEqual(AA);
    expect(contrast(global.colorPrimary, global.colorPrimaryBg)).toBeGreaterThanOrEqual(AA);
  });

  for (const status of ['Success', 'Info', 'Warning', 'Error'])
    it(`a "${status.toLowerCase()}" alert's and tag's text on its background`, () => {
      expect(contrast(tag[`color${status}`], tag[`color${status}Bg`])).toBeGreaterThanOrEqual(AA);
      expect(contrast(global[`color${status}Text`], global[`color${status}Bg`])).toBeGreaterThanOrEqual(AA);
    });

  const presets = ['blue', 'purple', 'cyan', 'green', 'magenta', 'pink', 'red', 'orange', 'yellow', 'volcano'];
  for (const name of [...presets, 'geekblue', 'lime', 'gold'])
    it(`a "${name}" tag: shade 7 on shade 1`, () => {
      expect(contrast(tag[`${name}7`], tag[`${name}1`])).toBeGreaterThanOrEqual(AA);
    });

  it("sets the tags' shades where Ant Design applies them, and a default tag's text is legible", () => {
    // A shade set globally is ignored at run time (see theme.ts): they belong to the Tag.
    for (const key of Object.keys(TAG_TEXT)) expect(appTheme.token).not.toHaveProperty(key);
    expect(contrast(tag.colorText, global.colorFillTertiary)).toBeGreaterThanOrEqual(AA);
  });
});
