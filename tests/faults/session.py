"""A full CLI session in one process, under a network audit hook, with planted markers.

Run as `python -m tests.faults.session SPEC.json` with HOME, XDG_*_HOME and TMPDIR pointed into
a test folder (the parent does that). It installs `sys.addaudithook` first, so every socket the
session creates, connects or resolves is seen: AF_INET/AF_INET6 sockets and any name lookup are
recorded as violations (AF_UNIX is allowed). Then it runs `vault.cli.main.main(argv)` for a whole
session: init, case, protected person, import (marker in file bytes, file name and EXIF), testimony
add and revise, tag, list, show, search, log, extract, verify, dossier, bundle export to a second
vault and import there, passphrase change, and writes what happened to SPEC's "out".

stderr is the parent's file for the whole run, so `--debug` logging lands there to be scanned.
"""

from __future__ import annotations

import contextlib
import io
import json
import socket
import sys
from pathlib import Path
from typing import Any

NET_EVENTS = (
    "socket.__new__",
    "socket.connect",
    "socket.bind",
    "socket.sendto",
    "socket.sendmsg",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
    "http.client.connect",
    "urllib.Request",
)
INET = {socket.AF_INET, socket.AF_INET6}
violations: list[str] = []


def _family(arg: Any) -> int | None:
    if isinstance(arg, socket.socket):
        return arg.family
    return arg if isinstance(arg, int) else None


def audit(event: str, args: tuple[Any, ...]) -> None:
    if event not in NET_EVENTS:
        return
    if event == "socket.__new__":
        family = _family(args[1]) if len(args) > 1 else None
        if family in INET:
            violations.append(f"{event} family={family}")
    elif event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
        if args and _family(args[0]) in INET:
            violations.append(f"{event} {args[1:]!r}")
    else:
        violations.append(f"{event} {args!r}")


def install() -> None:
    sys.addaudithook(audit)


def _jpeg_with_exif(marker: str) -> bytes:
    from PIL import Image

    im = Image.new("RGB", (120, 90), (40, 90, 160))
    exif = Image.Exif()
    exif[0x010E] = f"description {marker}"  # ImageDescription
    exif[0x013B] = f"artist {marker}"  # Artist
    out = io.BytesIO()
    im.save(out, "JPEG", exif=exif.tobytes(), comment=marker.encode())
    return out.getvalue()


def _pdf(marker: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, pageCompression=0)
    c.setTitle(f"title {marker}")
    c.drawString(72, 720, f"Court ruling {marker}")
    c.save()
    return out.getvalue()


class Session:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.m: dict[str, str] = spec["markers"]
        self.inputs = Path(spec["inputs"])
        self.exports = Path(spec["exports"])
        self.vault2 = spec["vault2"]
        self.log: list[dict[str, Any]] = []

    def cli(self, *argv: str, ok: tuple[int, ...] = (0,)) -> Any:
        from vault.cli.main import main

        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(["--debug", "--json", *argv])
        self.log.append({"argv": list(argv), "code": code})
        assert code in ok, f"{argv[0]} exited {code}"
        text = out.getvalue()
        return json.loads(text) if text.strip() else None

    def write_inputs(self) -> list[Path]:
        m = self.m
        self.inputs.mkdir(parents=True, exist_ok=True)
        (self.inputs / "pass1").write_text("first passphrase\n", encoding="utf-8")
        (self.inputs / "pass2").write_text("second passphrase\n", encoding="utf-8")
        (self.inputs / "pass-b").write_text("partner passphrase\n", encoding="utf-8")
        (self.inputs / "testimony.txt").write_text(f"Он рассказал {m['testimony']} {m['cyrillic']}\n", encoding="utf-8")
        (self.inputs / "revision.txt").write_text(f"Уточнение {m['revision']}\n", encoding="utf-8")
        files = self.inputs / "evidence"
        files.mkdir()
        (files / f"notes-{m['filename']}.txt").write_text(f"Notes {m['bytes']} и {m['cyrillic']}\n", encoding="utf-8")
        (files / "photo.jpg").write_bytes(_jpeg_with_exif(m["exif"]))
        (files / "ruling.pdf").write_bytes(_pdf(m["pdf"]))
        return [files]

    def run(self) -> None:
        m, pass1, pass_b = self.m, str(self.inputs / "pass1"), str(self.inputs / "pass-b")
        folders = self.write_inputs()
        self.cli("init", "--passphrase-file", pass1)
        p = ["--passphrase-file", pass1]
        case = self.cli("case", "add", f"Дело {m['case']}", "--summary", f"summary {m['summary']}", *p)["id"]
        person = self.cli(
            "person",
            "add",
            f"Name {m['person']}",
            "--pseudonym",
            "Witness A",
            "--alias",
            f"alias {m['alias']}",
            "--protected",
            *p,
        )["id"]
        report = self.cli(
            "import",
            *map(str, folders),
            "--case",
            case,
            "--tag",
            f"topic/{m['tag']}",
            "--person",
            f"{person}:witness",
            *p,
        )
        items = [i["id"] for i in report["imported"]]
        assert len(items) == 3, report
        testimony = self.cli(
            "testimony",
            "add",
            "--case",
            case,
            "--title",
            f"Title {m['title']}",
            "--text-file",
            str(self.inputs / "testimony.txt"),
            "--person",
            f"{person}:witness",
            *p,
        )["id"]
        self.cli("testimony", "revise", testimony, "--text-file", str(self.inputs / "revision.txt"), *p)
        self.cli("tag", testimony, f"topic/{m['tag2']}", *p)
        self.cli("case", "event", case, "2024-02-01", f"arrested {m['event']}", "--kind", "arrest", *p)
        self.cli("list", *p)
        self.cli("list", "--case", case, *p)
        for item in items + [testimony]:
            self.cli("show", item, *p)
        self.cli("search", m["bytes"], *p)
        self.cli("search", m["testimony"], *p)
        self.cli("log", *p)
        self.cli("extract", items[0], "--out", str(self.exports / "extracted.bin"), *p)
        self.cli("verify", *p)
        self.cli("dossier", case, "--out", str(self.exports / "dossier-internal.pdf"), "--profile", "internal", *p)
        self.cli("dossier", case, "--out", str(self.exports / "dossier-partner.pdf"), "--profile", "partner", *p)
        self._bundle(case, p, pass_b)
        self.cli("passwd", "--new-passphrase-file", str(self.inputs / "pass2"), *p)
        self.cli("list", "--passphrase-file", str(self.inputs / "pass2"))

    def _bundle(self, case: str, p: list[str], pass_b: str) -> None:
        """Export the case to a second vault (a partner) and import it there."""
        v2 = ["--vault", self.vault2, "--passphrase-file", pass_b]
        self.cli("init", *v2)
        partner = self.cli("keys", "show", *v2)
        me = self.cli("keys", "show", *p)
        contact = self.cli(
            "contact", "add", "Partner", partner["recipient"], "--signing-key", partner["signing_key"], *p
        )["id"]
        self.cli("bundle", "export", case, "--to", contact, "--out", str(self.exports / "case.bundle"), *p)
        self.cli("contact", "add", "Sender", me["recipient"], "--signing-key", me["signing_key"], *v2)
        self.cli("bundle", "import", str(self.exports / "case.bundle"), *v2)
        self.cli("verify", *v2)


def main(argv: list[str]) -> int:
    install()
    spec = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    session = Session(spec)
    error = ""
    try:
        session.run()
    except Exception as exc:  # reported to the parent, which fails the test with it
        error = f"{type(exc).__name__}: {exc}"
    Path(spec["out"]).write_text(
        json.dumps({"commands": session.log, "violations": violations, "error": error}), encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
