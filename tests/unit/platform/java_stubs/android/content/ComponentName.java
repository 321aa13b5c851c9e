package android.content;

import android.os.Parcelable;

public final class ComponentName implements Parcelable {
    public ComponentName(String pkg, String cls) {
        throw new RuntimeException("Stub!");
    }

    public ComponentName(Context pkg, Class<?> cls) {
        throw new RuntimeException("Stub!");
    }

    public String getPackageName() {
        throw new RuntimeException("Stub!");
    }
}
