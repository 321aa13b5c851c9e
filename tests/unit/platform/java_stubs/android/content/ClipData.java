package android.content;

import android.os.Parcelable;

public class ClipData implements Parcelable {
    public static ClipData newPlainText(CharSequence label, CharSequence text) {
        throw new RuntimeException("Stub!");
    }

    public ClipDescription getDescription() {
        throw new RuntimeException("Stub!");
    }
}
