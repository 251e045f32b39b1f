import type { Translated } from '../../catalog';
import type { enDesign } from './en';

export const kkDesign: Translated<typeof enDesign> = {
  'design.title': 'Іріктеме дизайны',
  'design.hint':
    'Респонденттер қалай іріктелді: страталар (мысалы, облыстар), олардың ішіндегі кластерлер (мысалы, елді мекендер) және іріктеме салмақтары. Стандарт қателер, аралықтар мен критерийлер R тіліндегі survey пакеті сияқты дизайнға сай есептеледі.',
  'design.strata': 'Страталар',
  'design.cluster': 'Кластерлер (бірінші сатыдағы іріктеу бірліктері)',
  'design.weight': 'Іріктеме салмағы',
  'design.fpc': 'Шекті жиынтық түзетуі',
  'design.none': 'Жоқ',
  'design.samplingWeight': 'Салмақ — іріктеме салмағы (страталар мен кластерлерсіз)',
  'design.summary': '{strata} страта, {psus} іріктеу бірлігі, салмақтар {min}–{max}, дизайн әсері {deff}',
  'design.summaryNoDeff': '{strata} страта, {psus} іріктеу бірлігі, салмақтар {min}–{max}',
  'design.df': 'еркіндік дәрежесі {df}',
  'design.lonely': {
    other:
      '{count} стратада бір ғана іріктеу бірлігі бар: олардың дисперсиясы жалпы орташа маңында алынады (R: survey.lonely.psu = "adjust").',
  },
  'design.excluded': { other: '{count} жауапта дизайн айнымалысы жоқ, олар іріктемеге кірмейді.' },
  'design.notInUse': 'Дизайн жоқ: жауаптар қарапайым кездейсоқ іріктеме ретінде қарастырылады.',
  'design.save': 'Сауалнаманың дизайны ретінде сақтау',
  'design.saved': 'Сауалнаманың дизайны ретінде сақталды',
  'design.clear': 'Тазалау',
  'design.stored': 'Сауалнаманың сақталған дизайны',
  'design.notDesignBased':
    'Орташа мәндер, сенімділік және әлеуметтік қашықтық салмақты жиілік салмағы ретінде қолданады; олар дизайнды ескермейді.',
  'analysis.tab.estimates': 'Бағалаулар',
  'estimate.of': 'Бағаланатын айнымалы',
  'estimate.category': 'Үлесі',
  'estimate.title': '{variable}, {by} бойынша (дизайнға негізделген, 95% СА)',
  'estimate.overall': 'Барлық респонденттер',
  'estimate.estimate': 'Бағалау',
  'estimate.share': 'Үлес',
  'estimate.se': 'СҚ',
  'estimate.ci': '95% СА',
  'estimate.deff': 'Дизайн әсері',
  'estimate.legend': 'Нүктелер — бағалаулар; сызықтар — дизайн бойынша 95% сенім аралықтары; үзік сызық — барлық респонденттер.',
  'analysis.raoScott': 'Рао — Скотт F',
  'analysis.raoScottNote': 'Дизайнға негізделген тәуелсіздік критерийі (Рао — Скотттың екінші ретті түзетуі, R: svychisq).',
};
