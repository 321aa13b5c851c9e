#pragma once

#include "src/storage/profile_registry.h"

#include <QAbstractListModel>

#include <functional>

namespace vaultlink {
class ProfileService;
}

namespace vaultlink::ui {

class VaultSession;

// The linked profiles for the Profiles page: what each one links to, without unlocking it.
class ProfilesModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        ServerRole,
        DatabaseRole,
        UserRole,
        PinnedRole,
        LastSyncRole,
    };
    ProfilesModel(ProfileService &service, VaultSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString error() const { return m_error; }

    // Reads the registry again (after a link, a rename, an unlink).
    Q_INVOKABLE void reload();
    Q_INVOKABLE bool contains(const QString &name) const;
    // Both answer false and set `error` when refused (a taken name, an unknown profile).
    Q_INVOKABLE bool rename(const QString &name, const QString &newName);
    // Deletes the profile's local copy and its wrapped key, locking it first if it is open.
    Q_INVOKABLE bool remove(const QString &name);

signals:
    void countChanged();
    void errorChanged();

private:
    bool attempt(const std::function<void()> &action);

    ProfileService &m_service;
    VaultSession &m_session;
    QList<ProfileRecord> m_profiles;
    QString m_error;
};

} // namespace vaultlink::ui
