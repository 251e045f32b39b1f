/** The analyses as a researcher reads them in a terminal: one table per result, the tests underneath. */
import type {
  BreakdownResult,
  CorrelationMatrixResult,
  CorrelationResult,
  CrosstabResult,
  DesignSummary,
  DistanceResult,
  EstimateResult,
  FrequenciesResult,
  FTestResult,
  MeansResult,
  RegionMapResult,
  ReliabilityResult,
  StoredDesign,
  WeightingSummary,
} from '../../api/spec';
import { countText, percentText, pText, shorten, statText, textTable } from '../text-table';

const right = (heading: string) => ({ heading, align: 'right' as const });
const left = (heading: string) => ({ heading });

function title(name: string, label: string): string {
  return label && label !== name ? `${name} — ${shorten(label, 100)}` : name;
}

function weightingText(weighting: WeightingSummary | undefined): string {
  if (!weighting) return '';
  return (
    `Weighted by ${weighting.variable}: ${countText(weighting.cases)} cases, sum of weights ${statText(weighting.sumOfWeights, 2)}, ` +
    `effective n ${statText(weighting.effectiveN, 1)}, design effect ${statText(weighting.designEffect, 2)}, ` +
    `margin of error of 50% ±${statText(weighting.marginOfError, 1)} points\n`
  );
}

export function frequenciesText(result: FrequenciesResult): string {
  const multiple = result.respondents !== undefined;
  const margins = result.rows.some((row) => row.marginOfError !== undefined);
  const intervals = result.rows.some((row) => row.wilson);
  const columns = multiple
    ? [left('value'), left('label'), right('count'), right('% of respondents'), right('% of responses'), right('% of all')]
    : [
        left('value'),
        left('label'),
        right('count'),
        right('percent'),
        right('valid %'),
        right('cumulative %'),
        ...(margins ? [right('± (95%)')] : []),
        ...(intervals ? [right('95% CI of valid % (Wilson)')] : []),
      ];
  const rows = result.rows.map((row) => {
    const label = shorten(row.label) + (row.missing && row.value !== '' ? ' (missing)' : '');
    return multiple
      ? [
          row.value,
          label,
          countText(row.count),
          row.missing ? '' : percentText(row.percentOfRespondents ?? null),
          row.missing ? '' : percentText(row.percentOfResponses ?? null),
          percentText(row.percent),
        ]
      : [
          row.value,
          label,
          countText(row.count),
          percentText(row.percent),
          percentText(row.validPercent),
          percentText(row.cumulativePercent),
          ...(margins ? [percentText(row.marginOfError ?? null)] : []),
          ...(intervals ? [row.wilson ? `${percentText(100 * row.wilson[0])} – ${percentText(100 * row.wilson[1])}` : ''] : []),
        ];
  });
  const totals = multiple
    ? `n ${countText(result.n)}: ${countText(result.respondents ?? 0)} chose at least one option, ${countText(result.responses ?? 0)} choices in all\n`
    : `n ${countText(result.n)}: valid ${countText(result.valid)}, missing ${countText(result.missing)}\n`;
  return `${title(result.variable, result.label)}\n\n${textTable(columns, rows)}${totals}${weightingText(result.weighting)}`;
}

/** Counts with the column percent under each, as a breakdown by region is read. */
function crosstabCells(table: CrosstabResult): string {
  const columns = [left(table.row), ...table.cols.map((col) => right(shorten(col.label, 16))), right('total')];
  const rows: string[][] = [];
  table.rows.forEach((level, r) => {
    rows.push([shorten(level.label, 32), ...table.counts[r].map(countText), countText(table.rowTotals[r])]);
    rows.push([
      '',
      ...table.colPercent[r].map((p) => (p === null ? '' : `${percentText(p)}%`)),
      table.n ? `${percentText((100 * table.rowTotals[r]) / table.n)}%` : '',
    ]);
  });
  rows.push(['total', ...table.colTotals.map(countText), countText(table.n)]);
  return textTable(columns, rows);
}

function testsText(table: CrosstabResult): string {
  const lines: string[] = [];
  if (table.chiSquare !== null) {
    lines.push(
      `Pearson chi-square ${statText(table.chiSquare)}, df ${table.df}, p ${pText(table.p)}; Cramér's V ${statText(table.cramersV)}` +
        (table.fisherP !== null ? `; Fisher's exact p ${pText(table.fisherP)}` : ''),
    );
  }
  if (table.likelihoodRatio)
    lines.push(
      `Likelihood-ratio chi-square ${statText(table.likelihoodRatio.chiSquare)}, df ${table.likelihoodRatio.df}, p ${pText(table.likelihoodRatio.p)}`,
    );
  if (table.yates) lines.push(`Yates-corrected chi-square ${statText(table.yates.chiSquare)}, p ${pText(table.yates.p)}`);
  if (table.oddsRatio)
    lines.push(
      `Odds ratio ${statText(table.oddsRatio.estimate)} (95% CI ${statText(table.oddsRatio.lwr)} – ${statText(table.oddsRatio.upr)})`,
    );
  for (const [name, measure] of [
    ['Gamma', table.gamma],
    ["Kendall's tau-b", table.tauB],
  ] as const) {
    if (measure)
      lines.push(
        `${name} ${statText(measure.value)} (asymptotic SE ${statText(measure.ase)}), approx. T ${statText(measure.z, 2)}, p ${pText(measure.p)}`,
      );
  }
  if (table.raoScott) {
    const { f, ndf, ddf, p } = table.raoScott;
    lines.push(`Rao–Scott (design-based) F(${statText(ndf, 2)}, ${statText(ddf, 2)}) = ${statText(f)}, p ${pText(p)}`);
  } else if (table.raoScott === null) {
    lines.push('Rao–Scott (design-based): no test (fewer than two rows or columns with observations, or no design variance)');
  }
  lines.push(`n ${countText(table.n)} valid on both, ${countText(table.missing)} missing`);
  lines.unshift('');
  for (const warning of table.warnings) lines.push(`Note: ${warning}`);
  return `${lines.join('\n')}\n`;
}

export function crosstabText(table: CrosstabResult): string {
  return (
    `${title(table.row, table.rowLabel)}  by  ${title(table.col, table.colLabel)}\n(counts, column % below)\n\n` +
    `${crosstabCells(table)}${testsText(table)}${weightingText(table.weighting)}${designText(table.design)}`
  );
}

/** "Design: strata region (20), clusters settlement (143 PSUs), weight w 0.41–3.1, df 123" with its notes. */
export function designText(design: DesignSummary | undefined): string {
  if (!design) return '';
  const parts = [
    design.strata ? `strata ${design.strata} (${countText(design.strataCount)})` : 'no strata',
    design.cluster
      ? `clusters ${design.cluster} (${countText(design.psuCount)} PSUs)`
      : `each respondent a PSU (${countText(design.psuCount)})`,
    design.weight ? `weight ${design.weight} ${statText(design.weightMin, 3)}–${statText(design.weightMax, 3)}` : 'unweighted',
    ...(design.fpc ? [`fpc ${design.fpc}`] : []),
    `df ${design.df}`,
  ];
  return `Design: ${parts.join(', ')}; ${countText(design.cases)} respondents
${design.notes
  .map(
    (note) => `Note: ${note}
`,
  )
  .join('')}`;
}

export function estimateText(result: EstimateResult): string {
  const percent = result.statistic === 'proportion';
  const scale = (value: number | null) => (value === null ? null : percent ? 100 * value : value);
  const levelText = `${Math.round(1000 * result.level) / 10}% CI`;
  const groupLabel = new Map(result.groups.map((level) => [level.value, level.label]));
  const categoryLabel = new Map(result.categories.map((level) => [level.value, level.label]));
  const columns = [
    left(result.by ?? ''),
    ...(percent ? [left('category')] : []),
    right(percent ? '%' : 'mean'),
    right('se'),
    right(levelText),
    right('deff'),
    right('n'),
  ];
  const rows = result.estimates.map((row) => [
    row.group === null ? 'all' : shorten(groupLabel.get(row.group) ?? row.group, 32),
    ...(percent ? [shorten(categoryLabel.get(row.category ?? '') ?? row.category ?? '', 32)] : []),
    statText(scale(row.estimate)),
    statText(scale(row.se)),
    row.ci ? `${statText(scale(row.ci[0]))} – ${statText(scale(row.ci[1]))}` : '—',
    statText(row.deff, 2),
    countText(row.n),
  ]);
  return (
    `${title(result.variable, result.label)}${result.by ? `  by  ${title(result.by, result.byLabel ?? '')}` : ''} (design-based)

` + `${textTable(columns, rows)}${designText(result.design)}`
  );
}

export function storedDesignText(design: StoredDesign | null): string {
  if (!design) return 'No design is stored for this form: analyses treat the responses as a simple random sample.\n';
  const lines = [
    `strata:  ${design.strata ?? '—'}`,
    `cluster: ${design.cluster ?? '—'}`,
    `weight:  ${design.weight ?? '—'}${design.weight ? ` (${design.weightKind === 'sampling' || design.strata || design.cluster || design.fpc ? 'sampling' : 'frequency'} weight)` : ''}`,
    `fpc:     ${design.fpc ?? '—'}`,
  ];
  return `${lines.join('\n')}\n`;
}

export function breakdownText(result: BreakdownResult): string {
  const blocks = result.items.map((table) => `${title(table.row, table.rowLabel)}\n\n${crosstabCells(table)}${testsText(table)}`);
  return (
    `Breakdown of ${result.items.length} items by ${title(result.by, result.byLabel)} (counts, column % below); n ${countText(result.n)}\n` +
    weightingText(result.weighting) +
    designText(result.design) +
    `\n${blocks.join('\n')}`
  );
}

function fText(name: string, test: FTestResult | null): string {
  return test
    ? `${name}: F(${statText(test.df1, Number.isInteger(test.df1) ? 0 : 2)}, ${statText(test.df2, Number.isInteger(test.df2) ? 0 : 2)}) = ${statText(test.F)}, p ${pText(test.p)}`
    : `${name}: —`;
}

/** Tukey HSD or Games–Howell: one line per pair, "second − first" as R prints it. */
function pairsText(heading: string, result: MeansResult, pairs: MeansResult['tukey']): string {
  if (!pairs?.length) return '';
  const labelOf = (value: string) => shorten(result.groups.find((group) => group.group === value)?.label || value, 24);
  const rows = pairs.map((pair) => [
    `${labelOf(pair.second)} − ${labelOf(pair.first)}`,
    statText(pair.diff),
    pair.lwr === null ? '—' : `${statText(pair.lwr)} – ${statText(pair.upr)}`,
    pText(pair.p),
  ]);
  return `\n${heading}\n${textTable([left('pair'), right('difference'), right('95% CI'), right('p (adjusted)')], rows)}`;
}

export function meansText(result: MeansResult): string {
  const columns = [left(result.by), right('n'), right('mean'), right('sd'), right('se'), right('95% CI'), right('median')];
  const row = (label: string, g: MeansResult['total']) => [
    shorten(label, 32),
    countText(g.n),
    statText(g.mean),
    statText(g.sd),
    statText(g.se),
    g.ciLow === null ? '—' : `${statText(g.ciLow)} – ${statText(g.ciHigh)}`,
    statText(g.median),
  ];
  const rows = [...result.groups.map((g) => row(g.label, g)), row('total', result.total)];
  const kw = result.kruskalWallis;
  return (
    `${title(result.variable, result.label)}  by  ${title(result.by, result.byLabel)}\n\n${textTable(columns, rows)}` +
    `${fText('One-way ANOVA', result.anova)}\n${fText("Welch's ANOVA", result.welch)}\n${fText("Levene's test (mean)", result.levene)}\n` +
    `Kruskal–Wallis: ${kw ? `H = ${statText(kw.H)}, df ${kw.df}, p ${pText(kw.p)}` : '—'}\n` +
    (result.anova ? `Effect size: η² = ${statText(result.anova.etaSquared)}, ω² = ${statText(result.anova.omegaSquared)}\n` : '') +
    pairsText('Tukey HSD (equal variances)', result, result.tukey) +
    pairsText('Games–Howell (unequal variances)', result, result.gamesHowell) +
    weightingText(result.weighting)
  );
}

/** One matrix: r in each cell, the p (and n, when it varies by pair) beneath. */
function correlationMatrixText(result: CorrelationResult, matrix: CorrelationMatrixResult): string {
  const names = result.variables.map((variable) => variable.name);
  const sizes = new Set(matrix.n.flat());
  const rows = names.flatMap((name, i) => [
    [shorten(name, 24), ...matrix.r[i].map((r) => statText(r))],
    ['  p', ...matrix.p[i].map((p, j) => (i === j ? '' : pText(p)))],
    ...(sizes.size > 1 ? [['  n', ...matrix.n[i].map(countText)]] : []),
  ]);
  return (
    textTable([left(''), ...names.map((name) => right(shorten(name, 12)))], rows) +
    (sizes.size === 1 ? `n ${countText([...sizes][0])} for every pair\n` : '')
  );
}

export function correlationText(result: CorrelationResult): string {
  const labels = result.variables.map((variable) => `  ${variable.name}: ${shorten(variable.label, 80)}`).join('\n');
  return (
    `Correlations (pairwise deletion; p two-sided)\n${labels}\n\nPearson's r\n${correlationMatrixText(result, result.pearson)}` +
    `\nSpearman's rho\n${correlationMatrixText(result, result.spearman)}${weightingText(result.weighting)}`
  );
}

export function reliabilityText(result: ReliabilityResult): string {
  const columns = [left('item'), left('label'), left('reversed'), right('corrected item–total r'), right('alpha if deleted')];
  const rows = result.items.map((item) => [
    item.item,
    shorten(item.label),
    item.reversed ? 'yes' : '',
    statText(item.correctedItemTotal),
    statText(item.alphaIfDeleted),
  ]);
  return (
    `${result.scale ? `Scale ${result.scale}: ` : ''}Cronbach's alpha ${statText(result.alpha)} (${result.items.length} items, n ${countText(result.n)} answering all)\n\n` +
    `${textTable(columns, rows)}${weightingText(result.weighting)}`
  );
}

export function distanceText(result: DistanceResult): string {
  const steps = result.steps.map((step) => right(`≤${step.value} %`));
  const overall = textTable(
    [left('target'), right('n'), right('mean'), ...steps],
    result.targets.map((t) => [
      shorten(t.label || t.target, 28),
      countText(t.n),
      statText(t.meanDistance, 2),
      ...t.acceptingPercent.map(percentText),
    ]),
  );
  const legend = result.steps.map((step) => `  ${step.value} ${step.label}`).join('\n');
  const byGroup =
    result.by === null
      ? ''
      : result.targets
          .map(
            (t) =>
              `\n${t.label || t.target} by ${result.byLabel}\n\n` +
              textTable(
                [left(result.by!), right('n'), right('mean'), ...steps],
                t.groups.map((g) => [
                  shorten(g.label, 28),
                  countText(g.n),
                  statText(g.meanDistance, 2),
                  ...g.acceptingPercent.map(percentText),
                ]),
              ),
          )
          .join('');
  return (
    `Social distance (1 = closest … ${result.steps.length} = farthest); ≤s %: share accepting step s or closer\n${legend}\n\n` +
    `${overall}${byGroup}${weightingText(result.weighting)}`
  );
}

export function regionMapText(
  result: RegionMapResult & { written?: string; picture?: { width: number; height: number; bytes: number } },
): string {
  const unit = result.unit === '%' ? ' %' : '';
  const table = textTable(
    [left('region'), left(result.by), right('n'), right(`${result.indicator}${unit}`)],
    result.regions.map((r) => [
      r.region,
      shorten(r.label, 32),
      countText(r.n),
      result.unit === '%' ? percentText(r.value) : statText(r.value, 2),
    ]),
  );
  const agreeing = result.agreeing ? `Agreeing: ${result.agreeing.map((level) => `${level.value} ${level.label}`).join(', ')}\n` : '';
  const unmatched = result.unmatched.length
    ? `\nNot on the map (no region): ${result.unmatched.map((level) => level.value).join(', ')}\n`
    : '';
  const picture = result.picture
    ? ` (PNG ${result.picture.width}×${result.picture.height} px, ${countText(result.picture.bytes)} bytes)`
    : '';
  const written = result.written ? `\nMap written to ${result.written}${picture}\n` : '';
  return `${result.label} by ${result.byLabel} (${result.indicator})\n${agreeing}\n${table}${unmatched}${weightingText(result.weighting)}${written}`;
}
