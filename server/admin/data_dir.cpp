#include "server/admin/data_dir.h"

#include "server/admin/cli.h"
#include "server/crypto/spki_pin.h"
#include "server/store/store.h"

#include <QDir>
#include <QFile>

namespace vaultlink::server::admin {

namespace {
QByteArray readFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString() + ": " +
                                 file.errorString().toStdString());
    return file.readAll();
}
} // namespace

DataDir::DataDir(QString path)
    : m_path(std::move(path)) {}

QString DataDir::storePath() const {
    return QDir(m_path).filePath(QStringLiteral("store.db"));
}
QString DataDir::certificatePath() const {
    return QDir(m_path).filePath(QStringLiteral("server.crt"));
}
QString DataDir::keyPath() const {
    return QDir(m_path).filePath(QStringLiteral("server.key"));
}

bool DataDir::initialized() const {
    return QFile::exists(storePath());
}

std::unique_ptr<Store> DataDir::open() const {
    if (!initialized())
        throw UsageError{QStringLiteral("%1 is not a server data folder; run 'vaultlink-server "
                                        "init --data %1' first")
                             .arg(m_path)};
    return std::make_unique<Store>(storePath());
}

QByteArray DataDir::certificatePem() const {
    return readFile(certificatePath());
}
QByteArray DataDir::keyPem() const {
    return readFile(keyPath());
}

QString DataDir::pin() const {
    if (!initialized())
        throw UsageError{QStringLiteral("%1 is not a server data folder; run 'vaultlink-server "
                                        "init --data %1' first")
                             .arg(m_path)};
    QString pin = spkiPin(certificatePem());
    if (pin.isEmpty())
        throw std::runtime_error("server.crt holds no certificate");
    return pin;
}

} // namespace vaultlink::server::admin
