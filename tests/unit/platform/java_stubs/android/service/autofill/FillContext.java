package android.service.autofill;

import android.app.assist.AssistStructure;
import android.os.Parcelable;

public final class FillContext implements Parcelable {
    FillContext() {}

    public AssistStructure getStructure() {
        throw new RuntimeException("Stub!");
    }
}
