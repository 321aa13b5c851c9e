package android.view.autofill;

import android.os.Parcelable;

public final class AutofillId implements Parcelable {
    AutofillId() {}
}
