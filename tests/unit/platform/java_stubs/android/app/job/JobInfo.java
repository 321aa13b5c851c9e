package android.app.job;

import android.content.ComponentName;
import android.os.Parcelable;

public class JobInfo implements Parcelable {
    public static final class Builder {
        public Builder(int jobId, ComponentName jobService) {
            throw new RuntimeException("Stub!");
        }

        public Builder setMinimumLatency(long minLatencyMillis) {
            throw new RuntimeException("Stub!");
        }

        public Builder setOverrideDeadline(long maxExecutionDelayMillis) {
            throw new RuntimeException("Stub!");
        }

        public JobInfo build() {
            throw new RuntimeException("Stub!");
        }
    }
}
