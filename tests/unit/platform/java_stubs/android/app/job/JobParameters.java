package android.app.job;

import android.os.Parcelable;

public class JobParameters implements Parcelable {
    public int getJobId() {
        throw new RuntimeException("Stub!");
    }
}
