// Cloud API webhook notification shapes (tolerant). Kept apart from ../onprem/.
export * from './cloud-message-status.ts';
export * from './cloud-webhook-payload.ts';
export * from './conversation-pricing.ts';
export * from './template-webhook-values.ts';
