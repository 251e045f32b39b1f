import type { Translated } from '../../catalog';
import type { enAnalysisMap } from './en';

export const ruAnalysisMap: Translated<typeof enAnalysisMap> = {
  'analysis.tab.map': 'Карта',
  'analysis.map.indicator': 'Окрасить регионы по',
  'analysis.map.agree': 'Доля согласных',
  'analysis.map.mean': 'Среднее',
  'analysis.map.distance': 'Социальная дистанция',
  'analysis.map.variable': 'Показатель',
  'analysis.map.noRegions': 'Для карты нужна разбивка по переменной, варианты которой — регионы Казахстана. Выберите её в поле «Разбивка по» выше (сейчас выбрана переменная «{by}»).',
  'analysis.map.useRegions': 'Разбить по переменной «{name}»',
  'analysis.map.noVariables': 'В этой анкете нет вопроса для этого показателя.',
  'analysis.map.region': 'Регион',
  'analysis.map.value.agree': 'Согласны, %',
  'analysis.map.value.mean': 'Среднее',
  'analysis.map.value.distance': 'Средняя дистанция',
  'analysis.map.hover': 'Наведите указатель на регион, чтобы увидеть число.',
  'analysis.map.unmatched': 'Не показаны на карте (эти варианты не называют регион): {list}',
  'analysis.map.exportSvg': 'Сохранить карту в SVG',
  'analysis.map.exportPng': 'Сохранить карту в PNG',
  'analysis.map.agreeingNote': 'Согласны: ответы {answers}.',
  'analysis.map.tableCaption': 'Числа на карте',
  'analysis.otherGroup': 'Другие ({count})',
  'analysis.groupSmall': 'Объединить малые категории в «другие»',
};
