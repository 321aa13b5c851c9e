"""Looking into a mirror independently: the data key is unwrapped from profiles.json with the
password (scrypt from hashlib, AES-256-GCM through the openssl tool), then the sqlcipher shell
opens the file with it. Needs the `sqlcipher` and `openssl` tools."""
import base64
import hashlib
import shutil
import subprocess


def sqlcipher_available():
    return shutil.which("sqlcipher") is not None and shutil.which("openssl") is not None


def mirror_key(profile, password):
    kdf = profile["kdf"]
    assert kdf["algorithm"] == "scrypt", kdf
    kek = hashlib.scrypt(password.encode(), salt=base64.b64decode(kdf["salt"]),
                         n=1 << kdf["logN"], r=kdf["r"], p=kdf["p"],
                         maxmem=2 * 128 * kdf["r"] * (1 << kdf["logN"]) + (1 << 24), dklen=32)
    wrap = profile["passwordWrap"]
    assert wrap["cipher"] == "aes-256-gcm", wrap
    nonce = base64.b64decode(wrap["nonce"])
    assert len(nonce) == 12
    # GCM's keystream is CTR from nonce||00000002; the tag is not checked here, but a wrong key
    # cannot open the SQLCipher file, so a mistake shows.
    done = subprocess.run(["openssl", "enc", "-d", "-aes-256-ctr", "-nosalt", "-K", kek.hex(),
                           "-iv", nonce.hex() + "00000002"],
                          input=base64.b64decode(wrap["ciphertext"]), capture_output=True,
                          check=True)
    return done.stdout


def sqlcipher_query(path, key, sql):
    script = (f"PRAGMA key = \"x'{key.hex()}'\";\nPRAGMA cipher_page_size = 4096;\n"
              f".bail on\n{sql}\n")
    done = subprocess.run(["sqlcipher", "-batch", path], input=script, capture_output=True,
                          text=True, timeout=300)
    return done.returncode, done.stdout, done.stderr


