package android.app.job;

import android.app.Service;

public abstract class JobService extends Service {
    public static final String PERMISSION_BIND = "android.permission.BIND_JOB_SERVICE";

    public abstract boolean onStartJob(JobParameters params);

    public abstract boolean onStopJob(JobParameters params);
}
