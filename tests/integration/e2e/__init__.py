"""Shared fixtures of the end-to-end tests of vaultlink-cli (tests/integration/cli/) and of the
app (tests/integration/app/), standard library only.

The tests run the real reference server (`vaultlink-server run`) on a random loopback port over
TLS and drive the real `vaultlink-cli` (or the app, `vaultlink --drive`) as a user would. They
check the server side on their own: through the API over HTTPS verified against the server's
certificate file (never CERT_NONE), or through `vaultlink-server` admin commands.

Each test module is a script that finds this package on PYTHONPATH (ctest sets it); from
the repository root:

    PYTHONPATH=tests/integration python3 tests/integration/cli/test_x.py \\
        --cli PATH/vaultlink-cli --server PATH/vaultlink-server [unittest args]
    PYTHONPATH=tests/integration python3 tests/integration/app/test_app.py \\
        --app PATH/vaultlink --cli PATH/vaultlink-cli --server PATH/vaultlink-server

(or with VAULTLINK_CLI / VAULTLINK_SERVER / VAULTLINK_APP in the environment; `config` holds
them). VAULTLINK_TEST_KEEP=1 keeps the temporary folders (server data, CLI data, logs) for a
look after a failure.

Modules: env (binaries, child environments, work folders), runner (main), otp (TOTP codes),
api (the HTTPS API client), server (the reference server process), certs (ports, a silent
listener, test certificates), cli (the CLI and its exit codes), mirror (the sqlcipher shell on a
mirror), case (CliTestCase and its assertions), app (the app driver), qr_encode (QR pictures),
fault_proxy (a seeded loopback proxy that cuts, stalls and slows connections).
"""
from . import qr_encode
from .api import OBSERVER_DEVICE, Api, ApiError, set_digest
from .app import CLIPBOARD_SECONDS, IDLE_SECONDS, App
from .case import CliTestCase, field_map
from .certs import SilentListener, free_port, make_certificate
from .cli import (AUTH, CHANGES_WAITING, LINK_CODE, LOCAL_DATA, LOCAL_PASSWORD, NETWORK,
                  NOT_ALLOWED, OK, POLICY, SERVER_ERROR, USAGE, Cli, CliResult)
from .env import child_env, cli_env, config, die_with_parent, make_workdir, remove_tree
from .fault_proxy import FaultProxy, FaultSettings
from .mirror import mirror_key, sqlcipher_available, sqlcipher_query
from .otp import totp, wrong_totp
from .runner import main
from .server import DEMO_PASSWORDS, Server

# What the tests use as `e2e.NAME`; the modules hold the rest.
__all__ = [
    "AUTH", "CLIPBOARD_SECONDS", "DEMO_PASSWORDS", "IDLE_SECONDS", "LINK_CODE", "LOCAL_DATA",
    "LOCAL_PASSWORD", "NETWORK", "OBSERVER_DEVICE", "OK", "POLICY", "SERVER_ERROR", "USAGE",
    "Api", "ApiError", "App", "Cli", "CliResult", "CliTestCase", "FaultProxy", "FaultSettings",
    "Server", "SilentListener",
    "child_env", "cli_env", "config", "die_with_parent", "field_map", "free_port", "main",
    "make_certificate", "make_workdir", "mirror_key", "qr_encode", "remove_tree", "set_digest",
    "sqlcipher_available", "sqlcipher_query", "totp", "wrong_totp",
]
