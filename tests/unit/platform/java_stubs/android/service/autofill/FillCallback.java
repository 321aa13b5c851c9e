package android.service.autofill;

public final class FillCallback {
    FillCallback() {}

    // Once; IllegalStateException after this or onFailure was called.
    public void onSuccess(FillResponse response) {
        throw new RuntimeException("Stub!");
    }
}
