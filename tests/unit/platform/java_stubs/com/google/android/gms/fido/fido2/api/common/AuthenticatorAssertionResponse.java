package com.google.android.gms.fido.fido2.api.common;

import androidx.annotation.NonNull;

public class AuthenticatorAssertionResponse extends AuthenticatorResponse {
    AuthenticatorAssertionResponse() {}

    @NonNull
    public byte[] getAuthenticatorData() {
        throw new RuntimeException("Stub!");
    }

    @Override
    @NonNull
    public byte[] getClientDataJSON() {
        throw new RuntimeException("Stub!");
    }

    @NonNull
    public byte[] getSignature() {
        throw new RuntimeException("Stub!");
    }

    public byte[] getUserHandle() {
        throw new RuntimeException("Stub!");
    }
}
