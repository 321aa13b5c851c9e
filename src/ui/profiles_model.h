#pragma once

#include "src/storage/profile_registry.h"

#include <QAbstractListModel>

namespace vaultlink {
class ProfileService;
}

namespace vaultlink::ui {

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
    };
    explicit ProfilesModel(ProfileService &service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString error() const { return m_error; }

    // Reads the registry again (after a link, a rename, an unlink).
    Q_INVOKABLE void reload();
    Q_INVOKABLE bool contains(const QString &name) const;

signals:
    void countChanged();
    void errorChanged();

private:
    ProfileService &m_service;
    QList<ProfileRecord> m_profiles;
    QString m_error;
};

} // namespace vaultlink::ui
