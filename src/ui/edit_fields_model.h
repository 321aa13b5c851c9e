#pragma once

#include <QAbstractListModel>
#include <QJsonValue>
#include <QStringList>

#include <functional>

namespace vaultlink::ui {

// One field as the editor holds it while the user types.
struct EditField {
    QString key;
    QString type;
    QString label;
    QString text;        // every type but tags
    QStringList tags;    // tags
    QJsonValue original; // what the record held (a new record: nothing)
    QString problem;     // why it cannot be saved like this (a required field left empty)
    int score = -1;      // a password's strength, 0–4; -1: none shown
    QString strength;    // the same in words

    QJsonValue value() const;
    bool isChanged() const { return value() != original; }
};

// The fields of the record being edited, for a Repeater of inputs by type. A row changes in
// place (dataChanged), so that the input the user types in is never made anew under the cursor.
class EditFieldsModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        TypeRole,
        LabelRole,
        ValueRole,
        TagsRole,
        SecretRole,
        ProblemRole,
        ScoreRole,
        StrengthRole
    };

    using QAbstractListModel::QAbstractListModel;
    ~EditFieldsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    static bool isSecret(const QString &type);

    const QList<EditField> &fields() const { return m_fields; }
    void reset(QList<EditField> fields);
    void clear(); // the values are wiped
    // The row of `key`, or -1.
    int indexOf(const QString &key) const;
    const EditField *field(const QString &key) const;
    // Changes one row with `change` and tells the view which of it changed.
    void update(int row, const std::function<void(EditField &)> &change);

signals:
    void countChanged();

private:
    QList<EditField> m_fields;
};

} // namespace vaultlink::ui
