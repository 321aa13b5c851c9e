"""Network and TLS stand-ins for the error tests: a free port, a server that never answers (or
answers plain HTTP), and
certificates made with the openssl tool, to give `vaultlink-server init --cert/--key`."""
import os
import socket
import subprocess
import threading


def free_port():
    """A loopback port nobody listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SilentListener:
    """A loopback TCP port that accepts connections and never answers (a hung server); with
    `reply`, it answers the first bytes it reads with those and closes (a plain HTTP server
    where HTTPS was expected)."""

    def __init__(self, reply=None):
        self.reply = reply
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.held = []
        self._stop = False
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        self.sock.settimeout(0.2)
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
                self.held.append(conn)
                if self.reply is not None:
                    conn.settimeout(5)
                    conn.recv(4096)
                    conn.sendall(self.reply)
                    conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                continue

    def close(self):
        self._stop = True
        self.thread.join(2)
        for conn in self.held:
            conn.close()
        self.sock.close()


def make_certificate(folder, san, start, end, common_name="localhost", key=None):
    """A self-signed server certificate (P-256, like the server's own) for the names in `san`
    ("DNS:x,IP:y"), valid from `start` to `end` (YYYYMMDDHHMMSSZ); with `key`, for that key
    (a renewal). Returns (certificate path, key path)."""
    os.makedirs(folder)
    csr, cert = os.path.join(folder, "req.csr"), os.path.join(folder, "cert.pem")
    config = os.path.join(folder, "ca.cnf")
    with open(config, "w") as f:
        f.write(f"""[ ca ]
default_ca = test_ca
[ test_ca ]
database = {folder}/index.txt
new_certs_dir = {folder}
serial = {folder}/serial
default_md = sha256
policy = any
unique_subject = no
x509_extensions = server_ext
[ any ]
commonName = supplied
[ server_ext ]
subjectAltName = {san}
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
""")
    open(os.path.join(folder, "index.txt"), "w").close()
    with open(os.path.join(folder, "serial"), "w") as f:
        f.write("01\n")

    def run(*args):
        subprocess.run(args, check=True, capture_output=True)

    subject = f"/O=Vaultlink test/CN={common_name}"
    if key is None:
        key = os.path.join(folder, "key.pem")
        run("openssl", "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
            "-nodes", "-keyout", key, "-out", csr, "-subj", subject)
    else:
        run("openssl", "req", "-new", "-key", key, "-out", csr, "-subj", subject)
    run("openssl", "ca", "-batch", "-notext", "-config", config, "-selfsign", "-keyfile", key,
        "-in", csr, "-out", cert, "-startdate", start, "-enddate", end)
    return cert, key


