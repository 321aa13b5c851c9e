package android.content.pm;

import android.os.Parcelable;

public class PackageInfo implements Parcelable {
    @Deprecated // API 28: signingInfo
    public Signature[] signatures; // with GET_SIGNATURES
    public SigningInfo signingInfo; // API 28, with GET_SIGNING_CERTIFICATES
}
