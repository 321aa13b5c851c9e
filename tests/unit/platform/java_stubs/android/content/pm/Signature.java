package android.content.pm;

import android.os.Parcelable;

public class Signature implements Parcelable {
    public Signature(byte[] signature) {
        throw new RuntimeException("Stub!");
    }

    public byte[] toByteArray() {
        throw new RuntimeException("Stub!");
    }
}
