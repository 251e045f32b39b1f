import { defineCatalog } from '../catalog';

/** Errors any part of the core may raise. Areas keep their own files beside this one. */
export const generalErrors = defineCatalog({
  'expression-too-deep': {
    kk: (p: { depth: number }) => `Өрнек тым терең кірістірілген (${p.depth} деңгейден артық).`,
    ru: (p: { depth: number }) => `Выражение вложено слишком глубоко (более ${p.depth} уровней).`,
    en: (p: { depth: number }) => `The expression is nested too deeply (more than ${p.depth} levels).`,
  },
});
