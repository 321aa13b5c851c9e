package org.json;

public class JSONObject {
    public JSONObject() {
        throw new RuntimeException("Stub!");
    }

    public JSONObject(String json) throws JSONException {
        throw new RuntimeException("Stub!");
    }

    public JSONObject put(String name, boolean value) throws JSONException {
        throw new RuntimeException("Stub!");
    }

    public JSONObject put(String name, int value) throws JSONException {
        throw new RuntimeException("Stub!");
    }

    public JSONObject put(String name, Object value) throws JSONException {
        throw new RuntimeException("Stub!");
    }

    public long getLong(String name) throws JSONException {
        throw new RuntimeException("Stub!");
    }

    public boolean optBoolean(String name) {
        throw new RuntimeException("Stub!");
    }

    // "" when there is none
    public String optString(String name) {
        throw new RuntimeException("Stub!");
    }

    public JSONArray optJSONArray(String name) {
        throw new RuntimeException("Stub!");
    }

    @Override
    public String toString() {
        throw new RuntimeException("Stub!");
    }
}
