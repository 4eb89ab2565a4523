export * from './text-object.ts';
