/**
 * The API contract: every operation a user can perform, by name, with its argument and result
 * types. The Electron preload, the browser-mode HTTP server and the CLI are transports over this
 * one map, so renaming or reshaping an operation breaks the build, not the user.
 *
 * Type-only module, safe to import from the renderer.
 */
import type { ProgressReporter } from '../../common/progress';
import type { AppApi } from './app';
import type { FormsApi } from './forms';
import type { DemoApi } from './demo';
import type { PackagesApi } from './packages';
import type { InterviewsApi } from './interviews';
import type { ResponsesApi } from './responses';
import type { FieldworkApi } from './fieldwork';
import type { AnalysisApi } from './analysis';
import type { ResponsesImportApi } from './responses-import';
import type { DesignerApi } from './designer';
import type { ReportApi } from './report';
import type { ExportsApi } from './exports';
import type { QualityApi } from './quality';
import type { PlanApi } from './plan';
import type { ParadataApi } from './paradata';
import type { MediaApi } from './media';
import type { FilesApi } from './files';
import type { RegionsApi } from './regions';

export interface ApiSpec
  extends
    AppApi,
    FormsApi,
    DemoApi,
    PackagesApi,
    InterviewsApi,
    ResponsesApi,
    FieldworkApi,
    AnalysisApi,
    ResponsesImportApi,
    DesignerApi,
    ReportApi,
    ExportsApi,
    QualityApi,
    PlanApi,
    ParadataApi,
    MediaApi,
    FilesApi,
    RegionsApi {}

export type ApiName = keyof ApiSpec;
export type ApiArgs<K extends ApiName> = ApiSpec[K]['args'];
export type ApiResult<K extends ApiName> = ApiSpec[K]['result'];

export type Handler<K extends ApiName> = (args: ApiArgs<K>, progress: ProgressReporter) => Promise<ApiResult<K>>;
export type Handlers = { [K in ApiName]: Handler<K> };

/** The handlers of one capability, e.g. HandlersOf<FormsApi>. */
export type HandlersOf<Part> = { [K in keyof Part & ApiName]: Handler<K> };

export type { FileInput } from '../../common/file-input';

export type * from './app';
export type * from './forms';
export type * from './demo';
export type * from './packages';
export type * from './interviews';
export type * from './responses';
export type * from './fieldwork';
export type * from './analysis';
export type * from './responses-import';
export type * from './designer';
export type * from './report';
export type * from './exports';
export type * from './quality';
export type * from './plan';
export type * from './paradata';
export type * from './media';
export type * from './files';
export type * from './regions';
