"""Where the binaries are, the environment they run in, and the temporary folders of a run."""
import os
import shutil
import signal
import sys
import tempfile


class Config:
    """The binaries under test and whether to keep the work folders. One shared object, read at
    each use, so that what runner.main() (or scripts/screenshots.py) sets after the import
    reaches every module of the package."""

    def __init__(self):
        self.cli = os.environ.get("VAULTLINK_CLI", "")
        self.server = os.environ.get("VAULTLINK_SERVER", "")
        self.app = os.environ.get("VAULTLINK_APP", "")
        self.keep = os.environ.get("VAULTLINK_TEST_KEEP") == "1"


config = Config()


def child_env(extra=None):
    """Environment for the binaries: the KDF at its minimum cost, no proxy, no stray data dir."""
    env = {k: v for k, v in os.environ.items()
           if k.lower() not in ("http_proxy", "https_proxy", "all_proxy", "no_proxy")
           and k != "VAULTLINK_DATA_DIR"}
    env["VAULTLINK_KDF_MS"] = "1"
    env.setdefault("QT_LOGGING_RULES", "vaultlink.server.http.info=true")
    if extra:
        env.update(extra)
    return env


def cli_env():
    """As child_env, for vaultlink-cli. Under AddressSanitizer its leak check is off in these
    end-to-end runs only: Qt's TLS backend frees a connection's OpenSSL state on its HTTP thread,
    and a process that exits right after a request sometimes ends before that thread has done so
    (about 1 run in 25 here). The core's own leaks are checked by the unit and integration test
    binaries, which run with the leak check on."""
    env = child_env()
    options = env.get("ASAN_OPTIONS", "")
    env["ASAN_OPTIONS"] = (options + ":" if options else "") + "detect_leaks=0"
    return env


def die_with_parent():
    """preexec_fn: the child gets SIGKILL when the test process dies (Linux), so that a test
    killed by ctest's timeout leaves no server running."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass


def make_workdir(tag):
    return tempfile.mkdtemp(prefix=f"vaultlink-cli-it-{tag}-")


def remove_tree(path):
    if config.keep:
        sys.stderr.write(f"(kept {path})\n")
        return
    shutil.rmtree(path, ignore_errors=True)
