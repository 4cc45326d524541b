"""A provincial radio and television station's site (the ``broadcaster`` family).

"Đài Phát thanh và Truyền hình <tỉnh>": its news items are TV (and some radio) reports. URL shapes:

- home ``/`` (video carousels per section, duration badges, links to some stories through the
  short video address with ``?autoplay=1&utm_source=trangchu``);
- section ``/chuyen-muc/<slug>-<id>.htm``, page N ``/chuyen-muc/<slug>-<id>/trang-<N>.htm``
  (one-based, a window of numbers with "Đầu"/"Cuối");
- story ``/<section slug>/<title slug>-v<number>.htm``; the same page also answers at the short
  address ``/xem-video/<number>`` (with a canonical link to the long one);
- programmes ``/chuong-trinh.htm`` and ``/chuong-trinh/<slug>.htm``; broadcast schedule
  ``/lich-phat-song.htm?kenh=<channel>&ngay=<yyyy-mm-dd>`` (one page a day and channel over the
  days the stories cover); live pages ``/truc-tuyen/<channel>.htm``;
- RSS: ``/rss.htm`` lists the feeds ``/rss/<slug>.rss``; media files under ``/media/``.

A story page shows the player first (an HTML5 ``<video>`` with ``<source>`` and a poster, a JW
Player ``div`` with a ``data-config`` JSON holding the title and the lead, or, for radio stories,
an ``<audio>``), with "Xem video"/"Nghe audio" tabs that are ``javascript:`` links; then the
title, the broadcast line ("Phát sóng: 19h45 ngày 05/01/2021 - Thời sự tối", often the evening
before the posting), the posting time ("Cập nhật: 21:10, 05/01/2021 (GMT+7)"), a view counter,
the presenter ("BTV: ..."), the lead as an ``<h2>`` prefixed "CVTV - ", the narration in
paragraphs with captioned stills, and the credits (reporter, camera operator) in one of three
layouts. Bulletins and programme episodes are video-only items whose text is one sentence
("Mời quý vị xem video chi tiết."); they are listed with the stories but are not articles.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

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
    slugify,
    stable_int,
    stable_token,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
)

SECTION_PREFIX = "/chuyen-muc/"
SHORT_PREFIX = "/xem-video/"
PROGRAMMES_PAGE = "/chuong-trinh.htm"
PROGRAMME_PREFIX = "/chuong-trinh/"
SCHEDULE = "/lich-phat-song.htm"
LIVE_PREFIX = "/truc-tuyen/"
RSS_PAGE = "/rss.htm"
RSS_PREFIX = "/rss/"
VIDEO_ONLY = "video"  # Item.kind of bulletins and episodes: listed like stories, not articles
LEAD_PREFIX = "CVTV - "
RADIO_LEAD_PREFIX = "CVR - "

PRESENTERS = ("Lan Phương", "Khánh Linh", "Quang Huy", "Bảo Ngọc")
CAMERA = ("Trung Kiên", "Văn Khải", "Đình Phúc", "Hoàng Nam", "Tuấn Anh")
SOUND = ("Mạnh Cường", "Thanh Tâm")
# (start hour, start minute, bulletin) of the TV and the radio news bulletins.
TV_SLOTS = ((6, 0, "Thời sự sáng"), (11, 30, "Thời sự trưa"), (19, 45, "Thời sự tối"))
RADIO_SLOTS = (
    (6, 0, "Thời sự phát thanh sáng"),
    (11, 0, "Thời sự phát thanh trưa"),
    (17, 0, "Thời sự phát thanh chiều"),
)
CHANNELS = {
    "cvtv1": "CVTV1 - Kênh thời sự tổng hợp",
    "cvtv2": "CVTV2 - Kênh văn hóa giải trí",
    "fm": "Phát thanh CVR - FM 96,5 MHz",
}


@dataclass(frozen=True)
class Programme:
    """A programme of the station: its page, when it airs, what it is about."""

    slug: str
    name: str
    airs: str
    about: str
    section: str | None = None


PROGRAMMES = (
    Programme(
        "thoi-su",
        "Thời sự",
        "06h00, 11h30 và 19h45 hằng ngày trên kênh CVTV1",
        "Bản tin tổng hợp các sự kiện chính trị, kinh tế, xã hội nổi bật trong tỉnh và cả nước.",
    ),
    Programme(
        "chuyen-doi-so-va-cuoc-song",
        "Chuyển đổi số và cuộc sống",
        "20h50 các ngày thứ Hai, thứ Tư, thứ Sáu trên kênh CVTV1; phát lại 10h15 hôm sau",
        "Chương trình giới thiệu những cách làm hay trong xây dựng chính quyền số, kinh tế số, "
        "xã hội số và hướng dẫn người dân sử dụng dịch vụ số.",
        "Chuyển đổi số",
    ),
    Programme(
        "phong-su",
        "Phóng sự",
        "20h15 hằng ngày trên kênh CVTV1",
        "Những phóng sự ngắn phản ánh đời sống, sản xuất và hoạt động của các địa phương.",
    ),
    Programme(
        "nong-nghiep-nong-thon",
        "Nông nghiệp - Nông thôn",
        "17h30 thứ Ba và thứ Năm trên kênh CVTV1",
        "Kiến thức sản xuất, thông tin thị trường và gương nông dân làm kinh tế giỏi.",
    ),
    Programme(
        "van-hoa-du-lich",
        "Văn hóa - Du lịch",
        "21h00 thứ Bảy hằng tuần trên kênh CVTV2",
        "Giới thiệu di sản, lễ hội, ẩm thực và điểm đến của tỉnh Cao Vân.",
    ),
)


@dataclass(frozen=True)
class VideoOnly:
    """A bulletin or programme episode: an item whose text is one sentence (not an article)."""

    key: str
    category: str
    title: str
    published: datetime
    paragraphs: tuple[str, ...]
    programme: str
    modified: None = None
    author: None = None
    source: None = None
    images: tuple = ()
    revision: None = None
    extra: dict[str, Any] = field(default_factory=dict)


def hour_label(moment: datetime) -> str:
    """A broadcast time as TV stations write it.

    >>> hour_label(datetime(2021, 1, 5, 19, 45)), hour_label(datetime(2021, 1, 5, 6, 0))
    ('19h45', '06h00')
    """
    return f"{moment:%H}h{moment:%M}"


def posted_line(moment: datetime) -> str:
    """The posting time under a story's title.

    >>> posted_line(datetime(2021, 1, 5, 21, 10))
    'Cập nhật: 21:10, 05/01/2021 (GMT+7)'
    """
    return f"Cập nhật: {moment:%H:%M}, {dmy(moment)} (GMT+7)"


def broadcast_slot(
    posted: datetime, slots: tuple[tuple[int, int, str], ...] = TV_SLOTS
) -> tuple[datetime, str]:
    """The bulletin a story aired in: the latest slot at least 40 minutes before its posting
    (the previous evening's for a story posted in the early morning).

    >>> broadcast_slot(datetime(2021, 1, 6, 2, 15))
    (datetime.datetime(2021, 1, 5, 19, 45), 'Thời sự tối')
    >>> broadcast_slot(datetime(2021, 1, 6, 13, 5))
    (datetime.datetime(2021, 1, 6, 11, 30), 'Thời sự trưa')
    """
    limit = posted - timedelta(minutes=40)
    for days in (0, 1):
        day = (limit - timedelta(days=days)).date()
        for hour, minute, name in reversed(slots):
            moment = datetime(day.year, day.month, day.day, hour, minute)
            if moment <= limit:
                return moment, name
    raise ValueError(posted)  # pragma: no cover - a day always has a slot


def duration(seed: str) -> str:
    """A clip length "mm:ss" drawn from ``seed``."""
    seconds = stable_int(seed + "duration", 75, 430)
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def video_only_items(articles: list[Any]) -> list[VideoOnly]:
    """The bulletins (one an evening) and "Chuyển đổi số và cuộc sống" episodes (every other
    evening) over the days the stories cover.

    >>> from dtcrawl.bench.synthetic import demo_corpus
    >>> [v.title for v in video_only_items(demo_corpus(3, "x")["x"])]
    ['Thời sự tối ngày 04/01/2021', 'Chuyển đổi số và cuộc sống - Số 01/2021']
    """
    if not articles:
        return []
    days = sorted({_as_datetime(a.published).date() for a in articles})
    first, last = days[0], days[-1]
    out: list[VideoOnly] = []
    day, episode = first, 0
    while day <= last:
        evening = datetime(day.year, day.month, day.day, 21, 35)
        out.append(
            VideoOnly(
                key=f"bulletin-{day:%Y%m%d}",
                category="",
                title=f"Thời sự tối ngày {dmy(evening)}",
                published=evening,
                paragraphs=("Mời quý vị xem video chi tiết.",),
                programme="thoi-su",
                extra={"aired": evening.replace(hour=19, minute=45), "slot": "Thời sự tối"},
            )
        )
        if (day - first).days % 2 == 0:
            episode += 1
            aired = datetime(day.year, day.month, day.day, 20, 50)
            out.append(
                VideoOnly(
                    key=f"episode-{day:%Y%m%d}",
                    category="Chuyển đổi số",
                    title=f"Chuyển đổi số và cuộc sống - Số {episode:02d}/{day.year}",
                    published=aired + timedelta(hours=1, minutes=5),
                    paragraphs=("Mời quý vị cùng theo dõi chương trình.",),
                    programme="chuyen-doi-so-va-cuoc-song",
                    extra={"aired": aired, "slot": "Chuyển đổi số và cuộc sống"},
                )
            )
        day += timedelta(days=1)
    return out


def _as_datetime(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


class BroadcasterSite(CmsSite):
    family_headers = {"Server": "Microsoft-IIS/10.0", "X-Powered-By": "ASP.NET"}
    number_base = 318_420
    number_stride = 11
    image_folder = "/uploads/thumbnails"

    def __init__(self, portal, articles):
        corpus = list(articles)
        extras = video_only_items(corpus)
        news_name = portal.news_section.name
        extras = [VideoOnly(**{**v.__dict__, "category": v.category or news_name}) for v in extras]
        super().__init__(portal, [*corpus, *extras])
        by_extra = {v.key: v for v in extras}
        for item in self.items:
            extra = by_extra.get(item.key)
            if extra is not None:
                item.kind = VIDEO_ONLY
                item.extra = {**extra.extra, "programme": extra.programme}

    # -- what a story is

    def medium(self, item: Item) -> str:
        """How the story is played: ``radio`` (audio), ``html5`` or ``jwplayer`` (video)."""
        if item.kind == VIDEO_ONLY:
            return "jwplayer"
        return ("radio", "html5", "html5", "jwplayer", "jwplayer")[stable_int(item.key, 0, 4)]

    def aired(self, item: Item) -> tuple[datetime, str]:
        """When and in which bulletin the story aired."""
        if "aired" in item.extra:
            return item.extra["aired"], item.extra["slot"]
        slots = RADIO_SLOTS if self.medium(item) == "radio" else TV_SLOTS
        return broadcast_slot(item.published, slots)

    def crew(self, item: Item) -> dict[str, str]:
        """Presenter, camera operator (or sound engineer for radio) of a story."""
        return {
            "btv": PRESENTERS[stable_int(item.key + "btv", 0, len(PRESENTERS) - 1)],
            "camera": CAMERA[stable_int(item.key + "qp", 0, len(CAMERA) - 1)],
            "sound": SOUND[stable_int(item.key + "kt", 0, len(SOUND) - 1)],
        }

    def media_path(self, item: Item, ext: str) -> str:
        folder = {"mp4": "video", "mp3": "audio", "m3u8": "hls"}[ext]
        return f"/media/{folder}/{item.published:%Y/%m}/{stable_token(item.key, 12)}.{ext}"

    # -- URLs

    def section_slug(self, name: str) -> str:
        return slugify(name)

    def article_path(self, item: Item) -> str:
        return f"/{item.section.slug}/{slugify(item.title, max_len=80)}-v{item.number}.htm"

    def article_aliases(self, item: Item) -> list[str]:
        return [f"{SHORT_PREFIX}{item.number}"]

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        shown = section or self.news
        base = f"{SECTION_PREFIX}{shown.slug}-{shown.id}"
        return f"{base}.htm" if page == 1 else f"{base}/trang-{page}.htm"

    def home_path(self) -> str:
        return "/"

    def extra_paths(self) -> dict[str, str]:
        return {
            "rss": RSS_PAGE,
            "programmes": PROGRAMMES_PAGE,
            "schedule": SCHEDULE,
            **{f"rss:{s.slug}": self.feed_path(s) for s in [self.news, *self.sections.values()]},
        }

    def feed_path(self, section: Section) -> str:
        return f"{RSS_PREFIX}{section.slug}.rss"

    def schedule_days(self) -> list[str]:
        """The days (ISO) the schedule pages cover: those of the site's items."""
        return sorted({it.published.date().isoformat() for it in self.items})

    def schedule_path(self, channel: str, day: str) -> str:
        return f"{SCHEDULE}?kenh={channel}&ngay={day}"

    def home_link(self, item: Item, seed: str) -> str:
        """Home carousels link some stories through the short address, with player and
        tracking parameters."""
        if stable_int(seed + item.key, 0, 2) == 0:
            return f"{SHORT_PREFIX}{item.number}?autoplay=1&utm_source=trangchu"
        return self.article_path(item)

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.htm", "/default.aspx"):
            return self.html_response(self.home_html(request))
        if path.startswith("/media/"):
            return self.media_response(path)
        if path.startswith(SECTION_PREFIX):
            return self.listing_response(path[len(SECTION_PREFIX) :], request)
        if path.startswith(SHORT_PREFIX):
            item = self.by_number.get(page_number(path[len(SHORT_PREFIX) :].strip("/"), 0))
            return self.article_response(item, request) if item else None
        if path == PROGRAMMES_PAGE:
            return self.html_response(self.programmes_html(request))
        if path.startswith(PROGRAMME_PREFIX) and path.endswith(".htm"):
            slug = path[len(PROGRAMME_PREFIX) : -4]
            programme = next((p for p in PROGRAMMES if p.slug == slug), None)
            return (
                self.html_response(self.programme_html(programme, request)) if programme else None
            )
        if path == SCHEDULE:
            return self.schedule_response(request)
        if path.startswith(LIVE_PREFIX) and path.endswith(".htm"):
            channel = path[len(LIVE_PREFIX) : -4]
            return (
                self.html_response(self.live_html(channel, request))
                if channel in CHANNELS
                else None
            )
        if path == RSS_PAGE:
            return self.html_response(self.rss_page_html(request))
        if path.startswith(RSS_PREFIX) and path.endswith(".rss"):
            slug = path[len(RSS_PREFIX) : -4]
            section = self.news if slug == self.news.slug else self.section_by_slug(slug)
            if section is None:
                return None
            return self.text_response(self.rss_xml(section, request), "application/rss+xml")
        item = self.by_path.get(path)
        if item is not None:
            return self.article_response(item, request)
        return None

    def listing_response(self, tail: str, request: Request) -> Response | None:
        page = 1
        if tail.endswith(".htm") and "/trang-" in tail:
            tail, _, number = tail[:-4].partition("/trang-")
            page = page_number(number, 0)
            if page < 2:
                return None
        elif tail.endswith(".htm"):
            tail = tail[:-4]
        else:
            return None
        slug, _, ident = tail.rpartition("-")
        section = None
        for candidate in [self.news, *self.sections.values()]:
            if candidate.slug == slug and str(candidate.id) == ident:
                section = candidate
        if section is None:
            return None
        items, pages = self.page_of(self.listed(section), page)
        if page > pages:
            return None
        return self.html_response(self.listing_html(section, page, pages, items, request))

    def media_response(self, path: str) -> Response | None:
        types = {
            ".mp4": "video/mp4",
            ".mp3": "audio/mpeg",
            ".m3u8": "application/vnd.apple.mpegurl",
        }
        for suffix, content_type in types.items():
            if path.endswith(suffix):
                body = (
                    b"#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-ENDLIST\n"
                    if suffix == ".m3u8"
                    else b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
                )
                return Response(200, {"Content-Type": content_type, **self.family_headers}, body)
        return None

    def schedule_response(self, request: Request) -> Response | None:
        days = self.schedule_days()
        if not days:
            return None
        channel = request.params.get("kenh", "cvtv1")
        day = request.params.get("ngay", days[-1])
        if channel not in CHANNELS or day not in days:
            return None
        return self.html_response(self.schedule_html(channel, day, days, request))

    # -- frame

    def frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        content: str,
        seed: str,
        head: str = "",
        wide: str = "",
    ) -> str:
        portal = self.portal
        menu = "".join(
            f'<li class="menu-item"><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in [self.news, *self.sections.values()]
        )
        crumb = "".join(
            f'<li><a href="{esc(href)}">{esc(name)}</a></li>'
            for name, href in [("Trang chủ", "/"), *crumbs]
        )
        stats, visits = tthc_stats(seed), visitor_stats(seed)
        question, options = poll(seed)
        choices = "".join(
            f'<li><input type="radio" name="rdoPoll" id="poll{i}" value="{i}">'
            f'<label for="poll{i}">{esc(o)}</label></li>'
            for i, o in enumerate(options)
        )
        watched = [it for it in self.items if it.kind == "article"]
        watched = sorted(watched[:30], key=lambda it: -view_count(it.key))[:5]
        most = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a>'
            f'<span class="views">{thousands(view_count(it.key))} lượt xem</span></li>'
            for it in watched
        )
        today = self.schedule_days()[-1] if self.items else ""
        schedule = (
            "".join(
                f'<li><span class="time">{esc(at)}</span> {esc(name)}</li>'
                for at, name in self.day_programme("cvtv1", today)[6:12]
            )
            if today
            else ""
        )
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="shortcut icon" href="/favicon.ico">
<link rel="stylesheet" href="/Content/css/bootstrap.min.css">
<link rel="stylesheet" href="/Content/css/slick.css">
<link rel="stylesheet" href="/Content/css/video-js.min.css">
<link rel="stylesheet" href="/Content/css/style.css?v=20201215">
<link rel="alternate" type="application/rss+xml" title="{esc(portal.short_name)} - Tin tức" href="{esc(self.feed_path(self.news))}">
{head}
</head>
<body>
<div id="wrapper">
<div class="top-bar"><div class="container">
<span class="top-date" id="clock"></span>
<ul class="top-links">
<li><a class="live-tv" href="{LIVE_PREFIX}cvtv1.htm"><i class="fa fa-circle blink"></i> Truyền hình trực tiếp</a></li>
<li><a class="live-radio" href="{LIVE_PREFIX}fm.htm"><i class="fa fa-headphones"></i> Phát thanh trực tuyến</a></li>
<li><a href="{SCHEDULE}">Lịch phát sóng</a></li>
<li><a href="{RSS_PAGE}">RSS</a></li>
</ul>
<form class="top-search" action="/tim-kiem" method="get"><input type="text" name="keyword" placeholder="Nhập từ khóa..."><button type="submit"><i class="fa fa-search"></i></button></form>
</div></div>
<header class="header"><div class="container">
<a class="logo" href="/"><img src="/Content/images/logo-cvtv.png" alt="{esc(portal.name)}"></a>
<div class="slogan">{esc(portal.name)}</div>
<div class="banner-top"><img src="/Content/images/banner-cds.jpg" alt="Chung tay chuyển đổi số tỉnh {esc(portal.province)}"></div>
</div></header>
<nav class="main-menu"><div class="container"><ul class="menu">
<li class="menu-item home"><a href="/"><i class="fa fa-home"></i></a></li>{menu}
<li class="menu-item"><a href="{PROGRAMMES_PAGE}">Chương trình</a></li>
<li class="menu-item"><a href="{SCHEDULE}">Lịch phát sóng</a></li>
</ul>
<a class="menu-toggle" href="javascript:void(0);" onclick="toggleMenu()"><i class="fa fa-bars"></i></a>
</div></nav>
{wide}
<div class="container main">
<ul class="breadcrumb">{crumb}</ul>
<div class="row">
<div class="col-md-8 col-content">
{content}
</div>
<div class="col-md-4 col-sidebar">
<div class="box-side box-live"><div class="box-head">Trực tuyến</div>
<a href="{LIVE_PREFIX}cvtv1.htm"><img src="/Content/images/live-cvtv1.jpg" alt="CVTV1"></a>
<a href="{LIVE_PREFIX}cvtv2.htm"><img src="/Content/images/live-cvtv2.jpg" alt="CVTV2"></a>
<a href="{LIVE_PREFIX}fm.htm"><img src="/Content/images/live-fm.jpg" alt="FM 96,5"></a></div>
<div class="box-side box-schedule"><div class="box-head"><a href="{SCHEDULE}">Lịch phát sóng</a></div><ul>{schedule}</ul></div>
<div class="box-side box-most"><div class="box-head">Xem nhiều</div><ul>{most}</ul></div>
<div class="box-side box-tthc"><div class="box-head">Kết quả giải quyết TTHC tỉnh {esc(portal.province)}</div>
<table class="tbl-tthc"><tr><td>Tiếp nhận</td><td>{thousands(stats["total"])}</td></tr>
<tr><td>Đúng hạn</td><td>{thousands(stats["ontime"])}</td></tr>
<tr><td>Trễ hạn</td><td>{thousands(stats["late"])}</td></tr>
<tr><td>Tỷ lệ đúng hạn</td><td>{stats["percent"]}%</td></tr></table></div>
<div class="box-side box-poll"><div class="box-head">Thăm dò ý kiến</div><p>{esc(question)}</p><ul>{choices}</ul>
<a class="btn-vote" href="javascript:void(0);" onclick="doVote()">Bình chọn</a>
<a class="btn-result" href="javascript:void(0);" onclick="viewResult()">Xem kết quả</a></div>
<div class="box-side box-banner">
<a href="https://dichvucong.gov.vn/" target="_blank"><img src="/Content/images/dvcqg.png" alt="Cổng Dịch vụ công quốc gia"></a>
<a href="https://www.youtube.com/@cvtvcaovan" target="_blank" rel="nofollow"><img src="/Content/images/youtube.png" alt="Kênh YouTube CVTV"></a>
<a href="https://www.facebook.com/truyenhinhcaovan" target="_blank" rel="nofollow"><img src="/Content/images/fanpage.png" alt="Fanpage"></a></div>
<div class="box-side box-counter"><div class="box-head">Thống kê truy cập</div>
<p>Đang truy cập: <b>{thousands(visits["online"])}</b></p>
<p>Hôm nay: <b>{thousands(visits["today"])}</b></p>
<p>Tổng lượt truy cập: <b>{thousands(visits["total"])}</b></p></div>
</div>
</div>
</div>
<footer class="footer"><div class="container">
<div class="footer-logo"><img src="/Content/images/logo-footer.png" alt="CVTV"></div>
<div class="footer-info">
<p class="name"><b>{esc(portal.name.upper())}</b></p>
<p>Cơ quan chủ quản: {esc(portal.agency)}</p>
<p>Chịu trách nhiệm nội dung: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)} - Đường dây nóng: 0988.112.115</p>
<p class="copyright">{esc(reuse_notice(portal))}</p>
</div>
<a class="back-top" href="javascript:void(0);" onclick="window.scrollTo(0,0)">Về đầu trang</a>
</div></footer>
</div>
<script src="/Scripts/jquery-3.5.1.min.js"></script>
<script src="/Scripts/slick.min.js"></script>
<script src="/Scripts/video.min.js"></script>
<script src="/Scripts/jwplayer/jwplayer.js"></script>
<script src="/Scripts/main.js?v=20201215"></script>
</body>
</html>
"""

    # -- shared bits

    def thumb(self, item: Item, href: str, size: str = "") -> str:
        return (
            f'<a class="thumb{size}" href="{esc(href)}"><img src="'
            f'{esc(image_path(item, 99, self.image_folder))}" alt="{esc(item.title)}">'
            f'<span class="icon-play"></span><span class="duration">{duration(item.key)}</span></a>'
        )

    def card(self, item: Item, href: str) -> str:
        return (
            f'<div class="video-item">{self.thumb(item, href)}'
            f'<h3 class="video-title"><a href="{esc(href)}">{esc(item.title)}</a></h3>'
            f'<span class="date">{listing_date(item.published)}</span></div>'
        )

    # -- pages

    def home_html(self, request: Request) -> str:
        seed = request.seed
        items = self.items
        if not items:
            return self.frame(self.portal.name, [], "", seed)
        top = items[0]
        feature = (
            f'<div class="home-feature"><div class="feature-player">{self.thumb(top, self.home_link(top, seed), " big")}</div>'
            f'<h2 class="feature-title"><a href="{esc(self.home_link(top, seed))}">{esc(top.title)}</a></h2>'
            f'<p class="feature-sapo">{esc(top.sapo())}</p></div>'
        )
        carousel = "".join(self.card(it, self.home_link(it, seed)) for it in items[1:9])
        blocks = [
            feature,
            f'<div class="home-block block-new"><div class="block-head"><a href="'
            f'{esc(self.listing_path(None))}">Video mới</a></div>'
            f'<div class="video-carousel slick-slider">{carousel}</div></div>',
        ]
        for section in self.sections.values():
            listed = self.listed(section)[:4]
            if not listed:
                continue
            cards = "".join(self.card(it, self.home_link(it, seed)) for it in listed)
            blocks.append(
                f'<div class="home-block"><div class="block-head"><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></div>'
                f'<div class="video-carousel slick-slider">{cards}</div></div>'
            )
        radio = [it for it in items if it.kind == "article" and self.medium(it) == "radio"][:4]
        if radio:
            rows = "".join(
                f'<li><i class="fa fa-volume-up"></i> <a href="{esc(self.article_path(it))}">'
                f'{esc(it.title)}</a> <span class="date">{listing_date(it.published)}</span></li>'
                for it in radio
            )
            blocks.append(
                f'<div class="home-block block-radio"><div class="block-head">Phát thanh</div>'
                f"<ul>{rows}</ul></div>"
            )
        programmes = "".join(
            f'<li><a href="{PROGRAMME_PREFIX}{p.slug}.htm">{esc(p.name)}</a></li>'
            for p in PROGRAMMES
        )
        blocks.append(
            f'<div class="home-block block-programmes"><div class="block-head">'
            f'<a href="{PROGRAMMES_PAGE}">Chương trình</a></div><ul>{programmes}</ul></div>'
        )
        return self.frame(
            f"{self.portal.name} - {self.portal.short_name}", [], "\n".join(blocks), seed
        )

    def listing_html(
        self, section: Section, page: int, pages: int, items: list[Item], request: Request
    ) -> str:
        rows = "".join(
            f'<div class="list-video-item">{self.thumb(it, self.article_path(it))}'
            f'<div class="info"><h3><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></h3>'
            f'<span class="date">{it.published:%H:%M} {dmy(it.published)}</span>'
            f'<p class="sapo">{esc(it.sapo(request.revision, 160))}</p></div></div>'
            for it in items
        )
        pager = []
        if page > 1:
            pager.append(f'<a class="first" href="{esc(self.listing_path(section))}">« Đầu</a>')
            pager.append(
                f'<a class="prev" href="{esc(self.listing_path(section, page - 1))}">‹</a>'
            )
        pager += pager_numbers(
            page,
            pages,
            lambda n: f'<a href="{esc(self.listing_path(section, n))}">{n}</a>',
            current='<span class="current">{n}</span>',
            gap='<span class="dots">...</span>',
        )
        if page < pages:
            pager.append(
                f'<a class="next" href="{esc(self.listing_path(section, page + 1))}">›</a>'
            )
            pager.append(
                f'<a class="last" href="{esc(self.listing_path(section, pages))}">Cuối »</a>'
            )
        content = (
            f'<h1 class="cate-title">{esc(section.name)}</h1>'
            f'<div class="list-video">{rows}</div><div class="paging">{"".join(pager)}</div>'
        )
        title = f"{section.name} - Trang {page}" if page > 1 else section.name
        return self.frame(
            f"{title} | {self.portal.short_name}",
            [(section.name, self.listing_path(section))],
            content,
            request.seed,
        )

    def player_html(self, item: Item) -> str:
        """The player, the "Xem video"/"Nghe audio" tabs, and the download link."""
        medium = self.medium(item)
        poster = image_path(item, 99, self.image_folder)
        audio = (
            f'<div class="tab-pane" id="tab-audio"><audio controls preload="none">'
            f'<source src="{esc(self.media_path(item, "mp3"))}" type="audio/mpeg">'
            "Trình duyệt không hỗ trợ nghe audio.</audio></div>"
        )
        if medium == "radio":
            tabs = (
                '<ul class="player-tabs"><li class="active"><a href="javascript:void(0);" '
                'onclick="showTab(\'audio\')"><i class="fa fa-headphones"></i> Nghe audio</a></li></ul>'
            )
            return (
                f'<div class="detail-player radio">{tabs}<div class="radio-cover"><img src="'
                f'{esc(poster)}" alt="Phát thanh CVR"></div>'
                + audio.replace('class="tab-pane"', 'class="tab-pane active"')
                + "</div>"
            )
        tabs = (
            '<ul class="player-tabs"><li class="active"><a href="javascript:void(0);" '
            'onclick="showTab(\'video\')"><i class="fa fa-play-circle"></i> Xem video</a></li>'
            '<li><a href="javascript:void(0);" onclick="showTab(\'audio\')">'
            '<i class="fa fa-headphones"></i> Nghe audio</a></li></ul>'
        )
        microdata = (
            f'<meta itemprop="name" content="{esc(item.title)}">'
            f'<meta itemprop="thumbnailUrl" content="{esc(poster)}">'
            f'<meta itemprop="uploadDate" content="{iso_vn(item.published)}">'
            f'<meta itemprop="duration" content="PT{duration(item.key).replace(":", "M")}S">'
        )
        if medium == "html5":
            video = (
                f'<video id="vjs-{item.number}" class="video-js vjs-default-skin vjs-16-9" '
                f'controls preload="none" poster="{esc(poster)}" data-setup=\'{{"fluid": true}}\'>'
                f'<source src="{esc(self.media_path(item, "mp4"))}" type="video/mp4">'
                '<p class="vjs-no-js">Để xem video này, vui lòng bật JavaScript hoặc sử dụng '
                "trình duyệt có hỗ trợ video HTML5.</p></video>"
            )
        else:
            config = {
                "file": self.media_path(item, "m3u8"),
                "image": poster,
                "title": item.title,
                "description": item.sapo(0, 400),
                "mediaid": stable_token(item.key, 8),
                "width": "100%",
                "aspectratio": "16:9",
                "autostart": False,
            }
            video = (
                f'<div id="jwp-{item.number}" class="jw-player-box" data-config="'
                f'{esc(json.dumps(config, ensure_ascii=False))}"></div>'
                f"<script>jwplayer('jwp-{item.number}').setup(JSON.parse(document.getElementById("
                f"'jwp-{item.number}').getAttribute('data-config')));</script>"
            )
        return (
            f'<div class="detail-player" itemscope itemtype="http://schema.org/VideoObject">'
            f'{microdata}{tabs}<div class="tab-content"><div class="tab-pane active" id="tab-video">'
            f"{video}</div>{audio}</div>"
            f'<div class="player-tools"><a class="btn-download" href="'
            f'{esc(self.media_path(item, "mp4"))}" download>Tải video</a>'
            f'<a class="btn-embed" href="javascript:void(0);" onclick="showEmbed({item.number})">'
            "Mã nhúng</a></div></div>"
        )

    def credits_html(self, item: Item) -> tuple[str, str]:
        """The credits (above the text, below it): reporter, camera operator or sound engineer.

        Three layouts, chosen per story: a block of lines, one line, or a row under the meta.
        """
        crew = self.crew(item)
        radio = self.medium(item) == "radio"
        if item.kind == VIDEO_ONLY:
            reporters = "Thu Hà - Minh Đức" if item.extra.get("programme") != "thoi-su" else None
            pair = [crew["btv"], *(p for p in PRESENTERS if p != crew["btv"])][:2]
            top = f'<div class="video-credits"><span>BTV: {esc(" - ".join(pair))}</span>'
            if reporters:
                top += f"<span>Phóng viên: {esc(reporters)}</span>"
            return top + f"<span>Quay phim: {esc(crew['camera'])}</span></div>", ""
        layout = stable_int(item.key + "credits", 0, 2)
        second = ("Kỹ thuật", crew["sound"]) if radio else ("Quay phim", crew["camera"])
        if layout == 0:
            lines = [("Phóng viên", item.author)] if item.author else []
            lines.append(second)
            bottom = "".join(
                f'<p class="credit-line"><strong>{label}:</strong> {esc(name)}</p>'
                for label, name in lines
            )
            return "", f'<div class="credit-box">{bottom}</div>'
        if layout == 1:
            short = "KT" if radio else "QP"
            parts = [f"PV: {esc(item.author)}"] if item.author else []
            parts.append(f"{short}: {esc(second[1])}")
            return "", (
                f'<p class="author-line" style="text-align:right"><strong>{"; ".join(parts)}'
                "</strong></p>"
            )
        spans = [f"<span>Phóng viên: {esc(item.author)}</span>"] if item.author else []
        spans.append(f"<span>{second[0]}: {esc(second[1])}</span>")
        return f'<div class="video-credits">{"".join(spans)}</div>', ""

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        radio = self.medium(item) == "radio"
        aired, slot = self.aired(item)
        crew = self.crew(item)
        top_credits, bottom_credits = self.credits_html(item)
        blocks = body_blocks(item, revision)
        prefix = RADIO_LEAD_PREFIX if radio else LEAD_PREFIX
        lead = ""
        text = []
        for index, (kind, value) in enumerate(blocks):
            if kind == "p":
                if not lead and index == 0 and item.kind != VIDEO_ONLY:
                    lead = f'<h2 class="detail-sapo">{esc(prefix)}{esc(value)}</h2>'
                else:
                    text.append(f"<p>{esc(value)}</p>")
            else:
                number, caption = value
                text.append(
                    f'<figure class="img-detail"><img src="'
                    f'{esc(image_path(item, number, self.image_folder))}" alt="{esc(caption)}">'
                    f'<figcaption class="img-caption">{esc(caption)}</figcaption></figure>'
                )
        if item.source:
            bottom_credits += f'<p class="news-source">Nguồn: {esc(item.source)}</p>'
        presenter = (
            ""
            if radio or item.kind == VIDEO_ONLY
            else (f'<span class="presenter">BTV: {esc(crew["btv"])}</span>')
        )
        channel = "CVR - FM 96,5 MHz" if radio else "CVTV1"
        icon = "fa-microphone" if radio else "fa-television"
        keywords = ", ".join(
            dict.fromkeys(["chuyển đổi số", item.section.name.lower(), self.portal.province])
        )
        tags = "".join(
            f'<a href="/tim-kiem?keyword={esc(word)}">{esc(word)}</a>'
            for word in keywords.split(", ")
        )
        related = [it for it in self.others(item, 8)]
        grid = "".join(self.card(it, self.article_path(it)) for it in related[:4])
        others = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="date">{listing_date(it.published)}</span></li>'
            for it in related[4:]
        )
        content = f"""<div class="detail-video">
{self.player_html(item)}
<h1 class="detail-title">{esc(item.title)}</h1>
<div class="detail-meta">
<span class="air-time"><i class="fa {icon}"></i> Phát sóng: {hour_label(aired)} ngày {dmy(aired)} - {esc(slot)} ({channel})</span>
<span class="post-time"><i class="fa fa-clock-o"></i> {posted_line(item.published)}</span>
<span class="view-count"><i class="fa fa-eye"></i> {thousands(view_count(seed))}</span>
{presenter}
</div>
{top_credits}
{lead}
<div class="detail-content" id="divContent">
{"".join(text)}
{bottom_credits}
</div>
<div class="detail-tags"><span>Từ khóa:</span> {tags}</div>
<div class="detail-share">
<a href="javascript:void(0);" onclick="shareFacebook()"><i class="fa fa-facebook"></i> Chia sẻ</a>
<a href="javascript:void(0);" onclick="copyLink('{SHORT_PREFIX}{item.number}')"><i class="fa fa-link"></i> Sao chép liên kết</a>
<a href="javascript:window.print();"><i class="fa fa-print"></i> In</a>
</div>
</div>
<div class="box-related"><div class="box-head">Video cùng chuyên mục</div><div class="video-grid">{grid}</div>
<ul class="list-other">{others}</ul></div>"""
        head = (
            f'<link rel="canonical" href="{request.base_url}{self.article_path(item)}">'
            f'<meta property="og:type" content="video.other">'
            f'<meta property="og:title" content="{esc(item.title)}">'
            f'<meta property="og:image" content="{request.base_url}'
            f'{image_path(item, 99, self.image_folder)}">'
            f'<meta name="description" content="{esc(item.sapo(revision))}">'
        )
        crumbs = [(item.section.name, self.listing_path(item.section))]
        return self.frame(f"{item.title} | {self.portal.short_name}", crumbs, content, seed, head)

    def day_programme(self, channel: str, day: str) -> list[tuple[str, str]]:
        """(time, programme) of one channel's day; reports of that day appear by title."""
        if not day:
            return []
        stories = [
            it
            for it in self.items
            if it.kind == "article" and it.published.date().isoformat() == day
        ]
        report = stories[-1].title if stories else "Những câu chuyện từ cơ sở"
        weekday_seed = stable_int(channel + day, 0, 5)
        if channel == "fm":
            return [
                ("05:30", "Chào buổi sáng"),
                ("06:00", "Thời sự phát thanh sáng"),
                ("07:00", "Âm nhạc theo yêu cầu"),
                ("11:00", "Thời sự phát thanh trưa"),
                ("11:30", f"Câu chuyện truyền thanh: {report}"),
                ("14:00", "Đọc truyện đêm khuya (phát lại)"),
                ("17:00", "Thời sự phát thanh chiều"),
                ("17:30", "Tư vấn pháp luật"),
                ("20:00", "Tiếp âm Đài Tiếng nói Việt Nam"),
                ("22:00", "Đọc truyện đêm khuya"),
            ]
        films = (
            "Hương đất",
            "Mùa nước nổi",
            "Ngọn lửa trên núi",
            "Đường về bản",
            "Bến sông xưa",
            "Người gác rừng",
        )
        return [
            ("05:30", "Chào ngày mới"),
            ("06:00", "Thời sự sáng"),
            ("06:30", "Thể dục buổi sáng"),
            ("07:00", f"Phim truyện: {films[weekday_seed]} (tập {weekday_seed + 11})"),
            ("09:00", "Ca nhạc thiếu nhi"),
            ("10:15", "Chuyển đổi số và cuộc sống (phát lại)"),
            ("11:30", "Thời sự trưa"),
            ("12:00", "Sân khấu chèo"),
            ("15:00", "Phim tài liệu"),
            ("17:30", "Nông nghiệp - Nông thôn"),
            ("19:00", "Tiếp sóng Thời sự VTV1"),
            ("19:45", "Thời sự tối"),
            ("20:15", f"Phóng sự: {report}"),
            ("20:50", "Chuyển đổi số và cuộc sống"),
            ("21:30", f"Phim truyện: {films[(weekday_seed + 1) % 6]}"),
            ("23:00", "Thời sự cuối ngày"),
        ]

    def schedule_html(self, channel: str, day: str, days: list[str], request: Request) -> str:
        shown = datetime.fromisoformat(day)
        rows = "".join(
            f'<tr><td class="time">{esc(at)}</td><td class="program">{esc(name)}</td></tr>'
            for at, name in self.day_programme(channel, day)
        )
        active = ' class="active"'
        tabs = "".join(
            f'<li{active if key == channel else ""}><a href="'
            f'{esc(self.schedule_path(key, day))}">{esc(name)}</a></li>'
            for key, name in CHANNELS.items()
        )
        index = days.index(day)
        nav = []
        if index > 0:
            nav.append(
                f'<a class="prev-day" href="{esc(self.schedule_path(channel, days[index - 1]))}">« Ngày trước</a>'
            )
        if index < len(days) - 1:
            nav.append(
                f'<a class="next-day" href="{esc(self.schedule_path(channel, days[index + 1]))}">Ngày sau »</a>'
            )
        content = (
            f'<h1 class="cate-title">Lịch phát sóng</h1><ul class="channel-tabs">{tabs}</ul>'
            f'<div class="schedule-date">Lịch phát sóng ngày {dmy(shown)}</div>'
            f'<table class="tbl-schedule"><thead><tr><th>Giờ</th><th>Chương trình</th></tr></thead>'
            f'<tbody>{rows}</tbody></table><div class="schedule-nav">{" ".join(nav)}</div>'
            '<p class="note">Lịch phát sóng có thể thay đổi vì lý do kỹ thuật hoặc để ưu tiên '
            "các sự kiện chính trị quan trọng.</p>"
        )
        return self.frame(
            f"Lịch phát sóng ngày {dmy(shown)} | {self.portal.short_name}",
            [("Lịch phát sóng", SCHEDULE)],
            content,
            request.seed,
        )

    def programmes_html(self, request: Request) -> str:
        rows = "".join(
            f'<div class="program-item"><a href="{PROGRAMME_PREFIX}{p.slug}.htm"><img src='
            f'"/uploads/programs/{p.slug}.jpg" alt="{esc(p.name)}"></a><h3><a href="'
            f'{PROGRAMME_PREFIX}{p.slug}.htm">{esc(p.name)}</a></h3><p class="air">Phát sóng: '
            f"{esc(p.airs)}</p></div>"
            for p in PROGRAMMES
        )
        return self.frame(
            f"Chương trình | {self.portal.short_name}",
            [("Chương trình", PROGRAMMES_PAGE)],
            f'<h1 class="cate-title">Chương trình</h1><div class="program-list">{rows}</div>',
            request.seed,
        )

    def programme_html(self, programme: Programme, request: Request) -> str:
        episodes = [it for it in self.items if it.extra.get("programme") == programme.slug]
        if not episodes and programme.section:
            episodes = self.by_section.get(programme.section, [])
        cards = "".join(self.card(it, self.article_path(it)) for it in episodes[:12])
        content = (
            f'<div class="program-head"><img src="/uploads/programs/{programme.slug}.jpg" alt="">'
            f'<h1 class="cate-title">{esc(programme.name)}</h1>'
            f'<p class="air"><b>Thời lượng phát sóng:</b> {esc(programme.airs)}</p>'
            f'<p class="about">{esc(programme.about)}</p></div>'
            f'<div class="block-head">Các số đã phát sóng</div><div class="video-grid">{cards}</div>'
        )
        return self.frame(
            f"{programme.name} | {self.portal.short_name}",
            [
                ("Chương trình", PROGRAMMES_PAGE),
                (programme.name, f"{PROGRAMME_PREFIX}{programme.slug}.htm"),
            ],
            content,
            request.seed,
        )

    def live_html(self, channel: str, request: Request) -> str:
        days = self.schedule_days()
        day = days[-1] if days else ""
        rows = "".join(
            f'<li><span class="time">{esc(at)}</span> {esc(name)}</li>'
            for at, name in self.day_programme(channel, day)
        )
        source = f"/live/{channel}/playlist.m3u8"
        player = (
            f'<div class="live-player"><video id="live-{channel}" class="video-js" controls autoplay '
            f'muted><source src="{source}" type="application/x-mpegURL"></video></div>'
            if channel != "fm"
            else '<div class="live-player radio"><audio controls src="/live/fm/stream.mp3">'
            "</audio></div>"
        )
        content = (
            f'<h1 class="cate-title">Trực tuyến: {esc(CHANNELS[channel])}</h1>{player}'
            f'<div class="box-head">Đang và sắp phát sóng</div><ul class="live-schedule">{rows}</ul>'
        )
        return self.frame(
            f"{CHANNELS[channel]} | {self.portal.short_name}",
            [("Trực tuyến", f"{LIVE_PREFIX}{channel}.htm")],
            content,
            request.seed,
        )

    def rss_page_html(self, request: Request) -> str:
        rows = "".join(
            f'<li><img src="/Content/images/rss.gif" alt="RSS"> <a href="{esc(self.feed_path(s))}">'
            f"{esc(s.name)}</a></li>"
            for s in [self.news, *self.sections.values()]
        )
        content = (
            '<h1 class="cate-title">RSS</h1><p>Quý vị có thể sử dụng các kênh RSS dưới đây để nhận '
            f'tin mới của {esc(self.portal.name)}.</p><ul class="rss-list">{rows}</ul>'
        )
        return self.frame(
            f"RSS | {self.portal.short_name}", [("RSS", RSS_PAGE)], content, request.seed
        )

    def rss_xml(self, section: Section, request: Request) -> str:
        base = request.base_url
        items = "".join(
            f"<item><title>{esc(it.title)}</title><link>{base}{self.article_path(it)}</link>"
            f'<guid isPermaLink="false">{it.number}</guid>'
            f"<description>{esc(it.sapo())}</description>"
            f"<pubDate>{it.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
            for it in self.listed(section)[:20]
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{esc(self.portal.short_name)} - {esc(section.name)}</title>"
            f"<link>{base}{self.listing_path(section)}</link>"
            f"<description>{esc(self.portal.name)}</description><language>vi-VN</language>"
            f"{items}</channel></rss>"
        )

    def error_html(self, status: int) -> str:
        message = (
            "Nội dung quý vị tìm kiếm không tồn tại hoặc đã bị gỡ bỏ."
            if status == 404
            else "Hệ thống đang bận, xin quý vị vui lòng quay lại sau."
        )
        return self.frame(
            f"Lỗi {status} | {self.portal.short_name}",
            [],
            f'<div class="page-error"><h1>{status}</h1><p>{message}</p>'
            '<a href="/">Về trang chủ</a></div>',
            f"err{status}",
        )

    def robots_txt(self, request: Request) -> str:
        lines = ["User-agent: *", *(f"Disallow: {p}" for p in self.portal.robots_disallow)]
        return "\n".join(lines) + "\n"
