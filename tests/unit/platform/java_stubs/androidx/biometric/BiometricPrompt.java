package androidx.biometric;

import androidx.fragment.app.FragmentActivity;

import java.security.Signature;
import java.util.concurrent.Executor;

import javax.crypto.Cipher;

public class BiometricPrompt {
    public static final int ERROR_HW_UNAVAILABLE = 1;
    public static final int ERROR_UNABLE_TO_PROCESS = 2;
    public static final int ERROR_TIMEOUT = 3;
    public static final int ERROR_NO_SPACE = 4;
    public static final int ERROR_CANCELED = 5;
    public static final int ERROR_LOCKOUT = 7;
    public static final int ERROR_VENDOR = 8;
    public static final int ERROR_LOCKOUT_PERMANENT = 9;
    public static final int ERROR_USER_CANCELED = 10;
    public static final int ERROR_NO_BIOMETRICS = 11;
    public static final int ERROR_HW_NOT_PRESENT = 12;
    public static final int ERROR_NEGATIVE_BUTTON = 13;
    public static final int ERROR_NO_DEVICE_CREDENTIAL = 14;
    public static final int ERROR_SECURITY_UPDATE_REQUIRED = 15;

    public static class CryptoObject {
        public CryptoObject(Signature signature) {
            throw new RuntimeException("Stub!");
        }

        public CryptoObject(Cipher cipher) {
            throw new RuntimeException("Stub!");
        }

        public Signature getSignature() {
            throw new RuntimeException("Stub!");
        }

        public Cipher getCipher() {
            throw new RuntimeException("Stub!");
        }
    }

    public static class AuthenticationResult {
        AuthenticationResult() {}

        public CryptoObject getCryptoObject() {
            throw new RuntimeException("Stub!");
        }
    }

    public abstract static class AuthenticationCallback {
        public void onAuthenticationError(int errorCode, CharSequence errString) {}

        public void onAuthenticationSucceeded(AuthenticationResult result) {}

        public void onAuthenticationFailed() {}
    }

    public static class PromptInfo {
        PromptInfo() {}

        public static class Builder {
            public Builder setTitle(CharSequence title) {
                throw new RuntimeException("Stub!");
            }

            public Builder setSubtitle(CharSequence subtitle) {
                throw new RuntimeException("Stub!");
            }

            public Builder setNegativeButtonText(CharSequence negativeButtonText) {
                throw new RuntimeException("Stub!");
            }

            public Builder setConfirmationRequired(boolean confirmationRequired) {
                throw new RuntimeException("Stub!");
            }

            public Builder setAllowedAuthenticators(int allowedAuthenticators) {
                throw new RuntimeException("Stub!");
            }

            public PromptInfo build() {
                throw new RuntimeException("Stub!");
            }
        }
    }

    public BiometricPrompt(FragmentActivity activity, Executor executor,
            AuthenticationCallback callback) {
        throw new RuntimeException("Stub!");
    }

    public void authenticate(PromptInfo info, CryptoObject crypto) {
        throw new RuntimeException("Stub!");
    }

    public void cancelAuthentication() {
        throw new RuntimeException("Stub!");
    }
}
