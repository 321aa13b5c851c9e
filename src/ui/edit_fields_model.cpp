#include "src/ui/edit_fields_model.h"

#include <QJsonArray>

namespace vaultlink::ui {

QJsonValue EditField::value() const {
    if (type == QLatin1String("tags"))
        return QJsonArray::fromStringList(tags);
    return text;
}

EditFieldsModel::~EditFieldsModel() {
    clear();
}

bool EditFieldsModel::isSecret(const QString &type) {
    return type == QLatin1String("password") || type == QLatin1String("totp");
}

int EditFieldsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_fields.size());
}

QVariant EditFieldsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EditField &field = m_fields.at(index.row());
    switch (role) {
    case KeyRole:
        return field.key;
    case TypeRole:
        return field.type;
    case Qt::DisplayRole:
    case LabelRole:
        return field.label;
    case ValueRole:
        return field.text;
    case TagsRole:
        return field.tags;
    case SecretRole:
        return isSecret(field.type);
    case ProblemRole:
        return field.problem;
    case ScoreRole:
        return field.score;
    case StrengthRole:
        return field.strength;
    default:
        return {};
    }
}

QHash<int, QByteArray> EditFieldsModel::roleNames() const {
    return {{KeyRole, "key"},         {TypeRole, "type"},   {LabelRole, "label"},
            {ValueRole, "value"},     {TagsRole, "tags"},   {SecretRole, "secret"},
            {ProblemRole, "problem"}, {ScoreRole, "score"}, {StrengthRole, "strength"}};
}

void EditFieldsModel::reset(QList<EditField> fields) {
    const qsizetype before = m_fields.size();
    beginResetModel();
    for (EditField &field : m_fields)
        field.text.fill(QChar(0));
    m_fields = std::move(fields);
    endResetModel();
    if (before != m_fields.size())
        emit countChanged();
}

void EditFieldsModel::clear() {
    reset({});
}

int EditFieldsModel::indexOf(const QString &key) const {
    for (qsizetype row = 0; row < m_fields.size(); ++row)
        if (m_fields.at(row).key == key)
            return static_cast<int>(row);
    return -1;
}

const EditField *EditFieldsModel::field(const QString &key) const {
    const int row = indexOf(key);
    return row < 0 ? nullptr : &m_fields.at(row);
}

void EditFieldsModel::update(int row, const std::function<void(EditField &)> &change) {
    if (row < 0 || row >= m_fields.size())
        return;
    const EditField before = m_fields.at(row);
    EditField &field = m_fields[row];
    change(field);
    QList<int> roles;
    if (field.text != before.text)
        roles.append(ValueRole);
    if (field.tags != before.tags)
        roles.append(TagsRole);
    if (field.problem != before.problem)
        roles.append(ProblemRole);
    if (field.score != before.score)
        roles.append(ScoreRole);
    if (field.strength != before.strength)
        roles.append(StrengthRole);
    if (!roles.isEmpty())
        emit dataChanged(index(row), index(row), roles);
}

} // namespace vaultlink::ui
