"""Display helpers: local dates from stored UTC, sizes, translated kind and role names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt


def local_datetime(iso_utc: str | None) -> str:
    """'2024-03-01T10:00:00.000000Z' → the user's locale, local time zone."""
    if not iso_utc:
        return ""
    text = iso_utc.rstrip("Z")
    if "." in text:
        head, frac = text.split(".", 1)
        text = f"{head}.{frac[:3]}"
    dt = QDateTime.fromString(text, Qt.DateFormat.ISODateWithMs)
    if not dt.isValid():
        dt = QDateTime.fromString(text, Qt.DateFormat.ISODate)
    if not dt.isValid():
        return iso_utc
    dt.setTimeZone(QDateTime.currentDateTimeUtc().timeZone())
    return QLocale().toString(dt.toLocalTime(), QLocale.FormatType.ShortFormat)


def human_size(size: int | None) -> str:
    if size is None:
        return ""
    value = float(size)
    units = (QCoreApplication.translate("Units", "B"), QCoreApplication.translate("Units", "KB"),
             QCoreApplication.translate("Units", "MB"), QCoreApplication.translate("Units", "GB"))  # fmt: skip
    for i, unit in enumerate(units):
        if value < 1024 or i == len(units) - 1:
            return QLocale().toString(value, "f", 0 if i == 0 else 1) + "\u00a0" + unit
        value /= 1024
    return str(size)


def kind_label(kind: str) -> str:
    labels = {
        "testimony": QCoreApplication.translate("Kinds", "Testimony"),
        "document": QCoreApplication.translate("Kinds", "Document"),
        "photo": QCoreApplication.translate("Kinds", "Photo"),
        "audio": QCoreApplication.translate("Kinds", "Audio"),
        "video": QCoreApplication.translate("Kinds", "Video"),
        "other": QCoreApplication.translate("Kinds", "Other"),
    }
    return labels.get(kind, kind)


def role_label(role: str) -> str:
    labels = {
        "defender": QCoreApplication.translate("Roles", "Human rights defender"),
        "victim": QCoreApplication.translate("Roles", "Victim"),
        "witness": QCoreApplication.translate("Roles", "Witness"),
        "official": QCoreApplication.translate("Roles", "Official"),
        "perpetrator": QCoreApplication.translate("Roles", "Perpetrator"),
        "lawyer": QCoreApplication.translate("Roles", "Lawyer"),
        "relative": QCoreApplication.translate("Roles", "Relative"),
        "other": QCoreApplication.translate("Roles", "Other"),
        "": "",
    }
    return labels.get(role, role)


def event_kind_label(kind: str) -> str:
    labels = {
        "arrest": QCoreApplication.translate("EventKinds", "Arrest"),
        "hearing": QCoreApplication.translate("EventKinds", "Hearing"),
        "sentence": QCoreApplication.translate("EventKinds", "Sentence"),
        "transfer": QCoreApplication.translate("EventKinds", "Transfer"),
        "release": QCoreApplication.translate("EventKinds", "Release"),
        "complaint": QCoreApplication.translate("EventKinds", "Complaint"),
        "other": QCoreApplication.translate("EventKinds", "Other"),
    }
    return labels.get(kind, kind)


def action_label(action: str) -> str:
    """A custody action (stored in English, e.g. 'import') in the interface language."""
    labels = {
        "create": QCoreApplication.translate("CustodyActions", "vault created"),
        "import": QCoreApplication.translate("CustodyActions", "imported"),
        "testimony": QCoreApplication.translate("CustodyActions", "testimony recorded"),
        "revise": QCoreApplication.translate("CustodyActions", "testimony revised"),
        "edit": QCoreApplication.translate("CustodyActions", "edited"),
        "tag": QCoreApplication.translate("CustodyActions", "tagged"),
        "untag": QCoreApplication.translate("CustodyActions", "tag removed"),
        "link": QCoreApplication.translate("CustodyActions", "linked"),
        "unlink": QCoreApplication.translate("CustodyActions", "link removed"),
        "view": QCoreApplication.translate("CustodyActions", "viewed"),
        "extract": QCoreApplication.translate("CustodyActions", "extracted"),
        "export": QCoreApplication.translate("CustodyActions", "exported"),
        "receive": QCoreApplication.translate("CustodyActions", "received"),
        "delete": QCoreApplication.translate("CustodyActions", "deleted"),
        "destroy": QCoreApplication.translate("CustodyActions", "destroyed"),
        "passphrase": QCoreApplication.translate("CustodyActions", "passphrase changed"),
        "recover": QCoreApplication.translate("CustodyActions", "opened with the recovery key"),
        "case": QCoreApplication.translate("CustodyActions", "case changed"),
        "case-event": QCoreApplication.translate("CustodyActions", "chronology entry added"),
        "person": QCoreApplication.translate("CustodyActions", "person changed"),
        "contact": QCoreApplication.translate("CustodyActions", "contact changed"),
        "settings": QCoreApplication.translate("CustodyActions", "settings changed"),
    }
    return labels.get(action, action)


def metadata_label(key: str) -> str:
    """A metadata key read at intake (stored in English, e.g. 'taken') in the interface language."""
    labels = {
        "taken": QCoreApplication.translate("Metadata", "taken"),
        "camera": QCoreApplication.translate("Metadata", "camera"),
        "make": QCoreApplication.translate("Metadata", "make"),
        "model": QCoreApplication.translate("Metadata", "model"),
        "serial": QCoreApplication.translate("Metadata", "serial number"),
        "lens": QCoreApplication.translate("Metadata", "lens"),
        "orientation": QCoreApplication.translate("Metadata", "orientation"),
        "gps": QCoreApplication.translate("Metadata", "GPS"),
        "lat": QCoreApplication.translate("Metadata", "latitude"),
        "lon": QCoreApplication.translate("Metadata", "longitude"),
        "alt": QCoreApplication.translate("Metadata", "altitude, m"),
        "format": QCoreApplication.translate("Metadata", "format"),
        "width": QCoreApplication.translate("Metadata", "width"),
        "height": QCoreApplication.translate("Metadata", "height"),
        "pages": QCoreApplication.translate("Metadata", "pages"),
        "encrypted": QCoreApplication.translate("Metadata", "encrypted"),
        "has_javascript": QCoreApplication.translate("Metadata", "contains JavaScript"),
        "text_truncated": QCoreApplication.translate("Metadata", "text truncated"),
    }
    return labels.get(key, key)


def error_text(exc: object) -> str:
    """A calm, user-facing message for a core exception (messages carry ids only)."""
    from vault.errors import Cancelled, IntegrityError, VaultDamaged, VaultLocked, WrongPassphrase

    if isinstance(exc, WrongPassphrase):
        return QCoreApplication.translate(
            "Errors", "That passphrase did not open this vault. Nothing was changed; please try again."
        )
    if isinstance(exc, VaultLocked):
        return QCoreApplication.translate("Errors", "The vault is locked.")
    if isinstance(exc, Cancelled):
        return QCoreApplication.translate("Errors", "Cancelled.")
    if isinstance(exc, IntegrityError):
        return QCoreApplication.translate("Errors", "An integrity check failed: this data may have been altered.")
    if isinstance(exc, VaultDamaged):
        return QCoreApplication.translate("Errors", "The vault looks damaged: %1").replace("%1", str(exc))
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Errors", "A file could not be read or written: %1").replace(
            "%1", exc.strerror or type(exc).__name__
        )
    return str(exc) or type(exc).__name__
