package android.app;

import android.content.Intent;
import android.content.IntentSender;
import android.os.Bundle;

@Deprecated // API 28: androidx.fragment.app.Fragment
public class Fragment {
    @Deprecated
    public Fragment() {
        throw new RuntimeException("Stub!");
    }

    @Deprecated
    public final FragmentManager getFragmentManager() {
        throw new RuntimeException("Stub!");
    }

    @Deprecated
    public void startIntentSenderForResult(IntentSender intent, int requestCode,
            Intent fillInIntent, int flagsMask, int flagsValues, int extraFlags, Bundle options)
            throws IntentSender.SendIntentException {
        throw new RuntimeException("Stub!");
    }

    @Deprecated
    public void onActivityResult(int requestCode, int resultCode, Intent data) {
        throw new RuntimeException("Stub!");
    }
}
