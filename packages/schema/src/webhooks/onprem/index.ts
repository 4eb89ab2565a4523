// On-Premises webhook notification shapes (tolerant). Kept apart from ../cloud/.
export * from './onprem-message-status.ts';
export * from './onprem-webhook-payload.ts';
