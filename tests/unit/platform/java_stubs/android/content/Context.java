package android.content;

import android.content.pm.PackageManager;

public abstract class Context {
    public abstract Context getApplicationContext();

    public abstract PackageManager getPackageManager();

    public abstract String getPackageName();

    public abstract Intent registerReceiver(BroadcastReceiver receiver, IntentFilter filter);

    public abstract void unregisterReceiver(BroadcastReceiver receiver);

    public final String getString(int resId) {
        throw new RuntimeException("Stub!");
    }

    public final String getString(int resId, Object... formatArgs) {
        throw new RuntimeException("Stub!");
    }

    // API 23; null when the service is not there
    public final <T> T getSystemService(Class<T> serviceClass) {
        throw new RuntimeException("Stub!");
    }
}
