/** The package name, used as the prefix of every error message. */
export const PACKAGE_NAME = '@wa/transport-cloud';
