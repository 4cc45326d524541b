"""Bylines, sources and photo captions written into Vietnamese portal articles.

Portals put the author alone on the last line ("Phương An", "BTL", "L.Thọ"), often bold or
right-aligned, or label it ("Tin, ảnh: …", "Tác giả: …"); the source follows "Nguồn: …" (a site,
a newspaper or a document) or "Theo …"; photos carry captions ("Ảnh minh họa", "Ảnh: …").
These helpers read one line of text; the cleaner (:mod:`dtcrawl.extract`) adds the layout
signals (position, bold, alignment, ``<figcaption>``) and decides.
"""

from __future__ import annotations

import re

from dtcrawl.text import fold, normalize_line

_AUTHOR_LABEL = re.compile(
    r"^\(?\s*(?:tin\s*(?:,|và|&|-)?\s*ảnh|bài\s*(?:,|và|&|-)?\s*ảnh|tin\s+bài|tin|bài"
    r"|tác\s+giả|người\s+viết|bài\s+viết|thực\s+hiện|nhóm\s+pv|phóng\s+viên|nhóm\s+phóng\s+viên"
    r"|pv|ptv)\s*:\s*(?P<v>.+?)\s*\)?$",
    re.IGNORECASE,
)
_INTERVIEWER = re.compile(r"^\(?\s*(?:pt?v|phóng\s+viên)\s*:", re.IGNORECASE)
_SOURCE_LABEL = re.compile(r"^\(?\s*nguồn(?:\s+tin)?\s*:\s*(?P<v>.+?)\s*\)?\.?$", re.IGNORECASE)
_THEO = re.compile(r"^\(?\s*theo\s+(?P<v>[^,;:]{2,80}?)\s*\)?\.?$", re.IGNORECASE)
# A label alone in its block, its value in the next one (Drupal's and DNN's field markup:
# <div class="field__label">Nguồn</div><div class="field__item">…</div>). Only labels that
# cannot be a menu entry or a heading ("Tin", "Bài" alone can).
_BARE_LABEL = re.compile(
    r"^\(?\s*(?P<l>nguồn(?:\s+tin)?|tác\s+giả|người\s+viết|phóng\s+viên"
    r"|(?:tin|bài)\s*(?:,|và|&|-)\s*ảnh)\s*:?\s*$",
    re.IGNORECASE,
)
# Other fields' labels of a CMS form ("Lượt xem", "Ngày đăng", SharePoint's "Danh mục").
_FIELD_LABEL = re.compile(
    r"^\s*(?:lượt\s+(?:xem|đọc|truy\s+cập)|ngày\s+(?:đăng|tạo|ban\s+hành|cập\s+nhật)|"
    r"danh\s+mục|chuyên\s+mục|tiêu\s+đề|nội\s+dung|tệp\s+đính\s+kèm|từ\s+khóa)\s*:?\s*$",
    re.IGNORECASE,
)
# The credits block that closes a long read (E-magazine, "Longform"): "Nội dung: Quốc Bảo",
# "Ảnh: …", "Thiết kế: …". The writer is the "Nội dung" (or "Bài", "Thực hiện") name; the other
# roles are the production's, never the article's author.
_CONTENT_CREDIT = re.compile(r"^\s*nội\s+dung\s*:\s*(?P<v>.+?)\s*$", re.IGNORECASE)
_PRODUCTION_CREDIT = re.compile(
    r"^\s*(?:thiết\s+kế|đồ\s+họa|đồ\s+hoạ|trình\s+bày|kỹ\s+thuật|kĩ\s+thuật|video|quay\s+phim"
    r"|dựng\s+phim|dựng\s+video|biên\s+tập|thể\s+hiện|ảnh\s+và\s+video|infographic"
    r"|sản\s+xuất|chỉ\s+đạo\s+sản\s+xuất|đạo\s+diễn|dẫn\s+chương\s+trình|mc|âm\s+thanh"
    r"|ánh\s+sáng|biên\s+tập\s+viên|btv|qp|kt|đd|ktv)\s*:\s*(?P<v>.+?)\s*$",
    re.IGNORECASE,
)
_PHOTO_CREDIT = re.compile(r"^\(?\s*ảnh\s*:\s*(?P<v>.+?)\s*\)?$", re.IGNORECASE)
_CAPTION_START = re.compile(
    r"^(?:ảnh\s*(?:minh\s*họa|minh\s*hoạ|tư\s*liệu)|ảnh\s*\d*\s*:|hình\s*(?:ảnh)?\s*\d*\s*:)",
    re.IGNORECASE,
)
_CAPTION_END = re.compile(
    r"\((?:ảnh|ảnh minh họa|ảnh minh hoạ|nguồn ảnh)\s*[:.]?[^()]*\)\.?$", re.I
)
# Where a byline's value ends and the next field starts: " - Ngày đăng: …", "; QP: …".
_NEXT_FIELD = re.compile(
    r"\s+[-–|]\s+(?=[^\s:]+(?:\s[^\s:]+){0,3}\s*:|\d{1,2}[/.-]\d)"
    r"|\s*;\s*(?=[^\s:]+(?:\s[^\s:]+){0,3}\s*:)"
)
# A label glued to the value before it by markup without a space ("Văn TùngKỹ thuật: …", two
# <span>s): a capital right after a small letter, starting up to three words and a colon.
_GLUED_LABEL = re.compile(r"(?=\w[^\s:]*(?:\s[^\s:]+){0,2}\s*:)")


def _before_glued_label(value: str) -> str:
    """``value`` up to a next field's label glued to it ("Văn TùngKỹ thuật: …" → "Văn Tùng")."""
    for match in _GLUED_LABEL.finditer(value, 1):
        index = match.start()
        if value[index].isupper() and value[index - 1].islower():
            return value[:index]
    return value


# "Hồng Nhung (TTXVN)": a name, then the news agency or paper in capitals within brackets.
_NAME_AGENCY = re.compile(r"^(?P<name>[^()]{2,40}?)\s*\((?P<agency>[A-ZĐ][A-ZĐ&/.\- ]{1,15})\)$")
_NAME_WORD = re.compile(r"^(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s.]*\.?)+$")
_INITIALS = re.compile(r"^[A-ZĐ]{2,6}$")


def parse_labelled_byline(line: str) -> tuple[str, str] | None:
    """Read a labelled byline or source line: ``("author", name)`` or ``("source", text)``.

    >>> parse_labelled_byline("Tin, ảnh: Ngọc Hà")
    ('author', 'Ngọc Hà')
    >>> parse_labelled_byline("PV: Thu Hà; QP: Tuấn Anh")
    ('author', 'Thu Hà')
    >>> parse_labelled_byline("Phóng viên: Văn TùngKỹ thuật: Thanh Tâm")
    ('author', 'Văn Tùng')
    >>> parse_labelled_byline("PV: Xin cảm ơn ông!") is None
    True
    >>> parse_labelled_byline("Phóng viên: Xin trân trọng cảm ơn ông") is None  # an interview's
    True
    >>> parse_labelled_byline("Nguồn: Công văn số 86549/UBND-NCKS")
    ('source', 'Công văn số 86549/UBND-NCKS')
    >>> parse_labelled_byline("Tin tức về chuyển đổi số") is None
    True
    """
    line = normalize_line(line)
    if not line or len(line) > 160:
        return None
    if match := _SOURCE_LABEL.match(line):
        return "source", match["v"].strip(" .")
    if match := _AUTHOR_LABEL.match(line):
        # "Tác giả: Hoàng Lan - Ngày đăng: 14/04/2025": the byline ends where the next field
        # (a label, a date) starts.
        value = _before_glued_label(_NEXT_FIELD.split(match["v"], maxsplit=1)[0]).strip(" .")
        value = without_email(value)  # "Quốc Bảo (quocbao@…)": the name
        # "Tin: ..." followed by a sentence is a heading, not a byline; an interview's "PV:"
        # (its questions) is a byline only before names.
        if len(value.split()) <= 8 and not value.endswith((":", "?", "!")):
            if _INTERVIEWER.match(line) and not _names(value):
                return None
            return "author", value
    return None


def _names(value: str) -> bool:
    """One or more names, as a credit lists them ("Minh Anh - Thu Hà", "Lan, Hương")."""
    parts = [part.strip() for part in re.split(r"\s*[,;&]\s*|\s+[-–]\s+|\s+và\s+", value)]
    return all(part and looks_like_name(part) for part in parts)


def parse_content_credit(line: str) -> str | None:
    """The writer in a long read's "Nội dung: …" credit, else None.

    Only names: "Nội dung: triển khai …" in a notice is a sentence of the text.

    >>> parse_content_credit("Nội dung: Quốc Bảo")
    'Quốc Bảo'
    >>> parse_content_credit("Nội dung: Minh Anh - Thu Hà")
    'Minh Anh - Thu Hà'
    >>> parse_content_credit("Nội dung: rà soát hồ sơ điện tử của các xã") is None
    True
    """
    match = _CONTENT_CREDIT.match(normalize_line(line))
    if match and len(match["v"]) <= 80 and _names(match["v"]):
        return match["v"]
    return None


def is_production_credit(line: str) -> bool:
    """A long read's credit to its production, not its writer: "Thiết kế: Mỹ Duyên".

    A photographer's "Ảnh: …" is one only among other credits (:func:`parse_photo_credit`):
    alone under a photo it is the photo's caption.

    >>> is_production_credit("Thiết kế: Mỹ Duyên"), is_production_credit("Đồ họa: Minh Anh, Thu Lan")
    (True, True)
    >>> is_production_credit("QP: Văn Khải"), is_production_credit("BTV: Khánh Linh")
    (True, True)
    >>> is_production_credit("Đồ họa: hệ thống kết nối 120 cơ quan")
    False
    """
    match = _PRODUCTION_CREDIT.match(normalize_line(line))
    return bool(match) and len(match["v"]) <= 80 and _names(match["v"])


def is_bare_label(line: str) -> bool:
    """True for a byline or source label standing alone, its value in the next block.

    >>> is_bare_label("Nguồn:"), is_bare_label("Tin, ảnh"), is_bare_label("Tin")
    (True, True, False)
    """
    return len(line) <= 24 and _BARE_LABEL.match(normalize_line(line)) is not None


def parse_split_byline(label: str, value: str) -> tuple[str, str] | None:
    """Read a byline or source whose label and value stand in two blocks, one after the other.

    ``label`` must be a label alone ("Nguồn", "Tác giả:"); the pair then reads as
    :func:`parse_labelled_byline` reads "label: value".

    >>> parse_split_byline("Nguồn", "Sở Khoa học và Công nghệ")
    ('source', 'Sở Khoa học và Công nghệ')
    >>> parse_split_byline("Tác giả:", "Minh Châu")
    ('author', 'Minh Châu')
    >>> parse_split_byline("Tin tức", "Minh Châu") is None
    True
    >>> parse_split_byline("Tác giả", "Nguồn tin"), parse_split_byline("Nguồn tin", "Lượt xem")
    (None, None)
    """
    match = _BARE_LABEL.match(normalize_line(label))
    if match is None or len(value) > 120 or is_bare_label(value) or _FIELD_LABEL.match(value):
        return None  # an empty field: the next block is the next field's label
    return parse_labelled_byline(f"{match['l']}: {value}")


def parse_theo_source(line: str) -> str | None:
    """A closing "Theo …" line naming the source (not a sentence starting with "Theo").

    >>> parse_theo_source("Theo Báo Lam Giang")
    'Báo Lam Giang'
    >>> parse_theo_source("Theo kế hoạch, tỉnh sẽ số hóa 100% hồ sơ.") is None
    True
    """
    line = normalize_line(line)
    match = _THEO.match(line)
    if not match:
        return None
    value = match["v"].strip()
    words = value.split()
    if len(words) > 10 or not words[0][:1].isupper() and not words[0].isupper():
        return None
    if any(w.lower() in ("kế", "hoạch", "quy", "định", "đó", "đề", "án") for w in words[:2]):
        return None
    return value


# A heading's number: roman ("II."), or a letter then ")" ("a)").
_SECTION_NUMBER = re.compile(r"^(?:[IVXL]{1,5}\.|[a-zđ]\))\s")


def looks_like_name(line: str) -> bool:
    """A line that is only a person's name or initials, as written under an article.

    >>> [looks_like_name(x) for x in ["Phương An", "BTL", "L.Thọ", "Minh Châu (tổng hợp)"]]
    [True, True, True, True]
    >>> [looks_like_name(x) for x in ["Trân trọng cảm ơn!", "Xem thêm", "Năm 2023"]]
    [False, False, False]
    >>> looks_like_name("I. KẾT QUẢ BƯỚC ĐẦU"), looks_like_name("V. Thọ")
    (False, True)
    """
    line = normalize_line(line)
    core = re.sub(r"\s*\((?:tổng hợp|TH|lược dịch|st|sưu tầm)\)\s*$", "", line, flags=re.I)
    core = re.sub(r"\s*[-–]\s*[A-ZĐ]{2,6}$", "", core)
    if not core or len(core) > 40 or any(ch.isdigit() for ch in core):
        return False
    if core.endswith(("!", "?", ":", ",", ";")):
        return False
    words = core.replace(".", ". ").split()
    if len(words) > 5:
        return False
    numbered = _SECTION_NUMBER.match(core)
    if numbered and (len(words) >= 4 or core[numbered.end() :].isupper()):
        return False  # a report's heading ("I. KẾT QUẢ BƯỚC ĐẦU"), not an initial ("V. Thọ")
    if len(words) == 1:
        return bool(_INITIALS.match(core)) or bool(re.match(r"^[A-ZĐ]\.\s?\S+$", core))
    folded = fold(core)
    if folded.split()[0] in (
        "xem",
        "tin",
        "bai",
        "trang",
        "ve",
        "chia",
        "in",
        "gui",
        "dang",
        "ban",
    ):
        return False
    return all(_NAME_WORD.match(word) for word in words)


# "Minh Châu - Báo Lam Giang", "Quốc Bảo – Trung tâm Truyền thông tỉnh": a name, a dash, then an
# organisation, told by the noun that opens its name.
_NAME_DASH_ORGANISATION = re.compile(r"^(?P<name>[^-–—|:]{2,40}?)\s+[-–—]\s+(?P<agency>.{3,80})$")
# With their marks: "Bảo Ngọc" is a name, "Báo Lam Giang" a newspaper.
_ORGANISATION_NOUNS = (
    "báo", "tạp chí", "đài", "thông tấn xã", "trung tâm", "sở", "ban", "phòng", "cổng thông tin",
    "cổng ttđt", "văn phòng", "ubnd", "ủy ban", "uỷ ban", "bộ", "cục", "chi cục", "viện",
    "trường", "hội", "công an", "bệnh viện", "tỉnh đoàn", "huyện ủy", "tỉnh ủy", "thành ủy",
    "bảo hiểm xã hội", "kho bạc", "bưu điện", "vnpt", "viettel", "ttxvn", "vtv", "vov",
)  # fmt: skip


def split_agency(line: str) -> tuple[str, str] | None:
    """A byline naming the author and the agency, in brackets or after a dash:
    ``(name, agency)``.

    >>> split_agency("Hồng Nhung (TTXVN)")
    ('Hồng Nhung', 'TTXVN')
    >>> split_agency("Minh Châu - Báo Lam Giang")
    ('Minh Châu', 'Báo Lam Giang')
    >>> split_agency("Minh Châu (tổng hợp)") is None, split_agency("Khánh Linh - Bảo Ngọc") is None
    (True, True)
    """
    line = normalize_line(line)
    match = _NAME_AGENCY.match(line)
    if match and looks_like_name(match["name"]):
        return match["name"], match["agency"].strip()
    match = _NAME_DASH_ORGANISATION.match(line)
    if match and looks_like_name(match["name"]):
        agency = match["agency"].strip()
        lower = agency.lower()
        if any(lower == noun or lower.startswith(noun + " ") for noun in _ORGANISATION_NOUNS):
            return match["name"].strip(), agency
    return None


_ROLE_SUFFIX = re.compile(r"\s*\((?:tổng hợp|TH|lược dịch|st|sưu tầm|biên dịch)\)\s*$", re.I)


def author_name(line: str) -> str:
    """The name in a byline line, without a leading dash, a role in brackets or an e-mail.

    >>> author_name("Quốc Bảo (tổng hợp)"), author_name("- Thu Hà")
    ('Quốc Bảo', 'Thu Hà')
    >>> author_name("Quốc Bảo (quocbao@sonlam.gov.vn")
    'Quốc Bảo'
    """
    name = without_email(re.sub(r"^\s*[-–—]\s*", "", normalize_line(line)))
    return _ROLE_SUFFIX.sub("", name)


# An e-mail address with what joins it to a name: " - x@y.vn", " (x@y.vn)", ", email: x@y.vn".
_EMAIL_PART = re.compile(
    r"\s*[-–—,;:|(\[]*\s*(?:e-?mail|thư điện tử)?\s*:?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)\]]?",
    re.IGNORECASE,
)


def without_email(line: str) -> str:
    """``line`` without the e-mail addresses it gives (and what joins them to the rest).

    >>> without_email("Văn Tùng - vantung@sonlam.gov.vn"), without_email("Thu Hà, email: ha@t.vn")
    ('Văn Tùng', 'Thu Hà')
    """
    if "@" not in line:
        return line
    return _EMAIL_PART.sub("", line).strip(" -–—,;:|")


def parse_photo_credit(line: str) -> str | None:
    """The photographer in a lone "Ảnh: …" credit line, else None.

    >>> parse_photo_credit("Ảnh: Thanh Tùng")
    'Thanh Tùng'
    """
    match = _PHOTO_CREDIT.match(normalize_line(line))
    if match and looks_like_name(match["v"]):
        return match["v"]
    return None


def looks_like_caption(line: str) -> bool:
    """Caption wording: "Ảnh minh họa", "Ảnh: …", or a sentence ending "(Ảnh: …)".

    >>> looks_like_caption("Ảnh minh họa")
    True
    >>> looks_like_caption("Cán bộ hướng dẫn người dân cài VNeID (Ảnh: Minh Châu)")
    True
    >>> looks_like_caption("Tỉnh đã cấp 120.000 chữ ký số.")
    False
    """
    line = normalize_line(line)
    return bool(_CAPTION_START.match(line) or _CAPTION_END.search(line))
