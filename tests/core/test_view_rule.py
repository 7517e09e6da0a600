"""The custody rule for viewing lives in the core (`items.view_original`): opening an item in a
viewer is a 'view' event, whether it is a sealed file or a testimony written in the vault;
reading a thumbnail or the details is not."""

from __future__ import annotations

from pathlib import Path

from vault import items, testimony
from vault.demo_media import photo_jpeg
from vault.intake import import_paths
from vault.store import Vault


def _views(vault: Vault, item_id: str) -> int:
    return sum(1 for e in vault.custody.events(item_id) if e.action == "view")


def test_viewing_a_written_testimony_is_logged(vault: Vault) -> None:
    text = "Мені ұстады. Меня задержали у дома, ёлка во дворе."
    item_id = testimony.add_testimony(vault, title="Айғақ", text=text, language="kk")
    testimony.revise_testimony(vault, item_id, text + " Дополнение.")
    item, data = items.view_original(vault, item_id)
    assert item.id == item_id and data.decode("utf-8") == text + " Дополнение."  # the current revision
    assert _views(vault, item_id) == 1


def test_viewing_a_photo_is_logged_its_thumbnail_is_not(vault: Vault, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    jpeg = photo_jpeg(
        "Синяки", taken=datetime(2025, 1, 1, tzinfo=UTC), lat=43.2389, lon=76.8897, colour=(120, 60, 60), size=(96, 72)
    )
    (tmp_path / "p.jpg").write_bytes(jpeg)
    [imported] = import_paths(vault, [tmp_path / "p.jpg"]).imported
    assert items.thumbnail(vault, imported.id) is not None
    items.get_item(vault, imported.id)
    assert _views(vault, imported.id) == 0
    item, data = items.view_original(vault, imported.id)
    assert data == jpeg and item.metadata["gps"] == {"lat": 43.2389, "lon": 76.8897}
    assert _views(vault, imported.id) == 1
