export { type OnPremTextObject, onPremTextObjectSchema } from './onprem-text-object.ts';
export { MAX_TEXT_BODY_LENGTH, type TextObject, textObjectSchema } from './text-object.ts';
