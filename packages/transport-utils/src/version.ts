declare const __WA_VERSION__: string | undefined;

/** The published version of `@wa/transport-utils`, injected at build time. */
export const VERSION: string = typeof __WA_VERSION__ === 'string' ? __WA_VERSION__ : '0.0.0-source';
