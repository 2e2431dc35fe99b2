import { ParleyError, type ParleyErrorCode } from '@parley/core';

/** Why a webhook was refused; stable strings a receiver can log or switch on. */
export type VerificationFailure =
  | 'missing_header'
  | 'duplicated_header'
  | 'invalid_id'
  | 'invalid_timestamp'
  | 'invalid_signature_header'
  | 'timestamp_too_old'
  | 'timestamp_too_new'
  | 'no_matching_signature'
  | 'body_too_large'
  | 'invalid_body';

const statusOf: Record<VerificationFailure, 400 | 401 | 413> = {
  missing_header: 400,
  duplicated_header: 400,
  invalid_id: 400,
  invalid_timestamp: 400,
  invalid_signature_header: 400,
  invalid_body: 400,
  timestamp_too_old: 401,
  timestamp_too_new: 401,
  no_matching_signature: 401,
  body_too_large: 413,
};

function codeOf(status: 400 | 401 | 413): ParleyErrorCode {
  if (status === 401) return 'SIGNATURE_INVALID';
  if (status === 413) return 'LIMIT_EXCEEDED';
  return 'INPUT_INVALID';
}

/** A ParleyError whose details carry `reason` and the HTTP `status` to answer with. */
export function verificationError(reason: VerificationFailure, message: string): ParleyError {
  const status = statusOf[reason];
  return new ParleyError(codeOf(status), message, { details: { reason, status } });
}

/**
 * The reason and HTTP status of a refused webhook, or undefined when `error` is not a
 * verification failure (a bug, a failing handler).
 */
export function verificationFailureOf(
  error: unknown,
): { reason: VerificationFailure; status: 400 | 401 | 413; message: string } | undefined {
  if (!ParleyError.isInstance(error)) return undefined;
  const reason = error.details.reason as VerificationFailure | undefined;
  if (reason === undefined || !(reason in statusOf)) return undefined;
  return { reason, status: statusOf[reason], message: error.message };
}
