package com.google.android.gms.fido.fido2;

import android.app.PendingIntent;

import com.google.android.gms.fido.fido2.api.common.PublicKeyCredentialRequestOptions;
import com.google.android.gms.tasks.Task;

// Really a GoogleApi<Api.ApiOptions.NoOptions>; only what the app uses.
public class Fido2ApiClient {
    Fido2ApiClient() {}

    public Task<PendingIntent> getSignPendingIntent(
            PublicKeyCredentialRequestOptions requestOptions) {
        throw new RuntimeException("Stub!");
    }
}
