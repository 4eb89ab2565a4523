// Inbound message objects, shared by the Cloud and On-Premises notification envelopes (tolerant).
export * from './ad-referral.ts';
export * from './inbound-contact-card.ts';
export * from './inbound-location.ts';
export * from './inbound-media.ts';
export * from './inbound-message.ts';
export * from './inbound-message-context.ts';
export * from './interactive-reply.ts';
export * from './webhook-error.ts';
