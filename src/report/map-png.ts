/**
 * A region map's SVG as a PNG picture, drawn by resvg (a native module, loaded on first use so that no other command
 * pays for it). resvg draws text only with fonts it is given: it reads the system's fonts (Arial or Segoe UI on
 * Windows, Arial or Helvetica on macOS, DejaVu Sans or Noto Sans on Linux all have the Kazakh letters) and any TTF/OTF
 * files the user names. A probe word in Kazakh is drawn first, so a computer without a Cyrillic font gets a clear
 * refusal instead of a map with empty tiles.
 */
import { codedError } from '../common/errors';
import { MAP_FONT_FAMILY } from '../common/regions/map-svg';

export interface MapPngOptions {
  /** Pixels per SVG unit (2: a map about 1340 px wide, sharp on a slide or in print). */
  scale?: number;
  /** Font files (TTF/OTF) to draw with, besides the system's. */
  fontFiles?: readonly string[];
}

export interface MapPng {
  png: Uint8Array;
  width: number;
  height: number;
}

/** A Kazakh word in the map's own fonts: drawn before the map to know that a font has the letters. */
const PROBE = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="32"><text x="4" y="24" font-size="20" font-family="${MAP_FONT_FAMILY}">Қазақстан Ұлытау</text></svg>`;

type ResvgModule = typeof import('@resvg/resvg-js');
let resvg: Promise<ResvgModule> | undefined;

function fontOptions(files: readonly string[] | undefined) {
  return { loadSystemFonts: true, fontFiles: [...(files ?? [])] };
}

export async function svgToPng(svg: string, options: MapPngOptions = {}): Promise<MapPng> {
  const scale = options.scale ?? 2;
  if (!Number.isFinite(scale) || scale < 0.5 || scale > 8) throw codedError('bad-input', 'map-png-scale', { scale: String(scale) });
  const { Resvg } = await (resvg ??= import('@resvg/resvg-js'));
  const font = fontOptions(options.fontFiles);
  const probe = new Resvg(PROBE, { font, background: '#ffffff' }).render();
  if (!hasInk(probe.pixels)) throw codedError('bad-input', 'map-png-no-font', {});
  const image = new Resvg(svg, { font, background: '#ffffff', fitTo: { mode: 'zoom', value: scale } }).render();
  return { png: new Uint8Array(image.asPng()), width: image.width, height: image.height };
}

/** Whether a white picture (RGBA) has any dark pixel: the probe's letters were drawn. */
function hasInk(pixels: Buffer): boolean {
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 128 && pixels[i + 3] > 0) return true;
  return false;
}
