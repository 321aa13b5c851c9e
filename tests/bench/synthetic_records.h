#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <random>

namespace vaultlink::bench {

// Record objects (docs/api.md §6) shaped like a company vault: service names with an
// environment, user names like "dana.920", one URL per service, one or two tags, all five forms,
// a third personal and the rest spread over units. Deterministic for a given seed.
class SyntheticRecords {
public:
    explicit SyntheticRecords(quint64 seed)
        : m_rng(seed) {}
    QJsonObject next(qint64 id);

    // What a user would type: a piece (1-12 characters) of a name, user name, domain or tag of a
    // record made earlier, sometimes in other case; or a term that matches nothing.
    QString term(std::mt19937_64 &rng) const;

private:
    QString pickPassword();
    std::mt19937_64 m_rng;
    QList<QString> m_samples; // searchable texts of records made, to draw terms from
};

} // namespace vaultlink::bench
