#include "server/crypto/base32.h"

namespace vaultlink::server {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
}

QByteArray base32Encode(const QByteArray &data) {
    QByteArray out;
    unsigned buffer = 0;
    int bits = 0;
    for (char c : data) {
        buffer = (buffer << 8) | static_cast<unsigned char>(c);
        bits += 8;
        while (bits >= 5) {
            out.append(kAlphabet[(buffer >> (bits - 5)) & 31U]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(kAlphabet[(buffer << (5 - bits)) & 31U]);
    return out;
}

std::optional<QByteArray> base32Decode(const QByteArray &text) {
    QByteArray out;
    unsigned buffer = 0;
    int bits = 0;
    for (char c : text) {
        if (c == '=' || c == ' ')
            continue;
        const char upper = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
        unsigned value = 0;
        if (upper >= 'A' && upper <= 'Z')
            value = static_cast<unsigned>(upper - 'A');
        else if (upper >= '2' && upper <= '7')
            value = static_cast<unsigned>(upper - '2' + 26);
        else
            return std::nullopt;
        buffer = (buffer << 5) | value;
        bits += 5;
        if (bits >= 8) {
            out.append(static_cast<char>((buffer >> (bits - 8)) & 0xFFU));
            bits -= 8;
        }
    }
    return out;
}

} // namespace vaultlink::server
