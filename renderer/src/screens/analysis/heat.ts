/**
 * Table cells shaded by their value, so that a matrix of percentages or mean distances can be read
 * at a glance: the accent colour at an opacity proportional to the value's place in its range,
 * with dark or white text, whichever keeps WCAG's 4.5:1 contrast on the shade.
 */
const ACCENT = [11, 95, 138];

function shade(alpha: number): string {
  return `#${ACCENT.map((c) =>
    Math.round(255 - alpha * (255 - c))
      .toString(16)
      .padStart(2, '0'),
  ).join('')}`;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const DARK = '#16181d';

/** Contrast of white and of dark text on the fill. */
function contrasts(fill: string): { white: number; dark: number } {
  const l = luminance(fill);
  return { white: 1.05 / (l + 0.05), dark: (l + 0.05) / (luminance(DARK) + 0.05) };
}

/** The better of the two inks reaches 4.5:1 (a narrow band of mid shades reaches it with neither). */
function readable(fill: string): boolean {
  const { white, dark } = contrasts(fill);
  return Math.max(white, dark) >= 4.5;
}

export function heatStyle(value: number | null | undefined, low: number, high: number): string {
  if (value === null || value === undefined || !Number.isFinite(value) || high <= low) return '';
  const share = Math.min(1, Math.max(0, (value - low) / (high - low)));
  let alpha = 0.08 + 0.84 * share;
  // Mid shades where neither ink reaches 4.5:1 are lightened until dark text does.
  while (!readable(shade(alpha)) && alpha > 0) alpha -= 0.01;
  const fill = shade(alpha);
  const { white, dark } = contrasts(fill);
  return `background: ${fill}; color: ${white > dark ? '#fff' : DARK};`;
}
