package android.content.pm;

import android.content.Intent;
import android.util.AndroidException;

public abstract class PackageManager {
    public static final String FEATURE_FINGERPRINT = "android.hardware.fingerprint";
    public static final String FEATURE_FACE = "android.hardware.biometrics.face"; // API 29
    public static final String FEATURE_IRIS = "android.hardware.biometrics.iris"; // API 29
    @Deprecated // API 28: GET_SIGNING_CERTIFICATES
    public static final int GET_SIGNATURES = 0x00000040;
    public static final int GET_SIGNING_CERTIFICATES = 0x08000000; // API 28

    public static class NameNotFoundException extends AndroidException {
        private static final long serialVersionUID = 1L;

        public NameNotFoundException() {
            throw new RuntimeException("Stub!");
        }

        public NameNotFoundException(String name) {
            throw new RuntimeException("Stub!");
        }
    }

    public abstract boolean hasSystemFeature(String featureName);

    public abstract PackageInfo getPackageInfo(String packageName, int flags)
            throws NameNotFoundException;

    // null when the package has no launcher activity
    public abstract Intent getLaunchIntentForPackage(String packageName);
}
