"""The translation hook of the messages that ``core/`` raises or warns with.

``core`` cannot import Qt, so it marks its user-facing messages with :func:`tr`
(``from ..i18n import tr as _tr``; ``_tr("...{}...").format(x)`` — translate the template, then
fill it in). Without a translator, :func:`tr` returns the text unchanged. The plugin installs
``QCoreApplication.translate`` with :func:`set_translator`; all core messages share the
context :data:`CONTEXT`. ``scripts/i18n.py`` extracts every ``_tr("...")`` of ``core/`` (a
literal string is required) so that the messages get into the .ts files.
"""

CONTEXT = "EcoEconCore"


def _identity(context, text):
    return text


_translate = _identity


def set_translator(func):
    """Install ``func(context, text) -> str`` (e.g. ``QCoreApplication.translate``); ``None``
    restores the identity."""
    global _translate
    _translate = func or _identity


def tr(text, context=CONTEXT):
    """``text`` in the user's language, when a translator is installed and knows it (a module
    with its own translation context passes ``context``)."""
    try:
        out = _translate(context, text)
    except Exception:  # a translator must never hide the message itself
        return text
    return out if isinstance(out, str) and out else text
