package android.app;

@Deprecated // API 28: androidx.fragment.app.FragmentTransaction
public abstract class FragmentTransaction {
    @Deprecated
    public abstract FragmentTransaction add(Fragment fragment, String tag);

    @Deprecated
    public abstract FragmentTransaction remove(Fragment fragment);

    @Deprecated
    public abstract int commitAllowingStateLoss();

    @Deprecated
    public abstract void commitNowAllowingStateLoss();
}
