package android.content;

import android.net.Uri;
import android.os.Bundle;
import android.os.Parcelable;

public class Intent {
    public static final String ACTION_SCREEN_OFF = "android.intent.action.SCREEN_OFF";

    public Intent() {
        throw new RuntimeException("Stub!");
    }

    public Intent(String action, Uri uri) {
        throw new RuntimeException("Stub!");
    }

    public Intent(Context packageContext, Class<?> cls) {
        throw new RuntimeException("Stub!");
    }

    public Intent putExtra(String name, boolean value) {
        throw new RuntimeException("Stub!");
    }

    public Intent putExtra(String name, long value) {
        throw new RuntimeException("Stub!");
    }

    public Intent putExtra(String name, String value) {
        throw new RuntimeException("Stub!");
    }

    public Intent putExtra(String name, Parcelable value) {
        throw new RuntimeException("Stub!");
    }

    public Intent putExtra(String name, Parcelable[] value) {
        throw new RuntimeException("Stub!");
    }

    public Intent putExtra(String name, int[] value) {
        throw new RuntimeException("Stub!");
    }

    public Intent putExtras(Bundle extras) {
        throw new RuntimeException("Stub!");
    }

    public String getAction() {
        throw new RuntimeException("Stub!");
    }

    public boolean getBooleanExtra(String name, boolean defaultValue) {
        throw new RuntimeException("Stub!");
    }

    public long getLongExtra(String name, long defaultValue) {
        throw new RuntimeException("Stub!");
    }

    public String getStringExtra(String name) {
        throw new RuntimeException("Stub!");
    }

    public byte[] getByteArrayExtra(String name) {
        throw new RuntimeException("Stub!");
    }

    public int[] getIntArrayExtra(String name) {
        throw new RuntimeException("Stub!");
    }

    @Deprecated // API 33: getParcelableArrayExtra(String, Class<T>)
    public Parcelable[] getParcelableArrayExtra(String name) {
        throw new RuntimeException("Stub!");
    }
}
