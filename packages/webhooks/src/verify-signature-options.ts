/** Options of `verifySignature`. */
export interface VerifySignatureOptions {
  /**
   * Further app secrets that are also accepted, for rotating the app secret without downtime: list the
   * old secret here while Meta switches to the new one.
   */
  additionalSecrets?: readonly string[] | undefined;
}

/** The raw body of a webhook request: the exact bytes Meta sent, or their UTF-8 text. */
export type RawBody = string | Uint8Array;
