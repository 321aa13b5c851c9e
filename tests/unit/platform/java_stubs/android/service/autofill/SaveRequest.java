package android.service.autofill;

import android.os.Parcelable;

public final class SaveRequest implements Parcelable {
    SaveRequest() {}
}
