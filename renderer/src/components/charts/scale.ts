/** A linear scale from a data domain to pixels, with round tick values for the axis. */
export interface LinearScale {
  (value: number): number;
  ticks: number[];
  domain: [number, number];
}

export function linearScale(domain: [number, number], range: [number, number], tickCount = 5): LinearScale {
  const [d0, d1] = domain[0] === domain[1] ? [domain[0] - 1, domain[1] + 1] : domain;
  const scale = ((value: number) => range[0] + ((value - d0) / (d1 - d0)) * (range[1] - range[0])) as LinearScale;
  scale.domain = [d0, d1];
  scale.ticks = niceTicks(d0, d1, tickCount);
  return scale;
}

/** Round tick values (1, 2 or 5 times a power of ten apart) covering [low, high]. */
export function niceTicks(low: number, high: number, count: number): number[] {
  const span = high - low;
  if (!(span > 0) || !Number.isFinite(span)) return [low];
  // d3's rule: the step of 1, 2, 5 or 10 × 10^k nearest the rough step on a log scale.
  const rough = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const error = rough / power;
  const step = power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1);
  const ticks: number[] = [];
  for (let tick = Math.ceil(low / step) * step; tick <= high + step * 1e-9; tick += step) ticks.push(Number(tick.toFixed(10)));
  return ticks;
}

/** A domain that starts at zero (bars) or pads around the data (points), ending on round values. */
export function niceDomain(values: number[], options: { includeZero?: boolean } = {}): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (!finite.length) return [0, 1];
  let low = Math.min(...finite);
  let high = Math.max(...finite);
  if (options.includeZero) {
    low = Math.min(0, low);
    high = Math.max(0, high);
  } else {
    const pad = (high - low || Math.abs(high) || 1) * 0.08;
    low -= pad;
    high += pad;
  }
  const ticks = niceTicks(low, high, 5);
  const step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
  return [Math.floor(low / step) * step, Math.ceil(high / step) * step];
}

/**
 * Room for the group labels left of the plot, in chart units (13px text): 8 units a character
 * covers the wide Cyrillic and Kazakh letters (Қ, Ш, Ж), which the earlier 7.2 cut off;
 * at most a third of the chart, beyond which a label is clipped rather than the plot squeezed.
 */
export function groupLabelWidth(labels: readonly string[], chartWidth = 860): number {
  const longest = Math.max(4, ...labels.map((label) => label.length));
  return Math.min(Math.round(chartWidth / 3), 16 + 8 * longest);
}

/** A label cut to the room `groupLabelWidth` gave it, with an ellipsis; the full text goes in a tooltip. */
export function fitLabel(label: string, width: number): string {
  const room = Math.max(4, Math.floor((width - 16) / 8));
  return label.length <= room ? label : `${label.slice(0, room - 1)}…`;
}
