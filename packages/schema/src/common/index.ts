export { forbiddenField } from './forbidden-field.ts';
export { httpUrlSchema, isHttpUrl } from './http-url.ts';
export type { MessageDialect } from './message-dialect.ts';
export { nonEmptyString } from './non-empty-string.ts';
