// The transparent activity that hosts androidx's BiometricPrompt for BiometricBridge: Qt's
// QtActivity is a plain Activity, and the prompt needs a FragmentActivity to attach to.
package org.vaultlink.app;

import android.os.Bundle;

import androidx.annotation.NonNull;
import androidx.biometric.BiometricPrompt;
import androidx.core.content.ContextCompat;
import androidx.fragment.app.FragmentActivity;

public final class BiometricHostActivity extends FragmentActivity {
    static final String TOKEN = "org.vaultlink.app.BiometricHostActivity.token";

    private BiometricBridge.Request request;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        request = BiometricBridge.request(getIntent().getLongExtra(TOKEN, 0));
        if (request == null) {
            finish();
            return;
        }
        // Made in onCreate, as androidx asks, so that its callbacks reach this instance.
        BiometricPrompt prompt = new BiometricPrompt(this, ContextCompat.getMainExecutor(this),
                new BiometricPrompt.AuthenticationCallback() {
                    @Override
                    public void onAuthenticationSucceeded(
                            @NonNull BiometricPrompt.AuthenticationResult result) {
                        BiometricBridge.succeeded(request, result.getCryptoObject());
                        finish();
                    }

                    @Override
                    public void onAuthenticationError(int code, @NonNull CharSequence words) {
                        BiometricBridge.end(request, code, null, words.toString());
                        finish();
                    }

                    // onAuthenticationFailed: one scan not recognised; the prompt says so and
                    // goes on.
                });
        // Runs at once when the request was cancelled before this activity came up.
        request.signal.setOnCancelListener(() -> {
            prompt.cancelAuthentication();
            finish();
        });
        if (savedInstanceState == null && !request.hasEnded())
            prompt.authenticate(request.info, request.crypto);
    }

    @Override
    protected void onDestroy() {
        // Closed without an answer (the system took the activity away): the request ends.
        if (request != null && isFinishing())
            BiometricBridge.end(request, BiometricPrompt.ERROR_CANCELED, null,
                    "the prompt's activity was closed");
        super.onDestroy();
    }

    @Override
    public void finish() {
        super.finish();
        overridePendingTransition(0, 0);
    }
}
