package android.service.autofill;

import android.os.Parcelable;

import java.util.List;

public final class FillRequest implements Parcelable {
    FillRequest() {}

    // One per fill request of the session so far, the latest last.
    public List<FillContext> getFillContexts() {
        throw new RuntimeException("Stub!");
    }
}
