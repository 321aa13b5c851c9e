#pragma once

#include <QString>

#include <optional>

namespace vaultlink {

// A web address as autofill compares it: the page a browser reports, or a record's URL field.
// Normalised once: the scheme and host in lower case, the host in ASCII (IDNA, so "bücher.de"
// and "xn--bcher-kva.de" are one host) without a trailing dot, a user name and password in the
// address dropped, the port made explicit (the scheme's default when none is given), the
// fragment dropped. Text without a scheme is read as https (a record's "example.com/login").
struct SiteAddress {
    enum class HostKind {
        Name,        // a domain name with a registrable part
        Ip,          // an IPv4 or IPv6 address
        SingleLabel, // "intranet", or a name that is a public suffix itself
        Local,       // ".local" (mDNS) and ".localhost"
    };
    QString scheme; // "http" or "https"
    bool schemeGiven = false;
    QString host; // IPv6 without brackets
    int port = 0;
    bool portGiven = false; // a port in the text, even the default one
    QString path;           // from the first '/', with the query ("/" at least)
    HostKind kind = HostKind::Name;
    // The registrable domain (public_suffix.h) for a Name; the host itself otherwise.
    QString site;

    // scheme://host[:port]path, the port only where it is not the scheme's default.
    QString normalized() const;
};

// nullopt for text that is no usable web address: empty, longer than 2048 characters, with a
// scheme other than http and https, without a host, or with a host or port that is not valid.
std::optional<SiteAddress> parseSiteAddress(const QString &text);

} // namespace vaultlink
