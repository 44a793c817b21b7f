// The forms module's public face: definitions for journey authors, the engine and the two renderers for channels.
export { DEFAULT_DRAFT_TTL_DAYS, FormEngine, type FormEngineOptions } from './engine';
export { JOURNEY_FORMS } from './registry';
export {
  decodeFormCallback,
  encodeFormCallback,
  FORM_CALLBACK_PREFIX,
  renderTelegram,
  type TelegramOperation,
} from './render-telegram';
export { renderText, splitMessage, TEXT_CHANNEL_MAX_LENGTH } from './render-text';
export { fileAnswer, listAnswer, moneyAnswer, numberAnswer, textAnswer, yesNoAnswer } from './answers';
export type * from './types';
export type * from './views';
