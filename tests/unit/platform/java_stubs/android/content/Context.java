package android.content;

import android.content.pm.PackageManager;

public abstract class Context {
    public abstract Context getApplicationContext();

    public abstract PackageManager getPackageManager();
}
