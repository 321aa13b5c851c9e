// Vaultlink's FIDO2 security keys through Google Play services (play-services-fido), for
// platform/android/android_security_key.cpp, which calls the static methods below on Android's
// UI thread and gets every answer through onResult. Play services show their own sheet (hold a
// key to the phone, or plug it in) and build the client data with the app's facet as origin.
// tests/unit/platform reads this file: the native method's signature and the codes below must
// match what the C++ registers and maps (platform/android/android_security_key.h).
package org.vaultlink.app;

import android.app.Activity;
import android.app.PendingIntent;
import android.content.Intent;
import android.content.IntentSender;

import com.google.android.gms.fido.Fido;
import com.google.android.gms.fido.fido2.api.common.AuthenticatorAssertionResponse;
import com.google.android.gms.fido.fido2.api.common.AuthenticatorErrorResponse;
import com.google.android.gms.fido.fido2.api.common.AuthenticatorResponse;
import com.google.android.gms.fido.fido2.api.common.ErrorCode;
import com.google.android.gms.fido.fido2.api.common.PublicKeyCredential;
import com.google.android.gms.fido.fido2.api.common.PublicKeyCredentialDescriptor;
import com.google.android.gms.fido.fido2.api.common.PublicKeyCredentialRequestOptions;
import com.google.android.gms.fido.fido2.api.common.PublicKeyCredentialType;
import com.google.android.gms.tasks.Task;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public final class SecurityKeyBridge {
    // Result codes: OK; Play services' ErrorCode by its WebAuthn (DOMException) number; and these.
    static final int OK = 0;
    static final int NOT_SUPPORTED_ERR = 9;
    static final int INVALID_STATE_ERR = 11;
    static final int SECURITY_ERR = 18;
    static final int NETWORK_ERR = 19;
    static final int ABORT_ERR = 20;
    static final int TIMEOUT_ERR = 23;
    static final int ENCODING_ERR = 27;
    static final int UNKNOWN_ERR = 28;
    static final int CONSTRAINT_ERR = 29;
    static final int DATA_ERR = 30;
    static final int NOT_ALLOWED_ERR = 35;
    static final int ATTESTATION_NOT_PRIVATE_ERR = 36;
    static final int CANCELLED = 100; // the sheet came back without a result (back, home)
    static final int UNAVAILABLE = 101; // getSignPendingIntent failed: no usable Play services
    static final int BUSY = 102; // another request is on screen
    static final int FAILED = 103; // any other exception; the detail names it

    // Every answer, exactly once per token, on the UI thread; the byte arrays are null unless
    // the code is OK. The C++ side copies them during the call.
    static native void onResult(long token, int code, byte[] credentialId, byte[] clientDataJson,
            byte[] authenticatorData, byte[] signature, byte[] userHandle, String detail);

    private static final int REQUEST_CODE = 0x5e6;
    private static final String FRAGMENT_TAG = "org.vaultlink.app.SecurityKeyBridge";

    // The one request on screen; the UI thread's alone.
    private static Request current;

    private SecurityKeyBridge() {}

    private static final class Request {
        final long token;
        ResultFragment fragment; // once the sheet was started
        boolean ended;

        Request(long token) {
            this.token = token;
        }
    }

    // UI thread (as cancel): asks Play services for the sheet; `allowList` holds each credential
    // id as its length (two bytes, big-endian) and its bytes.
    public static void getAssertion(Activity activity, long token, String rpId, byte[] challenge,
            byte[] allowList, int timeoutMs) {
        if (current != null) {
            onResult(token, BUSY, null, null, null, null, null,
                    "another security key request is on screen");
            return;
        }
        final Request request = new Request(token);
        current = request;
        try {
            PublicKeyCredentialRequestOptions options =
                    new PublicKeyCredentialRequestOptions.Builder()
                            .setRpId(rpId)
                            .setChallenge(challenge)
                            .setAllowList(descriptors(allowList))
                            .setTimeoutSeconds(timeoutMs / 1000.0)
                            .build();
            Task<PendingIntent> task =
                    Fido.getFido2ApiClient(activity).getSignPendingIntent(options);
            task.addOnSuccessListener(pendingIntent -> start(activity, request, pendingIntent));
            task.addOnFailureListener(e -> end(request, UNAVAILABLE, e.toString()));
        } catch (RuntimeException e) {
            end(request, FAILED, e.toString());
        }
    }

    // The C++ side has answered Cancelled already. Play services' sheet has no cancel: it stays
    // until the user closes it, and its result then finds no request.
    public static void cancel(long token) {
        Request request = current;
        if (request == null || request.token != token)
            return;
        request.ended = true;
        current = null;
    }

    // Receives the sheet's result: Qt's activity is a plain Activity that hands its results to
    // C++ listeners only, so a headless fragment starts the sheet and gets the answer.
    // android.app.Fragment (named in full: an import of it cannot be kept from warning) is
    // deprecated for androidx's since API 28, and works on every version the app runs on.
    @SuppressWarnings("deprecation")
    public static final class ResultFragment extends android.app.Fragment {
        public ResultFragment() {}

        @Override
        public void onActivityResult(int requestCode, int resultCode, Intent data) {
            if (requestCode == REQUEST_CODE)
                answered(this, resultCode, data);
        }
    }

    @SuppressWarnings("deprecation")
    private static void start(Activity activity, Request request, PendingIntent sheet) {
        if (request.ended)
            return; // cancelled while Play services made the sheet
        try {
            ResultFragment fragment = new ResultFragment();
            activity.getFragmentManager()
                    .beginTransaction()
                    .add(fragment, FRAGMENT_TAG)
                    .commitNowAllowingStateLoss();
            request.fragment = fragment;
            fragment.startIntentSenderForResult(
                    sheet.getIntentSender(), REQUEST_CODE, null, 0, 0, 0, null);
        } catch (IntentSender.SendIntentException | RuntimeException e) {
            if (request.fragment != null)
                remove(request.fragment);
            end(request, FAILED, e.toString());
        }
    }

    private static void answered(ResultFragment fragment, int resultCode, Intent data) {
        remove(fragment);
        Request request = current;
        if (request == null || request.fragment != fragment || request.ended)
            return;
        if (resultCode != Activity.RESULT_OK) {
            end(request, CANCELLED, "result code " + resultCode);
            return;
        }
        byte[] bytes = data == null ? null : data.getByteArrayExtra(Fido.FIDO2_KEY_CREDENTIAL_EXTRA);
        if (bytes == null) {
            end(request, FAILED, "no credential in the sheet's result");
            return;
        }
        try {
            PublicKeyCredential credential = PublicKeyCredential.deserializeFromBytes(bytes);
            AuthenticatorResponse response = credential.getResponse();
            if (response instanceof AuthenticatorErrorResponse) {
                AuthenticatorErrorResponse error = (AuthenticatorErrorResponse) response;
                end(request, codeOf(error.getErrorCode()), error.getErrorMessage());
            } else if (response instanceof AuthenticatorAssertionResponse) {
                AuthenticatorAssertionResponse assertion =
                        (AuthenticatorAssertionResponse) response;
                finish(request, OK, credential.getRawId(), assertion.getClientDataJSON(),
                        assertion.getAuthenticatorData(), assertion.getSignature(),
                        assertion.getUserHandle(), null);
            } else {
                end(request, FAILED, "not an assertion: " + response);
            }
        } catch (RuntimeException e) {
            end(request, FAILED, e.toString());
        }
    }

    @SuppressWarnings("deprecation")
    private static void remove(android.app.Fragment fragment) {
        android.app.FragmentManager manager = fragment.getFragmentManager();
        if (manager != null)
            manager.beginTransaction().remove(fragment).commitAllowingStateLoss();
    }

    private static void end(Request request, int code, String detail) {
        finish(request, code, null, null, null, null, null, detail);
    }

    // Ends a request once, and frees the screen for the next.
    private static void finish(Request request, int code, byte[] credentialId,
            byte[] clientDataJson, byte[] authenticatorData, byte[] signature, byte[] userHandle,
            String detail) {
        if (request.ended)
            return;
        request.ended = true;
        if (current == request)
            current = null;
        onResult(request.token, code, credentialId, clientDataJson, authenticatorData, signature,
                userHandle, detail);
    }

    private static List<PublicKeyCredentialDescriptor> descriptors(byte[] packed) {
        List<PublicKeyCredentialDescriptor> list = new ArrayList<>();
        int at = 0;
        while (at + 2 <= packed.length) {
            int length = ((packed[at] & 0xff) << 8) | (packed[at + 1] & 0xff);
            at += 2;
            if (at + length > packed.length)
                throw new IllegalArgumentException("a truncated allow list");
            list.add(new PublicKeyCredentialDescriptor(PublicKeyCredentialType.PUBLIC_KEY.toString(),
                    Arrays.copyOfRange(packed, at, at + length), null));
            at += length;
        }
        return list;
    }

    private static int codeOf(ErrorCode code) {
        if (code == null)
            return UNKNOWN_ERR;
        switch (code) {
            case NOT_SUPPORTED_ERR:
                return SecurityKeyBridge.NOT_SUPPORTED_ERR;
            case INVALID_STATE_ERR:
                return SecurityKeyBridge.INVALID_STATE_ERR;
            case SECURITY_ERR:
                return SecurityKeyBridge.SECURITY_ERR;
            case NETWORK_ERR:
                return SecurityKeyBridge.NETWORK_ERR;
            case ABORT_ERR:
                return SecurityKeyBridge.ABORT_ERR;
            case TIMEOUT_ERR:
                return SecurityKeyBridge.TIMEOUT_ERR;
            case ENCODING_ERR:
                return SecurityKeyBridge.ENCODING_ERR;
            case CONSTRAINT_ERR:
                return SecurityKeyBridge.CONSTRAINT_ERR;
            case DATA_ERR:
                return SecurityKeyBridge.DATA_ERR;
            case NOT_ALLOWED_ERR:
                return SecurityKeyBridge.NOT_ALLOWED_ERR;
            case ATTESTATION_NOT_PRIVATE_ERR:
                return SecurityKeyBridge.ATTESTATION_NOT_PRIVATE_ERR;
            default:
                return SecurityKeyBridge.UNKNOWN_ERR;
        }
    }
}
