/**
 * Files attached to media answers (image/photo, audio, video, file; a signature or drawing is an
 * image). The answer holds the file's name; the bytes are stored with the response, carried in
 * packages, and written beside exports in a `NAME_media` folder.
 */
export interface MediaInfo {
  /** The answer's path: a question name, or a path inside a repeat ("household[2].photo"). */
  question: string;
  fileName: string;
  mime: string;
  size: number;
}

export interface MediaAttachArgs {
  uuid: string;
  question: string;
  /** The name the file had (only its last part is kept, made safe for any folder). */
  fileName: string;
  mime: string;
  bytes: Uint8Array;
}

export interface MediaExportResult {
  /** The folder written (`<form>_media` in the export folder, or the command line's own). */
  folder: string;
  /** Files written, one folder per response uuid; 0 (and no folder) when no final response holds a file. */
  files: number;
}

export interface MediaZipResult {
  /** The zip written (in the export folder, or the command line's own path); absent when no final response holds a file. */
  path?: string;
  /** Files in the zip: `<name>_media/<response uuid>/<file>`, as the media folder. */
  files: number;
  /** Bytes of the zip. */
  size: number;
}

export interface MediaApi {
  /** Stores a file as the answer of a media question of a draft (replacing the one before): the answer becomes its name. */
  'interviews.attach': { args: MediaAttachArgs; result: MediaInfo };
  /** Removes the file of a media answer of a draft and clears the answer. */
  'interviews.detach': { args: { uuid: string; question: string }; result: { uuid: string; question: string } };
  /** The file of one media answer, to show or play. */
  'interviews.media': { args: { uuid: string; question: string }; result: MediaInfo & { bytes: Uint8Array } };
  /** The files a response holds, without their bytes. */
  'interviews.mediaList': { args: { uuid: string }; result: { uuid: string; files: MediaInfo[] } };
  /** Writes the files of a form's final responses to a folder, one subfolder per response (`outFolder`: command line only). */
  'responses.media': { args: { formId: string; outFolder?: string; includeDemo?: boolean }; result: MediaExportResult };
  /**
   * The same files as one zip (`outPath`: command line only; otherwise a new "<form>-<time>_media.zip" in the export
   * folder, which browser mode downloads through exports.file's route).
   */
  'responses.mediaZip': { args: { formId: string; outPath?: string; includeDemo?: boolean }; result: MediaZipResult };
}
