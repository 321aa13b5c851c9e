package android.os;

// Only the type matters here: what an Intent carries as an extra.
public interface Parcelable {}
