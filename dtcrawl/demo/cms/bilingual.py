"""Bilingual Laravel portal family (portal vonghai): a Vietnamese site and an English site for
investors on one host.

URL shapes (Laravel routes, Blade templates, Bootstrap pagination):
- ``/`` answers 302 to ``/vi``; a trailing slash answers 301 to the path without it;
- Vietnamese: home ``/vi``; all news ``/vi/tin-tuc?page=N``; a section
  ``/vi/danh-muc/<slug>?page=N``; article ``/vi/tin-tuc/<slug>-<id>.html`` (the route matches on
  the id only, so any slug serves the article); intro page ``/vi/gioi-thieu``; search
  ``/vi/tim-kiem?keyword=`` (disallowed in robots.txt); RSS ``/vi/rss``;
- English: home ``/en``; all news ``/en/news?page=N``; a section ``/en/category/<slug>?page=N``
  ("News", "Digital transformation", "Investment"); article ``/en/news/<slug>-<id>.html``;
  ``/en/about``; RSS ``/en/rss``;
- ``/sitemap.xml`` is a sitemap index of ``/sitemap-vi.xml`` and ``/sitemap-en.xml``.
Pager links are absolute URLs (``http://host/vi/tin-tuc?page=2``) and page 1 is linked as
``?page=1``, as Laravel's paginator does. Past the last page a listing answers 200 with an empty
list. Every response sets ``XSRF-TOKEN`` and ``laravel_session`` cookies.

Vietnamese articles: title ``h1.article-title``, date "Ngày 08/05/2025 20:45:46" in
``.article-meta``, lead paragraph in ``div.article-sapo``, the rest in ``div.article-content``,
photos as ``figure.image``/``figcaption``, byline right-aligned bold paragraph, "Nguồn: …" in
italics. About a third have an English translation (generated summary, never gold), linked by
``<link rel="alternate" hreflang="en">`` and the header's flag switch. English pages show dates
as "May 8, 2025". The English site also has English-only articles.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime

from dtcrawl.demo.cms.common import (
    VN_TZ,
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    ascii_fold,
    body_blocks,
    dmy,
    esc,
    image_path,
    iso_vn,
    page_number,
    pager_window,
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
    with_param,
)
from dtcrawl.demo.portals import PortalDef

VI_HOME = "/vi"
VI_NEWS = "/vi/tin-tuc"
VI_SEARCH = "/vi/tim-kiem"
EN_HOME = "/en"
EN_NEWS = "/en/news"
EN_SECTIONS = ("News", "Digital transformation", "Investment")
MONTHS = (
    "January February March April May June July August September October November December"
).split()

# English wording of the Vietnamese sections, for the generated translations.
EN_TOPIC = {
    "Chính quyền số": "digital government",
    "Kinh tế số": "the digital economy",
    "Xã hội số": "digital society",
    "Chuyển đổi số": "digital transformation",
    "An toàn thông tin": "information security",
}
EN_VERBS = ("steps up", "reviews progress on", "sets new targets for", "expands", "speeds up")
EN_TAILS = (
    "in the first quarter",
    "across districts and communes",
    "for local businesses",
    "with new online services",
    "ahead of the year-end review",
    "with support from telecom providers",
)
EN_OPENINGS = (
    "{province} has reported new steps in {topic}, according to the provincial People's Committee.",
    "The provincial People's Committee of {province} has reviewed the results of its {topic} "
    "programme.",
    "Local authorities in {province} have announced a set of measures to promote {topic}.",
)
EN_MIDDLES = (
    "According to the Department of Information and Communications, {pct}% of administrative "
    "procedures can now be completed online, and {count} residents have activated electronic "
    "identification accounts.",
    "The province has connected {count} households to fibre broadband and trained {teams} "
    "community digital technology teams in the past year.",
    "More than {count} small businesses have joined e-commerce platforms with support from the "
    "province, and {pct}% of public payments are now made without cash.",
)
EN_CLOSINGS = (
    "The province aims to complete its key targets before the end of the year.",
    "Officials asked departments to share data and to keep online services easy to use.",
    "The next review meeting is scheduled for the coming quarter.",
)
EN_ONLY = {
    "Investment": (
        (
            "{province} invites investors to the {zone} industrial park",
            "The {zone} industrial park covers {area} hectares and is connected to the national "
            "highway and the seaport.",
            "Investors receive land rent exemptions for up to {years} years and support with "
            "site clearance and recruitment.",
        ),
        (
            "{province} announces a list of priority projects for {year}",
            "The list includes {count} projects in processing industries, logistics, tourism and "
            "high-tech agriculture.",
            "The Investment Promotion Centre provides free consultation for investors on "
            "procedures and incentives.",
        ),
    ),
    "News": (
        (
            "{province} leaders receive a business delegation from {country}",
            "The delegation discussed cooperation in renewable energy, education and "
            "agricultural processing.",
            "Provincial leaders pledged to create favourable conditions for foreign investors.",
        ),
        (
            "{province} holds its annual investment promotion conference",
            "The conference attracted about {count} delegates from domestic and foreign companies.",
            "Memoranda of understanding on {area} hectares of projects were signed at the event.",
        ),
    ),
}
EN_ZONES = ("Dong Bai", "Nam Cang", "Tay Son Ha", "Bac Vong", "Cua Lo Moi")
EN_COUNTRIES = ("Japan", "the Republic of Korea", "Singapore", "Australia", "Germany")


@dataclass
class EnArticle:
    """An English page: a summary translation of a Vietnamese article, or English-only news."""

    number: int
    title: str
    section: str
    published: datetime
    paragraphs: list[str]
    translation_of: Item | None = None

    @property
    def path(self) -> str:
        return f"/en/news/{slugify(self.title, max_len=70)}-{self.number}.html"


def en_date(moment: datetime) -> str:
    """An English date as the English site shows it.

    >>> en_date(datetime(2025, 5, 8, 20, 45))
    'May 8, 2025'
    """
    return f"{MONTHS[moment.month - 1]} {moment.day}, {moment.year}"


def vi_datetime(moment: datetime) -> str:
    """The Vietnamese site's date line.

    >>> vi_datetime(datetime(2025, 5, 8, 20, 45, 46))
    'Ngày 08/05/2025 20:45:46'
    """
    return f"Ngày {dmy(moment)} {moment:%H:%M:%S}"


class BilingualSite(CmsSite):
    family_headers = {"Server": "nginx", "X-Powered-By": "PHP/8.1.27", "Vary": "Accept-Encoding"}
    image_folder = "/storage/uploads/tin-tuc"
    number_base = 2150
    number_stride = 3

    def __init__(self, portal: PortalDef, articles):
        super().__init__(portal, articles)
        self.en_province = ascii_fold(portal.province)
        self.en_items: list[EnArticle] = []
        healthy = [it for it in self.items if it.kind == "article"]
        for rank, item in enumerate(reversed(healthy)):
            if rank % 3 == 1:
                self.en_items.append(self.translation(item, rank))
        extra = max(6, len(healthy) // 5)
        for rank in range(extra):
            self.en_items.append(self.english_only(rank, healthy))
        self.en_items.sort(key=lambda en: (en.published, en.number), reverse=True)
        self.en_by_number = {en.number: en for en in self.en_items}
        self.translated = {en.translation_of.key: en for en in self.en_items if en.translation_of}
        self.en_sections = {
            name: Section(i + 1, name, slugify(name)) for i, name in enumerate(EN_SECTIONS)
        }

    # -- the English content (generated, never gold)

    def translation(self, item: Item, rank: int) -> EnArticle:
        seed = item.key
        topic = EN_TOPIC.get(item.section.name, "digital transformation")
        title = (
            f"{self.en_province} {EN_VERBS[stable_int(seed + 'v', 0, len(EN_VERBS) - 1)]} "
            f"{topic} {EN_TAILS[stable_int(seed + 't', 0, len(EN_TAILS) - 1)]}"
        )
        words = {
            "province": self.en_province,
            "topic": topic,
            "pct": stable_int(seed + "p", 40, 97),
            "count": thousands(stable_int(seed + "c", 1_200, 95_000)).replace(".", ","),
            "teams": stable_int(seed + "m", 40, 900),
        }
        paragraphs = [
            EN_OPENINGS[stable_int(seed + "o", 0, len(EN_OPENINGS) - 1)].format(**words),
            EN_MIDDLES[stable_int(seed + "d", 0, len(EN_MIDDLES) - 1)].format(**words),
            EN_CLOSINGS[stable_int(seed + "e", 0, len(EN_CLOSINGS) - 1)],
        ]
        section = "News" if rank // 3 % 4 == 0 else "Digital transformation"
        published = item.published + timedelta(hours=stable_int(seed + "h", 3, 30))
        return EnArticle(400 + 2 * rank, title, section, published, paragraphs, item)

    def english_only(self, rank: int, healthy: list[Item]) -> EnArticle:
        seed = f"{self.portal.id}-en-{rank}"
        section = "Investment" if rank % 3 != 1 else "News"
        templates = EN_ONLY[section]
        template = templates[rank // 3 % len(templates)]
        anchor = healthy[rank * 5 % len(healthy)].published if healthy else datetime(2021, 1, 4)
        published = anchor + timedelta(hours=5 + rank, minutes=stable_int(seed, 0, 59))
        words = {
            "province": self.en_province,
            "zone": EN_ZONES[rank % len(EN_ZONES)],
            "country": EN_COUNTRIES[rank % len(EN_COUNTRIES)],
            "area": stable_int(seed + "a", 120, 980),
            "years": stable_int(seed + "y", 3, 11),
            "year": published.year,
            "count": stable_int(seed + "c", 12, 260),
        }
        title = template[0].format(**words)
        if rank >= len(EN_ZONES):
            title += f" (part {rank // len(EN_ZONES) + 1})"
        paragraphs = [t.format(**words) for t in template[1:]]
        paragraphs.append(
            f"Contact: {self.en_province} Investment Promotion Centre, tel. {self.portal.phone}."
        )
        return EnArticle(401 + 2 * rank, title, section, published, paragraphs)

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"{VI_NEWS}/{slugify(item.title, max_len=90)}-{item.number}.html"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = VI_NEWS if self.is_news(section) else f"/vi/danh-muc/{section.slug}"
        return base if page == 1 else f"{base}?page={page}"

    def en_listing_path(self, section: Section | None, page: int = 1) -> str:
        base = EN_NEWS if section is None else f"/en/category/{section.slug}"
        return base if page == 1 else f"{base}?page={page}"

    def home_path(self) -> str:
        return "/"

    def extra_paths(self) -> dict[str, str]:
        return {"sitemap": "/sitemap.xml", "rss-vi": "/vi/rss", "rss-en": "/en/rss"}

    def link(self, item: Item, seed: str) -> str:
        """An article link as a sidebar box shows it (some carry tracking parameters)."""
        path = self.article_path(item)
        if item.kind == "article" and stable_int(seed + item.key, 0, 3) == 0:
            return with_param(path, "utm_source=cong-tinh&utm_medium=noi-bat")
        return path

    def robots_txt(self, request: Request) -> str:
        return (
            "User-agent: *\nDisallow: /admin/\nDisallow: /storage/tmp/\n"
            f"Disallow: {VI_SEARCH}\nDisallow: /en/search\n\n"
            f"Sitemap: {request.base_url}/sitemap.xml\n"
        )

    # -- responses

    def html_response(
        self, markup: str, status: int = 200, headers: dict | None = None
    ) -> Response:
        response = super().html_response(markup, status, headers)
        token = stable_token(markup[:2000] + str(status), 40)
        cookies = (
            f"XSRF-TOKEN={token}; expires=Tue, 01 Jan 2030 00:00:00 GMT; Max-Age=7200; path=/; "
            f"samesite=lax, laravel_session={token[::-1]}; expires=Tue, 01 Jan 2030 00:00:00 GMT; "
            "Max-Age=7200; path=/; httponly; samesite=lax"
        )
        return Response(response.status, {**response.headers, "Set-Cookie": cookies}, response.body)

    def xml_response(self, xml: str, kind: str = "application/xml") -> Response:
        return Response(200, {"Content-Type": f"{kind}; charset=UTF-8"}, xml.encode("utf-8"))

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return Response(302, {"Location": f"{request.base_url}{VI_HOME}"}, b"")
        if path.endswith("/"):
            query = "&".join(f"{k}={v}" for k, v in request.params.items())
            target = path.rstrip("/") + (f"?{query}" if query else "")
            return Response(301, {"Location": request.base_url + target}, b"")
        page = page_number(request.params.get("page"))
        if path == VI_HOME:
            return self.html_response(self.vi_home(request))
        if path == EN_HOME:
            return self.html_response(self.en_home(request))
        if path == "/sitemap.xml":
            return self.xml_response(self.sitemap_index(request))
        if path == "/sitemap-vi.xml":
            paths = [self.article_path(it) for it in self.items if it.kind == "article"]
            return self.xml_response(self.urlset(request, [VI_HOME, VI_NEWS, *paths]))
        if path == "/sitemap-en.xml":
            paths = [en.path for en in self.en_items]
            return self.xml_response(self.urlset(request, [EN_HOME, EN_NEWS, *paths]))
        if path == "/vi/rss":
            return self.xml_response(self.vi_rss(request), "application/rss+xml")
        if path == "/en/rss":
            return self.xml_response(self.en_rss(request), "application/rss+xml")
        if path == "/vi/gioi-thieu":
            return self.html_response(self.vi_about(request))
        if path == "/en/about":
            return self.html_response(self.en_about(request))
        if path == VI_NEWS:
            return self.html_response(self.vi_listing(None, page, request))
        if path.startswith(VI_NEWS + "/") and path.endswith(".html"):
            item = self.by_number.get(self.id_of(path))
            return self.article_response(item, request) if item else None
        if path.startswith("/vi/danh-muc/"):
            section = self.section_by_slug(path.rsplit("/", 1)[1])
            return self.html_response(self.vi_listing(section, page, request)) if section else None
        if path == VI_SEARCH:
            return self.html_response(self.vi_search(request))
        if path == EN_NEWS:
            return self.html_response(self.en_listing(None, page, request))
        if path.startswith(EN_NEWS + "/") and path.endswith(".html"):
            en = self.en_by_number.get(self.id_of(path))
            return self.html_response(self.en_article(en, request)) if en else None
        if path.startswith("/en/category/"):
            slug = path.rsplit("/", 1)[1]
            found = [s for s in self.en_sections.values() if s.slug == slug]
            return self.html_response(self.en_listing(found[0], page, request)) if found else None
        return None

    @staticmethod
    def id_of(path: str) -> int:
        """The numeric id at the end of an article path (``…-2153.html``), or -1."""
        tail = path.removesuffix(".html").rsplit("-", 1)[-1]
        return int(tail) if tail.isdigit() else -1

    # -- feeds and sitemaps

    def sitemap_index(self, request: Request) -> str:
        newest = max((it.last_modified(request.revision) for it in self.items), default=None)
        lastmod = f"<lastmod>{iso_vn(newest)}</lastmod>" if newest else ""
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"<sitemap><loc>{request.base_url}/sitemap-vi.xml</loc>{lastmod}</sitemap>\n"
            f"<sitemap><loc>{request.base_url}/sitemap-en.xml</loc>{lastmod}</sitemap>\n"
            "</sitemapindex>\n"
        )

    def urlset(self, request: Request, paths: list[str]) -> str:
        urls = "".join(
            f"<url><loc>{esc(request.base_url + p)}</loc><changefreq>daily</changefreq></url>\n"
            for p in paths
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n'
        )

    def rss(self, request: Request, title: str, home: str, lang: str, entries) -> str:
        items = "".join(
            f"<item><title>{esc(t)}</title><link>{esc(request.base_url + p)}</link>"
            f"<guid>{esc(request.base_url + p)}</guid><description>{esc(d)}</description>"
            f"<pubDate>{format_datetime(when.replace(tzinfo=VN_TZ))}</pubDate></item>\n"
            for t, p, d, when in entries
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n'
            f"<title>{esc(title)}</title><link>{request.base_url}{home}</link>"
            f"<language>{lang}</language><description>{esc(title)}</description>\n"
            f"{items}</channel></rss>\n"
        )

    def vi_rss(self, request: Request) -> str:
        entries = [
            (it.title, self.article_path(it), it.sapo(request.revision), it.published)
            for it in self.latest(20)
        ]
        return self.rss(request, self.portal.name, VI_HOME, "vi", entries)

    def en_rss(self, request: Request) -> str:
        entries = [
            (en.title, en.path, shorten(en.paragraphs[0], 190), en.published)
            for en in self.en_items[:20]
        ]
        return self.rss(request, self.en_name(), EN_HOME, "en", entries)

    # -- shared bits

    def en_name(self) -> str:
        return f"{self.en_province} Provincial Portal"

    def pager(self, base: str, page: int, pages: int, request: Request) -> str:
        """Laravel's Bootstrap pagination: absolute URLs, page 1 linked as ``?page=1``."""
        if pages <= 1:
            return ""

        def href(n: int) -> str:
            return esc(f"{request.base_url}{base}?page={n}")

        links = []
        if page > 1:
            links.append(
                f'<li class="page-item"><a class="page-link" href="{href(page - 1)}" rel="prev" '
                'aria-label="&laquo; Previous">&lsaquo;</a></li>'
            )
        else:
            links.append(
                '<li class="page-item disabled" aria-disabled="true"><span class="page-link">'
                "&lsaquo;</span></li>"
            )
        for n in pager_window(page, pages):
            if n is None:
                links.append(
                    '<li class="page-item disabled" aria-disabled="true">'
                    '<span class="page-link">...</span></li>'
                )
            elif n == page:
                links.append(
                    '<li class="page-item active" aria-current="page">'
                    f'<span class="page-link">{n}</span></li>'
                )
            else:
                links.append(
                    f'<li class="page-item"><a class="page-link" href="{href(n)}">{n}</a></li>'
                )
        if page < pages:
            links.append(
                f'<li class="page-item"><a class="page-link" href="{href(page + 1)}" rel="next" '
                'aria-label="Next &raquo;">&rsaquo;</a></li>'
            )
        else:
            links.append(
                '<li class="page-item disabled" aria-disabled="true"><span class="page-link">'
                "&rsaquo;</span></li>"
            )
        return f'<nav><ul class="pagination">{"".join(links)}</ul></nav>'

    def csrf(self, seed: str) -> str:
        return stable_token(seed + "csrf", 40)

    # -- Vietnamese frame

    def vi_frame(
        self,
        title: str,
        main: str,
        request: Request,
        *,
        head: str = "",
        crumbs: tuple[tuple[str, str], ...] = (),
        switch: str = EN_HOME,
    ) -> str:
        portal, seed = self.portal, request.seed
        menu = "".join(
            f'<li class="nav-item"><a class="nav-link" href="{esc(self.listing_path(s))}">'
            f"{esc(s.name)}</a></li>"
            for s in self.sections.values()
        )
        crumb = "".join(
            f'<li class="breadcrumb-item"><a href="{esc(h)}">{esc(label)}</a></li>'
            for h, label in crumbs
        )
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        answers = "".join(
            f'<div class="form-check"><input class="form-check-input" type="radio" name="vote" '
            f'value="{i}"><label class="form-check-label">{esc(o)}</label></div>'
            for i, o in enumerate(options)
        )
        featured = "".join(
            f'<li><a href="{esc(self.link(it, seed))}">{esc(it.title)}</a></li>'
            for it in self.latest(6)
        )
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="{self.csrf(seed)}">
<title>{esc(title)} - {esc(portal.name)}</title>
<link rel="alternate" type="application/rss+xml" title="{esc(portal.name)}" href="{request.base_url}/vi/rss">
{head}
<link href="{request.base_url}/css/app.css?id=7f3c2a9be1" rel="stylesheet">
<link rel="shortcut icon" href="{request.base_url}/favicon.ico">
</head>
<body class="lang-vi">
<div id="app">
<div class="top-bar"><div class="container d-flex justify-content-between">
<span class="hotline">Đường dây nóng: {esc(portal.phone)}</span>
<span class="lang-switch"><a href="{VI_HOME}" class="active" title="Tiếng Việt"><img src="/images/flags/vi.png" alt="Tiếng Việt"></a> <a href="{esc(switch)}" title="English"><img src="/images/flags/en.png" alt="English"></a></span>
</div></div>
<header class="header"><div class="container d-flex align-items-center">
<a class="logo" href="{VI_HOME}"><img src="/images/logo.png" alt="Quốc huy"></a>
<div class="site-name"><p class="line-1">{esc(portal.agency.upper())}</p><p class="line-2">{esc(portal.name.upper())}</p></div>
<form class="search-form ms-auto" action="{VI_SEARCH}" method="GET"><input type="text" name="keyword" class="form-control" placeholder="Nhập từ khóa tìm kiếm"><button type="submit" class="btn"><i class="fa fa-search"></i></button></form>
</div></header>
<nav class="navbar navbar-expand-lg main-menu"><div class="container"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="{VI_HOME}"><i class="fa fa-home"></i> Trang chủ</a></li>
<li class="nav-item"><a class="nav-link" href="/vi/gioi-thieu">Giới thiệu</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{VI_NEWS}">{esc(self.news.name)}</a><ul class="dropdown-menu">{menu}</ul></li>
<li class="nav-item"><a class="nav-link" href="https://dichvucong.{esc(portal.domain)}" target="_blank">Thủ tục hành chính</a></li>
<li class="nav-item"><a class="nav-link" href="javascript:void(0)" data-bs-toggle="modal" data-bs-target="#gopY">Hỏi đáp - Góp ý</a></li>
<li class="nav-item"><a class="nav-link" href="{EN_HOME}">English</a></li>
</ul></div></nav>
<div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{VI_HOME}">Trang chủ</a></li>{crumb}</ol></nav></div>
<div class="container"><div class="row">
<div class="col-lg-8 main-content">
{main}
</div>
<div class="col-lg-4 sidebar">
<div class="box box-featured"><div class="box-title">Tin nổi bật</div><ul class="list-news">{featured}</ul></div>
<div class="box box-tthc"><div class="box-title">Kết quả giải quyết TTHC</div>
<p>Tháng {stats["month"]}: <b>{stats["percent"]}%</b> hồ sơ giải quyết đúng hạn</p>
<ul><li>Đã tiếp nhận: <b>{thousands(stats["total"])}</b></li><li>Đúng hạn: <b>{thousands(stats["ontime"])}</b></li><li>Trễ hạn: <b>{stats["late"]}</b></li></ul>
<a href="https://dichvucong.{esc(portal.domain)}/thong-ke" target="_blank">Xem chi tiết</a></div>
<div class="box box-poll"><div class="box-title">Thăm dò ý kiến</div><form method="POST" action="/vi/binh-chon"><input type="hidden" name="_token" value="{self.csrf(seed)}"><p>{esc(question)}</p>{answers}<button type="submit" class="btn btn-sm">Biểu quyết</button></form></div>
<div class="box box-links"><div class="box-title">Liên kết website</div>
<a href="https://chinhphu.vn" target="_blank"><img src="/images/banners/chinhphu.png" alt="Cổng thông tin điện tử Chính phủ"></a>
<a href="https://dichvucong.gov.vn" target="_blank"><img src="/images/banners/dvcqg.png" alt="Cổng Dịch vụ công quốc gia"></a>
<select class="form-select" onchange="window.open(this.value)"><option>-- Các sở, ban, ngành --</option><option value="https://stttt.{esc(portal.domain)}">Sở Thông tin và Truyền thông</option><option value="https://skhdt.{esc(portal.domain)}">Sở Kế hoạch và Đầu tư</option></select></div>
<div class="box box-counter"><div class="box-title">Thống kê truy cập</div>
<ul><li>Đang trực tuyến: {thousands(visits["online"])}</li><li>Hôm nay: {thousands(visits["today"])}</li><li>Tháng này: {thousands(visits["month"])}</li><li>Tổng lượt truy cập: {thousands(visits["total"])}</li></ul></div>
</div>
</div></div>
<footer class="footer"><div class="container">
<p class="footer-name">{esc(portal.name.upper())}</p>
<p>Cơ quan chủ quản: {esc(portal.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)}</p>
<p>{esc(reuse_notice(portal))}</p>
<p class="footer-links"><a href="/vi/rss"><img src="/images/rss.png" alt="RSS"> RSS</a> | <a href="/sitemap.xml">Sơ đồ cổng</a> | <a href="{EN_HOME}">English</a></p>
</div></footer>
</div>
<script src="{request.base_url}/js/app.js?id=91be0c4d2f" defer></script>
</body>
</html>
"""

    def vi_card(self, item: Item, revision: int) -> str:
        path = esc(self.article_path(item))
        return (
            f'<div class="news-item row"><div class="col-4"><a href="{path}" class="thumb">'
            f'<img src="{esc(image_path(item, 0, self.image_folder))}" alt="{esc(item.title)}" '
            f'loading="lazy"></a></div><div class="col-8"><h3 class="news-title">'
            f'<a href="{path}">{esc(item.title)}</a></h3>'
            f'<span class="news-date"><i class="fa fa-clock-o"></i> {dmy(item.published)}</span>'
            f'<p class="news-sapo">{esc(item.sapo(revision))}</p></div></div>'
        )

    def vi_home(self, request: Request) -> str:
        latest = self.latest(5)
        top = latest[0] if latest else None
        hero = ""
        if top:
            hero = (
                f'<div class="hot-news"><a href="{esc(self.article_path(top))}"><img src="'
                f'{esc(image_path(top, 0, self.image_folder))}" alt=""></a><h2><a href="'
                f'{esc(self.article_path(top))}">{esc(top.title)}</a></h2>'
                f"<p>{esc(top.sapo(request.revision))}</p></div>"
            )
        rest = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in latest[1:]
        )
        blocks = []
        for section in self.sections.values():
            listed = [it for it in self.listed(section) if it.kind == "article"][:3]
            links = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
                f'<span class="date">({dmy(it.published)})</span></li>'
                for it in listed
            )
            blocks.append(
                f'<div class="home-category"><h2 class="category-title"><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></h2>'
                f'<ul class="list-news">{links}</ul></div>'
            )
        investment = "".join(
            f'<li><a href="{esc(en.path)}" hreflang="en" lang="en">{esc(en.title)}</a></li>'
            for en in [en for en in self.en_items if en.section == "Investment"][:6]
        )
        main = (
            f'<div class="home-hot">{hero}<ul class="list-news other-hot">{rest}</ul></div>'
            + "".join(blocks)
            + '<div class="box box-investment"><div class="box-title">Investment news</div>'
            f'<ul class="list-news">{investment}</ul>'
            f'<a href="/en/category/investment">View all &raquo;</a></div>'
        )
        head = f'<link rel="alternate" hreflang="en" href="{request.base_url}{EN_HOME}">'
        return self.vi_frame("Trang chủ", main, request, head=head)

    def vi_listing(self, section: Section | None, page: int, request: Request) -> str:
        shown = section or self.news
        items, pages = self.page_of(self.listed(section), page)
        cards = "".join(self.vi_card(it, request.revision) for it in items)
        if not cards:
            cards = '<p class="empty">Không có bài viết nào.</p>'
        base = self.listing_path(section)
        main = (
            f'<div class="category-page"><h1 class="page-title">{esc(shown.name)}</h1>'
            f'<div class="list-category">{cards}</div>{self.pager(base, page, pages, request)}</div>'
        )
        crumbs = ((VI_NEWS, self.news.name),)
        if not self.is_news(section):
            crumbs += ((base, shown.name),)
        return self.vi_frame(shown.name, main, request, crumbs=crumbs)

    def vi_search(self, request: Request) -> str:
        words = request.params.get("keyword", "").lower().split()
        hits = [
            it
            for it in self.items
            if it.kind == "article" and words and all(w in it.title.lower() for w in words)
        ]
        cards = "".join(self.vi_card(it, request.revision) for it in hits[:20])
        main = (
            f'<h1 class="page-title">Kết quả tìm kiếm</h1><div class="list-category">{cards}</div>'
        )
        return self.vi_frame("Tìm kiếm", main, request)

    def vi_about(self, request: Request) -> str:
        province = self.portal.province
        main = (
            '<div class="page-static"><h1 class="page-title">Giới thiệu chung</h1>'
            f"<p>Tỉnh {esc(province)} nằm ở vùng duyên hải, có bờ biển dài và hệ thống cảng "
            "nước sâu đang được đầu tư mở rộng.</p>"
            f"<p>Tỉnh {esc(province)} có 9 đơn vị hành chính cấp huyện, trong đó có một thành "
            "phố trực thuộc tỉnh và một thị xã.</p></div>"
        )
        return self.vi_frame(
            "Giới thiệu", main, request, crumbs=(("/vi/gioi-thieu", "Giới thiệu"),)
        )

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        blocks = body_blocks(item, revision)
        sapo = ""
        if blocks and blocks[0][0] == "p":
            sapo = f'<div class="article-sapo"><strong>{esc(blocks[0][1])}</strong></div>'
            blocks = blocks[1:]
        parts = []
        for kind, value in blocks:
            if kind == "p":
                parts.append(f'<p style="text-align:justify">{esc(value)}</p>')
            else:
                index, caption = value
                parts.append(
                    f'<figure class="image"><img src="{esc(image_path(item, index, self.image_folder))}"'
                    f' alt="{esc(caption)}"><figcaption>{esc(caption)}</figcaption></figure>'
                )
        if item.author:
            parts.append(f'<p style="text-align:right"><strong>{esc(item.author)}</strong></p>')
        if item.source:
            parts.append(f'<p style="text-align:right"><em>Nguồn: {esc(item.source)}</em></p>')
        url = request.base_url + self.article_path(item)
        english = self.translated.get(item.key)
        head = f'<link rel="canonical" href="{esc(url)}">\n'
        head += f'<meta name="description" content="{esc(item.sapo(revision))}">\n'
        head += f'<meta property="og:title" content="{esc(item.title)}">\n'
        head += f'<meta property="og:url" content="{esc(url)}">\n'
        switch = EN_HOME
        translation = ""
        if english:
            switch = english.path
            head += (
                f'<link rel="alternate" hreflang="vi" href="{esc(url)}">\n'
                f'<link rel="alternate" hreflang="en" href="{esc(request.base_url + english.path)}">'
            )
            translation = (
                f'<div class="article-translation"><img src="/images/flags/en.png" alt="English"> '
                f'<a href="{esc(english.path)}" hreflang="en">Read in English: '
                f"{esc(english.title)}</a></div>"
            )
        modified = item.shown_modified(revision)
        updated = (
            f'<span class="updated">Cập nhật: {esc(vi_datetime(modified))}</span>'
            if modified
            else ""
        )
        related = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="date">({dmy(it.published)})</span></li>'
            for it in self.others(item, 6)
        )
        main = f"""<div class="article-detail" id="article-detail">
<h1 class="article-title">{esc(item.title)}</h1>
<div class="article-meta"><span class="date"><i class="fa fa-calendar"></i> {esc(vi_datetime(item.published))}</span> {updated}
<span class="views"><i class="fa fa-eye"></i> Lượt xem: {view_count(seed)}</span>
<span class="tools"><a href="javascript:void(0)" class="font-minus">A-</a> <a href="javascript:void(0)" class="font-plus">A+</a> <a href="javascript:window.print()"><i class="fa fa-print"></i> In bài viết</a></span></div>
{sapo}
<div class="article-content">{"".join(parts)}</div>
{translation}
<div class="article-share">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" target="_blank" rel="nofollow">Facebook</a> <a href="https://sp.zalo.me/share_inline?url={esc(url)}" target="_blank" rel="nofollow">Zalo</a></div>
</div>
<div class="related-news"><h3 class="box-title">Tin liên quan</h3><ul class="list-news">{related}</ul></div>"""
        crumbs = ((VI_NEWS, self.news.name), (self.listing_path(item.section), item.section.name))
        return self.vi_frame(item.title, main, request, head=head, crumbs=crumbs, switch=switch)

    def error_html(self, status: int) -> str:
        request = Request("/404", {}, 0, f"{self.portal.id}:err{status}", "")
        if status == 404:
            main = (
                '<div class="error-page"><h1>404</h1><p>Xin lỗi, trang bạn tìm kiếm không tồn '
                f'tại hoặc đã bị xóa.</p><a href="{VI_HOME}">Quay về trang chủ</a></div>'
            )
            return self.vi_frame("Không tìm thấy trang", main, request)
        main = f'<div class="error-page"><h1>{status}</h1><p>Lỗi máy chủ. Vui lòng thử lại sau.</p></div>'
        return self.vi_frame("Lỗi", main, request)

    # -- English site

    def en_frame(
        self,
        title: str,
        main: str,
        request: Request,
        *,
        head: str = "",
        crumbs: tuple[tuple[str, str], ...] = (),
        switch: str = VI_HOME,
    ) -> str:
        portal, seed = self.portal, request.seed
        menu = "".join(
            f'<li class="nav-item"><a class="nav-link" href="{esc(self.en_listing_path(s))}">'
            f"{esc(s.name)}</a></li>"
            for s in self.en_sections.values()
        )
        crumb = "".join(
            f'<li class="breadcrumb-item"><a href="{esc(h)}">{esc(label)}</a></li>'
            for h, label in crumbs
        )
        visits = visitor_stats(seed)
        latest = "".join(
            f'<li><a href="{esc(en.path)}">{esc(en.title)}</a></li>' for en in self.en_items[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="{self.csrf(seed)}">
<title>{esc(title)} - {esc(self.en_name())}</title>
<link rel="alternate" type="application/rss+xml" title="{esc(self.en_name())}" href="{request.base_url}/en/rss">
{head}
<link href="{request.base_url}/css/app.css?id=7f3c2a9be1" rel="stylesheet">
</head>
<body class="lang-en">
<div id="app">
<div class="top-bar"><div class="container d-flex justify-content-between">
<span class="hotline">Investor hotline: {esc(portal.phone)}</span>
<span class="lang-switch"><a href="{esc(switch)}" title="Tiếng Việt"><img src="/images/flags/vi.png" alt="Tiếng Việt"></a> <a href="{EN_HOME}" class="active" title="English"><img src="/images/flags/en.png" alt="English"></a></span>
</div></div>
<header class="header"><div class="container d-flex align-items-center">
<a class="logo" href="{EN_HOME}"><img src="/images/logo.png" alt="Emblem"></a>
<div class="site-name"><p class="line-1">PEOPLE'S COMMITTEE OF {esc(self.en_province.upper())} PROVINCE</p><p class="line-2">{esc(self.en_name().upper())}</p></div>
</div></header>
<nav class="navbar navbar-expand-lg main-menu"><div class="container"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="{EN_HOME}">Home</a></li>
<li class="nav-item"><a class="nav-link" href="/en/about">About {esc(self.en_province)}</a></li>
<li class="nav-item"><a class="nav-link" href="{EN_NEWS}">All news</a></li>{menu}
<li class="nav-item"><a class="nav-link" href="{VI_HOME}">Tiếng Việt</a></li>
</ul></div></nav>
<div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{EN_HOME}">Home</a></li>{crumb}</ol></nav></div>
<div class="container"><div class="row">
<div class="col-lg-8 main-content">
{main}
</div>
<div class="col-lg-4 sidebar">
<div class="box"><div class="box-title">Latest news</div><ul class="list-news">{latest}</ul></div>
<div class="box box-contact"><div class="box-title">Investment Promotion Centre</div><p>Tel: {esc(portal.phone)}</p><p>Email: ipc@{esc(portal.domain)}</p><a href="/en/category/investment">Investment opportunities</a></div>
<div class="box box-counter"><div class="box-title">Visitors</div><ul><li>Online: {thousands(visits["online"]).replace(".", ",")}</li><li>Total: {thousands(visits["total"]).replace(".", ",")}</li></ul></div>
</div>
</div></div>
<footer class="footer"><div class="container">
<p class="footer-name">{esc(self.en_name().upper())}</p>
<p>Managed by: People's Committee of {esc(self.en_province)} Province</p>
<p>Address: {esc(ascii_fold(portal.address))} - Tel: {esc(portal.phone)}</p>
<p>Please cite "{esc(self.en_name())}" when republishing information from this website.</p>
<p class="footer-links"><a href="/en/rss">RSS</a> | <a href="{VI_HOME}">Tiếng Việt</a></p>
</div></footer>
</div>
<script src="{request.base_url}/js/app.js?id=91be0c4d2f" defer></script>
</body>
</html>
"""

    def en_card(self, en: EnArticle) -> str:
        return (
            f'<div class="news-item"><h3 class="news-title"><a href="{esc(en.path)}">'
            f'{esc(en.title)}</a></h3><span class="news-date">{en_date(en.published)}</span>'
            f'<p class="news-sapo">{esc(shorten(en.paragraphs[0], 190))}</p></div>'
        )

    def en_home(self, request: Request) -> str:
        blocks = []
        for section in self.en_sections.values():
            listed = [en for en in self.en_items if en.section == section.name][:4]
            blocks.append(
                f'<div class="home-category"><h2 class="category-title"><a href="'
                f'{esc(self.en_listing_path(section))}">{esc(section.name)}</a></h2>'
                + "".join(self.en_card(en) for en in listed)
                + "</div>"
            )
        head = f'<link rel="alternate" hreflang="vi" href="{request.base_url}{VI_HOME}">'
        return self.en_frame("Home", "".join(blocks), request, head=head)

    def en_listing(self, section: Section | None, page: int, request: Request) -> str:
        name = section.name if section else "All news"
        listed = [en for en in self.en_items if section is None or en.section == section.name]
        size = self.portal.page_size
        pages = max(1, -(-len(listed) // size))
        shown = listed[(page - 1) * size : page * size]
        cards = "".join(self.en_card(en) for en in shown) or '<p class="empty">No news.</p>'
        base = self.en_listing_path(section)
        main = (
            f'<div class="category-page"><h1 class="page-title">{esc(name)}</h1>'
            f'<div class="list-category">{cards}</div>{self.pager(base, page, pages, request)}</div>'
        )
        return self.en_frame(name, main, request, crumbs=((base, name),))

    def en_about(self, request: Request) -> str:
        main = (
            f'<div class="page-static"><h1 class="page-title">About {esc(self.en_province)}</h1>'
            f"<p>{esc(self.en_province)} is a coastal province with a deep-water port and "
            "growing industrial parks.</p><p>The province has nine district-level units and "
            "welcomes investors in logistics, clean energy and tourism.</p></div>"
        )
        return self.en_frame("About", main, request)

    def en_article(self, en: EnArticle, request: Request) -> str:
        url = request.base_url + en.path
        head = f'<link rel="canonical" href="{esc(url)}">\n'
        switch = VI_HOME
        original = ""
        if en.translation_of is not None:
            vi_path = self.article_path(en.translation_of)
            switch = vi_path
            head += (
                f'<link rel="alternate" hreflang="en" href="{esc(url)}">\n'
                f'<link rel="alternate" hreflang="vi" href="{esc(request.base_url + vi_path)}">'
            )
            original = (
                f'<p class="original"><a href="{esc(vi_path)}" hreflang="vi">Vietnamese '
                "version</a></p>"
            )
        body = "".join(f"<p>{esc(p)}</p>" for p in en.paragraphs)
        others = "".join(
            f'<li><a href="{esc(o.path)}">{esc(o.title)}</a> ({en_date(o.published)})</li>'
            for o in [o for o in self.en_items if o.section == en.section and o is not en][:6]
        )
        main = f"""<div class="article-detail">
<h1 class="article-title">{esc(en.title)}</h1>
<div class="article-meta"><span class="date">{en_date(en.published)}</span> <a href="javascript:window.print()">Print</a></div>
<div class="article-content">{body}</div>
<p style="text-align:right"><strong>{esc(self.en_name())}</strong></p>
{original}
</div>
<div class="related-news"><h3 class="box-title">Other news</h3><ul class="list-news">{others}</ul></div>"""
        section = self.en_sections[en.section]
        crumbs = ((self.en_listing_path(section), section.name),)
        return self.en_frame(en.title, main, request, head=head, crumbs=crumbs, switch=switch)
