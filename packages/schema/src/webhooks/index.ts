// Incoming webhook payload schemas (Cloud and On-Premises). Filled in by the webhook schema work.
export {};
