#pragma once

#include "platform/camera_access.h"
#include "src/ui/app_log.h"
#include "src/ui/clipboard_guard.h"
#include "src/ui/link_view_model.h"
#include "src/ui/profiles_model.h"
#include "src/ui/qr_scanner.h"
#include "src/ui/record_list_model.h"
#include "src/ui/record_view_model.h"
#include "src/ui/settings_view_model.h"
#include "src/ui/stand_in_camera.h"
#include "src/ui/sync_status.h"
#include "src/ui/unlock_view_model.h"
#include "src/ui/vault_view_model.h"

#include <QtQml/qqml.h>

class QQmlEngine;
class QJSEngine;

// The view-models reach QML here, as singletons of the module Vaultlink; the classes themselves
// carry no QML macros. The composition root hands the instances in before loading any QML.
namespace vaultlink::qml {

struct ViewModels {
    ui::ProfilesModel *profiles = nullptr;
    ui::LinkViewModel *link = nullptr;
    ui::UnlockViewModel *unlock = nullptr;
    ui::VaultViewModel *vault = nullptr;
    ui::RecordViewModel *record = nullptr;
    ui::ClipboardGuard *clipboard = nullptr;
    ui::SettingsViewModel *settings = nullptr;
    ui::AppLog *log = nullptr;
    ui::StandInCamera *standInCamera = nullptr;
    platform::CameraAccess *cameraAccess = nullptr;
};

void provide(const ViewModels &models);
const ViewModels &provided();

struct ProfilesSingleton {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::ProfilesModel)
    QML_NAMED_ELEMENT(Profiles)
    QML_SINGLETON
public:
    static ui::ProfilesModel *create(QQmlEngine *, QJSEngine *);
};

struct LinkSingleton {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::LinkViewModel)
    QML_NAMED_ELEMENT(Link)
    QML_SINGLETON
public:
    static ui::LinkViewModel *create(QQmlEngine *, QJSEngine *);
};

struct UnlockSingleton {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::UnlockViewModel)
    QML_NAMED_ELEMENT(Unlock)
    QML_SINGLETON
public:
    static ui::UnlockViewModel *create(QQmlEngine *, QJSEngine *);
};

struct VaultSingleton {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::VaultViewModel)
    QML_NAMED_ELEMENT(Vault)
    QML_SINGLETON
public:
    static ui::VaultViewModel *create(QQmlEngine *, QJSEngine *);
};

struct RecordSingleton {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::RecordViewModel)
    QML_NAMED_ELEMENT(Record)
    QML_SINGLETON
public:
    static ui::RecordViewModel *create(QQmlEngine *, QJSEngine *);
};

struct ClipboardSingleton {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::ClipboardGuard)
    QML_NAMED_ELEMENT(Clipboard)
    QML_SINGLETON
public:
    static ui::ClipboardGuard *create(QQmlEngine *, QJSEngine *);
};

struct SettingsSingleton {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::SettingsViewModel)
    QML_NAMED_ELEMENT(Settings)
    QML_SINGLETON
public:
    static ui::SettingsViewModel *create(QQmlEngine *, QJSEngine *);
};

struct LogSingleton {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::AppLog)
    QML_NAMED_ELEMENT(AppLog)
    QML_SINGLETON
public:
    static ui::AppLog *create(QQmlEngine *, QJSEngine *);
};

struct StandInCameraSingleton {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::StandInCamera)
    QML_NAMED_ELEMENT(StandInCamera)
    QML_SINGLETON
public:
    static ui::StandInCamera *create(QQmlEngine *, QJSEngine *);
};

struct CameraAccessSingleton {
    Q_GADGET
    QML_FOREIGN(vaultlink::platform::CameraAccess)
    QML_NAMED_ELEMENT(CameraAccess)
    QML_SINGLETON
public:
    static platform::CameraAccess *create(QQmlEngine *, QJSEngine *);
};

// Made by the Link page for its viewfinder.
struct QrScannerForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::QrScanner)
    QML_NAMED_ELEMENT(QrScanner)
};

struct SyncStatusForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::SyncStatus)
    QML_ANONYMOUS
};

struct RecordListForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::RecordListModel)
    QML_ANONYMOUS
};

} // namespace vaultlink::qml
