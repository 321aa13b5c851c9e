package android.content;

import android.os.Parcelable;

public class IntentFilter implements Parcelable {
    public IntentFilter(String action) {
        throw new RuntimeException("Stub!");
    }
}
