export * from './context-object.ts';
