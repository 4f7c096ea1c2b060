export { BODY_SIGNATURE_HEADER, signatureValid, signBody } from './body-signature.ts';
export {
  type AdminRole,
  ANONYMOUS,
  API_KEY_SCOPES,
  type ApiKeyScope,
  type Identity,
} from './identity.ts';
export { currentRequestId, type RequestContext, runWithRequestId } from './request-context.ts';
export {
  CLIENT_IP_HEADER,
  identityFromHeaders,
  REQUEST_ID_HEADER,
  signedHeaders,
} from './request-identity.ts';
export {
  IDENTITY_HEADER,
  IdentitySignatureError,
  parseSigningKey,
  SIGNATURE_HEADER,
  signIdentity,
  verifyIdentity,
} from './signed-identity.ts';
