package android.content;

public class ActivityNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ActivityNotFoundException() {
        throw new RuntimeException("Stub!");
    }

    public ActivityNotFoundException(String name) {
        throw new RuntimeException("Stub!");
    }
}
