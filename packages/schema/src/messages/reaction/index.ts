export * from './reaction-object.ts';
