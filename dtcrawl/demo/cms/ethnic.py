"""Ethnic-languages portal family (portal caophin): a northern mountain province's ASP.NET MVC
portal that publishes its news in Vietnamese and, translated, in H'Mông (RPA) and Dao.

URL shapes (ASP.NET MVC 5 on IIS, routes ``{lang}/...``; ``lang`` is ``vi``, ``hmn`` or ``dao``):
- Vietnamese home ``/`` (``/vi`` answers 301 to ``/``); H'Mông home ``/hmn``; Dao home ``/dao``;
- all news of a language ``/{lang}/tin-tuc``, page N ``/{lang}/tin-tuc/trang-N`` (one-based, path
  style; page 1 has no ``trang-1``); a section ``/{lang}/chuyen-muc/<slug>-<id>`` and
  ``/{lang}/chuyen-muc/<slug>-<id>/trang-N`` (the slug is the section name in that language);
- article ``/{lang}/tin-bai/<id>/<slug>.html``; the route matches on the id, so the short form
  ``/{lang}/tin-bai/<id>`` ("Tin nổi bật" links) and any slug serve the same page;
- language switcher ``/Language/Change?culture=<lang>&returnUrl=<path>``: 302 to the page's
  translation in that language (or that language's home) and sets a ``_culture`` cookie;
- search ``/{lang}/tim-kiem?q=`` (disallowed), ``/sitemap.xml`` (all languages, with
  ``xhtml:link`` alternates), named in robots.txt.

Vietnamese article: ``h1.nd-title``, date "Thứ hai - 11/11/2024 04:09" in ``.nd-info`` next to
"Lượt xem: N", the first paragraph bold in ``div.nd-sapo``, the rest ``<p>`` in
``div#ndContent.nd-content``; photos as ``table.image-caption`` (caption in ``td.caption``);
byline ``p.nd-author`` (bold, right-aligned), "Nguồn: …" in ``p.nd-source``. Half of the articles
have an H'Mông translation, a third a Dao one (own ids, own dates a few hours later, generated
text that keeps Vietnamese place and agency names, never gold). The H'Mông pages say
``<html lang="hmn">``; the Dao pages keep the shared template's ``<html lang="vi">``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote

from dtcrawl.demo.cms.common import (
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    body_blocks,
    dmy,
    esc,
    image_path,
    iso_vn,
    listing_date,
    page_number,
    pager_numbers,
    poll,
    reuse_notice,
    shorten,
    slugify,
    stable_int,
    stable_token,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)
from dtcrawl.demo.portals import PortalDef

LANGS = ("vi", "hmn", "dao")
LANG_NAMES = {"vi": "Tiếng Việt", "hmn": "Tiếng Mông", "dao": "Tiếng Dao"}
HTML_LANG = {"vi": "vi", "hmn": "hmn", "dao": "vi"}  # the Dao pages keep the template's "vi"
HREFLANG = {"vi": "vi", "hmn": "hmn", "dao": "ium"}
SWITCH = "/Language/Change"

# Section names in each language (the CMS shares its categories; names are localised).
SECTION_NAMES = {
    "hmn": {
        "Tin tức - Sự kiện": "Xov xwm - Tej xwm txheej",
        "Chuyển đổi số": "Kev hloov pauv digital",
        "Chính quyền số": "Tsoom fwv digital",
        "Kinh tế số": "Kev lag luam digital",
        "Xã hội số": "Zej zog digital",
        "An toàn thông tin": "Kev ruaj ntseg xov xwm",
    },
    "dao": {
        "Tin tức - Sự kiện": "Sic nyeic - Jauv zoux",
        "Chuyển đổi số": "Jiex zoux digital",
        "Chính quyền số": "Zingh fouv digital",
        "Kinh tế số": "Zoux gaeng digital",
        "Xã hội số": "Mienh buonc digital",
        "An toàn thông tin": "Baengc nzuonx sic nyeic",
    },
}

# Interface words of the three languages.
WORDS = {
    "vi": {
        "home": "Trang chủ",
        "news": "Tin tức",
        "latest": "Tin mới",
        "hot": "Tin nổi bật",
        "related": "Tin liên quan",
        "views": "Lượt xem",
        "read_in": "Đọc bài bằng",
        "empty": "Chưa có tin bài trong chuyên mục này.",
        "more": "Xem tiếp",
        "first": "Trang đầu",
        "last": "Trang cuối",
        "print": "In bài",
        "search": "Tìm kiếm",
    },
    "hmn": {
        "home": "Nplooj tsev",
        "news": "Xov xwm",
        "latest": "Xov xwm tshiab",
        "hot": "Xov xwm tseem ceeb",
        "related": "Xov xwm cuam tshuam",
        "views": "Tus neeg nyeem",
        "read_in": "Nyeem ua",
        "empty": "Tseem tsis tau muaj xov xwm.",
        "more": "Nyeem ntxiv",
        "first": "Thawj",
        "last": "Kawg",
        "print": "Luam tawm",
        "search": "Nrhiav",
    },
    "dao": {
        "home": "Biauv gorn",
        "news": "Sic nyeic",
        "latest": "Sic nyeic siang",
        "hot": "Sic nyeic longx",
        "related": "Sic nyeic gapv jiex",
        "views": "Mienh mangc",
        "read_in": "Doqc benx",
        "empty": "Maiv maaih sic nyeic.",
        "more": "Doqc jienv",
        "first": "Gorn",
        "last": "Setv",
        "print": "Aengx zoux",
        "search": "Lorz",
    },
}
HMN_WEEKDAYS = ("Ib", "Ob", "Peb", "Plaub", "Tsib", "Rau", "Xya")
DAO_WEEKDAYS = ("yietc", "i", "faam", "feix", "hmz", "luoqc", "hnoi")

# --- generated minority-language text (our own word lists, RPA and Mien-style tone letters) ---
HMN_SUBJECTS = (
    "pawg thawj coj lub xeev",
    "tsoom fwv lub nroog",
    "cov nom tswv hauv cheeb tsam",
    "pab pawg thev naus laus zis hauv zej zog",
    "cov hluas hauv zos",
    "cov xib fwb thiab cov tub ntxhais kawm ntawv",
    "cov neeg ua lag luam me",
    "lub chaw pab cuam pej xeem",
    "cov tub ceev xwm hauv zos",
    "cov kws kho mob hauv tsev kho mob",
)
HMN_VERBS = (
    "tau txhawb nqa",
    "yuav nthuav dav",
    "tab tom npaj",
    "tau qhib",
    "tau sib tham txog",
    "tau kawm siv",
    "tau tshuaj xyuas",
    "yuav ua kom tiav",
    "tau qhia pej xeem txog",
)
HMN_OBJECTS = (
    "kev siv xov tooj ntse",
    "cov kev pab cuam pej xeem hauv online",
    "kev them nyiaj tsis siv nyiaj ntsuab",
    "txoj kev sib txuas internet",
    "cov ntaub ntawv digital",
    "kev muag khoom hauv online",
    "kev ruaj ntseg ntawm cov ntaub ntawv",
    "daim npav ID digital",
    "kev kawm ntawv hauv online",
    "kev kho mob deb hauv online",
)
HMN_TAILS = (
    "rau txhua lub zos",
    "hauv lub xyoo no",
    "kom pej xeem tau txais txiaj ntsig",
    "raws li txoj kev npaj ntawm lub xeev",
    "ua ntej lub caij nplooj ntoos hlav",
    "nrog kev pab los ntawm {agency}",
    "hauv cov zos siab ntawm roob",
)
HMN_NUMBERS = (
    "Muaj {a} tus neeg tuaj koom thiab {b} tus qauv tshiab.",
    "Txog tam sim no, muaj {a} tsev neeg tau siv thiab {b} lub zos tau sib txuas.",
    "Lub xeev tau teeb tsa {a} lub chaw thiab cob qhia {b} tus neeg.",
)
HMN_CLOSINGS = (
    "Cov neeg hauv zos hais tias txoj hauv kev no pab lawv txuag sij hawm.",
    "Pawg thawj coj tau hais kom txhua lub chaw ua haujlwm sib koom tes zoo dua.",
    "Lub hli tom ntej, yuav muaj ib lub rooj sib tham los tshuaj xyuas dua.",
    "Cov hluas yuav pab cov laus kawm siv xov tooj ntse.",
)
DAO_SUBJECTS = (
    "zingh fouv gunv zangc",
    "gorn zangc nyei mienh zoux gong",
    "hoqc seix caux hoqc sing",
    "zoux gaeng mienh",
    "mbuo nyei laangz zangc mienh",
    "gunv deic nyei zingh fouv",
    "jienv zoux digital nyei guanh",
    "yietc zeiv zoux gong mienh",
)
DAO_VERBS = (
    "duqv zoux jienv",
    "oix zuqc zoux",
    "longc jienv",
    "hoqc longc",
    "gorngv taux",
    "tengx zoux",
    "jiex mangc",
    "nzoih zoux",
)
DAO_OBJECTS = (
    "fin waac siang",
    "zinh nzaangc digital",
    "sou-daan nyei jauv online",
    "maaih nyaanh maiv longc nyaanh zeix",
    "bouh nzaangc nyei gong",
    "biauv yiem nyei sou digital",
    "mienh nyei baengc nzuonx",
    "maaic ga'naaiv online",
)
DAO_TAILS = (
    "yiem norm laangz",
    "yiem naaiv norm hnyangx",
    "weic bun mienh duqv longx",
    "ei jienv {agency} nyei jauv",
    "yiem mbong nyei laangz zangc",
    "caux {agency} tengx",
)
DAO_NUMBERS = (
    "Maaih {a} dauh mienh daaih caux {b} norm jauv siang.",
    "Taux ih zanc, maaih {a} biauv longc jienv caux {b} norm laangz jiex zoux.",
    "Gunv zangc zoux {a} norm dorngx caux njaaux {b} dauh mienh.",
)
DAO_CLOSINGS = (
    "Laangz zangc mienh gorngv naaiv diuc jauv tengx ninh mbuo mbaang hnoi.",
    "Zingh fouv heuc yietc zungv gunv zangc caux jienv zoux longx.",
    "Da'nyeic hlaax oix aengx zoux norm domh jaauv mangc.",
    "Lunc mienh oix tengx gox mienh hoqc longc fin waac.",
)
AGENCIES = (
    "Sở Thông tin và Truyền thông",
    "UBND tỉnh {province}",
    "Trung tâm Phục vụ hành chính công tỉnh {province}",
    "Bưu điện tỉnh {province}",
    "Sở Khoa học và Công nghệ",
)
TRANSLATORS = {
    "hmn": ("Giàng A Páo", "Vàng Thị Mai", "Sùng Seo Chử", "Lầu Thị Dợ"),
    "dao": ("Triệu Văn Hin", "Bàn Thị Mây", "Lý Tà Chài", "Đặng Văn Sơn"),
}
TRANSLATOR_LABEL = {"hmn": "Txhais lus", "dao": "Faan waac"}
PLACE = re.compile(
    r"\b(?:xã|phường|thị trấn|thôn|bản|khu phố)(?: [A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][^\s,.]*)+", re.UNICODE
)


@dataclass
class Translation:
    """A minority-language page: a translation of a Vietnamese article (never gold)."""

    lang: str
    number: int
    title: str
    published: datetime
    paragraphs: list[str]
    captions: list[str]
    translator: str
    source: Item

    @property
    def path(self) -> str:
        return f"/{self.lang}/tin-bai/{self.number}/{slugify(self.title, max_len=80)}.html"


def pick(seed: str, options: tuple[str, ...]) -> str:
    """One of ``options``, chosen by ``seed``.

    >>> pick("a", ("x", "y")) == pick("a", ("x", "y"))
    True
    """
    return options[stable_int(seed, 0, len(options) - 1)]


def capitalised(text: str) -> str:
    """The text with its first letter in upper case.

    >>> capitalised("tsoom fwv")
    'Tsoom fwv'
    """
    return text[:1].upper() + text[1:]


def translated_sentence(lang: str, seed: str, agency: str) -> str:
    """One generated sentence in ``lang`` ("hmn" or "dao"): who does what, for whom.

    >>> s = translated_sentence("hmn", "k", "UBND tỉnh Cao Phìn")
    >>> s.endswith(".") and s[0].isupper()
    True
    """
    subjects, verbs, objects, tails = (
        (HMN_SUBJECTS, HMN_VERBS, HMN_OBJECTS, HMN_TAILS)
        if lang == "hmn"
        else (DAO_SUBJECTS, DAO_VERBS, DAO_OBJECTS, DAO_TAILS)
    )
    text = f"{pick(seed + 's', subjects)} {pick(seed + 'v', verbs)} {pick(seed + 'o', objects)}"
    if stable_int(seed + "t", 0, 2):
        text += " " + pick(seed + "t", tails).format(agency=agency)
    return capitalised(text) + "."


def translate_paragraph(lang: str, seed: str, vietnamese: str, province: str, first: bool) -> str:
    """A generated ``lang`` paragraph standing for ``vietnamese``: its figures and (in the first
    paragraph) its place names are kept, as human translations keep them.

    >>> p = translate_paragraph("hmn", "x", "Ngày 3/4, tại xã Tân Lộc, với 120 người.", "Cao Phìn",
    ...                         True)
    >>> "xã Tân Lộc" in p and "120" in p
    True
    """
    agency = pick(seed + "agency", AGENCIES).format(province=province)
    sentences = []
    places = PLACE.findall(vietnamese)
    numbers = re.findall(r"\d+(?:[.,]\d+)*", vietnamese)
    if first:
        where = places[0] if places else f"tỉnh {province}"
        opening = (
            f"Nyob rau hauv {where}, lub xeev {province}," if lang == "hmn" else f"Yiem {where},"
        )
        sentence = translated_sentence(lang, seed + "open", agency)
        sentences.append(f"{opening} {sentence[:1].lower()}{sentence[1:]}")
    count = stable_int(seed + "n", 2, 4)
    sentences += [translated_sentence(lang, f"{seed}-{i}", agency) for i in range(count)]
    if len(numbers) >= 2:
        template = pick(seed + "num", HMN_NUMBERS if lang == "hmn" else DAO_NUMBERS)
        sentences.append(template.format(a=numbers[-2], b=numbers[-1]))
    if stable_int(seed + "c", 0, 2) == 0:
        sentences.append(pick(seed + "close", HMN_CLOSINGS if lang == "hmn" else DAO_CLOSINGS))
    return " ".join(sentences)


def vi_dateline(moment: datetime) -> str:
    """The Vietnamese pages' date line.

    >>> vi_dateline(datetime(2024, 11, 11, 4, 9))
    'Thứ hai - 11/11/2024 04:09'
    """
    return f"{weekday(moment, lower=True)} - {dmy(moment)} {moment:%H:%M}"


def ethnic_dateline(lang: str, moment: datetime) -> str:
    """The date line of the H'Mông and Dao pages.

    >>> ethnic_dateline("hmn", datetime(2024, 11, 11, 4, 9))
    'Hnub Ib - 11/11/2024 04:09'
    >>> ethnic_dateline("dao", datetime(2024, 11, 17, 4, 9))
    'Laih baaix hnoi - 17/11/2024 04:09'
    """
    if lang == "hmn":
        name = f"Hnub {HMN_WEEKDAYS[moment.weekday()]}"
    else:
        name = f"Laih baaix {DAO_WEEKDAYS[moment.weekday()]}"
    return f"{name} - {dmy(moment)} {moment:%H:%M}"


class EthnicSite(CmsSite):
    family_headers = {
        "Server": "Microsoft-IIS/10.0",
        "X-AspNetMvc-Version": "5.2",
        "X-AspNet-Version": "4.0.30319",
        "X-Powered-By": "ASP.NET",
    }
    image_folder = "/Uploads/images/tin-tuc"
    number_base = 3100
    number_stride = 5

    def __init__(self, portal: PortalDef, articles):
        super().__init__(portal, articles)
        healthy = [it for it in self.items if it.kind == "article"]
        top = max([it.number for it in self.items], default=self.number_base)
        self.translations: dict[str, list[Translation]] = {"hmn": [], "dao": []}
        for rank, item in enumerate(reversed(healthy)):
            if rank % 2 == 0:
                self.translations["hmn"].append(self.translate(item, "hmn", top + 1 + 3 * rank))
            if rank % 3 == 1:
                self.translations["dao"].append(self.translate(item, "dao", top + 2 + 3 * rank))
        for listed in self.translations.values():
            listed.sort(key=lambda tr: (tr.published, tr.number), reverse=True)
        self.by_lang_number = {
            (lang, tr.number): tr for lang, trs in self.translations.items() for tr in trs
        }
        self.translation_of: dict[tuple[str, str], Translation] = {
            (lang, tr.source.key): tr for lang, trs in self.translations.items() for tr in trs
        }

    # -- the minority-language content (generated, never gold)

    def translate(self, item: Item, lang: str, number: int) -> Translation:
        seed = f"{item.key}:{lang}"
        province = self.portal.province
        agency = pick(seed + "ta", AGENCIES).format(province=province)
        title = translated_sentence(lang, seed + "title", agency).rstrip(".")
        if stable_int(seed + "tp", 0, 1):
            title += (" hauv" if lang == "hmn" else " yiem") + f" tỉnh {province}"
        paragraphs = [
            translate_paragraph(lang, f"{seed}:{i}", text, province, i == 0)
            for i, text in enumerate(item.paragraphs)
        ]
        captions = [
            capitalised(translated_sentence(lang, f"{seed}:cap{i}", agency).rstrip("."))
            for i, _ in enumerate(item.images)
        ]
        return Translation(
            lang=lang,
            number=number,
            title=title,
            published=item.published + timedelta(hours=stable_int(seed + "h", 4, 50)),
            paragraphs=paragraphs,
            captions=captions,
            translator=pick(seed + "who", TRANSLATORS[lang]),
            source=item,
        )

    # -- URLs

    def section_slug(self, name: str) -> str:
        return slugify(name)

    def localised(self, lang: str, section: Section) -> str:
        """The section's name in ``lang``."""
        return section.name if lang == "vi" else SECTION_NAMES[lang].get(section.name, section.name)

    def section_base(self, lang: str, section: Section | None) -> str:
        if section is None or self.is_news(section):
            return f"/{lang}/tin-tuc"
        return f"/{lang}/chuyen-muc/{slugify(self.localised(lang, section))}-{section.id}"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        return self.lang_listing_path("vi", section, page)

    def lang_listing_path(self, lang: str, section: Section | None, page: int = 1) -> str:
        base = self.section_base(lang, section)
        return base if page == 1 else f"{base}/trang-{page}"

    def article_path(self, item: Item) -> str:
        return f"/vi/tin-bai/{item.number}/{slugify(item.title, max_len=80)}.html"

    def short_path(self, lang: str, number: int) -> str:
        return f"/{lang}/tin-bai/{number}"

    def article_aliases(self, item: Item) -> list[str]:
        return [self.short_path("vi", item.number)]

    def home_path(self) -> str:
        return "/"

    def lang_home(self, lang: str) -> str:
        return "/" if lang == "vi" else f"/{lang}"

    def extra_paths(self) -> dict[str, str]:
        return {"sitemap": "/sitemap.xml"}

    def switch_link(self, lang: str, return_path: str) -> str:
        return f"{SWITCH}?culture={lang}&amp;returnUrl={quote(return_path, safe='')}"

    def robots_txt(self, request: Request) -> str:
        lines = ["User-agent: *", "Disallow: /Admin/", "Disallow: /bin/"]
        lines += [f"Disallow: /{lang}/tim-kiem" for lang in LANGS]
        return "\n".join(lines) + f"\n\nSitemap: {request.base_url}/sitemap.xml\n"

    # -- responses

    def html_response(
        self, markup: str, status: int = 200, headers: dict | None = None
    ) -> Response:
        response = super().html_response(markup, status, headers)
        session = stable_token(markup[:1500] + str(status), 24, "abcdefghijklmnopqrstuvwxyz012345")
        cookies = f"ASP.NET_SessionId={session}; path=/; HttpOnly; SameSite=Lax"
        return Response(response.status, {**response.headers, "Set-Cookie": cookies}, response.body)

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return self.html_response(self.home_html("vi", request))
        if path in ("/vi", "/vi/"):
            return Response(301, {"Location": f"{request.base_url}/"}, b"")
        if path in ("/hmn", "/dao", "/hmn/", "/dao/"):
            return self.html_response(self.home_html(path.strip("/"), request))
        if path == SWITCH:
            return self.switch_response(request)
        if path == "/sitemap.xml":
            xml = self.sitemap(request)
            return Response(200, {"Content-Type": "text/xml; charset=utf-8"}, xml.encode("utf-8"))
        match = re.fullmatch(r"/(vi|hmn|dao)/tin-bai/(\d+)(?:/[^/]*)?", path)
        if match:
            return self.article_route(match.group(1), int(match.group(2)), request)
        match = re.fullmatch(r"/(vi|hmn|dao)/tin-tuc(?:/trang-(\d+))?", path)
        if match:
            page = page_number(match.group(2))
            return self.html_response(self.listing_html(match.group(1), None, page, request))
        match = re.fullmatch(r"/(vi|hmn|dao)/chuyen-muc/[a-z0-9-]+-(\d+)(?:/trang-(\d+))?", path)
        if match:
            section = self.section_by_id(int(match.group(2)))
            if section is None:
                return None
            page = page_number(match.group(3))
            return self.html_response(self.listing_html(match.group(1), section, page, request))
        match = re.fullmatch(r"/(vi|hmn|dao)/tim-kiem", path)
        if match:
            return self.html_response(self.search_html(match.group(1), request))
        return None

    def article_route(self, lang: str, number: int, request: Request) -> Response | None:
        if lang == "vi":
            item = self.by_number.get(number)
            return self.article_response(item, request) if item else None
        translation = self.by_lang_number.get((lang, number))
        if translation is None:
            return None
        return self.html_response(self.translation_html(translation, request))

    def switch_response(self, request: Request) -> Response:
        culture = request.params.get("culture", "vi")
        culture = culture if culture in LANGS else "vi"
        back = request.params.get("returnUrl", "/")
        target = self.lang_home(culture)
        match = re.fullmatch(r"/(vi|hmn|dao)/tin-bai/(\d+)(?:/[^/]*)?", back)
        if match:
            lang, number = match.group(1), int(match.group(2))
            item = (
                self.by_number.get(number)
                if lang == "vi"
                else getattr(self.by_lang_number.get((lang, number)), "source", None)
            )
            if item is not None:
                if culture == "vi":
                    target = self.article_path(item)
                elif (culture, item.key) in self.translation_of:
                    target = self.translation_of[(culture, item.key)].path
        headers = {
            "Location": target,
            "Set-Cookie": f"_culture={culture}; expires=Fri, 31 Dec 2027 00:00:00 GMT; path=/",
            "Content-Type": "text/html; charset=utf-8",
        }
        body = f'<html><head><title>Object moved</title></head><body><h2>Object moved to <a href="{esc(target)}">here</a>.</h2></body></html>'
        return Response(302, {**self.family_headers, **headers}, body.encode("utf-8"))

    # -- the frame

    def frame(
        self,
        lang: str,
        title: str,
        main: str,
        request: Request,
        *,
        head: str = "",
        crumbs: tuple[tuple[str, str], ...] = (),
    ) -> str:
        portal, seed = self.portal, request.seed
        words = WORDS[lang]
        here = request.path
        lang_bar = "".join(
            f'<li class="{"active" if code == lang else ""}"><a href="'
            f'{self.switch_link(code, here)}" hreflang="{HREFLANG[code]}">'
            f'<img src="/Content/images/flag-{code}.png" alt=""> {esc(LANG_NAMES[code])}</a></li>'
            for code in LANGS
        )
        menu = "".join(
            f'<li><a href="{esc(self.lang_listing_path(lang, s))}">{esc(self.localised(lang, s))}'
            "</a></li>"
            for s in self.sections.values()
        )
        if lang == "vi":
            menu += (
                '<li class="menu-dantoc"><a href="/hmn">Tiếng Mông</a></li>'
                '<li class="menu-dantoc"><a href="/dao">Tiếng Dao</a></li>'
            )
        crumb = "".join(f'<li><a href="{esc(h)}">{esc(label)}</a></li>' for h, label in crumbs)
        visits = visitor_stats(seed)
        if lang == "vi":
            latest = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
                f'<span class="date">{listing_date(it.published)}</span></li>'
                for it in self.latest(6)
            )
        else:
            latest = "".join(
                f'<li><a href="{esc(tr.path)}">{esc(tr.title)}</a> '
                f'<span class="date">{listing_date(tr.published)}</span></li>'
                for tr in self.translations[lang][:6]
            )
        ethnic_box = ""
        if lang == "vi":
            picks = [tr for code in ("hmn", "dao") for tr in self.translations[code][:3]]
            ethnic_box = (
                '<div class="portlet box-dantoc"><div class="portlet-title">Tin tiếng dân tộc'
                '</div><ul class="list-news">'
                + "".join(
                    f'<li><span class="lang-tag">{esc(LANG_NAMES[tr.lang])}</span> '
                    f'<a href="{esc(tr.path)}">{esc(tr.title)}</a></li>'
                    for tr in picks
                )
                + "</ul></div>"
            )
        tthc = tthc_stats(seed)
        question, options = poll(seed)
        choices = "".join(
            f'<li><label><input type="radio" name="poll" value="{i}"> {esc(o)}</label></li>'
            for i, o in enumerate(options)
        )
        site_name = f"CỔNG THÔNG TIN ĐIỆN TỬ TỈNH {portal.province.upper()}"
        subtitle = {
            "vi": f"ỦY BAN NHÂN DÂN TỈNH {portal.province.upper()}",
            "hmn": f"LUB VEV XAIB XOV XWM NTAWM LUB XEEV {portal.province.upper()}",
            "dao": f"ZINGH FOUV NYEI SIC NYEIC BIAUV {portal.province.upper()}",
        }[lang]
        return f"""<!DOCTYPE html>
<html lang="{HTML_LANG[lang]}">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {esc(portal.name)}</title>
{head}
<link href="/Content/bootstrap.min.css" rel="stylesheet">
<link href="/Content/site.css?v=3.2.1" rel="stylesheet">
<script src="/Scripts/jquery-3.4.1.min.js"></script>
</head>
<body class="culture-{lang}">
<div class="top-links"><div class="container">
<span class="today">{esc(weekday(datetime(2026, 11, 24), lower=True))}, {dmy(datetime(2026, 11, 24))}</span>
<ul class="lang-bar">{lang_bar}</ul>
<a href="/Account/Login" class="login">Đăng nhập</a>
</div></div>
<header id="header"><div class="container">
<a href="{self.lang_home(lang)}" class="logo"><img src="/Content/images/quoc-huy.png" alt="Quốc huy"></a>
<div class="brand"><p class="brand-top">{esc(subtitle)}</p><p class="brand-name">{esc(site_name)}</p></div>
<form class="search-box" action="/{lang}/tim-kiem" method="get"><input type="text" name="q" placeholder="{esc(words["search"])}..."><button type="submit"><i class="fa fa-search"></i></button></form>
</div></header>
<nav class="navbar navbar-default main-nav"><div class="container"><ul class="nav navbar-nav">
<li><a href="{self.lang_home(lang)}"><i class="fa fa-home"></i> {esc(words["home"])}</a></li>
<li><a href="{self.lang_listing_path(lang, None)}">{esc(words["news"])}</a></li>{menu}
</ul></div></nav>
<div class="container"><ol class="breadcrumb"><li><a href="{self.lang_home(lang)}">{esc(words["home"])}</a></li>{crumb}</ol></div>
<div class="container main-wrap"><div class="row">
<div class="col-md-8 col-main">
{main}
</div>
<div class="col-md-4 col-right">
<div class="portlet box-latest"><div class="portlet-title">{esc(words["latest"])}</div><ul class="list-news">{latest}</ul></div>
{ethnic_box}
<div class="portlet box-tthc"><div class="portlet-title">Kết quả giải quyết TTHC</div>
<p>Tháng {tthc["month"]}: đã giải quyết {thousands(tthc["total"])} hồ sơ, đúng hạn {tthc["percent"]}%</p>
<ul><li>Đúng hạn: {thousands(tthc["ontime"])}</li><li>Trễ hạn: {thousands(tthc["late"])}</li></ul></div>
<div class="portlet box-links"><div class="portlet-title">Liên kết</div>
<a href="https://dichvucong.gov.vn" target="_blank"><img src="/Content/images/banner-dvc.png" alt="Cổng Dịch vụ công quốc gia"></a>
<a href="/vi/chuyen-muc/chuyen-doi-so-{self.cds_id()}"><img src="/Content/images/banner-cds.png" alt="Chuyển đổi số"></a>
<a href="javascript:void(0)" onclick="window.open('/Home/HoTro','_blank')">Hỗ trợ trực tuyến</a></div>
<div class="portlet box-poll"><div class="portlet-title">Thăm dò ý kiến</div><p>{esc(question)}</p><ul>{choices}</ul><a href="javascript:void(0)" class="btn-vote">Biểu quyết</a></div>
<div class="portlet box-counter"><div class="portlet-title">Thống kê truy cập</div><ul>
<li>Đang truy cập: {thousands(visits["online"])}</li><li>Hôm nay: {thousands(visits["today"])}</li>
<li>Trong tuần: {thousands(visits["week"])}</li><li>Tổng lượt truy cập: {thousands(visits["total"])}</li></ul></div>
</div>
</div></div>
<footer id="footer"><div class="container">
<p class="footer-name">{esc(portal.name.upper())}</p>
<p>Cơ quan chủ quản: {esc(portal.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)}</p>
<p>{esc(reuse_notice(portal))}</p>
<a href="#" class="back-top">Về đầu trang</a>
</div></footer>
<script src="/Scripts/site.js?v=3.2.1"></script>
</body>
</html>
"""

    def cds_id(self) -> int:
        section = self.sections.get("Chuyển đổi số")
        return section.id if section else 0

    def pager(self, lang: str, section: Section | None, page: int, pages: int) -> str:
        if pages <= 1:
            return ""
        words = WORDS[lang]

        def link(n: int) -> str:
            return f'<li><a href="{esc(self.lang_listing_path(lang, section, n))}">{n}</a></li>'

        numbers = pager_numbers(
            page,
            pages,
            link,
            current='<li class="active"><span>{n}</span></li>',
            gap='<li class="disabled"><span>...</span></li>',
        )
        first = last = ""
        if page > 1:
            first = (
                f'<li><a href="{esc(self.lang_listing_path(lang, section, 1))}" '
                f'title="{esc(words["first"])}">&laquo;</a></li>'
            )
        if page < pages:
            last = (
                f'<li><a href="{esc(self.lang_listing_path(lang, section, pages))}" '
                f'title="{esc(words["last"])}">&raquo;</a></li>'
            )
        return (
            f'<div class="paging"><ul class="pagination">{first}{"".join(numbers)}{last}</ul></div>'
        )

    # -- Vietnamese and minority-language pages

    def card(self, href: str, title: str, published: datetime, sapo: str, image: str) -> str:
        return (
            f'<div class="news-item clearfix"><a href="{esc(href)}" class="thumb">'
            f'<img src="{esc(image)}" alt="Responsive image"></a>'
            f'<h3 class="news-title"><a href="{esc(href)}">{esc(title)}</a></h3>'
            f'<span class="news-date">{listing_date(published)}</span>'
            f'<p class="news-sapo">{esc(shorten(sapo, 200))}</p></div>'
        )

    def vi_card(self, item: Item, revision: int) -> str:
        return self.card(
            self.article_path(item),
            item.title,
            item.published,
            item.sapo(revision),
            image_path(item, 0, self.image_folder),
        )

    def tr_card(self, tr: Translation) -> str:
        return self.card(
            tr.path,
            tr.title,
            tr.published,
            tr.paragraphs[0] if tr.paragraphs else "",
            image_path(tr.source, 0, self.image_folder),
        )

    def lang_items(self, lang: str, section: Section | None) -> list:
        """What a listing of ``lang`` shows: items (vi) or translations, newest first."""
        if lang == "vi":
            return self.listed(section)
        return [
            tr
            for tr in self.translations[lang]
            if section is None or self.is_news(section) or tr.source.section == section
        ]

    def listing_html(self, lang: str, section: Section | None, page: int, request: Request) -> str:
        words = WORDS[lang]
        entries = self.lang_items(lang, section)
        size = self.portal.page_size
        pages = max(1, -(-len(entries) // size))
        shown = entries[(page - 1) * size : page * size]
        cards = "".join(
            self.vi_card(e, request.revision) if lang == "vi" else self.tr_card(e) for e in shown
        )
        cards = cards or f'<p class="no-data">{esc(words["empty"])}</p>'
        name = words["news"] if section is None else self.localised(lang, section)
        base = self.lang_listing_path(lang, section)
        main = (
            f'<div class="portlet category-news"><h1 class="portlet-title cat-title">{esc(name)}</h1>'
            f'<div class="list-news-cat">{cards}</div>{self.pager(lang, section, page, pages)}</div>'
        )
        crumbs = ((self.lang_listing_path(lang, None), words["news"]),)
        if section is not None:
            crumbs += ((base, name),)
        return self.frame(lang, name, main, request, crumbs=crumbs)

    def home_html(self, lang: str, request: Request) -> str:
        words = WORDS[lang]
        if lang == "vi":
            healthy = self.latest(4)
            hot = "".join(
                f'<li><a href="{self.short_path("vi", it.number)}">{esc(it.title)}</a></li>'
                for it in healthy
            )
        else:
            hot = "".join(
                f'<li><a href="{self.short_path(lang, tr.number)}">{esc(tr.title)}</a></li>'
                for tr in self.translations[lang][:4]
            )
        blocks = []
        for section in self.sections.values():
            entries = self.lang_items(lang, section)[:4]
            if not entries:
                continue
            cards = "".join(
                self.vi_card(e, request.revision) if lang == "vi" else self.tr_card(e)
                for e in entries
            )
            blocks.append(
                f'<div class="portlet home-cat"><h2 class="portlet-title"><a href="'
                f'{esc(self.lang_listing_path(lang, section))}">{esc(self.localised(lang, section))}'
                f'</a></h2>{cards}<a class="more" href="{esc(self.lang_listing_path(lang, section))}">'
                f"{esc(words['more'])} &raquo;</a></div>"
            )
        welcome = (
            f'<div class="welcome"><marquee>Chào mừng bạn đến với {esc(self.portal.name)}'
            "</marquee></div>"
            if lang == "vi"
            else ""
        )
        main = (
            f'{welcome}<div class="portlet box-hot"><div class="portlet-title">{esc(words["hot"])}'
            f'</div><ul class="hot-news">{hot}</ul></div>' + "".join(blocks)
        )
        head = "".join(
            f'<link rel="alternate" hreflang="{HREFLANG[code]}" '
            f'href="{request.base_url}{self.lang_home(code)}">'
            for code in LANGS
        )
        return self.frame(lang, words["home"], main, request, head=head)

    def search_html(self, lang: str, request: Request) -> str:
        query = request.params.get("q", "").lower().split()
        entries = [
            e
            for e in self.lang_items(lang, None)
            if query and all(w in e.title.lower() for w in query)
        ][:20]
        cards = "".join(
            self.vi_card(e, request.revision) if lang == "vi" else self.tr_card(e) for e in entries
        )
        main = f'<div class="portlet"><h1 class="portlet-title">{esc(WORDS[lang]["search"])}</h1>{cards}</div>'
        return self.frame(lang, WORDS[lang]["search"], main, request)

    def detail(
        self,
        lang: str,
        *,
        title: str,
        dateline: str,
        seed: str,
        url: str,
        blocks: list[tuple[str, object]],
        image_of,
        tail: str,
        langs: str,
        related: str,
    ) -> str:
        words = WORDS[lang]
        sapo = ""
        if blocks and blocks[0][0] == "p":
            sapo = f'<div class="nd-sapo"><strong>{esc(blocks[0][1])}</strong></div>'
            blocks = blocks[1:]
        parts = []
        for kind, value in blocks:
            if kind == "p":
                parts.append(f'<p style="text-align:justify">{esc(value)}</p>')
            else:
                index, caption = value
                parts.append(
                    '<table class="image-caption" align="center"><tbody><tr><td>'
                    f'<img src="{esc(image_of(index))}" alt="{esc(caption)}" width="600"></td></tr>'
                    f'<tr><td class="caption">{esc(caption)}</td></tr></tbody></table>'
                )
        return f"""<div class="portlet news-detail">
<h1 class="nd-title">{esc(title)}</h1>
<div class="nd-info"><span class="nd-date"><i class="fa fa-clock-o"></i> {esc(dateline)}</span>
<span class="nd-views"><i class="fa fa-eye"></i> {esc(words["views"])}: {view_count(seed)}</span>
<span class="nd-tools">Cỡ chữ: <a href="javascript:;" onclick="zoom(-1)">A-</a> <a href="javascript:;" onclick="zoom(0)">A</a> <a href="javascript:;" onclick="zoom(1)">A+</a> | <a href="javascript:window.print();"><i class="fa fa-print"></i> {esc(words["print"])}</a></span></div>
{langs}
{sapo}
<div class="nd-content" id="ndContent">{"".join(parts)}{tail}</div>
<div class="nd-share"><a href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}" target="_blank" rel="nofollow">Facebook</a> <a href="https://zalo.me/share?u={quote(url, safe="")}" target="_blank" rel="nofollow">Zalo</a></div>
</div>
<div class="portlet nd-related"><h3 class="portlet-title">{esc(words["related"])}</h3><ul class="list-news">{related}</ul></div>"""

    def lang_links(self, lang: str, item: Item) -> tuple[str, str]:
        """The "read in" line, the hreflang links and the switcher targets of an article."""
        versions = {"vi": self.article_path(item)}
        for code in ("hmn", "dao"):
            if (code, item.key) in self.translation_of:
                versions[code] = self.translation_of[(code, item.key)].path
        others = {code: path for code, path in versions.items() if code != lang}
        if not others:
            return "", ""
        line = (
            f'<div class="nd-langs">{esc(WORDS[lang]["read_in"])}: '
            + " | ".join(
                f'<a href="{esc(path)}" hreflang="{HREFLANG[code]}">{esc(LANG_NAMES[code])}</a>'
                for code, path in others.items()
            )
            + "</div>"
        )
        head = "".join(
            f'<link rel="alternate" hreflang="{HREFLANG[code]}" href="{esc(path)}">'
            for code, path in versions.items()
        )
        return line, head

    def article_html(self, item: Item, request: Request) -> str:
        revision = request.revision
        tail = ""
        if item.author:
            tail += f'<p class="nd-author" style="text-align:right"><b>{esc(item.author)}</b></p>'
        if item.source:
            tail += f'<p class="nd-source" style="text-align:right"><i>Nguồn: {esc(item.source)}</i></p>'
        related = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="date">{listing_date(it.published)}</span></li>'
            for it in self.others(item, 6)
        )
        langs, alternates = self.lang_links("vi", item)
        url = request.base_url + self.article_path(item)
        head = (
            f'<link rel="canonical" href="{esc(url)}">\n{alternates}\n'
            f'<meta name="description" content="{esc(item.sapo(revision))}">\n'
            f'<meta property="og:title" content="{esc(item.title)}">\n'
            f'<meta property="article:published_time" content="{iso_vn(item.published)}">'
        )
        main = self.detail(
            "vi",
            title=item.title,
            dateline=vi_dateline(item.published),
            seed=request.seed,
            url=url,
            blocks=body_blocks(item, revision),
            image_of=lambda i: image_path(item, i, self.image_folder),
            tail=tail,
            langs=langs,
            related=related,
        )
        crumbs = (
            (self.lang_listing_path("vi", None), WORDS["vi"]["news"]),
            (self.lang_listing_path("vi", item.section), item.section.name),
        )
        return self.frame("vi", item.title, main, request, head=head, crumbs=crumbs)

    def translation_html(self, tr: Translation, request: Request) -> str:
        lang, item = tr.lang, tr.source
        blocks: list[tuple[str, object]] = []
        placed = body_blocks(item, 0)
        p_index = 0
        for kind, value in placed:
            if kind == "p":
                blocks.append(("p", tr.paragraphs[p_index]))
                p_index += 1
            else:
                index, _ = value
                blocks.append(("img", (index, tr.captions[index])))
        tail = (
            f'<p class="nd-author" style="text-align:right"><b>{esc(TRANSLATOR_LABEL[lang])}: '
            f"{esc(tr.translator)}</b></p>"
        )
        if item.source:
            tail += f'<p class="nd-source" style="text-align:right"><i>Nguồn: {esc(item.source)}</i></p>'
        siblings = [t for t in self.translations[lang] if t is not tr]
        same = [t for t in siblings if t.source.section == item.section] or siblings
        related = "".join(
            f'<li><a href="{esc(t.path)}">{esc(t.title)}</a> '
            f'<span class="date">{listing_date(t.published)}</span></li>'
            for t in same[:6]
        )
        langs, alternates = self.lang_links(lang, item)
        url = request.base_url + tr.path
        head = f'<link rel="canonical" href="{esc(url)}">\n{alternates}'
        main = self.detail(
            lang,
            title=tr.title,
            dateline=ethnic_dateline(lang, tr.published),
            seed=request.seed,
            url=url,
            blocks=blocks,
            image_of=lambda i: image_path(item, i, self.image_folder),
            tail=tail,
            langs=langs,
            related=related,
        )
        section = item.section
        crumbs = (
            (self.lang_listing_path(lang, None), WORDS[lang]["news"]),
            (self.lang_listing_path(lang, section), self.localised(lang, section)),
        )
        return self.frame(lang, tr.title, main, request, head=head, crumbs=crumbs)

    def error_html(self, status: int) -> str:
        request = Request("/Error", {}, 0, f"{self.portal.id}:err{status}", "")
        if status == 404:
            main = (
                '<div class="portlet error-page"><h1>404 - Không tìm thấy trang</h1>'
                "<p>Trang bạn yêu cầu không tồn tại hoặc đã được chuyển sang địa chỉ khác.</p>"
                '<p><a href="/">Quay lại trang chủ</a></p></div>'
            )
            return self.frame("vi", "Không tìm thấy trang", main, request)
        main = (
            f'<div class="portlet error-page"><h1>{status} - Lỗi hệ thống</h1>'
            "<p>Đã có lỗi xảy ra trong quá trình xử lý. Vui lòng thử lại sau.</p></div>"
        )
        return self.frame("vi", "Lỗi", main, request)

    # -- sitemap

    def sitemap(self, request: Request) -> str:
        base = request.base_url
        entries = []
        for code in LANGS:
            entries.append((self.lang_home(code), {}, None))
        for item in self.items:
            if item.kind != "article":
                continue
            versions = {"vi": self.article_path(item)}
            for code in ("hmn", "dao"):
                if (code, item.key) in self.translation_of:
                    versions[code] = self.translation_of[(code, item.key)].path
            for code, path in versions.items():
                moment = (
                    item.last_modified(request.revision)
                    if code == "vi"
                    else self.translation_of[(code, item.key)].published
                )
                entries.append((path, versions if len(versions) > 1 else {}, moment))
        urls = []
        for path, versions, moment in entries:
            alternates = "".join(
                f'<xhtml:link rel="alternate" hreflang="{HREFLANG[c]}" href="{esc(base + p)}"/>'
                for c, p in versions.items()
            )
            lastmod = f"<lastmod>{iso_vn(moment)}</lastmod>" if moment else ""
            urls.append(f"<url><loc>{esc(base + path)}</loc>{lastmod}{alternates}</url>")
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' + "\n".join(urls) + "\n</urlset>\n"
        )
