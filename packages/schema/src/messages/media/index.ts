export * from './media-object.ts';
