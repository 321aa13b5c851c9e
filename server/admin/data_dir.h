#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace vaultlink::server {
class Store;
}

namespace vaultlink::server::admin {

// The server's data folder: store.db (SQLite), server.crt and server.key (PEM, key 0600).
class DataDir {
public:
    explicit DataDir(QString path);

    QString storePath() const;
    QString certificatePath() const;
    QString keyPath() const;
    bool initialized() const;
    // Opens the store; a usage error when `init` has not been run on this folder.
    std::unique_ptr<Store> open() const;
    QByteArray certificatePem() const;
    QByteArray keyPem() const;
    QString pin() const;

private:
    QString m_path;
};

} // namespace vaultlink::server::admin
