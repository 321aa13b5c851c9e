package android.content;

import android.os.Parcelable;

public class ClipDescription implements Parcelable {
    public CharSequence getLabel() {
        throw new RuntimeException("Stub!");
    }
}
