package android.app.assist;

import android.content.ComponentName;
import android.os.Parcelable;
import android.view.ViewStructure;
import android.view.autofill.AutofillId;

public class AssistStructure implements Parcelable {
    AssistStructure() {}

    public ComponentName getActivityComponent() {
        throw new RuntimeException("Stub!");
    }

    public int getWindowNodeCount() {
        throw new RuntimeException("Stub!");
    }

    public WindowNode getWindowNodeAt(int index) {
        throw new RuntimeException("Stub!");
    }

    public static class WindowNode {
        WindowNode() {}

        public ViewNode getRootViewNode() {
            throw new RuntimeException("Stub!");
        }
    }

    // The autofill getters answer null (or 0) for a structure made for the assistant.
    public static class ViewNode {
        ViewNode() {}

        public String getIdEntry() {
            throw new RuntimeException("Stub!");
        }

        public AutofillId getAutofillId() {
            throw new RuntimeException("Stub!");
        }

        public int getAutofillType() {
            throw new RuntimeException("Stub!");
        }

        public String[] getAutofillHints() {
            throw new RuntimeException("Stub!");
        }

        public int getInputType() {
            throw new RuntimeException("Stub!");
        }

        public int getVisibility() {
            throw new RuntimeException("Stub!");
        }

        public boolean isFocused() {
            throw new RuntimeException("Stub!");
        }

        public String getWebDomain() {
            throw new RuntimeException("Stub!");
        }

        public String getWebScheme() { // API 28
            throw new RuntimeException("Stub!");
        }

        public ViewStructure.HtmlInfo getHtmlInfo() {
            throw new RuntimeException("Stub!");
        }

        public String getHint() {
            throw new RuntimeException("Stub!");
        }

        public int getChildCount() {
            throw new RuntimeException("Stub!");
        }

        public ViewNode getChildAt(int index) {
            throw new RuntimeException("Stub!");
        }
    }
}
