package android.os;

public class Build {
    public static class VERSION {
        // Read from the system on a device: not a constant the compiler could fold.
        public static final int SDK_INT = Integer.getInteger("ro.build.version.sdk", 0);
    }
}
