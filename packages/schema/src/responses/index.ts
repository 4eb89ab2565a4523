// Response and error-body schemas of both APIs (incoming shapes: tolerant).
export * from './cloud-error-response.ts';
export * from './cloud-media-upload-response.ts';
export * from './cloud-media-url-response.ts';
export * from './cloud-send-response.ts';
export * from './cloud-success-response.ts';
export * from './onprem-contacts-request.ts';
export * from './onprem-contacts-response.ts';
export * from './onprem-error-response.ts';
export * from './onprem-health-response.ts';
export * from './onprem-login-response.ts';
export * from './onprem-media-upload-response.ts';
export * from './onprem-response-meta.ts';
export * from './onprem-send-response.ts';
export * from './sent-message-entry.ts';
