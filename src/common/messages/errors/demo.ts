import { defineCatalog } from '../catalog';

/** The practice (demo) study: synthetic responses that are never field data. */
export const demoErrors = defineCatalog({
  'demo-seed-cli-only': {
    kk: () =>
      'Жасанды сауалнамаларды қалаған санмен тек командалық жолдан қосуға болады (`kelisim demo`); терезе жаттығу зерттеуін тек алғашқы іске қосуда ұсынады.',
    ru: () =>
      'Синтетические анкеты в любом количестве добавляются только из командной строки (`kelisim demo`); окно предлагает учебное исследование только при первом запуске.',
    en: () =>
      'Synthetic responses in any number can be added only from the command line (`kelisim demo`); the window offers the practice study on the first run only.',
  },
  'demo-start-already-chosen': {
    kk: () => 'Бұл дерекқордың басталуы бұрын таңдалған; жаттығу зерттеуін «Баптаулар» бөлімінде өшіруге болады.',
    ru: () => 'Начало работы с этой базой уже выбрано; учебное исследование можно удалить в настройках.',
    en: () => 'How this database starts was already chosen; the practice study can be removed in Settings.',
  },
  'demo-start-unknown': {
    kk: (p: { given: string }) => `Бастау «бос» немесе «жаттығу» болуы керек, «${p.given}» емес.`,
    ru: (p: { given: string }) => `Начало должно быть «пустая база» или «учебное исследование», а не «${p.given}».`,
    en: (p: { given: string }) => `The start must be "empty" or "practice", not "${p.given}".`,
  },
  'demo-count-invalid': {
    kk: (p: { max: number; given: string }) =>
      `Демо сауалнамалардың саны 0-ден ${p.max}-ге дейінгі бүтін сан болуы керек, «${p.given}» емес.`,
    ru: (p: { max: number; given: string }) => `Число демонстрационных анкет должно быть целым от 0 до ${p.max}, а не «${p.given}».`,
    en: (p: { max: number; given: string }) => `The number of demo responses must be a whole number from 0 to ${p.max}, not "${p.given}".`,
  },
  'demo-seed-invalid': {
    kk: (p: { given: string }) => `Кездейсоқтық тұқымы бүтін сан болуы керек, «${p.given}» емес.`,
    ru: (p: { given: string }) => `Начальное значение генератора должно быть целым числом, а не «${p.given}».`,
    en: (p: { given: string }) => `The seed must be a whole number, not "${p.given}".`,
  },
  'demo-plant-invalid': {
    kk: (p: { given: string; kinds: string }) =>
      `«${p.given}» егу мүмкін емес: ${p.kinds} түрлерінің біріне 0 мен 1 арасындағы үлесті, ал жалған сұхбат жасаушыға демо интервьюердің атын жазыңыз (түрі=мәні).`,
    ru: (p: { given: string; kinds: string }) =>
      `Нельзя подложить «${p.given}»: укажите долю от 0 до 1 для одного из видов ${p.kinds}, а для фальсификатора — имя демонстрационного интервьюера (вид=значение).`,
    en: (p: { given: string; kinds: string }) =>
      `Cannot plant "${p.given}": give a share from 0 to 1 for one of ${p.kinds}, or the name of a demo interviewer for the fabricator (kind=value).`,
  },
  'demo-fabricator-unknown': {
    kk: (p: { given: string; names: string }) => `«${p.given}» демо интервьюерлердің бірі емес; мыналардың бірін таңдаңыз: ${p.names}.`,
    ru: (p: { given: string; names: string }) => `«${p.given}» — не демонстрационный интервьюер; выберите одного из: ${p.names}.`,
    en: (p: { given: string; names: string }) => `"${p.given}" is not one of the demo interviewers; choose one of: ${p.names}.`,
  },
});
