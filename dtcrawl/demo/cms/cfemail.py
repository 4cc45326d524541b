"""A provincial portal on a local vendor's PHP CMS, served through Cloudflare with its page
rewrites switched on.

The origin is an ordinary PHP portal (CodeIgniter underneath: ``X-Powered-By: PHP/7.4.33``, a
``PHPSESSID`` cookie, no validators); everything a client receives has passed Cloudflare's
proxy, which rewrites the HTML the way it rewrites real pages:

- **Email Address Obfuscation.** Every address written in the text of the page body becomes
  ``<a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="HEX">[email&#160;
  protected]</a>``; a ``mailto:`` link's href becomes ``/cdn-cgi/l/email-protection#HEX`` and an
  address in its text ``<span class="__cf_email__" data-cfemail="HEX">[email&#160;protected]
  </span>``. ``HEX`` is Cloudflare's real scheme: the first byte a key, then each byte of the
  address XOR the key, in hex (:func:`cf_encode`, :func:`cf_decode`); the key differs from
  address to address and page to page. Cloudflare's decoder ``<script data-cfasync="false"
  src="/cdn-cgi/scripts/5c5dd728/cloudflare-static/email-decode.min.js">`` is put just before the
  first ``<script>`` that follows the first hidden address (so on an article page between the
  text and the theme's view-counter script; on other pages inside the footer's copyright line),
  or before ``</body>``. The head, scripts, ``<noscript>`` and attributes other than a mailto
  href are left alone, as Cloudflare does. In a browser the decoder puts the addresses back.
- **Rocket Loader.** Every script (external or inline) that does not carry ``data-cfasync=
  "false"`` gets ``type="<24 hex>-text/javascript"`` (one token per page), inline event handlers
  are prefixed ``if (!window.__cfRLUnblockHandlers) return false;`` and the element marked
  ``data-cf-modified-<token>-=""``; the loader ``/cdn-cgi/scripts/7d0fa10a/cloudflare-static/
  rocket-loader.min.js`` closes the body, followed by the bot-detection iframe script and the
  Web Analytics beacon.
- **Mirage.** On home, listing and article pages outside the sections a page rule excludes
  (``/an-toan-thong-tin/*``, ``/chinh-quyen-so/*``) and outside print views, every JPEG photo's
  ``src`` becomes ``data-cfsrc`` with ``style="display:none;visibility:hidden;"`` (a photo's own
  style kept as ``data-cfstyle``) and a ``<noscript>`` copy of the original ``<img>`` follows;
  the Mirage script is the head's first element. Thumbnails come through Cloudflare's image
  resizing (``/cdn-cgi/image/width=240,height=160,fit=cover,quality=80/uploads/...jpg``) and
  photos in the text are wrapped in a lightbox link to ``/cdn-cgi/image/width=1600/...``.
- **The edge itself.** Every response has ``Server: cloudflare``, ``CF-RAY: <16 hex>-HKG``,
  ``CF-Cache-Status``, ``NEL``/``Report-To`` and a ``__cf_bm`` cookie. ``/cdn-cgi/l/email-
  protection`` (what a client without JavaScript follows) answers 200 with Cloudflare's small
  English "Email Protection" page (no date, ``noindex``); ``/cdn-cgi/trace`` and the scripts
  answer too. robots.txt is Cloudflare's managed one: its own ``User-agent: *`` group (content
  signals, ``Allow: /``) and AI-crawler groups put before the origin's rules, which start a
  second ``User-agent: *`` group. One article's origin times out: the edge answers its own
  "Error 522 Connection timed out" page with status 522.

URL shapes (the origin's):

- home ``/``; news ``/tin-tuc.html``, a section ``/<section-slug>.html``, page N
  ``…html?page=N`` (page 1 is the bare listing; past the last page 404);
- article ``/<section-slug>/<title-slug>-<id>.html`` (``<link rel="canonical">``); print view
  ``/in-bai-viet/<id>.html``;
- ``/gioi-thieu.html``, ``/lien-he.html``, ``/danh-ba-thu-dien-tu.html`` (a table of the
  agencies' addresses, every one obfuscated), ``/tim-kiem.html`` (disallowed), ``/rss.html`` (the
  feeds page), ``/rss/tin-tuc.rss`` and ``/rss/<section-slug>.rss`` (XML, untouched by the
  edge), ``/sitemap.xml``.

Article page: breadcrumb, ``<h1 class="news-title">``, meta line ("Ngày đăng: 04/01/2021
08:15", views, font-size links, "In bài"), then ``<div class="news-content">``: the paragraphs
(justified ``<p>``), photos as ``<figure class="image">`` with ``<figcaption>``. Some articles
carry, as text of their own, e-mail addresses (:func:`served_paragraphs`): a notice's closing
contact line ("Mọi thắc mắc xin liên hệ: …, email: cds@sonlam.gov.vn."), the same with the
address as a mailto link, a paragraph after the second naming two addresses, a line whose
mailto link reads "Ban biên tập …" (no address shown), a "Đầu mối liên hệ:" line in bold.
The byline names the author and, mostly, his or her address, written one of three ways: typed
as the text's last line, right-aligned ("<strong>Minh Châu</strong> - minhchau@sonlam.gov.vn");
in the author field under the text ("Tác giả: <b>Minh Châu</b> (mailto link)"); or the name
alone as the last line. "Nguồn: …" follows the byline (in the text, or in its own field with
the field byline). Then the view-counter script, share tools (Facebook, Zalo, "Gửi email"),
"Tin liên quan" and "Các tin khác".

Gold: what a reader's browser shows, JavaScript on: the addresses in the text are read where
they stand, decoded (:func:`gold_corpus` adds the e-mail paragraphs). The address after the
author's name is contact information, not part of the name: the author is the name alone
(as a careful reader would store it), and the byline is no part of the text.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from urllib.parse import quote

from dtcrawl.demo.cms.common import (
    PIXEL_GIF,
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    arrow_pager,
    ascii_fold,
    dmy,
    esc,
    http_date,
    image_path,
    iso_vn,
    page_number,
    poll,
    reuse_notice,
    slugify,
    stable_int,
    stable_token,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)
from dtcrawl.demo.portals import ALL_PORTALS, PortalDef

THEME = "/public/templates/sonlam"
UPLOADS = "/uploads/news"
NEWS_SLUG = "tin-tuc"
CF_PROTECTION = "/cdn-cgi/l/email-protection"
CF_DECODER = "/cdn-cgi/scripts/5c5dd728/cloudflare-static/email-decode.min.js"
CF_ROCKET = "/cdn-cgi/scripts/7d0fa10a/cloudflare-static/rocket-loader.min.js"
CF_MIRAGE = "//ajax.cloudflare.com/cdn-cgi/scripts/04b3eb47/cloudflare-static/mirage2.min.js"
CF_BEACON = "https://static.cloudflareinsights.com/beacon.min.js/vcd15cbe7772f49c399c6a5babf22c1241717689176015"
PROTECTED = "[email&#160;protected]"
HEX = "0123456789abcdef"
#: Sections whose articles a page rule keeps out of Mirage (with the print views).
MIRAGE_OFF = ("an-toan-thong-tin", "chinh-quyen-so")
GA_ID = "G-7QK2D1SL5M"

# The units that sign notices' contact lines: (unit, phone, address).
UNITS = (
    ("Trung tâm Chuyển đổi số tỉnh Sơn Lam", "0216.3855.120", "cds@{domain}"),
    (
        "Phòng Bưu chính, Viễn thông và Công nghệ thông tin, Sở Khoa học và Công nghệ",
        "0216.3852.347",
        "bcvtcntt.skhcn@{domain}",
    ),
    ("Bộ phận hỗ trợ kỹ thuật Cổng Dịch vụ công tỉnh", "0216.3859.009", "hotro.dvc@{domain}"),
    ("Đội ứng cứu sự cố an toàn thông tin mạng tỉnh", "0216.3851.114", "ungcuusuco@{domain}"),
    ("Văn phòng Ủy ban nhân dân tỉnh", "0216.3852.600", "vpubnd@{domain}"),
    ("Tổ công nghệ số cộng đồng tỉnh", "0912.408.356", "tocongnghesocongdong.sonlam@gmail.com"),
)
PERSONS = (
    "bà Lò Thị Hạnh, chuyên viên",
    "ông Vi Văn Quyết, Phó Trưởng phòng",
    "bà Hà Thị Thu Trang, chuyên viên",
    "ông Lường Văn Tiến, kỹ sư",
)
# The agencies of the "Danh bạ thư điện tử" page: (name, local part of the address).
DIRECTORY = (
    ("Văn phòng Tỉnh ủy", "vptu"),
    ("Văn phòng Đoàn ĐBQH và HĐND tỉnh", "vpdbqh-hdnd"),
    ("Văn phòng UBND tỉnh", "vpubnd"),
    ("Sở Khoa học và Công nghệ", "skhcn"),
    ("Sở Nội vụ", "snv"),
    ("Sở Tài chính", "stc"),
    ("Sở Xây dựng", "sxd"),
    ("Sở Nông nghiệp và Môi trường", "snnmt"),
    ("Sở Văn hóa, Thể thao và Du lịch", "svhttdl"),
    ("Trung tâm Chuyển đổi số tỉnh", "cds"),
)
AI_CRAWLERS = ("Amazonbot", "Applebot-Extended", "Bytespider", "CCBot", "ClaudeBot", "GPTBot")

_ARTICLE = re.compile(r"^/([a-z0-9-]+)/([a-z0-9-]*)-(\d+)\.html$")
_LISTING = re.compile(r"^/([a-z0-9-]+)\.html$")
_PRINT = re.compile(r"^/in-bai-viet/(\d+)\.html$")
_FEED = re.compile(r"^/rss/([a-z0-9-]+)\.rss$")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


# ---------------------------------------------------------------- Cloudflare's obfuscation


def cf_encode(address: str, key: int) -> str:
    """Cloudflare's ``data-cfemail`` value of ``address``: the key byte, then every UTF-8 byte
    of the address XOR the key, all in two-digit hex.

    >>> cf_encode("cds@sonlam.gov.vn", 0x5a)
    '5a393e291a293534363b37743d352c742c34'
    >>> cf_decode(cf_encode("minhchau@sonlam.gov.vn", 201))
    'minhchau@sonlam.gov.vn'
    """
    return f"{key:02x}" + "".join(f"{byte ^ key:02x}" for byte in address.encode("utf-8"))


def cf_decode(value: str) -> str:
    """What Cloudflare's decoder makes of a ``data-cfemail`` (or ``#HEX``) value.

    >>> cf_decode("5a393e291a293534363b37743d352c742c34")
    'cds@sonlam.gov.vn'
    """
    key = int(value[:2], 16)
    raw = bytes(int(value[i : i + 2], 16) ^ key for i in range(2, len(value), 2))
    return raw.decode("utf-8")


def _key(seed: str, address: str, index: int) -> int:
    return stable_int(f"{seed}|{address}|{index}", 1, 255)


_TOKENS = re.compile(
    r"(<!--.*?-->|<(script|style|textarea|noscript)\b[^>]*>.*?</\2\s*>|<[^>]+>)", re.S | re.I
)
_MAILTO = re.compile(r'(<a\b[^>]*?\bhref=")mailto:([^"?]+)((?:\?[^"]*)?")', re.I)


def obfuscate_emails(body: str, seed: str) -> str:
    """Cloudflare's Email Address Obfuscation over the markup of a page's body.

    >>> out = obfuscate_emails('<p>Email: <a href="mailto:a@b.vn">a@b.vn</a></p><p>x@y.vn</p>'
    ...                        '<script>f()</script>', "s")
    >>> out.count(PROTECTED), out.count(CF_PROTECTION + "#"), out.index(CF_DECODER) < out.index("f()")
    (2, 1, True)
    >>> obfuscate_emails("<p>no address</p>", "s")
    '<p>no address</p>'
    """
    parts: list[str] = []
    in_mailto = False
    count = 0
    for piece in _split(body):
        if piece.startswith("<"):
            lowered = piece.lower()
            match = _MAILTO.match(piece)
            if match and "@" in match.group(2):
                address = html.unescape(match.group(2))
                target = html.unescape(match.group(2) + match.group(3)[:-1])
                code = cf_encode(target, _key(seed, address, count))
                count += 1
                piece = f'{match.group(1)}{CF_PROTECTION}#{code}"{piece[match.end() :]}'
                in_mailto = True
            elif lowered.startswith("</a"):
                in_mailto = False
            parts.append(piece)
            continue

        def hide(found: re.Match[str], in_mailto: bool = in_mailto) -> str:
            nonlocal count
            address = found.group(0)
            code = cf_encode(address, _key(seed, address, count))
            count += 1
            if in_mailto:
                return f'<span class="__cf_email__" data-cfemail="{code}">{PROTECTED}</span>'
            return (
                f'<a href="{CF_PROTECTION}" class="__cf_email__" data-cfemail="{code}">'
                f"{PROTECTED}</a>"
            )

        parts.append(EMAIL.sub(hide, piece))
    out = "".join(parts)
    if not count:
        return out
    first = min(
        i for i in (out.find('class="__cf_email__"'), out.find(CF_PROTECTION + "#")) if i >= 0
    )
    at = out.lower().find("<script", first)
    if at < 0:
        at = out.lower().rfind("</body>")
        at = len(out) if at < 0 else at
    decoder = f'<script data-cfasync="false" src="{CF_DECODER}"></script>'
    return out[:at] + decoder + out[at:]


def _split(markup: str) -> list[str]:
    """``markup`` as a list of tags (a script, style, textarea or noscript element and a
    comment whole) and the text between them."""
    pieces: list[str] = []
    last = 0
    for match in _TOKENS.finditer(markup):
        if match.start() > last:
            pieces.append(markup[last : match.start()])
        pieces.append(match.group(0))
        last = match.end()
    if last < len(markup):
        pieces.append(markup[last:])
    return pieces


_IMG = re.compile(r"<img\b[^>]*>", re.I)
_NOSCRIPT = re.compile(r"<noscript\b.*?</noscript\s*>", re.S | re.I)


def mirage(body: str) -> str:
    """Cloudflare Mirage over a page's body: JPEG photos deferred behind ``data-cfsrc``, each
    followed by a ``<noscript>`` copy of itself.

    >>> mirage('<img src="/a.jpg" alt="x"><img src="/logo.png">')
    '<img data-cfsrc="/a.jpg" alt="x" style="display:none;visibility:hidden;"><noscript><img src="/a.jpg" alt="x"></noscript><img src="/logo.png">'
    """
    out: list[str] = []
    last = 0
    guarded = [(m.start(), m.end()) for m in _NOSCRIPT.finditer(body)]
    for match in _IMG.finditer(body):
        tag = match.group(0)
        src = re.search(r'\ssrc="([^"]+)"', tag)
        inside = any(start <= match.start() < end for start, end in guarded)
        if inside or not src or not re.search(r"\.jpe?g(\?|$)", src.group(1), re.I):
            continue
        rewritten = tag.replace(' src="', ' data-cfsrc="', 1)
        rewritten = re.sub(r'\sstyle="', ' data-cfstyle="', rewritten, count=1)
        close = "/>" if rewritten.endswith("/>") else ">"
        rewritten = (
            rewritten[: -len(close)].rstrip() + ' style="display:none;visibility:hidden;"' + close
        )
        out.append(body[last : match.start()])
        out.append(f"{rewritten}<noscript>{tag}</noscript>")
        last = match.end()
    out.append(body[last:])
    return "".join(out)


_SCRIPT_TAG = re.compile(r"<script\b([^>]*)>", re.I)
_HANDLER = re.compile(r'(<[a-z][a-z0-9]*\b[^>]*?)\s(on[a-z]+)="([^"]*)"([^>]*>)', re.I)
JS_TYPES = ("", "text/javascript", "application/javascript", "module")


def rocket_loader(markup: str, token: str) -> str:
    """Cloudflare Rocket Loader over a whole page: scripts retyped, inline handlers guarded.

    >>> rocket_loader('<script src="/a.js"></script><script data-cfasync="false">x()</script>'
    ...               '<a href="#" onclick="go()">', "ab12")
    '<script src="/a.js" type="ab12-text/javascript"></script><script data-cfasync="false">x()</script><a href="#" onclick="if (!window.__cfRLUnblockHandlers) return false; go()" data-cf-modified-ab12-="">'
    """

    def retype(match: re.Match[str]) -> str:
        attrs = match.group(1)
        if re.search(r'data-cfasync="false"', attrs):
            return match.group(0)
        kind = re.search(r'\stype="([^"]*)"', attrs)
        if kind is None:
            return f'<script{attrs} type="{token}-text/javascript">'
        if kind.group(1).lower() not in JS_TYPES:
            return match.group(0)
        attrs = attrs.replace(kind.group(0), f' type="{token}-text/javascript"')
        return f"<script{attrs}>"

    def guard(match: re.Match[str]) -> str:
        head, name, code, tail = match.groups()
        close = "/>" if tail.endswith("/>") else ">"
        return (
            f'{head} {name}="if (!window.__cfRLUnblockHandlers) return false; {code}"'
            f'{tail[: -len(close)]} data-cf-modified-{token}-=""{close}'
        )

    out = _SCRIPT_TAG.sub(retype, markup)
    # Only handlers outside scripts: scripts' text holds no tags here.
    return _HANDLER.sub(guard, out)


# ---------------------------------------------------------------- the articles' addresses


def author_address(name: str, domain: str) -> str:
    """The author's address at the portal: the name folded, without spaces.

    >>> author_address("Ngọc Ánh", "sonlam.gov.vn")
    'ngocanh@sonlam.gov.vn'
    """
    return "".join(ascii_fold(name).lower().split()) + "@" + domain


def email_kind(key: str) -> int:
    """Which e-mail paragraph an article carries: 0 none (about half), 1 a contact line, 2 the
    same with a mailto link, 3 a paragraph of two addresses after the second, 4 a mailto link
    to the editors that shows no address, 5 a bold "Đầu mối liên hệ:" line."""
    draw = stable_int(key + "email-kind", 0, 11)
    return 0 if draw < 6 else draw - 5 if draw < 11 else 1


def served_paragraphs(key: str, paragraphs: Sequence[str], domain: str) -> list[tuple[str, str]]:
    """The article's text as the origin serves it: ``(gold text, markup)`` per paragraph, the
    corpus paragraphs and the e-mail paragraph of its kind (:func:`email_kind`); the markup
    writes addresses in plain text or as mailto links (the edge hides them later).

    >>> from dtcrawl.bench.synthetic import demo_corpus
    >>> arts = demo_corpus(40, "sonlam")["sonlam"]
    >>> kinds = {email_kind(a.key) for a in arts}
    >>> kinds == {0, 1, 2, 3, 4, 5}
    True
    """
    out = [(text, esc(text)) for text in paragraphs]
    kind = email_kind(key)
    if not kind:
        return out
    unit, phone, address = UNITS[stable_int(key + "unit", 0, len(UNITS) - 1)]
    address = address.format(domain=domain)
    person = PERSONS[stable_int(key + "person", 0, len(PERSONS) - 1)]
    day = stable_int(key + "day", 10, 28)
    if kind == 1:
        text = f"Mọi thắc mắc xin liên hệ: {unit}, điện thoại: {phone}, email: {address}."
        out.append((text, esc(text)))
    elif kind == 2:
        lead = f"Thông tin chi tiết xin liên hệ {person}, {unit}; điện thoại {phone}; email: "
        markup = f'{esc(lead)}<a href="mailto:{address}">{address}</a>.'
        out.append((f"{lead}{address}.", markup))
    elif kind == 3:
        second = f"banbientap@{domain}"
        text = (
            f"Ý kiến góp ý của tổ chức, cá nhân gửi về {unit} qua địa chỉ thư điện tử {address} "
            f"hoặc {second} trước ngày {day}/01/2021 để tổng hợp, hoàn thiện."
        )
        out.insert(min(2, len(out)), (text, esc(text)))
    elif kind == 4:
        text = (
            "Bạn đọc gửi phản ánh, kiến nghị về Ban biên tập Cổng thông tin điện tử tỉnh hoặc "
            f"qua số điện thoại {phone}."
        )
        markup = (
            'Bạn đọc gửi phản ánh, kiến nghị <a href="mailto:banbientap@'
            f'{domain}?subject=Phan%20anh%20kien%20nghi">về Ban biên tập Cổng thông tin điện '
            f"tử tỉnh</a> hoặc qua số điện thoại {esc(phone)}."
        )
        out.append((text, markup))
    else:
        label = "Đầu mối liên hệ:"
        rest = f" {person[0].upper()}{person[1:]}, {unit} - email: {address}"
        out.append((label + rest, f"<strong>{label}</strong>{esc(rest)}"))
    return out


def gold_corpus(corpus: Mapping[str, Sequence[Any]]) -> dict[str, list[Any]]:
    """``corpus`` as a reader's browser shows it on a ``cfemail`` portal: each article's text
    with its e-mail paragraph (addresses decoded where they stand), photos after the same
    paragraphs as served.

    >>> from dtcrawl.bench.synthetic import demo_corpus
    >>> served = demo_corpus(12, "sonlam")
    >>> gold = gold_corpus(served)["sonlam"]
    >>> sum(len(g.paragraphs) - len(s.paragraphs) for s, g in zip(served["sonlam"], gold)) > 0
    True
    """
    out: dict[str, list[Any]] = {}
    for portal_id, articles in corpus.items():
        domain = ALL_PORTALS[portal_id].domain
        out[portal_id] = []
        for article in articles:
            pairs = served_paragraphs(article.key, article.paragraphs, domain)
            where = _origin_positions(article.key, len(article.paragraphs))
            images = tuple(
                {**image, "after": _moved(where, int(image.get("after", 0)), len(pairs))}
                for image in (article.images or ())
            )
            out[portal_id].append(
                dataclasses.replace(
                    article, paragraphs=tuple(text for text, _ in pairs), images=images
                )
            )
    return out


def _moved(where: dict[int, int], after: int, count: int) -> int:
    """Where a photo placed after corpus paragraph ``after`` stands among ``count`` served
    paragraphs (before the first stays before it, past the end goes last)."""
    if after < 0:
        return -1
    return where.get(after, count - 1)


def _origin_positions(key: str, count: int) -> dict[int, int]:
    """Where each corpus paragraph stands among the served ones (only kind 3 inserts)."""
    if email_kind(key) != 3:
        return {i: i for i in range(count)}
    at = min(2, count)
    return {i: (i if i < at else i + 1) for i in range(count)}


# ---------------------------------------------------------------- small helpers


def date_line(moment: datetime) -> str:
    """The article's date line.

    >>> date_line(datetime(2021, 1, 4, 8, 15))
    'Ngày đăng: 04/01/2021 08:15'
    """
    return f"Ngày đăng: {dmy(moment)} {moment:%H:%M}"


def byline_style(key: str) -> str:
    """How the article is signed: ``text`` (last line, name and address), ``field`` (the author
    field under the text, with a mailto link) or ``name`` (last line, the name alone)."""
    return ("text", "text", "field", "field", "name")[stable_int(key + "byline", 0, 4)]


def ray_id(seed: str) -> str:
    return stable_token(seed + "ray", 16, HEX)


class CfEmailSite(CmsSite):
    """The Sơn Lam portal: a PHP CMS behind Cloudflare (see the module docstring)."""

    number_base = 18_000
    number_stride = 13
    image_folder = UPLOADS
    family_headers = {"Server": "cloudflare"}

    def __init__(self, portal: PortalDef, articles: Sequence[Any]):
        super().__init__(portal, articles)
        self.by_print = {f"/in-bai-viet/{it.number}.html": it for it in self.items}
        newest = max((it.published for it in self.items), default=datetime(2021, 1, 6))
        self.today = newest

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"/{item.section.slug}/{slugify(item.title, max_len=90)}-{item.number}.html"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        slug = NEWS_SLUG if self.is_news(section) else section.slug
        return f"/{slug}.html" if page <= 1 else f"/{slug}.html?page={page}"

    def print_path(self, item: Item) -> str:
        return f"/in-bai-viet/{item.number}.html"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def feed_path(self, section: Section | None) -> str:
        return f"/rss/{NEWS_SLUG if self.is_news(section) else section.slug}.rss"

    def extra_paths(self) -> dict[str, str]:
        paths = {"sitemap": "/sitemap.xml", "rss": "/rss.html", "rss-news": self.feed_path(None)}
        paths.update({f"rss-{s.slug}": self.feed_path(s) for s in self.sections.values()})
        return paths

    # -- the edge

    def render(
        self, path_and_query: str, revision: int = 0, base_url: str | None = None
    ) -> Response:
        """The response as Cloudflare hands it on: the edge's own pages under ``/cdn-cgi/`` and
        for an origin that times out; every other page the origin's, rewritten."""
        path = path_and_query.split("?", 1)[0].split("#", 1)[0] or "/"
        seed = f"{self.portal.id}:{path_and_query}"
        base = (base_url or f"http://{self.portal.host}").rstrip("/")
        if path.startswith("/cdn-cgi/"):
            return self.edge_response(path, seed, base)
        item = self.by_path.get(path)
        if item is not None and item.kind == "error":
            body = self.timeout_page(seed).encode("utf-8")
            headers = {"Content-Type": "text/html; charset=UTF-8", "Cache-Control": "no-store"}
            return Response(522, {**headers, **self.edge_headers(seed, "DYNAMIC")}, body)
        response = super().render(path_and_query, revision, base_url)
        headers = dict(response.headers)
        content_type = headers.get("Content-Type", "")
        body = response.body
        if content_type.startswith("text/html"):
            markup = body.decode("utf-8")
            body = self.rewrite(markup, seed, mirage_on=self.mirage_on(path)).encode("utf-8")
            headers.update(
                {
                    "X-Powered-By": "PHP/7.4.33",
                    # The origin's cookie; the edge's __cf_bm comes as a second header.
                    "set-cookie": f"PHPSESSID={stable_token(seed + 'sess', 26)}; path=/",
                    "Expires": "Thu, 19 Nov 1981 08:52:00 GMT",
                    "Cache-Control": "no-store, no-cache, must-revalidate",
                    "Pragma": "no-cache",
                }
            )
            status = "DYNAMIC"
        else:
            status = "HIT" if content_type.startswith("image/") else "DYNAMIC"
        headers.update(self.edge_headers(seed, status))
        return Response(response.status, headers, body)

    def mirage_on(self, path: str) -> bool:
        """Mirage's page rules: off for print views and two sections' articles."""
        if path.startswith("/in-bai-viet/"):
            return False
        return not any(path.startswith(f"/{slug}/") for slug in MIRAGE_OFF)

    def rewrite(self, markup: str, seed: str, mirage_on: bool) -> str:
        """Cloudflare's rewrites of one HTML page, in the edge's order."""
        start = markup.find("<body")
        if start < 0:
            return markup
        head, body = markup[:start], markup[start:]
        body = obfuscate_emails(body, seed)
        if mirage_on:
            body = mirage(body)
        token = stable_token(seed + "rocket", 24, HEX)
        page = rocket_loader(head + body, token)
        if mirage_on:
            page = page.replace(
                "<head>", f'<head><script type="text/javascript" src="{CF_MIRAGE}"></script>', 1
            )
        ray = ray_id(seed)
        tail = (
            f'<script src="{CF_ROCKET}" data-cf-settings="{token}-|49" defer></script>'
            f"{self.challenge_script(ray, seed)}"
            f'<script defer src="{CF_BEACON}" data-cf-beacon=\'{{"rayId":"{ray}",'
            f'"version":"2024.11.0","r":1,"token":"{stable_token(seed + "beacon", 32, HEX)}",'
            '"server_timing":{"name":{"cfCacheStatus":true,"cfEdge":true,"cfExtPri":true,'
            '"cfL4":true,"cfOrigin":true,"cfSpeedBrain":true},"location_startswith":null}}\' '
            'crossorigin="anonymous"></script>\n'
        )
        at = page.rfind("</body>")
        return page[:at] + tail + page[at:] if at >= 0 else page + tail

    def challenge_script(self, ray: str, seed: str) -> str:
        """The bot-detection snippet the edge adds: a hidden iframe that loads its script."""
        stamp = stable_token(
            seed + "cv", 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
        )
        return (
            "<script>(function(){function c(){var b=a.contentDocument||a.contentWindow.document;"
            "if(b){var d=b.createElement('script');d.innerHTML=\"window.__CF$cv$params={r:'"
            f"{ray}',t:'{stamp}'}};var a=document.createElement('script');a.nonce='';"
            "a.src='/cdn-cgi/challenge-platform/scripts/jsd/main.js';document.getElementsByTagName"
            "('head')[0].appendChild(a);\";b.getElementsByTagName('head')[0].appendChild(d)}}"
            "if(document.body){var a=document.createElement('iframe');a.height=1;a.width=1;"
            "a.style.position='absolute';a.style.top=0;a.style.left=0;a.style.border='none';"
            "a.style.visibility='hidden';document.body.appendChild(a);if('loading'!==document."
            "readyState)c();else if(window.addEventListener)document.addEventListener("
            "'DOMContentLoaded',c);else{var e=document.onreadystatechange||function(){};"
            "document.onreadystatechange=function(b){e(b);'loading'!==document.readyState&&"
            "(document.onreadystatechange=e,c())}}}})();</script>"
        )

    def edge_headers(self, seed: str, cache: str) -> dict[str, str]:
        ray = ray_id(seed)
        report = stable_token(
            seed + "nel", 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        )
        return {
            "Server": "cloudflare",
            "CF-RAY": f"{ray}-HKG",
            "CF-Cache-Status": cache,
            "Vary": "Accept-Encoding",
            "Report-To": '{"endpoints":[{"url":"https:\\/\\/a.nel.cloudflare.com\\/report\\/v4?s='
            f'{report}"}}],"group":"cf-nel","max_age":604800}}',
            "NEL": '{"success_fraction":0,"report_to":"cf-nel","max_age":604800}',
            "Set-Cookie": f"__cf_bm={stable_token(seed + 'bm', 43)}-1736155200-1.0.1.1; "
            f"path=/; expires=Mon, 06-Jan-25 09:50:00 GMT; domain=.{self.portal.domain}; "
            "HttpOnly; Secure; SameSite=None",
            "alt-svc": 'h3=":443"; ma=86400',
        }

    def edge_response(self, path: str, seed: str, base: str) -> Response:
        """What the edge answers itself under ``/cdn-cgi/``."""
        headers = self.edge_headers(seed, "DYNAMIC")
        if path == CF_PROTECTION:
            body = self.protection_page(seed).encode("utf-8")
            return Response(
                200,
                {**headers, "Content-Type": "text/html; charset=UTF-8", "Cache-Control": "no-store",
                 "X-Frame-Options": "SAMEORIGIN", "Referrer-Policy": "same-origin"},
                body,
            )  # fmt: skip
        if path == CF_DECODER:
            return Response(
                200,
                {**headers, "Content-Type": "application/javascript"},
                DECODER_JS.encode("utf-8"),
            )
        if path == CF_ROCKET or path == "/cdn-cgi/challenge-platform/scripts/jsd/main.js":
            return Response(
                200,
                {**headers, "Content-Type": "application/javascript"},
                b"/* cloudflare-static */\n",
            )
        if path == "/cdn-cgi/trace":
            host = urlsplit_host(base)
            text = (
                f"fl=465f47\nh={host}\nip=127.0.0.1\nts=1736154000.412\nvisit_scheme=http\n"
                f"uag=Mozilla/5.0\ncolo=HKG\nsliver=none\nhttp=http/1.1\nloc=VN\ntls=off\n"
                "sni=off\nwarp=off\ngateway=off\nrbi=off\nkex=none\n"
            )
            return Response(200, {**headers, "Content-Type": "text/plain"}, text.encode())
        if path.startswith("/cdn-cgi/image/") and path.lower().endswith((".jpg", ".jpeg")):
            return Response(
                200, {**headers, "Content-Type": "image/gif", "CF-Cache-Status": "HIT"}, PIXEL_GIF
            )
        return Response(404, {**headers, "Content-Type": "text/plain; charset=UTF-8"}, b"")

    def protection_page(self, seed: str) -> str:
        domain = esc(self.portal.domain)
        return f"""<!DOCTYPE html>
<!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> <![endif]-->
<!--[if IE 7]>    <html class="no-js ie7 oldie" lang="en-US"> <![endif]-->
<!--[if IE 8]>    <html class="no-js ie8 oldie" lang="en-US"> <![endif]-->
<!--[if gt IE 8]><!--> <html class="no-js" lang="en-US"> <!--<![endif]-->
<head>
<title>Email Protection | Cloudflare</title>
<meta charset="UTF-8" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
<meta name="robots" content="noindex, nofollow" />
<meta name="viewport" content="width=device-width,initial-scale=1" />
<link rel="stylesheet" id="cf_styles-css" href="/cdn-cgi/styles/main.css" />
</head>
<body>
<div id="cf-wrapper">
<div class="cf-alert cf-alert-error cf-cookie-error hidden" id="cookie-alert" data-translate="enable_cookies">Cookies are switched off in this browser.</div>
<div id="cf-error-details" class="p-0">
<header class="mx-auto pt-10 lg:pt-6 lg:px-8 w-240 lg:w-full mb-15 antialiased">
<h1 class="text-60 lg:text-4xl font-light mb-4" data-translate="block_headline">Email Protection</h1>
<h2 class="text-3xl leading-tight font-normal mb-4 text-black-dark antialiased" data-translate="block_subheadline">This e-mail address on {domain} cannot be shown here</h2>
</header>
<section class="w-240 lg:w-full mx-auto mb-8 lg:px-8">
<div class="w-1/2 md:w-full">
<p>{domain} sends its pages through Cloudflare, which hides the e-mail addresses they carry so that harvesting robots cannot collect them. The address is put back by a small script: switch JavaScript on in your browser and go back to the page you came from.</p>
<p class="mt-6">Site owners can protect their own addresses the same way with a Cloudflare account.</p>
</div>
</section>
<div class="cf-error-footer cf-wrapper w-240 lg:w-full py-10 sm:py-4 sm:px-8 mx-auto text-center sm:text-left border-solid border-0 border-t border-gray-300">
<p class="text-13">
<span class="cf-footer-item sm:block sm:mb-1">Cloudflare Ray ID: <strong class="font-semibold">{ray_id(seed)}</strong></span>
<span class="cf-footer-separator sm:hidden">&bull;</span>
<span id="cf-footer-item-ip" class="cf-footer-item hidden sm:block sm:mb-1">Your IP: <button type="button" id="cf-footer-ip-reveal" class="cf-footer-ip-reveal-btn">Click to reveal</button><span class="hidden" id="cf-footer-ip">127.0.0.1</span></span>
<span class="cf-footer-separator sm:hidden">&bull;</span>
<span class="cf-footer-item sm:block sm:mb-1"><span>Performance &amp; security by</span> <a rel="noopener noreferrer" href="https://www.cloudflare.com/5xx-error-landing" id="brand_link" target="_blank">Cloudflare</a></span>
</p>
</div>
</div>
</div>
</body>
</html>
"""

    def timeout_page(self, seed: str) -> str:
        domain = esc(self.portal.domain)
        return f"""<!DOCTYPE html>
<!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> <![endif]-->
<!--[if gt IE 8]><!--> <html class="no-js" lang="en-US"> <!--<![endif]-->
<head>
<title>{domain} | 522: Connection timed out</title>
<meta charset="UTF-8" />
<meta name="robots" content="noindex, nofollow" />
<meta name="viewport" content="width=device-width,initial-scale=1" />
<link rel="stylesheet" id="cf_styles-css" href="/cdn-cgi/styles/main.css" />
</head>
<body>
<div id="cf-wrapper">
<div id="cf-error-details" class="p-0">
<header class="mx-auto pt-10 lg:pt-6 lg:px-8 w-240 lg:w-full mb-8">
<h1 class="inline-block sm:block sm:mb-2 font-light text-60 lg:text-4xl text-black-dark leading-tight mr-2"><span class="inline-block">Connection timed out</span>
<span class="code-label">Error code 522</span></h1>
<div>Visit <a href="https://www.cloudflare.com/5xx-error-landing?utm_source=errorcode_522" target="_blank" rel="noopener noreferrer">cloudflare.com</a> for more information.</div>
<div class="mt-3">2025-01-06 09:20:00 UTC</div>
</header>
<div class="my-8 bg-gradient-gray">
<div class="w-240 lg:w-full mx-auto"><div class="clearfix md:px-8">
<div id="cf-browser-status" class="relative w-1/3 md:w-full py-15 md:p-0 md:py-8 md:text-left md:border-solid md:border-0 md:border-b md:border-gray-400 overflow-hidden float-left md:float-none text-center"><span class="md:block w-full truncate">You</span> <h3 class="md:inline-block mt-3 md:mt-0 text-2xl text-gray-600 font-light leading-1.3">Browser</h3> <span class="leading-1.3 text-2xl text-green-success">Working</span></div>
<div id="cf-cloudflare-status" class="relative w-1/3 md:w-full py-15 md:p-0 md:py-8 md:text-left md:border-solid md:border-0 md:border-b md:border-gray-400 overflow-hidden float-left md:float-none text-center"><span class="md:block w-full truncate">Hong Kong</span> <h3 class="md:inline-block mt-3 md:mt-0 text-2xl text-gray-600 font-light leading-1.3"><a href="https://www.cloudflare.com/5xx-error-landing?utm_source=errorcode_522" target="_blank" rel="noopener noreferrer">Cloudflare</a></h3> <span class="leading-1.3 text-2xl text-green-success">Working</span></div>
<div id="cf-host-status" class="cf-error-source relative w-1/3 md:w-full py-15 md:p-0 md:py-8 md:text-left md:border-solid md:border-0 md:border-b md:border-gray-400 overflow-hidden float-left md:float-none text-center"><span class="md:block w-full truncate">{domain}</span> <h3 class="md:inline-block mt-3 md:mt-0 text-2xl text-gray-600 font-light leading-1.3">Host</h3> <span class="leading-1.3 text-2xl text-red-error">Error</span></div>
</div></div></div>
<div class="w-240 lg:w-full mx-auto mb-8 lg:px-8"><div class="clearfix">
<div class="w-1/2 md:w-full float-left pr-6 md:pb-10 md:pr-0 leading-relaxed"><h2 class="text-3xl font-normal leading-1.3 mb-4">What happened?</h2>
<p>Cloudflare opened no connection to the origin web server in time, so the page could not be fetched.</p></div>
<div class="w-1/2 md:w-full float-left leading-relaxed"><h2 class="text-3xl font-normal leading-1.3 mb-4">What can I do?</h2>
<p class="mb-6">Try again in a few minutes. If you own this site, check that the server is running and accepts Cloudflare's addresses.</p></div>
</div></div>
<div class="cf-error-footer cf-wrapper w-240 lg:w-full py-10 sm:py-4 sm:px-8 mx-auto text-center sm:text-left border-solid border-0 border-t border-gray-300">
<p class="text-13"><span class="cf-footer-item sm:block sm:mb-1">Cloudflare Ray ID: <strong class="font-semibold">{ray_id(seed)}</strong></span>
<span class="cf-footer-separator sm:hidden">&bull;</span>
<span class="cf-footer-item sm:block sm:mb-1"><span>Performance &amp; security by</span> <a rel="noopener noreferrer" href="https://www.cloudflare.com/5xx-error-landing?utm_source=errorcode_522" id="brand_link" target="_blank">Cloudflare</a></span></p>
</div>
</div>
</div>
</body>
</html>
"""

    # -- origin routing

    def robots_txt(self, request: Request) -> str:
        lines = [
            "# Managed by Cloudflare: the signals below tell automated visitors how the site's",
            "# content may be used (search: build a search index; ai-train: train models).",
            "",
            "User-agent: *",
            "Content-Signal: search=yes,ai-train=no",
            "Allow: /",
            "",
        ]
        for bot in AI_CRAWLERS:
            lines += [f"User-agent: {bot}", "Disallow: /", ""]
        lines += ["# BEGIN origin robots.txt", "User-agent: *"]
        lines += [f"Disallow: {path}" for path in self.portal.robots_disallow]
        lines += ["", f"Sitemap: {request.base_url}/sitemap.xml", "# END origin robots.txt"]
        return "\n".join(lines) + "\n"

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.php", "/trang-chu.html"):
            return self.html_response(self.home_html(request))
        if path in self.by_path:
            item = self.by_path[path]
            if item.kind == "missing":
                return self.error_response(404)
            return self.html_response(self.article_html(item, request))
        match = _ARTICLE.match(path)
        if match:  # the CMS reads the id only
            item = self.by_number.get(int(match.group(3)))
            if item is None or item.kind != "article":
                return None
            return self.html_response(self.article_html(item, request))
        if path in self.by_print:
            item = self.by_print[path]
            if item.kind != "article":
                return None
            return self.html_response(self.print_html(item, request))
        pages = {
            "/gioi-thieu.html": self.about_html,
            "/lien-he.html": self.contact_html,
            "/danh-ba-thu-dien-tu.html": self.directory_html,
            "/tim-kiem.html": self.search_html,
            "/rss.html": self.rss_page,
        }
        if path in pages:
            return self.html_response(pages[path](request))
        if path == "/sitemap.xml":
            return self.text_response(self.sitemap_xml(request), "application/xml")
        match = _FEED.match(path)
        if match:
            slug = match.group(1)
            section = None if slug == NEWS_SLUG else self.section_by_slug(slug)
            if slug != NEWS_SLUG and section is None:
                return None
            return self.text_response(self.feed_xml(section, request), "application/rss+xml")
        match = _LISTING.match(path)
        if match:
            slug = match.group(1)
            section = None if slug == NEWS_SLUG else self.section_by_slug(slug)
            if slug != NEWS_SLUG and section is None:
                return None
            page = page_number(request.params.get("page"))
            items, count = self.page_of(self.listed(section), page)
            if page > count:
                return None
            return self.html_response(self.listing_html(section, items, page, count, request))
        return None

    # -- pieces

    def section_name(self, section: Section | None) -> str:
        return self.news.name if self.is_news(section) else section.name

    def thumb(self, item: Item, width: int = 240, height: int = 160) -> str:
        if not item.images:
            return f"{THEME}/images/no-image.png"
        path = image_path(item, 0, self.image_folder)
        return f"/cdn-cgi/image/width={width},height={height},fit=cover,quality=80{path}"

    def most_read(self) -> list[Item]:
        healthy = [it for it in self.items if it.kind == "article"]
        return sorted(healthy, key=lambda it: (-view_count(it.key), it.key))[:6]

    def sidebar(self, request: Request) -> str:
        t = tthc_stats(request.seed)
        v = visitor_stats(request.seed)
        question, options = poll(request.seed)
        most = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in self.most_read()
        )
        answers = "".join(
            f'<li><label><input type="radio" name="traloi" value="{n + 1}"> {esc(o)}</label></li>'
            for n, o in enumerate(options)
        )
        return f"""<div class="box box-docnhieu"><div class="box-title"><h2>Tin đọc nhiều</h2></div>
<ul class="list-docnhieu">{most}</ul></div>
<div class="box box-tthc"><div class="box-title"><h2>Kết quả giải quyết TTHC</h2></div>
<div class="tthc-body"><p class="tthc-month">Tháng {t["month"]}/2020</p>
<table class="table tthc"><tr><td>Hồ sơ tiếp nhận</td><td class="num">{thousands(t["total"])}</td></tr>
<tr><td>Giải quyết đúng hạn</td><td class="num">{thousands(t["ontime"])}</td></tr>
<tr><td>Giải quyết trễ hạn</td><td class="num">{thousands(t["late"])}</td></tr>
<tr><td>Tỷ lệ đúng hạn</td><td class="num">{t["percent"]}%</td></tr></table>
<a class="more" href="https://dichvucong.{esc(self.portal.domain)}/thong-ke" target="_blank">Xem chi tiết</a></div></div>
<div class="box box-poll"><div class="box-title"><h2>Thăm dò ý kiến</h2></div>
<form id="frmPoll" action="/binh-chon.html" method="post"><p class="poll-q">{esc(question)}</p><ul>{answers}</ul>
<button type="button" class="btn btn-sm" onclick="submitPoll('frmPoll')">Biểu quyết</button>
<button type="button" class="btn btn-sm" onclick="viewPoll(3)">Xem kết quả</button></form></div>
<div class="box box-links"><div class="box-title"><h2>Liên kết website</h2></div>
<select class="form-control" onchange="if(this.value)window.open(this.value)">
<option value="">-- Chọn liên kết --</option><option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option>
<option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option>
<option value="https://mic.gov.vn">Bộ Khoa học và Công nghệ</option></select>
<a class="banner" href="https://dichvucong.{esc(self.portal.domain)}" target="_blank"><img src="{THEME}/images/banner-dvc.png" alt="Dịch vụ công trực tuyến"></a>
<a class="banner" href="https://chinhphu.vn" target="_blank"><img src="{THEME}/images/banner-chinhphu.png" alt="Chính phủ"></a></div>
<div class="box box-counter"><div class="box-title"><h2>Thống kê truy cập</h2></div>
<ul class="counter"><li>Đang online: <b>{thousands(v["online"])}</b></li><li>Hôm nay: <b>{thousands(v["today"])}</b></li>
<li>Trong tuần: <b>{thousands(v["week"])}</b></li><li>Trong tháng: <b>{thousands(v["month"])}</b></li>
<li>Tổng lượt truy cập: <b>{thousands(v["total"])}</b></li></ul></div>"""

    def frame(
        self,
        title: str,
        main: str,
        request: Request,
        *,
        head: str = "",
        body_class: str = "page",
        description: str = "",
    ) -> str:
        p = self.portal
        subs = "".join(
            f'<li><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        today = self.today
        desc = description or f"Cổng thông tin điện tử tỉnh {p.province}: tin tức, sự kiện"
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc)}">
<meta name="generator" content="SLCMS 3.2">
{head}
<link rel="shortcut icon" href="/favicon.ico">
<link rel="stylesheet" href="{THEME}/css/bootstrap.min.css?v=3.4.1">
<link rel="stylesheet" href="{THEME}/css/font-awesome.min.css">
<link rel="stylesheet" href="{THEME}/css/style.css?v=20200915">
<link rel="alternate" type="application/rss+xml" title="Tin tức" href="{self.feed_path(None)}">
<script type="text/javascript" src="{THEME}/js/jquery-1.12.4.min.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id={GA_ID}" data-cfasync="false"></script>
<script data-cfasync="false">window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','{GA_ID}');</script>
</head>
<body class="{body_class}">
<div id="wrapper">
<div class="topbar"><div class="container"><span class="today">{weekday(today)}, ngày {dmy(today)}</span>
<ul class="top-links"><li><a href="/gioi-thieu.html">Giới thiệu</a></li><li><a href="/rss.html">RSS</a></li>
<li><a href="https://mail.{esc(p.domain)}" target="_blank">Thư công vụ</a></li><li><a href="/lien-he.html">Liên hệ</a></li>
<li><a href="/admin/dang-nhap.html" rel="nofollow">Đăng nhập</a></li></ul></div></div>
<header class="banner"><div class="container">
<a class="logo" href="/"><img src="{THEME}/images/quoc-huy.png" alt="Quốc huy"></a>
<div class="site-name"><span>CỔNG THÔNG TIN ĐIỆN TỬ</span><strong>TỈNH {esc(p.province.upper())}</strong></div>
<form class="search" action="/tim-kiem.html" method="get"><input type="text" name="tukhoa" placeholder="Nhập từ khóa...">
<button type="submit"><i class="fa fa-search"></i></button></form></div></header>
<nav class="mainmenu"><div class="container"><ul class="menu">
<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>
<li><a href="/gioi-thieu.html">Giới thiệu</a></li>
<li class="has-sub"><a href="{self.listing_path(None)}">Tin tức</a><ul class="sub">{subs}</ul></li>
<li><a href="https://vanban.{esc(p.domain)}" target="_blank">Văn bản</a></li>
<li><a href="https://dichvucong.{esc(p.domain)}" target="_blank">Dịch vụ công</a></li>
<li><a href="/danh-ba-thu-dien-tu.html">Danh bạ</a></li>
<li><a href="/lien-he.html">Liên hệ</a></li></ul>
<a href="javascript:void(0)" class="menu-toggle" onclick="$('.menu').toggleClass('open')"><i class="fa fa-bars"></i></a></div></nav>
<div class="marquee-bar"><div class="container"><marquee scrollamount="3">Chào mừng quý vị đến với {esc(p.name)}</marquee></div></div>
<div class="container main"><div class="row">
<div class="col-md-8 col-main">
{main}
</div>
<div class="col-md-4 col-side">
{self.sidebar(request)}
</div>
</div></div>
<footer class="footer"><div class="container">
<p class="ft-name">{esc(p.name.upper())}</p>
<p>Cơ quan chủ quản: {esc(p.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(p.editor)}</p>
<p>{esc(p.licence)}</p>
<p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)}</p>
<p>Email: <a href="mailto:banbientap@{esc(p.domain)}">banbientap@{esc(p.domain)}</a> - Hộp thư góp ý: gopy@{esc(p.domain)}</p>
<p>{esc(reuse_notice(p))}</p>
<p class="copyright">&copy; <script>document.write(new Date().getFullYear());</script> {esc(p.name)}. Thiết kế và phát triển: Công ty Cổ phần Phần mềm Tây Bắc.</p>
</div></footer>
<a href="#" class="back-to-top" onclick="$('html,body').animate({{scrollTop:0}},400);return false;"><i class="fa fa-angle-up"></i></a>
</div>
<script type="text/javascript" src="{THEME}/js/bootstrap.min.js"></script>
<script type="text/javascript" src="{THEME}/js/main.js?v=20200915"></script>
<script type="text/javascript">$(function(){{$('.menu li.has-sub').hover(function(){{$(this).children('.sub').stop().slideToggle(150);}});}});function fontSize(n){{var c=$('#newsContent');var s=parseInt(c.css('font-size'))||15;c.css('font-size',n?(s+n)+'px':'15px');}}</script>
</body>
</html>
"""

    def pager(self, section: Section | None, page: int, pages: int) -> str:
        if pages <= 1:
            return ""
        parts = arrow_pager(
            page,
            pages,
            lambda n: self.listing_path(section, n),
            link='<li><a href="{href}">{n}</a></li>',
            current='<li class="active"><span>{n}</span></li>',
            gap='<li class="disabled"><span>…</span></li>',
            prev='<li><a href="{href}" aria-label="Trang trước">&laquo;</a></li>',
            next_='<li><a href="{href}" aria-label="Trang sau">&raquo;</a></li>',
        )
        if page < pages:
            last = esc(self.listing_path(section, pages))
            parts.append(f'<li><a href="{last}">Trang cuối</a></li>')
        return f'<nav class="paging"><ul class="pagination">{"".join(parts)}</ul></nav>'

    def list_item(self, item: Item) -> str:
        href = esc(self.article_path(item))
        return (
            f'<div class="news-item clearfix"><a class="thumb" href="{href}"><img '
            f'src="{esc(self.thumb(item))}" alt="{esc(item.title)}" width="240" height="160"></a>'
            f'<h3 class="title"><a href="{href}">{esc(item.title)}</a></h3><p class="date">'
            f'<i class="fa fa-clock-o"></i> {dmy(item.published)} {item.published:%H:%M}</p>'
            f'<p class="sapo">{esc(item.sapo())}</p></div>'
        )

    # -- pages

    def home_html(self, request: Request) -> str:
        healthy = [it for it in self.items if it.kind == "article"]
        lead, tops, newest = healthy[:1], healthy[1:5], self.items[5:15]
        hero = ""
        for it in lead:
            href = esc(self.article_path(it))
            hero = (
                f'<div class="hot-lead"><a class="thumb" href="{href}"><img src="'
                f'{esc(self.thumb(it, 640, 400))}" alt="{esc(it.title)}"></a><h2><a href="{href}">'
                f'{esc(it.title)}</a></h2><p class="sapo">{esc(it.sapo(limit=260))}</p></div>'
            )
        others = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>' for it in tops
        )
        rows = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> <span class="date">'
            f"({dmy(it.published)})</span></li>"
            for it in newest
        )
        blocks = []
        for section in self.sections.values():
            listed = [it for it in self.listed(section) if it.kind == "article"][:4]
            if not listed:
                continue
            first, rest = listed[0], listed[1:]
            more = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
                for it in rest
            )
            blocks.append(
                f'<div class="box box-cat"><div class="box-title"><h2><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></h2><a class="more" '
                f'href="{esc(self.listing_path(section))}">Xem thêm</a></div>'
                f"{self.list_item(first)}<ul class='list-title'>{more}</ul></div>"
            )
        main = (
            f'<div class="box box-hot"><div class="box-title"><h2>Tin nổi bật</h2></div>{hero}'
            f'<ul class="hot-others">{others}</ul></div><div class="box box-new"><div '
            f'class="box-title"><h2><a href="{self.listing_path(None)}">Tin mới</a></h2></div>'
            f'<ul class="list-new">{rows}</ul></div>{"".join(blocks)}'
        )
        return self.frame(self.portal.name, main, request, body_class="home")

    def listing_html(
        self,
        section: Section | None,
        items: list[Item],
        page: int,
        pages: int,
        request: Request,
    ) -> str:
        name = self.section_name(section)
        crumbs = '<li><a href="/">Trang chủ</a></li>'
        if not self.is_news(section):
            crumbs += f'<li><a href="{self.listing_path(None)}">{esc(self.news.name)}</a></li>'
        crumbs += f'<li class="active">{esc(name)}</li>'
        rows = "".join(self.list_item(it) for it in items)
        main = (
            f'<ol class="breadcrumb">{crumbs}</ol><div class="cat-page"><h1 class="cat-title">'
            f'{esc(name)}</h1><div class="list-news">{rows}</div>'
            f"{self.pager(section, page, pages)}</div>"
        )
        title = f"{name} - {self.portal.name}" + (f" - Trang {page}" if page > 1 else "")
        return self.frame(title, main, request, body_class="category")

    def content_blocks(self, item: Item, revision: int) -> tuple[list[str], str, str]:
        """The text's markup (paragraphs, photos, the byline and source typed in it), the
        author field and the source field under it."""
        served = served_paragraphs(item.key, item.body(revision), self.portal.domain)
        where = _origin_positions(item.key, len(item.body(revision)))
        placed: dict[int, list[tuple[int, str]]] = {}
        for index, image in enumerate(item.images):
            after = _moved(where, int(image.get("after", 0)), len(served))
            placed.setdefault(after, []).append((index, str(image.get("caption") or "")))
        blocks: list[str] = [self.figure(item, i, c) for i, c in placed.get(-1, [])]
        for position, (_, markup) in enumerate(served):
            blocks.append(f'<p style="text-align: justify;">{markup}</p>')
            blocks.extend(self.figure(item, i, c) for i, c in placed.get(position, []))
        style = byline_style(item.key)
        field = source_field = ""
        domain = self.portal.domain
        if item.author:
            address = author_address(item.author, domain)
            if style == "text":
                blocks.append(
                    f'<p style="text-align: right;"><strong>{esc(item.author)}</strong> - '
                    f"{address}</p>"
                )
            elif style == "name":
                blocks.append(
                    f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>'
                )
            else:
                field = (
                    f'<div class="news-author">Tác giả: <b>{esc(item.author)}</b> (<a href="'
                    f'mailto:{address}">{address}</a>)</div>'
                )
        if item.source:
            if style == "field":
                source_field = f'<div class="news-source">Nguồn: {esc(item.source)}</div>'
            else:
                blocks.append(
                    f'<p style="text-align: right;"><em>Nguồn: {esc(item.source)}</em></p>'
                )
        return blocks, field, source_field

    def figure(self, item: Item, index: int, caption: str) -> str:
        path = image_path(item, index, self.image_folder)
        return (
            f'<figure class="image" style="text-align: center;"><a class="fancybox" '
            f'href="/cdn-cgi/image/width=1600{path}" data-fancybox="gallery"><img src="{path}" '
            f'alt="{esc(caption)}" width="680" style="max-width: 100%; height: auto;"></a>'
            f"<figcaption>{esc(caption)}</figcaption></figure>"
        )

    def article_html(self, item: Item, request: Request) -> str:
        blocks, field, source_field = self.content_blocks(item, request.revision)
        section = item.section
        href = esc(request.base_url + self.article_path(item))
        related = [it for it in self.others(item, 10) if it.kind == "article"]
        related_html = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> <span class="date">'
            f"({dmy(it.published)})</span></li>"
            for it in related[:5]
        )
        other_html = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in self.latest(6, exclude=item)
            if it not in related[:5]
        )
        # No address in it: the edge leaves this mailto link alone.
        page_url = quote(request.base_url + self.article_path(item), safe="")
        mail_share = esc(f"mailto:?subject={quote(item.title)}&body={page_url}")
        main = f"""<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="{self.listing_path(None)}">{esc(self.news.name)}</a></li><li><a href="{esc(self.listing_path(section))}">{esc(section.name)}</a></li></ol>
<div class="news-detail" id="news-{item.number}">
<h1 class="news-title">{esc(item.title)}</h1>
<div class="news-meta clearfix"><span class="date"><i class="fa fa-calendar"></i> {date_line(item.published)}</span>
<span class="views"><i class="fa fa-eye"></i> Lượt xem: {thousands(view_count(item.key))}</span>
<span class="font-size">Cỡ chữ: <a href="javascript:void(0)" onclick="fontSize(-1)">A-</a> <a href="javascript:void(0)" onclick="fontSize(0)">A</a> <a href="javascript:void(0)" onclick="fontSize(1)">A+</a></span>
<a class="print" href="{self.print_path(item)}" onclick="window.open(this.href,'inbai','width=820,height=640,scrollbars=yes');return false;"><i class="fa fa-print"></i> In bài</a></div>
<div class="news-content" id="newsContent">
{"".join(blocks)}
</div>
{field}{source_field}
<script type="text/javascript">$.get('/ajax/luot-xem.html',{{id:{item.number}}});</script>
<div class="news-tools"><span>Chia sẻ:</span>
<a href="https://www.facebook.com/sharer/sharer.php?u={href}" target="_blank" rel="nofollow"><i class="fa fa-facebook"></i></a>
<a href="javascript:void(0)" class="zalo-share-button" data-href="{href}" data-oaid="579745863508352884" data-layout="1"><i class="fa fa-zalo"></i></a>
<a href="{mail_share}" title="Gửi email"><i class="fa fa-envelope"></i> Gửi email</a>
<a href="{self.print_path(item)}" target="_blank"><i class="fa fa-print"></i> In bài</a>
<a href="#" onclick="window.scrollTo(0,0);return false;">Về đầu trang</a></div>
<script src="https://sp.zalo.me/plugins/sdk.js"></script>
</div>
<div class="box box-related"><div class="box-title"><h2>Tin liên quan</h2></div><ul class="list-related">{related_html}</ul></div>
<div class="box box-other"><div class="box-title"><h2>Các tin khác</h2></div><ul class="list-other">{other_html}</ul></div>"""
        canonical = esc(request.base_url + self.article_path(item))
        sapo = esc(item.sapo(request.revision))
        head = (
            f'<link rel="canonical" href="{canonical}">\n<meta property="og:type" '
            f'content="article">\n<meta property="og:title" content="{esc(item.title)}">\n'
            f'<meta property="og:description" content="{sapo}">\n<meta property="og:url" '
            f'content="{canonical}">\n<meta property="og:image" content="'
            f'{esc(request.base_url + image_path(item, 0, self.image_folder))}">\n'
            f'<meta property="article:published_time" content="{iso_vn(item.published)}">'
        )
        return self.frame(
            f"{item.title} - {self.portal.name}",
            main,
            request,
            head=head,
            body_class="detail",
            description=item.sapo(request.revision),
        )

    def print_html(self, item: Item, request: Request) -> str:
        blocks, field, source_field = self.content_blocks(item, request.revision)
        p = self.portal
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(item.title)}</title>
<meta name="robots" content="noindex">
<link rel="stylesheet" href="{THEME}/css/print.css"></head>
<body class="print" onload="window.print()">
<div class="print-header"><img src="{THEME}/images/quoc-huy.png" alt=""> {esc(p.name.upper())}</div>
<h1>{esc(item.title)}</h1>
<p class="date">{date_line(item.published)}</p>
<div class="news-content">{"".join(blocks)}</div>
{field}{source_field}
<p class="print-url">Địa chỉ bài viết: {esc(request.base_url + self.article_path(item))}</p>
<p class="print-footer">&copy; {esc(p.name)} - Email: banbientap@{esc(p.domain)}</p>
<script type="text/javascript">setTimeout(function(){{window.close();}},60000);</script>
</body></html>
"""

    def static_page(self, request: Request, title: str, content: str) -> str:
        main = (
            f'<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active">'
            f'{esc(title)}</li></ol><div class="static-page"><h1 class="cat-title">{esc(title)}'
            f"</h1>{content}</div>"
        )
        return self.frame(f"{title} - {self.portal.name}", main, request, body_class="static")

    def about_html(self, request: Request) -> str:
        p = self.portal
        content = (
            f"<p>{esc(p.name)} là kênh thông tin chính thức của Ủy ban nhân dân tỉnh trên môi "
            "trường mạng, cung cấp thông tin về hoạt động chỉ đạo, điều hành, văn bản quy phạm "
            "pháp luật và dịch vụ công trực tuyến của tỉnh.</p><p>Cổng do Trung tâm Chuyển đổi "
            "số tỉnh vận hành, Văn phòng Ủy ban nhân dân tỉnh chủ trì nội dung. Thông tin phản "
            f"hồi về nội dung xin gửi về hộp thư banbientap@{esc(p.domain)}.</p>"
        )
        return self.static_page(request, "Giới thiệu", content)

    def contact_html(self, request: Request) -> str:
        p = self.portal
        content = (
            f"<p><strong>Ban biên tập {esc(p.name)}</strong></p><p>Địa chỉ: {esc(p.address)}</p>"
            f'<p>Điện thoại: {esc(p.phone)}</p><p>Thư điện tử: <a href="mailto:banbientap@'
            f'{esc(p.domain)}">banbientap@{esc(p.domain)}</a></p><p>Hỗ trợ kỹ thuật: '
            f"hotro@{esc(p.domain)}</p>"
            '<form class="contact-form" action="/lien-he.html" method="post"><input name="hoten" '
            'placeholder="Họ và tên"><input name="email" placeholder="Email của bạn"><textarea '
            'name="noidung" placeholder="Nội dung góp ý"></textarea><button type="submit" '
            'onclick="return checkForm(this.form)">Gửi</button></form>'
        )
        return self.static_page(request, "Liên hệ", content)

    def directory_html(self, request: Request) -> str:
        rows = "".join(
            f"<tr><td>{n}</td><td>{esc(name)}</td><td>{local}@{esc(self.portal.domain)}</td></tr>"
            for n, (name, local) in enumerate(DIRECTORY, 1)
        )
        content = (
            "<p>Danh bạ thư điện tử công vụ của các cơ quan, đơn vị trên địa bàn tỉnh.</p>"
            '<table class="table table-bordered"><thead><tr><th>STT</th><th>Cơ quan, đơn vị'
            f"</th><th>Thư điện tử</th></tr></thead><tbody>{rows}</tbody></table>"
        )
        return self.static_page(request, "Danh bạ thư điện tử", content)

    def search_html(self, request: Request) -> str:
        words = request.params.get("tukhoa", "")
        content = (
            f'<p class="search-info">Từ khóa: <b>{esc(words)}</b></p>'
            "<p>Không tìm thấy kết quả nào phù hợp.</p>"
        )
        return self.static_page(request, "Tìm kiếm", content)

    def rss_page(self, request: Request) -> str:
        rows = [(self.news.name, self.feed_path(None))]
        rows += [(s.name, self.feed_path(s)) for s in self.sections.values()]
        items = "".join(
            f'<li><i class="fa fa-rss"></i> <a href="{esc(href)}">{esc(name)}</a></li>'
            for name, href in rows
        )
        content = (
            "<p>Sao chép địa chỉ các kênh tin dưới đây vào phần mềm đọc tin để nhận tin mới "
            f'của Cổng.</p><ul class="rss-list">{items}</ul>'
        )
        return self.static_page(request, "RSS", content)

    def feed_xml(self, section: Section | None, request: Request) -> str:
        base = request.base_url
        items = [it for it in self.listed(section) if it.kind == "article"][:20]
        entries = "".join(
            f"<item><title>{esc(it.title)}</title><link>{esc(base + self.article_path(it))}</link>"
            f'<guid isPermaLink="true">{esc(base + self.article_path(it))}</guid>'
            f"<description>{esc(it.sapo())}</description><pubDate>{http_date(it.published)}"
            "</pubDate></item>"
            for it in items
        )
        name = self.section_name(section)
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{esc(name)} - {esc(self.portal.name)}</title><link>{esc(base)}/</link>"
            f"<description>{esc(name)}</description><language>vi</language>{entries}"
            "</channel></rss>\n"
        )

    def sitemap_xml(self, request: Request) -> str:
        base = request.base_url
        urls = [f"<url><loc>{esc(base)}/</loc><changefreq>hourly</changefreq></url>"]
        urls += [
            f"<url><loc>{esc(base + self.listing_path(s))}</loc><changefreq>daily</changefreq></url>"
            for s in [None, *self.sections.values()]
        ]
        urls += [
            f"<url><loc>{esc(base + self.article_path(it))}</loc><lastmod>"
            f"{iso_vn(it.published)}</lastmod></url>"
            for it in self.items
        ]
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
            f'schemas/sitemap/0.9">{"".join(urls)}</urlset>\n'
        )

    def error_html(self, status: int) -> str:
        p = self.portal
        message = (
            "Trang bạn truy cập không tồn tại hoặc đã bị xóa."
            if status == 404
            else "Hệ thống đang bận, vui lòng thử lại sau."
        )
        request = Request("/", {}, 0, f"{p.id}:error{status}", f"http://{p.host}")
        main = (
            f'<div class="error-page"><h1>{status}</h1><p>{message}</p><p>Mọi vướng mắc xin '
            f'gửi về hotro@{esc(p.domain)}.</p><p><a href="/">Về trang chủ</a></p></div>'
        )
        return self.frame(f"{status} - {p.name}", main, request, body_class="error")


def urlsplit_host(base: str) -> str:
    return base.split("://", 1)[-1].split("/", 1)[0]


# Cloudflare's decoder, written out for the demo (the real one minified does the same).
DECODER_JS = """!function(){"use strict";var P="/cdn-cgi/l/email-protection#",S=".__cf_email__",A="data-cfemail";
function b(h,i){return parseInt(h.substr(i,2),16)}
function dec(h,i){for(var o="",k=b(h,i),j=i+2;j<h.length;j+=2)o+=String.fromCharCode(b(h,j)^k);try{o=decodeURIComponent(escape(o))}catch(e){}return o}
function links(r){for(var a=r.querySelectorAll("a"),n=0;n<a.length;n++){var x=a[n],at=x.href.indexOf(P);if(at>-1)x.href="mailto:"+dec(x.href,at+P.length)}}
function spans(r){for(var s=r.querySelectorAll(S),n=0;n<s.length;n++){var e=s[n],p=e.parentNode,h=e.getAttribute(A);if(h){p.replaceChild(document.createTextNode(dec(h,0)),e)}}}
function tpl(r){for(var t=r.querySelectorAll("template"),n=0;n<t.length;n++){run(t[n].content)}}
function run(r){links(r);spans(r);tpl(r)}
run(document)}();
"""
