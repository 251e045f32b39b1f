/** What came from which package, device and interviewer, and when; and what this laptop sent. */
import type { Db } from '../store/database';
import { listExports, listImportedPackages } from '../store/packages';
import { countConflictsByState } from '../store/conflicts';
import type { PackageHistory } from './types';
import { keyFingerprint } from '../store/installation';
import { listDevices } from './trust';
import { listConflictResolutions } from './conflicts';

export function packageHistory(db: Db): PackageHistory {
  return {
    imports: listImportedPackages(db).map(({ fileName, formVersionsAdded, signerKey, ...row }) => ({
      ...row,
      file: fileName,
      forms: formVersionsAdded,
      signerFingerprint: signerKey === null ? null : keyFingerprint(signerKey),
    })),
    exports: listExports(db).map(({ formId, includeDrafts, afterChangeSeq, upToChangeSeq, ...row }) => ({
      ...row,
      scope: { formId, includeDrafts, afterChangeSeq, upToChangeSeq },
    })),
    conflicts: countConflictsByState(db),
    resolutions: listConflictResolutions(db),
    devices: listDevices(db),
  };
}
