"""Translated display labels of the built-in tag vocabulary (vault/tags.py DEFAULT_VOCABULARY).

The stored tag paths and labels never change: a vault made in any language holds the same
English labels, and searches and exports use the paths. Only the tree in the navigator shows
the label in the interface language, looked up here by path. The English texts must equal
the vocabulary's (tests/i18n/test_i18n_catalogs.py checks it), so lupdate finds them for translators.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "BuiltinTags"

_MARKED: dict[str, object] = {  # QT_TRANSLATE_NOOP is typed as returning object
    "violation": QT_TRANSLATE_NOOP("BuiltinTags", "Violations"),
    "violation/torture": QT_TRANSLATE_NOOP("BuiltinTags", "Torture and ill-treatment"),
    "violation/arbitrary-detention": QT_TRANSLATE_NOOP("BuiltinTags", "Arbitrary detention"),
    "violation/enforced-disappearance": QT_TRANSLATE_NOOP("BuiltinTags", "Enforced disappearance"),
    "violation/forced-psychiatric-treatment": QT_TRANSLATE_NOOP("BuiltinTags", "Forced psychiatric treatment"),
    "violation/unfair-trial": QT_TRANSLATE_NOOP("BuiltinTags", "Unfair trial"),
    "violation/freedom-of-assembly": QT_TRANSLATE_NOOP("BuiltinTags", "Freedom of peaceful assembly"),
    "violation/freedom-of-expression": QT_TRANSLATE_NOOP("BuiltinTags", "Freedom of expression and media"),
    "violation/freedom-of-association": QT_TRANSLATE_NOOP("BuiltinTags", "Freedom of association"),
    "violation/freedom-of-religion": QT_TRANSLATE_NOOP("BuiltinTags", "Freedom of religion or belief"),
    "violation/persecution-of-defenders": QT_TRANSLATE_NOOP("BuiltinTags", "Persecution of human rights defenders"),
    "violation/right-to-life": QT_TRANSLATE_NOOP("BuiltinTags", "Right to life"),
    "violation/discrimination": QT_TRANSLATE_NOOP("BuiltinTags", "Discrimination"),
    "violation/reprisals": QT_TRANSLATE_NOOP("BuiltinTags", "Reprisals for cooperation with the UN"),
    "place": QT_TRANSLATE_NOOP("BuiltinTags", "Places"),
    "place/detention-centre": QT_TRANSLATE_NOOP("BuiltinTags", "Detention centre (SIZO, IVS)"),
    "place/penal-colony": QT_TRANSLATE_NOOP("BuiltinTags", "Penal colony"),
    "place/psychiatric-hospital": QT_TRANSLATE_NOOP("BuiltinTags", "Psychiatric hospital"),
    "place/court": QT_TRANSLATE_NOOP("BuiltinTags", "Court"),
    "evidence": QT_TRANSLATE_NOOP("BuiltinTags", "Evidence"),
    "evidence/medical": QT_TRANSLATE_NOOP("BuiltinTags", "Medical report"),
    "evidence/court-decision": QT_TRANSLATE_NOOP("BuiltinTags", "Court decision"),
    "evidence/complaint": QT_TRANSLATE_NOOP("BuiltinTags", "Complaint"),
    "evidence/official-reply": QT_TRANSLATE_NOOP("BuiltinTags", "Official reply"),
    "status": QT_TRANSLATE_NOOP("BuiltinTags", "Status"),
    "status/needs-verification": QT_TRANSLATE_NOOP("BuiltinTags", "Needs verification"),
    "status/verified": QT_TRANSLATE_NOOP("BuiltinTags", "Verified"),
    "status/sensitive": QT_TRANSLATE_NOOP("BuiltinTags", "Sensitive"),
}
BUILTIN_TAG_LABELS: dict[str, str] = {path: str(text) for path, text in _MARKED.items()}


def tag_label(path: str, stored_label: str) -> str:
    """The label to show for a tag: translated for a built-in tag still carrying its English
    label; otherwise the stored label (or the last path segment when there is none)."""
    english = BUILTIN_TAG_LABELS.get(path)
    if english is not None and stored_label in ("", english):
        return QCoreApplication.translate(CONTEXT, english)
    return stored_label or path.rpartition("/")[2]
