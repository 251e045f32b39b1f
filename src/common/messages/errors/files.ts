import { defineCatalog } from '../catalog';

/** Files named through the API: the interface (a page) may hand over bytes, never a path on this computer. */
export const fileAccessErrors = defineCatalog({
  'path-from-interface': {
    kk: (p: { argument: string }) =>
      `Терезе бұл компьютердегі файлды жолымен атай алмайды («${p.argument}»): файлды терезеде таңдаңыз, ал нәтижені Келісім өз қалтасына жазады.`,
    ru: (p: { argument: string }) =>
      `Окно не может называть файл на этом компьютере по его пути («${p.argument}»): выберите файл в окне, а результат «Келісім» запишет в свою папку.`,
    en: (p: { argument: string }) =>
      `The interface cannot name a file on this computer by its path ("${p.argument}"): pick the file in the window, and Kelisim writes results into its own folder.`,
  },
  'file-input-shape': {
    kk: (p: { argument: string }) => `«${p.argument}» файлы оның мазмұны ретінде берілуі керек (атауы мен байттары).`,
    ru: (p: { argument: string }) => `Файл «${p.argument}» должен быть передан своим содержимым (имя и байты).`,
    en: (p: { argument: string }) => `The file "${p.argument}" must be given as its content (a name and its bytes).`,
  },
});
