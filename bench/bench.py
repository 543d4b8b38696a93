"""mhbrief's speed, each figure beside a peer measured in the same run, on the same items.

Not a test: prints a table and writes JSON. Usage::

    .venv/bin/python bench/bench.py --sizes 1000,10000 --json OUT.json
    .venv/bin/python bench/bench.py --sizes 100000          # on request: takes long
    .venv/bin/python bench/bench.py --sizes 10000 --only app --from /work/bench-data
    .venv/bin/python bench/bench.py --sizes 100000 --only engine --from /work/bench-data
    .venv/bin/python bench/bench.py --sizes 100000 --only cli --from /work/bench-data
    .venv/bin/python bench/bench.py --sizes 10000 --only build --from /work/bench-data

For each size it writes a deterministic collection of realistic briefings
(Dutch text with real domain words, 5-20 items a file, themes, plans, plan
links, some source texts), then measures:

- ``cli_search``, ``noop_index``: ``mhbrief search opvang slachtoffers`` and
  ``mhbrief index`` with the index up to date, median of runs; peer: bare CLI
  start-up (``mhbrief --version``, median of 10);
- ``build``: ``mhbrief index`` into an empty index folder; peer: tomllib +
  SQLite FTS5 over the same items;
- ``engine_typing_p95``: ``Library.search(as_you_type=True, exact=False)`` (a
  key's search, as the app asks it) on every prefix of three queries (limit 50;
  ``engine_typing_p95_page`` at the app's page size), the second time each is
  typed; ``engine_typing_first_p95`` the first time, caches cold;
  ``engine_settled_p95`` the exact search the app asks once the keys stop, on
  the same prefixes at the app's page; peer: FTS5 top 50 plus count on the same
  prefixes;
- in a real terminal (tmux, 120x34), from the key sent to the screen settled:
  ``app_typing_p95`` / ``app_typing_max`` beside a minimal Textual app that
  answers each key synchronously with 50 two-line rows; ``cold_start`` (launch
  to first results, index built); ``reload`` (a file rewritten to the query's
  first hit on screen); ``peak_rss`` of the app. Without tmux these are
  skipped with a note.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import tomli_w

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SEED = 20261201
QUERIES = (
    "opvang van slachtoffers",
    "klanten van minderjarigen",
    "mensenhandel gemeentelijke aanpak",
)
CLI_QUERY = ("opvang", "slachtoffers")
TERM_SIZE = (120, 34)
#: A screen unchanged this long after a key counts as settled (the minimal app
#: answers synchronously: a shorter wait suffices there).
DEFAULT_QUIET = 0.5
QUIET = DEFAULT_QUIET  # as given with --quiet
PEER_QUIET = 0.25

# --- the collection --------------------------------------------------------------

THEMES = {
    "kabinetsbeleid": "Kabinetsbeleid en ambitie",
    "seksuele-uitbuiting": "Seksuele uitbuiting",
    "klanten-minderjarigen": "Klanten van minderjarigen",
    "criminele-uitbuiting": "Criminele uitbuiting",
    "arbeidsuitbuiting": "Arbeidsuitbuiting",
    "kinderen-en-jongeren": "Kinderen en jongeren",
    "digitaal": "Digitaal / online",
    "financiering": "Financiering",
    "opsporing": "Opsporing en vervolging",
    "opvang-en-zorg": "Opvang en zorg",
    "gemeentelijke-aanpak": "Gemeentelijke aanpak",
    "preventie": "Preventie",
    "signalering": "Signalering",
    "samenwerking": "Samenwerking",
    "internationaal": "Internationaal",
    "monitoring": "Monitoring",
    "kennis-en-informatie": "Kennis en informatie",
}
DOMAIN = [
    "mensenhandel",
    "mensenhandelaren",
    "slachtoffers",
    "slachtoffer",
    "opvang",
    "zorg",
    "gemeenten",
    "gemeente",
    "gemeentelijke",
    "aanpak",
    "klanten",
    "minderjarigen",
    "minderjarige",
    "kinderen",
    "jongeren",
    "uitbuiting",
    "seksuele",
    "arbeidsuitbuiting",
    "criminele",
    "politie",
    "opsporing",
    "vervolging",
    "rechter",
    "officier",
    "justitie",
    "kabinet",
    "staatssecretaris",
    "minister",
    "regeerakkoord",
    "ambitie",
    "programma",
    "maatregelen",
    "financiering",
    "middelen",
    "extra",
    "geld",
    "signalering",
    "signalen",
    "hulpverlening",
    "hulpverleners",
    "samenwerking",
    "ketenpartners",
    "ngo's",
    "inspectie",
    "arbeidsinspectie",
    "grenzen",
    "internationaal",
    "europese",
    "digitale",
    "online",
    "platformen",
    "advertenties",
    "loverboys",
    "werving",
    "ronselen",
    "bescherming",
    "preventie",
    "voorlichting",
    "scholen",
    "onderwijs",
    "monitoring",
    "rapporteur",
    "cijfers",
    "registratie",
    "meldingen",
    "aangifte",
    "aangiftebereidheid",
    "recherchecapaciteit",
    "expertise",
    "coördinatie",
    "regio's",
    "zorgcoördinatoren",
    "begeleiding",
    "terugkeer",
    "verblijfsvergunning",
    "uitzendbureaus",
    "werkgevers",
    "arbeidsmigranten",
    "huisvesting",
    "schuld",
    "afhankelijkheid",
]
FILLER = [
    "de",
    "het",
    "een",
    "van",
    "en",
    "in",
    "op",
    "met",
    "voor",
    "dat",
    "niet",
    "is",
    "te",
    "aan",
    "ook",
    "zijn",
    "wordt",
    "worden",
    "om",
    "er",
    "als",
    "bij",
    "door",
    "nog",
    "meer",
    "maar",
    "dan",
    "moet",
    "moeten",
    "kan",
    "kunnen",
    "wij",
    "we",
    "onze",
    "deze",
    "die",
]
NAMES = (
    "Shamir Ceuleers",
    "Anna de Vries",
    "Bram Jansen",
    "Cor van Dijk",
    "Dina El Amrani",
    "Eva Bakker",
    "Frank Visser",
    "Greet Smit",
    "Hassan Yilmaz",
    "Ineke Mulder",
)
ORGS = (
    ("Centrum tegen Kinderhandel en Mensenhandel", "CKM"),
    ("Netwerk Opvang", "NO"),
    ("Stichting Signaal", "SS"),
    ("Platform Kinderrechten", "PK"),
    ("Bond van Gemeenten", "BvG"),
)


def _word(rng: random.Random) -> str:
    return "".join(
        rng.choice("bdfghjklmnprstvwz")
        + rng.choice(("a", "e", "i", "o", "u", "ee", "oo", "ij"))
        + rng.choice(("", "n", "r", "s", "l", "nd", "rt"))
        for _ in range(rng.randint(2, 4))
    )


class Writer:
    """Dutch-like sentences: filler words, domain words and a long tail of rarer words."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.tail = sorted({_word(rng) for _ in range(30000)})

    def sentence(self, low: int = 12, high: int = 45) -> str:
        rng = self.rng
        out = []
        for _ in range(rng.randint(low, high)):
            roll = rng.random()
            out.append(rng.choice(FILLER if roll < 0.35 else DOMAIN if roll < 0.6 else self.tail))
        return " ".join(out).capitalize() + "."


def write_collection(root: Path, items: int) -> int:
    """A deterministic folder of about ``items`` items; returns the number of files."""
    rng = random.Random(SEED)
    writer = Writer(rng)
    (root / "plans").mkdir(parents=True)
    (root / "sources").mkdir()
    theme_ids = list(THEMES)
    (root / "themes.toml").write_text(
        tomli_w.dumps(
            {
                "format": 1,
                "kind": "themes",
                "themes": {t: {"label": label} for t, label in THEMES.items()},
            }
        ),
        encoding="utf-8",
    )
    plans = {}
    for p in range(4):
        plan_id = f"plan-{p + 1}"
        sections = [
            {
                "id": f"actielijn-{s + 1}",
                "title": writer.sentence(3, 6)[:-1],
                "text": writer.sentence(30, 80),
                "themes": rng.sample(theme_ids, 2),
            }
            for s in range(8)
        ]
        plans[plan_id] = [s["id"] for s in sections]
        (root / "plans" / f"{plan_id}.toml").write_text(
            tomli_w.dumps(
                {
                    "format": 1,
                    "kind": "plan",
                    "id": plan_id,
                    "title": writer.sentence(3, 6)[:-1],
                    "published": date(2016 + p, 3, 1),
                    "sections": sections,
                }
            ),
            encoding="utf-8",
        )
    files, done, start = 0, 0, date(2012, 1, 1)
    while done < items:
        count = min(rng.randint(5, 20), items - done)
        org, short = rng.choice(ORGS)
        doc_id = f"{short.lower()}-{files:05d}"
        plan_id = rng.choice(list(plans))
        quotes, points = [], []
        for i in range(count):
            item = {
                "id": f"item-{i + 1}",
                "text": writer.sentence(),
                "themes": rng.sample(theme_ids, rng.randint(1, 3)),
            }
            if rng.random() < 0.5:
                item["sections"] = [f"{plan_id}/{rng.choice(plans[plan_id])}"]
            if rng.random() < 0.7:
                item.update(speaker=rng.choice(NAMES), role=f"woordvoerder {short}")
                if rng.random() < 0.5:
                    item["context"] = writer.sentence(6, 14)
                quotes.append(item)
            else:
                item["stance"] = rng.choice(("critical", "positive", "neutral"))
                points.append(item)
        briefing: dict[str, object] = {
            "format": 1,
            "kind": "briefing",
            "id": doc_id,
            "title": writer.sentence(4, 9)[:-1],
            "published": start + timedelta(days=(files * 7) % 5000),
            "organisation": org,
            "organisation_short": short,
            "source_type": "press-statement",
            "responds_to": [plan_id],
            "summary": writer.sentence(20, 50),
        }
        if files % 10 == 0:  # one in ten keeps its source text, for the verbatim check
            source = root / "sources" / f"{doc_id}.txt"
            source.write_text("\n\n".join(q["text"] for q in quotes) + "\n", encoding="utf-8")
            briefing["source_text"] = f"../../sources/{doc_id}.txt"
        briefing["quotes"], briefing["points"] = quotes, points
        folder = root / short.lower() / str(2012 + files % 12)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{doc_id}.toml").write_text(tomli_w.dumps(briefing), encoding="utf-8")
        files += 1
        done += count
    return files + 5


# --- measuring helpers --------------------------------------------------------------


def cli(*args: str) -> list[str]:
    return [
        sys.executable,
        "-c",
        "import sys; from mhbrief.cli import main; sys.exit(main())",
        *args,
    ]


def timed_run(command: list[str], env: dict[str, str]) -> float:
    # Run from the bench's temporary folder: ``python -c`` puts the current folder first
    # on sys.path, so a run from another checkout would import that checkout's mhbrief.
    started = time.perf_counter()
    subprocess.run(
        command,
        env=env,
        cwd=env.get("BENCH_TMP"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )
    return time.perf_counter() - started


def median_run(command: list[str], env: dict[str, str], runs: int) -> float:
    return statistics.median(timed_run(command, env) for _ in range(runs))


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def prefixes() -> Iterator[str]:
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            yield query[:end]


# --- the FTS5 peer ------------------------------------------------------------------


def fts5_build(root: Path, db: Path) -> sqlite3.Connection:
    con = sqlite3.connect(db)
    con.execute(
        "CREATE VIRTUAL TABLE items USING fts5(id UNINDEXED, text, context, speaker, "
        "title, org, tokenize='unicode61 remove_diacritics 2')"
    )
    rows = []
    for path in sorted(root.rglob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        if data.get("kind") == "briefing":
            title, org = data["title"], data["organisation"]
            rows.append((data["id"], data.get("summary", ""), "", "", title, org))
            for item in (*data.get("quotes", ()), *data.get("points", ())):
                rows.append(
                    (
                        f"{data['id']}/{item['id']}",
                        item["text"],
                        item.get("context", ""),
                        item.get("speaker", ""),
                        title,
                        org,
                    )
                )
        elif data.get("kind") == "plan":
            for s in data["sections"]:
                rows.append(
                    (f"{data['id']}/{s['id']}", s["text"], s["title"], "", data["title"], "")
                )
    con.executemany("INSERT INTO items VALUES (?, ?, ?, ?, ?, ?)", rows)
    con.commit()
    return con


def fts5_query(text: str) -> str | None:
    words = re.findall(r"\w+", text)
    if not words:
        return None
    last = "" if text.endswith(" ") else "*"
    return " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"{last}'


def fts5_search(con: sqlite3.Connection, text: str, limit: int) -> int:
    match = fts5_query(text)
    if match is None:
        return 0
    con.execute(
        "SELECT id FROM items WHERE items MATCH ? ORDER BY rank LIMIT ?", (match, limit)
    ).fetchall()
    return int(
        con.execute("SELECT count(*) FROM items WHERE items MATCH ?", (match,)).fetchone()[0]
    )


def engine_times(search: Callable[[str], object]) -> tuple[list[float], list[float]]:
    """Milliseconds a prefix, the first time each is typed (caches cold, as when staff
    type a word), then again (warm, as a running app has them)."""
    passes: tuple[list[float], list[float]] = ([], [])
    for times in passes:
        for prefix in prefixes():
            started = time.perf_counter()
            search(prefix)
            times.append((time.perf_counter() - started) * 1000)
    return passes


# --- the terminal ---------------------------------------------------------------------


MINIMAL_APP = '''
from textual.app import App
from textual.content import Content
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

WORDS = """{words}""".split()

class Minimal(App):
    def compose(self):
        yield Input(id="q")
        yield OptionList(id="r")

    def on_input_changed(self, event):
        rows = [Option(Content(f"{{i}} {{event.value}} {{WORDS[i % len(WORDS)]}}\\n"
                               f"   {{' '.join(WORDS[i:i + 8])}}"), id=str(i)) for i in range(50)]
        self.query_one(OptionList).set_options(rows)

Minimal().run()
'''


class Terminal:
    """One program in a tmux pane of its own server; the screen read as text."""

    def __init__(self, command: list[str], env: dict[str, str], socket: str) -> None:
        self.socket = socket
        self.env = env
        width, height = TERM_SIZE
        shell = " ".join(_quote(part) for part in command)
        self.started = time.perf_counter()
        self._tmux(
            "new-session",
            "-d",
            "-s",
            "b",
            "-x",
            str(width),
            "-y",
            str(height),
            f"exec env {' '.join(_quote(f'{k}={v}') for k, v in _passed(env).items())} {shell}",
        )

    def _tmux(self, *args: str) -> str:
        out = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, env=self.env
        )
        return out.stdout

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", "b")

    def pid(self) -> int:
        return int(self._tmux("list-panes", "-t", "b", "-F", "#{pane_pid}").strip())

    def send(self, key: str) -> None:
        self._tmux("send-keys", "-t", "b", "-l", key) if len(key) == 1 else self._tmux(
            "send-keys", "-t", "b", key
        )

    def wait_for(self, pattern: str, timeout: float = 120.0) -> float:
        """Seconds from now until ``pattern`` is on screen (inf after ``timeout``)."""
        started = time.perf_counter()
        regex = re.compile(pattern)
        while time.perf_counter() - started < timeout:
            if regex.search(self.screen()):
                return time.perf_counter() - started
            time.sleep(0.005)
        return float("inf")

    def settle(self, since: float, before: str, limit: float = 10.0, quiet: float = QUIET) -> float:
        """Seconds from ``since`` to the last change of the screen before it stayed quiet."""
        last, last_change = before, None
        while True:
            now = time.perf_counter()
            current = self.screen()
            if current != last:
                last, last_change = current, now
            elif now - (last_change or since) >= quiet or now - since > limit:
                return (last_change or since) - since
            time.sleep(0.004)

    def peak_rss_mb(self) -> float | None:
        try:
            status = Path(f"/proc/{self.pid()}/status").read_text()
        except (OSError, ValueError):
            return None
        match = re.search(r"VmHWM:\s+(\d+) kB", status)
        return int(match.group(1)) / 1024 if match else None

    def close(self) -> None:
        self._tmux("kill-server")


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def _passed(env: dict[str, str]) -> dict[str, str]:
    keys = ("PATH", "HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "PYTHONPATH", "LANG")
    return {k: env[k] for k in keys if k in env} | {"TERM": "xterm-256color"}


def type_queries(term: Terminal, quiet: float | None = None) -> list[float]:
    quiet = QUIET if quiet is None else quiet  # --quiet, read when typing starts
    times = []
    for query in QUERIES:
        for key in query:
            before = term.screen()
            started = time.perf_counter()
            term.send(key)
            times.append(term.settle(started, before, quiet=quiet) * 1000)
        term.send("C-u")
        term.settle(time.perf_counter(), term.screen())
    return times


def app_figures(root: Path, index: Path, env: dict[str, str], tag: str) -> dict[str, object]:
    """Typing, cold start, reload and peak RSS of the app, and the minimal app's typing."""
    command = cli("--briefings", str(root), "--index", str(index))
    term = Terminal(command, env, f"mhbench-{os.getpid()}-{tag}")
    try:
        cold = term.wait_for(r"\d[\d,]* results?\b")
        term.settle(time.perf_counter(), term.screen(), limit=30)
        typing = type_queries(term)
        reload = _reload(term, root)
        rss = term.peak_rss_mb()
    finally:
        term.close()
    words = " ".join(DOMAIN)
    script = Path(env["BENCH_TMP"]) / "minimal_app.py"
    script.write_text(MINIMAL_APP.format(words=words), encoding="utf-8")
    peer = Terminal([sys.executable, str(script)], env, f"mhbench-{os.getpid()}-{tag}-peer")
    try:
        peer.wait_for("▔")
        peer.settle(time.perf_counter(), peer.screen(), limit=30)
        peer_typing = type_queries(peer, PEER_QUIET)
    finally:
        peer.close()
    return {
        "app_typing_p95": (p95(typing), p95(peer_typing), "ms"),
        "app_typing_max": (max(typing), max(peer_typing), "ms"),
        "cold_start": (cold, None, "s"),
        "reload": (reload, None, "s"),
        "peak_rss": (rss, None, "MB"),
    }


def _reload(term: Terminal, root: Path) -> float:
    """Seconds from a file rewritten (a new quote) to that quote on screen."""
    word = "zwaluwstaartvlinder"
    for key in word:
        term.send(key)
    term.wait_for(r"Nothing found|\b0 results")
    term.settle(time.perf_counter(), term.screen())
    target = sorted(root.glob("*/*/*.toml"))[-1]  # a briefing
    data = tomllib.loads(target.read_text(encoding="utf-8"))
    data.setdefault("quotes", []).append(
        {"id": "reload-quote", "speaker": "Bench", "text": f"Een {word} in de opvang."}
    )
    target.write_text(tomli_w.dumps(data), encoding="utf-8")
    seen = term.wait_for(word + r".*\n.*in de opvang|1 result\b", timeout=60)
    return seen


# --- one size -------------------------------------------------------------------------


def measure(
    size: int, tmp: Path, env: dict[str, str], app: bool, only: str | None, source: Path | None
) -> dict[str, dict[str, object]]:
    root, index = tmp / f"b{size}", tmp / f"i{size}"
    started = time.perf_counter()
    if source is not None:  # the reload figure writes into the collection: a copy
        shutil.copytree(source / f"b{size}", root)
        if only != "build":
            shutil.copytree(source / f"i{size}", index)
        print(f"\n{size:,} items copied from {source}", flush=True)
    else:
        files = write_collection(root, size)
        print(
            f"\n{size:,} items in {files} files (written in {time.perf_counter() - started:.1f} s)",
            flush=True,
        )
    figures: dict[str, tuple[float | None, float | None, str]] = {}
    if only is None:
        figures.update(cli_and_engine_figures(size, root, index, tmp, env))
    elif only == "build":
        figures["build"] = build_figure(size, root, index, tmp, env)
    else:  # built, or for a copy: its files' new inodes taken in, as after a build
        timed_run(cli("index", "--briefings", str(root), "--index", str(index)), env)
    if only == "cli":
        figures.update(cli_figures(root, index, env, runs=5))
    if only == "engine":
        con = fts5_build(root, tmp / f"fts{size}.db")
        figures.update(engine_figures(root, index, con))
        con.close()
    if app and only in (None, "app"):
        figures.update(app_figures(root, index, env, str(size)))  # type: ignore[arg-type]
    shutil.rmtree(root)
    shutil.rmtree(index, ignore_errors=True)
    return {
        name: {"mhbrief": _round(ours_), "peer": _round(peer_), "unit": unit}
        for name, (ours_, peer_, unit) in figures.items()
    }


#: Builds (and peers) timed by ``--only build``, alternating; the medians are reported
#: (``BENCH_BUILD_RUNS`` in the environment says another number).
BUILD_RUNS = 3


def build_figure(
    size: int, root: Path, index: Path, tmp: Path, env: dict[str, str]
) -> tuple[float, float, str]:
    """``mhbrief index`` into an empty folder beside FTS5's build, alternating, medians."""
    ours, peers = [], []
    for run in range(int(env.get("BENCH_BUILD_RUNS", BUILD_RUNS))):
        shutil.rmtree(index, ignore_errors=True)
        ours.append(timed_run(cli("index", "--briefings", str(root), "--index", str(index)), env))
        db = tmp / f"fts{size}-{run}.db"
        started = time.perf_counter()
        fts5_build(root, db).close()
        peers.append(time.perf_counter() - started)
        db.unlink()
        print(f"  build {ours[-1]:.2f} s, peer {peers[-1]:.3f} s", flush=True)
    return statistics.median(ours), statistics.median(peers), "s"


def cli_figures(
    root: Path, index: Path, env: dict[str, str], runs: int
) -> dict[str, tuple[float | None, float | None, str]]:
    """``search`` and a no-change ``index`` (median of ``runs``), beside ``--version``
    (median of 10), over a collection whose index is up to date."""
    version = median_run(cli("--version"), env, 10)
    loc = ("--briefings", str(root), "--index", str(index))
    return {
        "cli_search": (median_run(cli("search", *CLI_QUERY, *loc), env, runs), version, "s"),
        "noop_index": (median_run(cli("index", *loc), env, runs), version, "s"),
    }


def cli_and_engine_figures(
    size: int, root: Path, index: Path, tmp: Path, env: dict[str, str]
) -> dict[str, tuple[float | None, float | None, str]]:
    """Build, CLI and engine figures; the index is built into ``index`` on the way."""
    figures: dict[str, tuple[float | None, float | None, str]] = {}
    build = timed_run(cli("index", "--briefings", str(root), "--index", str(index)), env)
    started = time.perf_counter()
    con = fts5_build(root, tmp / f"fts{size}.db")
    figures["build"] = (build, time.perf_counter() - started, "s")
    runs = 5 if size <= 20000 else 3
    figures.update(cli_figures(root, index, env, runs))
    figures.update(engine_figures(root, index, con))
    con.close()
    return figures


def engine_figures(
    root: Path, index: Path, con: sqlite3.Connection
) -> dict[str, tuple[float | None, float | None, str]]:
    """``Library.search`` while typing beside FTS5 (``con``) on the same prefixes: the
    first pass after opening (p95), then again (p95, at 50 and at the app's page). A key
    asks ``exact=False`` (where the code has it: the page exact, the total perhaps an
    estimate, facets perhaps left out); ``engine_settled_p95`` is the exact search the app
    asks once the keys stop, on the same prefixes, at the app's page."""
    import inspect

    from mhbrief.library import Library
    from mhbrief.tui.screens.main import PAGE

    key: dict[str, bool] = {}
    if "exact" in inspect.signature(Library.search).parameters:
        key = {"exact": False}
    with Library(root, index) as library:
        library.sync()
        first, ours = engine_times(lambda q: library.search(q, limit=50, as_you_type=True, **key))
        _, page = engine_times(lambda q: library.search(q, limit=PAGE, as_you_type=True, **key))
        _, settled = engine_times(lambda q: library.search(q, limit=PAGE, as_you_type=True))
    peer_first, peer = engine_times(lambda q: fts5_search(con, q, 50))
    _, peer_page = engine_times(lambda q: fts5_search(con, q, PAGE))
    return {
        "engine_typing_first_p95": (p95(first), p95(peer_first), "ms"),
        "engine_typing_p95": (p95(ours), p95(peer), "ms"),
        "engine_typing_p95_page": (p95(page), p95(peer_page), "ms"),
        "engine_settled_p95": (p95(settled), p95(peer_page), "ms"),
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def print_table(results: dict[str, dict[str, dict[str, object]]]) -> None:
    print(f"\n{'size':>7} {'metric':<24} {'mhbrief':>10} {'peer':>10} {'ratio':>6} unit")
    for size, metrics in results.items():
        for name, row in metrics.items():
            ours, peer = row["mhbrief"], row["peer"]
            ratio = f"{ours / peer:6.1f}" if isinstance(ours, float) and peer else "     -"
            shown = "-" if ours is None else f"{ours:.3f}" if row["unit"] == "s" else f"{ours:.1f}"
            other = "-" if peer is None else f"{peer:.3f}" if row["unit"] == "s" else f"{peer:.1f}"
            print(f"{size:>7} {name:<24} {shown:>10} {other:>10} {ratio} {row['unit']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="item counts, comma separated")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--no-app", action="store_true", help="skip the terminal figures")
    parser.add_argument(
        "--only",
        choices=["app", "cli", "build", "engine"],
        help="only the terminal figures (typing, cold start, ...), or only the CLI's "
        "(search and a no-change index beside --version, median of 5), or only the build "
        f"beside its peer ({BUILD_RUNS} runs each, alternating, medians), or only the "
        "engine's (Library.search while typing beside FTS5, first pass and again)",
    )
    parser.add_argument(
        "--from",
        dest="source",
        type=Path,
        help="with --only: copy bSIZE/ and iSIZE/ (a collection and its built index, "
        "as in /work/bench-data) instead of writing and indexing a new one; with --only "
        "build, bSIZE/ only",
    )
    parser.add_argument(
        "--quiet",
        type=float,
        default=DEFAULT_QUIET,
        help=f"seconds a screen must stay unchanged to count as settled, after which the "
        f"next key is sent (default {DEFAULT_QUIET}); above the app's wait before its exact "
        "search (settling.SETTLE_WAIT), a key never meets that search still running",
    )
    args = parser.parse_args()
    global QUIET
    QUIET = args.quiet
    if args.source is not None and args.only is None:
        parser.error("--from goes with --only (the build figure needs an empty index)")
    app = not args.no_app and shutil.which("tmux") is not None
    if not app:
        print("note: tmux not found (or --no-app): the app figures are skipped", file=sys.stderr)
    results: dict[str, dict[str, dict[str, object]]] = {}
    with tempfile.TemporaryDirectory(prefix="mhbench-") as name:
        tmp = Path(name)
        env = dict(
            os.environ,
            XDG_CONFIG_HOME=str(tmp / "config"),
            XDG_CACHE_HOME=str(tmp / "cache"),
            BENCH_TMP=str(tmp),
            PYTHONPATH=str(ROOT),
        )
        for size in (int(s) for s in args.sizes.split(",")):
            results[str(size)] = measure(
                size, tmp, env, app, args.only, args.source and args.source.resolve()
            )
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps({"sizes": results}, indent=2) + "\n", encoding="utf-8")
        print(f"\nwritten: {args.json}")


if __name__ == "__main__":
    main()
