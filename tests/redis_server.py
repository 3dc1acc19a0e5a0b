"""A throwaway redis-server (Debian's package) in a temporary folder, listening on a Unix socket there only.

A socket in our own folder instead of a free TCP port: two suites running at once on one machine cannot end up
talking to each other's server (a port found free can be taken by the other suite before redis-server binds it)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import redis


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RedisServer:
    def __init__(self) -> None:
        executable = shutil.which("redis-server")
        if not executable:
            raise FileNotFoundError("redis-server is not installed (Debian: apt-get install redis-server)")
        self.folder = Path(tempfile.mkdtemp(prefix="nc-redis-"))  # short: a socket path has at most 107 bytes
        socket_path = self.folder / "redis.sock"
        self.url = f"unix://{socket_path}?db=0"
        self.process = subprocess.Popen(
            [
                executable, "--port", "0", "--unixsocket", str(socket_path), "--unixsocketperm", "700",
                "--dir", str(self.folder), "--save", "", "--appendonly", "no", "--daemonize", "no",
                "--logfile", str(self.folder / "redis.log"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self.client = redis.Redis.from_url(self.url)
        deadline = time.monotonic() + 20
        while True:  # wait until it answers
            try:
                self.client.ping()
                break
            except redis.ConnectionError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"redis-server did not start: {self.log()}") from None
                time.sleep(0.02)

    def log(self) -> str:
        path = self.folder / "redis.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

    def stop(self) -> None:
        self.client.close()
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)
        shutil.rmtree(self.folder, ignore_errors=True)
