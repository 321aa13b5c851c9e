package androidx.fragment.app;

// Really through androidx.activity's ComponentActivity; only the Activity part matters here.
public class FragmentActivity extends android.app.Activity {}
