"""Runs a command against a real PostgreSQL server started for it, then stops the server.

usage: with_postgres.py COMMAND...
The server (Debian's postgresql package) gets a temporary data directory, listens on loopback
on a free port and trusts local connections; the command finds it in $PG_CONNINFO. As root,
the server runs as the `postgres` user (PostgreSQL refuses to run as root).
"""
import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile


def server_bin(name):
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        sys.exit(f"with_postgres: no {name}: install Debian's postgresql package (scripts/bootstrap does)")
    return found[-1]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    command = sys.argv[1:]
    as_user = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
    # The postgres user must reach the directory: not under a private TMPDIR (lit's is 0700).
    tmp = tempfile.mkdtemp(prefix="coroguard-pg-", dir="/tmp" if as_user else None)
    data = os.path.join(tmp, "data")
    if as_user:
        shutil.chown(tmp, "postgres")
    port = free_port()
    log = os.path.join(tmp, "server.log")
    try:
        subprocess.run(as_user + [server_bin("initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8"],
                       check=True, stdout=subprocess.DEVNULL)
        subprocess.run(as_user + [server_bin("pg_ctl"), "-D", data, "-l", log, "-w", "-t", "60", "start", "-o",
                                  f"-c listen_addresses=127.0.0.1 -p {port} -k {tmp}"],
                       check=True, stdout=subprocess.DEVNULL)
        env = dict(os.environ, PG_CONNINFO=f"host=127.0.0.1 port={port} user=postgres dbname=postgres")
        return subprocess.run(command, env=env).returncode
    except subprocess.CalledProcessError as e:
        print(f"with_postgres: {' '.join(e.cmd[:2])} failed", file=sys.stderr)
        if os.path.exists(log):
            print(open(log).read(), file=sys.stderr)
        return 1
    finally:
        if os.path.exists(os.path.join(data, "postmaster.pid")):
            subprocess.run(as_user + [server_bin("pg_ctl"), "-D", data, "-m", "fast", "-w", "stop"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
