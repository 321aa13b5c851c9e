package android.security.keystore;

import java.security.spec.AlgorithmParameterSpec;

public final class KeyGenParameterSpec implements AlgorithmParameterSpec {
    public static final class Builder {
        public Builder(String keystoreAlias, int purposes) {
            throw new RuntimeException("Stub!");
        }

        public Builder setAlgorithmParameterSpec(AlgorithmParameterSpec spec) {
            throw new RuntimeException("Stub!");
        }

        public Builder setKeySize(int keySize) {
            throw new RuntimeException("Stub!");
        }

        public Builder setBlockModes(String... blockModes) {
            throw new RuntimeException("Stub!");
        }

        public Builder setEncryptionPaddings(String... paddings) {
            throw new RuntimeException("Stub!");
        }

        public Builder setDigests(String... digests) {
            throw new RuntimeException("Stub!");
        }

        public Builder setUserAuthenticationRequired(boolean required) {
            throw new RuntimeException("Stub!");
        }

        public Builder setInvalidatedByBiometricEnrollment(boolean invalidateKey) { // API 24
            throw new RuntimeException("Stub!");
        }

        public Builder setIsStrongBoxBacked(boolean isStrongBoxBacked) { // API 28
            throw new RuntimeException("Stub!");
        }

        public Builder setUserAuthenticationParameters(int timeout, int type) { // API 30
            throw new RuntimeException("Stub!");
        }

        public KeyGenParameterSpec build() {
            throw new RuntimeException("Stub!");
        }
    }
}
