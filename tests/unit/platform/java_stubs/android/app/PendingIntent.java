package android.app;

import android.content.Context;
import android.content.Intent;
import android.content.IntentSender;
import android.os.Parcelable;

public final class PendingIntent implements Parcelable {
    public static final int FLAG_CANCEL_CURRENT = 1 << 28;
    public static final int FLAG_MUTABLE = 1 << 25; // API 31

    PendingIntent() {}

    public static PendingIntent getActivity(Context context, int requestCode, Intent intent,
            int flags) {
        throw new RuntimeException("Stub!");
    }

    public IntentSender getIntentSender() {
        throw new RuntimeException("Stub!");
    }
}
