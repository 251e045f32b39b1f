/**
 * Draws the tile-grid map of Kazakhstan as one standalone SVG document, so that the screen shows, and the
 * screen, the API and the CLI export, the very same picture. Plain strings, no DOM: it runs in Node and in the
 * renderer alike.
 */
import { KAZAKHSTAN_REGIONS, MAP_COLUMNS, MAP_ROWS, type RegionLanguage } from './kazakhstan';

export interface MapTileValue {
  region: string;
  value: number | null;
  n: number;
}

export interface MapDrawing {
  title: string;
  language: RegionLanguage;
  values: readonly MapTileValue[];
  /** The values the colour ramp spans, low to high. */
  domain: [number, number];
  legendTitle: string;
  /** "n" and "no data" in the drawing's language. */
  noData: string;
  format: (value: number) => string;
}

/** Viridis (perceptually uniform, readable with the common colour-vision deficiencies and in grey), light = high. */
const RAMP = ['#440154', '#443983', '#31688e', '#21918c', '#35b779', '#90d743', '#fde725'];
export const NO_DATA_FILL = '#e6e6e1';

/**
 * Fonts with the Kazakh letters on each system (Linux, Linux, Windows and macOS, Windows, macOS, Linux); the PNG
 * export draws with the first one the computer has.
 */
export const MAP_FONT_FAMILY = "'Noto Sans', 'DejaVu Sans', Arial, 'Segoe UI', Helvetica, 'Liberation Sans', sans-serif";

const TILE = 104;
const GAP = 4;
const MARGIN = 12;
/** Room for a title of up to three lines (long questions are the rule in surveys). */
const TITLE_LINES = 3;
const TITLE_LINE = 18;
/** Characters per title line: 14 px bold in the widest of the map's fonts (DejaVu Sans, ~9 px a letter) fills the width. */
const TITLE_WIDTH = 68;
const TITLE_HEIGHT = TITLE_LINES * TITLE_LINE + 6;
const LEGEND_HEIGHT = 64;

export const MAP_WIDTH = MARGIN * 2 + MAP_COLUMNS * (TILE + GAP) - GAP;
export const MAP_HEIGHT = TITLE_HEIGHT + MARGIN + MAP_ROWS * (TILE + GAP) - GAP + LEGEND_HEIGHT;

function hex(c: string): number[] {
  return [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
}

/** The ramp's colour at a share 0..1 of the domain. */
export function rampColour(share: number): string {
  const t = Math.min(1, Math.max(0, Number.isFinite(share) ? share : 0)) * (RAMP.length - 1);
  const i = Math.min(RAMP.length - 2, Math.floor(t));
  const [a, b] = [hex(RAMP[i]), hex(RAMP[i + 1])];
  return `#${a
    .map((v, k) =>
      Math.round(v + (b[k] - v) * (t - i))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

export function fillFor(value: number | null, [low, high]: [number, number]): string {
  if (value === null || !Number.isFinite(value)) return NO_DATA_FILL;
  return rampColour(high > low ? (value - low) / (high - low) : 0.5);
}

/** Dark or white text, whichever has the contrast on the fill (WCAG relative luminance). */
export function inkFor(fill: string): string {
  const [r, g, b] = hex(fill).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#111111' : '#ffffff';
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Words in lines of at most `width` characters; the last line ends in "…" when the text is longer. */
export function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, width - 1)}…`;
  return kept;
}

/** The map as an SVG document: one tile per unit with its short name and value, a title and a colour legend. */
export function regionMapSvg(drawing: MapDrawing): string {
  const values = new Map(drawing.values.map((v) => [v.region, v]));
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}" role="img" aria-labelledby="map-title" font-family="${MAP_FONT_FAMILY}">`,
    `<title id="map-title">${escapeXml(drawing.title)}</title>`,
    `<rect width="${MAP_WIDTH}" height="${MAP_HEIGHT}" fill="#ffffff"/>`,
    ...wrap(drawing.title, TITLE_WIDTH, TITLE_LINES).map(
      (line, i) =>
        `<text class="title" x="${MARGIN}" y="${MARGIN + 12 + i * TITLE_LINE}" font-size="14" font-weight="700" fill="#16181d">${escapeXml(line)}</text>`,
    ),
  );
  for (const unit of KAZAKHSTAN_REGIONS) {
    const x = MARGIN + unit.col * (TILE + GAP);
    const y = TITLE_HEIGHT + MARGIN + unit.row * (TILE + GAP);
    const entry = values.get(unit.id);
    const value = entry?.value ?? null;
    const fill = fillFor(value, drawing.domain);
    const ink = inkFor(fill);
    const shown = value === null ? drawing.noData : drawing.format(value);
    const tip = `${unit.names[drawing.language]}: ${shown}${entry ? ` (n = ${entry.n})` : ''}`;
    parts.push(
      `<g class="tile" data-region="${unit.id}" data-value="${value ?? ''}">`,
      `<title>${escapeXml(tip)}</title>`,
      `<rect x="${x}" y="${y}" width="${TILE}" height="${TILE}" rx="6" fill="${fill}" stroke="#ffffff" stroke-width="1"/>`,
      `<text x="${x + TILE / 2}" y="${y + 38}" text-anchor="middle" font-size="12.5" fill="${ink}">${escapeXml(unit.short[drawing.language])}</text>`,
      `<text x="${x + TILE / 2}" y="${y + 68}" text-anchor="middle" font-size="${value === null ? 12 : 20}" font-weight="700" fill="${ink}">${escapeXml(shown)}</text>`,
      `</g>`,
    );
  }
  // The legend: the ramp from the domain's low to its high end, with five labelled ticks.
  const legendY = MAP_HEIGHT - LEGEND_HEIGHT + 18;
  const legendWidth = Math.min(360, MAP_WIDTH - 2 * MARGIN);
  parts.push(
    `<g class="legend"><text x="${MARGIN}" y="${legendY - 4}" font-size="12.5" fill="#16181d">${escapeXml(drawing.legendTitle)}</text>`,
  );
  const steps = 40;
  for (let i = 0; i < steps; i++) {
    parts.push(
      `<rect x="${(MARGIN + (i * legendWidth) / steps).toFixed(2)}" y="${legendY}" width="${(legendWidth / steps + 0.5).toFixed(2)}" height="12" fill="${rampColour(i / (steps - 1))}"/>`,
    );
  }
  const [low, high] = drawing.domain;
  for (let i = 0; i <= 4; i++) {
    const x = MARGIN + (i * legendWidth) / 4;
    parts.push(
      `<text x="${x.toFixed(1)}" y="${legendY + 28}" text-anchor="${i === 0 ? 'start' : i === 4 ? 'end' : 'middle'}" font-size="12" fill="#333333">${escapeXml(drawing.format(low + ((high - low) * i) / 4))}</text>`,
    );
  }
  const noDataX = MARGIN + legendWidth + 24;
  parts.push(
    `<rect x="${noDataX}" y="${legendY}" width="16" height="12" fill="${NO_DATA_FILL}" stroke="#999999" stroke-width="0.5"/>`,
    `<text x="${noDataX + 22}" y="${legendY + 10}" font-size="12" fill="#333333">${escapeXml(drawing.noData)}</text>`,
    `</g>`,
    `</svg>`,
  );
  return parts.join('\n');
}
