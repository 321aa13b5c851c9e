#pragma once

#include "src/ui/edit_fields_model.h"

#include <QObject>
#include <QStringList>

namespace vaultlink::ui {

class VaultSession;
class VaultWrites;

// The Edit page, for a record of the vault or a new one: its fields by type, the name required,
// the strength of each password as it is typed (with the record's own words known to an
// attacker). Save writes the change on this device at once, offline too (RecordEditor); it is
// sent at the next sync. Cancel drops what was typed.
class RecordEditorViewModel : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool open READ isOpen NOTIFY openChanged)
    Q_PROPERTY(bool isNew READ isNew NOTIFY openChanged)
    Q_PROPERTY(qint64 recordId READ recordId NOTIFY openChanged)
    Q_PROPERTY(QString title READ title NOTIFY openChanged)
    Q_PROPERTY(QString place READ place NOTIFY openChanged)
    Q_PROPERTY(vaultlink::ui::EditFieldsModel *fields READ fields CONSTANT)
    Q_PROPERTY(bool changed READ changed NOTIFY valuesChanged)
    Q_PROPERTY(bool canSave READ canSave NOTIFY valuesChanged)
    Q_PROPERTY(QStringList userWords READ userWords NOTIFY valuesChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
public:
    RecordEditorViewModel(VaultWrites &writes, VaultSession &session, QObject *parent = nullptr);

    bool isOpen() const { return m_open; }
    bool isNew() const { return m_form.size() > 0; }
    qint64 recordId() const { return m_id; }
    QString title() const { return m_title; }
    QString place() const { return m_place; }
    EditFieldsModel *fields() { return &m_fields; }
    bool changed() const;
    bool canSave() const;
    // The record's name, user names, e-mail addresses and the web address's host.
    QStringList userWords() const;
    QString error() const { return m_error; }

    // Starts editing a record of the vault; false (and `error` says why) when the user may not.
    Q_INVOKABLE bool edit(qint64 id);
    // Starts a new record of the form, personal (unit 0) or in the unit; false (and `error`
    // says why) when the user may not.
    Q_INVOKABLE bool create(const QString &form, qint64 unit);
    Q_INVOKABLE void setValue(const QString &key, const QString &text);
    Q_INVOKABLE void addTag(const QString &key, const QString &tag);
    Q_INVOKABLE void removeTag(const QString &key, int index);
    // Writes the change on this device; false (and `error` says why) when that failed.
    Q_INVOKABLE bool save();
    // Drops what was typed.
    Q_INVOKABLE void cancel();

signals:
    void openChanged();
    void valuesChanged();
    void errorChanged();
    // `created`: a new record (its local id); else the record edited.
    void saved(qint64 id, bool created);

private:
    bool startEdit(qint64 id);
    bool startNew(const QString &form, qint64 unit);
    void start(qint64 id, const QString &form, qint64 unit, const QString &title,
               QList<EditField> fields);
    void check(); // the name's problem and the passwords' strengths, after any change
    void setError(const QString &error);

    VaultWrites &m_writes;
    VaultSession &m_session;
    EditFieldsModel m_fields;
    bool m_open = false;
    qint64 m_id = 0;
    QString m_form; // a new record's form; empty when editing
    qint64 m_unit = 0;
    QString m_title;
    QString m_place;
    QString m_error;
};

} // namespace vaultlink::ui
