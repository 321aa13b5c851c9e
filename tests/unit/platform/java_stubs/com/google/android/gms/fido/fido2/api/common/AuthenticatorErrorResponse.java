package com.google.android.gms.fido.fido2.api.common;

import androidx.annotation.NonNull;

public class AuthenticatorErrorResponse extends AuthenticatorResponse {
    AuthenticatorErrorResponse() {}

    @Override
    @NonNull
    public byte[] getClientDataJSON() {
        throw new RuntimeException("Stub!");
    }

    @NonNull
    public ErrorCode getErrorCode() {
        throw new RuntimeException("Stub!");
    }

    public String getErrorMessage() {
        throw new RuntimeException("Stub!");
    }
}
