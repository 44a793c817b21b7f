// The forms module's public face: definitions for journey authors, the engine and the text renderer (each channel renders the engine's views its own way).
export { DEFAULT_DRAFT_TTL_DAYS, FormEngine, type FormEngineOptions } from './engine';
export { JOURNEY_FORMS } from './registry';
export { renderText, splitMessage, TEXT_CHANNEL_MAX_LENGTH } from './render-text';
export { fileAnswer, listAnswer, moneyAnswer, numberAnswer, textAnswer, yesNoAnswer } from './answers';
export type * from './types';
export type * from './views';
