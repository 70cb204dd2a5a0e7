/**
 * Speaker colours with guaranteed WCAG AA contrast: dark text (TEXT_COLOUR) on the speaker's
 * light `tint`, white on the speaker's dark `ink` (badges, borders, underlines).
 */

export interface SpeakerColours {
  /** Highlight background, "#rrggbb". */
  tint: string;
  /** Badge background, border and underline colour, "#rrggbb". */
  ink: string;
}

/** The colour of article text. */
export const TEXT_COLOUR = "#111111";

/** WCAG AA for normal text. */
export const AA_CONTRAST = 4.5;

const GOLDEN_ANGLE = 137.508;

/** Colours of the `index`-th speaker (0-based): hues spread by the golden angle, so neighbours differ. */
export function speakerColours(index: number): SpeakerColours {
  const hue = (index * GOLDEN_ANGLE + 210) % 360;
  // Lighten the tint and darken the ink until both reach AA; a few steps suffice for any hue.
  let tintLightness = 86;
  while (contrastRatio(TEXT_COLOUR, hslToHex(hue, 80, tintLightness)) < AA_CONTRAST + 0.5 && tintLightness < 100) tintLightness += 2;
  let inkLightness = 32;
  while (contrastRatio("#ffffff", hslToHex(hue, 70, inkLightness)) < AA_CONTRAST + 0.5 && inkLightness > 0) inkLightness -= 2;
  return { tint: hslToHex(hue, 80, tintLightness), ink: hslToHex(hue, 70, inkLightness) };
}

/** "#rrggbb" of an HSL colour (hue in degrees, saturation and lightness in percent). */
export function hslToHex(hue: number, saturation: number, lightness: number): string {
  const s = saturation / 100;
  const l = Math.min(100, Math.max(0, lightness)) / 100;
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number): string => {
    const k = (n + hue / 30) % 12;
    const value = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255).toString(16).padStart(2, "0");
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/** WCAG relative luminance of "#rrggbb". */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const value = parseInt(hex.slice(at, at + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two "#rrggbb" colours (1..21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
