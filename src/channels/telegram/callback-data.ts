// The callback data of the buttons reminders carry: `open:<formId>` opens that form (features/open-form.ts).
export const OPEN_FORM_CALLBACK = /^open:(.*)$/;

export function openFormCallback(form: string): string {
  return `open:${form}`;
}
