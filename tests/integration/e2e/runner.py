"""The entry point of every end-to-end test module: the binaries from the command line, then
unittest with the rest of it."""
import os
import sys
import unittest

from .env import config


def main(app=False, cli=True):
    """Takes --cli/--server (and --app when the module drives the app) into `config`, checks
    that those binaries exist before any test starts (vaultlink-cli only when `cli`), then runs
    unittest on the calling script with the remaining arguments."""
    argv = [sys.argv[0]]
    args = iter(sys.argv[1:])
    for arg in args:
        if arg == "--cli":
            config.cli = next(args)
        elif arg == "--server":
            config.server = next(args)
        elif app and arg == "--app":
            config.app = next(args)
        else:
            argv.append(arg)
    needed = [("vaultlink-server", config.server, "--server", "VAULTLINK_SERVER")]
    if cli:
        needed.append(("vaultlink-cli", config.cli, "--cli", "VAULTLINK_CLI"))
    if app:
        needed.append(("vaultlink", config.app, "--app", "VAULTLINK_APP"))
    for name, path, option, variable in needed:
        if not path or not os.access(path, os.X_OK):
            sys.exit(f"{name} binary not given or not executable: {path!r} "
                     f"(pass {option} or set {variable})")
    unittest.main(argv=argv, verbosity=2)
