import { VERSION } from './version.ts';

/** The `User-Agent` this package sends with its HTTP requests. */
export const USER_AGENT: string = `wa/transport-cloud/${VERSION}`;
