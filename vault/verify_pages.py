"""`verify`, documents received as page images (vault.received_pages, docs/adr/025-*): every page
the item's metadata lists must be a live blob of that item with the recorded SHA-256 and size
(page 1 being its original), the item's 'receive' event must list the same pages in the same
order, and that list must be what the sender signed in the bundle's manifest. The blobs' bytes
are checked against their rows by verify_blobs, like every blob."""

from __future__ import annotations

import json
from typing import Any

from .bundle import manifest as mf
from .bundle.merge_pages import is_page_images
from .db import Connection, column, named_rows, scalar
from .errors import BundleRejected, IntegrityError
from .models import Item
from .received_pages import PAGE_PURPOSE, PAGES_KEY, recorded
from .verify_chain import ChainFacts
from .verify_report import BLOB_MISSING, HASH_MISMATCH, RECEIVED_MISMATCH, VerifyReport


def _signed_pages(conn: Connection) -> dict[tuple[str, str], list[str]]:
    """(bundle SHA-256, sender's item id) -> SHA-256 of pages 1..N as signed (page-image items only).
    Manifests that do not parse are reported by verify_received."""
    out: dict[tuple[str, str], list[str]] = {}
    for bundle in column(conn, "SELECT bundle FROM received_manifests"):
        raw = scalar(conn, "SELECT manifest FROM received_manifests WHERE bundle = ?", (bundle,))
        try:
            m = mf.parse(bytes(raw))
        except BundleRejected:
            continue
        for i in m.items:
            if is_page_images(i):
                out[(str(bundle), i.id)] = [i.sha256 or "", *(p.sha256 for p in i.pages)]
    return out


def _page_items(conn: Connection) -> list[tuple[str, str | None, dict[str, Any]]]:
    out = []
    for row in named_rows(conn, "SELECT id, sha256, metadata FROM items WHERE source = 'bundle'"):
        try:
            meta = json.loads(row["metadata"] or "{}")
        except ValueError:
            continue
        if isinstance(meta, dict) and PAGES_KEY in meta:
            out.append((str(row["id"]), row["sha256"], meta))
    return out


def check_received_pages(conn: Connection, facts: ChainFacts, report: VerifyReport) -> int:
    """Returns how many page-image documents were checked."""
    logged: dict[str, tuple[int, dict[str, Any]]] = {}
    for seq, action, subject, d in facts.received:
        if action == "receive" and "rev" not in d and isinstance(d.get("pages"), list):
            logged.setdefault(subject, (seq, d))
    signed = _signed_pages(conn)
    checked = 0
    for item_id, sha, meta in _page_items(conn):
        try:
            pages = recorded(Item(item_id, "document", "", "", sha, None, metadata=meta))
        except IntegrityError:
            report.add(HASH_MISMATCH, item_id, "its list of page images cannot be read")
            continue
        sql = "SELECT id, purpose, sha256, size, destroyed FROM blobs WHERE item_id = ?"
        rows = {
            r["id"]: (r["purpose"], r["sha256"], r["size"], r["destroyed"]) for r in named_rows(conn, sql, (item_id,))
        }
        if any(row[3] is not None for row in rows.values()):
            continue  # destroyed: verify_rows checks that a 'destroy' event names the blobs
        checked += 1
        for p in pages:
            purpose = "original" if p.page == 1 else PAGE_PURPOSE
            row = rows.get(p.blob_id)
            if row is None or row[0] != purpose:
                report.add(
                    BLOB_MISSING, item_id, f"page {p.page} of {len(pages)}: its blob {p.blob_id} is not recorded"
                )
            elif (row[1], row[2]) != (p.sha256, p.size) or (p.page == 1 and p.sha256 != sha):
                report.add(HASH_MISMATCH, item_id, f"page {p.page} of {len(pages)}: its blob is not the page recorded")
        shas = [p.sha256 for p in pages]
        event = logged.get(item_id)
        if event is None:
            report.add(RECEIVED_MISMATCH, item_id, "its page images are logged by no 'receive' event")
            continue
        seq, d = event
        if d["pages"] != shas:
            report.add(RECEIVED_MISMATCH, item_id, f"its page images differ from those event {seq} recorded")
        want = signed.get((str(d["bundle_sha256"]), str(d["sender_item"])))
        if want is not None and want != d["pages"]:
            why = f"the pages event {seq} recorded are not what the sender signed in bundle {d['bundle_sha256']}"
            report.add(RECEIVED_MISMATCH, item_id, why)
        elif want is None:
            report.add(RECEIVED_MISMATCH, item_id, f"the bundle of event {seq} is not held, or lists no pages there")
    return checked
