package android.provider;

public final class Settings {
    private Settings() {}

    public static final String ACTION_REQUEST_SET_AUTOFILL_SERVICE =
            "android.settings.REQUEST_SET_AUTOFILL_SERVICE"; // API 26
}
