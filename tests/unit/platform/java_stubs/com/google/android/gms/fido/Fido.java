package com.google.android.gms.fido;

import android.app.Activity;

import com.google.android.gms.fido.fido2.Fido2ApiClient;

// play-services-fido 20.1.0
public class Fido {
    public static final String FIDO2_KEY_CREDENTIAL_EXTRA = "FIDO2_CREDENTIAL_EXTRA";

    Fido() {}

    public static Fido2ApiClient getFido2ApiClient(Activity activity) {
        throw new RuntimeException("Stub!");
    }
}
