// The screen an autofill entry opens (the platform starts it from the form's app, in that app's
// task), with nothing of its own on screen but a confirmation. "pick": fetches the login the
// user picked, after the confirmation the offer asks for. "unlock": waits for the vault to open
// in the app, then answers with the vault's entries. The extras it reads are all the service's
// own: the platform's fill-in adds to them, it never replaces one.
package org.vaultlink.app;

import android.app.Activity;
import android.app.AlertDialog;
import android.content.ActivityNotFoundException;
import android.content.Intent;
import android.os.Bundle;
import android.os.Parcelable;
import android.service.autofill.Dataset;
import android.service.autofill.FillResponse;
import android.view.autofill.AutofillId;
import android.view.autofill.AutofillManager;
import android.widget.Toast;

import org.json.JSONObject;

public final class AutofillAuthActivity extends Activity implements AutofillBridge.Reply {
    static final String MODE = "org.vaultlink.app.AutofillAuthActivity.mode";
    static final String MODE_PICK = "pick";
    static final String MODE_UNLOCK = "unlock";
    static final String QUERY = "org.vaultlink.app.AutofillAuthActivity.query";
    static final String IDS = "org.vaultlink.app.AutofillAuthActivity.ids";
    static final String USER_FIELDS = "org.vaultlink.app.AutofillAuthActivity.userFields";
    static final String PASSWORD_FIELDS = "org.vaultlink.app.AutofillAuthActivity.passwordFields";
    static final String RECORD = "org.vaultlink.app.AutofillAuthActivity.record";
    static final String CONFIRM = "org.vaultlink.app.AutofillAuthActivity.confirm";
    static final String TITLE = "org.vaultlink.app.AutofillAuthActivity.title";
    // Tells the app it was opened to be unlocked for a fill.
    static final String UNLOCK = "org.vaultlink.autofill.UNLOCK";

    private String mode;
    private String query;
    private AutofillId[] ids;
    private int[] userFields;
    private int[] passwordFields;
    private long record;
    private boolean confirm;
    private String title;

    private boolean confirmed;
    private long inFlight; // the request asked, 0: none
    private boolean launched; // the app was started to be unlocked
    private boolean leftSinceLaunch;
    private AlertDialog dialog;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        // Every way out without a result (Back included) is a cancel; Android 12 wants extras on
        // an authentication's result intent, or fails.
        setResult(RESULT_CANCELED, new Intent().putExtras(Bundle.EMPTY));
        // Recreated after the process was gone: its request went with it.
        if (savedInstanceState != null || !readExtras()) {
            finish();
            return;
        }
        if (MODE_PICK.equals(mode) && confirm)
            askToConfirm();
        else
            proceed();
    }

    @Override
    protected void onStop() {
        super.onStop();
        if (launched)
            leftSinceLaunch = true;
    }

    // Back from the app without its vault opened.
    @Override
    protected void onResume() {
        super.onResume();
        if (launched && leftSinceLaunch && inFlight == 0)
            cancel();
    }

    @Override
    protected void onDestroy() {
        if (dialog != null)
            dialog.dismiss();
        AutofillBridge.forget(this);
        if (inFlight != 0)
            AutofillBridge.drop(inFlight);
        super.onDestroy();
    }

    // AutofillBridge: the vault opened.
    void unlocked() {
        if (!isFinishing() && !ask())
            cancel();
    }

    // AutofillBridge: another fill waits for the unlock now, or the vault's side is gone.
    void cancel() {
        if (!isFinishing())
            finish();
    }

    @Override
    public void answered(JSONObject answer) {
        inFlight = 0;
        if (isFinishing())
            return;
        if (MODE_PICK.equals(mode)) {
            // No login came: too late, or the vault's side went away meanwhile.
            cancel();
            return;
        }
        String kind = answer != null ? answer.optString("kind") : "";
        if (kind.equals("unlock")) {
            waitForUnlock();
            return;
        }
        FillResponse response = kind.equals("offers")
                ? AutofillResponses.of(this, query, ids, answer) : null;
        if (response != null)
            finishWith(response);
        else
            cancel();
    }

    @Override
    public void filled(int result, String userName, byte[] password) {
        inFlight = 0;
        if (isFinishing())
            return;
        switch (result) {
        case AutofillBridge.FILLED:
            Dataset dataset = AutofillResponses.filled(this, ids, userFields, passwordFields,
                    title, userName, password);
            if (dataset != null)
                finishWith(dataset);
            else
                cancel();
            break;
        case AutofillBridge.LOCKED:
            waitForUnlock();
            break;
        case AutofillBridge.GONE:
            Toast.makeText(this, R.string.vaultlink_autofill_gone, Toast.LENGTH_SHORT).show();
            cancel();
            break;
        default:
            cancel();
        }
    }

    // The app cannot tell who is asking (an app it cannot verify, or a page a browser not on its
    // list reported): the user says whether to fill.
    private void askToConfirm() {
        dialog = new AlertDialog.Builder(this)
                .setTitle(getString(R.string.vaultlink_autofill_confirm_title, title))
                .setMessage(getString(R.string.vaultlink_autofill_confirm_message))
                .setPositiveButton(R.string.vaultlink_autofill_fill, (shown, which) -> {
                    confirmed = true;
                    proceed();
                })
                .setNegativeButton(R.string.vaultlink_autofill_cancel, (shown, which) -> cancel())
                .setOnCancelListener(shown -> cancel())
                .show();
    }

    // Asks the vault if the app has one open, else waits for it.
    private void proceed() {
        if (!ask())
            waitForUnlock();
    }

    private boolean ask() {
        inFlight = MODE_PICK.equals(mode)
                ? AutofillBridge.pick(record, query, confirmed, this)
                : AutofillBridge.ask(query, this);
        return inFlight != 0;
    }

    // The app comes up in its own task (a launch intent starts one), so that this activity
    // stays in the form's; AutofillBridge.unlocked brings the form's back.
    private void waitForUnlock() {
        Intent launch = getPackageManager().getLaunchIntentForPackage(getPackageName());
        if (launch == null) {
            cancel();
            return;
        }
        AutofillBridge.await(this);
        launched = true;
        leftSinceLaunch = false;
        try {
            startActivity(launch.putExtra(UNLOCK, true));
        } catch (ActivityNotFoundException e) {
            cancel();
        }
    }

    private void finishWith(Parcelable result) {
        setResult(RESULT_OK,
                new Intent().putExtra(AutofillManager.EXTRA_AUTHENTICATION_RESULT, result));
        finish();
    }

    @SuppressWarnings("deprecation") // getParcelableArrayExtra(String, Class) is API 33
    private boolean readExtras() {
        Intent intent = getIntent();
        mode = intent.getStringExtra(MODE);
        query = intent.getStringExtra(QUERY);
        userFields = intent.getIntArrayExtra(USER_FIELDS);
        passwordFields = intent.getIntArrayExtra(PASSWORD_FIELDS);
        record = intent.getLongExtra(RECORD, 0);
        confirm = intent.getBooleanExtra(CONFIRM, true);
        title = intent.getStringExtra(TITLE);
        if (title == null)
            title = "";
        Parcelable[] parcels = intent.getParcelableArrayExtra(IDS);
        if (parcels == null || query == null || userFields == null || passwordFields == null
                || !(MODE_PICK.equals(mode) || MODE_UNLOCK.equals(mode)))
            return false;
        // A Parcelable[] comes back, whatever array went in.
        ids = new AutofillId[parcels.length];
        for (int i = 0; i < parcels.length; i++) {
            if (!(parcels[i] instanceof AutofillId))
                return false;
            ids[i] = (AutofillId) parcels[i];
        }
        return inRange(userFields) && inRange(passwordFields);
    }

    private boolean inRange(int[] fields) {
        for (int field : fields)
            if (field < 0 || field >= ids.length)
                return false;
        return true;
    }
}
