package com.google.android.gms.fido.fido2.api.common;

// The WebAuthn (DOMException) errors; getCode()'s numbers are not public API.
public enum ErrorCode {
    NOT_SUPPORTED_ERR,
    INVALID_STATE_ERR,
    SECURITY_ERR,
    NETWORK_ERR,
    ABORT_ERR,
    TIMEOUT_ERR,
    ENCODING_ERR,
    UNKNOWN_ERR,
    CONSTRAINT_ERR,
    DATA_ERR,
    NOT_ALLOWED_ERR,
    ATTESTATION_NOT_PRIVATE_ERR;
}
