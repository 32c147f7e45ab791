"""Algorithm help as files beside the code: ``resources/help/<id>.md`` (English) and
``resources/help/<id>.<locale>.md`` (a translation, e.g. ``zh_CN``).

A help file is a list of paragraphs separated by blank lines, so that a translator takes one
paragraph at a time and an edited paragraph leaves the others translated. The translation has
the same paragraphs in the same order (``tests/test_help.py`` checks it).

The markdown is the small subset the QGIS help panel needs, rendered to its HTML:

- a paragraph is ``<p>``; a line break inside a paragraph stays a space (as in markdown);
- consecutive paragraphs starting with ``- `` form one bulleted list;
- a paragraph indented by four spaces is a displayed formula (``<blockquote>``);
- ``**bold**`` and ```code``` inline; ``<``, ``>`` and ``&`` are text, never markup.

This module imports no QGIS: the base class decides the locale (:meth:`EcoEconAlgorithm.
help_locale`) and calls :func:`help_html`.
"""
import html
import os
import re

HELP_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                        "resources", "help")


def help_path(alg_id, locale=None):
    """The help file of ``alg_id`` for ``locale`` (``None`` or ``'en'`` = English), falling back
    to the language without region (``zh``) and then to English; ``None`` when there is none."""
    names = []
    if locale and locale != "en":
        names += ["%s.%s.md" % (alg_id, locale), "%s.%s.md" % (alg_id, locale.split("_")[0])]
    names.append("%s.md" % alg_id)
    for n in names:
        p = os.path.join(HELP_DIR, n)
        if os.path.isfile(p):
            return p
    return None


def paragraphs(text):
    """The paragraphs of a help file (blank-line separated, outer blank lines dropped)."""
    return [p for p in re.split(r"\n[ \t]*\n", text.strip("\n")) if p.strip()]


def _inline(text):
    out = html.escape(text, quote=False)
    out = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", out)
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", out)


def markdown_to_html(text):
    """HTML of the markdown subset described in the module docstring."""
    out, items = [], []

    def flush():
        if items:
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % i for i in items))
            items.clear()

    for par in paragraphs(text):
        if par.startswith("- "):
            items.append(_inline(" ".join(ln.strip() for ln in par[2:].split("\n"))))
            continue
        flush()
        if par.startswith("    "):
            out.append("<blockquote>%s</blockquote>" % "<br>".join(
                _inline(ln.strip()) for ln in par.split("\n")))
        else:
            out.append("<p>%s</p>" % _inline(" ".join(ln.strip() for ln in par.split("\n"))))
    flush()
    return "".join(out)


def help_html(alg_id, locale=None):
    """The rendered help of ``alg_id`` in ``locale`` (English where no translation exists);
    '' when the algorithm has no help file."""
    path = help_path(alg_id, locale)
    if path is None:
        return ""
    with open(path, encoding="utf-8") as f:
        return markdown_to_html(f.read())
