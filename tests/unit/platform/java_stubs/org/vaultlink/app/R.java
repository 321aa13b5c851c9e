package org.vaultlink.app;

// The app's resources (res/values*/vaultlink_*.xml) as aapt generates them; the values are
// arbitrary here.
public final class R {
    public static final class string {
        public static final int vaultlink_autofill_unlock = 0x7f0f0001;
        public static final int vaultlink_autofill_entry = 0x7f0f0002;
        public static final int vaultlink_autofill_insecure = 0x7f0f0003;
        public static final int vaultlink_autofill_confirm_title = 0x7f0f0004;
        public static final int vaultlink_autofill_confirm_message = 0x7f0f0005;
        public static final int vaultlink_autofill_fill = 0x7f0f0006;
        public static final int vaultlink_autofill_cancel = 0x7f0f0007;
        public static final int vaultlink_autofill_gone = 0x7f0f0008;
    }
}
