"""The real thing: the app in tmux at 80x24, and the same over a real SSH login.

Driven with ``send-keys``, read with ``capture-pane``; the copied citation must
arrive in tmux's paste buffer through OSC 52 (``set-clipboard on``), as it
would in a user's terminal over SSH. Skipped, with the reason, where tmux or
an OpenSSH server is missing.
"""

from __future__ import annotations

import fcntl
import os
import select
import shutil
import signal
import socket
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .helpers import FIXTURES

pytestmark = pytest.mark.slow

MHBRIEF = Path(sys.executable).with_name("mhbrief")
CITATION = (
    "“De klant van minderjarigen blijft buiten beeld, terwijl mensenhandel online groeit.” "
    "— Anna de Vries, woordvoerder, Centrum tegen Uitbuiting, 13 november 2018 "
    "(Reactie op Veilig en samen) [LET OP: vervangen door centrum-2021]"
)
SSHD = Path("/usr/sbin/sshd")


class Tmux:
    """One private tmux server running one 80x24 window."""

    def __init__(self, folder: Path) -> None:
        self.socket = str(folder / "tmux.sock")
        self.conf = folder / "tmux.conf"
        self.conf.write_text("set -g set-clipboard on\nset -g remain-on-exit on\n")

    def run(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-S", self.socket, "-f", str(self.conf), *args],
            capture_output=True,
            text=True,
            check=False,
            timeout=20,
        )
        return result.stdout

    def start(self, command: str, env: dict[str, str]) -> None:
        exports = " ".join(f"{key}={value}" for key, value in env.items())
        self.run("new-session", "-d", "-x", "80", "-y", "24", f"env {exports} {command}")

    def screen(self) -> str:
        return self.run("capture-pane", "-p")

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.run("send-keys", key)
            time.sleep(0.3)  # one key per frame, as a person types

    def wait_for(self, text: str, seconds: float = 30.0) -> str:
        deadline = time.monotonic() + seconds
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never appeared; the screen was:\n{screen}")

    def buffer(self, seconds: float = 10.0) -> str:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            found = self.run("show-buffer")
            if found:
                return found
            time.sleep(0.2)
        return ""

    def dead(self, seconds: float = 15.0) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.run("list-panes", "-F", "#{pane_dead}").strip() == "1":
                return True
            time.sleep(0.2)
        return False

    def kill(self) -> None:
        self.run("kill-server")


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Tmux]:
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed (apt-get install tmux)")
    session = Tmux(tmp_path)
    yield session
    session.kill()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "briefings"
    shutil.copytree(FIXTURES / "basic", target)
    return target


def app_env(tmp_path: Path) -> dict[str, str]:
    return {
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
    }


def search_open_copy_quit(tmux: Tmux) -> None:
    tmux.wait_for("results")
    tmux.keys(*"klant")
    tmux.wait_for("De klant van minderjarigen")
    tmux.keys("Down", "Enter")
    screen = tmux.wait_for("Quote · Anna de Vries")
    assert "[bold]" not in screen
    tmux.keys("c")
    tmux.wait_for("Copied citation")
    assert tmux.buffer() == CITATION
    tmux.keys("C-q")
    assert tmux.dead(), "the app did not quit on ctrl+q"


def test_in_tmux_at_80x24(tmux: Tmux, folder: Path, tmp_path: Path) -> None:
    assert MHBRIEF.exists(), f"{MHBRIEF} is missing: pip install -e '.[test]'"
    tmux.start(f"{MHBRIEF} --briefings {folder}", app_env(tmp_path))
    screen = tmux.wait_for("F2 Results")
    assert len(screen.splitlines()) <= 24
    assert all(len(line) <= 80 for line in screen.splitlines())
    search_open_copy_quit(tmux)


def test_in_tmux_an_editor_that_fails_to_start_hands_the_terminal_back(
    tmux: Tmux, folder: Path, tmp_path: Path
) -> None:
    """An editor found on disk that the system cannot run (no #! line): the app comes back."""
    (folder / "kapot.toml").write_text('format = 1\nkind = "briefing"\nid = [\n', "utf-8")
    editor = tmp_path / "broken-editor"
    editor.write_bytes(b"\x00\x01 not a program\n")
    editor.chmod(0o755)
    tmux.start(f"{MHBRIEF} --briefings {folder}", {**app_env(tmp_path), "EDITOR": str(editor)})
    tmux.wait_for("F2 Results")
    tmux.keys("F8")
    tmux.wait_for("this list is not closed")
    tmux.keys("e")
    screen = tmux.wait_for("Cannot start the editor")
    assert "1 error," in screen and "Open in $EDITOR" in screen  # drawn again, where it was
    tmux.keys("Escape")
    search_open_copy_quit(tmux)  # keys reach the app again, and ctrl+q ends it


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def sshd(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    """An OpenSSH server on loopback with throwaway keys; yields (port, user key)."""
    if not SSHD.exists() or shutil.which("ssh") is None or shutil.which("ssh-keygen") is None:
        pytest.skip("no OpenSSH server here (apt-get install openssh-server)")
    if os.geteuid() != 0:
        pytest.skip("the SSH test logs in as root; run it as root (as .ci/run does)")
    keys = tmp_path / "ssh"
    keys.mkdir(mode=0o700)
    for name in ("host_key", "user_key"):
        subprocess.run(
            ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(keys / name)], check=True
        )
    (keys / "authorized_keys").write_text((keys / "user_key.pub").read_text())
    (keys / "authorized_keys").chmod(0o600)
    port = free_port()
    config = keys / "sshd_config"
    config.write_text(
        f"Port {port}\nListenAddress 127.0.0.1\nHostKey {keys / 'host_key'}\n"
        f"PidFile {keys / 'sshd.pid'}\nAuthorizedKeysFile {keys / 'authorized_keys'}\n"
        "PasswordAuthentication no\nKbdInteractiveAuthentication no\n"
        "PermitRootLogin prohibit-password\nUsePAM no\nStrictModes no\n"
    )
    Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)  # privilege separation folder
    server = subprocess.Popen(
        [str(SSHD), "-D", "-e", "-f", str(config)],
        stdout=subprocess.DEVNULL,
        stderr=(keys / "sshd.log").open("w"),
    )
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if server.poll() is not None:
                pytest.fail(f"sshd exited: {(keys / 'sshd.log').read_text()}")
            time.sleep(0.1)
        yield port, keys / "user_key"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_over_ssh_copy_reaches_the_local_clipboard(
    tmux: Tmux, sshd: tuple[int, Path], folder: Path, tmp_path: Path
) -> None:
    port, key = sshd
    remote = " ".join(
        [
            "env",
            *(f"{k}={v}" for k, v in app_env(tmp_path).items() if k != "TERM"),
            str(MHBRIEF),
            "--briefings",
            str(folder),
        ]
    )
    ssh = (
        f"ssh -tt -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "
        f"-o LogLevel=ERROR -i {key} -p {port} root@127.0.0.1 '{remote}'"
    )
    tmux.start(ssh, {"TERM": "xterm-256color"})
    tmux.wait_for("F2 Results")
    search_open_copy_quit(tmux)


@pytest.mark.parametrize("ending", ["TERM", "HUP"])
def test_in_tmux_sigterm_and_sighup_give_the_terminal_back(
    tmux: Tmux, folder: Path, tmp_path: Path, ending: str
) -> None:
    """kill (or an SSH hang-up) ends the app like ctrl+q: normal screen, no mouse reporting."""
    status = tmp_path / "status"
    tmux.start(f"sh -c '{MHBRIEF} --briefings {folder}; echo $? > {status}'", app_env(tmp_path))
    tmux.wait_for("F2 Results")
    flags = "#{alternate_on} #{mouse_any_flag}"
    assert tmux.run("display", "-p", flags).split() == ["1", "1"]  # the app's screen
    shell = tmux.run("display", "-p", "#{pane_pid}").strip()
    app = Path(f"/proc/{shell}/task/{shell}/children").read_text().split()
    assert len(app) == 1
    subprocess.run(["kill", f"-{ending}", app[0]], check=True)
    assert tmux.dead(), f"the app did not end on SIG{ending}"
    assert tmux.run("display", "-p", flags).split() == ["0", "0"]
    assert "Traceback" not in tmux.screen()
    number = getattr(signal, f"SIG{ending}")
    assert status.read_text().strip() == str(128 + number)


def test_a_terminal_that_goes_away_without_a_hang_up_ends_the_app(
    folder: Path, tmp_path: Path
) -> None:
    """The terminal closes and no SIGHUP comes (started through su in a killed tmux
    window): the app exits as on a hang-up instead of spinning a core for ever."""
    main, side = os.openpty()
    fcntl.ioctl(side, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    app = subprocess.Popen(  # a session of its own, no controlling terminal: no SIGHUP
        [str(MHBRIEF), "--briefings", str(folder)],
        stdin=side,
        stdout=side,
        stderr=side,
        start_new_session=True,
        env={**os.environ, **app_env(tmp_path)},
    )
    os.close(side)
    try:
        screen = b""
        deadline = time.monotonic() + 30
        while b"Results" not in screen and time.monotonic() < deadline:
            if select.select([main], [], [], 0.5)[0]:
                screen += os.read(main, 65536)
        assert b"Results" in screen, "the app never drew its screen"
        os.close(main)
        assert app.wait(timeout=15) == 128 + signal.SIGHUP
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()


def test_in_tmux_a_latin_1_locale_shows_ascii_look_alikes_not_escapes(
    tmux: Tmux, folder: Path, tmp_path: Path
) -> None:
    env = {**app_env(tmp_path), "PYTHONIOENCODING": "latin-1"}
    tmux.start(f"{MHBRIEF} --briefings {folder}", env)
    screen = tmux.wait_for("Search quotes, points, sections...")  # "…" as three dots
    assert "\\u" not in screen
    tmux.keys("C-q")
    assert tmux.dead(), "the app did not quit on ctrl+q"


def test_in_tmux_esc_and_keys_in_one_read_close_the_help_then_type(
    tmux: Tmux, folder: Path, tmp_path: Path
) -> None:
    """Esc and the next keys in one write (as quick typing over SSH often arrives) close
    the help and type the rest, instead of being read as alt+k and lost."""
    tmux.start(f"{MHBRIEF} --briefings {folder}", app_env(tmp_path))
    tmux.wait_for("F2 Results")
    tmux.keys("F1")
    tmux.wait_for("mhbrief keys")
    tmux.run("send-keys", "-l", "\x1bklant")
    screen = tmux.wait_for("De klant van minderjarigen")
    assert "mhbrief keys" not in screen
