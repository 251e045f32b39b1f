/** The calls around field data packages; the shapes they carry are the exchange's own (src/exchange/types.ts). */
import type {
  PackageExportArgs,
  PackageExportResult,
  PackageInspectArgs,
  PackageSummary,
  PackageImportArgs,
  PackageImportResult,
  PackageExportPlanArgs,
  PackageConflict,
  PackageResolveArgs,
  PackageResolveResult,
  PackageHistory,
  PackageUndoResolutionArgs,
  PackageUndoResolutionResult,
  DeviceKey,
  PackageRevokeArgs,
} from '../../exchange/types';

export type * from '../../exchange/types';

export interface PackagesApi {
  'packages.export': { args: PackageExportArgs; result: PackageExportResult };
  'packages.inspect': { args: PackageInspectArgs; result: PackageSummary };
  'packages.import': { args: PackageImportArgs; result: PackageImportResult };
  /** Lead-to-laptop packages: the form and one interviewer's assignments, one file per interviewer. */
  'packages.exportPlan': { args: PackageExportPlanArgs; result: { packages: PackageExportResult[] } };
  'packages.conflicts': { args: Record<string, never>; result: PackageConflict[] };
  'packages.resolve': { args: PackageResolveArgs; result: PackageResolveResult };
  'packages.history': { args: Record<string, never>; result: PackageHistory };
  'packages.undoResolution': { args: PackageUndoResolutionArgs; result: PackageUndoResolutionResult };
  'packages.devices': { args: Record<string, never>; result: DeviceKey[] };
  'packages.revoke': { args: PackageRevokeArgs; result: DeviceKey };
}
