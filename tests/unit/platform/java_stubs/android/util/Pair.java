package android.util;

public class Pair<F, S> {
    public final F first;
    public final S second;

    public Pair(F first, S second) {
        throw new RuntimeException("Stub!");
    }
}
