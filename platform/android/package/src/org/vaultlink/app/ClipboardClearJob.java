// Clears a copied secret from the clipboard while the app is in the background, where Qt's
// event loop, and with it the clipboard guard's timer, is paused: a JobScheduler job that
// platform/android/android_clipboard_marker.cpp schedules through schedule() after each secret
// it marks, and cancels through cancel() once the guard cleared the secret itself or found that
// something else was copied since (ClipboardMarker::afterClear). Both are called on the UI
// thread, in the order the guard asked. The job is plain Java: it also runs in a process that
// Android started again without Qt. Declared in the manifest with BIND_JOB_SERVICE.
// tests/unit/platform reads this file: the static methods' signatures and LABEL must match what
// the C++ calls and sets.
package org.vaultlink.app;

import android.app.job.JobInfo;
import android.app.job.JobParameters;
import android.app.job.JobScheduler;
import android.app.job.JobService;
import android.content.ClipData;
import android.content.ClipDescription;
import android.content.ClipboardManager;
import android.content.ComponentName;
import android.content.Context;
import android.os.Build;

public final class ClipboardClearJob extends JobService {
    // The label the marker gives the clips holding a secret (ClipDescription's label).
    static final String LABEL = "Vaultlink";
    // One job for the app: scheduling again replaces it, the newest secret's delay counts.
    static final int JOB_ID = 0x766c0001;
    // How long after the delay the job may still wait for the scheduler's own reasons; Doze and
    // App Standby may defer it further, to their next maintenance window.
    static final long DEADLINE_SLACK_MS = 10_000;

    // UI thread.
    public static void schedule(Context context, long delayMs) {
        JobScheduler scheduler = context.getSystemService(JobScheduler.class);
        if (scheduler == null)
            return;
        ComponentName service = new ComponentName(context, ClipboardClearJob.class);
        JobInfo job = new JobInfo.Builder(JOB_ID, service)
                .setMinimumLatency(delayMs)
                .setOverrideDeadline(delayMs + DEADLINE_SLACK_MS)
                .build();
        scheduler.schedule(job);
    }

    // UI thread; nothing happens when the job has run already or was never scheduled.
    public static void cancel(Context context) {
        JobScheduler scheduler = context.getSystemService(JobScheduler.class);
        if (scheduler != null)
            scheduler.cancel(JOB_ID);
    }

    // Main thread; the work is done when this returns.
    @Override
    public boolean onStartJob(JobParameters params) {
        ClipboardManager clipboard = getSystemService(ClipboardManager.class);
        if (clipboard != null && stillOurs(clipboard))
            clear(clipboard);
        return false;
    }

    @Override
    public boolean onStopJob(JobParameters params) {
        return false; // nothing to stop, nothing to do again
    }

    // From Android 10 an app in the background cannot read the clipboard, not even its
    // description: the job cannot tell whether the user copied something else since, and then
    // clears in any case, as Bitwarden's ClearClipboardWorker does. Where the description is
    // readable (Android 8 and 9, or the app in front), another app's clip stays.
    private static boolean stillOurs(ClipboardManager clipboard) {
        ClipDescription description = clipboard.getPrimaryClipDescription();
        if (description == null)
            return true; // not readable, or nothing there
        CharSequence label = description.getLabel();
        return label != null && LABEL.contentEquals(label);
    }

    // Writing the clipboard, unlike reading it, is allowed in the background.
    private static void clear(ClipboardManager clipboard) {
        if (Build.VERSION.SDK_INT >= 28)
            clipboard.clearPrimaryClip();
        else
            clipboard.setPrimaryClip(ClipData.newPlainText("", ""));
    }
}
