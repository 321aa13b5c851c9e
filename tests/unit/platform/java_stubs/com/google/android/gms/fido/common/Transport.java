package com.google.android.gms.fido.common;

// Only the type: the app's descriptors name no transports (null: any).
public enum Transport {
    USB,
    NFC;
}
