package android.service.autofill;

import android.content.IntentSender;
import android.os.Parcelable;
import android.view.autofill.AutofillId;
import android.widget.RemoteViews;

public final class FillResponse implements Parcelable {
    FillResponse() {}

    public static final class Builder {
        public Builder() {
            throw new RuntimeException("Stub!");
        }

        // IllegalArgumentException for empty ids, or only one of authentication and presentation.
        @Deprecated // API 33: setAuthentication(AutofillId[], IntentSender, Presentations)
        public Builder setAuthentication(AutofillId[] ids, IntentSender authentication,
                RemoteViews presentation) {
            throw new RuntimeException("Stub!");
        }

        public Builder addDataset(Dataset dataset) {
            throw new RuntimeException("Stub!");
        }

        // IllegalStateException without a dataset, an authentication (or the other things).
        public FillResponse build() {
            throw new RuntimeException("Stub!");
        }
    }
}
