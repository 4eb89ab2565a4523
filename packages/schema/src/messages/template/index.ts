export { hsmObjectSchema } from './hsm-object.ts';
export { templateObjectSchema } from './template-object.ts';
