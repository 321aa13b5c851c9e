#pragma once

#include "src/edits/record_merge.h"
#include "view_models_fixture.h"

#include <QSignalSpy>

namespace vaultlink::testing {

// The view-models that write records, over the same graph and fake server; helpers a user's
// steps come down to.
class WriteViewModels : public ViewModels {
protected:
    ui::RecordEditorViewModel &editor = graph.editor;
    ui::NewRecordViewModel &newRecord = graph.newRecord;
    ui::RecordActions &actions = graph.recordActions;
    ui::RecordHistory &history = graph.recordHistory;
    ui::ConflictsViewModel &conflicts = graph.conflicts;
    ui::SyncStatus &status = *graph.vault.syncStatus();

    void syncNow() {
        vault.sync(false);
        ASSERT_TRUE(waitFor([&] { return !status.syncing(); }, 20000));
        ASSERT_TRUE(status.error().isEmpty()) << status.error().toStdString();
    }

    // The value of one role of the editor's field `key`.
    QVariant role(const QString &key, int role) {
        ui::EditFieldsModel &fields = *editor.fields();
        return fields.data(fields.index(fields.indexOf(key)), role);
    }

    // Edits a record's fields and saves, as the Edit page does; the saved record's id.
    qint64 editAndSave(qint64 id, const QList<QPair<QString, QString>> &values) {
        EXPECT_TRUE(editor.edit(id)) << editor.error().toStdString();
        for (const auto &[key, text] : values)
            editor.setValue(key, text);
        QSignalSpy saved(&editor, &ui::RecordEditorViewModel::saved);
        EXPECT_TRUE(editor.save()) << editor.error().toStdString();
        return saved.isEmpty() ? 0 : saved.first().first().toLongLong();
    }

    // A value of the record as the mirror shows it now.
    QJsonValue shown(qint64 id, const QString &key) {
        const std::optional<QJsonObject> held = session.mirror()->record(id);
        if (!held)
            return {};
        const std::optional<QJsonObject> field = fieldOf(*held, key);
        return field ? field->value(QLatin1String("value")) : QJsonValue();
    }

    bool listed(qint64 id, int role) {
        ui::RecordListModel &list = *vault.records();
        for (int row = 0; row < list.rowCount(); ++row)
            if (list.idAt(row) == id)
                return list.data(list.index(row), role).toBool();
        ADD_FAILURE() << "record " << id << " is not in the list";
        return false;
    }
};

} // namespace vaultlink::testing
