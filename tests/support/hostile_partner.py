"""A world for hostile-partner tests, generated in code: the receiver R with its own case, a
protected witness, a testimony (revised once) and a photo with EXIF GPS; a contact C whose case
(a protected person, a testimony) R received; a trusted sender S whose case R received, and who
holds a copy of R's own case (R once sent it unchanged). Plus the tools a hostile S would use:
decrypt its bundle, edit the manifest and files, re-sign with S's real key, encrypt to R."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image

from vault import keys
from vault.bundle import export_bundle, import_bundle
from vault.bundle import format as fmt
from vault.cases import add_case, add_case_event
from vault.custody import canonical_bytes, event_hash, key_id, sign_hash
from vault.exports.clearance import clear_item
from vault.intake import import_paths
from vault.people import add_person, link_person_to_case
from vault.store import Vault
from vault.testimony import add_testimony, revise_testimony

Members = list[tuple[str, bytes]]
R_WITNESS = "Гүлнар Сәрсенбаева"
C_WITNESS = "Ерлан Жақсыбеков"
S_WITNESS = "Мария Иванова"


def jpeg_with_gps() -> bytes:
    im = Image.new("RGB", (40, 30), (20, 120, 200))
    exif = Image.Exif()
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (43.0, 15.0, 30.0), "E", (76.0, 57.0, 0.0)
    out = io.BytesIO()
    im.save(out, "JPEG", exif=exif)
    return out.getvalue()


@dataclass
class World:
    r: Vault
    s: Vault
    c: Vault
    r_case: str
    r_person: str
    r_testimony: str
    r_photo: str
    r_event: str
    c_case_at_r: str
    c_person_at_r: str
    c_case_remote: str  # C's own ids, as C's bundle named them
    c_person_remote: str
    s_case: str  # S's own case and testimony (S's ids)
    s_testimony: str
    s_copy_of_r_case: str  # S's id of the case it received from R
    s_to_r: str  # R's contact id in S
    s_bundle: Path  # S's first bundle to R (imported)
    tmp: Path


def build_world(make_vault: Any, tmp: Path) -> World:
    r, s, c = make_vault(owner="Receiver NGO"), make_vault(owner="Sender NGO"), make_vault(owner="Contact NGO")
    r_to_s, r_to_c = keys.public_identity(s), keys.public_identity(c)
    keys.add_contact(r, "Sender NGO", r_to_s.recipient, r_to_s.signing_key)
    keys.add_contact(r, "Contact NGO", r_to_c.recipient, r_to_c.signing_key)
    pub_r = keys.public_identity(r)
    s_to_r = keys.add_contact(s, "Receiver NGO", pub_r.recipient, pub_r.signing_key)
    c_to_r = keys.add_contact(c, "Receiver NGO", pub_r.recipient, pub_r.signing_key)
    # R's own records.
    r_case = add_case(r, "Дело Сәрсенбаевой", summary="Задержание у акимата; қамауға алу.")
    r_person = add_person(r, R_WITNESS, pseudonym="Свидетель Г", protected=True, role="witness")
    link_person_to_case(r, r_case, r_person, "witness")
    r_testimony = add_testimony(
        r,
        title="Показания Г.",
        case_id=r_case,
        language="ru",
        text=f"Я, {R_WITNESS}, видела задержание. Мен көрдім.",
        people=[(r_person, "witness")],
    )
    revise_testimony(r, r_testimony, f"Я, {R_WITNESS}, видела задержание. Мен көрдім. Дополнение: в 10:00.")
    r_event = add_case_event(r, r_case, "2024-02-01", "Задержание", kind="arrest")
    src = tmp / "r-files"
    src.mkdir()
    (src / "фото.jpg").write_bytes(jpeg_with_gps())
    report = import_paths(r, [src], case_id=r_case)
    r_photo = report.imported[0].id
    # R once sent its case to S, unchanged (internal profile): S knows R's hashes.
    s_id_r = keys.find_by_signing_key(r, keys.public_identity(s).signing_key)
    assert s_id_r is not None
    got = import_bundle(s, Path(export_bundle(r, r_case, [s_id_r.id], tmp / "r-to-s.age", profile="internal").path))
    s_copy_of_r_case = got.case_id
    # C's case, received by R.
    c_case = add_case(c, "Дело Жақсыбекова")
    c_person = add_person(c, C_WITNESS, pseudonym="Свидетель Е", protected=True, role="victim")
    link_person_to_case(c, c_case, c_person, "victim")
    add_testimony(
        c, title="Рассказ Е.", case_id=c_case, text=f"{C_WITNESS} рассказал о допросе.", people=[(c_person, "victim")]
    )
    from_c = import_bundle(r, Path(export_bundle(c, c_case, [c_to_r], tmp / "c-to-r.age", profile="internal").path))
    # C's ids as its bundle named them (a bundle's ids need not be the sender's local ids).
    c_case_remote, c_person_remote, c_person_at_r = r.conn.execute(
        "SELECT c.remote_id, p.remote_id, p.local_id FROM received_refs c JOIN received_refs p "
        "ON p.sender_vault = c.sender_vault AND p.kind = 'person' WHERE c.kind = 'case' AND c.sender_vault = ?",
        (c.vault_id,),
    ).fetchone()
    # S's own case, received by R.
    s_case = add_case(s, "Дело Ивановой")
    s_person = add_person(s, S_WITNESS, pseudonym="Свидетель М", protected=True, role="witness")
    link_person_to_case(s, s_case, s_person, "witness")
    s_testimony = add_testimony(
        s, title="Показания М.", case_id=s_case, text=f"{S_WITNESS}: меня допрашивали.", people=[(s_person, "witness")]
    )
    revise_testimony(s, s_testimony, f"{S_WITNESS}: меня допрашивали ночью.")
    (tmp / "s-files").mkdir()
    (tmp / "s-files" / "справка.txt").write_text("Справка о побоях. Анықтама.\n", encoding="utf-8")
    note = import_paths(s, [tmp / "s-files"], case_id=s_case).imported[0].id
    # Under `partner` a document leaves only when a person cleared it (witness protection).
    clear_item(s, note, "partner", "a medical certificate with no names, checked by hand")
    s_bundle = Path(export_bundle(s, s_case, [s_to_r], tmp / "s-to-r.age", profile="partner").path)
    import_bundle(r, s_bundle)
    return World(
        r,
        s,
        c,
        r_case,
        r_person,
        r_testimony,
        r_photo,
        r_event,
        from_c.case_id,
        c_person_at_r,
        c_case_remote,
        c_person_remote,
        s_case,
        s_testimony,
        s_copy_of_r_case,
        s_to_r,
        s_bundle,
        tmp,
    )


# ----- a hostile sender's tools --------------------------------------------------------------


def members(receiver: Vault, bundle: Path) -> Members:
    plain = pyrage.decrypt(bundle.read_bytes(), [keys.identity(receiver)])
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
        return [(m.name, tar.extractfile(m).read()) for m in tar.getmembers()]  # type: ignore[union-attr]


def sender_key(v: Vault) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(v.secret("signing_key"))


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def repack(sender: Vault, receiver: Vault, doc: dict[str, Any], files: dict[str, bytes], out: Path) -> Path:
    """Sign `doc` with the sender's real key; SHA256SUMS and the archive follow the manifest."""
    raw = (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
    listed: list[tuple[str, str]] = []
    for item in doc.get("items", []):
        if isinstance(item, dict) and item.get("file"):
            listed.append((item["file"], item["sha256"]))
            listed += [(r["file"], r["sha256"]) for r in item.get("revisions", [])[1:] if isinstance(r, dict)]
    sums = fmt.render_sums([(fmt.MANIFEST, sha(raw))] + listed)
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        entries = [(fmt.MANIFEST, raw), (fmt.SIGNATURE, fmt.sign_manifest(sender_key(sender), raw)), (fmt.SUMS, sums)]
        entries += [(p, files[p]) for p, _ in dict.fromkeys(listed) if p in files]
        for name, data in entries:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    out.write_bytes(pyrage.encrypt(buf.getvalue(), [keys.identity(receiver).to_public()]))
    return out


def split(ms: Members) -> tuple[dict[str, Any], dict[str, bytes]]:
    files = dict(ms)
    return json.loads(files.pop(fmt.MANIFEST)), {k: v for k, v in files.items() if k.startswith("files/")}


def sign_event(sender: Vault, **fields: Any) -> dict[str, Any]:
    """A custody event signed by the sender's real key, whatever it claims."""
    canonical = canonical_bytes(
        fields["seq"],
        fields["time"],
        fields["actor"],
        fields["device"],
        fields["action"],
        fields["subject"],
        fields["details"],
        fields["prev_hash"],
    )
    digest = event_hash(canonical)
    raw = sender.custody.public_raw
    return {**fields, "hash": digest, "signature": sign_hash(sender_key(sender), digest), "key_id": key_id(raw)}


def set_revision(item: dict[str, Any], files: dict[str, bytes], rev: int, text: str, actor: str, created: str) -> None:
    """Put text as revision `rev` (appended, or replacing) of a testimony in the manifest."""
    data = text.encode("utf-8")
    path = fmt.revision_path(item["id"], rev) if rev > 1 else item["file"]
    entry = {
        "rev": rev,
        "created": created,
        "actor": actor,
        "content": "original",
        "recorded_sha256": sha(data),
        "file": path,
        "sha256": sha(data),
        "size": len(data),
    }
    revs = item["revisions"]
    if rev <= len(revs):
        revs[rev - 1] = entry
    else:
        revs.append(entry)
    files[path] = data
    if rev == 1:
        item.update(sha256=sha(data), size=len(data), intake_sha256=sha(data), intake_size=len(data))


# ----- what the receiver holds -----------------------------------------------------------------


def counts(v: Vault) -> dict[str, int]:
    tables = (
        "items",
        "blobs",
        "revisions",
        "cases",
        "case_events",
        "people",
        "item_people",
        "item_cases",
        "case_people",
        "contacts",
        "received_events",
        "received_refs",
        "received_senders",
        "custody",
    )
    out = {t: int(v.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}
    out["blob_files"] = sum(1 for p in (v.path / "blobs").rglob("*") if p.is_file())
    return out


def blob_files(v: Vault) -> dict[str, str]:
    return {str(p.relative_to(v.path)): sha(p.read_bytes()) for p in (v.path / "blobs").rglob("*") if p.is_file()}


def own_item_rows(v: Vault, item_id: str) -> dict[str, list[tuple[Any, ...]]]:
    """An item byte for byte: its row, revisions, blobs, links and tags."""
    q = {
        "items": "SELECT * FROM items WHERE id = ?",
        "revisions": "SELECT * FROM revisions WHERE item_id = ? ORDER BY rev",
        "blobs": "SELECT * FROM blobs WHERE item_id = ? ORDER BY id",
        "people": "SELECT * FROM item_people WHERE item_id = ?",
        "cases": "SELECT * FROM item_cases WHERE item_id = ?",
        "tags": "SELECT * FROM item_tags WHERE item_id = ?",
    }
    return {k: sorted(tuple(r) for r in v.conn.execute(sql, (item_id,)).fetchall()) for k, sql in q.items()}


def owned_by(v: Vault, sender_vault: str) -> set[str]:
    rows = v.conn.execute("SELECT local_id FROM received_refs WHERE sender_vault = ?", (sender_vault,)).fetchall()
    return {r[0] for r in rows}


def not_senders(v: Vault, sender_vault: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row that is not the sender's own record (or a link hanging off one), byte for byte."""
    mine = owned_by(v, sender_vault)
    kid = (
        key_id(base64.b64decode(keys.binding_for_vault(v, sender_vault).signing_key))
        if keys.binding_for_vault(v, sender_vault)
        else ""
    )
    q = {
        "items": ("SELECT * FROM items", 0),
        "revisions": ("SELECT * FROM revisions", 0),
        "blobs": ("SELECT * FROM blobs", 1),
        "item_people": ("SELECT * FROM item_people", 0),
        "item_cases": ("SELECT * FROM item_cases", 0),
        "item_tags": ("SELECT * FROM item_tags", 0),
        "cases": ("SELECT * FROM cases", 0),
        "case_events": ("SELECT * FROM case_events", 1),
        "people": ("SELECT * FROM people", 0),
        "person_aliases": ("SELECT * FROM person_aliases", 0),
        "case_people": ("SELECT * FROM case_people", 0),
        "contacts": ("SELECT * FROM contacts", None),
    }
    out = {}
    for table, (sql, col) in q.items():
        rows = [tuple(r) for r in v.conn.execute(sql).fetchall()]
        out[table] = sorted(r for r in rows if col is None or r[col] not in mine)
    out["received_refs"] = sorted(
        tuple(r) for r in v.conn.execute("SELECT * FROM received_refs WHERE sender_vault != ?", (sender_vault,))
    )
    out["received_events"] = sorted(
        tuple(r) for r in v.conn.execute("SELECT * FROM received_events WHERE sender_key != ?", (kid,))
    )
    out["received_senders"] = sorted(
        tuple(r) for r in v.conn.execute("SELECT * FROM received_senders WHERE vault_id != ?", (sender_vault,))
    )
    return out


def cross_links(v: Vault, sender_vault: str) -> list[tuple[str, ...]]:
    """Links from the sender's records to records that are not the sender's: must be none."""
    mine = owned_by(v, sender_vault)
    out = []
    for table, a, b in (
        ("item_cases", "item_id", "case_id"),
        ("item_people", "item_id", "person_id"),
        ("case_people", "case_id", "person_id"),
        ("case_events", "id", "case_id"),
    ):
        for x, y in v.conn.execute(f"SELECT {a}, {b} FROM {table}"):
            if (x in mine) != (y in mine):
                out.append((table, x, y))
    return out
