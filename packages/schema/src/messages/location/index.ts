export * from './location-object.ts';
