package android.widget;

import android.os.Parcelable;

public class RemoteViews implements Parcelable {
    public RemoteViews(String packageName, int layoutId) {
        throw new RuntimeException("Stub!");
    }

    public void setTextViewText(int viewId, CharSequence text) {
        throw new RuntimeException("Stub!");
    }
}
