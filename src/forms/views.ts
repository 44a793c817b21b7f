// What goes into the form engine (typed text, files, button actions) and what comes out (views for the renderers).
import type { FormState, StepKind } from './types';

/** A button press, channel-neutral; the Telegram renderer encodes it in callback data. */
export type FormAction =
  | { type: 'pick'; index: number }
  | { type: 'toggle'; index: number }
  | { type: 'done' }
  | { type: 'skip' }
  | { type: 'prefill' }
  | { type: 'confirm' }
  | { type: 'edit' }
  | { type: 'edit-step'; index: number }
  | { type: 'back' }
  | { type: 'cancel' }
  | { type: 'continue' }
  | { type: 'discard' };

export type FormInput =
  | { type: 'text'; text: string }
  /** A file the channel downloaded, checked (size, real type) and kept: the StoredFile row's id. */
  | { type: 'file'; fileType: 'photo' | 'document'; storedFileId: number; mimeType: string }
  /** A file the channel did not keep: too big, not a type the policy takes, or it could not be downloaded. */
  | { type: 'file-refused'; refusal: FileRefusalReason }
  /** Anything else a member can send: sticker, voice, video, location... */
  | { type: 'media'; mediaType: string }
  | { type: 'action'; nonce: string; action: FormAction };

export type FileRefusalReason =
  | { reason: 'too-big'; maxMegabytes: number }
  | { reason: 'wrong-type'; expected: 'photo' | 'document' }
  | { reason: 'unavailable' };

export interface ViewOption {
  label: string;
  /** Multi-choice and months: toggled on. */
  selected?: boolean;
}

export interface QuestionView {
  type: 'question';
  nonce: string;
  kind: StepKind;
  /** "Monthly check-in (2/5)". */
  header: string;
  prompt: string;
  /** What was wrong with the last answer, shown above the question. */
  error?: string;
  /** A line shown first, e.g. "Continuing your unfinished check-in". */
  note?: string;
  /** What the step expects and how to type it ("Send a date like 25/12/2026"). */
  hint?: string;
  options: ViewOption[];
  /** Options toggle and a Done confirms (multi-choice, months). */
  multiple: boolean;
  canSkip: boolean;
  /** Label of the one-tap default. */
  prefill?: string;
  /** The first question of a form: renderers mention how to cancel. */
  first: boolean;
  /** Replaces the message whose button was pressed (a toggle), instead of a new message. */
  replace?: boolean;
}

export interface SummaryLine {
  label: string;
  value: string;
}

export type FormView =
  | QuestionView
  /** A button answered the question: the question's message shows the answer and loses its buttons. */
  | { type: 'answered'; text: string }
  | { type: 'notice'; text: string }
  /** Multi-message text: how much arrived so far; send more or press Done. */
  | { type: 'collecting'; nonce: string; text: string }
  | { type: 'summary'; nonce: string; title: string; lines: SummaryLine[]; error?: string; replace?: boolean }
  | {
      type: 'edit-menu';
      nonce: string;
      title: string;
      lines: SummaryLine[];
      error?: string;
      replace?: boolean;
    }
  | { type: 'switch'; nonce: string; text: string; currentTitle: string; nextTitle: string }
  | { type: 'submitted'; text: string; reference: string };

export interface FormTurn {
  /** The draft to keep in the session; undefined when the form ended (submitted, cancelled, expired). */
  state: FormState | undefined;
  views: FormView[];
  /** The press was from an old message or did not fit: answer "old button" and change nothing. */
  stale?: boolean;
}
