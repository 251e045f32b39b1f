/**
 * A region map's SVG as a PNG picture, drawn by resvg (a native module, loaded on first use so that no other command
 * pays for it). resvg draws text only with fonts it is given: it reads the system's fonts (Noto Sans, DejaVu Sans or
 * Liberation Sans on Linux, Arial or Segoe UI on Windows, Arial or Helvetica on macOS: all have the Kazakh letters),
 * or only the TTF/OTF files the user names. resvg 2.6 reads the first name of a font-family list only and otherwise
 * takes its default font, so the first of the map's families the system has is made the default. A Kazakh probe word
 * is drawn first, so a computer without a Cyrillic font gets a clear refusal instead of a map with empty tiles.
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

/** A Kazakh word in one font family, drawn to learn whether a font has the letters. */
const probe = (family: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="32"><text x="4" y="24" font-size="20" font-family="${family}">Қазақстан Ұлытау</text></svg>`;
const NO_SUCH_FONT = 'Kelisim No Such Font';

type ResvgModule = typeof import('@resvg/resvg-js');
type FontOptions = NonNullable<NonNullable<ConstructorParameters<ResvgModule['Resvg']>[1]>['font']>;
let resvg: Promise<ResvgModule> | undefined;
/** The system's font for the map, found once per process. */
let systemFamily: Promise<string | undefined> | undefined;

/** The map's font families one by one: the first that draws differently from a missing font is on the system. */
async function firstSystemFamily({ Resvg }: ResvgModule): Promise<string | undefined> {
  const families = MAP_FONT_FAMILY.split(',')
    .map((name) => name.trim().replace(/^'|'$/g, ''))
    .filter((name) => name !== 'sans-serif');
  const draw = (family: string) =>
    new Resvg(probe(family), { font: { loadSystemFonts: true }, background: '#ffffff', logLevel: 'off' }).render().pixels;
  const missing = draw(NO_SUCH_FONT);
  return families.find((family) => !draw(family).equals(missing));
}

async function fontOptions(module: ResvgModule, files: readonly string[] | undefined): Promise<FontOptions> {
  // Fonts the user names are the only ones: their family names are not the map's.
  if (files?.length) return { loadSystemFonts: false, fontFiles: [...files] };
  const family = await (systemFamily ??= firstSystemFamily(module));
  return { loadSystemFonts: true, ...(family ? { defaultFontFamily: family } : {}) };
}

export async function svgToPng(svg: string, options: MapPngOptions = {}): Promise<MapPng> {
  const scale = options.scale ?? 2;
  if (!Number.isFinite(scale) || scale < 0.5 || scale > 8) throw codedError('bad-input', 'map-png-scale', { scale: String(scale) });
  const module = await (resvg ??= import('@resvg/resvg-js'));
  const font = await fontOptions(module, options.fontFiles);
  const { Resvg } = module;
  const test = new Resvg(probe(MAP_FONT_FAMILY), { font, background: '#ffffff', logLevel: 'off' }).render();
  if (!hasInk(test.pixels)) throw codedError('bad-input', 'map-png-no-font', {});
  const image = new Resvg(svg, { font, background: '#ffffff', logLevel: 'off', fitTo: { mode: 'zoom', value: scale } }).render();
  return { png: new Uint8Array(image.asPng()), width: image.width, height: image.height };
}

/** Whether a white picture (RGBA) has any dark pixel: the probe's letters were drawn. */
function hasInk(pixels: Buffer): boolean {
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 128 && pixels[i + 3] > 0) return true;
  return false;
}
