import type { CompiledForm } from '../form';
import { compileForm } from '../form';
import type { Db } from '../store/database';
import { formOf, getFormVersionById } from '../store/forms';
import { codedError } from '../common/errors';

/**
 * Published versions compiled once: an interview saves after every answer, and compiling (which
 * checks the whole form) costs more than the save. Keyed by content hash, which identifies a
 * version in every database, so tests with several databases never mix forms up.
 */
const cache = new Map<string, CompiledForm>();
const CACHE_SIZE = 16;

export function compiledVersion(db: Db, formVersionId: number): CompiledForm {
  const row = getFormVersionById(db, formVersionId);
  if (!row) throw codedError('not-found', 'form-version-missing', { id: formVersionId });
  let compiled = cache.get(row.contentHash);
  if (compiled) {
    cache.delete(row.contentHash);
  } else {
    compiled = compileForm(formOf(row));
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  cache.set(row.contentHash, compiled); // most recently used last
  return compiled;
}
