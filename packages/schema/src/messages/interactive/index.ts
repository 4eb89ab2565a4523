export { interactiveObjectSchema } from './interactive-object.ts';
