// A fill request's screen as the vault's side reads it (decodeAutofillQuery in
// platform/autofill_service.cpp): the app showing it, that app's signing certificates, and its
// visible text fields in traversal order. The answer names fields by their index, so the
// fields' AutofillIds are kept in the same order.
package org.vaultlink.app;

import android.app.assist.AssistStructure;
import android.app.assist.AssistStructure.ViewNode;
import android.content.ComponentName;
import android.content.Context;
import android.content.pm.PackageManager;
import android.content.pm.Signature;
import android.content.pm.SigningInfo;
import android.os.Build;
import android.text.InputType;
import android.util.Pair;
import android.view.View;
import android.view.ViewStructure;
import android.view.autofill.AutofillId;

import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

final class AutofillForm {
    final String query; // the JSON for nativeAsk and nativePick
    final AutofillId[] ids; // ids[i] fills the query's fields[i]
    // The fields that say what they are (hint, input type, <input type>), which the unlock
    // entry offered without the vault's side may target: the rest needs its reading of the form.
    final int[] declaredUserFields;
    final int[] declaredPasswordFields;

    private AutofillForm(String query, AutofillId[] ids, int[] declaredUserFields,
            int[] declaredPasswordFields) {
        this.query = query;
        this.ids = ids;
        this.declaredUserFields = declaredUserFields;
        this.declaredPasswordFields = declaredPasswordFields;
    }

    // null for the app's own screens (Vaultlink never fills itself) and for a screen without
    // text fields.
    static AutofillForm read(Context context, AssistStructure structure) throws JSONException {
        ComponentName activity = structure.getActivityComponent();
        if (activity == null || activity.getPackageName().equals(context.getPackageName()))
            return null;
        Walk walk = new Walk();
        for (int i = 0; i < structure.getWindowNodeCount(); i++)
            walk.node(structure.getWindowNodeAt(i).getRootViewNode(), "", "");
        if (walk.ids.isEmpty())
            return null;
        String query = new JSONObject()
                .put("package", activity.getPackageName())
                .put("certificates", certificates(context, activity.getPackageName()))
                .put("fields", walk.fields)
                .toString();
        return new AutofillForm(query, walk.ids.toArray(new AutofillId[0]),
                toArray(walk.users), toArray(walk.passwords));
    }

    private static final class Walk {
        final JSONArray fields = new JSONArray();
        final List<AutofillId> ids = new ArrayList<>();
        final List<Integer> users = new ArrayList<>();
        final List<Integer> passwords = new ArrayList<>();

        // A web view reports its page on one node; the fields below it belong to that page.
        // Nothing below a hidden node is on screen.
        void node(ViewNode node, String domain, String scheme) throws JSONException {
            if (node == null || node.getVisibility() != View.VISIBLE)
                return;
            String nodeDomain = node.getWebDomain();
            if (nodeDomain != null && !nodeDomain.isEmpty()) {
                domain = nodeDomain;
                // Android 8 does not say; the vault's side then takes the page as unencrypted.
                scheme = Build.VERSION.SDK_INT >= 28 ? text(node.getWebScheme()) : "";
            }
            AutofillId id = node.getAutofillId();
            if (id != null && node.getAutofillType() == View.AUTOFILL_TYPE_TEXT)
                field(node, id, domain, scheme);
            for (int i = 0; i < node.getChildCount(); i++)
                node(node.getChildAt(i), domain, scheme);
        }

        private void field(ViewNode node, AutofillId id, String domain, String scheme)
                throws JSONException {
            JSONArray hints = new JSONArray();
            String[] autofillHints = node.getAutofillHints();
            if (autofillHints != null)
                for (String hint : autofillHints)
                    if (hint != null) // the vault's side takes strings only
                        hints.put(hint);
            String htmlType = htmlType(node);
            int index = ids.size();
            if (says(autofillHints, View.AUTOFILL_HINT_PASSWORD)
                    || textVariation(node.getInputType(),
                            InputType.TYPE_TEXT_VARIATION_PASSWORD,
                            InputType.TYPE_TEXT_VARIATION_WEB_PASSWORD,
                            InputType.TYPE_TEXT_VARIATION_VISIBLE_PASSWORD)
                    || htmlType.equalsIgnoreCase("password"))
                passwords.add(index);
            else if (says(autofillHints, View.AUTOFILL_HINT_USERNAME)
                    || says(autofillHints, View.AUTOFILL_HINT_EMAIL_ADDRESS)
                    || textVariation(node.getInputType(),
                            InputType.TYPE_TEXT_VARIATION_EMAIL_ADDRESS,
                            InputType.TYPE_TEXT_VARIATION_WEB_EMAIL_ADDRESS)
                    || htmlType.equalsIgnoreCase("email"))
                users.add(index);
            fields.put(new JSONObject()
                    .put("hints", hints)
                    .put("inputType", node.getInputType())
                    .put("htmlType", htmlType)
                    .put("idEntry", text(node.getIdEntry()))
                    .put("hint", text(node.getHint()))
                    .put("webDomain", domain)
                    .put("webScheme", scheme)
                    .put("focused", node.isFocused()));
            ids.add(id);
        }
    }

    // The lower-case hex SHA-256 of each certificate the app is signed with now; none for an
    // app that cannot be looked up.
    @SuppressWarnings("deprecation") // GET_SIGNATURES and signatures: Android 8's only way
    private static JSONArray certificates(Context context, String packageName) {
        JSONArray digests = new JSONArray();
        PackageManager packages = context.getPackageManager();
        Signature[] signers;
        try {
            if (Build.VERSION.SDK_INT >= 28) {
                SigningInfo signing = packages.getPackageInfo(packageName,
                        PackageManager.GET_SIGNING_CERTIFICATES).signingInfo;
                signers = signing != null ? signing.getApkContentsSigners() : null;
            } else {
                signers = packages.getPackageInfo(packageName, PackageManager.GET_SIGNATURES)
                        .signatures;
            }
        } catch (PackageManager.NameNotFoundException e) {
            return digests;
        }
        if (signers == null)
            return digests;
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Android has it
        }
        for (Signature signer : signers)
            digests.put(hex(sha256.digest(signer.toByteArray())));
        return digests;
    }

    // A page's <input type>, else "".
    private static String htmlType(ViewNode node) {
        ViewStructure.HtmlInfo html = node.getHtmlInfo();
        if (html == null || !"input".equalsIgnoreCase(html.getTag()))
            return "";
        List<Pair<String, String>> attributes = html.getAttributes();
        if (attributes == null)
            return "";
        for (Pair<String, String> attribute : attributes)
            if ("type".equalsIgnoreCase(attribute.first) && attribute.second != null)
                return attribute.second;
        return "";
    }

    private static boolean says(String[] hints, String hint) {
        if (hints != null)
            for (String said : hints)
                if (hint.equalsIgnoreCase(said))
                    return true;
        return false;
    }

    private static boolean textVariation(int inputType, int... variations) {
        if ((inputType & InputType.TYPE_MASK_CLASS) != InputType.TYPE_CLASS_TEXT)
            return false;
        for (int variation : variations)
            if ((inputType & InputType.TYPE_MASK_VARIATION) == variation)
                return true;
        return false;
    }

    private static String text(String value) {
        return value != null ? value : "";
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder(bytes.length * 2);
        for (byte b : bytes)
            hex.append(Character.forDigit((b >> 4) & 0xf, 16))
                    .append(Character.forDigit(b & 0xf, 16));
        return hex.toString();
    }

    private static int[] toArray(List<Integer> list) {
        int[] array = new int[list.size()];
        for (int i = 0; i < array.length; i++)
            array[i] = list.get(i);
        return array;
    }
}
