package android.view;

import android.content.Context;

public class View {
    public static final int VISIBLE = 0x00000000;
    public static final int AUTOFILL_TYPE_TEXT = 1; // API 26
    public static final String AUTOFILL_HINT_EMAIL_ADDRESS = "emailAddress";
    public static final String AUTOFILL_HINT_PASSWORD = "password";
    public static final String AUTOFILL_HINT_USERNAME = "username";

    public View(Context context) {
        throw new RuntimeException("Stub!");
    }
}
