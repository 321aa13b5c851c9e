package android.service.autofill;

import android.app.Service;
import android.os.CancellationSignal;

// API 26. The service's binder and its handler are the platform's: both callbacks come on the
// main thread.
public abstract class AutofillService extends Service {
    public static final String SERVICE_INTERFACE = "android.service.autofill.AutofillService";
    public static final String SERVICE_META_DATA = "android.autofill";

    public abstract void onFillRequest(FillRequest request, CancellationSignal cancellationSignal,
            FillCallback callback);

    public abstract void onSaveRequest(SaveRequest request, SaveCallback callback);
}
