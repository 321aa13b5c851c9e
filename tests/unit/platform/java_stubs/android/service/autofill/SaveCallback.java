package android.service.autofill;

public final class SaveCallback {
    SaveCallback() {}

    public void onSuccess() {
        throw new RuntimeException("Stub!");
    }
}
