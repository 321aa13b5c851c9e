package com.google.android.gms.fido.fido2.api.common;

import androidx.annotation.NonNull;

public abstract class AuthenticatorResponse {
    AuthenticatorResponse() {}

    @NonNull
    public abstract byte[] getClientDataJSON();
}
