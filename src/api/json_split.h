#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace vaultlink {

// A JSON object document taken apart at one array member without building the whole document:
// the elements of that array as they were received, and the rest of the document with the array
// left empty. A feed page is a megabyte of records; the syncing thread only needs its small rest
// (the cursor) to ask for the next page, and the records go to the mirror as the server sent them.
struct JsonSplit {
    QByteArray rest;            // the document with `"member":[]`
    QList<QByteArray> elements; // each element's text, surrounding white space left out
};

// Finds the member by scanning the document's structure only (strings, nesting, separators);
// the pieces are still to be parsed: when the rest and every element are valid JSON, so was the
// document, and they mean what it meant. Nullopt, with `error` saying where, when the top level
// is not an object, the member is missing, appears twice, or is not an array, or the text ends
// early.
std::optional<JsonSplit> splitArrayMember(const QByteArray &document, const QString &member,
                                          QString *error = nullptr);

} // namespace vaultlink
