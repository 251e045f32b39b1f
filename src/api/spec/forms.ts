export interface FormSummary {
  formId: string;
  title: string;
  /** Published versions, oldest first. */
  versions: string[];
  /** All responses of every version. */
  responses: number;
  drafts: number;
  finals: number;
}

export interface FormsApi {
  'forms.list': { args: Record<string, never>; result: FormSummary[] };
}
