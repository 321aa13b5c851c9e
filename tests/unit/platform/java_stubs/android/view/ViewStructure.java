package android.view;

import android.util.Pair;

import java.util.List;

public abstract class ViewStructure {
    // A web page's element behind a node (API 26): "input" and its attributes.
    public abstract static class HtmlInfo {
        public abstract String getTag();

        public abstract List<Pair<String, String>> getAttributes(); // null without attributes
    }
}
