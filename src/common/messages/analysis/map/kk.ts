import type { Translated } from '../../catalog';
import type { enAnalysisMap } from './en';

export const kkAnalysisMap: Translated<typeof enAnalysisMap> = {
  'analysis.tab.map': 'Карта',
  'analysis.map.indicator': 'Өңірлерді бояу көрсеткіші',
  'analysis.map.agree': 'Келісетіндер үлесі',
  'analysis.map.mean': 'Орташа мән',
  'analysis.map.distance': 'Әлеуметтік қашықтық',
  'analysis.map.variable': 'Көрсеткіш',
  'analysis.map.noRegions': 'Карта үшін нұсқалары Қазақстан өңірлері болатын айнымалы бойынша бөлу керек. Оны жоғарыдағы «Бөлу айнымалысы» өрісінде таңдаңыз (қазір: «{by}»).',
  'analysis.map.useRegions': '«{name}» айнымалысы бойынша бөлу',
  'analysis.map.noVariables': 'Бұл сауалнамада осы көрсеткішке сұрақ жоқ.',
  'analysis.map.region': 'Өңір',
  'analysis.map.value.agree': 'Келісетіндер, %',
  'analysis.map.value.mean': 'Орташа мән',
  'analysis.map.value.distance': 'Орташа қашықтық',
  'analysis.map.hover': 'Санын көру үшін тінтуірді өңірге апарыңыз.',
  'analysis.map.unmatched': 'Картада жоқ (бұл нұсқалар өңірді атамайды): {list}',
  'analysis.map.exportSvg': 'Картаны SVG ретінде сақтау',
  'analysis.map.exportPng': 'Картаны PNG ретінде сақтау',
  'analysis.map.agreeingNote': 'Келісетіндер: {answers} деген жауаптар.',
  'analysis.map.tableCaption': 'Картадағы сандар',
  'analysis.otherGroup': 'Басқалары ({count})',
  'analysis.groupSmall': 'Шағын санаттарды «басқалары» етіп біріктіру',
};
