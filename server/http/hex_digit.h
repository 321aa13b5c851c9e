#pragma once

namespace vaultlink::server {

// The value of a hex digit in either case, or -1: for chunk sizes and percent-escapes, where
// anything else (a sign, "0x", a blank) makes the request malformed.
constexpr int hexDigitValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace vaultlink::server
