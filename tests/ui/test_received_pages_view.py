"""A document received as page images, from the receiving user's seat: the details panel says how
many pages it has, the item list shows page 1 as its thumbnail, and the viewer opens on page 1
with a page selector through all of them (one logged 'view'), each page the image the sender
signed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.support.received_pages import received_document, send, sender_with_pdf
from tests.support.vaults import VaultFactory
from ui import data
from ui.format import local_datetime
from ui.panels.details import DetailsPanel
from ui.viewers.image_viewer import ImageViewer
from ui.viewers.window import ViewerWindow
from vault.keys import list_contacts


def test_details_and_viewer_show_every_page(qtbot, make_vault: VaultFactory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sender, case = sender_with_pdf(make_vault, tmp_path)
    receiver = make_vault(tmp_path / "receiver")
    sent = send(sender, case, receiver, tmp_path / "p.age")
    item = received_document(receiver)

    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_details(data.load_details(receiver, item.id))
    assert panel.fields["pages"].text() == "3" and panel.form.isRowVisible(panel.fields["pages"])
    thumb = data.load_thumbnail(receiver, item.id)  # page 1, in the item list
    assert thumb is not None and thumb.height() == data.THUMB_SIZE and thumb.width() < thumb.height()

    views = len([e for e in receiver.custody.events(item.id) if e.action == "view"])
    original = data.open_original(receiver, item.id)
    assert len([e for e in receiver.custody.events(item.id) if e.action == "view"]) == views + 1
    assert len(original.pages) == 3 and original.image is not None
    win = ViewerWindow(original)
    qtbot.addWidget(win)
    viewer = win.viewer
    assert isinstance(viewer, ImageViewer)
    shown = []
    for n in range(1, 4):
        assert viewer.page_label.text() == f"Page {n} of 3"
        shown.append(viewer._pixmap.toImage())
        assert viewer.next_page.isEnabled() == (n < 3) and viewer.previous_page.isEnabled() == (n > 1)
        qtbot.mouseClick(viewer.next_page, Qt.MouseButton.LeftButton)
    assert viewer.page == 2  # stays on the last page
    assert len({img.cacheKey() for img in shown}) == 3 and shown[0] != shown[1] != shown[2]
    assert original.data == sent["bytes"][0]


def test_viewer_panel_says_what_is_known_of_a_received_document(
    qtbot, make_vault: VaultFactory, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Not a near-empty EXIF panel: the title, page n of N (following the page shown), the
    partner who sent it and when it arrived."""
    sender, case = sender_with_pdf(make_vault, tmp_path)
    receiver = make_vault(tmp_path / "receiver")
    send(sender, case, receiver, tmp_path / "p.age")
    item = received_document(receiver)
    original = data.open_original(receiver, item.id)
    [partner] = list_contacts(receiver)  # accepted on import, named after the sender's key
    assert original.received is not None and original.received.sender == partner.name
    win = ViewerWindow(original)
    qtbot.addWidget(win)
    viewer = win.viewer
    assert isinstance(viewer, ImageViewer)
    texts = [w.text() for w in viewer.exif_panel.findChildren(QLabel)]
    assert "<b>Received document</b>" in texts and "<b>EXIF</b>" not in texts and "GPS" not in texts
    assert item.title in texts and partner.name in texts
    assert local_datetime(original.received.time) in texts and original.received.time.startswith("20")
    assert viewer.panel_page.text() == "Page 1 of 3"
    qtbot.mouseClick(viewer.next_page, Qt.MouseButton.LeftButton)
    assert viewer.panel_page.text() == "Page 2 of 3"
    page = viewer._pages[1]
    assert viewer.pixels_label.text() == f"{page.width()} × {page.height()}"
