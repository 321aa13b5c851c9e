package android.service.autofill;

import android.content.IntentSender;
import android.os.Parcelable;
import android.view.autofill.AutofillId;
import android.view.autofill.AutofillValue;
import android.widget.RemoteViews;

public final class Dataset implements Parcelable {
    Dataset() {}

    public static final class Builder {
        @Deprecated // API 33: Builder(Presentations)
        public Builder(RemoteViews presentation) {
            throw new RuntimeException("Stub!");
        }

        // A null value: the field belongs to the dataset, its value comes after authentication.
        // Before API 28, IllegalStateException on a builder made without a presentation.
        @Deprecated // API 33: setField(AutofillId, Field)
        public Builder setValue(AutofillId id, AutofillValue value) {
            throw new RuntimeException("Stub!");
        }

        public Builder setAuthentication(IntentSender authentication) {
            throw new RuntimeException("Stub!");
        }

        // IllegalStateException without a value
        public Dataset build() {
            throw new RuntimeException("Stub!");
        }
    }
}
