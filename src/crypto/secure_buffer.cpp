#include "src/crypto/secure_buffer.h"

#include <QString>

#include <openssl/crypto.h>

#include <cstring>

namespace vaultlink {

SecureBuffer::SecureBuffer(std::size_t size)
    : m_data(size ? std::make_unique<unsigned char[]>(size) : nullptr)
    , m_size(size) {}

SecureBuffer SecureBuffer::copyOf(QByteArrayView bytes) {
    SecureBuffer buffer(static_cast<std::size_t>(bytes.size()));
    if (!bytes.isEmpty())
        std::memcpy(buffer.data(), bytes.data(), buffer.size());
    return buffer;
}

SecureBuffer SecureBuffer::fromUtf8(const QString &text) {
    QByteArray utf8 = text.toUtf8();
    SecureBuffer buffer = copyOf(utf8);
    wipeBytes(utf8);
    return buffer;
}

SecureBuffer::~SecureBuffer() {
    wipe();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(other.m_size) {
    other.m_size = 0;
}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept {
    if (this != &other) {
        wipe();
        m_data = std::move(other.m_data);
        m_size = other.m_size;
        other.m_size = 0;
    }
    return *this;
}

QByteArrayView SecureBuffer::view() const {
    return {reinterpret_cast<const char *>(m_data.get()), static_cast<qsizetype>(m_size)};
}

void SecureBuffer::wipe() {
    if (m_data && m_size)
        OPENSSL_cleanse(m_data.get(), m_size);
}

bool SecureBuffer::equals(const SecureBuffer &other) const {
    return m_size == other.m_size &&
           (m_size == 0 || CRYPTO_memcmp(m_data.get(), other.m_data.get(), m_size) == 0);
}

void wipeBytes(QByteArray &bytes) {
    if (bytes.isEmpty())
        return;
    bytes.detach();
    OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

} // namespace vaultlink
