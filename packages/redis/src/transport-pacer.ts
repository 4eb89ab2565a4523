/** Options of one {@link TransportPacer.run} call. */
export interface TransportPacerRunOptions {
  /** The recipient, for the per-recipient (pair) rate; omit for requests that send no message. */
  recipient?: string | undefined;
  /** Cancels the wait; the call then rejects and the task is never started. */
  signal?: AbortSignal | undefined;
}

/**
 * What both clients' `pacing` setting accepts besides its options object: something that runs each send
 * when the limits allow. Declared here by shape; `@wa/schema` exports the same contract as `TransportPacer`.
 */
export interface TransportPacer {
  /** Runs `task` as soon as the limits allow and settles with its outcome. */
  run<T>(task: () => Promise<T>, options?: TransportPacerRunOptions): Promise<T>;
}
