"""A throwaway PostgreSQL server for the team-journal tests: Debian's binaries, a cluster in a
temporary folder, TLS with a certificate made for the run, SCRAM logins, on a free loopback port.

It is independent of any system cluster and gone when the run ends. `initdb` refuses to run as
root, so when the suite runs as root (CI containers) the server runs as the `postgres` user.
The tests can stop and start it (the server gone during a sync) with `stop()` and `start()`.
"""

from __future__ import annotations

import datetime
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

SUPERUSER = "senim_test_owner"
SUPERUSER_PASSWORD = "owner-test-password"


def find_bindir() -> Path | None:
    """The newest PostgreSQL's programs: pg_config's answer, or Debian's /usr/lib/postgresql/N."""
    found = shutil.which("pg_config")
    if found:
        out = subprocess.run([found, "--bindir"], capture_output=True, text=True)
        candidate = Path(out.stdout.strip())
        if (candidate / "initdb").exists():
            return candidate
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                      key=lambda p: int(Path(p).parent.parent.name))
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _self_signed(folder: Path, host: str = "localhost") -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    crt, pem = folder / "server.crt", folder / "server.key"
    crt.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    pem.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                      serialization.PrivateFormat.TraditionalOpenSSL,
                                      serialization.NoEncryption()))
    return crt, pem


class ThrowawayServer:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="senim-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root / "sock"
        self.port = _free_port()
        self.host = "localhost"
        self.cert: Path | None = None
        self._as_postgres = os.geteuid() == 0

    # -- running it ------------------------------------------------------------------------

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self._as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, check=True)

    def initialise(self) -> None:
        self.socket_dir.mkdir()
        pwfile = self.root / "pw"
        pwfile.write_text(SUPERUSER_PASSWORD + "\n")
        self.cert, key = _self_signed(self.root)
        if self._as_postgres:
            postgres = pwd.getpwnam("postgres")
            for path in (self.root, self.socket_dir, pwfile, self.cert, key):
                os.chown(path, postgres.pw_uid, postgres.pw_gid)
        key.chmod(0o600)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--pwfile", str(pwfile),
                  "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        pwfile.unlink()
        with open(self.data / "postgresql.conf", "a") as conf:
            conf.write(
                f"\nport = {self.port}\nlisten_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{self.socket_dir}'\n"
                f"ssl = on\nssl_cert_file = '{self.cert}'\nssl_key_file = '{key}'\n"
                # fsync off: speed, and only an operating-system crash could lose data. Commits
                # stay synchronous: a server stopped with -m immediate (as the tests do) keeps
                # every transaction it said was committed, as a real server does.
                "fsync = off\nfull_page_writes = off\n"
                "max_connections = 60\nshared_buffers = 32MB\n"
            )
        with open(self.data / "pg_hba.conf", "w") as hba:
            hba.write("local all all scram-sha-256\n"
                      "hostssl all all 127.0.0.1/32 scram-sha-256\n"
                      "host all all 127.0.0.1/32 scram-sha-256\n")

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-w",
                  "-t", "60", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def remove(self) -> None:
        try:
            self.stop("immediate")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.root, ignore_errors=True)

    # -- reaching it -----------------------------------------------------------------------

    def url(self, dbname: str, user: str | None = None) -> str:
        who = f"{user}@" if user else ""
        return f"postgresql://{who}{self.host}:{self.port}/{dbname}"

    def admin(self, dbname: str = "postgres"):
        import psycopg

        return psycopg.connect(host=self.host, port=self.port, dbname=dbname, user=SUPERUSER,
                               password=SUPERUSER_PASSWORD, autocommit=True)

    def new_database(self, name: str, owner: str, password: str) -> str:
        """An empty database owned by a new login role (what a school's IT person makes:
        README, "Setting up the school server"). Returns its URL with the owner's name."""
        with self.admin() as conn:
            conn.execute(f'CREATE ROLE "{owner}" LOGIN CREATEROLE PASSWORD %s'.replace(
                "%s", "'" + password.replace("'", "''") + "'"))
            conn.execute(f'CREATE DATABASE "{name}" OWNER "{owner}"')
        return self.url(name, owner)

    def wait_until_down(self, timeout: float = 30) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) != 0:
                    return
            time.sleep(0.05)
