// The screen turning off (the power button, or its timeout), for
// platform/android/android_screen_lock_watch.cpp, which registers the native below, then asks
// for register() once a watch starts and unregister() when the last one goes, both on the UI
// thread. Android sends ACTION_SCREEN_OFF only to receivers registered at run time, never to one
// declared in the manifest. tests/unit/platform reads this file: the native's and the static
// methods' signatures must match what the C++ registers and calls.
package org.vaultlink.app;

import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;
import android.content.IntentFilter;

public final class ScreenLockReceiver extends BroadcastReceiver {
    // On the UI thread, each time the screen turns off; the C++ hands it to Qt's thread.
    static native void onScreenOff();

    // The UI thread's alone: the one receiver of the process, and the context it is registered
    // with.
    private static ScreenLockReceiver registered;
    private static Context registeredWith;

    // UI thread. The application's context, not the activity's: the receiver outlives an
    // activity that Android recreates. ACTION_SCREEN_OFF is a protected broadcast that only the
    // system sends, so Android 14's RECEIVER_EXPORTED/NOT_EXPORTED flag is not required for it.
    public static void register(Context context) {
        if (registered != null)
            return;
        Context application = context.getApplicationContext();
        ScreenLockReceiver receiver = new ScreenLockReceiver();
        application.registerReceiver(receiver, new IntentFilter(Intent.ACTION_SCREEN_OFF));
        registered = receiver;
        registeredWith = application;
    }

    // UI thread.
    public static void unregister() {
        if (registered == null)
            return;
        registeredWith.unregisterReceiver(registered);
        registered = null;
        registeredWith = null;
    }

    @Override
    public void onReceive(Context context, Intent intent) {
        // Only this receiver's registration calls here, so the natives are registered by then.
        if (this == registered && Intent.ACTION_SCREEN_OFF.equals(intent.getAction()))
            onScreenOff();
    }
}
