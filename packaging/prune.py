"""Trim what PyInstaller's Qt hooks collect down to what Evidence Vault needs (used by the spec).

PyInstaller collects every plugin of every Qt module in use, and with them the libraries those
plugins link to. Some of them are not wanted in an offline evidence tool: the VNC platform plugin
listens on a TCP socket, the virtual keyboard drags in Qt Quick and QML, the GTK3 theme drags in
the host's GTK stack (which then clashes with the host's own GTK modules). This module drops
those plugins, then every shared library that nothing left in the bundle links to, and keeps Qt's
own translations only for the languages the app speaks.
"""

from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Iterable

QT_PLUGINS = "PySide6/Qt/plugins/"
UNWANTED_PLUGINS = (
    "platforms/libqvnc.so",  # a VNC server: opens a network socket
    "platforms/libqeglfs.so",  # full-screen embedded back-ends: not a desktop
    "platforms/libqlinuxfb.so",
    "platforms/libqminimalegl.so",
    "platforms/libqvkkhrdisplay.so",
    "egldeviceintegrations/*",
    "generic/*",  # evdev/tuio input for embedded back-ends
    "platforminputcontexts/libqtvirtualkeyboardplugin.so",  # Qt Quick + QML for an on-screen keyboard
    "platformthemes/libqgtk3.so",  # the host's GTK stack; the xdg-desktop-portal theme stays
)
QT_TRANSLATIONS = "PySide6/Qt/translations/"
LANGUAGES = ("en", "ru", "kk")  # the app's languages (docs/architecture.md); Qt's own strings for these only

Entry = tuple[str, str, str]  # (destination, source, typecode) as in PyInstaller's TOC lists


def _is_unwanted_plugin(dest: str) -> bool:
    dest = dest.replace(os.sep, "/")
    if not dest.startswith(QT_PLUGINS):
        return False
    rel = dest[len(QT_PLUGINS) :]
    return any(fnmatch.fnmatch(rel, pattern) for pattern in UNWANTED_PLUGINS)


def _is_shared_library(dest: str) -> bool:
    """Libraries that are only in the bundle because something links to them (prunable)."""
    dest = dest.replace(os.sep, "/")
    folder, name = dest.rpartition("/")[0], dest.rpartition("/")[2]
    if not (name.startswith("lib") and ".so" in name) or name.startswith("libpython"):
        return False
    return folder in ("", "PySide6/Qt/lib") or folder.endswith(".libs")


def _needed_names(src: str, cache: dict[str, set[str]]) -> set[str]:
    if src not in cache:
        from PyInstaller.depend.bindepend import get_imports

        try:
            cache[src] = {os.path.basename(name) for name, _path in get_imports(src)}
        except Exception:  # noqa: BLE001 - an unreadable file keeps everything it might need
            cache[src] = {"*"}
    return cache[src]


def prune(binaries: list[Entry], datas: list[Entry]) -> tuple[list[Entry], list[Entry]]:
    """Binaries and datas (where PyInstaller keeps its SYMLINK entries) without the unwanted parts."""
    kept = _prune_binaries(binaries, [e for e in datas if e[2] == "SYMLINK"])
    present = {os.path.normpath(e[0]) for e in kept} | {os.path.normpath(e[0]) for e in datas if e[2] != "SYMLINK"}
    out_datas = []
    for dest, src, kind in _prune_translations(datas):
        if kind == "SYMLINK" and os.path.normpath(os.path.join(os.path.dirname(dest), src)) not in present:
            continue  # it would point at a library that was dropped
        out_datas.append((dest, src, kind))
    return kept, out_datas


def _prune_binaries(binaries: Iterable[Entry], symlinks: Iterable[Entry]) -> list[Entry]:
    """Drop unwanted Qt plugins, then every shared library nothing remaining links to."""
    kept = [e for e in binaries if not _is_unwanted_plugin(e[0])]
    if not sys.platform.startswith("linux"):  # the DT_NEEDED walk below is written for ELF
        return kept
    libs = {os.path.basename(e[0]): e for e in kept if _is_shared_library(e[0])}
    alias = {os.path.basename(e[0]): os.path.basename(e[1]) for e in symlinks}
    roots = [e for e in kept if not _is_shared_library(e[0])]
    cache: dict[str, set[str]] = {}
    needed: set[str] = set()
    todo = [e[1] for e in roots]
    while todo:
        names = _needed_names(todo.pop(), cache)
        if "*" in names:
            return kept
        for name in names - needed:
            needed.add(name)
            if name in alias:  # a soname that is a symlink to the real file
                needed.add(alias[name])
                name = alias[name]
            if name in libs:
                todo.append(libs[name][1])
    return [e for e in kept if not _is_shared_library(e[0]) or os.path.basename(e[0]) in needed]


def _prune_translations(datas: Iterable[Entry]) -> list[Entry]:
    """Keep Qt's translation catalogues for the app's languages only."""
    out = []
    for dest, src, kind in datas:
        norm = dest.replace(os.sep, "/")
        if norm.startswith(QT_TRANSLATIONS) and norm.endswith(".qm"):
            stem = os.path.basename(norm)[: -len(".qm")]
            if not any(stem.endswith("_" + lang) or "_" + lang + "_" in stem for lang in LANGUAGES):
                continue
        out.append((dest, src, kind))
    return out
