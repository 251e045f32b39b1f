/** What came from which package, device and interviewer, and when; and what this laptop sent. */
import type { Db } from '../store/database';
import { listExports, listImportedPackages } from '../store/packages';
import { countConflictsByState } from '../store/conflicts';
import type { PackageHistory } from '../api/spec';

export function packageHistory(db: Db): PackageHistory {
  return {
    imports: listImportedPackages(db).map(({ fileName, formVersionsAdded, ...row }) => ({ ...row, file: fileName, forms: formVersionsAdded })),
    exports: listExports(db).map(({ formId, includeDrafts, afterChangeSeq, upToChangeSeq, ...row }) => ({
      ...row,
      scope: { formId, includeDrafts, afterChangeSeq, upToChangeSeq },
    })),
    conflicts: countConflictsByState(db),
  };
}
