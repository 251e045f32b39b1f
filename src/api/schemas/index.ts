/**
 * The shape of every call's arguments, one schema per call of the handler map (src/api/spec). The transports that take
 * calls from a page (HTTP in browser mode, IPC in Electron) check arguments against these before a handler runs
 * (src/api/arguments.ts), so a handler can trust the types its spec promises.
 *
 * The schemas cannot drift from the spec: `NoDrift` below fails the build when a schema's type and the call's argument
 * type differ (either accepts something the other does not, or they name different fields), and
 * tests/unit/server/argument-schemas.test.ts fails when a call in the handler map has no schema here.
 *
 * valibot, not zod: a schema is built from functions that tree-shake, so the checks add a few kilobytes to the main
 * bundle, and InferOutput gives the TypeScript type the drift check compares with the spec.
 */
import * as v from 'valibot';
import type { FormDefinition } from '../../form/model';
import { isFormModel } from '../../form/model-shape';
import type { ApiArgs, ApiName } from '../spec';

const text = v.string();
const optionalText = v.optional(v.string());
const optionalFlag = v.optional(v.boolean());
const texts = v.array(v.string());
const none = v.object({});

/** A handle a native dialog gave out: random characters, never a path. */
const fileHandle = v.pipe(v.string(), v.regex(/^(read|write)-[A-Za-z0-9_-]{22}$/));
/**
 * A file: a path on this computer (the CLI's; refused from a page by src/api/file-access.ts), the bytes of a file
 * picked in the page, or the handle of a file chosen in the desktop's open dialog.
 */
const fileInput = v.union([
  v.object({ path: text }),
  v.object({ name: text, bytes: v.custom<Uint8Array>((value) => value instanceof Uint8Array, 'not bytes') }),
  v.object({ handle: fileHandle }),
]);
/** A dialog title or a proposed file name: short text. */
const shortText = v.pipe(v.string(), v.maxLength(200));
/** Only the outline is checked here (cheap); what the form says is checkForm's work when it is published. */
const formModel = v.custom<FormDefinition>(isFormModel, 'not a form model');
const uiLanguage = v.picklist(['kk', 'ru', 'en']);
/** Export headers: question names or Kobo's group paths. */
const headerStyle = v.optional(v.picklist(['names', 'paths']));

const analysisSubset = {
  status: v.optional(v.picklist(['final', 'draft', 'all'])),
  versions: v.optional(texts),
  interviewers: v.optional(texts),
  from: optionalText,
  to: optionalText,
  filter: optionalText,
  includeDemo: optionalFlag,
};
const sampleDesign = {
  strata: optionalText,
  cluster: optionalText,
  fpc: optionalText,
  weightKind: v.optional(v.picklist(['frequency', 'sampling'])),
};
const analysisOptions = {
  ...analysisSubset,
  ...sampleDesign,
  formId: text,
  weight: optionalText,
  language: optionalText,
  minimumValidItems: v.optional(v.number()),
};

const reportedEvent = v.object({
  event: v.picklist(['start', 'resume', 'suspend', 'question', 'language', 'back', 'jump']),
  question: optionalText,
  old: optionalText,
  new: optionalText,
  at: v.number(),
  end: v.optional(v.number()),
});
const paradataBatch = v.object({ anchor: v.number(), at: v.number(), events: v.optional(v.array(reportedEvent)) });
const conflictSide = v.picklist(['current', 'incoming']);
const optionalNumber = v.optional(v.number());

export const argumentSchemas = {
  // app
  'app.info': none,
  'app.check': none,
  'app.openedFiles': none,
  'settings.get': none,
  'settings.update': v.object({
    interviewer: optionalText,
    uiLanguage: v.optional(uiLanguage),
    lastLocation: v.optional(v.record(v.string(), v.string())),
  }),
  // forms
  'forms.list': none,
  'forms.import': v.object({ file: fileInput, attachments: v.optional(v.array(fileInput)) }),
  'forms.attach': v.object({ formId: text, files: v.array(fileInput) }),
  'forms.publish': v.object({ form: formModel }),
  'forms.get': v.object({ formId: text, version: optionalText }),
  'forms.export': v.object({ formId: text, version: optionalText, outPath: optionalText }),
  // demo
  'demo.seed': v.object({
    responses: v.number(),
    seed: v.number(),
    anomalies: v.optional(
      v.object({
        speeding: optionalNumber,
        straightlining: optionalNumber,
        duplicates: optionalNumber,
        nearDuplicates: optionalNumber,
        fabricator: optionalText,
      }),
    ),
  }),
  'demo.status': none,
  'demo.start': v.object({ start: v.picklist(['empty', 'practice']) }),
  'demo.remove': none,
  // designer
  'designer.list': none,
  'designer.create': v.object({ formId: text, title: text, languages: texts, defaultLanguage: optionalText }),
  'designer.open': v.object({ formId: text }),
  'designer.save': v.object({ formId: text, form: formModel }),
  'designer.discard': v.object({ formId: text }),
  'designer.publish': v.object({ formId: text, form: formModel }),
  'designer.import': v.object({ file: fileInput, replaceDraft: optionalFlag }),
  'designer.export': v.object({ form: formModel, outPath: optionalText }),
  // interviews
  'interviews.start': v.object({ formId: text, language: optionalText, assignmentId: optionalText }),
  'interviews.endOverQuota': v.object({ uuid: text }),
  // media answers: the bytes of a file picked or captured in the page
  'interviews.attach': v.object({
    uuid: text,
    question: text,
    fileName: text,
    mime: text,
    bytes: v.custom<Uint8Array>((value) => value instanceof Uint8Array, 'not bytes'),
  }),
  'interviews.detach': v.object({ uuid: text, question: text }),
  'interviews.media': v.object({ uuid: text, question: text }),
  'interviews.mediaList': v.object({ uuid: text }),
  'responses.media': v.object({ formId: text, outFolder: optionalText, includeDemo: optionalFlag }),
  'responses.mediaZip': v.object({ formId: text, outPath: optionalText, includeDemo: optionalFlag }),
  'interviews.open': v.object({ uuid: text }),
  'interviews.save': v.object({
    uuid: text,
    answers: v.optional(v.record(v.string(), v.string())),
    instances: v.optional(v.array(v.union([v.object({ add: text }), v.object({ remove: text })]))),
    position: v.optional(v.nullable(v.string())),
    language: optionalText,
    paradata: v.optional(paradataBatch),
  }),
  'interviews.finalize': v.object({ uuid: text, paradata: v.optional(paradataBatch) }),
  'interviews.reopen': v.object({ uuid: text, paradata: v.optional(paradataBatch) }),
  'interviews.discard': v.object({ uuid: text, ifUnanswered: optionalFlag }),
  'interviews.paradata': v.object({ uuid: text }),
  // responses
  'responses.list': v.object({
    formId: optionalText,
    status: v.optional(v.picklist(['draft', 'final'])),
    interviewer: optionalText,
    region: optionalText,
    startedFrom: optionalNumber,
    startedBefore: optionalNumber,
    offset: optionalNumber,
    limit: optionalNumber,
    language: optionalText,
    overQuota: optionalFlag,
  }),
  'responses.get': v.object({ uuid: text, language: optionalText }),
  'responses.import': v.object({
    formId: text,
    version: optionalText,
    file: fileInput,
    skipInvalid: optionalFlag,
    language: optionalText,
    encoding: v.optional(v.picklist(['utf-8', 'windows-1251'])),
  }),
  'responses.previewImport': v.object({
    formId: text,
    version: optionalText,
    file: fileInput,
    language: optionalText,
    encoding: v.optional(v.picklist(['utf-8', 'windows-1251'])),
  }),
  // fieldwork and the plan
  'fieldwork.packageTarget': none,
  'fieldwork.packageFile': v.object({ file: text }),
  'fieldwork.showInFolder': v.object({ file: text }),
  'fieldwork.progress': v.object({ formId: text, includeDemo: optionalFlag }),
  'plan.import': v.object({ formId: text, file: fileInput, replace: optionalFlag }),
  'plan.get': v.object({ formId: text }),
  'plan.save': v.object({ formId: text, table: v.pipe(v.array(v.pipe(texts, v.maxLength(1000))), v.maxLength(20_001)) }),
  'plan.export': v.object({ formId: text }),
  // packages
  'packages.export': v.object({
    out: optionalText,
    formId: optionalText,
    sinceLast: optionalFlag,
    includeDrafts: optionalFlag,
    passphrase: optionalText,
    unencrypted: optionalFlag,
  }),
  'packages.exportPlan': v.object({
    formId: text,
    interviewer: optionalText,
    allInterviewers: optionalFlag,
    out: optionalText,
    outDir: optionalText,
    passphrase: optionalText,
    unencrypted: optionalFlag,
  }),
  'packages.inspect': v.object({ file: fileInput, passphrase: optionalText }),
  'packages.import': v.object({ files: v.array(fileInput), passphrase: optionalText }),
  'packages.conflicts': none,
  'packages.resolve': v.object({
    uuid: text,
    keep: conflictSide,
    choices: v.optional(v.record(v.string(), conflictSide)),
    preview: optionalFlag,
  }),
  'packages.history': none,
  'packages.undoResolution': v.object({ resolutionId: v.number() }),
  'packages.devices': none,
  'packages.revoke': v.object({ fingerprint: text }),
  // analysis
  'analysis.variables': v.object({ formId: text, language: optionalText }),
  'analysis.frequencies': v.object({ ...analysisOptions, variable: text, bins: optionalNumber }),
  'analysis.crosstab': v.object({ ...analysisOptions, row: text, col: text, ordinal: optionalFlag }),
  'analysis.breakdown': v.object({ ...analysisOptions, by: text, items: v.optional(texts) }),
  'analysis.means': v.object({ ...analysisOptions, variable: text, by: text, postHoc: optionalFlag }),
  'analysis.correlate': v.object({ ...analysisOptions, variables: texts }),
  'analysis.reliability': v.object({ ...analysisOptions, items: v.optional(texts), scale: optionalText }),
  'analysis.distance': v.object({ ...analysisOptions, by: optionalText, items: v.optional(texts), scale: optionalText }),
  'analysis.estimate': v.object({
    ...analysisOptions,
    variable: text,
    by: optionalText,
    level: optionalNumber,
    statistic: v.optional(v.picklist(['mean', 'proportion'])),
  }),
  'analysis.designSummary': v.object(analysisOptions),
  'analysis.regionMap': v.object({
    ...analysisOptions,
    by: text,
    variable: text,
    indicator: v.picklist(['agree', 'mean', 'distance']),
    regions: v.optional(v.record(v.string(), v.nullable(v.string()))),
    svg: optionalFlag,
    png: v.optional(v.object({ scale: v.optional(v.pipe(v.number(), v.minValue(0.5), v.maxValue(8))), fontFiles: v.optional(texts) })),
  }),
  // the regions a select_one's choices stand for
  'regions.mapping': v.object({ formId: text, question: text, language: optionalText }),
  'regions.setMapping': v.object({ formId: text, question: text, regions: v.record(v.string(), v.nullable(v.string())) }),
  'regions.clearMapping': v.object({ formId: text, question: text }),
  'regions.readMapping': v.object({ formId: text, question: text, file: fileInput }),
  'analysis.storedDesign': v.object({ formId: text }),
  'analysis.storeDesign': v.object({ formId: text, design: v.object({ ...sampleDesign, weight: optionalText }) }),
  'analysis.clearDesign': v.object({ formId: text }),
  // exports and reports
  'exports.target': v.object({ formId: text, kind: v.picklist(['workbook', 'csv', 'spss']), language: optionalText }),
  'exports.file': v.object({ file: text }),
  'exports.showInFolder': v.object({ file: text }),
  'report.workbook': v.object({
    ...sampleDesign,
    formId: text,
    outPath: optionalText,
    by: optionalText,
    language: v.optional(uiLanguage),
    includeDemo: optionalFlag,
    weight: optionalText,
    filter: optionalText,
    postHoc: optionalFlag,
    paradata: optionalFlag,
    quality: optionalFlag,
    headers: headerStyle,
  }),
  'report.csv': v.object({ formId: text, outPath: optionalText, includeDemo: optionalFlag, headers: headerStyle }),
  'report.spss': v.object({ formId: text, outFolder: optionalText, language: v.optional(uiLanguage), includeDemo: optionalFlag }),
  // quality
  'quality.run': v.object({
    formId: text,
    from: optionalText,
    to: optionalText,
    interviewers: v.optional(texts),
    items: v.optional(texts),
    ranges: v.optional(v.record(v.string(), v.tuple([v.number(), v.number()]))),
    language: optionalText,
    includeDemo: optionalFlag,
    speedingShareOfMedian: optionalNumber,
    straightliningMinItems: optionalNumber,
    nearDuplicateShare: optionalNumber,
    nearDuplicateMinAnswered: optionalNumber,
    nonresponseShare: optionalNumber,
    outlierIqr: optionalNumber,
    questionMinSeconds: optionalNumber,
    rushedQuestionShare: optionalNumber,
  }),
  'quality.review': v.object({ uuid: text, verdict: v.nullable(v.picklist(['keep', 'reject'])), reason: optionalText }),
  // the desktop's native file dialogs: handles only, never a path
  'files.chooseOpen': v.object({
    purpose: v.picklist(['responses', 'package', 'plan', 'xlsform', 'attachment']),
    multiple: optionalFlag,
    title: v.optional(shortText),
  }),
  'files.read': v.object({ handle: fileHandle }),
  'files.chooseSave': v.object({ suggestedName: v.pipe(shortText, v.minLength(1)), title: v.optional(shortText) }),
  'files.saveTo': v.object({ handle: fileHandle, file: text }),
} satisfies Record<ApiName, v.GenericSchema>;

/**
 * The type a schema accepts and the spec's argument type are the same: each assignable to the other and the same field
 * names (an optional field added to the spec alone would otherwise pass unchecked).
 */
type Same<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [Keys<A>] extends [Keys<B>]
      ? [Keys<B>] extends [Keys<A>]
        ? true
        : false
      : false
    : false
  : false;
/** Field names; none for the `Record<string, never>` of a call without arguments. */
type Keys<T> = string extends keyof T ? never : keyof T;
type Drifted = { [K in ApiName]: Same<v.InferOutput<(typeof argumentSchemas)[K]>, ApiArgs<K>> extends true ? never : K }[ApiName];
/** Fails to compile, naming the calls, when a schema and its spec differ. */
const noDrift: [Drifted] extends [never] ? true : { drifted: Drifted } = true;
void noDrift;
