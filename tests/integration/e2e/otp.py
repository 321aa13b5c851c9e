"""TOTP codes (RFC 6238: HMAC-SHA1, 6 digits, 30 s), computed as an authenticator app does."""
import base64
import hashlib
import hmac
import struct
import time


def totp(secret_b32, step=None):
    key = base64.b32decode(secret_b32 + "=" * (-len(secret_b32) % 8), casefold=True)
    if step is None:
        step = int(time.time()) // 30
    digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 15
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)


def wrong_totp(secret_b32):
    """A code that matches none of the steps around now."""
    now = int(time.time()) // 30
    taken = {totp(secret_b32, s) for s in range(now - 3, now + 4)}
    code = 123456
    while "%06d" % code in taken:
        code += 1
    return "%06d" % code
