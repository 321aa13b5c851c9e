#include "src/storage/set_digest.h"

#include "src/storage/encrypted_db.h"

#include <QByteArray>

#include <openssl/sha.h>

#include <charconv>
#include <cstring>

namespace vaultlink {

void SetDigest::toggle(qint64 id, qint64 sequence) {
    char text[48]; // two qint64 of at most 20 characters each, and the colon
    char *colon = std::to_chars(text, text + 20, id).ptr;
    *colon = ':';
    const char *end = std::to_chars(colon + 1, text + sizeof text, sequence).ptr;
    unsigned char hash[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(text), static_cast<std::size_t>(end - text),
           hash);
    for (std::size_t i = 0; i < m_bytes.size(); ++i)
        m_bytes[i] ^= hash[i];
}

QString SetDigest::hex() const {
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(m_bytes.data()),
                                static_cast<qsizetype>(m_bytes.size()))
            .toHex());
}

SetDigest SetDigest::fromHex(const QString &hex) {
    SetDigest digest;
    if (hex.isEmpty())
        return digest;
    const QByteArray latin1 = hex.toLatin1();
    const QByteArray bytes = QByteArray::fromHex(latin1);
    if (hex.size() != 64 || bytes.size() != 32 || bytes.toHex() != latin1.toLower())
        throw StorageError(StorageError::Kind::Corrupt,
                           QStringLiteral("the stored digest is malformed"));
    std::memcpy(digest.m_bytes.data(), bytes.constData(), digest.m_bytes.size());
    return digest;
}

} // namespace vaultlink
