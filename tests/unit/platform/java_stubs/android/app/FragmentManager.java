package android.app;

@Deprecated // API 28: androidx.fragment.app.FragmentManager
public abstract class FragmentManager {
    @Deprecated
    public abstract FragmentTransaction beginTransaction();
}
