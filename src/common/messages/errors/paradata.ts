import { defineCatalog, plural } from '../catalog';

/** The interview event log (paradata): what the interview screen reports, and what packages carry. */
export const paradataErrors = defineCatalog({
  'paradata-clock-malformed': {
    kk: () => 'Сұхбат оқиғалары журналының уақыты бүлінген: басталу уақыты мен өткен миллисекундтар теріс емес сан болуы керек.',
    ru: () => 'Время журнала событий интервью повреждено: момент начала и прошедшие миллисекунды должны быть неотрицательными числами.',
    en: () =>
      "The interview event log's clock is malformed: its start (anchor) and elapsed milliseconds (at) must be numbers of 0 or more.",
  },
  'paradata-event-malformed': {
    kk: (p: { index: number }) =>
      `Сұхбат оқиғалары журналының ${p.index}-оқиғасы бүлінген: уақыты теріс емес сан, сұрақ пен мәндері мәтін болуы керек, аяқталуы басталуынан ерте болмауы керек.`,
    ru: (p: { index: number }) =>
      `Событие ${p.index} журнала интервью повреждено: время должно быть неотрицательным числом, вопрос и значения — текстом, а конец не раньше начала.`,
    en: (p: { index: number }) =>
      `Event ${p.index} of the interview event log is malformed: its time must be a number of 0 or more, its question and values text, and its end no earlier than its start.`,
  },
  'paradata-event-not-reported': {
    kk: (p: { index: number; event: string }) =>
      `Сұхбат оқиғалары журналының ${p.index}-оқиғасы «${p.event}» экраннан жіберілмейді: жауаптың өзгеруін, аяқталуын және қайта ашылуын бағдарлама өзі жазады.`,
    ru: (p: { index: number; event: string }) =>
      `Событие ${p.index} журнала интервью «${p.event}» не передаётся экраном: изменение ответа, завершение и повторное открытие программа записывает сама.`,
    en: (p: { index: number; event: string }) =>
      `Event ${p.index} of the interview event log, "${p.event}", is not one the screen reports: answer changes, finalizing and reopening are logged by the core itself.`,
  },
  'paradata-batch-too-long': {
    kk: (p: { max: number }) => `Бір сақтауда сұхбат журналының ${p.max} оқиғасынан артық болмауы керек.`,
    ru: (p: { max: number }) =>
      `Одно сохранение может принести не более ${p.max} ${plural('ru', p.max, { one: 'события', many: 'событий' })} журнала интервью.`,
    en: (p: { max: number }) => `One save may bring at most ${p.max} events of the interview event log.`,
  },
  'package-paradata-malformed': {
    kk: (p: { response: string; index: number }) =>
      `${p.response} жауабының оқиғалар журналындағы ${p.index}-жазба бүлінген: құрылғы, реттік нөмір (1-ден бастап бүтін сан), белгілі оқиға түрі, уақыттар және мәтін мәндері қажет.`,
    ru: (p: { response: string; index: number }) =>
      `Запись ${p.index} журнала событий анкеты ${p.response} повреждена: нужны устройство, порядковый номер (целое число от 1), известный вид события, времена и текстовые значения.`,
    en: (p: { response: string; index: number }) =>
      `Entry ${p.index} of the event log of response ${p.response} is malformed: it needs a device, a sequence number (a whole number from 1), a known event, its times and text values.`,
  },
  'package-paradata-repeated': {
    kk: (p: { response: string; device: string; seq: number }) =>
      `${p.response} жауабының оқиғалар журналында ${p.device} құрылғысының ${p.seq}-оқиғасы екі рет кездеседі.`,
    ru: (p: { response: string; device: string; seq: number }) =>
      `В журнале событий анкеты ${p.response} событие ${p.seq} устройства ${p.device} встречается дважды.`,
    en: (p: { response: string; device: string; seq: number }) =>
      `The event log of response ${p.response} holds event ${p.seq} of device ${p.device} twice.`,
  },
  'package-paradata-too-long': {
    kk: (p: { response: string; max: number }) =>
      `${p.response} жауабының оқиғалар журналы тым ұзын: бір құрылғыдан ең көбі ${p.max} оқиға.`,
    ru: (p: { response: string; max: number }) =>
      `Журнал событий анкеты ${p.response} слишком длинный: не более ${p.max} ${plural('ru', p.max, { one: 'события', many: 'событий' })} с одного устройства.`,
    en: (p: { response: string; max: number }) =>
      `The event log of response ${p.response} is too long: at most ${p.max} events per device.`,
  },
});
