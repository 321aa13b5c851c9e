#include "src/crypto/secure_buffer.h"

#include <QString>

#include <gtest/gtest.h>

using vaultlink::SecureBuffer;

TEST(SecureBuffer, CopiesAndComparesItsBytes) {
    const SecureBuffer a = SecureBuffer::copyOf("secret");
    EXPECT_EQ(a.size(), 6U);
    EXPECT_EQ(a.view(), QByteArrayView("secret"));
    EXPECT_TRUE(a.equals(SecureBuffer::copyOf("secret")));
    EXPECT_FALSE(a.equals(SecureBuffer::copyOf("secreT")));
    EXPECT_FALSE(a.equals(SecureBuffer::copyOf("secrets")));
}

TEST(SecureBuffer, WipeZeroesEveryByte) {
    SecureBuffer buffer = SecureBuffer::copyOf("top secret key material");
    buffer.wipe();
    for (std::size_t i = 0; i < buffer.size(); ++i)
        EXPECT_EQ(buffer.data()[i], 0) << i;
}

TEST(SecureBuffer, MovingLeavesTheSourceEmpty) {
    SecureBuffer source = SecureBuffer::copyOf("key");
    SecureBuffer target = std::move(source);
    EXPECT_EQ(target.view(), QByteArrayView("key"));
    EXPECT_TRUE(
        source.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is the point
    SecureBuffer other = SecureBuffer::copyOf("old");
    other = std::move(target);
    EXPECT_EQ(other.view(), QByteArrayView("key"));
}

TEST(SecureBuffer, FromUtf8EncodesAndWipeBytesClears) {
    EXPECT_EQ(SecureBuffer::fromUtf8(QStringLiteral("pässword")).view(),
              QByteArrayView("p\xc3\xa4ssword"));
    QByteArray bytes("temporary secret");
    const QByteArray shared = bytes; // an implicitly shared copy must survive
    vaultlink::wipeBytes(bytes);
    EXPECT_TRUE(bytes.isEmpty());
    EXPECT_EQ(shared, QByteArray("temporary secret"));
}
