package com.google.android.gms.fido.fido2.api.common;

public enum PublicKeyCredentialType {
    PUBLIC_KEY;

    @Override
    public String toString() {
        throw new RuntimeException("Stub!");
    }
}
