// Android's autofill service (the manifest's VaultlinkAutofillService): it reads the screen,
// asks the app's vault through AutofillBridge and answers with its entries. It runs in the
// app's process, also without Qt's activity: then it offers the unlock entry by itself, which
// starts the app.
package org.vaultlink.app;

import android.os.CancellationSignal;
import android.service.autofill.AutofillService;
import android.service.autofill.FillCallback;
import android.service.autofill.FillContext;
import android.service.autofill.FillRequest;
import android.service.autofill.FillResponse;
import android.service.autofill.SaveCallback;
import android.service.autofill.SaveRequest;

import org.json.JSONException;
import org.json.JSONObject;

import java.util.List;

public final class VaultlinkAutofillService extends AutofillService {
    // Main thread, as every callback here.
    @Override
    public void onFillRequest(FillRequest request, CancellationSignal cancellation,
            FillCallback callback) {
        AutofillForm form = read(request);
        if (form == null) {
            callback.onSuccess(null);
            return;
        }
        long pending = AutofillBridge.ask(form.query,
                answer -> callback.onSuccess(respond(form, answer)));
        if (pending == 0) {
            // Without the vault's side, only the fields that say what they are: which of the
            // others belong to the login is its to decide.
            callback.onSuccess(AutofillResponses.unlock(this, form.query, form.ids,
                    form.declaredUserFields, form.declaredPasswordFields));
            return;
        }
        cancellation.setOnCancelListener(() -> AutofillBridge.drop(pending));
    }

    // Vaultlink does not save from forms: no response asks for it (no SaveInfo).
    @Override
    public void onSaveRequest(SaveRequest request, SaveCallback callback) {
        callback.onSuccess();
    }

    // The latest screen of the request's session.
    private AutofillForm read(FillRequest request) {
        List<FillContext> contexts = request.getFillContexts();
        try {
            return AutofillForm.read(this, contexts.get(contexts.size() - 1).getStructure());
        } catch (JSONException e) {
            return null;
        }
    }

    private FillResponse respond(AutofillForm form, JSONObject answer) {
        return answer != null ? AutofillResponses.of(this, form.query, form.ids, answer) : null;
    }
}
