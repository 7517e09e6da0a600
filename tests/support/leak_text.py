"""Everything a partner bundle or a dossier says, as text, for literal searches: the decrypted
bundle's bytes (UTF-8), every member's content and every JSON member re-dumped without ASCII
escapes; a dossier's pdftotext output, whitespace kept and also collapsed."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pyrage

from tests.support.leaks import pdf_text
from vault import keys
from vault.store import Vault


def bundle_text(receiver: Vault, bundle: Path) -> str:
    plain = pyrage.decrypt(bundle.read_bytes(), [keys.identity(receiver)])
    out = [plain.decode("utf-8", "ignore")]
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
        for m in tar.getmembers():
            out.append(m.name)
            if not m.isfile():
                continue
            data = tar.extractfile(m).read()  # type: ignore[union-attr]
            out.append(data.decode("utf-8", "ignore"))
            if m.name.endswith(".json"):
                out.append(json.dumps(json.loads(data), ensure_ascii=False))
    return "\n".join(out)


def dossier_text(pdf: Path) -> str:
    text = pdf_text(pdf)
    return text + "\n" + " ".join(text.split())
