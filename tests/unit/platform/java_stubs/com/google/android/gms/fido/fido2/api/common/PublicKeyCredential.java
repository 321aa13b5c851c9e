package com.google.android.gms.fido.fido2.api.common;

import androidx.annotation.NonNull;

public class PublicKeyCredential {
    PublicKeyCredential() {}

    @NonNull
    public static PublicKeyCredential deserializeFromBytes(@NonNull byte[] serializedBytes) {
        throw new RuntimeException("Stub!");
    }

    @NonNull
    public byte[] getRawId() {
        throw new RuntimeException("Stub!");
    }

    @NonNull
    public AuthenticatorResponse getResponse() {
        throw new RuntimeException("Stub!");
    }
}
