package com.google.android.gms.fido.fido2.api.common;

import androidx.annotation.NonNull;

import java.util.List;

public class PublicKeyCredentialRequestOptions {
    PublicKeyCredentialRequestOptions() {}

    public static class Builder {
        public Builder() {
            throw new RuntimeException("Stub!");
        }

        @NonNull
        public Builder setAllowList(List<PublicKeyCredentialDescriptor> allowList) {
            throw new RuntimeException("Stub!");
        }

        @NonNull
        public Builder setChallenge(@NonNull byte[] challenge) {
            throw new RuntimeException("Stub!");
        }

        @NonNull
        public Builder setRpId(@NonNull String rpId) {
            throw new RuntimeException("Stub!");
        }

        @NonNull
        public Builder setTimeoutSeconds(Double timeoutSeconds) {
            throw new RuntimeException("Stub!");
        }

        @NonNull
        public PublicKeyCredentialRequestOptions build() {
            throw new RuntimeException("Stub!");
        }
    }
}
