"""File dialogs that leave no trace of where the evidence is.

Qt's own file dialog saves the folders it visited, in the clear, in ~/.config/QtProject.conf
(`history`, `lastVisited`, `shortcuts`) when it is destroyed; a platform (GTK) dialog may add
the chosen file to ~/.local/share/recently-used.xbel. A folder name such as
".../Сейтқазиева_допрос/" there is a leak. So every dialog of the app is Qt's widget dialog
(never the platform's), and before it is destroyed its history, sidebar and current folder are
reset to the file-system root: what Qt then saves names no folder of the user's.
Use these functions instead of QFileDialog's static ones (a test checks every dialog).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QDir, QUrl
from PySide6.QtWidgets import QFileDialog, QWidget

_NO_TRACE = QFileDialog.Option.DontUseNativeDialog


def _run(dialog: QFileDialog) -> list[str]:
    dialog.setOption(_NO_TRACE, True)
    # The sidebar Qt would restore comes from the (scrubbed) settings; offer the usual places.
    dialog.setSidebarUrls([QUrl("file:"), QUrl.fromLocalFile(QDir.homePath())])
    try:
        chosen = dialog.selectedFiles() if dialog.exec() else []
    finally:
        forget(dialog)
    return chosen


def forget(dialog: QFileDialog) -> None:
    """Reset what the dialog would save, then destroy it now (it saves in its destructor)."""
    dialog.setSidebarUrls([QUrl("file:")])
    dialog.setDirectory(QDir.rootPath())
    dialog.setHistory([])
    shiboken6.delete(dialog)


def existing_directory(parent: QWidget | None, caption: str, start: str = "") -> str:
    dialog = QFileDialog(parent, caption, start or QDir.homePath())
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""


def open_file_names(parent: QWidget | None, caption: str, start: str = "", filters: str = "") -> list[str]:
    dialog = QFileDialog(parent, caption, start or QDir.homePath(), filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def open_file_name(parent: QWidget | None, caption: str, start: str = "", filters: str = "") -> str:
    dialog = QFileDialog(parent, caption, start or QDir.homePath(), filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""


def save_file_name(
    parent: QWidget | None,
    caption: str,
    path: str = "",
    filters: str = "",
    *,
    confirm_overwrite: bool = True,
    suffix: str = "",
) -> str:
    """`path` may be a folder or a suggested file (folder + readable default name)."""
    dialog = QFileDialog(parent, caption, path or QDir.homePath(), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not confirm_overwrite)
    if suffix:
        dialog.setDefaultSuffix(suffix)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""
