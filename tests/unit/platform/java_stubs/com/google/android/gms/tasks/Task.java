package com.google.android.gms.tasks;

import androidx.annotation.NonNull;

// play-services-tasks
public abstract class Task<TResult> {
    @NonNull
    public abstract Task<TResult> addOnSuccessListener(
            @NonNull OnSuccessListener<? super TResult> listener);

    @NonNull
    public abstract Task<TResult> addOnFailureListener(@NonNull OnFailureListener listener);
}
