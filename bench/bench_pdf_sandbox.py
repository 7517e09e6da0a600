"""Cost of the document sandbox: import of N small Cyrillic PDFs (PDFium) and N each of DOCX,
ODT and RTF into a fresh vault, with text read in the limited child process (as shipped) and
in-process (for comparison only; never shipped).

Run: .venv/bin/python bench/bench_pdf_sandbox.py [--pdfs 20] [--rounds 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


class _InProcess:
    """Stands in for PdfSandbox: the old in-process pdf_text."""

    def __enter__(self) -> _InProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def pdf_text(self, *args: object, **kwargs: object) -> object:
        from vault.intake.pdf import pdf_text

        return pdf_text(*args, **kwargs)  # type: ignore[arg-type]

    def office_text(self, *args: object, **kwargs: object) -> object:
        from vault.intake.office import office_text

        return office_text(*args, **kwargs)  # type: ignore[arg-type]


def one_run(folder: Path, work: Path, sandboxed: bool) -> float:
    from bench.common import new_vault
    from vault.intake import import_paths, importer
    from vault.intake.sandbox import PdfSandbox

    importer.PdfSandbox = PdfSandbox if sandboxed else _InProcess  # type: ignore[assignment,misc]
    vault = new_vault(work)
    try:
        start = time.perf_counter()
        report = import_paths(vault, [folder])
        elapsed = time.perf_counter() - start
        assert len(report.imported) == len(list(folder.iterdir()))
        assert all(f.warning is None for f in report.imported)
    finally:
        vault.close()
    return elapsed


def main() -> None:
    from tests.support.documents import docx, odt, rtf
    from tests.support.intake import text_pdf

    parser = argparse.ArgumentParser()
    parser.add_argument("--pdfs", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pdfs"
        folder.mkdir()
        for i in range(args.pdfs):
            (folder / f"doc-{i:03}.pdf").write_bytes(text_pdf([f"Протокол задержания номер {i}", "Свидетель"]))
            (folder / f"doc-{i:03}.docx").write_bytes(docx([f"Заявление номер {i}"], author="Автор"))
            (folder / f"doc-{i:03}.odt").write_bytes(odt([f"Протокол номер {i}"], title="Протокол"))
            (folder / f"doc-{i:03}.rtf").write_bytes(rtf(f"Жалоба номер {i}", "Свидетель"))
        for sandboxed in (False, True):
            times = [one_run(folder, Path(tmp) / f"v-{sandboxed}-{r}", sandboxed) for r in range(args.rounds)]
            label = "sandboxed " if sandboxed else "in-process"
            figures = ", ".join(f"{t:.3f}" for t in times)
            print(f"{label}: {args.pdfs} each of PDF/DOCX/ODT/RTF, seconds per import: {figures}")


if __name__ == "__main__":
    main()
