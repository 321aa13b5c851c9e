package android.content.pm;

public abstract class PackageManager {
    public static final String FEATURE_FINGERPRINT = "android.hardware.fingerprint";
    public static final String FEATURE_FACE = "android.hardware.biometrics.face"; // API 29
    public static final String FEATURE_IRIS = "android.hardware.biometrics.iris"; // API 29

    public abstract boolean hasSystemFeature(String featureName);
}
