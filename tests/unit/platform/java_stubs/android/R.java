package android;

// The platform's resources the autofill entries use.
public final class R {
    public static final class id {
        public static final int text1 = 16908308; // 0x01020014
    }

    public static final class layout {
        public static final int simple_list_item_1 = 17367043; // 0x01090003
    }
}
