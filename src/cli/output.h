#pragma once

#include "src/crypto/secure_buffer.h"
#include "src/profiles/failure.h"
#include "src/storage/mirror.h"
#include "src/sync/syncer.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace vaultlink::cli {

// Everything the command line prints: results on stdout (text or --json), progress and errors
// on stderr. Secret field values are masked unless the user asked to reveal them.
class Output {
public:
    explicit Output(bool json)
        : m_json(json) {}
    bool json() const { return m_json; }

    void line(const QString &text) const;
    void value(const QJsonValue &value) const;
    void progress(const SyncProgress &progress) const;
    void failure(const Failure &failure) const;
    void note(const QString &text) const; // a remark on stderr
    // A secret the user asked for (a generated password), written from its buffer so that no
    // QString or JSON document holding it is left in freed memory. Text: the secret alone on a
    // line; --json: an object with the secret under `key` (a plain name), then `rest`'s members.
    void secret(const SecureBuffer &value, const char *key, const QJsonObject &rest) const;

    static QJsonObject summaryJson(const RecordSummary &summary);
    static QString summaryLine(const RecordSummary &summary);
    // The record as the server sent it, secret values replaced unless `reveal`.
    static QJsonObject recordJson(const QJsonObject &record, bool reveal);
    static QString recordText(const QJsonObject &record, const QString &unitName, bool reveal);
    // Password and authenticator-seed fields.
    static bool isSecretType(const QString &type);
    // A field's value on one line: tags joined, a secret masked unless `reveal`.
    static QString valueText(const QJsonValue &value, const QString &type, bool reveal);

private:
    bool m_json;
};

} // namespace vaultlink::cli
