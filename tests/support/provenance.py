"""Proof made in the test: C2PA manifests signed with a throw-away ES256 chain, ProofMode-format
bundles signed with a throw-away OpenPGP key, Telegram Desktop export folders."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import c2pa
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from tests.support.intake import photo_bytes


def _name(cn: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Test Monitors"),
        ]
    )


def cert_chain(signer_cn: str = "Полевая камера") -> tuple[bytes, bytes]:
    """(leaf + root certificates in PEM, leaf private key in PEM): what C2PA signing accepts
    (end-entity with digitalSignature and emailProtection, issued by a CA)."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    key = ec.generate_private_key(ec.SECP256R1())
    ku_ca = x509.KeyUsage(False, False, False, False, False, True, True, False, False)
    ku_leaf = x509.KeyUsage(True, False, False, False, False, False, False, False, False)
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("Test Root"))
        .issuer_name(_name("Test Root"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(ku_ca, critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    leaf = (
        x509.CertificateBuilder()
        .subject_name(_name(signer_cn))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(ku_leaf, critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    chain = leaf.public_bytes(pem) + ca.public_bytes(pem)
    return chain, key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())


def c2pa_photo(
    *, signer_cn: str = "Полевая камера", remote_url: str | None = None, color: tuple[int, int, int] = (30, 90, 200)
) -> bytes:
    """A JPEG with a C2PA manifest: created at a fixed time, edited once, one ingredient-free claim."""
    chain, key = cert_chain(signer_cn)
    signer = c2pa.Signer.from_info(c2pa.C2paSignerInfo(c2pa.C2paSigningAlg.ES256, chain, key, None))
    manifest: dict[str, Any] = {
        "claim_generator_info": [{"name": "ПолеКам", "version": "2.1"}],
        "title": "Митинг у акимата.jpg",
        "assertions": [
            {
                "label": "c2pa.actions",
                "data": {
                    "actions": [
                        {
                            "action": "c2pa.created",
                            "when": "2026-03-01T10:00:00Z",
                            "digitalSourceType": "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture",
                        },
                        {"action": "c2pa.color_adjustments", "when": "2026-03-01T10:05:00Z"},
                    ]
                },
            }
        ],
    }
    builder = c2pa.Builder(manifest)
    if remote_url is not None:
        builder.set_no_embed()
        builder.set_remote_url(remote_url)
    out = io.BytesIO()
    builder.sign(signer, "image/jpeg", io.BytesIO(photo_bytes((160, 120), color=color)), out)
    return out.getvalue()


def flip_after(data: bytes, marker: bytes, offset: int = 40) -> bytes:
    """`data` with one byte changed `offset` bytes after the last `marker`."""
    at = data.rindex(marker) + offset
    return data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :]


# ----- ProofMode ------------------------------------------------------------------------------


def pgp_key() -> Any:
    """A throw-away OpenPGP signing key (Ed25519)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pgpy
        from pgpy.constants import EllipticCurveOID, HashAlgorithm, KeyFlags, PubKeyAlgorithm

        key = pgpy.PGPKey.new(PubKeyAlgorithm.EdDSA, EllipticCurveOID.Ed25519)
        key.add_uid(pgpy.PGPUID.new("ProofMode test device"), usage={KeyFlags.Sign}, hashes=[HashAlgorithm.SHA256])
    return key


def pgp_sign(key: Any, data: bytes) -> bytes:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return str(key.sign(data)).encode()


def proof_json(sha: str, **extra: str) -> bytes:
    doc = {
        "File Hash SHA256": sha,
        "Proof Generated": "2026-03-01T10:00:07Z",
        "File Created": "2026-03-01T10:00:00Z",
        "Location.Latitude": "43.238949",
        "Location.Longitude": "76.889709",
        "Location.Provider": "gps",
        "DeviceID": "a1b2c3d4e5f60718",
        "Manufacturer": "Samsung",
        "Hardware": "exynos",
        "NetworkType": "LTE",
        "IPv4": "10.0.0.7",
        "Notes": "Алматы, площадь",
        **extra,
    }
    return json.dumps(doc, ensure_ascii=False).encode()


def proofmode_zip(
    key: Any,
    media: bytes,
    name: str = "IMG_20260301.jpg",
    *,
    drop: tuple[str, ...] = (),
    replace: dict[str, bytes] | None = None,
    extra: dict[str, bytes] | None = None,
) -> bytes:
    """A bundle as the app shares it; `drop` removes members by suffix, `replace` swaps their bytes
    after signing (so signatures no longer match), `extra` adds members as they are."""
    sha = hashlib.sha256(media).hexdigest()
    proof = proof_json(sha)
    members = {
        name: media,
        f"{sha}.asc": pgp_sign(key, media),
        f"{sha}.proof.json": proof,
        f"{sha}.proof.json.asc": pgp_sign(key, proof),
        "pubkey.asc": str(key.pubkey).encode(),
        f"{sha}.ots": b"\x00OpenTimestamps\x00\x00Proof\x00",
    }
    for suffix, data in (replace or {}).items():
        members = {n: (data if n.endswith(suffix) else d) for n, d in members.items()}
    members = {n: d for n, d in members.items() if not n.endswith(drop)} if drop else members
    members.update(extra or {})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return out.getvalue()


# ----- Telegram Desktop export ----------------------------------------------------------------


def telegram_export(folder: Path) -> Path:
    """A one-chat JSON export: photos from two senders (Cyrillic and Kazakh names), a document, a
    voice message, a forwarded photo, a file that was not included, a path that leaves the folder."""
    from tests.support.intake import photo_bytes, text_pdf

    files = {
        "photos/photo_1@01-03-2026_10-00-00.jpg": photo_bytes((80, 60), color=(10, 120, 200)),
        "photos/photo_2@01-03-2026_10-05-00.jpg": photo_bytes((80, 60), color=(200, 120, 10)),
        "files/Акт осмотра.pdf": text_pdf(["Акт осмотра места задержания"]),
        "voice_messages/audio_1@01-03-2026_10-10-00.ogg": b"OggS\x00\x02" + bytes(200),
        "photos/photo_3@01-03-2026_11-00-00.jpg": photo_bytes((80, 60), color=(20, 200, 20)),
    }
    for rel, data in files.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_bytes(data)
    messages = [
        {"id": 1, "type": "service", "date": "2026-03-01T09:59:00", "actor": "Айгерим", "action": "create_group"},
        {
            "id": 2,
            "type": "message",
            "date": "2026-03-01T10:00:00",
            "from": "Айгерим Сапарова",
            "from_id": "user101",
            "photo": "photos/photo_1@01-03-2026_10-00-00.jpg",
            "text": "Задержание у акимата, 10:00",
        },
        {
            "id": 3,
            "type": "message",
            "date": "2026-03-01T10:05:00",
            "from": "Айгерим Сапарова",
            "from_id": "user101",
            "photo": "photos/photo_2@01-03-2026_10-05-00.jpg",
            "text": [{"type": "bold", "text": "Полиция"}, " увозит людей"],
        },
        {
            "id": 4,
            "type": "message",
            "date": "2026-03-01T10:07:00",
            "from": "Нұрлан Әбдіров",
            "from_id": "user202",
            "file": "files/Акт осмотра.pdf",
            "mime_type": "application/pdf",
            "text": "Акт",
        },
        {
            "id": 5,
            "type": "message",
            "date": "2026-03-01T10:10:00",
            "from": "Нұрлан Әбдіров",
            "from_id": "user202",
            "file": "voice_messages/audio_1@01-03-2026_10-10-00.ogg",
            "media_type": "voice_message",
            "text": "",
        },
        {
            "id": 6,
            "type": "message",
            "date": "2026-03-01T11:00:00",
            "from": "Нұрлан Әбдіров",
            "from_id": "user202",
            "forwarded_from": "Канал «Свидетель»",
            "photo": "photos/photo_3@01-03-2026_11-00-00.jpg",
            "text": "Репост",
        },
        {
            "id": 7,
            "type": "message",
            "date": "2026-03-01T11:30:00",
            "from": "Айгерим Сапарова",
            "from_id": "user101",
            "file": "(File not included. Change data exporting settings to download.)",
            "text": "Видео",
        },
        {
            "id": 8,
            "type": "message",
            "date": "2026-03-01T11:31:00",
            "from": "Айгерим Сапарова",
            "from_id": "user101",
            "photo": "../../outside.jpg",
            "text": "?",
        },
    ]
    doc = {"name": "Мониторинг Алматы", "type": "private_group", "id": 4242, "messages": messages}
    (folder / "result.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return folder


def whatsapp_export(folder: Path, *, ios: bool = False) -> Path:
    """An "Export chat" with media in Russian: two photos, a multi-line message, omitted media."""
    from tests.support.intake import photo_bytes

    folder.mkdir(parents=True, exist_ok=True)
    a = "00000003-PHOTO-2026-03-01-10-00-00.jpg" if ios else "IMG-20260301-WA0001.jpg"
    b = "00000005-PHOTO-2026-03-01-10-07-00.jpg" if ios else "IMG-20260301-WA0002.jpg"
    (folder / a).write_bytes(photo_bytes((64, 48), color=(150, 20, 90)))
    (folder / b).write_bytes(photo_bytes((64, 48), color=(20, 150, 90)))
    if ios:
        lines = [
            "[01.03.2026, 09:59:00] Мониторинг: \u200eСообщения защищены сквозным шифрованием.",
            f"[01.03.2026, 10:00:00] Айгерим Сапарова: \u200e<attached: {a}>",
            "[01.03.2026, 10:01:00] Айгерим Сапарова: Задержали троих,",
            "увезли в сторону ИВС",
            f"[01.03.2026, 10:07:00] Нұрлан Әбдіров: \u200e<attached: {b}>",
            "[01.03.2026, 10:09:00] Нұрлан Әбдіров: \u200eвидео отсутствует",
        ]
        (folder / "_chat.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        lines = [
            "01.03.2026, 09:59 - Сообщения и звонки защищены сквозным шифрованием.",
            f"01.03.2026, 10:00 - Айгерим Сапарова: {a} (файл добавлен)",
            "01.03.2026, 10:01 - Айгерим Сапарова: Задержали троих,",
            "увезли в сторону ИВС",
            f"01.03.2026, 10:07 - Нұрлан Әбдіров: {b} (файл добавлен)",
            "01.03.2026, 10:09 - Нұрлан Әбдіров: <Без медиафайлов>",
        ]
        (folder / "Чат WhatsApp с Мониторинг.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def telegram_html_export(folder: Path) -> Path:
    """The chat of `telegram_export` as Telegram Desktop writes it in HTML (its default format):
    messages.html and messages2.html, "joined" messages without a sender, a forwarded block, a
    media block without a link for the file left out, character references, the media folders."""
    import html

    telegram_export(folder)
    doc = json.loads((folder / "result.json").read_text(encoding="utf-8"))
    (folder / "result.json").unlink()
    head = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"/><title>Exported Data</title>'
        '<link href="css/style.css" rel="stylesheet"/><script src="js/script.js"></script></head><body>'
        '<div class="page_wrap"><div class="page_header"><div class="content"><div class="text bold">'
        f'{html.escape(doc["name"])}</div></div></div><div class="page_body chat_page"><div class="history">'
    )
    pages: list[list[str]] = [[], []]
    last = None
    for n, m in enumerate(doc["messages"]):
        page = pages[0 if n < 4 else 1]
        if m["type"] == "service":
            page.append(
                f'<div class="message service" id="message{m["id"]}"><div class="body details">created</div></div>'
            )
            continue
        y, mo, d = m["date"][:10].split("-")
        title = f"{d}.{mo}.{y} {m['date'][11:]} UTC+06:00"
        joined = m["from"] == last
        last = m["from"]
        text = (
            m["text"]
            if isinstance(m["text"], str)
            else "".join(
                f"<strong>{html.escape(t['text'])}</strong>" if isinstance(t, dict) else html.escape(t)
                for t in m["text"]
            )
        )
        text = html.escape(text) if isinstance(m["text"], str) else text
        media = ""
        named = m.get("photo") or m.get("file")
        if named and named.startswith("(File not included"):
            media = (
                '<div class="media_wrap clearfix"><div class="media clearfix pull_left media_video">'
                '<div class="body"><div class="title bold">Video file</div><div class="description">Not '
                "included, change data exporting settings to download.</div></div></div></div>"
            )
        elif named and "photo" in m:
            media = (
                '<div class="media_wrap clearfix">'
                f'<a class="photo_wrap clearfix pull_left" href="{html.escape(named)}">'
                '<img class="photo" src="x_thumb.jpg" style="width: 80px"/></a></div>'
            )
        elif named:
            kind = "media_voice_message" if m.get("media_type") == "voice_message" else "media_file"
            media = (
                f'<div class="media_wrap clearfix"><a class="media clearfix pull_left block_link {kind}" '
                f'href="{html.escape(named)}"><div class="body"><div class="title bold">file</div></div></a></div>'
            )
        inner = media + (f'<div class="text">{text}</div>' if text else "")
        if m.get("forwarded_from"):
            inner = (
                f'<div class="forwarded body"><div class="from_name">{html.escape(m["forwarded_from"])}'
                f'<span class="details"> 01.03.2026 10:55:00</span></div>{inner}</div>'
            )
        sender = "" if joined else f'<div class="from_name">{html.escape(m["from"])}</div>'
        page.append(
            f'<div class="message default clearfix{" joined" if joined else ""}" id="message{m["id"]}">'
            f'<div class="body"><div class="pull_right date details" title="{title}">{m["date"][11:16]}</div>'
            f"{sender}{inner}</div></div>"
        )
    for name, body in (("messages.html", pages[0]), ("messages2.html", pages[1])):
        (folder / name).write_text(head + "".join(body) + "</div></div></div></body></html>", encoding="utf-8")
    return folder
