#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace vaultlink {

// The query of a link code split into parameters, names and values percent-decoded as UTF-8
// (docs/api.md §8). Problems are collected rather than reported at once so that the caller can
// look at the version first: a newer server may write parameters this client cannot read.
struct LinkQuery {
    QHash<QString, QString> values; // by decoded name; only names given once and decodable
    QStringList duplicated;         // names given more than once
    QStringList undecodable;        // names whose value is not percent-encoded UTF-8

    static LinkQuery parse(QStringView query);
};

// "%XX" escapes turned into bytes, the result read as UTF-8; nullopt for a broken escape or
// bytes that are not UTF-8. Other characters, '+' included, stand for themselves: the server
// escapes every byte outside A–Z a–z 0–9 - . _ ~, so a literal '+' was never meant as a space.
std::optional<QString> percentDecodeUtf8(QStringView text);

} // namespace vaultlink
