package android.app;

import android.content.Context;
import android.content.DialogInterface;

public class Dialog implements DialogInterface {
    public Dialog(Context context) {
        throw new RuntimeException("Stub!");
    }

    @Override
    public void cancel() {
        throw new RuntimeException("Stub!");
    }

    @Override
    public void dismiss() {
        throw new RuntimeException("Stub!");
    }
}
