"""The prefill URL (seed: "Méthode n°1"): ``…/interop/drafts/new#key=value&…``, values percent-encoded.

Built strictly (every value normalised, then fully percent-encoded as UTF-8, only filled fields);
parsed tolerantly (the seed's own examples leave newlines, accents and ``@`` raw). Never log it.
"""

from __future__ import annotations

from urllib.parse import quote, unquote

from app.integrations.omnidoc.models import OmnidocForm

PATH = "/interop/drafts/new"


def build_url(form: OmnidocForm, base_url: str = "https://app.omnidoc.fr") -> str:
    """The prefill URL of ``form``'s normalised values (FormInvalid names a value that cannot be)."""
    pairs = [f"{name}={quote(value, safe='')}" for name, value in form.normalised().items()]
    return f"{base_url.rstrip('/')}{PATH}#" + "&".join(pairs)


def parse_url(url: str) -> dict[str, str]:
    """Field values from a prefill URL (accepts unencoded characters, as in the seed's examples)."""
    _, _, fragment = url.partition("#")
    values: dict[str, str] = {}
    for pair in fragment.split("&"):
        if not pair:
            continue
        key, _, value = pair.partition("=")
        # The seed writes line breaks as a literal backslash-n inside its example.
        values[unquote(key)] = unquote(value.replace("\\n", "\n"), encoding="utf-8", errors="strict")
    return values
