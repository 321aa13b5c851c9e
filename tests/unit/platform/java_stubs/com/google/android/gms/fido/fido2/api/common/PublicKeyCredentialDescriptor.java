package com.google.android.gms.fido.fido2.api.common;

import androidx.annotation.NonNull;

import com.google.android.gms.fido.common.Transport;

import java.util.List;

public class PublicKeyCredentialDescriptor {
    public PublicKeyCredentialDescriptor(@NonNull String type, @NonNull byte[] id,
            List<Transport> transports) {
        throw new RuntimeException("Stub!");
    }
}
