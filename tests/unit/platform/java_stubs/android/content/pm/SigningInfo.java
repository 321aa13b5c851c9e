package android.content.pm;

import android.os.Parcelable;

public final class SigningInfo implements Parcelable { // API 28
    SigningInfo() {}

    public Signature[] getApkContentsSigners() {
        throw new RuntimeException("Stub!");
    }
}
