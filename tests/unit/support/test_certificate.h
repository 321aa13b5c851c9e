#pragma once

namespace vaultlink::testing {

// A fixed certificate and its pin as computed by the openssl command line:
// openssl x509 -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary |
// base64
inline constexpr char kCertificate[] = R"(-----BEGIN CERTIFICATE-----
MIIBezCCASGgAwIBAgIUDVg0FcS9niNuDZpssY0k5wICK0AwCgYIKoZIzj0EAwIw
EzERMA8GA1UEAwwIcGluLnRlc3QwHhcNMjYxMTIyMTcwMDE3WhcNMzYxMTE5MTcw
MDE3WjATMREwDwYDVQQDDAhwaW4udGVzdDBZMBMGByqGSM49AgEGCCqGSM49AwEH
A0IABFnJTsaz0P+ohrQIsKQ+FWMUpqJWP2EpPA4hwhw1sQHZ38ax2Zh2uvBKRc3U
OATutFzQsADfm3ayP2arMr5cvXejUzBRMB0GA1UdDgQWBBQrLrvfrkIwmfsohjjJ
zZ17uDppVjAfBgNVHSMEGDAWgBQrLrvfrkIwmfsohjjJzZ17uDppVjAPBgNVHRMB
Af8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIQDf8JjUZwgOhnO1UOyGnqd9Qhou
WwH0o3Z4JzUO0onwcwIgDQUCbCNClFcIUyaH5WaTkPXr5gPPuHdf1yVMj+JZsO4=
-----END CERTIFICATE-----
)";
inline constexpr char kPin[] = "sha256/5T0KHI+FUB+O6W8pHhDujDWQNfTStplXsCAYsn6BSy8=";

} // namespace vaultlink::testing
