/**
 * The answers an import writes, kept column by column as it goes, so that the analysis column cache can be filled
 * from them in the same transaction: the first analysis after importing a million respondents then reads arrays
 * instead of decoding a million stored rows (measured: 1.8 s instead of 6.8 s for the breakdown of 60 items).
 */
import type { ResponseColumns } from '../../store/columns';
import { AnswerDictionary } from '../../store/columns';

/** A column of dictionary codes that grows as rows arrive. */
class GrowingCodes extends AnswerDictionary {
  codes = new Int32Array(1 << 12);

  set(row: number, value: string): void {
    if (row >= this.codes.length) this.codes = grow(this.codes, row);
    this.codes[row] = this.code(value);
  }
}

function grow<T extends Int32Array | Float64Array>(array: T, row: number): T {
  const bigger = new (array.constructor as { new (length: number): T })(Math.max(array.length * 2, row + 1));
  bigger.set(array);
  return bigger;
}

export class ColumnCapture {
  private rows = 0;
  private readonly fields: GrowingCodes[];
  private readonly interviewers = new GrowingCodes();
  private readonly devices = new GrowingCodes();
  private startedAt = new Float64Array(1 << 12);
  private finishedAt = new Float64Array(1 << 12);

  constructor(private readonly fieldNames: readonly string[], private readonly formVersionId: number) {
    this.fields = fieldNames.map(() => new GrowingCodes());
  }

  /** One imported response: its values in field order and its metadata. */
  add(values: readonly string[], interviewer: string, device: string, startedAt: number, finishedAt: number): void {
    const row = this.rows++;
    for (let f = 0; f < this.fields.length; f++) this.fields[f].set(row, values[f]);
    this.interviewers.set(row, interviewer);
    this.devices.set(row, device);
    if (row >= this.startedAt.length) {
      this.startedAt = grow(this.startedAt, row);
      this.finishedAt = grow(this.finishedAt, row);
    }
    this.startedAt[row] = startedAt;
    this.finishedAt[row] = finishedAt;
  }

  /** The columns, for responses whose ids run from `firstId` up in the order they were added. */
  columns(firstId: number): ResponseColumns {
    const n = this.rows;
    const codes = (column: GrowingCodes) => ({ values: column.values, codes: column.codes.subarray(0, n) });
    return {
      rowCount: n,
      responseIds: Float64Array.from({ length: n }, (_, i) => firstId + i),
      formVersionIds: new Int32Array(n).fill(this.formVersionId),
      final: new Uint8Array(n).fill(1),
      interviewer: codes(this.interviewers),
      deviceId: codes(this.devices),
      startedAt: this.startedAt.subarray(0, n),
      finishedAt: this.finishedAt.subarray(0, n),
      fields: new Map(this.fieldNames.map((name, f) => [name, codes(this.fields[f])])),
    };
  }
}
