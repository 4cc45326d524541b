"""E-mail addresses a CDN hid from the page's HTML, shown again as a reader's browser shows them.

Cloudflare's "Email Address Obfuscation" rewrites every address in a page it serves into
``<a class="__cf_email__" data-cfemail="HEX" href="/cdn-cgi/l/email-protection">[email
protected]</a>`` (or a ``mailto:`` link to ``/cdn-cgi/l/email-protection#HEX``), and a script
decodes them in the browser. The code is the address XOR-ed with a key byte, the key first:
without the decoding, a notice's "email: …" reads "[email protected]" and a byline keeps the
placeholder. :func:`reveal_emails` puts the addresses back before the page is parsed.
"""

from __future__ import annotations

import re
from html import escape

# The element holding an obfuscated address, its placeholder text inside (no nested tags of
# its own kind).
_CODED_ELEMENT = re.compile(
    r"<(a|span)\b[^>]*?\bdata-cfemail=[\"']([0-9a-fA-F]+)[\"'][^>]*>.*?</\1\s*>",
    re.DOTALL | re.IGNORECASE,
)
# A mailto link to the decoder's page, the address coded after "#".
_CODED_HREF = re.compile(
    r"href=([\"'])[^\"']*/cdn-cgi/l/email-protection#([0-9a-fA-F]+)\1", re.IGNORECASE
)


def decode_cf_email(code: str) -> str | None:
    """The address behind a ``data-cfemail`` code (first byte the key, the rest XOR-ed with
    it, UTF-8), or None if the code is no such thing.

    >>> decode_cf_email("1d707473757e757c685d6e7273717c70337a726b336b73")
    'minhchau@sonlam.gov.vn'
    >>> decode_cf_email("zz") is None
    True
    """
    if len(code) < 4 or len(code) % 2:
        return None
    try:
        data = bytes.fromhex(code)
        key = data[0]
        return bytes(b ^ key for b in data[1:]).decode("utf-8")
    except ValueError:
        return None


def reveal_emails(html: str) -> str:
    """``html`` with each obfuscated address written out where it stands (its element's
    placeholder replaced by the address, the decoder's links made ``mailto:`` links again).

    >>> page = ('<p>email: <a href="/cdn-cgi/l/email-protection" class="__cf_email__" '
    ...         'data-cfemail="1d707473757e757c685d6e7273717c70337a726b336b73">[email&#160;'
    ...         'protected]</a>.</p>')
    >>> reveal_emails(page)
    '<p>email: minhchau@sonlam.gov.vn.</p>'
    >>> reveal_emails('<a href="/cdn-cgi/l/email-protection#4234232c322a2d2c2502312d2c2e232f'
    ...     '6c252d346c342c">Ban biên tập</a>')
    '<a href="mailto:vanphong@sonlam.gov.vn">Ban biên tập</a>'
    >>> reveal_emails("<p>Không có địa chỉ.</p>")
    '<p>Không có địa chỉ.</p>'
    """
    if "cfemail" not in html and "email-protection#" not in html:
        return html

    def element(match: re.Match[str]) -> str:
        address = decode_cf_email(match.group(2))
        return escape(address, quote=False) if address else match.group(0)

    def href(match: re.Match[str]) -> str:
        address = decode_cf_email(match.group(2))
        quote = match.group(1)
        return f"href={quote}mailto:{escape(address)}{quote}" if address else match.group(0)

    return _CODED_HREF.sub(href, _CODED_ELEMENT.sub(element, html))
