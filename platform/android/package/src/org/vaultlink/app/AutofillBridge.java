// The autofill service's way into the app's open vault, for
// platform/android/android_autofill_host.cpp, which registers the two natives, calls attach()
// once it listens, and answers every nativeAsk and nativePick through answer() or filled() from
// Qt's thread. The C++ side decides (platform/autofill_service.h); this file only keeps the
// requests and brings the answers to the main thread. tests/unit/platform may read this file:
// the signatures and the result codes below must match what the C++ registers and sends.
package org.vaultlink.app;

import android.app.Activity;
import android.content.ActivityNotFoundException;
import android.content.Context;
import android.content.Intent;
import android.net.Uri;
import android.os.Handler;
import android.os.Looper;
import android.provider.Settings;
import android.view.autofill.AutofillManager;

import org.json.JSONException;
import org.json.JSONObject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class AutofillBridge {
    // filled()'s results (AutofillPick::Result).
    static final int FILLED = 0;
    static final int LOCKED = 1; // the vault locked meanwhile: unlock, then pick again
    static final int GONE = 2; // no longer offered for this form
    static final int UNCONFIRMED = 3; // the offer needs the user's confirmation

    // The platform waits about five seconds for a fill request's answer; this leaves the rest
    // for building it.
    private static final long TIMEOUT_MS = 4000;

    static native void nativeAsk(long request, String queryJson);

    static native void nativePick(long request, long record, String queryJson, boolean confirmed);

    // A request's one answer, on the main thread.
    interface Reply {
        // nativeAsk's answer; null when none came in time, the vault's side went away, or it was
        // not JSON. A pick hears it instead of filled() in those cases, and when the vault's
        // side was gone before it got the request (then it answers "nothing").
        void answered(JSONObject answer);

        // nativePick's; `password` is overwritten once this returns.
        default void filled(int result, String userName, byte[] password) {
            answered(null);
        }
    }

    private static final class Pending {
        final Reply reply;
        final Runnable timeout;

        Pending(Reply reply, Runnable timeout) {
            this.reply = reply;
            this.timeout = timeout;
        }
    }

    private static final Handler main = new Handler(Looper.getMainLooper());
    // The natives are registered only once Qt's activity started the app's C++; the service may
    // run in a process without it.
    private static volatile boolean attached;
    // The main thread's alone, as are the requests' numbers and the waiting activity.
    private static final Map<Long, Pending> pending = new HashMap<>();
    private static long lastRequest;
    private static AutofillAuthActivity waiting;

    private AutofillBridge() {}

    public static void attach() {
        attached = true;
    }

    // The requests in flight get no answer any more: they end now instead of at their timeout.
    public static void detach() {
        attached = false;
        main.post(() -> {
            List<Pending> ended = new ArrayList<>(pending.values());
            pending.clear();
            for (Pending request : ended) {
                main.removeCallbacks(request.timeout);
                request.reply.answered(null);
            }
        });
    }

    public static void answer(long request, String answerJson) {
        main.post(() -> {
            Reply reply = settle(request);
            if (reply != null)
                reply.answered(parse(answerJson));
        });
    }

    public static void filled(long request, int result, String userName, byte[] password) {
        Runnable deliver = () -> {
            try {
                Reply reply = settle(request);
                if (reply != null)
                    reply.filled(result, userName != null ? userName : "",
                            password != null ? password : new byte[0]);
            } finally {
                wipe(password);
            }
        };
        if (!main.post(deliver)) // the main looper is quitting
            wipe(password);
    }

    // 0: no autofill here (none, or not for this user), 1: another service (or none) is chosen,
    // 2: Vaultlink's.
    public static int setupState(Context context) {
        AutofillManager manager = context.getSystemService(AutofillManager.class);
        if (manager == null || !manager.isAutofillSupported())
            return 0;
        return manager.hasEnabledAutofillServices() ? 2 : 1;
    }

    public static void openSetup(Activity activity) {
        try {
            activity.startActivity(new Intent(Settings.ACTION_REQUEST_SET_AUTOFILL_SERVICE,
                    Uri.parse("package:" + activity.getPackageName())));
        } catch (ActivityNotFoundException e) {
            // Some vendors' settings leave the page out; the app's own text says where to look.
        }
    }

    // UI thread: the vault opened. The form's app comes back to the front with the waiting
    // activity on top, which asks again.
    public static void unlocked(Activity appActivity) {
        AutofillAuthActivity activity = waiting;
        waiting = null;
        if (activity == null)
            return;
        activity.unlocked();
        appActivity.moveTaskToBack(true);
    }

    static boolean isAttached() {
        return attached;
    }

    // Main thread: the request's number, for drop(); 0 while detached (`reply` hears nothing).
    static long ask(String query, Reply reply) {
        if (!attached)
            return 0;
        long request = open(reply);
        nativeAsk(request, query);
        return request;
    }

    static long pick(long record, String query, boolean confirmed, Reply reply) {
        if (!attached)
            return 0;
        long request = open(reply);
        nativePick(request, record, query, confirmed);
        return request;
    }

    // Any thread (a CancellationSignal calls its listener on the thread that cancels): the
    // request's reply is not called any more.
    static void drop(long request) {
        main.post(() -> settle(request));
    }

    // Main thread: `activity` waits for the vault to open; one waiting before gives up.
    static void await(AutofillAuthActivity activity) {
        AutofillAuthActivity before = waiting;
        waiting = activity;
        if (before != null && before != activity)
            before.cancel();
    }

    static void forget(AutofillAuthActivity activity) {
        if (waiting == activity)
            waiting = null;
    }

    private static long open(Reply reply) {
        long request = ++lastRequest;
        Runnable timeout = () -> {
            if (pending.remove(request) != null)
                reply.answered(null);
        };
        pending.put(request, new Pending(reply, timeout));
        main.postDelayed(timeout, TIMEOUT_MS);
        return request;
    }

    // The request's reply, taken out: null for one that ended already (late, or dropped).
    private static Reply settle(long request) {
        Pending ended = pending.remove(request);
        if (ended == null)
            return null;
        main.removeCallbacks(ended.timeout);
        return ended.reply;
    }

    private static JSONObject parse(String json) {
        if (json == null)
            return null;
        try {
            return new JSONObject(json);
        } catch (JSONException e) {
            return null;
        }
    }

    private static void wipe(byte[] secret) {
        if (secret != null)
            Arrays.fill(secret, (byte) 0);
    }
}
