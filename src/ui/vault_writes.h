#pragma once

#include "src/profiles/record_editor.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace vaultlink {
class ProfileService;
} // namespace vaultlink

namespace vaultlink::ui {

class VaultSession;

// Writing records on the unlocked profile, for every page that writes. Each action gets an editor
// of its own (ProfileService::editor): it reads the rights, forms and units the mirror holds now,
// and a sync may have replaced the mirror since the last action. A write that succeeded is
// announced to the session, so that the list, the record page and the status line show it at
// once. Writes run on the GUI thread, not on the runner: each is one short local transaction, and
// "at once" must not wait behind a sync that holds the runner for minutes.
class VaultWrites {
    Q_DECLARE_TR_FUNCTIONS(VaultWrites)
public:
    VaultWrites(ProfileService &service, VaultSession &session);

    // Empty when `write` succeeded; otherwise why not, in the user's words.
    QString write(const std::function<void(RecordEditor &)> &write);
    // For asking whyNot… and reading the forms: nullptr when the vault is locked or the editor
    // cannot be had, with `why` (when given) saying why in the user's words.
    std::unique_ptr<RecordEditor> editor(QString *why = nullptr);

private:
    ProfileService &m_service;
    VaultSession &m_session;
};

} // namespace vaultlink::ui
