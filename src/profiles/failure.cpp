#include "src/profiles/failure.h"

#include "src/api/api_error.h"
#include "src/profiles/refusal_messages.h"
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
        return {Failure::Kind::Network, netCode(error), error.message()};
    case ApiError::Kind::BadAnswer:
        return {Failure::Kind::Server, QStringLiteral("bad-answer"), error.message()};
    case ApiError::Kind::Refusal:
        break;
    }
    const RefusalText text = refusalText(error.code());
    QString message = text.message;
    if (error.code() == QLatin1String("login-throttled"))
        message = message.arg(error.retryAfterSeconds());
    if (error.code() == QLatin1String("mfa-failed"))
        message = message.arg(error.attemptsLeft());
    return {text.kind, error.code(), message};
}

QString storageCode(StorageError::Kind kind) {
    switch (kind) {
    case StorageError::Kind::Undecryptable:
        return QStringLiteral("mirror-undecryptable");
    case StorageError::Kind::Corrupt:
        return QStringLiteral("mirror-corrupt");
    case StorageError::Kind::TooNew:
        return QStringLiteral("mirror-too-new");
    case StorageError::Kind::Io:
        break;
    }
    return QStringLiteral("mirror-io");
}
} // namespace

Failure::Failure(Kind kind, QString code, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_code(std::move(code)) {}

Failure explain(const std::exception &error) {
    if (const auto *failure = dynamic_cast<const Failure *>(&error))
        return *failure;
    if (const auto *api = dynamic_cast<const ApiError *>(&error))
        return explainApi(*api);
    if (const auto *storage = dynamic_cast<const StorageError *>(&error))
        return {Failure::Kind::LocalData, storageCode(storage->kind()),
                QString::fromStdString(storage->what())};
    if (dynamic_cast<const RegistryError *>(&error))
        return {Failure::Kind::LocalData, QStringLiteral("registry-damaged"),
                QString::fromStdString(error.what())};
    if (dynamic_cast<const SyncError *>(&error))
        return {Failure::Kind::Server, QStringLiteral("sync-mismatch"),
                QString::fromStdString(error.what())};
    return {Failure::Kind::Server, QStringLiteral("unexpected"),
            QStringLiteral("unexpected failure: %1").arg(QString::fromUtf8(error.what()))};
}

} // namespace vaultlink
