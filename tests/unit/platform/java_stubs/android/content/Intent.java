package android.content;

public class Intent {
    public Intent(Context packageContext, Class<?> cls) {
        throw new RuntimeException("Stub!");
    }

    public Intent putExtra(String name, long value) {
        throw new RuntimeException("Stub!");
    }

    public long getLongExtra(String name, long defaultValue) {
        throw new RuntimeException("Stub!");
    }
}
