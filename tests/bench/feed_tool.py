#!/usr/bin/env python3
"""Helpers of scripts/bench.sh that are never timed themselves.

  feed_tool.py pages BASE_URL CACERT DATABASE USER OUTDIR
      Logs in (password on stdin, device "bench-baseline") and follows the change feed from an
      empty cursor until more=false, as the client pages it: with feed format 2 and 5000
      records a page when the server lists format 2 in GET /api/v1/info's feedFormats
      (docs: /work/notes/feed-format-2.md), else format 1 with 1000 a page (today's URLs); with
      "Accept-Encoding: gzip, deflate", as Qt's network access sends it. Keeps each page,
      decoded, as OUTDIR/page-NNN.json and writes OUTDIR/curl.cfg: the same page URLs (same
      cursors) for one curl process, which is the timed baseline, with --compressed when the
      server compressed the pages. Also OUTDIR/login.json (the login body for curl),
      OUTDIR/forms.json (GET /forms: the fields of format 2's records) and OUTDIR/feed.json
      (format, page size, coding, pages, records, bytes as sent and decoded).
  feed_tool.py old-feed BASE_URL CACERT OUTDIR
      The feed as clients fetched it before issue 17 (format 1, 1000 a page, no compression),
      with OUTDIR/login.json; nothing kept. Prints pages, records and the bytes of the bodies.
  feed_tool.py feed-meta OUTDIR
      OUTDIR/feed.json as key=value lines for scripts/bench.sh's meta file.
  feed_tool.py field PAGEDIR KEY
      The value of field KEY of the feed's first record (either format).
  feed_tool.py count DIR
      Records in the page files of DIR (checks that curl got the whole feed).
  feed_tool.py sql PAGEDIR KEYHEX OUT
      SQL for the sqlcipher shell: raw key, 4096-byte pages (as the client), one table of
      (id, record as compact JSON, as the server sent it: format 1 or 2), every row inserted in
      one transaction.
  feed_tool.py keepass-xml PAGEDIR OUT
      The same records as a KeePass 2 XML file for 'keepassxc-cli import' (format 2's records
      made whole with the forms first).
  feed_tool.py kdbx-kdf FILE
      The KDF named in a KDBX 4 file's outer header (unencrypted), as one line.
  feed_tool.py figures FILE...
      Merges "name value unit" lines into one JSON object (for the report).
"""

import base64
import glob
import gzip
import hashlib
import http.client
import json
import os
import ssl
import struct
import sys
import urllib.parse
import zlib
from xml.sax.saxutils import escape

NEW_FORMAT, NEW_LIMIT = 2, 5000  # what the client asks for since issue 17
OLD_LIMIT = 1000                 # format 1's page size before
ACCEPT_ENCODING = "gzip, deflate"  # what Qt's QNetworkAccessManager sends


def connect(base, cacert):
    url = urllib.parse.urlsplit(base)
    context = ssl.create_default_context(cafile=cacert)
    return http.client.HTTPSConnection(url.hostname, url.port or 443, context=context), url


class Refused(Exception):
    pass


def exchange(conn, method, path, body=None, token=None, accept_encoding=None):
    """One request; answers (status, body as sent, body decoded, content coding)."""
    headers = {}
    if body is not None:
        body = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    if token:
        headers["Authorization"] = "Bearer " + token
    if accept_encoding:
        headers["Accept-Encoding"] = accept_encoding
    conn.request(method, path, body=body, headers=headers)
    answer = conn.getresponse()
    raw = answer.read()
    coding = (answer.getheader("Content-Encoding") or "identity").strip().lower()
    if coding == "gzip":
        data = gzip.decompress(raw)
    elif coding == "deflate":
        data = zlib.decompress(raw)
    elif coding == "identity":
        data = raw
    else:
        sys.exit(f"{method} {path}: unknown Content-Encoding {coding}")
    return answer.status, raw, data, coding


def call(conn, method, path, body=None, token=None):
    status, _, data, _ = exchange(conn, method, path, body, token)
    if status >= 300:
        sys.exit(f"{method} {path}: {status} {data[:300]!r}")
    return data


def feed_formats(conn):
    """The feed formats the server lists (format 1 only when it lists none)."""
    info = json.loads(call(conn, "GET", "/api/v1/info"))
    formats = info.get("feedFormats") or [1]
    return [int(f) for f in formats if isinstance(f, (int, float, str)) and str(f).isdigit()]


def page_path(fmt, limit, cursor):
    path = f"/api/v1/changes?limit={limit}"
    if fmt != 1:
        path += f"&format={fmt}"
    if cursor:
        path += "&cursor=" + urllib.parse.quote(cursor, safe="")
    return path


def pages(base, cacert, database, user, outdir):
    password = sys.stdin.readline().rstrip("\r\n")
    os.makedirs(outdir, exist_ok=True)
    conn, url = connect(base, cacert)
    databases = json.loads(call(conn, "GET", "/api/v1/databases"))["databases"]
    db_id = next(d["id"] for d in databases if d["name"].lower() == database.lower())
    login = {"database": db_id, "username": user, "password": password,
             "device": {"id": "bench-baseline", "name": "bench.sh baseline"}}
    with open(os.path.join(outdir, "login.json"), "w") as f:
        json.dump(login, f)
    token = json.loads(call(conn, "POST", "/api/v1/auth/login", login))["accessToken"]
    with open(os.path.join(outdir, "forms.json"), "wb") as f:
        f.write(call(conn, "GET", "/api/v1/forms", token=token))
    fmt, limit = (NEW_FORMAT, NEW_LIMIT) if NEW_FORMAT in feed_formats(conn) else (1, OLD_LIMIT)
    note = "" if fmt == NEW_FORMAT else "the server lists no feed format 2"
    cursor, n, records, sent, decoded, codings = "", 0, 0, 0, 0, set()
    lines = []
    while True:
        path = page_path(fmt, limit, cursor)
        status, raw, data, coding = exchange(conn, "GET", path, token=token,
                                             accept_encoding=ACCEPT_ENCODING)
        if status == 400 and n == 0 and limit != OLD_LIMIT:
            # A server with format 2 whose feed-page-max is still below the client's page size.
            note, limit = f"the server refused limit={limit}", OLD_LIMIT
            continue
        if status >= 300:
            sys.exit(f"GET {path}: {status} {data[:300]!r}")
        with open(os.path.join(outdir, f"page-{n:03d}.json"), "wb") as f:
            f.write(data)
        page = json.loads(data)
        if page.get("format", 1) != fmt:
            note = f"asked for format {fmt}, the server answered format {page.get('format', 1)}"
            fmt = page.get("format", 1)
        records += len(page["records"])
        sent, decoded = sent + len(raw), decoded + len(data)
        codings.add(coding)
        lines.append(f'url = "{base.rstrip("/")}{path}"')
        lines.append(f'output = "{outdir}/curl/page-{n:03d}.json"')
        cursor, n = page["cursor"], n + 1
        if not page["more"]:
            break
    compressed = codings != {"identity"}
    with open(os.path.join(outdir, "curl.cfg"), "w") as f:
        # --compressed: "Accept-Encoding" with what curl decodes, and the pages decoded.
        f.write(("compressed\n" if compressed else "") + "\n".join(lines) + "\n")
    os.makedirs(os.path.join(outdir, "curl"), exist_ok=True)
    with open(os.path.join(outdir, "feed.json"), "w") as f:
        json.dump({"format": fmt, "limit": limit, "coding": ",".join(sorted(codings)),
                   "compressed": compressed, "pages": n, "records": records,
                   "sent_bytes": sent, "json_bytes": decoded, "note": note}, f)
    print(f"{n} pages of format {fmt}, {limit} a page ({', '.join(sorted(codings))}), "
          f"{records} records, total {page['total']['count']}; {sent / 1e6:.1f} MB as sent, "
          f"{decoded / 1e6:.1f} MB of JSON" + (f" ({note})" if note else ""))


def old_feed(base, cacert, outdir):
    with open(os.path.join(outdir, "login.json")) as f:
        login = json.load(f)
    conn, _ = connect(base, cacert)
    token = json.loads(call(conn, "POST", "/api/v1/auth/login", login))["accessToken"]
    cursor, n, records, sent = "", 0, 0, 0
    while True:
        status, raw, data, coding = exchange(conn, "GET", page_path(1, OLD_LIMIT, cursor),
                                             token=token)
        if status >= 300 or coding != "identity":
            sys.exit(f"old feed: {status} {coding} {data[:300]!r}")
        page = json.loads(data)
        records, sent, n = records + len(page["records"]), sent + len(raw), n + 1
        cursor = page["cursor"]
        if not page["more"]:
            break
    print(f"{n} {records} {sent}")


def feed_meta(outdir):
    with open(os.path.join(outdir, "feed.json")) as f:
        feed = json.load(f)
    print(f"feed_format={feed['format']}\nfeed_limit={feed['limit']}\n"
          f"feed_coding={feed['coding']}\nfeed_compressed={int(feed['compressed'])}\n"
          f"pages={feed['pages']}\nfeed_mb={feed['json_bytes'] / 1e6:.1f}\n"
          f"feed_sent_mb={feed['sent_bytes'] / 1e6:.2f}\nfeed_note={feed['note']}")


def load_forms(pagedir):
    path = os.path.join(pagedir, "forms.json")
    if not os.path.exists(path):
        return {}
    with open(path, "rb") as f:
        return {form["id"]: form["fields"] for form in json.load(f)["forms"]}


def fields_of(record, forms):
    """A record's fields as format 1 lists them (key, type, label, value), from either format."""
    if "fields" in record:
        return record["fields"]
    values = record.get("values") or {}
    known = forms.get(record["form"], [])
    fields = [dict(f, value=values[f["key"]]) for f in known if f["key"] in values]
    keys = {f["key"] for f in known}
    fields += [{"key": k, "type": "text", "label": k, "value": v}
               for k, v in values.items() if k not in keys]
    return fields


def field(pagedir, key):
    first = next(read_records(pagedir))
    print(next(f["value"] for f in fields_of(first, load_forms(pagedir)) if f["key"] == key))


def read_records(pagedir):
    files = sorted(glob.glob(os.path.join(pagedir, "page-*.json")))
    for name in files:
        with open(name, "rb") as f:
            yield from json.load(f)["records"]


def count(pagedir):
    print(sum(1 for _ in read_records(pagedir)))


def sql_string(text):
    return "'" + text.replace("'", "''") + "'"


def sql(pagedir, keyhex, out):
    with open(out, "w", encoding="utf-8") as f:
        f.write(f"PRAGMA key = \"x'{keyhex}'\";\n")
        f.write("PRAGMA cipher_page_size = 4096;\n")
        f.write("PRAGMA temp_store = MEMORY;\n")
        f.write("CREATE TABLE records(id INTEGER PRIMARY KEY, raw TEXT NOT NULL);\n")
        f.write("BEGIN;\n")
        for record in read_records(pagedir):
            raw = json.dumps(record, separators=(",", ":"), ensure_ascii=False)
            f.write(f"INSERT INTO records VALUES({record['id']},{sql_string(raw)});\n")
        f.write("COMMIT;\n")


# KeePass standard fields; every other field of a form becomes a custom string, secrets
# protected in memory, so both products hold the same data.
STANDARD = {"name": "Title", "username": "UserName", "password": "Password", "url": "URL",
            "notes": "Notes"}
SECRET_TYPES = {"password", "totp"}


def uuid_for(kind, number):
    return base64.b64encode(hashlib.sha256(f"{kind}:{number}".encode()).digest()[:16]).decode()


def keepass_xml(pagedir, out):
    forms = load_forms(pagedir)
    groups = {}
    for record in read_records(pagedir):
        group = "Personal" if record["unit"] is None else f"Unit {record['unit']}"
        groups.setdefault(group, []).append(record)
    with open(out, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<KeePassFile>\n')
        f.write("<Meta><Generator>vaultlink bench</Generator><DatabaseName>Demo</DatabaseName>"
                "</Meta>\n<Root>\n")
        f.write(f"<Group><UUID>{uuid_for('group', 0)}</UUID><Name>Demo</Name>\n")
        for index, (name, records) in enumerate(sorted(groups.items()), start=1):
            f.write(f"<Group><UUID>{uuid_for('group', index)}</UUID><Name>{escape(name)}</Name>\n")
            for record in records:
                f.write(f"<Entry><UUID>{uuid_for('entry', record['id'])}</UUID>")
                strings = []
                for item in fields_of(record, forms):
                    value = item["value"]
                    if item["key"] == "tags":
                        f.write(f"<Tags>{escape(';'.join(value))}</Tags>")
                        continue
                    key = STANDARD.get(item["key"], item["label"])
                    protect = item["type"] in SECRET_TYPES or item["key"] in ("cvc", "pin",
                                                                              "number")
                    attr = ' ProtectInMemory="True"' if protect else ""
                    strings.append(f"<String><Key>{escape(key)}</Key>"
                                   f"<Value{attr}>{escape(value)}</Value></String>")
                f.write("".join(strings))
                f.write("</Entry>\n")
            f.write("</Group>\n")
        f.write("</Group>\n</Root>\n</KeePassFile>\n")


KDF_UUIDS = {
    "ef636ddf8c29444b91f7a9a403e30a0c": "Argon2d",
    "9e298b1956db4773b23dfc3ec6f0a1e6": "Argon2id",
    "c9d9f39a628a4460bf740d08c18a4fea": "AES-KDF",
}


def variant_dictionary(data):
    items, pos = {}, 2  # version
    while pos < len(data):
        kind = data[pos]
        pos += 1
        if kind == 0:
            break
        (klen,) = struct.unpack_from("<i", data, pos)
        key = data[pos + 4:pos + 4 + klen].decode()
        pos += 4 + klen
        (vlen,) = struct.unpack_from("<i", data, pos)
        raw = data[pos + 4:pos + 4 + vlen]
        pos += 4 + vlen
        if kind in (0x04, 0x0C):
            items[key] = struct.unpack("<I" if kind == 0x04 else "<i", raw)[0]
        elif kind in (0x05, 0x0D):
            items[key] = struct.unpack("<Q" if kind == 0x05 else "<q", raw)[0]
        else:
            items[key] = raw
    return items


def kdbx_kdf(path):
    with open(path, "rb") as f:
        data = f.read(4096)
    minor, major = struct.unpack_from("<HH", data, 8)
    pos, size_format = 12, "<I" if major >= 4 else "<H"
    width = struct.calcsize(size_format)
    while True:
        field = data[pos]
        (size,) = struct.unpack_from(size_format, data, pos + 1)
        value = data[pos + 1 + width:pos + 1 + width + size]
        pos += 1 + width + size
        if field == 0:
            sys.exit("no KDF parameters in the header")
        if field == 6 and major < 4:  # KDBX 3.1 TransformRounds: AES-KDF
            print(f"AES-KDF, {struct.unpack('<Q', value)[0]} rounds (KDBX {major}.{minor})")
            return
        if field == 11:
            params = variant_dictionary(value)
            name = KDF_UUIDS.get(params["$UUID"].hex(), params["$UUID"].hex())
            if name.startswith("Argon2"):
                print(f"{name}, memory {params['M'] // (1024 * 1024)} MiB, "
                      f"{params['I']} iterations, parallelism {params['P']} (KDBX {major}.{minor})")
            else:
                print(f"{name}, {params.get('R')} rounds (KDBX {major}.{minor})")
            return


def figures(paths):
    result = {}
    for path in paths:
        with open(path) as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2 and not line.startswith("#"):
                    try:
                        result[parts[0]] = float(parts[1])
                    except ValueError:
                        result[parts[0]] = parts[1]
    json.dump(result, sys.stdout, indent=1)


def main(argv):
    commands = {
        "pages": (pages, 5), "old-feed": (old_feed, 3), "feed-meta": (feed_meta, 1),
        "field": (field, 2), "count": (count, 1), "sql": (sql, 3),
        "keepass-xml": (keepass_xml, 2), "kdbx-kdf": (kdbx_kdf, 1),
    }
    if len(argv) >= 2 and argv[1] == "figures":
        return figures(argv[2:])
    if len(argv) < 2 or argv[1] not in commands or len(argv) - 2 != commands[argv[1]][1]:
        sys.exit(__doc__)
    commands[argv[1]][0](*argv[2:])


if __name__ == "__main__":
    main(sys.argv)
