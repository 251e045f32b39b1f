import { codedError } from '../common/errors';
import type { Db } from '../store/database';
import { listFormVersions } from '../store/forms';
import { versionKey } from './content';

export interface CatalogedVersion {
  id: number;
  formId: string;
  version: string;
  fields: readonly string[];
}

/** The database's form versions by name and by id, loaded once per merge or listing. */
export class VersionCatalog {
  private readonly byKey = new Map<string, CatalogedVersion>();
  private readonly byId = new Map<number, CatalogedVersion>();

  constructor(db: Db) {
    for (const version of listFormVersions(db)) this.add(version);
  }

  add(version: CatalogedVersion): void {
    this.byKey.set(versionKey(version.formId, version.version), version);
    this.byId.set(version.id, version);
  }

  has(formId: string, version: string): boolean {
    return this.byKey.has(versionKey(formId, version));
  }

  /** A version the caller knows is stored (checked before merging). */
  get(formId: string, version: string): CatalogedVersion {
    const found = this.byKey.get(versionKey(formId, version));
    if (!found) throw codedError('internal', 'package-version-missing', { formId, version });
    return found;
  }

  byStoredId(id: number): CatalogedVersion {
    const found = this.byId.get(id);
    if (!found) throw codedError('internal', 'package-version-id-missing', { id });
    return found;
  }
}
