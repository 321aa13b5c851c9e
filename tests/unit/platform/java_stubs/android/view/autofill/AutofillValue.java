package android.view.autofill;

import android.os.Parcelable;

public final class AutofillValue implements Parcelable {
    AutofillValue() {}

    // null for null
    public static AutofillValue forText(CharSequence value) {
        throw new RuntimeException("Stub!");
    }
}
