package android.os;

public final class Bundle {
    public static final Bundle EMPTY;

    static {
        EMPTY = null;
    }

    public Bundle() {
        throw new RuntimeException("Stub!");
    }
}
