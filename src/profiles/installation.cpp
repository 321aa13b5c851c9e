#include "src/profiles/installation.h"

#include "src/crypto/random.h"
#include "src/storage/private_files.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace vaultlink {

QString installationDeviceId(const QString &dataDir, Random &random) {
    const QString path = dataDir + QStringLiteral("/device.json");
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QString id = QJsonDocument::fromJson(file.readAll())
                               .object()
                               .value(QStringLiteral("deviceId"))
                               .toString();
        if (!id.isEmpty())
            return id;
    }
    QByteArray bytes = random.bytes(16);
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40); // a version 4 UUID
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80);
    const QString id = QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    // Unwritable: the id still serves this run; the next one makes another.
    writePrivateFile(path, QJsonDocument(QJsonObject{{QStringLiteral("deviceId"), id}}).toJson());
    return id;
}

} // namespace vaultlink
