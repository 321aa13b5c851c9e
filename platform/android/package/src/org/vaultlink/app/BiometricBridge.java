// Vaultlink's biometric keys in the Android Keystore, for
// platform/android/android_biometric_key_store.cpp, which calls the static methods below and
// gets every answer through onResult. The C++ side holds the logic; this file only speaks to
// Android. tests/unit/platform reads this file: the native method's signature and the codes
// below must match what the C++ registers and maps (platform/android/biometric_codes.h).
package org.vaultlink.app;

import android.app.Activity;
import android.content.Context;
import android.content.Intent;
import android.content.pm.PackageManager;
import android.os.Build;
import android.os.CancellationSignal;
import android.security.keystore.KeyGenParameterSpec;
import android.security.keystore.KeyPermanentlyInvalidatedException;
import android.security.keystore.KeyProperties;

import androidx.biometric.BiometricManager;
import androidx.biometric.BiometricPrompt;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.UnrecoverableKeyException;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

public final class BiometricBridge {
    // Result codes: OK, BiometricPrompt's ERROR_* codes as the prompt gave them (and
    // BiometricManager's canAuthenticate codes), and these.
    static final int OK = 0;
    static final int KEY_INVALIDATED = 100; // KeyPermanentlyInvalidatedException, or no key
    static final int BAD_TAG = 101; // AEADBadTagException: another aad, or altered bytes
    static final int BUSY = 102; // another prompt is on screen
    static final int FAILED = 103; // any other exception; the detail names it

    // sensors(): the device's biometric features.
    static final int SENSOR_FINGERPRINT = 1;
    static final int SENSOR_FACE = 2;
    static final int SENSOR_IRIS = 4;

    // Every answer, exactly once per token, on the UI thread or the key thread. The C++ side
    // copies `data` during the call; it is overwritten afterwards.
    static native void onResult(long token, int code, byte[] data, String detail);

    private static final String KEYSTORE = "AndroidKeyStore";
    private static final String AES_GCM = "AES/GCM/NoPadding";
    private static final String ECDSA = "SHA256withECDSA";
    private static final int NONCE_BYTES = 12; // the Keystore's GCM nonce
    private static final int TAG_BITS = 128;

    // Keygens and deletions, one after another in the order asked, off the UI thread.
    private static final ExecutorService keyThread = Executors.newSingleThreadExecutor();
    // Whether StrongBox made a key; null until a keygen tried (the probe is slow on some phones).
    private static volatile Boolean strongBox;
    // The one request with a prompt; the UI thread's alone.
    private static Request current;

    private BiometricBridge() {}

    // BiometricManager.canAuthenticate(BIOMETRIC_STRONG): only Class 3 biometrics can
    // authorise a Keystore key through a CryptoObject.
    public static int availability(Context context) {
        return BiometricManager.from(context).canAuthenticate(
                BiometricManager.Authenticators.BIOMETRIC_STRONG);
    }

    public static int sensors(Context context) {
        PackageManager packages = context.getPackageManager();
        int sensors = 0;
        if (packages.hasSystemFeature(PackageManager.FEATURE_FINGERPRINT))
            sensors |= SENSOR_FINGERPRINT;
        if (Build.VERSION.SDK_INT >= 29) { // the face and iris features are named from 29 on
            if (packages.hasSystemFeature(PackageManager.FEATURE_FACE))
                sensors |= SENSOR_FACE;
            if (packages.hasSystemFeature(PackageManager.FEATURE_IRIS))
                sensors |= SENSOR_IRIS;
        }
        return sensors;
    }

    // Any thread: replaces the alias's keys on the key thread, answering the public key.
    public static void createKeys(Context context, long token, String alias) {
        final Context app = context.getApplicationContext();
        keyThread.execute(() -> {
            // Keys that need biometrics cannot be made without an enrolment; say why instead.
            int status = availability(app);
            if (status != BiometricManager.BIOMETRIC_SUCCESS
                    && status != BiometricManager.BIOMETRIC_STATUS_UNKNOWN) {
                reply(token, status, null, "canAuthenticate(BIOMETRIC_STRONG)");
                return;
            }
            try {
                deleteKeys(alias);
                generateAesKey(alias);
                reply(token, OK, generateSigningKey(alias), null);
            } catch (Exception e) {
                deleteKeysQuietly(alias);
                reply(token, codeOf(e), null, e.toString());
            }
        });
    }

    // Any thread: after keygens asked for before.
    public static void remove(String alias) {
        keyThread.execute(() -> deleteKeysQuietly(alias));
    }

    // UI thread (as seal, open, sign and cancel): seals `plain` (then overwritten) under the
    // alias's AES key: the Keystore picks the nonce, and the answer is nonce, ciphertext, tag.
    public static void seal(Activity activity, long token, String alias, byte[] plain, byte[] aad,
            String title, String subtitle, String cancel) {
        Cipher cipher;
        try {
            cipher = Cipher.getInstance(AES_GCM);
            cipher.init(Cipher.ENCRYPT_MODE, secretKey(alias));
        } catch (Exception e) {
            Arrays.fill(plain, (byte) 0);
            reply(token, codeOf(e), null, e.toString());
            return;
        }
        show(activity, new Request(token, new BiometricPrompt.CryptoObject(cipher),
                prompt(title, subtitle, cancel), plain, crypto -> {
                    Cipher authorised = crypto.getCipher();
                    authorised.updateAAD(aad);
                    byte[] sealed = authorised.doFinal(plain);
                    byte[] nonce = authorised.getIV();
                    byte[] out = Arrays.copyOf(nonce, nonce.length + sealed.length);
                    System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
                    return out;
                }));
    }

    public static void open(Activity activity, long token, String alias, byte[] sealed, byte[] aad,
            String title, String subtitle, String cancel) {
        Cipher cipher;
        try {
            if (sealed.length < NONCE_BYTES + TAG_BITS / 8)
                throw new AEADBadTagException("too short to be sealed");
            cipher = Cipher.getInstance(AES_GCM);
            cipher.init(Cipher.DECRYPT_MODE, secretKey(alias),
                    new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
        } catch (Exception e) {
            reply(token, codeOf(e), null, e.toString());
            return;
        }
        show(activity, new Request(token, new BiometricPrompt.CryptoObject(cipher),
                prompt(title, subtitle, cancel), null, crypto -> {
                    Cipher authorised = crypto.getCipher();
                    authorised.updateAAD(aad);
                    return authorised.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
                }));
    }

    // Answers the DER ECDSA signature of SHA-256(message).
    public static void sign(Activity activity, long token, String alias, byte[] message,
            String title, String subtitle, String cancel) {
        Signature signature;
        try {
            signature = Signature.getInstance(ECDSA);
            signature.initSign(privateKey(alias));
        } catch (Exception e) {
            reply(token, codeOf(e), null, e.toString());
            return;
        }
        show(activity, new Request(token, new BiometricPrompt.CryptoObject(signature),
                prompt(title, subtitle, cancel), null, crypto -> {
                    Signature authorised = crypto.getSignature();
                    authorised.update(message);
                    return authorised.sign();
                }));
    }

    // The C++ side has answered Cancelled already; this closes the prompt if it is this one.
    public static void cancel(long token) {
        Request request = current;
        if (request == null || request.token != token)
            return;
        request.signal.cancel();
        end(request, BiometricPrompt.ERROR_CANCELED, null, "cancelled by the app");
    }

    // One request's prompt: what BiometricHostActivity shows, and what runs once it succeeds.
    static final class Request {
        final long token;
        final BiometricPrompt.CryptoObject crypto;
        final BiometricPrompt.PromptInfo info;
        final CancellationSignal signal = new CancellationSignal(); // one per prompt
        private final byte[] secret; // overwritten when the request ends
        private final Operation operation;
        private boolean ended;

        Request(long token, BiometricPrompt.CryptoObject crypto, BiometricPrompt.PromptInfo info,
                byte[] secret, Operation operation) {
            this.token = token;
            this.crypto = crypto;
            this.info = info;
            this.secret = secret;
            this.operation = operation;
        }

        boolean hasEnded() {
            return ended;
        }
    }

    interface Operation {
        byte[] run(BiometricPrompt.CryptoObject authorised) throws GeneralSecurityException;
    }

    // For BiometricHostActivity: the request it was started for, or null when it has ended (the
    // activity came back after the app's process died, or the request was cancelled).
    static Request request(long token) {
        Request request = current;
        return request != null && request.token == token && !request.ended ? request : null;
    }

    static void succeeded(Request request, BiometricPrompt.CryptoObject authorised) {
        if (request.ended)
            return;
        try {
            if (authorised == null)
                throw new GeneralSecurityException("the prompt gave no crypto object back");
            end(request, OK, request.operation.run(authorised), null);
        } catch (Exception e) {
            end(request, codeOf(e), null, e.toString());
        }
    }

    // Ends a request once: answers, overwrites its secret and its answer, frees the prompt.
    static void end(Request request, int code, byte[] data, String detail) {
        if (request.ended)
            return;
        request.ended = true;
        if (current == request)
            current = null;
        if (request.secret != null)
            Arrays.fill(request.secret, (byte) 0);
        reply(request.token, code, data, detail);
    }

    private static void show(Activity activity, Request request) {
        if (current != null) {
            request.ended = true;
            if (request.secret != null)
                Arrays.fill(request.secret, (byte) 0);
            reply(request.token, BUSY, null, "another prompt is on screen");
            return;
        }
        current = request;
        try {
            // Qt's activity is a plain Activity; androidx's prompt needs a FragmentActivity.
            activity.startActivity(new Intent(activity, BiometricHostActivity.class)
                            .putExtra(BiometricHostActivity.TOKEN, request.token));
            activity.overridePendingTransition(0, 0);
        } catch (RuntimeException e) {
            end(request, FAILED, null, e.toString());
        }
    }

    private static BiometricPrompt.PromptInfo prompt(String title, String subtitle,
            String cancel) {
        return new BiometricPrompt.PromptInfo.Builder()
                .setTitle(title)
                .setSubtitle(subtitle.isEmpty() ? null : subtitle)
                .setNegativeButtonText(cancel)
                .setAllowedAuthenticators(BiometricManager.Authenticators.BIOMETRIC_STRONG)
                .setConfirmationRequired(false)
                .build();
    }

    private static void reply(long token, int code, byte[] data, String detail) {
        try {
            onResult(token, code, data, detail);
        } finally {
            if (data != null)
                Arrays.fill(data, (byte) 0);
        }
    }

    // Some phones wrap the invalidation in an UnrecoverableKeyException (Bitwarden treats both
    // alike); a key that is not there any more was deleted with its enrolment too.
    private static int codeOf(Exception e) {
        if (e instanceof KeyPermanentlyInvalidatedException || e instanceof MissingKey
                || e instanceof UnrecoverableKeyException)
            return KEY_INVALIDATED;
        if (e instanceof AEADBadTagException)
            return BAD_TAG;
        return FAILED;
    }

    private static final class MissingKey extends GeneralSecurityException {
        private static final long serialVersionUID = 1L;

        MissingKey(String alias) {
            super("no key " + alias);
        }
    }

    private static String aesAlias(String alias) {
        return "vaultlink.biometric." + alias + ".aes";
    }

    private static String signingAlias(String alias) {
        return "vaultlink.biometric." + alias + ".ec";
    }

    private static KeyStore keyStore() throws Exception {
        KeyStore keyStore = KeyStore.getInstance(KEYSTORE);
        keyStore.load(null);
        return keyStore;
    }

    private static SecretKey secretKey(String alias) throws Exception {
        Key key = keyStore().getKey(aesAlias(alias), null);
        if (!(key instanceof SecretKey))
            throw new MissingKey(aesAlias(alias));
        return (SecretKey) key;
    }

    private static PrivateKey privateKey(String alias) throws Exception {
        Key key = keyStore().getKey(signingAlias(alias), null);
        if (!(key instanceof PrivateKey))
            throw new MissingKey(signingAlias(alias));
        return (PrivateKey) key;
    }

    private static void deleteKeys(String alias) throws Exception {
        KeyStore keyStore = keyStore();
        keyStore.deleteEntry(aesAlias(alias));
        keyStore.deleteEntry(signingAlias(alias));
    }

    private static void deleteKeysQuietly(String alias) {
        try {
            deleteKeys(alias);
        } catch (Exception ignored) {
            // nothing to delete, or nothing that can be
        }
    }

    // Every use needs its own strong biometric authentication (no device credential, no
    // validity window), and a new enrolment destroys the key.
    private static KeyGenParameterSpec.Builder protectedKey(String alias, int purposes) {
        KeyGenParameterSpec.Builder spec = new KeyGenParameterSpec.Builder(alias, purposes)
                .setUserAuthenticationRequired(true)
                .setInvalidatedByBiometricEnrollment(true);
        if (Build.VERSION.SDK_INT >= 30)
            spec.setUserAuthenticationParameters(0, KeyProperties.AUTH_BIOMETRIC_STRONG);
        return spec;
    }

    private static void generateAesKey(String alias) throws Exception {
        KeyGenParameterSpec.Builder spec =
                protectedKey(aesAlias(alias),
                        KeyProperties.PURPOSE_ENCRYPT | KeyProperties.PURPOSE_DECRYPT)
                        .setKeySize(256)
                        .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
                        .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE);
        KeyGenerator generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, KEYSTORE);
        generate(spec, built -> {
            generator.init(built);
            generator.generateKey();
        });
    }

    // The public key as DER SubjectPublicKeyInfo, which needs no authentication.
    private static byte[] generateSigningKey(String alias) throws Exception {
        KeyGenParameterSpec.Builder spec =
                protectedKey(signingAlias(alias), KeyProperties.PURPOSE_SIGN)
                        .setAlgorithmParameterSpec(new ECGenParameterSpec("secp256r1"))
                        .setDigests(KeyProperties.DIGEST_SHA256);
        KeyPairGenerator generator =
                KeyPairGenerator.getInstance(KeyProperties.KEY_ALGORITHM_EC, KEYSTORE);
        KeyPair[] made = new KeyPair[1];
        generate(spec, built -> {
            generator.initialize(built);
            made[0] = generator.generateKeyPair();
        });
        return made[0].getPublic().getEncoded();
    }

    interface Keygen {
        void run(KeyGenParameterSpec spec) throws GeneralSecurityException;
    }

    // StrongBox first (API 28+). Any failure there, StrongBoxUnavailableException or a vendor's
    // other exception (seen on some Samsung phones), makes the key in the TEE instead, and is
    // remembered so that later keygens skip the probe.
    private static void generate(KeyGenParameterSpec.Builder spec, Keygen keygen)
            throws GeneralSecurityException {
        if (Build.VERSION.SDK_INT >= 28 && !Boolean.FALSE.equals(strongBox)) {
            try {
                keygen.run(spec.setIsStrongBoxBacked(true).build());
                strongBox = true;
                return;
            } catch (GeneralSecurityException | RuntimeException e) {
                strongBox = false;
                spec.setIsStrongBoxBacked(false);
            }
        }
        keygen.run(spec.build());
    }
}
