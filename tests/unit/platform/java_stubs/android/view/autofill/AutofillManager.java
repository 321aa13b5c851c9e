package android.view.autofill;

public final class AutofillManager {
    public static final String EXTRA_AUTHENTICATION_RESULT =
            "android.view.autofill.extra.AUTHENTICATION_RESULT";

    AutofillManager() {}

    public boolean hasEnabledAutofillServices() {
        throw new RuntimeException("Stub!");
    }

    public boolean isAutofillSupported() {
        throw new RuntimeException("Stub!");
    }
}
