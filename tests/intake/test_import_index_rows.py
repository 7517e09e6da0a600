"""An import writes each new item's search index row from what it has just recorded, without
reading it back (vault.search_index.index_new_item). That row must be exactly what a rebuild from
the database gives (`reindex_item`), for every kind of file and every link an import can make:
otherwise a later edit would silently change what a search finds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support import intake as fx
from vault import search
from vault.cases import add_case
from vault.intake import import_paths, ingest
from vault.intake.ingest import Prepared, add_index_row, commit_prepared, prepare
from vault.intake.record import Links
from vault.intake.walk import Candidate, collect
from vault.people import add_person
from vault.store import Vault

_COLUMNS = "rowid, item_id, title, body, people, tags, meta, stems"


def _index_rows(vault: Vault) -> dict[str, tuple[Any, ...]]:
    rows = vault.conn.execute(f"SELECT {_COLUMNS} FROM search_index").fetchall()
    return {row[1]: tuple(row) for row in rows}


def _material(folder: Path) -> None:
    fx.write(folder / "показания_Гульнары.txt", "Ёлки у ИВС: её допрашивали без адвоката, пытки.".encode())
    fx.write(folder / "куәгер.txt", "Куәгердің айтуынша, тергеушілер ұрып-соқты.".encode())
    fx.write(folder / "cp1251.txt", "Задержанного избили в камере".encode("cp1251"))
    fx.write(folder / "photo.jpg", fx.photo_bytes())
    fx.write(folder / "protocol.pdf", fx.text_pdf(["Протокол допроса свидетеля", "Суд Алматы"]))


def test_rows_written_at_import_equal_a_rebuild_from_the_database(vault: Vault, tmp_path: Path) -> None:
    case_id = add_case(vault, "Дело Сейтказиевой")
    witness = add_person(
        vault, "Гульнара Сейтказиева", pseudonym="Свидетель А", aliases=["Гульнары Сейтказиевой"], role="witness"
    )
    lawyer = add_person(vault, "Марат Оспанов", role="lawyer")
    _material(tmp_path / "in")
    report = import_paths(
        vault,
        [tmp_path / "in"],
        case_id=case_id,
        tags=["violation/torture", "место/ИВС"],
        people=[(witness, "witness"), (lawyer, "author")],
    )
    assert len(report.imported) == 5 and not report.rejected
    written = _index_rows(vault)
    assert set(written) == {i.id for i in report.imported}
    with vault.transaction() as conn:
        for item_id in written:
            search.reindex_item(conn, item_id)
    assert _index_rows(vault) == written
    # and the row is useful: names, aliases, pseudonyms, tags, camera and word forms are found
    everything = {i.id for i in report.imported}
    assert {h.id for h in search.search(vault.conn, "Сейтказиевой")} == everything
    assert {h.id for h in search.search(vault.conn, "torture ИВС")} == everything
    photo = next(i.id for i in report.imported if i.kind == "photo")
    assert [h.id for h in search.search(vault.conn, "canon")] == [photo]
    assert len(search.search(vault.conn, "пыток")) == 1  # "пытки" through its stem
    assert len(search.search(vault.conn, "елки")) == 1  # ё folded


def test_an_import_without_links_indexes_no_people_or_tags(vault: Vault, tmp_path: Path) -> None:
    _material(tmp_path / "in")
    report = import_paths(vault, [tmp_path / "in"])
    written = _index_rows(vault)
    assert all(row[4] == "" and row[5] == "" for row in written.values())  # people, tags
    with vault.transaction() as conn:
        for item in report.imported:
            search.reindex_item(conn, item.id)
    assert _index_rows(vault) == written


def test_rows_computed_ahead_are_recomputed_when_a_linked_person_changed_meanwhile(
    vault: Vault, tmp_path: Path
) -> None:
    """The row is computed on a helper thread from the people's names as the import began; if a
    name changed before the batch is written, the batch's rows are computed again under the lock."""
    person = add_person(vault, "Айгуль Нурланова", role="witness")
    path = fx.write(tmp_path / "note.txt", "Показания о задержании".encode())
    before = Links(None, (), ((person, "witness"),), "Айгерим Старое Имя")  # as if renamed since
    cand = next(c for c in collect([path], exclude=vault.path) if isinstance(c, Candidate))
    done = prepare(vault.blobs, cand, None, None)
    assert isinstance(done, Prepared)
    add_index_row(done, before)
    assert done.index is not None and "старое" in done.index.people.casefold()
    (result,) = commit_prepared(vault, [done], before)
    written = _index_rows(vault)[result.id]
    assert "нурланова" in written[4].casefold() and "старое" not in written[4].casefold()
    with vault.transaction() as conn:
        search.reindex_item(conn, result.id)
    assert _index_rows(vault)[result.id] == written


def test_a_failure_computing_the_row_leaves_no_blob_behind(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The row is computed on the helper thread after the file was sealed: if that fails, the
    import stops with the error and the sealed blobs of that file are removed, like any file
    whose preparation fails (no orphan until the next open's sweep)."""
    _material(tmp_path / "in")

    def broken(*_args: object) -> None:
        raise RuntimeError("folding failed")

    monkeypatch.setattr(ingest, "new_item_row", broken)
    with pytest.raises(RuntimeError, match="folding failed"):
        import_paths(vault, [tmp_path / "in"])
    on_disk = sorted(name for name, path in vault.blobs.scan() if path.is_file())
    assert on_disk == sorted(r[0] for r in vault.conn.execute("SELECT id FROM blobs")) == []
