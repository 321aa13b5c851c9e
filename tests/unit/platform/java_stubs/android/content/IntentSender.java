package android.content;

import android.os.Parcelable;

public class IntentSender implements Parcelable {
    IntentSender() {}

    public static class SendIntentException extends android.util.AndroidException {
        private static final long serialVersionUID = 1L;

        public SendIntentException() {
            throw new RuntimeException("Stub!");
        }
    }
}
