"""Clean article text from Vietnamese portal pages: trafilatura plus portal-aware cleaning.

Plain ``trafilatura.extract`` finds the main text of a portal page well but leaves the portal's
furniture in it: "Kết quả giải quyết TTHC" widgets, visitor counters, "Lượt xem", tool links,
"Các tin khác" lists, footers; it also keeps the "CTTĐT - " lead prefix, the byline and the
"Nguồn: …" line inside the body, and it drops short lines it takes for noise.  Measured on the
demo portals and the fixtures in ``tests/fixtures/pages`` (``python -m dtcrawl.bench.extraction``).

How a page is cleaned (see also the README section "How the text is cleaned"):

1. The page is decoded (declared charset, UTF-8, windows-1258) and put in NFC.
2. The page is linearised into lines of block-level text with their layout signals
   (:func:`dtcrawl.template.page_blocks`: DOM path, link/bold/italic share).
3. trafilatura (XML output, tables on, comments off) picks the main text; its lines are mapped
   back onto the page's lines, which tells where the article sits.  Lines trafilatura dropped
   *between* two of its lines, a lead just before them and the closing lines just after them
   are taken back as candidates.
4. Each candidate line goes through, in order: byline/source/caption separation
   (:mod:`dtcrawl.bylines`), the portal template learnt from the portal's own pages
   (:class:`dtcrawl.template.PortalTemplate`), structural checks (link-dense lines, lists of
   dated headlines, date/metadata lines, the title repeated), and a short list of Vietnamese
   boilerplate phrases as a safety net.  A "Tin liên quan"/"Các tin khác" heading ends the body.
5. The lead prefix ("CTTĐT - ") is stripped and a title glued to the first sentence (print
   views) is cut off.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field, replace
from urllib.parse import urljoin, urlsplit

import trafilatura
from lxml import etree
from lxml import html as lxml_html
from trafilatura.settings import Extractor

from dtcrawl.bylines import (
    author_name,
    is_bare_label,
    is_production_credit,
    looks_like_caption,
    looks_like_name,
    parse_content_credit,
    parse_labelled_byline,
    parse_photo_credit,
    parse_split_byline,
    parse_theo_source,
    split_agency,
    without_email,
)
from dtcrawl.cfemail import reveal_emails
from dtcrawl.dates import _DATE_RE, _TIME_RE, find_dates, to_iso
from dtcrawl.legal_refs import LegalRef, find_legal_refs
from dtcrawl.template import (
    BLOCK_TAGS,
    Block,
    PortalTemplate,
    decode_html,
    iter_blocks,
    page_blocks,
    path_signature,
)
from dtcrawl.text import fold, normalize, normalize_line

EXTRACTOR_VERSION = "2026.11.9"

__all__ = [
    "EXTRACTOR_VERSION",
    "ArticleContent",
    "DroppedLine",
    "ParsedPage",
    "extract_article",
    "find_title",
    "extract_with_matched",
    "parse_page",
    "trafilatura_matched",
]


@dataclass
class DroppedLine:
    """A line removed from the body, and why."""

    text: str
    reason: str


#: How a sentence ends (:meth:`ArticleContent.is_article`), before closing quotes and brackets.
_STOPS = (".", "!", "?", "…", ":", ";")
_CLOSERS = "\"'”’»)] "


@dataclass
class ArticleContent:
    """What :func:`extract_article` found on one page."""

    title: str | None
    body: str
    published_at: str | None = None
    modified_at: str | None = None
    author: str | None = None
    source: str | None = None
    captions: list[str] = field(default_factory=list)
    canonical_url: str | None = None
    legal_refs: list[LegalRef] = field(default_factory=list)
    dropped: list[DroppedLine] = field(default_factory=list)
    listing_like: bool = False  # the main text was a list of headlines (a listing page)
    # The page states no date of its own: ``published_at`` is htmldate's guess (a day, often).
    date_guessed: bool = False

    def is_short_notice(self) -> bool:
        """True for a short dated notice: a title, the page's own stated date (not a guess)
        and a sentence or two of 20 words or more ("Thông báo" and brief news of one
        paragraph, their files listed under them), where :meth:`is_article` asks for 40; the
        text states a figure (a date, a number, a document's).

        >>> notice = ("Sở Thông tin và Truyền thông thông báo tạm dừng hệ thống thư điện tử công vụ "
        ...     "từ 20 giờ ngày 8/1/2021 để nâng cấp, đề nghị các cơ quan chủ động sắp xếp công việc.")
        >>> ArticleContent("Thông báo", notice, published_at="2021-01-07T09:00:00+07:00").is_short_notice()
        True
        >>> ArticleContent("Thông báo", notice).is_short_notice()  # no date of its own
        False
        """
        if not self.title or self.listing_like or not self.published_at or self.date_guessed:
            return False
        body = self.body
        # A notice says when, how many, which document: a figure. A text without one, under
        # 40 words, is a placeholder ("Chương trình tường thuật chưa bắt đầu. …").
        return (
            len(body.split(None, 19)) >= 20
            and bool(_HAS_DIGIT.search(body))
            and _has_sentence(body)
        )

    def is_article(self) -> bool:
        """True when the page has a title and a body of real text (not a listing).

        >>> ArticleContent("Tin", "Một câu ngắn.").is_article()
        False
        >>> headlines = "\\n\\n".join(["Sở Nội vụ triển khai hệ thống một cửa điện tử tại các xã"] * 4)
        >>> ArticleContent("Tin", headlines).is_article(), ArticleContent("Tin", headlines + ".").is_article()
        (False, True)
        """
        if not self.title or self.listing_like:
            return False
        # Only whether it has 40 words and a paragraph of 12: the splits stop there (measured
        # on the crawl bench's bodies: 53 -> 5 us; it is asked twice per article). The paragraph
        # of 12 reads as a sentence: a listing's headlines, without a link to tell them by (an
        # old table layout's bold titles beside "Chi tiết »"), are as long but end bare.
        body = self.body
        return len(body.split(None, 39)) >= 40 and _has_sentence(body)


def _has_sentence(body: str) -> bool:
    """A paragraph of the body is a sentence: 12 words or more, its end marked."""
    return any(
        len(paragraph.split(None, 11)) >= 12 and paragraph.rstrip(_CLOSERS).endswith(_STOPS)
        for paragraph in body.split("\n\n")
    )


def _html_parser() -> lxml_html.HTMLParser:
    """lxml.html's parser, giving the same element classes by a lookup lxml runs in C.

    lxml.html picks each element's class by calling its Python ``HtmlElementClassLookup`` every
    time an element is handed to Python; a namespace class lookup holding the same tag-to-class
    table (``form``, ``input``, ... and ``HtmlElement`` otherwise) gives the same classes
    without the call (checked element by element on the crawl bench's and the fixtures' pages;
    measured: parsing, observing and extracting a crawl bench article 0.03 ms faster).
    """
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
    lookup = etree.ElementNamespaceClassLookup(
        etree.ElementDefaultClassLookup(
            element=lxml_html.HtmlElement,
            comment=lxml_html.HtmlComment,
            pi=lxml_html.HtmlProcessingInstruction,
            entity=lxml_html.HtmlEntity,
        )
    )
    classes = lookup.get_namespace(None)
    for tag, element_class in lxml_html.HtmlElementClassLookup._default_element_classes.items():
        classes[tag] = element_class
    parser.set_element_class_lookup(lookup)
    return parser


_PARSER = _html_parser()


def _parse(html: str):
    html = html.strip()
    if html.startswith("<?xml"):
        html = html.split("?>", 1)[-1]
    try:
        tree = lxml_html.fromstring(html or "<html></html>", parser=_PARSER)
    except (etree.ParserError, ValueError):
        tree = lxml_html.fromstring("<html><body></body></html>")
    if "mso-list" in html:
        _drop_word_list_markers(tree)
    return tree


def _drop_word_list_markers(tree) -> None:
    """Remove the bullets of lists pasted from Word (their text after them stays); keep their
    numbers ("1.", "a)", "II."), as one word before the item's text.

    Word writes a list paragraph's bullet or number as ``<span style="mso-list:Ignore">-``
    before the text: a bullet is the list's drawing, as a ``<li>``'s dot is, not the article's
    words; a number is the item's, which the text may refer to.

    >>> tree = lxml_html.fromstring('<div><p class="MsoListParagraph"><span style="mso-list:'
    ...     'Ignore">-<span>&nbsp;&nbsp;</span></span>Người dân nộp hồ sơ.</p><p><span style='
    ...     '"mso-list:Ignore">2.<span>&nbsp;&nbsp;</span></span>Cấp chữ ký số.</p></div>')
    >>> _drop_word_list_markers(tree)
    >>> [p.text_content() for p in tree]
    ['Người dân nộp hồ sơ.', '2. Cấp chữ ký số.']
    """
    for element in tree.xpath("//*[@style]"):
        style = element.get("style").lower().replace(" ", "")
        if "mso-list:ignore" not in style:
            continue
        marker = element.text_content().replace("\xa0", " ").strip()
        if any(ch.isalnum() for ch in marker):
            for child in element:
                element.remove(child)
            element.text = marker + " "
        else:
            element.drop_tree()


@dataclass
class ParsedPage:
    """A page parsed once, as :func:`extract_article` reads it: the lxml tree and its lines.

    The crawl pipeline hands the same parse to :meth:`PortalTemplate.observe` and to
    :func:`extract_article` (parsing and linearising a page measured at ~15 % of a crawl's
    CPU when done twice). Neither changes the tree.
    """

    tree: object
    blocks: list[Block]
    #: The page's markup names Bootstrap's tab panes (looked for in the text: walking the tree
    #: for them measured 60-90 us a page, a page without any).
    tabbed: bool = False


def parse_page(html: str | bytes) -> ParsedPage:
    """Parse a page (bytes decoded by their declared charset, text composed to NFC) once.

    >>> page = parse_page("<html><body><p>Một <b>hai</b></p><p>Ba</p></body></html>")
    >>> [block.text for block in page.blocks]
    ['Một hai', 'Ba']
    """
    text_html = decode_html(html) if isinstance(html, bytes) else normalize_html(html)
    tree = _parse(reveal_emails(text_html))
    return ParsedPage(tree, page_blocks(tree), "tab-pane" in text_html)


# ---------------------------------------------------------------------------------------------
# Title and canonical URL

# How the name of a website begins (folded): "Cổng TTĐT tỉnh …", "Trang chủ".  A title that
# only mentions a portal further on ("Sở Tài chính nâng cấp cổng thông tin điện tử") is an
# article's.
_SITE_WORDS = (
    "cong thong tin",
    "cong ttdt",
    "trang thong tin",
    "trang ttdt",
    "cong chuyen doi so",
    "trang chu",
)
# Words that name a website wherever they stand.
_SITE_MARKS = ("portal", ".gov.vn")
_LEADING_MARKS = re.compile(r"^[\W_]+")
# Names of the bodies that run portals: a site name only as the last " - " part of a <title>.
_OWNER_WORDS = ("uy ban nhan dan", "ubnd", "so ", "tinh uy", "hdnd", "van phong")
_TITLE_SEPARATORS = re.compile(r"\s+(?:[-|–—»]|::)\s+")


def _meta(tree, *keys: str) -> str | None:
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        if key in keys and (meta.get("content") or "").strip():
            return normalize_line(meta.get("content"))
    return None


def _strip_site_name(title: str) -> str:
    """``<title>`` minus the site's name: parts naming a website, or a closing part naming the
    body that runs the portal ("… - UBND tỉnh Lam Giang").

    >>> _strip_site_name("Tỉnh ra mắt ứng dụng công dân số - Sở Thông tin và Truyền thông")
    'Tỉnh ra mắt ứng dụng công dân số'
    >>> _strip_site_name("Tin tức - Sở Y tế mở rộng tài khoản thanh toán")
    'Tin tức - Sở Y tế mở rộng tài khoản thanh toán'
    """
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) == 1:
        return title
    kept = [p for p in parts if not _site_like(p)]
    if (
        len(kept) > 1
        and fold(kept[-1]).startswith(_OWNER_WORDS)
        and len(kept[-1].split()) <= 10
        # "Tin tức - Sở Y tế mở rộng …": before it only a list's name, so it is the headline
        and sum(len(p.split()) for p in kept[:-1]) >= 4
    ):
        kept = kept[:-1]
    if not kept:
        return max(parts, key=len)
    return " - ".join(kept)


_TITLE_MARKER = re.compile(r"title|tieu-?de|tieude|headline")  # on a lower-cased class + id


_HIDDEN_MARKER = re.compile(
    r"(?:^|\s)(?:hide-accessible|sr-only|visually-hidden|screen-reader-text|element-invisible)"
    r"(?:\s|$)"
)


def _title_marks(css: str | None, ident: str | None) -> tuple[bool, bool]:
    """Whether an element's class and id name it a title, and whether its class hides it."""
    marker = ((css or "") + " " + (ident or "")).lower()
    return _TITLE_MARKER.search(marker) is not None, _HIDDEN_MARKER.search(css or "") is not None


# _title_marks by (class, id): a portal's pages repeat the same few (see _CAPTION_MEMO).
_TITLE_MARKS: dict[tuple[str | None, str | None], tuple[bool, bool]] = {}


def _title_element(tree):
    """``tree.find(".//title")``, looked for in the ``<head>`` first.

    lxml's search for the first match walks on to the next one (the whole page when there is
    only one: measured 7 to 21 us a bench page, against 2 us in the ``<head>``); the head's
    subtree comes first in document order, so a title found there is the first one.
    """
    head = tree[0] if len(tree) else None
    if head is not None and head.tag == "head":
        title = head.find(".//title")
        if title is not None:
            return title
    return tree.find(".//title")


def find_title(tree, template: PortalTemplate | None = None) -> str | None:
    """The article title: a heading matching og:title / <title>, else h1, else those metas.

    >>> tree = lxml_html.fromstring(
    ...     "<html><head><title>Tin A - Cổng TTĐT tỉnh Lam Giang</title></head>"
    ...     "<body><h1>Cổng TTĐT tỉnh Lam Giang</h1><h2>Tin A</h2></body></html>")
    >>> find_title(tree)
    'Tin A'
    >>> find_title(lxml_html.fromstring("<html><head><title>Sở Nội vụ số hóa hồ sơ - Cổng TTĐT"
    ...     "</title></head><body><h1>[Chính quyền số] SỞ NỘI VỤ SỐ HÓA HỒ SƠ</h1></body></html>"))
    'Sở Nội vụ số hóa hồ sơ'
    """
    og = _meta(tree, "og:title", "twitter:title")
    title_el = _title_element(tree)
    doc_title = normalize_line(title_el.text_content()) if title_el is not None else ""
    metas = [m for m in (og, doc_title) if m]
    stripped = [_strip_site_name(m) for m in metas]
    folded_metas = [fold(m) for m in metas + stripped]

    headings = []
    for element in tree.iter("h1", "h2", "h3", "h4", "div", "span", "p", "td", "strong", "b"):
        tag = element.tag
        attributes = (element.get("class"), element.get("id"))
        marks = _TITLE_MARKS.get(attributes)
        if marks is None:
            marks = _memo_put(_TITLE_MARKS, attributes, _title_marks(*attributes))
        if tag not in ("h1", "h2", "h3", "h4") and not marks[0]:
            continue
        if marks[1]:
            continue  # a screen readers' copy ("Tin A - Sở …" in an h2.hide-accessible)
        text = normalize_line(element.text_content())
        if not text or len(text) > 300 or len(text.split()) < 2:
            continue
        headings.append((tag, text, element))
    # A heading that is the <title> or og:title without the site's name, then one that is
    # either of them whole.
    folded_stripped = [fold(m) for m in stripped if m]
    for pool in (folded_stripped, folded_metas):
        for _tag, text, _element in headings:
            folded = fold(text)
            if any(folded == m or (len(folded) > 15 and m.startswith(folded)) for m in pool):
                if not _site_like(text):
                    return text
    # A heading in capitals, after a bracketed kicker ("[Chuyển đổi số] SỞ NỘI VỤ …"), that is
    # the <title> without the site's name: the title, as the <title> writes it.
    for _tag, text, _element in headings:
        head = _KICKER.sub("", text)
        if head.isupper() and len(head) > 15:
            for meta in stripped:
                if meta and fold(meta) == fold(head) and not _site_like(meta):
                    return meta
    for tag, text, element in headings:
        if (
            tag == "h1"
            and not _site_like(text)
            and not _heading_is_template(element, text, template)
        ):
            return text
    if stripped and all(len(m.split()) <= 4 or _site_like(m) for m in stripped):
        # A <title> of a few words that no heading repeats names the kind of page ("Chi tiết
        # tin tức", "In tin tức"), not the article, and a <title> that is only the portal's
        # name does not either: the first headline-long heading does.
        for _tag, text, element in headings:
            if len(text.split()) >= 5 and not _site_like(text):
                if not _heading_is_template(element, text, template):
                    return text
    for candidate in stripped:
        if candidate and not _site_like(candidate):
            shown = _title_part_on_page(tree, candidate)
            if shown is None and not _shown_on_page(tree, candidate):
                # Metadata naming a title the page shows nowhere but in links (the previous
                # article's, left by a cache): the page's own headline-long heading, if any.
                for _tag, text, element in headings:
                    if (
                        len(text.split()) >= 5
                        and not _site_like(text)
                        and not any(True for _ in element.iterancestors("a"))
                        and not element.findall(".//a")
                        and not _heading_is_template(element, text, template)
                    ):
                        return text
            return shown or candidate
    return stripped[0] if stripped else None


def _shown_on_page(tree, text: str) -> bool:
    """Whether the page's body shows ``text`` (folded) other than as a link's (a headline in a
    list of other articles)."""
    body = tree.find("body")
    if body is None:
        return False
    shown = " ".join(body.xpath(".//text()[not(ancestor::a)][not(ancestor::script)]"))
    return fold(text) in fold(normalize_line(shown))


def _heading_is_template(element, text: str, template: PortalTemplate | None) -> bool:
    """The heading is the portal's furniture: its text repeated on many pages where it stands.

    Counted at its own place (the path of its line's block), as :func:`_title_is_template`
    does: the newest articles' headlines are linked from a box on every page ("Tin nổi bật"),
    and counted anywhere an article's own heading would be template on the pages of the very
    articles that box features. A heading that is a link counts as its text alone.
    """
    if template is None or template.is_boilerplate(text) is None:
        return False
    if element.tag == "a" or any(True for _ in element.iterancestors("a")):
        return True
    block = element
    while block is not None and block.tag not in BLOCK_TAGS:
        block = block.getparent()
    if block is None:
        return True
    return template.count(text, path_signature(block)) >= template.threshold


#: A section's name in brackets before a headline ("[Chuyển đổi số] ").
_KICKER = re.compile(r"^\s*[\[(][^\])]{1,40}[\])]\s*")


def _title_part_on_page(tree, title: str) -> str | None:
    """The part of a ``<title>`` made of parts ("Tin tức - Tổ công nghệ số …", a list's name
    before the item's) that the page shows as a line of its own (a SharePoint form's "Tiêu
    đề" cell): the longest such part, or None.

    >>> tree = lxml_html.fromstring("<table><tr><td>Tiêu đề</td><td>Tổ công nghệ số ra mắt</td>"
    ...     "</tr></table>")
    >>> _title_part_on_page(tree, "Tin tức - Tổ công nghệ số ra mắt")
    'Tổ công nghệ số ra mắt'
    """
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return None
    wanted = {fold(p): p for p in parts if len(p.split()) >= 3}
    shown = [
        wanted[folded]
        for element in tree.iter("td", "div", "span", "p", "h1", "h2", "h3", "h4", "strong", "b")
        if (folded := fold(normalize_line(element.text_content()))) in wanted
    ]
    return max(shown, key=len) if shown else None


#: Cheap test of a page's HTML before :func:`is_event_page` reads its tree.
# What an event page's HTML must hold for is_event_page to find it: a cheap test first. Not
# "ical" alone, which "vertical" and "critical" hold (the CSS of half the portals).
EVENT_HINTS = ("ics_view", ".ics", "webcal:", "/ical", "?ical", "&ical", "=ical", "/Event")
_CALENDAR_EXPORT = re.compile(r"(?:\.ics|/ics_view|/ical|[?&]ical\b|[?&]format=ical)", re.I)


def is_event_page(tree, url: str) -> bool:
    """True for the page of one event (a calendar entry), not a news article.

    Told by what the page offers for its own event: its iCalendar export ("Thêm vào lịch":
    ``<page>/ics_view``, ``<page>.ics``, ``webcal:``), or an event's structured data
    (schema.org or data-vocabulary ``Event``) whose ``url`` is the page. A news page with a box
    of coming events beside it links other pages' entries, and is no event page.

    >>> page = lxml_html.fromstring('<div><h1>Hội thảo</h1><a href="/su-kien/hoi-thao/ics_view">'
    ...     'iCal</a></div>')
    >>> is_event_page(page, "http://t.vn/su-kien/hoi-thao")
    True
    >>> is_event_page(page, "http://t.vn/tin-tuc/bai-1"), is_event_page(page, "http://t.vn/su-kien/hoi")
    (False, False)
    """
    own = urlsplit(url).path.rstrip("/")
    if not own:
        return False  # a home page is no event's page
    stem = own.rsplit(".", 1)[0] if "." in own.rsplit("/", 1)[-1] else own
    for link in tree.iter("a", "link"):
        href = link.get("href")
        if not href or not (href.startswith("webcal:") or _CALENDAR_EXPORT.search(href)):
            continue
        target = urlsplit(urljoin(url, "http:" + href[7:] if href.startswith("webcal:") else href))
        path = target.path
        if path.startswith(stem) and path[len(stem) : len(stem) + 1] in ("", "/", "."):
            return True
    for element in tree.xpath("//*[@itemtype]"):
        if not element.get("itemtype", "").rstrip("/").endswith("/Event"):
            continue
        for prop in element.iterdescendants():
            if prop.get("itemprop") == "url" and (prop.get("href") or prop.get("content")):
                target = urljoin(url, prop.get("href") or prop.get("content"))
                if urlsplit(target).path.rstrip("/") == own:
                    return True
    return False


_PLAYER_SOURCE = re.compile(
    r"youtube(?:-nocookie)?\.com/|youtu\.be/|vimeo\.com/|facebook\.com/plugins/video|"
    r"dailymotion\.com/|/embed/|player|\.(?:mp4|m3u8|webm|mp3)(?:[?#]|$)",
    re.IGNORECASE,
)
_MEDIA_TITLE = re.compile(r"^\W*(?:video|clip|anh|photo|infographics?|emagazine|podcast)\b")


def is_media_page(tree, title: str | None = None) -> bool:
    """True for a page whose content is a video, a sound, a photo gallery or an infographic:
    asked only of pages with no article text, to tell such a page (no news text, nothing
    broken) from an empty or broken one.

    Told by a player (``<video>``, ``<audio>``, an embedded video or a player's ``<iframe>``),
    a gallery (six photos or more), a picture over three times as tall as it is wide, or a
    title the portal marks as one ("Video: …", "[Infographic] …", "Ảnh: …").

    >>> page = lxml_html.fromstring('<div><h1>Một ngày ở bộ phận một cửa</h1>'
    ...     '<video src="/media/v1.mp4" controls></video><p>Phóng sự của đài tỉnh.</p></div>')
    >>> is_media_page(page), is_media_page(lxml_html.fromstring("<div><p>Trang trống</p></div>"))
    (True, False)
    >>> is_media_page(lxml_html.fromstring('<div><img src="a.png" width="800" height="4200">'
    ...     '</div>'), "Chỉ số chuyển đổi số của tỉnh")
    True
    """
    if title and _MEDIA_TITLE.match(fold(title)):
        return True
    for element in tree.iter("video", "audio", "iframe", "embed", "source"):
        if element.tag in ("video", "audio"):
            return True
        if _PLAYER_SOURCE.search(element.get("src") or element.get("data-src") or ""):
            return True
    photos = 0
    for image in tree.iter("img"):
        width, height = image.get("width") or "", image.get("height") or ""
        if width.isdigit() and height.isdigit():
            if int(height) > 3 * max(1, int(width)) > 600:
                return True  # an infographic: one tall picture
            if max(int(width), int(height)) < 150:
                continue  # an icon, a logo (a file's type beside its name in a list)
        if image.getparent() is not None and image.getparent().tag in ("figure", "a", "li"):
            photos += 1
    return photos >= 6


def find_canonical(tree, url: str) -> str | None:
    """The page's ``<link rel=canonical>`` or ``og:url``, made absolute, or None."""
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return urljoin(url, link.get("href").strip())
    og = _meta(tree, "og:url")
    return urljoin(url, og) if og else None


# ---------------------------------------------------------------------------------------------
# Boilerplate detection

# Safety net: folded beginnings of short portal-furniture lines (structure catches most first).
_BOILERPLATE_STARTS = (
    "luot xem",
    "so luot xem",
    "luot truy cap",
    "xem voi co chu",
    "co chu",
    "ban in",
    "in bai",
    "in trang",
    "gui email",
    "gui bai viet",
    "gui cho ban be",
    "ve dau trang",
    "ve trang truoc",
    "quay lai",
    "tro ve",
    "chia se",
    "share",
    "tweet",
    "facebook",
    "zalo",
    "thong ke truy cap",
    "tai lieu dinh kem",
    "file dinh kem",
    "tep dinh kem",
    "tep tin dinh kem",
    "van ban dinh kem",
    "dang online",
    "dang truy cap",
    "hom nay:",
    "hom qua:",
    "trong tuan:",
    "trong thang:",
    "tat ca:",
    "tong luot truy cap",
    "tong so luot",
    "ket qua giai quyet",
    "da giai quyet",
    "dang giai quyet",
    "so ho so",
    "tre han",
    "dung han",
    "truoc han",
    "ty le",
    "co quan chu quan",
    "chiu trach nhiem",
    "truong ban bien tap",
    "giay phep",
    "ghi ro nguon",
    "website dang chay thu nghiem",
    "chao mung",
    "responsive image",
    "tu khoa",  # "Từ khóa" / "Từ khóa:" before the tags (alone on its line: ≤ 6 words)
    "tags:",
    "the:",
    "y kien ban doc",
    "gui y kien",
    "binh luan",
    "dang nhap",
    "dang ky",
    "tin lien quan",
    "cac tin khac",
    "tin khac",
    "tin cung chuyen muc",
    "tin cung loai",
    "tin noi bat",
    "tin moi",
    "bai viet lien quan",
    "xem them",
    "doc them",
    "y kien tham do",
    "ban quyen",
    "copyright",
    "dia chi:",
    "dien thoai:",
    "email:",
    "fax:",
    "©",
)
_FOOTER_PHRASES = frozenset(
    (
        "co quan chu quan",
        "chiu trach nhiem",
        "truong ban bien tap",
        "giay phep",
        "ghi ro nguon",
        "website dang chay thu nghiem",
        "ban quyen",
        "copyright",
        "©",
        "dia chi:",
        "dien thoai:",
    )
)
_SITE_LINE = re.compile(
    r"(\b[\w-]+\.gov\.vn\b|\bwww\.[\w-]+\.|https?://|cổng thông tin điện tử|trang thông tin điện tử)",
    re.IGNORECASE,
)
_COUNTER = re.compile(r":\s*[\d.,%]+\s*%?$")
# Headings after which the rest of the article container is related news.
_RELATED_HEADINGS = (
    "tin lien quan",
    "cac tin khac",
    "tin khac",
    "tin cung chuyen muc",
    "tin cung loai",
    "bai viet lien quan",
    "cac bai viet khac",
    "cac tin da dua",
    "tin da dua",
    "xem them",
    "tin moi",
    "tin noi bat",
    "tin bai khac",
    "bai lien quan",
    "cac bai khac",
    "nhung tin moi hon",
    "nhung tin cu hon",
    "tin moi hon",
    "tin cu hon",
    "tin da dang",
    # Reader comments and the comment form follow the article (Drupal's comment section,
    # custom "Ý kiến bạn đọc" boxes): their long sentences are readers', not the article's.
    "y kien ban doc",
    "y kien cua ban doc",
    "binh luan",
    "gui y kien",
    "gui binh luan",
)
_LONGEST_PHRASE = max(len(phrase) for phrase in (*_BOILERPLATE_STARTS, *_RELATED_HEADINGS))
_META_WORDS = re.compile(
    r"(ngày\s+(đăng|xuất\s+bản|cập\s+nhật)|đăng\s+(lúc|ngày)|cập\s+nhật(\s+lúc)?|xuất\s+bản|"
    r"thứ\s+(hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|ngày|tháng|năm|lượt\s+xem|lượt\s+đọc|gmt\s*\+\s*\d+|"
    r"\bsa\b|\bch\b|\bam\b|\bpm\b|lúc|giờ|[|,:\-–()/\s.]|\d+|"
    # the tools beside the date: "Cỡ chữ: A- A A+ | Bản in | Gửi email | Chia sẻ"
    r"(xem\s+với\s+)?cỡ\s+chữ|bản\s+in|in\s+bài(\s+viết)?|gửi\s+(e-?mail|bài)|chia\s+sẻ|"
    r"(?<!\w)a[+-]?(?!\w))",
    re.IGNORECASE,
)
_WORD_CHAR = re.compile(r"\w")
_HAS_DIGIT = re.compile(r"\d")
# A pager line, folded: "trang: 1 2 3", "1 2 3 »", "trang 1 2 xem tiep trang 2 »".
_PAGER_LINE = re.compile(r"^(?:trang\s*:?\s*)?\d{1,3}(?:\s+\d{1,3})+\s*(?:[»›>]|xem tiep.*)?$")
# A date after its label: "Xuất bản 07/01/2021", "Cập nhật lần cuối: Thứ năm, 7/1/2021".
_LABELLED_DATE = re.compile(
    r"(?:xuất\s+bản|ngày\s+đăng|đăng\s+(?:lúc|ngày)|cập\s+nhật(?:\s+lần\s+cuối)?|"
    r"lần\s+sửa\s+cuối|ngày\s+sửa)\s*:?\s*(?:lúc\s*)?"
    r"(?:(?:thứ\s+\w+|chủ\s+nhật)\s*[,\-–]?\s*)?(?:ngày\s+)?\d{1,2}[/.:-]\d{1,2}",
    re.IGNORECASE,
)
_DATED_HEADLINE = re.compile(
    r"(^\(?\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?\)?\s)|(\(\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
    r"(,?\s*\d{1,2}:\d{2})?\s*\)$)|(\s\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$)"
)
_LEAD_PREFIX = re.compile(
    r"^(?:\(\s*[^()]{2,60}\)|\[[^\]]{2,60}\]|(?:CTTĐT|TTĐT|CTTĐTT|TTXVN|[A-ZĐ]{2,8})(?:\s*[A-ZĐ]{2,8})?)"
    r"\s*[-–—:]+\s*"
)
_LEAD_PREFIX_BARE = re.compile(r"^(?:\(\s*[^()]{2,60}\)|\[[^\]]{2,60}\])\s*(?=[A-ZĐ])")


def _leftover_letters() -> str:
    """The letters (both cases) that no alternative of :data:`_META_WORDS` contains, in any
    case: ``_META_WORDS.sub("", line)`` leaves every one of them in place."""
    used = set(_META_WORDS.pattern.lower()) | set(_META_WORDS.pattern.upper())
    candidates = "fjkqrzôốồổỗộêềểễệơớởắằẳẵặầẩẫừựìíỉĩịóòỏõéèẽẹýỳỷỹỵ"
    return "".join(
        c + c.upper() for c in candidates if c not in used and c.upper().lower() not in used
    )


# Four of those letters, anywhere: true of every line of over 20 words on the crawl bench's
# pages, and found in 0.3 µs a line where the date and time regexes take 14 µs.
_FOUR_LEFTOVERS = re.compile("[{0}](?:[^{0}]*[{0}]){{3}}".format(_leftover_letters()))


def _is_meta_line(text: str) -> bool:
    """A line made only of dates, times, labels and view counts ("Thứ Hai, 20/02/2023 08:15").

    >>> _is_meta_line("Thứ năm - 07/01/2021 21:40 Lượt xem: 3.148 Cỡ chữ: A- A A+ | Bản in")
    True
    >>> _is_meta_line("Ngày 7/1/2021, tỉnh ra mắt ứng dụng A")
    False
    >>> _is_meta_line("Thứ Hai, ngày 04 tháng 01 năm 2021 - 09:43 Lượt xem: 2.504 In bài")
    True
    >>> _is_meta_line("Thứ hai - 04/01/2021 12:24 Lượt xem: 1.233Xem với cỡ chữ A- A+")
    True
    >>> _is_meta_line("bởi admin — Xuất bản 07/01/2021 21:40, Lần sửa cuối 07/01/2021 21:40")
    True
    >>> _is_meta_line("Cập nhật lần cuối: Thứ năm, 7/1/2021 - 21:06 | Thứ ba, 5/1/2021 - 08:29 | "
    ...     "Lượt xem: 3019")
    True
    >>> _is_meta_line("Phát sóng: 11h00 ngày 04/01/2021 - Thời sự phát thanh trưa (CVR - FM 96,5 "
    ...     "MHz) Cập nhật: 12:24, 04/01/2021 (GMT+7) 424")
    True
    """
    if _FOUR_LEFTOVERS.search(text):
        # _META_WORDS.sub would leave these four letters at least: not a line of dates and
        # labels alone (most lines of running text, told without the costlier regexes).
        return (
            not text.endswith((".", "!", "?", ";"))
            and len(text.split()) <= _meta_words(text)
            and _LABELLED_DATE.search(text) is not None
            and bool(_DATE_RE.search(text) or _TIME_RE.search(text) or "lượt xem" in text.lower())
        )
    if not (_DATE_RE.search(text) or _TIME_RE.search(text) or "lượt xem" in text.lower()):
        return False
    rest = _META_WORDS.sub("", text)
    if len(rest) <= 3:
        return True
    # A byline line with a labelled date ("bởi admin — Xuất bản 07/01/2021 21:40, Lần sửa cuối
    # …", Plone's): short, no sentence.
    return (
        _LABELLED_DATE.search(text) is not None
        and len(text.split()) <= _meta_words(text)
        and not text.endswith((".", "!", "?", ";"))
    )


# "Tác giả: Đức Long" inside a line of dates and counts, up to the next field.
_META_AUTHOR = re.compile(
    r"(?:tác\s+giả|người\s+viết|bút\s+danh|phóng\s+viên)\s*:\s*(?P<name>[^|:\d]{2,40}?)\s*"
    r"(?=\||\d|lượt\s+(?:xem|đọc)|bản\s+in|cỡ\s+chữ|in\s+bài|gửi\s+e-?mail|$)",
    re.IGNORECASE,
)


def _meta_line_author(text: str) -> str | None:
    """The author a date line names among its fields, if the rest is dates and counts.

    >>> _meta_line_author("Thứ tư - 06/01/2021 05:37 Tác giả: Đức Long Lượt xem: 1.814")
    'Đức Long'
    >>> _meta_line_author("Ngày đăng: 04/01/2021 07:41 | Tác giả: Quốc Bảo | Lượt xem: 1.469")
    'Quốc Bảo'
    >>> _meta_line_author("Thứ Ba, 05/01/2021, 01:23 (GMT+7) Tác giả: Minh Châu 2.798")
    'Minh Châu'
    >>> _meta_line_author("Văn Tùng | 22:41, 06/01/2021")
    'Văn Tùng'
    >>> _meta_line_author("Tác giả: Đức Long") is None  # a byline alone (read as one)
    True
    """
    match = _META_AUTHOR.search(text)
    if match is None:
        # "Văn Tùng | 22:41, 06/01/2021": the name as the first or last of the line's fields.
        fields = [field.strip() for field in text.split("|")]
        if len(fields) < 2:
            return None
        for name, rest in ((fields[0], fields[1:]), (fields[-1], fields[:-1])):
            if looks_like_name(name) and _is_meta_line(" | ".join(rest)):
                return author_name(name)
        return None
    rest = (text[: match.start()] + " " + text[match.end() :]).strip()
    if not rest or not _is_meta_line(rest):
        return None
    name = match["name"].strip(" -–,.")
    return name if looks_like_name(name) else None


def _meta_words(text: str) -> int:
    """Most words a line of dates and labels has: 20, or 30 with two dates (a broadcaster's
    "Phát sóng: 11h00 ngày 04/01/2021 - Thời sự trưa (…) Cập nhật: 12:24, 04/01/2021")."""
    return 30 if len(_DATE_RE.findall(text)) >= 2 else 20


def _starts_with_phrase(text: str, phrases: tuple[str, ...]) -> str | None:
    folded = _folded_head(text).lstrip("-•*>»·|[( ")
    if not folded.startswith(phrases):
        return None  # most lines: one test in C instead of one per phrase
    for phrase in phrases:
        if folded.startswith(phrase):
            return phrase
    return None


_HEAD_CHARS = 80  # of a line, enough to read which phrase it starts with


# fold() of the page lines the cleaner compares with the title: mostly the portal's template
# lines before the article, the same on every page (measured: _candidates a fifth faster).
# Emptied when full; lines longer than _FOLD_MEMO_CHARS are folded each time.
_FOLD_MEMO: dict[str, str] = {}
_FOLD_MEMO_SIZE = 8192
_FOLD_MEMO_CHARS = 400


def _fold_line(text: str) -> str:
    """``fold(text)``, memoised for lines of the portal's template."""
    folded = _FOLD_MEMO.get(text)
    if folded is None:
        folded = fold(text)
        if len(text) <= _FOLD_MEMO_CHARS:
            if len(_FOLD_MEMO) >= _FOLD_MEMO_SIZE:
                _FOLD_MEMO.clear()
            _FOLD_MEMO[text] = folded
    return folded


def _may_be_pager(text: str) -> bool:
    """Whether ``fold(text)`` may match :data:`_PAGER_LINE`: it starts with a digit or "trang"
    (the last line is most often a paragraph: folding all of it measured at 1 % of extracting).

    >>> _may_be_pager("Trang: 1 2 3"), _may_be_pager("2 3 »"), _may_be_pager("Tin khác")
    (True, True, False)
    """
    head = _fold_head(text, 8)
    return len(head) < 5 or head[0].isdigit() or head.startswith("trang")


def _fold_head(text: str, chars: int) -> str:
    """A beginning of ``fold(text)``: all of it, or at least the fold of ``text[:chars]``.

    ``fold`` maps each character on its own (``str.lower`` looks at the next ones only for a
    capital sigma), so folding the first characters gives the beginning of the folded line.
    """
    if len(text) <= chars or "Σ" in text:
        return fold(text)
    return fold(text[:chars])


def _folded_head(text: str) -> str:
    """``fold(text)``, or a beginning of it long enough for :func:`_starts_with_phrase` (the
    start of a paragraph: measured 3.5x faster than folding all of it, on the crawl bench)."""
    if len(text) <= _HEAD_CHARS or "Σ" in text:
        return fold(text)
    head = fold(text[:_HEAD_CHARS])
    if len(head.lstrip("-•*>»·|[( ")) <= _LONGEST_PHRASE:
        return fold(text)  # too little left to read a phrase from
    return head


_ALIGN_CLASSES = tuple(
    (value, re.compile(rf"(^|[\s_-])(text-{value}|align-?{value}|{value})($|[\s_-])"))
    for value in ("right", "center")
)


def _alignment(element) -> str | None:
    """'right' / 'center' when the line's block (or a near ancestor) is aligned so."""
    node = element
    for _ in range(4):  # the line's block and its three nearest ancestors
        if node is None:
            break
        attributes = (node.get("align"), node.get("style"), node.get("class"))
        if attributes != (None, None, None):
            value = _ALIGN_MEMO.get(attributes, False)
            if value is False:
                value = _memo_put(_ALIGN_MEMO, attributes, _aligned(*attributes))
            if value:
                return value
        node = node.getparent()
    return None


def _aligned(align: str | None, style: str | None, css: str | None) -> str | None:
    """'right' / 'center' when these attributes of one element align it so."""
    align = (align or "").lower()
    style = (style or "").replace(" ", "").lower()
    css = (css or "").lower()
    for value, pattern in _ALIGN_CLASSES:
        if align == value or f"text-align:{value}" in style:
            return value
        if pattern.search(css):
            return value
    return None


# What the layout tests read from an element's attributes, memoised by the attributes' values:
# a portal's templates repeat a few hundred class names, ids and styles on every page, and
# testing them with the regexes each time measured at half of _in_caption's and _alignment's
# time. Each memo is emptied when it reaches _MEMO_SIZE entries.
_ALIGN_MEMO: dict[tuple[str | None, str | None, str | None], str | None] = {}
_CAPTION_MEMO: dict[tuple[str | None, str | None], bool] = {}
_MEMO_SIZE = 4096


def _memo_put(memo: dict, key, value):
    """Store ``value`` under ``key`` in a bounded memo (emptied when full); return it."""
    if len(memo) >= _MEMO_SIZE:
        memo.clear()
    memo[key] = value
    return value


# Words joined by "-", "_" or nothing, as class names write them ("image_desc", "chu-thich").
_CAPTION_CLASS = re.compile(
    r"caption|chu[-_]?thich|(?:image|img|photo|pic)[-_]?(?:desc|note|text)|anh[-_]?mo[-_]?ta|"
    r"figure[-_]?text|expnote|fig[-_]?cap|(?:gallery|slide|swiper|carousel|album)[-_]*"
    r"(?:cap|text|desc)(?![a-z])",
    re.IGNORECASE,
)


_HIDES = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _hidden_label(element, text: str) -> bool:
    """The line is hidden by an inline style or the ``hidden`` attribute of an element that
    holds nothing else (a short label; a long hidden text, a collapsed rest of the body that
    the reader opens, is another matter: callers ask for short lines only).

    >>> tree = lxml_html.fromstring('<div><div style="display:none">Chú thích ảnh</div>'
    ...     '<div>Quang cảnh hội nghị</div></div>')
    >>> [_hidden_label(child, child.text) for child in tree]
    [True, False]
    """
    node = element
    for level in range(3):
        if node is None or not isinstance(node.tag, str):
            return False
        if node.get("hidden") is not None or _HIDES.search(node.get("style") or ""):
            # (Its text measured only then: most lines have no hidden element around them.)
            return level == 0 or normalize_line(node.text_content()) == text
        node = node.getparent()
    return False


def _closing_author(line: _Line) -> str | None:
    """The author's name, if the line closing a text is one: a name, or a short bold or
    right-aligned line that is no sentence ("Phương An", "BTV Thu Hà")."""
    text = line.text
    if _HAS_DIGIT.search(text):  # "Trang: 1 2 3", an article's own pager
        return None
    strong = line.block.bold or _alignment(line.block.element) == "right"
    if looks_like_name(text) or (
        strong and len(text.split()) <= 6 and not text.endswith((".", ":", "?", "!"))
    ):
        return author_name(text)
    return None


def _captions_a_table(caption) -> bool:
    """The ``<caption>`` or ``<figcaption>`` is a table's, with no picture beside it."""
    holder = caption.getparent()
    if holder is None or holder.tag not in ("table", "figure"):
        return False
    if any(True for _ in holder.iter("img", "picture", "video", "iframe")):
        return False
    return holder.tag == "table" or any(True for _ in holder.iter("table"))


def _in_caption(element) -> bool:
    """The line's block or one of its four nearest ancestors is a caption (tag, class or id)."""
    node = element
    for _ in range(5):
        if node is None:
            break
        if node.tag in ("figcaption", "caption"):
            # A table's own caption ("Bảng: Kết quả thực hiện …", Gutenberg's table block
            # captioned like its images) is a line of the text, not a photo's caption.
            return not _captions_a_table(node)
        attributes = (node.get("class"), node.get("id"))
        if attributes != (None, None):
            marked = _CAPTION_MEMO.get(attributes)
            if marked is None:
                marker = (attributes[0] or "") + " " + (attributes[1] or "")
                marked = _memo_put(_CAPTION_MEMO, attributes, bool(_CAPTION_CLASS.search(marker)))
            if marked:
                return True
        node = node.getparent()
    return False


def _names_its_image(element, text: str) -> bool:
    """The line repeats the alt text of the image in its block or just before it: the photo's
    caption, whatever the markup (a <span> under an <img> in hashed-class <div>s).

    >>> tree = lxml_html.fromstring('<div><img alt="Hội nghị trực tuyến"><span>Hội nghị '
    ...     'trực tuyến</span></div>')
    >>> _names_its_image(tree, "Hội nghị trực tuyến")
    True
    """
    if len(text) < 8:
        return False
    previous = element.getprevious()
    images = [*element.iterfind(".//img")] if len(element) <= 12 else []
    if previous is not None and isinstance(previous.tag, str):
        images += [previous] if previous.tag == "img" else previous.findall(".//img")
    folded = fold(text)
    return any(fold(normalize_line(img.get("alt") or "")) == folded for img in images)


def _italic_after_image(element, text: str) -> bool:
    """The line is an italic run right after a photo in its element: ``<img><br><i>…</i>``.

    Bodies written with line breaks and no paragraphs put a photo's caption on the line under
    it, in italics, neither centred nor in an element of its own.
    """
    if element.find(".//img") is None:
        return False
    for node in element.iter("i", "em"):
        if normalize_line(node.text_content()) != text:
            continue
        previous = node.getprevious()
        while previous is not None and previous.tag == "br" and not (previous.tail or "").strip():
            previous = previous.getprevious()
        if previous is None or (previous.tail or "").strip():
            continue
        if previous.tag == "img" or (previous.tag == "a" and previous.find(".//img") is not None):
            return True
    return False


def _near_form_controls(element) -> bool:
    """A line in a small box holding radio buttons, check boxes or a text field (polls, search)."""
    # A box's text is measured only once a control is found in it (measuring every box's text
    # first: 1.1 % of parsing, observing and extracting a bench article). An ancestor's text
    # is at least as long as its descendant's: above a box over 600 characters none is small.
    node = element
    for _ in range(3):
        if node is None:
            break
        for control in node.iter("input", "select", "textarea"):
            if (control.get("type") or "text").lower() in ("radio", "checkbox", "text", "search"):
                return len(node.text_content()) <= 600
        node = node.getparent()
    return False


def _near_image(element) -> bool:
    """An image in the line's block, or just before it at one of its small ancestors (a caption
    row under an image row, a caption paragraph after an image paragraph)."""
    if element.find(".//img") is not None:
        return True
    node = element
    for _ in range(4):
        previous = node.getprevious()
        if previous is not None and isinstance(previous.tag, str):
            return previous.tag == "img" or previous.find(".//img") is not None
        parent = node.getparent()
        if parent is None or len(parent.text_content()) > 400:
            return False
        node = parent
    return False


# ---------------------------------------------------------------------------------------------
# Mapping trafilatura's lines back onto the page

_XML_TAGS = {
    "head": "h3",
    "item": "li",
    "list": "ul",
    "cell": "td",
    "row": "tr",
    "quote": "blockquote",
    "lb": "br",
    "code": "pre",
    "main": "div",
    "doc": "div",
    "comments": "div",
}


def _trafilatura_lines(tree, url: str, favor_precision: bool) -> list[str]:
    """trafilatura's main text as lines.

    ``bare_extraction`` with the "python" format hands back trafilatura's output tree directly:
    ``extract(output_format="xml")`` serialises it and computes a simhash fingerprint we do not
    use, which measured at ~40 % of trafilatura's time per page here.
    """
    options = Extractor(
        output_format="python",
        precision=favor_precision,
        comments=False,
        tables=True,
        images=False,
        url=url,
    )
    document = trafilatura.bare_extraction(copy.deepcopy(tree), options=options, as_dict=False)
    root = getattr(document, "body", None)
    if root is None:
        return []
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in _XML_TAGS:
            element.tag = _XML_TAGS[element.tag]
    return [block.text for block in iter_blocks(root, paths=False)]  # texts only: no paths


def _match_lines(blocks: list[Block], lines: list[str]) -> list[int]:
    """Indices of ``blocks`` that trafilatura kept, found in order."""
    by_text: dict[str, list[int]] = {}
    for block in blocks:
        by_text.setdefault(block.text, []).append(block.index)
    matched: list[int] = []
    last = -1
    for line in lines:
        candidates = by_text.get(line)
        if not candidates:
            continue
        after = [i for i in candidates if i > last]
        # Prefer the next occurrence after the previous match (the text flows in order).
        index = after[0] if after else candidates[-1]
        if after:
            last = index
        matched.append(index)
    return sorted(set(matched))


def _container(blocks: list[Block], matched: list[int]):
    """The smallest element holding ≥ 85 % of trafilatura's matched text."""
    weights: dict[object, int] = {}
    total = 0
    for index in matched:
        block = blocks[index]
        size = len(block.text)
        total += size
        for node in [block.element, *block.element.iterancestors()]:
            weights[node] = weights.get(node, 0) + size
    if not total:
        return None
    best = None
    best_depth = -1
    for node, weight in weights.items():
        if weight >= 0.85 * total:
            depth = sum(1 for _ in node.iterancestors())
            if depth > best_depth:
                best, best_depth = node, depth
    if best is not None and best.tag == "p" and best.getparent() is not None:
        # One paragraph element holding most of the text (a paste from a PDF: the whole text
        # in one <p> of <br>-broken lines after a photo closed the first): an article is more
        # than one paragraph; its container is the paragraph's.
        best = best.getparent()
    return best


def _inside(element, container) -> bool:
    if element is container:
        return True
    return any(node is container for node in element.iterancestors())


# ---------------------------------------------------------------------------------------------
# The cleaner


@dataclass
class _Line:
    block: Block
    text: str
    kept_by_trafilatura: bool
    # Why the template would drop this line, for a byline-shaped line held back until the
    # closing lines are read (see :func:`_held_byline`); None for the page's own lines.
    template_reason: str | None = None
    # Held back as the template's inside the text's own element: the page's own when a line of
    # the text follows it there (a stock sentence several articles share).
    in_text: bool = False


# A byline on up to this share of a portal's pages is a prolific reporter, not furniture.
_BYLINE_SHARE = 0.6


_MOTTO = re.compile(
    r"^(?:doc lap\s*-\s*tu do\s*-\s*hanh phuc|cong hoa xa hoi chu nghia viet nam)\b"
)
_DOCUMENT_NUMBER_LINE = re.compile(r"^(?:Số|So)\s*:\s*\d+[\w/.-]*/[\w/.-]+\s*$")
_PLACE_DATE = re.compile(r"^[^,\d]{2,40}, ngày \d{1,2} tháng \d{1,2} năm \d{4}\.?$")
_SIGNATURE = re.compile(r"^(?:nơi nhận\s*:|tm\.|kt\.|tl\.|q\.\s|\(đã ký\))", re.IGNORECASE)


def _document_form(text: str, words: int, after_text: bool) -> str | None:
    """What a line of an official document's form is ("document heading", "document number",
    "signature", ...), or None for the document's text.

    >>> _document_form("ỦY BAN NHÂN DÂN", 4, False), _document_form("Số: 384/TB-UBND", 2, False)
    ('document heading', 'document number')
    >>> _document_form("Nơi nhận:", 2, True), _document_form("Khe Trúc, ngày 03 tháng 01 năm 2021", 8, True)
    ('signature', 'place and date')
    >>> _document_form("Căn cứ Quyết định số 562/QĐ-UBND ngày 25/12/2019.", 7, False) is None
    True
    """
    if words <= 10 and _MOTTO.match(fold(text)):
        return "national motto"
    if words <= 6 and _DOCUMENT_NUMBER_LINE.match(text):
        return "document number"
    if words <= 12 and _PLACE_DATE.match(text):
        return "place and date"
    if after_text and words <= 12 and _SIGNATURE.match(text):
        return "signature"
    if not after_text and words <= 10 and text.isupper():
        return "document heading"  # the issuing body, the document's kind ("THÔNG BÁO")
    return None


def _text_goes_on(later, held) -> bool:
    """A line of the text after a held line stands in its element, or in its container (as a
    paragraph, or as an item of a list there: "Các nhiệm vụ trọng tâm gồm:" then its items)."""
    if later is held:
        return True
    container = held.getparent()
    if container is None:
        return False
    for _ in range(3):
        later = later.getparent()
        if later is None:
            return False
        if later is container:
            return True
    return False


_FOOTNOTE = re.compile(r"^\(\*+\)\s*\S")
# A numbered footnote under the text ("[1] Số liệu do …", Word's footnotes).
_NOTE = re.compile(r"^\[\d{1,3}\]\s*\S")


def _cited_note(text: str, body: list[_Line]) -> bool:
    """The line is a numbered footnote ("[1] …") whose mark the text before it cites."""
    if not _NOTE.match(text):
        return False
    mark = text[: text.index("]") + 1]
    return any(mark in line.text for line in body if not line.text.startswith(mark))


def _opens_its_element(block: Block, text: str, rest: list[_Line]) -> bool:
    """A stock sentence first in an element whose further lines follow (a body written as
    one element of ``<br>``-broken lines opening with "Căn cứ Quyết định số …"): held, as the
    text's if a line of the text follows it there."""
    return (
        block.words >= 8
        and not _is_meta_line(text)
        and any(line.block.element is block.element for line in rest)
    )


def _has_media_or_links(element) -> bool:
    """The element holds a link, a picture or an embed (a banner under its "Quảng cáo"); an
    anchor without an address (Word's bookmark ``<a name="_Toc264611"></a>``) is no link."""
    return any(
        node.tag != "a" or node.get("href") is not None
        for node in element.iter("a", "img", "iframe", "video", "object", "embed")
    )


def _in_text_place(block: Block, body: list[_Line]) -> bool:
    """A line the template calls boilerplate stands where the text does: in the element of
    the text's last line, or as a paragraph of the container holding the text's paragraphs
    after a line of the text there, and is no list of links.

    Bodies share stock lines among a department's articles ("Trong đó:", "3. Giải pháp
    trong thời gian tới", "Hội nghị được tổ chức theo hình thức trực tuyến."): on enough
    pages to be template by count, at the place every body's lines stand.
    """
    element = block.element
    last = body[-1].block.element
    if last is element:
        return any(earlier.block.element is element and _own(earlier) for earlier in body)
    if block.link_density >= 0.5 or not _text_goes_on(last, element):
        return False  # (the text's last line a paragraph of the container or an item in it)
    if _has_media_or_links(element) or _starts_with_phrase(block.text, _BOILERPLATE_STARTS):
        return False  # an advertisement's label over its banner, a share row
    parent = element.getparent()
    return any(_own(earlier) and earlier.block.element.getparent() is parent for earlier in body)


def _own(line: _Line) -> bool:
    """The line is the page's own, not one held back as the template's."""
    return line.template_reason is None


def _held_byline(text: str, block: Block, template: PortalTemplate) -> bool:
    """A line the template calls boilerplate that may still be this article's byline.

    A portal's reporters sign many of its articles: "Minh Châu" under one article in ten is
    template by count (same text, same place, on ≥ 10 % of pages) but is the author of each.
    Such a line (a name, "name (agency)" or "Theo …") is held back, not dropped, unless it is
    on most pages (then it is the portal's own furniture); the closing-lines step takes it as
    the author or source when it closes the body, and drops it otherwise.
    """
    if not (
        looks_like_name(text)
        or split_agency(text)
        or parse_theo_source(text)
        or (len(text.split()) <= 6 and _marked_author(block.element))
    ):
        return False
    if block.link_density >= 0.6 and _links_in(block.element) >= 2:
        return False  # a row of links: "Facebook Zalo" share buttons, not a name
    return template.share(text, block.path) < _BYLINE_SHARE


def _inactive_tab_panes(candidates: list[_Line]) -> set:
    """The page's tab panes not shown (Bootstrap's ``tab-pane`` without ``active``)."""
    if not candidates:
        return set()
    root = candidates[0].block.element.getroottree()
    return {
        pane
        for pane in root.xpath("//*[contains(concat(' ', @class, ' '), ' tab-pane ')]")
        if "active" not in (pane.get("class") or "").split()
    }


def _inside(element, ancestors: set) -> bool:
    node = element
    while node is not None:
        if node in ancestors:
            return True
        node = node.getparent()
    return False


def _only_toggles(element) -> bool:
    """Every link of the line shows a part of the same page (an accordion's question, a
    footnote's mark): the line is no link to another page."""
    links = list(element.iter("a"))
    return bool(links) and all(_opens_on_the_page(link) for link in links)


def _opens_on_the_page(element) -> bool:
    """The line is a control that shows a part of the same page (``data-toggle="collapse"``,
    ``href="#rest"``, ``aria-controls``), not a link or a heading.

    >>> _opens_on_the_page(lxml_html.fromstring('<p><a href="#xemthem-5" data-toggle="collapse">'
    ...     'Xem thêm</a></p>'))
    True
    """
    nodes = [element, *element.iter("a", "button")]
    for node in nodes:
        href = (node.get("href") or "").strip()
        if node.get("data-toggle") or node.get("data-bs-toggle") or node.get("aria-controls"):
            return True
        if href.startswith("#") and len(href) > 1:
            return True
    return False


_AUTHOR_MARK = re.compile(r"author|byline|tac[-_]?gia|nguoi[-_]?viet|but[-_]?danh", re.IGNORECASE)


def _marked_author(element) -> bool:
    """The element, or one inside it, is marked as the byline by its class or id
    (``<div class="news-author"><strong class="author">Văn phòng Sở</strong></div>``): a
    signature that is no person's name ("Văn phòng Sở", "Ban Biên tập") but signs the text.

    >>> _marked_author(lxml_html.fromstring('<div class="news-author"><b>Văn phòng Sở</b></div>'))
    True
    """
    for node in element.iter():
        if not isinstance(node.tag, str):
            continue
        marker = f"{node.get('class') or ''} {node.get('id') or ''}"
        if marker != " " and _AUTHOR_MARK.search(marker):
            return True
    return False


def _links_in(element, enough: int = 2) -> int:
    """How many links the element holds, counted up to ``enough``."""
    count = 0
    for _ in element.iter("a"):
        count += 1
        if count >= enough:
            break
    return count


def extract_article(
    html: str | bytes | ParsedPage,
    url: str,
    template: PortalTemplate | None = None,
    *,
    favor_precision: bool = False,
) -> ArticleContent:
    """Extract the article of a portal page: title, clean body, dates, byline, source, captions.

    ``template`` is the portal's learnt :class:`~dtcrawl.template.PortalTemplate` (optional but
    much better: it knows the portal's own furniture). ``html`` may be a page already parsed
    by :func:`parse_page`.

    >>> page = ("<html><head><title>Số hóa hồ sơ - Cổng TTĐT</title></head><body>"
    ...         "<h1>Số hóa hồ sơ</h1><p>Thứ Hai, 20/02/2023 08:15</p>"
    ...         "<div class='content'><p>CTTĐT - Tỉnh đã số hóa phần lớn hồ sơ thủ tục hành chính"
    ...         " trong năm qua, giúp người dân tiết kiệm thời gian đi lại.</p>"
    ...         "<p>Các sở, ngành tiếp tục rà soát dữ liệu để kết nối với Cổng Dịch vụ công"
    ...         " quốc gia trong quý tới.</p><p><b>Minh Châu</b></p></div></body></html>")
    >>> article = extract_article(page, "http://lamgiang.example/tin/1")
    >>> article.title, article.published_at, article.author
    ('Số hóa hồ sơ', '2023-02-20T08:15:00+07:00', 'Minh Châu')
    >>> article.body.split("\\n\\n")[0][:25]
    'Tỉnh đã số hóa phần lớn h'
    """
    page = html if isinstance(html, ParsedPage) else parse_page(html)
    return extract_with_matched(
        page, url, template, trafilatura_matched(page, url, favor_precision)
    )


def trafilatura_matched(page: ParsedPage, url: str, favor_precision: bool = False) -> list[int]:
    """Indices of the page's blocks that trafilatura keeps as the main text (in order).

    This is the costly part of :func:`extract_article` (trafilatura's whole extraction); the
    rest is :func:`extract_with_matched`. :mod:`dtcrawl.layout` learns to predict it.

    >>> page = parse_page("<html><body><ul><li><a href='/'>Trang chủ</a></li></ul><article>"
    ...                   "<p>" + "Tỉnh số hóa hồ sơ hành chính cho người dân. " * 8 + "</p>"
    ...                   "</article></body></html>")
    >>> trafilatura_matched(page, "http://lamgiang.example/tin/1")
    [1]
    """
    return _match_lines(page.blocks, _trafilatura_lines(page.tree, url, favor_precision))


def extract_with_matched(
    page: ParsedPage, url: str, template: PortalTemplate | None, matched: list[int]
) -> ArticleContent:
    """:func:`extract_article` of a parsed page, given the blocks trafilatura kept
    (:func:`trafilatura_matched`, or a prediction of it by :mod:`dtcrawl.layout`).

    The same ``matched`` always gives the same article: this is all of the cleaner but
    trafilatura.
    """
    blocks = page.blocks
    if not matched:
        # trafilatura found nothing (a very short notice, an odd layout): fall back to the
        # page's lines of running text, whose container is then taken as the article's.
        return _extract_from(page, url, template, [b.index for b in blocks if _paragraph_like(b)])
    result = _extract_from(page, url, template, matched)
    if result.is_article() or result.listing_like:
        return result
    # trafilatura kept the footer of an old table layout and not the article beside it: the
    # page's running text the portal's template does not repeat (no footer, no widget) is asked
    # too, and kept if it makes an article.
    running = [
        block.index
        for block in blocks
        if _paragraph_like(block)
        and (template is None or not template.is_boilerplate(block.text, block.path))
    ]
    if set(running) - set(matched):
        second = _extract_from(page, url, template, running)
        if second.is_article():
            return second
    return result


def _extract_from(
    page: ParsedPage, url: str, template: PortalTemplate | None, matched: list[int]
) -> ArticleContent:
    tree, blocks = page.tree, page.blocks
    title = find_title(tree, template)
    if matched and (
        title is None or _site_like(title) or _title_is_template(title, blocks, template)
    ):
        first_text = next((i for i in matched if _paragraph_like(blocks[i])), matched[0])
        title = _heading_before(blocks, first_text, template) or title
    canonical = find_canonical(tree, url)
    dates = find_dates(tree, title)
    result = ArticleContent(
        title=title,
        body="",
        published_at=to_iso(dates.published),
        modified_at=to_iso(dates.modified),
        canonical_url=canonical,
        date_guessed=dates.how == "htmldate",
    )
    candidates, outside = _candidates(blocks, matched, title)
    candidates = _table_rows(candidates, template)
    result.dropped.extend(DroppedLine(b.text, "outside the article's container") for b in outside)
    _clean(candidates, result, template, title, url, page.tabbed)
    # One line (find_legal_refs collapses whitespace runs): line breaks as single spaces make
    # the tidy body a tidy line, which normalize_line returns as it is (measured on the crawl
    # bench's bodies: find_legal_refs 85 -> 45 us; the same references whatever the body).
    result.legal_refs = find_legal_refs(result.body.replace("\n\n", " ").replace("\n", " "))
    return result


def _site_like(title: str) -> bool:
    """The text names a website (a portal's name), not an article.

    >>> _site_like("Cổng TTĐT tỉnh Lam Giang"), _site_like("Trang chủ - laigiang.gov.vn")
    (True, True)
    >>> _site_like("Sở Tài chính nâng cấp cổng thông tin điện tử")
    False
    """
    folded = _LEADING_MARKS.sub("", fold(title))  # "..:: Cổng thông tin …"
    return folded.startswith(_SITE_WORDS) or any(mark in folded for mark in _SITE_MARKS)


def _is_template(text: str, template: PortalTemplate | None) -> bool:
    return template is not None and template.is_boilerplate(text) is not None


def _title_is_template(title: str, blocks: list[Block], template: PortalTemplate | None) -> bool:
    """The title found is the portal's furniture (a constant heading), not this page's own.

    A featured article's headline is linked from a box on every page ("Tin nổi bật"), so by
    count its words are template; where the page states them as its own title (a line that is
    not a link) only the count at that place decides.
    """
    if template is None or template.is_boilerplate(title) is None:
        return False
    for block in blocks:
        if block.text == title and block.link_density < 0.5:
            return template.count(title, block.path) >= template.threshold
    # The page may state it in capitals after a section's name ("[Chuyển đổi số] TIN A"), the
    # title having been taken from the <title> (find_title).
    folded = fold(title)
    for block in blocks:
        if (
            0 < len(block.text) - len(title) <= 45
            and block.link_density < 0.5
            and fold(_KICKER.sub("", block.text)) == folded
        ):
            return template.count(block.text, block.path) >= template.threshold
    return True


def _heading_before(blocks: list[Block], first: int, template: PortalTemplate | None) -> str | None:
    """A heading-like line at or just before the start of the main text: the title when the
    page's <title> and og:title only name the site."""
    for index in range(first, max(-1, first - 12), -1):
        block = blocks[index]
        words = block.words
        tag = block.element.tag if isinstance(block.element.tag, str) else ""
        heading = tag in ("h1", "h2", "h3", "h4") or block.bold or _title_marked(block)
        if (
            heading
            and 3 <= words <= 40
            and block.link_density < 0.5
            # A bold lead is a sentence; a headline does not end with a full stop.
            and not (block.text.endswith((".", ";")) and not block.text.endswith("..."))
            and not _is_meta_line(block.text)
            and not _site_like(block.text)
            and not _is_template(block.text, template)
        ):
            return block.text
    return None


_TITLE_MARK = re.compile(r"title|tieu-?de|tieude|headline", re.IGNORECASE)


def _title_marked(block: Block) -> bool:
    """The line is the text of an element whose class or id names it a title."""
    for node in block.element.iter():
        if not isinstance(node.tag, str):
            continue
        marker = (node.get("class") or "") + " " + (node.get("id") or "")
        if _TITLE_MARK.search(marker) and normalize_line(node.text_content()) == block.text:
            return True
    return False


def normalize_html(html: str) -> str:
    """NFC of a page already decoded to text (windows-1258 decoding leaves combining marks)."""
    import unicodedata

    return unicodedata.normalize("NFC", html)


def _candidates(
    blocks: list[Block], matched: list[int], title: str | None
) -> tuple[list[_Line], list[Block]]:
    """trafilatura's lines in the article's container, plus what it dropped around and between
    them there; and trafilatura's lines found outside that container (sidebars it took in)."""
    if not matched:
        return [], []
    container = _container(blocks, matched)
    members = set(container.iter()) if container is not None else None

    def inside(index: int) -> bool:
        return members is None or blocks[index].element in members

    core = [i for i in matched if inside(i)] or matched
    outside = [blocks[i] for i in matched if not inside(i)]
    matched_set = set(core)
    first, last = core[0], core[-1]
    # Where the title stands: the lead starts after it.
    title_index = None
    if title:
        folded_title = fold(title)
        for block in blocks[: first + 1]:
            if _fold_line(block.text) == folded_title:
                title_index = block.index
        # A title inside trafilatura's text: what comes before it is not the article.
        for index in core[: max(1, len(core) // 3)]:
            if _fold_line(blocks[index].text) == folded_title:
                title_index = index
                first = min(i for i in core if i > index) if index < last else last
                break
    start = first
    extra: set[int] = set()
    # Reach back to just after the title for a lead trafilatura left out (up to 8 lines):
    # lines in the same container, and paragraph-like lines between the title and the text.
    floor = title_index + 1 if title_index is not None and title_index < first else first
    for index in range(first - 1, max(floor, first - 8) - 1, -1):
        if inside(index):
            start = index
        elif title_index is not None and (
            _paragraph_like(blocks[index])
            or _labelled_byline(blocks[index].text)
            or (":" in blocks[index].text and _meta_line_author(blocks[index].text))
            or _in_caption(blocks[index].element)  # a photo's caption between lead and text
        ):
            start = index
            extra.add(index)
    # Closing lines after the text: the container's, and bylines standing just outside it.
    end = anchor = last
    for index in range(last + 1, len(blocks)):
        if index <= end:
            continue  # the value of a label taken with it
        text = blocks[index].text
        running = inside(index) and _paragraph_like(blocks[index])
        if index >= anchor + 7:
            # Past six lines, only the container's running text goes on (trafilatura kept the
            # title and date of an old table layout, and not the <br>-broken lines under them);
            # the closing lines are counted from its last paragraph.
            if not running:
                break
            end = anchor = index
            continue
        if inside(index):
            end = index
            anchor = index if running else anchor
        elif _labelled_byline(text) or (
            # (within three lines of the container's last running text: its footnotes too)
            index <= anchor + 3 and (looks_like_name(text) or parse_theo_source(text))
        ):
            end = index
            extra.add(index)
        elif is_bare_label(text):
            if index + 1 < len(blocks) and parse_split_byline(text, blocks[index + 1].text):
                # "Nguồn" and its value in two blocks (a CMS field's label and item).
                end = index + 1
                extra.update((index, index + 1))
            # else an empty field ("Tác giả" with no name): the next field may have one
        else:
            break
    chosen = [
        _Line(block, block.text, block.index in matched_set)
        for block in blocks[start : end + 1]
        if block.index in matched_set or inside(block.index) or block.index in extra
    ]
    return chosen, outside


_CELL_TAGS = frozenset(("td", "th"))


def _cell_row(element):
    """The ``<tr>`` whose cell holds ``element`` (the cell itself, or a paragraph in it)."""
    for _ in range(3):
        if element is None:
            return None
        if element.tag in _CELL_TAGS:
            row = element.getparent()
            return row if row is not None and row.tag == "tr" else None
        element = element.getparent()
    return None


def _row_cells(row) -> list[str]:
    return [normalize_line(cell.text_content()) for cell in row if cell.tag in _CELL_TAGS]


def is_data_table(table) -> bool:
    """A table of figures in an article ("Chỉ tiêu | Năm 2023 | Năm 2024"), not a layout table,
    a photo with its caption, or a box of linked titles.

    Its rows have two cells or more, every cell is short, most rows below the first hold a
    figure, and it holds no picture, no table and few links.

    >>> table = lxml_html.fromstring("<table><tr><th>Chỉ tiêu</th><th>2024</th></tr>"
    ...     "<tr><td>Hồ sơ trực tuyến</td><td>12.500</td></tr></table>")
    >>> is_data_table(table)
    True
    >>> is_data_table(lxml_html.fromstring("<table><tr><td><img src='a.jpg'></td></tr>"
    ...     "<tr><td>Ảnh: Lãnh đạo tỉnh dự hội nghị</td></tr></table>"))
    False
    """
    if table.find(".//table") is not None or table.find(".//img") is not None:
        return False
    rows = [_row_cells(row) for row in table.iter("tr")]
    if len(rows) < 2 or sum(1 for cells in rows if len(cells) >= 2) < 0.8 * len(rows):
        return False
    texts = [text for cells in rows for text in cells]
    if max((text.count(" ") + 1 for text in texts), default=0) > 30:
        return False
    linked = sum(len(link.text_content()) for link in table.iter("a"))
    if linked > 0.3 * max(1, sum(map(len, texts))):
        return False
    figures = sum(1 for cells in rows[1:] if any(_HAS_DIGIT.search(text) for text in cells))
    return figures * 2 >= len(rows) - 1


def _table_rows(lines: list[_Line], template: PortalTemplate | None = None) -> list[_Line]:
    """The lines with each row of a table of figures made one line, its cells joined by " | ".

    A cell alone is no sentence ("72.784", "Chỉ tiêu"): cleaned one by one, a table's cells
    were dropped as lines without words or as the template's, and the rest lost their rows.
    A table whose every cell the portal's template knows is the portal's own (a "Kết quả
    giải quyết TTHC" widget in a table layout's cell), unless it stands among the text's
    paragraphs: its cells stay lines, for the template.
    """
    if not any(_cell_row(line.block.element) is not None for line in lines):
        return lines
    tables: dict[object, bool] = {}
    cells: dict[object, list[_Line]] = {}
    located: list[tuple[_Line, object, object]] = []
    for line in lines:
        row = _cell_row(line.block.element)
        table = row.getparent() if row is not None else None
        while table is not None and table.tag != "table":
            table = table.getparent()  # <tbody>, <thead>
        located.append((line, row, table))
        if table is not None:
            cells.setdefault(table, []).append(line)
    out: list[_Line] = []
    done: set[object] = set()
    for line, row, table in located:
        if table is None:
            out.append(line)
            continue
        if table not in tables:
            tables[table] = is_data_table(table) and not (
                template is not None
                and not _among_paragraphs(table, lines)
                and all(template.is_boilerplate(c.text, c.block.path) for c in cells[table])
            )
        if not tables[table]:
            out.append(line)
        elif row not in done:
            done.add(row)
            text = " | ".join(cell for cell in _row_cells(row) if cell)
            block = replace(line.block, text=text, element=row, link_chars=0, breaks=0)
            out.append(_Line(block, text, line.kept_by_trafilatura))
    return out


def _among_paragraphs(table, lines: list[_Line]) -> bool:
    """The table stands among the text's paragraphs, in their element: a report's table of
    figures, whose row labels its department's reports share ("Tài khoản định danh điện tử
    được kích hoạt | tài khoản | 28.742"), is its text's, however well the template knows
    them (figures count as any figure there)."""
    parent = table.getparent()
    paragraphs = 0
    for line in lines:
        if _paragraph_like(line.block) and line.block.element.getparent() is parent:
            paragraphs += 1
            if paragraphs >= 2:
                return True
    return False


def _label_then_links(text: str, link_chars: int) -> bool:
    """The line is a label and links only: "Từ khóa: chính quyền số an toàn thông tin".

    ``link_chars`` counts the line's linked characters, spaces left out (:class:`Block`). Two
    short tags after a long label stay under a link density of 0.6, but everything after the
    label is a link.

    >>> _label_then_links("Từ khóa: xã hội số an toàn thông tin", 21)
    True
    >>> _label_then_links("Xem thêm: Hướng dẫn nộp hồ sơ trực tuyến trên Cổng dịch vụ công", 10)
    False
    """
    label, colon, rest = text.partition(":")
    if not colon or len(label.split()) > 3:
        return False
    chars = len(rest) - rest.count(" ")
    return chars > 0 and link_chars >= 0.9 * chars


def _labelled_byline(line: str) -> tuple[str, str] | None:
    """:func:`~dtcrawl.bylines.parse_labelled_byline` of a block's line (already
    :func:`~dtcrawl.text.normalize_line`'s): a line longer than it reads is no byline, known
    without normalising a paragraph again."""
    return None if len(line) > _BYLINE_CHARS else parse_labelled_byline(line)


_BYLINE_CHARS = 160  # parse_labelled_byline's longest line


def _paragraph_like(block: Block) -> bool:
    """A line of running text: a dozen words or more, hardly any of them links."""
    return block.words >= 12 and block.link_density < 0.3


def _clean(
    candidates: list[_Line],
    result: ArticleContent,
    template: PortalTemplate | None,
    title: str | None,
    url: str = "",
    tabbed: bool = False,
) -> None:
    dropped = result.dropped
    folded_title = fold(title) if title else None
    body: list[_Line] = []
    after_headline = False
    teasers = 0
    link_lines = 0
    label = None  # a byline or source label alone in its block: its value comes next
    in_credits = False  # the line before was a long read's credit ("Nội dung: …")
    # An official document published as the article (a "Thông báo" with the state's motto):
    # its heading and its signature block are the document's form, not the text.
    document = any(_MOTTO.match(fold(line.text)) for line in candidates if line.block.words <= 10)
    skip_until = 0  # lines of a related-news box inside the text, already dropped
    hidden_panes = _inactive_tab_panes(candidates) if tabbed else set()
    for index, line in enumerate(candidates):
        if index < skip_until:
            continue
        text = line.text
        block = line.block
        if hidden_panes and _inside(block.element, hidden_panes):
            # Another tab's pane (related documents, an album, comments), hidden until its
            # tab is clicked: not the text, which is the active pane's.
            dropped.append(DroppedLine(text, "in a tab not shown"))
            continue
        after_credit, in_credits = in_credits, False
        if label:
            labelled, label = parse_split_byline(label, text), None
            if labelled:
                _take_byline(result, *labelled)
                dropped.append(DroppedLine(text, labelled[0]))
                continue
        if is_bare_label(text):
            label = text
            dropped.append(DroppedLine(text, "byline label"))
            continue
        words = block.words  # text is the block's
        if words <= 4 and body and _ENTRY_TIME.match(text) and _text_follows(candidates, index):
            # "10:45", "Cập nhật lúc 10:45" between the text's paragraphs: the time of a live
            # report's entry, a line of the text (neither the page's date line nor template).
            body.append(line)
            continue
        if words <= 6 and _hidden_label(block.element, text):
            # A label the page hides (SharePoint's field labels before its publishing
            # fields, "Chú thích ảnh"): no reader sees it.
            dropped.append(DroppedLine(text, "hidden label"))
            continue
        if words <= 2 and not _WORD_CHAR.search(text):
            # A pull quote's or a list's mark in a block of its own ("“", "•", "***").
            dropped.append(DroppedLine(text, "no words"))
            continue
        if words <= 20 and _ATTACHED_FILE.search(text):
            # "QĐ-460-UBND.pdf (1547 KB) Tải về (Lượt tải: 24)": a file listed with the text.
            dropped.append(DroppedLine(text, "attached file"))
            continue
        if words <= 12 and block.link_chars and _POINTER.match(_fold_line(text)):
            # "Xem chi tiết văn bản tại đây": a pointer to the document, no line of the text.
            dropped.append(DroppedLine(text, "pointer to a document"))
            continue
        if document:
            form = _document_form(text, words, bool(body))
            if form == "signature":
                dropped.append(DroppedLine(text, "document's signature block; rest dropped"))
                dropped.extend(DroppedLine(rest.text, form) for rest in candidates[index + 1 :])
                break
            if form:
                dropped.append(DroppedLine(text, form))
                continue
        # 1. Credits, captions, labelled bylines and sources, wherever they stand.
        if words <= 10 and "@" in text and not result.author:
            bare = without_email(text)
            if bare != text and looks_like_name(bare):
                # "Văn Tùng - vantung@sonlam.gov.vn": a reporter's byline with the address.
                _take_byline(result, "author", author_name(bare))
                dropped.append(DroppedLine(text, "author (with e-mail)"))
                continue
        credit_like = words <= 16 and ":" in text
        if credit_like and (writer := parse_content_credit(text)):
            _take_byline(result, "author", writer)
            dropped.append(DroppedLine(text, "author (credits)"))
            in_credits = True
            continue
        if credit_like and (
            is_production_credit(text) or (after_credit and parse_photo_credit(text))
        ):
            dropped.append(DroppedLine(text, "production credit"))
            in_credits = True
            continue
        if _in_caption(block.element) or (words <= 60 and looks_like_caption(text)):
            credit = parse_photo_credit(text)
            if credit:
                # "Ảnh: Lê Phương" under a photo: its photographer, no caption (nor the
                # author, whoever signs the text).
                dropped.append(DroppedLine(text, "photo credit"))
            else:
                result.captions.append(text)
                dropped.append(DroppedLine(text, "caption"))
            continue
        if (
            block.italic
            and _alignment(block.element) == "center"
            and words <= 40
            and _near_image(block.element)
        ):
            result.captions.append(text)
            dropped.append(DroppedLine(text, "caption (italic, centred, under a photo)"))
            continue
        if block.italic and words <= 40 and _italic_after_image(block.element, text):
            result.captions.append(text)
            dropped.append(DroppedLine(text, "caption (italic, right after a photo)"))
            continue
        if words <= 40 and block.link_density < 0.5 and _names_its_image(block.element, text):
            # (A headline linked beside its thumbnail repeats the thumbnail's alt text too: a
            # teaser's, not a caption.)
            result.captions.append(text)
            dropped.append(DroppedLine(text, "caption (the photo's alt text)"))
            continue
        labelled = _labelled_byline(text)
        if labelled:
            _take_byline(result, *labelled)
            dropped.append(DroppedLine(text, labelled[0]))
            continue
        if words <= 30 and ":" in text and (author := _meta_line_author(text)):
            # "Ngày đăng: … | Tác giả: Quốc Bảo | Lượt xem: …" (before the template, which
            # counts the line on every page the same reporter signs).
            _take_byline(result, "author", author)
            dropped.append(DroppedLine(text, "date/metadata line with the author"))
            continue
        # 2. The title repeated in the body, alone or as the <title> is ("Tin A - Sở …").
        if folded_title and _starts_as_title(text, folded_title):
            dropped.append(DroppedLine(text, "title"))
            continue
        # 3. The portal's template.
        related = words <= 8 and _starts_with_phrase(text, _RELATED_HEADINGS)
        if related and _opens_on_the_page(block.element):
            # "Xem thêm" that opens the rest of the text, collapsed on the page: a button.
            dropped.append(DroppedLine(text, "control opening the collapsed text"))
            continue
        if template is not None and not (related and body):
            # (A related-news heading after the text is on every page, but it still ends the
            # text: the teasers under it are no text of this page's, see 4.)
            reason = template.is_boilerplate(text, block.path)
            if reason and body and _continues(body[-1], line) and not _ends_sentence(body[-1]):
                # The rest of a sentence a <br> broke off (a PDF's line: "với 4193 lượt người
                # tham gia …" ends the first paragraph of many articles), not the template's.
                reason = None
            if reason:
                if _held_byline(text, block, template):
                    body.append(_Line(block, text, line.kept_by_trafilatura, reason))
                elif (
                    (body and _in_text_place(block, body))
                    or (not body and _opens_its_element(block, text, candidates[index + 1 :]))
                    or _cited_note(text, body)
                ):
                    # A line in the text's own element, or among the text's paragraphs, after
                    # lines of the text: the template's only if no line of the text follows it
                    # there (see below).
                    body.append(_Line(block, text, line.kept_by_trafilatura, reason, True))
                else:
                    dropped.append(DroppedLine(text, reason))
                continue
        # 4. Structure: related-news headings end the body; link lists, dated headlines, dates.
        if related and body:
            resume = _after_related_box(candidates, index, body[-1].block.element)
            if resume is not None:
                # A "TIN LIÊN QUAN" box set between the text's paragraphs: only the box goes.
                dropped.append(DroppedLine(text, f"related-news box ({related})"))
                dropped.extend(
                    DroppedLine(rest.text, "in a related-news box")
                    for rest in candidates[index + 1 : resume]
                )
                skip_until = resume
                continue
            dropped.append(DroppedLine(text, f"related-news heading ({related}); rest dropped"))
            for rest in candidates[candidates.index(line) + 1 :]:
                tail = _tail_field(rest, result)
                if not tail:
                    dropped.append(DroppedLine(rest.text, "after related-news heading"))
            break
        if words <= 40 and _near_form_controls(block.element):
            dropped.append(DroppedLine(text, "poll/form"))
            continue
        if block.link_density >= 0.6 and words <= 40 and not _only_toggles(block.element):
            # Not the links to this article's own parts (its table of contents, its pager):
            # no headline of a list, and the text under them no teaser.
            own_part = _links_to_itself(block.element, url)
            link_lines += not own_part
            dropped.append(DroppedLine(text, "link-dense"))
            after_headline = words >= 4 and not own_part
            continue
        if block.link_chars and words <= 40 and _label_then_links(text, block.link_chars):
            dropped.append(DroppedLine(text, "label and links (tags, share)"))
            continue
        if words <= 30 and not text.endswith(".") and _DATED_HEADLINE.search(text):
            dropped.append(DroppedLine(text, "dated headline"))
            # A listing's card: its headline with the date beside it, or under it, then its
            # teaser.
            after_headline = words >= 4 or after_headline
            continue
        if _is_meta_line(text):
            dropped.append(DroppedLine(text, "date/metadata line"))
            continue
        phrase = _starts_with_phrase(text, _BOILERPLATE_STARTS)
        if (
            phrase
            and (words <= 6 or _COUNTER.search(text) or (phrase in _FOOTER_PHRASES and words <= 30))
            and not text.endswith(";")
        ):
            dropped.append(DroppedLine(text, f"boilerplate phrase ({phrase})"))
            continue
        if words <= 12 and _SITE_LINE.search(text) and not text.endswith("."):
            dropped.append(DroppedLine(text, "site name / address line"))
            continue
        # A paragraph right under a headline link, or cut short with "…" (WordPress: "[…]"), is
        # a listing's teaser.
        if after_headline or text.endswith(("...", "…", "[…]", "[...]")):
            teasers += 1
        after_headline = False
        body.append(line)

    # 5. Closing lines: author alone on the last line, "Theo …" source, photo credits; the
    # text's footnotes ("[1] …", "(*) …"), which a byline typed in the text may precede, are
    # set aside meanwhile.
    notes: list[_Line] = []
    while len(body) > 1 and (_NOTE.match(body[-1].text) or _FOOTNOTE.match(body[-1].text)):
        notes.insert(0, body.pop())
    while body:
        last = body[-1]
        text = last.text
        if (
            last.in_text
            and last.template_reason
            and not _FOOTNOTE.match(text)
            and not _closing_sentence(last, template)
        ):
            # A stock line held among the text's paragraphs that no line of the text follows:
            # the template's ("Ban Biên Tập" under every page), no byline of this article.
            dropped.append(DroppedLine(text, last.template_reason))
            body.pop()
            continue
        if _may_be_pager(text) and _PAGER_LINE.match(fold(text)):
            # "Trang: 1 2 3" under an article split over pages, after its byline.
            dropped.append(DroppedLine(text, "pager"))
            body.pop()
            continue
        if len(text.split()) <= 8 and _starts_with_phrase(text, _RELATED_HEADINGS):
            # A related-news heading left last ("CÁC TIN KHÁC", bold): not a byline.
            dropped.append(DroppedLine(text, "related-news heading (last line)"))
            body.pop()
            continue
        if not result.source and (source := parse_theo_source(text)):
            result.source = source
            dropped.append(DroppedLine(text, "source (Theo …)"))
            body.pop()
            continue
        if not result.author and (agency := split_agency(text)):
            result.author = agency[0]
            result.source = result.source or agency[1]
            dropped.append(DroppedLine(text, "author and agency (last line)"))
            body.pop()
            continue
        if not result.author and (author := _closing_author(last)):
            result.author = author
            dropped.append(DroppedLine(text, "author (last line)"))
            body.pop()
            continue
        if last.template_reason and not (
            last.in_text and (_FOOTNOTE.match(text) or _closing_sentence(last, template))
        ):
            dropped.append(DroppedLine(text, last.template_reason))
            body.pop()
            continue
        if last.template_reason:
            # "(*) Số liệu tính đến ngày 31/12/2024.": the text's footnote, however many of a
            # department's reports close with the same one; an interview's closing thanks.
            last.template_reason = None
        break
    for note in notes:
        if note.template_reason and not (note.in_text or _cited_note(note.text, body)):
            dropped.append(DroppedLine(note.text, note.template_reason))
            continue
        # A footnote of the text's own (its "[1]" cited in the text), however many of a
        # department's reports close with the same one.
        note.template_reason = None
        body.append(note)
    # A line held back inside the text's element with a line of the text after it there is
    # the text's: bodies written as one element of <br>-broken lines share stock lines ("Hội
    # nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến.", "I. Kết quả triển
    # khai") among a department's articles, at the one place a body's lines all stand.
    for index, line in enumerate(body):
        if (
            line.in_text
            and any(
                _own(later) and _text_goes_on(later.block.element, line.block.element)
                for later in body[index + 1 :]
            )
        ) or (line.template_reason and _cited_note(line.text, body[:index])):
            line.template_reason = None
    # Held-back template lines that did not close the body are dropped as the template says.
    for line in body:
        if line.template_reason:
            dropped.append(DroppedLine(line.text, line.template_reason))
    body = [line for line in body if not line.template_reason]
    # Lines after the body that trafilatura did not keep are not the article's.
    while (
        body
        and not body[-1].kept_by_trafilatura
        and len(body[-1].text.split()) < 12
        and not _FOOTNOTE.match(body[-1].text)
    ):
        dropped.append(DroppedLine(body[-1].text, "trailing short line outside the main text"))
        body.pop()
        if body and not result.author and (author := _closing_author(body[-1])):
            # The byline under the text, before the share tools dropped here.
            result.author = author
            dropped.append(DroppedLine(body[-1].text, "author (last line)"))
            body.pop()
    while body and not body[0].kept_by_trafilatura and len(body[0].text.split()) < 12:
        dropped.append(DroppedLine(body[0].text, "leading short line outside the main text"))
        body.pop(0)

    body = _without_pull_quotes(_join_wrapped(body), dropped)
    body = _without_repeats(body, dropped, result.author)
    # A caption printed once per layout (desktop and phone copies of a photo) is one caption;
    # a gallery slide's counter ("2/5") is no part of its caption.
    result.captions = list(dict.fromkeys(_SLIDE_COUNTER.sub("", c) for c in result.captions))
    paragraphs = [line.text for line in body]
    # Lines' texts are their blocks' (see Block.words), but the first may lose its lead.
    own_words = sum(line.block.words for line in body[1:])
    if paragraphs:
        paragraphs[0] = _strip_lead(paragraphs[0], title, dropped)
        own_words += len(paragraphs[0].split())
        paragraphs = [p for p in paragraphs if p]
    kept = sum(1 for line in body if line.kept_by_trafilatura)
    # Many link lines around little text: a listing. An article followed by a list of
    # related headlines (whose heading the template may have dropped) has text of its own.
    # (Teasers against the lines of a few words: a card's badge, "Phỏng vấn", is no text.)
    worded = sum(1 for line in body if line.block.words >= 4)
    result.listing_like = (link_lines >= 5 and link_lines > kept and own_words < 150) or (
        teasers >= 1 and teasers * 2 >= worded
    )
    result.body = normalize("\n\n".join(paragraphs))
    if result.author:
        result.author = normalize_line(result.author)


# A file listed under the text: its name with an office or archive extension, then its size or
# a download label ("QĐ-460-UBND.pdf (1547 KB) Tải về", "Phu-luc.docx - Download").
_ATTACHED_FILE = re.compile(
    r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|rar|7z)\b.{0,12}?"
    r"(?:\(?\s*\d[\d.,]*\s*(?:[kmg]i?b|bytes?)\b|tải\s+về|download|lượt\s+tải)",
    re.IGNORECASE,
)
# "Xem chi tiết văn bản tại đây", "Tải toàn văn tại đây" (folded).
_POINTER = re.compile(r"^\W*(?:xem|tai|download)\b.{0,60}\btai\s+day\W*$")
# A line that is a time of day alone, or an update's: "10:45", "14h30", "Cập nhật lúc 10:45".
_ENTRY_TIME = re.compile(
    r"^(?:(?:cập\s+nhật|lúc|cập\s+nhật\s+lúc)\s*:?\s*)?\d{1,2}\s*(?::|h|giờ)\s*\d{2}"
    r"(?:\s*phút)?\s*:?$",
    re.IGNORECASE,
)


def _text_follows(candidates: list[_Line], index: int) -> bool:
    """The line after ``index`` is running text (a paragraph of 12 words or more)."""
    return index + 1 < len(candidates) and candidates[index + 1].block.words >= 12


# "2/5 " opening a gallery slide's caption (the slide's place among the gallery's).
_SLIDE_COUNTER = re.compile(r"^\d{1,2}\s*/\s*\d{1,2}\s+(?=\S+\s+\S)")


def _links_to_itself(element, url: str) -> bool:
    """Whether every link of ``element`` leads to the page at ``url``, give or take its query
    (an article's parts: "?trang=2", "?limitstart=1").

    >>> item = lxml_html.fromstring('<li><a href="/tin/5.html?limitstart=1">Phần hai</a></li>')
    >>> _links_to_itself(item, "http://t.vn/tin/5.html"), _links_to_itself(item, "http://t.vn/tin/6.html")
    (True, False)
    """
    if not url:
        return False
    own = urlsplit(url).path
    links = [a.get("href") for a in element.iter("a")]
    return bool(links) and all(
        href is not None and urlsplit(urljoin(url, href.strip())).path == own for href in links
    )


_QUOTE_MARKS = "\"'“”‘’«»„ "


# What ends a sentence, and what may stand after its end ("… số." ”).
_SENTENCE_ENDS = (".", "!", "?", "…", ":", ";")
_AFTER_END = "\"'”’»)] "
# A list item's start: "- ", "+ ", "• ", "a) ", "1. ", "2) ".
_LIST_ITEM = re.compile(r"^(?:[-+•*–—]\s|\(?(?:\d{1,2}|[a-zđ])[.)]\s)")


def _join_wrapped(body: list[_Line]) -> list[_Line]:
    """The body with lines broken inside a paragraph joined back into it.

    Text pasted from a PDF keeps the PDF's line ends as ``<br>`` in the middle of sentences
    ("… triển khai hệ thống<br>một cửa điện tử …"). Two lines next to each other in one
    element are one paragraph when the first does not end a sentence, is no heading (bold),
    and the second goes on in lower case and is no list item. When the page's lines before a single ``<br>`` are
    of one width (:func:`_wrap_width`), they are a PDF's lines: every single break inside a
    paragraph is joined, also after a sentence that happens to end at a line's end, and only
    a blank line (or a new element) starts a paragraph.

    >>> def line(text, index, breaks=1, element="p"):
    ...     return _Line(Block(text, element, "", index, breaks=breaks), text, True)
    >>> body = [line("Sở Thông tin và Truyền thông đã triển khai hệ thống", 1, 0),
    ...         line("một cửa điện tử tại 120 xã, phường.", 2),
    ...         line("Kết quả nổi bật", 3), line("Tỉnh đã số hóa 90% hồ sơ.", 4)]
    >>> [joined.text for joined in _join_wrapped(body)]
    ['Sở Thông tin và Truyền thông đã triển khai hệ thống một cửa điện tử tại 120 xã, phường.', \
'Kết quả nổi bật', 'Tỉnh đã số hóa 90% hồ sơ.']
    """
    if len(body) < 2:
        return body
    pdf = _wrap_width(body)
    joined = [body[0]]
    for line in body[1:]:
        last = joined[-1]
        if not _wrapped(last, line, pdf):
            joined.append(line)
            continue
        text = f"{last.text} {line.text}"
        block = replace(
            last.block,
            text=f"{last.block.text} {line.block.text}",
            index=line.block.index,
            link_chars=last.block.link_chars + line.block.link_chars,
            bold_chars=last.block.bold_chars + line.block.bold_chars,
            italic_chars=last.block.italic_chars + line.block.italic_chars,
        )
        kept = last.kept_by_trafilatura or line.kept_by_trafilatura
        joined[-1] = _Line(block, text, kept)
    return joined


def _continues(first: _Line, second: _Line) -> bool:
    """``second`` follows ``first`` after one ``<br>`` in the same element."""
    return (
        second.block.breaks == 1
        and second.block.index == first.block.index + 1
        and second.block.element is first.block.element
    )


def _wrap_width(body: list[_Line]) -> bool:
    """Whether the body's lines before a single ``<br>`` are a PDF's: of one width.

    Six such lines or more, the longest at least 50 characters, and four in five of them at
    least 80 % as long as the longest: a PDF's lines fill its column; paragraphs a portal
    separates with a ``<br>`` are of any length.
    """
    lengths = [
        len(first.text)
        for first, second in zip(body, body[1:], strict=False)
        if _continues(first, second)
    ]
    if len(lengths) < 6:
        return False
    widest = max(lengths)
    full = sum(1 for length in lengths if length >= 0.8 * widest)
    return widest >= 50 and full >= 0.8 * len(lengths)


def _closing_sentence(line: _Line, template: PortalTemplate | None) -> bool:
    """The held line closing the text is a sentence (five words or more, its end marked) that
    fewer than half the portal's pages print there: an interview's "Phóng viên: Xin trân
    trọng cảm ơn ông!", which a few interviews share, not a notice under every page."""
    return (
        template is not None
        and line.block.words >= 5
        and line.text.rstrip(_CLOSERS).endswith(_STOPS)
        and template.share(line.text, line.block.path) < 0.5
    )


def _ends_sentence(line: _Line) -> bool:
    """The line ends a sentence (or a clause: ":" and ";"), quotation marks aside."""
    return line.text.rstrip(_AFTER_END).endswith(_SENTENCE_ENDS)


def _wrapped(first: _Line, second: _Line, pdf: bool) -> bool:
    """Whether ``second`` continues the paragraph ``first`` breaks off (see _join_wrapped)."""
    if not _continues(first, second) or first.block.bold or _LIST_ITEM.match(second.text):
        return False
    if pdf:
        return True
    # Without a PDF's width, only a line that goes on in lower case: an editor who ends every
    # paragraph with one <br> also leaves a heading or a paragraph without its full stop
    # before a line that starts with a capital ("Thực hiện Kế hoạch số …" / "Ngày 14/10, …").
    return not _ends_sentence(first) and second.text[:1].islower()


def _without_repeats(
    body: list[_Line], dropped: list[DroppedLine], author: str | None = None
) -> list[_Line]:
    """The body with a paragraph printed again dropped: responsive themes print the text once
    for desktops and once for phones (one of them hidden by CSS), a "reading mode" copy, a
    ``<noscript>`` one. A paragraph of eight words or more is the text's only once.

    >>> def line(text):
    ...     return _Line(Block(text, None, "", 0), text, True)
    >>> text = "Tỉnh đã số hóa chín mươi phần trăm hồ sơ thủ tục hành chính."
    >>> [kept.text for kept in _without_repeats([line(text), line("Kết quả"), line(text)], [])]
    ['Tỉnh đã số hóa chín mươi phần trăm hồ sơ thủ tục hành chính.', 'Kết quả']
    """
    seen: set[str] = set()
    kept = []
    for line in body:
        if author and line.text == author and line.block.words <= 6:
            dropped.append(DroppedLine(line.text, "author (another layout's copy)"))
            continue
        if line.block.words >= 8:
            if line.text in seen:
                dropped.append(DroppedLine(line.text, "printed again (another layout's copy)"))
                continue
            seen.add(line.text)
        kept.append(line)
    return kept


def _without_pull_quotes(body: list[_Line], dropped: list[DroppedLine]) -> list[_Line]:
    """The body without its pull quotes: a sentence of a paragraph repeated as a line of its own.

    Layouts set one sentence of the text apart in large type (a ``blockquote`` in a side
    column, an aside); the sentence is already in its paragraph. Only whole sentences of eight
    words or more count (ending ``.``, ``!``, ``?`` or ``…``, quotation marks aside), so a
    subheading that a later paragraph happens to repeat stays.
    """
    if len(body) < 3:
        return body
    texts = [line.text for line in body]
    kept = []
    for index, line in enumerate(body):
        sentence = line.text.strip(_QUOTE_MARKS)
        if (
            line.block.words >= 8
            and sentence.endswith((".", "!", "?", "…"))
            and any(
                other != index and len(text) > len(sentence) and sentence in text
                for other, text in enumerate(texts)
            )
        ):
            dropped.append(DroppedLine(line.text, "pull quote (repeats a sentence of the text)"))
            continue
        kept.append(line)
    return kept


def _starts_as_title(text: str, folded_title: str) -> bool:
    """:func:`_is_title_line` of ``text`` folded; a line whose first characters, folded,
    already differ from the title's is told without folding all of it."""
    head = _fold_head(text, 32)
    size = min(len(head), len(folded_title))
    return head[:size] == folded_title[:size] and _is_title_line(fold(text), folded_title)


def _is_title_line(folded: str, folded_title: str) -> bool:
    """The title, alone or followed by a site's name after a separator (folded forms).

    >>> _is_title_line("tin a - so thong tin va truyen thong", "tin a")
    True
    >>> _is_title_line("tin a - mot cau dai hon ve noi dung cua bai viet nay va nhieu chu", "tin a")
    False
    """
    if folded == folded_title:
        return True
    rest = folded[len(folded_title) :] if folded.startswith(folded_title) else ""
    return rest[:3] in (" - ", " | ", " – ") and len(rest.split()) <= 13


def _take_byline(result: ArticleContent, kind: str, value: str) -> None:
    """Keep the first author and the first source a page names."""
    if kind == "source" and not result.source:
        result.source = value
    elif kind == "author" and not result.author:
        result.author = value


def _after_related_box(candidates: list[_Line], heading: int, last_kept) -> int | None:
    """Where the text goes on after a related-news box set inside it, or None.

    A CMS of the 2020s inserts a boxed "TIN LIÊN QUAN" list (a ``<div>`` or a table of two or
    three linked titles) between an article's paragraphs. The box is an element of its own
    inside the text's container; the text goes on after it in paragraphs that are children of
    that container, as the paragraphs before the box are. A heading that is itself one of the
    container's paragraphs ("<p><b>Tin liên quan:</b></p>" then linked titles) ends the text,
    as do links and teasers that follow it.
    """
    container = last_kept.getparent()
    if container is None:
        return None
    box = candidates[heading].block.element
    if box.getparent() is container:
        return None  # the heading is one of the container's own lines, not a box in it
    for index in range(heading + 1, len(candidates)):
        block = candidates[index].block
        if block.element.getparent() is not container:
            continue  # the box's own lines: its titles, its dates
        if block.words >= 12 and block.link_density < 0.3:
            return index
        return None  # the container's next line is no running text: the text has ended
    return None


def _tail_field(line: _Line, result: ArticleContent) -> bool:
    """Take a byline/source line found after a related-news heading (rare layouts)."""
    labelled = parse_labelled_byline(line.text)
    if labelled and labelled[0] == "source" and not result.source:
        result.source = labelled[1]
        return True
    return False


def _strip_lead(paragraph: str, title: str | None, dropped: list[DroppedLine]) -> str:
    """Cut the title glued to the first sentence (print views) and a "CTTĐT - " lead prefix."""
    if title:
        folded_title, folded = fold(title), fold(paragraph)
        rest = paragraph[len(title) :]
        glued = rest[:1].isalnum() or (
            len(title.split()) >= 6 and rest[:1].isspace() and rest.lstrip()[:1].isupper()
        )
        if folded.startswith(folded_title) and rest.strip() and glued:
            head = paragraph[: len(title)]
            paragraph = paragraph[len(title) :].lstrip(" .:-–")
            dropped.append(DroppedLine(head, "title glued to the first sentence"))
    match = _LEAD_PREFIX.match(paragraph) or _LEAD_PREFIX_BARE.match(paragraph)
    if match and len(paragraph) - match.end() > 20:
        prefix = match.group(0)
        # Only a prefix naming the portal or an agency, not the start of a sentence.
        if len(prefix.split()) <= 8:
            dropped.append(DroppedLine(prefix.strip(), "lead prefix"))
            paragraph = paragraph[match.end() :]
    return paragraph
