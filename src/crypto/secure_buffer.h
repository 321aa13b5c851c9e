#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <memory>

namespace vaultlink {

// Bytes that hold a secret (a key, a password): never copied implicitly, and overwritten with
// zeros when destroyed, moved from or wiped, so that no stale copy stays in freed memory.
class SecureBuffer {
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    static SecureBuffer copyOf(QByteArrayView bytes);
    // Takes a QString's UTF-8 form and wipes the intermediate QByteArray it came through.
    static SecureBuffer fromUtf8(const QString &text);
    ~SecureBuffer();

    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;
    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;

    unsigned char *data() { return m_data.get(); }
    const unsigned char *data() const { return m_data.get(); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const;
    void wipe();
    bool equals(const SecureBuffer &other) const; // constant time for equal sizes

private:
    std::unique_ptr<unsigned char[]> m_data;
    std::size_t m_size = 0;
};

// Overwrites a QByteArray that held a secret (it detaches first, so only its own copy is wiped).
void wipeBytes(QByteArray &bytes);

} // namespace vaultlink
