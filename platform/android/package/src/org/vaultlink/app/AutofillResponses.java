// The responses Vaultlink hands the platform, from the vault's answer (encodeAutofillAnswer in
// platform/autofill_service.cpp), for the service and for AutofillAuthActivity alike. An entry
// never holds a secret: each opens AutofillAuthActivity, which fetches the picked login only.
package org.vaultlink.app;

import android.app.PendingIntent;
import android.content.Context;
import android.content.Intent;
import android.content.IntentSender;
import android.os.Build;
import android.service.autofill.Dataset;
import android.service.autofill.FillResponse;
import android.view.autofill.AutofillId;
import android.view.autofill.AutofillValue;
import android.widget.RemoteViews;

import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

// The platform's newer Presentations and Field (API 33) are left for the calls Android 8 knows.
@SuppressWarnings("deprecation")
final class AutofillResponses {
    // PendingIntents that differ in their extras alone would replace each other.
    private static int lastRequestCode; // main thread

    private AutofillResponses() {}

    // null for "nothing", and for an answer that names no field to fill.
    static FillResponse of(Context context, String query, AutofillId[] ids, JSONObject answer) {
        try {
            int[] users = indices(answer.optJSONArray("userFields"), ids.length);
            int[] passwords = indices(answer.optJSONArray("passwordFields"), ids.length);
            switch (answer.optString("kind")) {
            case "unlock":
                return unlock(context, query, ids, users, passwords);
            case "offers":
                return offers(context, query, ids, users, passwords,
                        answer.optJSONArray("offers"));
            default:
                return null;
            }
        } catch (JSONException e) {
            return null;
        }
    }

    // One entry over the form's fields that opens the unlock screen, which then asks again.
    static FillResponse unlock(Context context, String query, AutofillId[] ids, int[] users,
            int[] passwords) {
        AutofillId[] targets = targets(ids, users, passwords);
        if (targets.length == 0)
            return null;
        Intent intent = authentication(context, AutofillAuthActivity.MODE_UNLOCK, query, ids,
                users, passwords);
        return new FillResponse.Builder()
                .setAuthentication(targets, sender(context, intent),
                        presentation(context,
                                context.getString(R.string.vaultlink_autofill_unlock)))
                .build();
    }

    // The login picked, replacing its entry; null when it has nothing to fill.
    static Dataset filled(Context context, AutofillId[] ids, int[] users, int[] passwords,
            String title, String userName, byte[] password) {
        // Nothing shows this presentation; Android 8 wants one all the same.
        Dataset.Builder dataset = new Dataset.Builder(presentation(context, title));
        boolean any = false;
        if (!userName.isEmpty() && users.length > 0) {
            for (int field : users)
                dataset.setValue(ids[field], AutofillValue.forText(userName));
            any = true;
        }
        if (password.length > 0 && passwords.length > 0) {
            // AutofillValue takes text: this copy cannot be overwritten, the array can.
            String text = new String(password, StandardCharsets.UTF_8);
            for (int field : passwords)
                dataset.setValue(ids[field], AutofillValue.forText(text));
            any = true;
        }
        return any ? dataset.build() : null;
    }

    private static FillResponse offers(Context context, String query, AutofillId[] ids,
            int[] users, int[] passwords, JSONArray offers) throws JSONException {
        AutofillId[] targets = targets(ids, users, passwords);
        if (offers == null || offers.length() == 0 || targets.length == 0)
            return null;
        FillResponse.Builder response = new FillResponse.Builder();
        for (int i = 0; i < offers.length(); i++) {
            JSONObject offer = offers.getJSONObject(i);
            String title = offer.optString("title");
            Intent intent = authentication(context, AutofillAuthActivity.MODE_PICK, query, ids,
                    users, passwords)
                    .putExtra(AutofillAuthActivity.RECORD, offer.getLong("id"))
                    .putExtra(AutofillAuthActivity.CONFIRM, offer.optBoolean("confirm"))
                    .putExtra(AutofillAuthActivity.TITLE, title);
            Dataset.Builder dataset = new Dataset.Builder(presentation(context,
                    label(context, title, offer.optString("userName"),
                            offer.optBoolean("insecure"))));
            // No values yet: the secret leaves the vault only once the user picked the entry.
            for (AutofillId target : targets)
                dataset.setValue(target, null);
            response.addDataset(dataset.setAuthentication(sender(context, intent)).build());
        }
        return response.build();
    }

    private static String label(Context context, String title, String userName,
            boolean insecure) {
        String label = userName.isEmpty() ? title
                : context.getString(R.string.vaultlink_autofill_entry, title, userName);
        return insecure ? context.getString(R.string.vaultlink_autofill_insecure, label) : label;
    }

    static RemoteViews presentation(Context context, String text) {
        RemoteViews views = new RemoteViews(context.getPackageName(),
                android.R.layout.simple_list_item_1);
        views.setTextViewText(android.R.id.text1, text);
        return views;
    }

    private static Intent authentication(Context context, String mode, String query,
            AutofillId[] ids, int[] users, int[] passwords) {
        return new Intent(context, AutofillAuthActivity.class)
                .putExtra(AutofillAuthActivity.MODE, mode)
                .putExtra(AutofillAuthActivity.QUERY, query)
                .putExtra(AutofillAuthActivity.IDS, ids)
                .putExtra(AutofillAuthActivity.USER_FIELDS, users)
                .putExtra(AutofillAuthActivity.PASSWORD_FIELDS, passwords);
    }

    // Mutable: the platform adds the screen's structure to an authentication intent. Its own
    // extras stay: a fill-in never replaces those the intent has.
    private static IntentSender sender(Context context, Intent intent) {
        int flags = PendingIntent.FLAG_CANCEL_CURRENT;
        if (Build.VERSION.SDK_INT >= 31)
            flags |= PendingIntent.FLAG_MUTABLE;
        return PendingIntent.getActivity(context, ++lastRequestCode, intent, flags)
                .getIntentSender();
    }

    private static AutofillId[] targets(AutofillId[] ids, int[] users, int[] passwords) {
        AutofillId[] targets = new AutofillId[users.length + passwords.length];
        for (int i = 0; i < users.length; i++)
            targets[i] = ids[users[i]];
        for (int i = 0; i < passwords.length; i++)
            targets[users.length + i] = ids[passwords[i]];
        return targets;
    }

    // The answer's field indices that name one of the form's fields.
    private static int[] indices(JSONArray array, int fieldCount) throws JSONException {
        if (array == null)
            return new int[0];
        int[] indices = new int[array.length()];
        int count = 0;
        for (int i = 0; i < array.length(); i++) {
            int index = array.getInt(i);
            if (index >= 0 && index < fieldCount)
                indices[count++] = index;
        }
        return Arrays.copyOf(indices, count);
    }
}
