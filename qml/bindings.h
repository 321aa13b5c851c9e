#pragma once

#include "platform/camera_access.h"
#include "src/clipboard/clipboard_guard.h"
#include "src/ui/app_graph.h"
#include "src/ui/app_log.h"
#include "src/ui/auto_sync.h"
#include "src/ui/biometric_view_model.h"
#include "src/ui/conflicts_view_model.h"
#include "src/ui/edit_fields_model.h"
#include "src/ui/link_view_model.h"
#include "src/ui/new_record_view_model.h"
#include "src/ui/password_generator_view_model.h"
#include "src/ui/profiles_model.h"
#include "src/ui/qr_scanner.h"
#include "src/ui/record_actions.h"
#include "src/ui/record_editor_view_model.h"
#include "src/ui/record_history.h"
#include "src/ui/record_list_model.h"
#include "src/ui/record_view_model.h"
#include "src/ui/settings_view_model.h"
#include "src/ui/stand_in_camera.h"
#include "src/ui/stand_in_sensor.h"
#include "src/ui/sync_status.h"
#include "src/ui/unlock_view_model.h"
#include "src/ui/vault_view_model.h"

#include <QVariantMap>
#include <QtQml/qqml.h>

// The view-models reach QML here: their types are made known to the module Vaultlink (for
// typed properties, enums and tooling), while the instances are handed to Main.qml, which hands
// each page what it needs. The classes themselves carry no QML macros.
namespace vaultlink::qml {

struct ViewModels {
    ui::ProfilesModel *profiles = nullptr;
    ui::LinkViewModel *link = nullptr;
    ui::UnlockViewModel *unlock = nullptr;
    ui::BiometricViewModel *biometrics = nullptr;
    ui::StandInSensor *standInSensor = nullptr;
    ui::VaultViewModel *vault = nullptr;
    ui::RecordViewModel *record = nullptr;
    ui::RecordActions *recordActions = nullptr;
    ui::RecordHistory *recordHistory = nullptr;
    ui::RecordEditorViewModel *editor = nullptr;
    ui::PasswordGeneratorViewModel *generator = nullptr;
    ui::NewRecordViewModel *newRecord = nullptr;
    ui::ConflictsViewModel *conflicts = nullptr;
    ui::AutofillViewModel *autofill = nullptr;
    ClipboardGuard *clipboard = nullptr;
    ui::SettingsViewModel *settings = nullptr;
    ui::AppLog *log = nullptr;
    ui::StandInCamera *standInCamera = nullptr;
    platform::CameraAccess *cameraAccess = nullptr;
};

// The view-models of the app's graph (src/ui/app_graph.h), which owns them.
ViewModels viewModelsOf(ui::AppGraph &graph);

// The required properties of Main.qml, by name. The objects stay owned by whoever made them.
QVariantMap initialProperties(const ViewModels &models);

// One view-model as a property value that QML does not take ownership of.
QVariant handedOut(QObject *object);

struct BiometricViewModelForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::BiometricViewModel)
    QML_NAMED_ELEMENT(BiometricViewModel)
    QML_UNCREATABLE("Made by the app and handed to the pages")
};

struct StandInSensorForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::StandInSensor)
    QML_NAMED_ELEMENT(StandInSensor)
    QML_UNCREATABLE("Made by the app and handed to the pages")
};

struct ProfilesModelForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::ProfilesModel)
    QML_NAMED_ELEMENT(ProfilesModel)
    QML_UNCREATABLE("Made by the app and handed to the pages")
};

struct LinkViewModelForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::LinkViewModel)
    QML_NAMED_ELEMENT(LinkViewModel)
    QML_UNCREATABLE("Made by the app and handed to the pages")
};

struct SecondFactorBridgeForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::SecondFactorBridge)
    QML_NAMED_ELEMENT(SecondFactorBridge)
    QML_UNCREATABLE("Part of the link and vault view-models")
};

struct UnlockViewModelForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::UnlockViewModel)
    QML_NAMED_ELEMENT(UnlockViewModel)
    QML_UNCREATABLE("Made by the app and handed to the pages")
};

struct VaultViewModelForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::VaultViewModel)
    QML_NAMED_ELEMENT(VaultViewModel)
    QML_UNCREATABLE("Made by the app and handed to the pages")
};

struct SyncStatusForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::SyncStatus)
    QML_NAMED_ELEMENT(SyncStatus)
    QML_UNCREATABLE("Part of the vault view-model")
};

struct RecordViewModelForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::RecordViewModel)
    QML_NAMED_ELEMENT(RecordViewModel)
    QML_UNCREATABLE("Made by the app and handed to the pages")
};

struct RecordActionsForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::RecordActions)
    QML_NAMED_ELEMENT(RecordActions)
    QML_UNCREATABLE("Made by the app and handed to the pages")
};

struct AutofillViewModelForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::AutofillViewModel)
    QML_NAMED_ELEMENT(AutofillViewModel)
    QML_UNCREATABLE("Made by the app and handed to the pages")
};

struct RecordHistoryForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::RecordHistory)
    QML_NAMED_ELEMENT(RecordHistory)
    QML_UNCREATABLE("Made by the app and handed to the pages")
};

struct RecordEditorViewModelForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::RecordEditorViewModel)
    QML_NAMED_ELEMENT(RecordEditorViewModel)
    QML_UNCREATABLE("Made by the app and handed to the pages")
};

struct PasswordGeneratorViewModelForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::PasswordGeneratorViewModel)
    QML_NAMED_ELEMENT(PasswordGeneratorViewModel)
    QML_UNCREATABLE("Made by the app and handed to the pages")
};

struct NewRecordViewModelForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::NewRecordViewModel)
    QML_NAMED_ELEMENT(NewRecordViewModel)
    QML_UNCREATABLE("Made by the app and handed to the pages")
};

struct ConflictsViewModelForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::ConflictsViewModel)
    QML_NAMED_ELEMENT(ConflictsViewModel)
    QML_UNCREATABLE("Made by the app and handed to the pages")
};

struct ClipboardGuardForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ClipboardGuard)
    QML_NAMED_ELEMENT(ClipboardGuard)
    QML_UNCREATABLE("Made by the app and handed to the pages")
};

struct SettingsViewModelForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::SettingsViewModel)
    QML_NAMED_ELEMENT(SettingsViewModel)
    QML_UNCREATABLE("Made by the app and handed to the pages")
};

// For its Mode, the type of the settings' autoSync.
struct AutoSyncForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::AutoSync)
    QML_NAMED_ELEMENT(AutoSync)
    QML_UNCREATABLE("Made by the app; only its modes are used in QML")
};

struct AppLogForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::AppLog)
    QML_NAMED_ELEMENT(AppLog)
    QML_UNCREATABLE("Made by the app and handed to the pages")
};

struct StandInCameraForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::StandInCamera)
    QML_NAMED_ELEMENT(StandInCamera)
    QML_UNCREATABLE("Made by the app and handed to the pages")
};

struct CameraAccessForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::platform::CameraAccess)
    QML_NAMED_ELEMENT(CameraAccess)
    QML_UNCREATABLE("Made by the app and handed to the pages")
};

// Made by the viewfinder for its frames.
struct QrScannerForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::QrScanner)
    QML_NAMED_ELEMENT(QrScanner)
};

struct RecordListForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::RecordListModel)
    QML_ANONYMOUS
};

struct EditFieldsForeign {
    Q_GADGET
    QML_FOREIGN(vaultlink::ui::EditFieldsModel)
    QML_ANONYMOUS
};

} // namespace vaultlink::qml
