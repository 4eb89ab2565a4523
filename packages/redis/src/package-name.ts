/** The name of this package, for the prefix of error messages. */
export const PACKAGE_NAME = '@wa/redis';
