#pragma once

#include "src/autofill/site_address.h"

#include <QString>

#include <optional>

namespace vaultlink {

// How a record's URL is compared with the page autofill is asked for (a record keeps one).
enum class MatchMode {
    // Host for an IP address, a single-label, ".local" or public-suffix host. Otherwise the same
    // registrable domain, on one line of the name tree only: the record's host, a parent of it or
    // a subdomain of it ("www." ignored), never a sibling. So a login of one tenant of a shared
    // domain the Public Suffix List does not name (tenant-a.example-saas.com) is never offered to
    // another tenant (tenant-b.example-saas.com), while example.com still fills
    // login.example.com and the other way round.
    Default,
    Domain,     // the same registrable domain, siblings included (the user chose it)
    Host,       // the same host and effective port
    StartsWith, // the page's address begins with the record's, ending at '/', '?', '#' or the end
    Exact,      // the same normalised address
    Regex,      // the record's text as a regular expression over the page's normalised address,
                // anchored at both ends, at most 256 characters; invalid: never matches
    Never,      // the record is never offered
};

// The names records and the command line use: "default", "domain", "host", "starts-with",
// "exact", "regex", "never"; nullopt for any other.
std::optional<MatchMode> matchModeNamed(const QString &name);
QString matchModeName(MatchMode mode);

struct PageMatch {
    bool matched = false;
    bool vetoed = false; // Never: the record stays out whatever else matches
    // Matched on a page that is not encrypted (http) while the record's address is not http
    // itself: the front end says so before it fills.
    bool insecure = false;
};

// Whether a record's URL field (as stored; Regex: the pattern) in `mode` matches `page`.
PageMatch matchPage(const QString &recordUrl, MatchMode mode, const SiteAddress &page);

// The key the mirror indexes a record's URL under, so that a lookup reads a few rows: the
// registrable domain (or host, see SiteAddress::site). Empty for a URL that is no web address
// (a Regex record's pattern is indexed by the host it names, where it names one).
QString siteKey(const QString &recordUrl);

} // namespace vaultlink
