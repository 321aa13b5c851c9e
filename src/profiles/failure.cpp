#include "src/profiles/failure.h"

#include "src/api/api_error.h"
#include "src/base/message_catalog.h"
#include "src/profiles/refusal_kinds.h"
#include "src/storage/encrypted_db.h"
#include "src/storage/profile_registry.h"
#include "src/sync/syncer.h"

namespace vaultlink {

namespace {
QString tlsCode(TlsFailure failure) {
    switch (failure) {
    case TlsFailure::Untrusted:
        return QStringLiteral("tls-untrusted");
    case TlsFailure::PinMismatch:
        return QStringLiteral("pin-mismatch");
    case TlsFailure::HostNameMismatch:
        return QStringLiteral("tls-host-name");
    case TlsFailure::Expired:
        return QStringLiteral("tls-expired");
    case TlsFailure::NotYetValid:
        return QStringLiteral("tls-not-yet-valid");
    case TlsFailure::ProtocolTooOld:
        return QStringLiteral("tls-protocol-too-old");
    case TlsFailure::NotTls:
        return QStringLiteral("tls-not-https");
    case TlsFailure::None:
    case TlsFailure::Other:
        break;
    }
    return QStringLiteral("tls-failed");
}

QString netCode(const ApiError &error) {
    switch (error.netFailure()) {
    case NetFailure::HostNotFound:
        return QStringLiteral("host-not-found");
    case NetFailure::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case NetFailure::Unreachable:
        return QStringLiteral("unreachable");
    case NetFailure::Timeout:
        return QStringLiteral("timeout");
    case NetFailure::ConnectionLost:
        return QStringLiteral("connection-lost");
    case NetFailure::Tls:
        return tlsCode(error.tlsFailure());
    case NetFailure::None:
    case NetFailure::Other:
        break;
    }
    return QStringLiteral("network-error");
}

Failure explainApi(const ApiError &error) {
    switch (error.kind()) {
    case ApiError::Kind::Network:
        return {Failure::Kind::Network, netCode(error), error.message(), error.detail()};
    case ApiError::Kind::BadAnswer:
        return {Failure::Kind::Server, QStringLiteral("bad-answer"), error.message()};
    case ApiError::Kind::Refusal:
        break;
    }
    return {refusalKind(error.code()), error.code(), error.message()};
}

Failure explainStorage(const StorageError &error) {
    using K = StorageError::Kind;
    switch (error.kind()) {
    case K::Undecryptable:
        return {Failure::Kind::LocalData, msg::MirrorUndecryptable, {error.detail()}};
    case K::Corrupt:
        return {Failure::Kind::LocalData, msg::MirrorCorrupt, {error.detail()}};
    case K::TooNew:
        return {Failure::Kind::LocalData, msg::MirrorTooNew};
    case K::Busy:
        return {Failure::Kind::LocalData, msg::MirrorBusy};
    case K::Io:
        break;
    }
    return {Failure::Kind::LocalData, msg::MirrorIo, {error.detail()}};
}

Message registryMessage(const RegistryError &error) {
    using K = RegistryError::Kind;
    switch (error.kind()) {
    case K::Unreadable:
        return Message(msg::RegistryUnreadable, {error.detail()});
    case K::Damaged:
        return Message(msg::RegistryDamaged);
    case K::EntryDamaged:
        return Message(msg::RegistryEntryDamaged);
    case K::Unwritable:
        break;
    }
    return Message(msg::RegistryUnwritable, {error.detail()});
}

std::string describe(const QString &code, const Message &message) {
    return (code + QStringLiteral(": ") + message.debugText()).toStdString();
}
} // namespace

Failure::Failure(Kind kind, QString code, Message message, QString logDetail)
    : std::runtime_error(describe(code, message))
    , m_kind(kind)
    , m_code(std::move(code))
    , m_message(std::move(message))
    , m_logDetail(std::move(logDetail)) {}

Failure::Failure(Kind kind, QLatin1StringView key, const QStringList &args)
    : Failure(kind, QString(key), Message(key, args)) {}

Failure explain(const std::exception &error) {
    if (const auto *failure = dynamic_cast<const Failure *>(&error))
        return *failure;
    if (const auto *api = dynamic_cast<const ApiError *>(&error))
        return explainApi(*api);
    if (const auto *storage = dynamic_cast<const StorageError *>(&error))
        return explainStorage(*storage);
    if (const auto *registry = dynamic_cast<const RegistryError *>(&error))
        return {Failure::Kind::LocalData, QStringLiteral("registry-damaged"),
                registryMessage(*registry)};
    if (dynamic_cast<const SyncError *>(&error))
        return {Failure::Kind::Server, msg::SyncMismatch};
    return {Failure::Kind::Server, msg::Unexpected, {QString::fromUtf8(error.what())}};
}

} // namespace vaultlink
