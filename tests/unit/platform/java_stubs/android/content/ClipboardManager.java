package android.content;

// Really android.text.ClipboardManager's subclass; only what the clear job uses.
public class ClipboardManager {
    public void setPrimaryClip(ClipData clip) {
        throw new RuntimeException("Stub!");
    }

    // API 28
    public void clearPrimaryClip() {
        throw new RuntimeException("Stub!");
    }

    // Null from Android 10 on while the app is neither in front nor the default keyboard.
    public ClipDescription getPrimaryClipDescription() {
        throw new RuntimeException("Stub!");
    }
}
