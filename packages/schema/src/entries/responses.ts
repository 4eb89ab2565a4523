/**
 * `@wa/schema/responses`: the response and error bodies of both APIs (tolerant): send, media upload,
 * media URL, contacts, health and login responses, and the Cloud and On-Premises error bodies.
 *
 * @module
 */
export {
  type CloudError,
  CloudErrorResponse,
  cloudErrorResponseSchema,
  cloudErrorSchema,
} from '../responses/cloud-error-response.ts';
export {
  type CloudMediaUploadResponse,
  cloudMediaUploadResponseSchema,
} from '../responses/cloud-media-upload-response.ts';
export {
  type CloudMediaUrlResponse,
  cloudMediaUrlResponseSchema,
} from '../responses/cloud-media-url-response.ts';
export {
  CloudSendResponse,
  type CloudSendResponseContact,
  cloudSendResponseContactSchema,
  cloudSendResponseSchema,
} from '../responses/cloud-send-response.ts';
export {
  type CloudSuccessResponse,
  cloudSuccessResponseSchema,
} from '../responses/cloud-success-response.ts';
export {
  type OnPremContactsRequest,
  onPremContactsRequestSchema,
} from '../responses/onprem-contacts-request.ts';
export {
  type OnPremCheckedContact,
  type OnPremContactStatus,
  type OnPremContactsResponse,
  onPremCheckedContactSchema,
  onPremContactStatusValues,
  onPremContactsResponseSchema,
} from '../responses/onprem-contacts-response.ts';
export {
  type OnPremError,
  OnPremErrorResponse,
  onPremErrorResponseSchema,
  onPremErrorSchema,
} from '../responses/onprem-error-response.ts';
export {
  type OnPremHealthResponse,
  type OnPremNodeHealth,
  onPremHealthResponseSchema,
  onPremNodeHealthSchema,
} from '../responses/onprem-health-response.ts';
export {
  type OnPremLoginResponse,
  type OnPremLoginUser,
  onPremLoginResponseSchema,
  onPremLoginUserSchema,
} from '../responses/onprem-login-response.ts';
export {
  type OnPremMediaUploadResponse,
  onPremMediaUploadResponseSchema,
} from '../responses/onprem-media-upload-response.ts';
export { type OnPremResponseMeta, onPremResponseMetaSchema } from '../responses/onprem-response-meta.ts';
export { OnPremSendResponse, onPremSendResponseSchema } from '../responses/onprem-send-response.ts';
export {
  type SentMessageEntry,
  sentMessageEntrySchema,
  sentMessagesSchema,
} from '../responses/sent-message-entry.ts';
