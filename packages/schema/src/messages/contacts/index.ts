export * from './contact-object.ts';
