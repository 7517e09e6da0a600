"""Display helpers: local dates from stored UTC, sizes, translated kind and role names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt


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
    # The locale's order and separators, with four-digit years: "01.12.26" is ambiguous in evidence.
    return QLocale().toString(dt.toLocalTime(), date_time_format())


def date_time_format() -> str:
    return date_format() + " " + QLocale().timeFormat(QLocale.FormatType.ShortFormat)


def date_format() -> str:
    """The locale's short date format with four-digit years (e.g. dd.MM.yyyy), for date editors."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def local_date(iso_date: str) -> str:
    """'2024-03-14' (a stored calendar date) → the user's locale; partial dates stay as stored."""
    date = QDate.fromString(iso_date, Qt.DateFormat.ISODate)
    return QLocale().toString(date, date_format()) if date.isValid() and len(iso_date) == 10 else iso_date


def local_taken(text: str) -> str:
    """A camera's or document's own date ('2023-05-01T10:20:30', maybe with an offset) in the
    locale's format, as the camera recorded it (its local time; not converted)."""
    if not text:
        return ""
    dt = QDateTime.fromString(text[:19], "yyyy-MM-ddTHH:mm:ss")
    if dt.isValid():
        return QLocale().toString(dt, date_time_format())
    return local_date(text[:10]) if len(text) >= 10 else text


def yes_no(value: bool) -> str:
    return QCoreApplication.translate("Values", "Yes") if value else QCoreApplication.translate("Values", "No")


def display_value(value: object) -> str:
    """A metadata value for the screen: Yes/No for booleans (never Python's True/False)."""
    if isinstance(value, bool):
        return yes_no(value)
    if value is None:
        return ""
    return str(value)


def human_size(size: int | None) -> str:
    if size is None:
        return ""
    value = float(size)
    units = (
        QCoreApplication.translate("Units", "B"),
        QCoreApplication.translate("Units", "KB"),
        QCoreApplication.translate("Units", "MB"),
        QCoreApplication.translate("Units", "GB"),
    )
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
        "journalist": QCoreApplication.translate("Roles", "Journalist"),
        "expert": QCoreApplication.translate("Roles", "Expert"),
        "other": QCoreApplication.translate("Roles", "Other"),
        "depicted": QCoreApplication.translate("Roles", "Shown in it (depicted)"),
        "author": QCoreApplication.translate("Roles", "Its author"),
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
    """A custody action (stored in English, e.g. 'import') in the interface language; English
    shows the stored word itself, as the CLI and the custody log do."""
    translate = QCoreApplication.translate
    labels = {
        "create": translate("CustodyActions", "create", "custody event: the vault was created"),
        "import": translate("CustodyActions", "import", "custody event: a file was imported"),
        "testimony": translate("CustodyActions", "testimony", "custody event: a testimony was recorded"),
        "revise": translate("CustodyActions", "revise", "custody event: a new revision of a testimony"),
        "edit": translate("CustodyActions", "edit", "custody event: a record was edited"),
        "tag": translate("CustodyActions", "tag", "custody event: a tag was added"),
        "untag": translate("CustodyActions", "untag", "custody event: a tag was removed"),
        "link": translate("CustodyActions", "link", "custody event: linked to a person or case"),
        "unlink": translate("CustodyActions", "unlink", "custody event: a link was removed"),
        "view": translate("CustodyActions", "view", "custody event: the original was opened for viewing"),
        "extract": translate("CustodyActions", "extract", "custody event: the original was saved out of the vault"),
        "export": translate("CustodyActions", "export", "custody event: exported in a dossier or bundle"),
        "receive": translate("CustodyActions", "receive", "custody event: received from a partner's bundle"),
        "delete": translate("CustodyActions", "delete", "custody event: deleted"),
        "destroy": translate("CustodyActions", "destroy", "custody event: the stored bytes were destroyed"),
        "passphrase": translate("CustodyActions", "passphrase", "custody event: the passphrase was changed"),
        "recover": translate("CustodyActions", "recover", "custody event: opened with the recovery key"),
        "case": translate("CustodyActions", "case", "custody event: a case was created or changed"),
        "case-event": translate("CustodyActions", "case-event", "custody event: a chronology entry was added"),
        "person": translate("CustodyActions", "person", "custody event: a person record was created or changed"),
        "contact": translate("CustodyActions", "contact", "custody event: a partner contact was added or removed"),
        "settings": translate("CustodyActions", "settings", "custody event: vault settings were changed"),
        "backup": translate("CustodyActions", "backup", "custody event: a backup copy of the vault was made"),
        "escrow": translate("CustodyActions", "escrow", "custody event: the header escrowed with a partner"),
        "travel-start": translate("CustodyActions", "travel-start", "custody event: travel mode started"),
        "travel-end": translate("CustodyActions", "travel-end", "custody event: travel mode ended"),
        "duress-set": translate("CustodyActions", "duress-set", "custody event: a duress passphrase was set"),
        "recovery-split": translate("CustodyActions", "recovery-split", "custody event: recovery shares made"),
        "provenance": translate("CustodyActions", "provenance", "custody event: proof carried by the file was checked"),
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
        "page_images": QCoreApplication.translate("Metadata", "page images"),
        "encrypted": QCoreApplication.translate("Metadata", "encrypted"),
        "has_javascript": QCoreApplication.translate("Metadata", "contains JavaScript"),
        "text_truncated": QCoreApplication.translate("Metadata", "text truncated"),
        "body_chars": QCoreApplication.translate("Metadata", "characters of body text"),
        "embedded_images": QCoreApplication.translate("Metadata", "embedded pictures"),
        "duration_s": QCoreApplication.translate("Metadata", "duration, s"),
        "title": QCoreApplication.translate("Metadata", "title"),
        "artist": QCoreApplication.translate("Metadata", "artist"),
        "album": QCoreApplication.translate("Metadata", "album"),
        "comment": QCoreApplication.translate("Metadata", "comment"),
        "software": QCoreApplication.translate("Metadata", "software"),
        "date": QCoreApplication.translate("Metadata", "date"),
    }
    return labels.get(key, key)


def intake_reason(text: str) -> str:
    """Why the importer rejected a file (English, the CLI's words too) in the interface language;
    a reason not listed here (it carries an OS message) is shown as it is."""
    translate = QCoreApplication.translate
    labels = {
        "empty file (0 bytes)": translate("IntakeReasons", "empty file (0 bytes)"),
        "cannot be read: permission denied": translate("IntakeReasons", "cannot be read: permission denied"),
        "file vanished before it could be read": translate("IntakeReasons", "file vanished before it could be read"),
        "is inside the vault's own folder": translate("IntakeReasons", "is inside the vault's own folder"),
        "symbolic link leads outside the imported folder": translate(
            "IntakeReasons", "symbolic link leads outside the imported folder"
        ),
        "symbolic link leads nowhere (broken or looping)": translate(
            "IntakeReasons", "symbolic link leads nowhere (broken or looping)"
        ),
        "no such file or folder": translate("IntakeReasons", "no such file or folder"),
        "a named pipe (FIFO) is not a file": translate("IntakeReasons", "a named pipe (FIFO) is not a file"),
        "a socket is not a file": translate("IntakeReasons", "a socket is not a file"),
        "a device is not a file": translate("IntakeReasons", "a device is not a file"),
        "became a folder while importing": translate("IntakeReasons", "became a folder while importing"),
        "became a symbolic link while importing": translate("IntakeReasons", "became a symbolic link while importing"),
        "not a regular file": translate("IntakeReasons", "not a regular file"),
    }
    return labels.get(text, text)


def error_text(exc: object) -> str:
    """A calm, user-facing message for a core exception (messages carry ids only)."""
    from vault.errors import (
        BundleRejected,
        Cancelled,
        IntegrityError,
        NotFound,
        VaultDamaged,
        VaultError,
        VaultInTravel,
        VaultLocked,
        WrongPassphrase,
    )

    if isinstance(exc, WrongPassphrase):
        return QCoreApplication.translate(
            "Errors", "That passphrase did not open this vault. Nothing was changed; please try again."
        )
    if isinstance(exc, VaultLocked):
        return QCoreApplication.translate("Errors", "The vault is locked.")
    if isinstance(exc, Cancelled):
        return QCoreApplication.translate("Errors", "Cancelled.")
    if isinstance(exc, BundleRejected):
        return QCoreApplication.translate("Errors", "The bundle was refused and nothing was imported: %1").replace(
            "%1", str(exc)
        )
    if isinstance(exc, IntegrityError):
        return QCoreApplication.translate("Errors", "An integrity check failed: this data may have been altered.")
    if isinstance(exc, VaultInTravel):
        return QCoreApplication.translate(
            "Errors",
            "This vault is in travel mode: its keys are with your partner organisation. Ask them for "
            "the header, then end travel mode.",
        )
    if isinstance(exc, VaultDamaged):
        return QCoreApplication.translate("Errors", "The vault looks damaged: %1").replace("%1", str(exc))
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Errors", "A file could not be read or written: %1").replace(
            "%1", exc.strerror or type(exc).__name__
        )
    if isinstance(exc, NotFound):  # its message is an id, which says nothing to a person
        return QCoreApplication.translate(
            "Errors", "This record is no longer in the vault (it may have been deleted meanwhile)."
        )
    if not isinstance(exc, VaultError):  # a defect, not a refusal: its text may be an id or a repr
        return QCoreApplication.translate(
            "Errors",
            "Something unexpected went wrong (%1). Please try again; if it happens again, run Vault ▸ Verify vault…",
        ).replace("%1", type(exc).__name__)
    return str(exc) or type(exc).__name__
