#include "src/ui/profiles_model.h"

#include "src/profiles/failure.h"
#include "src/profiles/profile_service.h"
#include "src/ui/failure_text.h"
#include "src/ui/vault_session.h"

#include <QDateTime>
#include <QUrl>

namespace vaultlink::ui {

ProfilesModel::ProfilesModel(ProfileService &service, VaultSession &session, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
    , m_session(session) {
    reload();
}

int ProfilesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_profiles.size());
}

QVariant ProfilesModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProfileRecord &profile = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return profile.name;
    case ServerRole:
        return QUrl(profile.serverUrl).host();
    case DatabaseRole:
        return profile.databaseName;
    case UserRole:
        return profile.userName;
    case PinnedRole:
        return !profile.pin.isEmpty();
    case LastSyncRole:
        return QDateTime::fromString(profile.lastSyncAt, Qt::ISODateWithMs);
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfilesModel::roleNames() const {
    return {{NameRole, "name"}, {ServerRole, "server"}, {DatabaseRole, "database"},
            {UserRole, "user"}, {PinnedRole, "pinned"}, {LastSyncRole, "lastSync"}};
}

void ProfilesModel::reload() {
    // A registry that cannot be read is shown, never replaced (the core refuses to overwrite it).
    QString error;
    QList<ProfileRecord> profiles;
    try {
        profiles = m_service.profiles();
    } catch (const std::exception &failure) {
        error = failureText(explain(failure));
    }
    const qsizetype before = m_profiles.size();
    beginResetModel();
    m_profiles = std::move(profiles);
    endResetModel();
    if (before != m_profiles.size())
        emit countChanged();
    if (error != m_error) {
        m_error = error;
        emit errorChanged();
    }
}

bool ProfilesModel::contains(const QString &name) const {
    for (const ProfileRecord &profile : m_profiles)
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool ProfilesModel::attempt(const std::function<void()> &action) {
    try {
        action();
    } catch (const std::exception &failure) {
        m_error = failureText(explain(failure));
        emit errorChanged();
        return false;
    }
    reload();
    return true;
}

bool ProfilesModel::rename(const QString &name, const QString &newName) {
    return attempt([&] {
        m_service.rename(name, newName);
        if (m_session.profileName().compare(name, Qt::CaseInsensitive) == 0)
            m_session.renamed(newName.trimmed());
    });
}

bool ProfilesModel::remove(const QString &name) {
    return attempt([&] {
        if (m_session.profileName().compare(name, Qt::CaseInsensitive) == 0)
            m_session.lock();
        m_service.remove(name);
    });
}

} // namespace vaultlink::ui
