"""The portal registry: the packaged data, the loader's validation, the `portals` command."""

from __future__ import annotations

import doctest
import json
import re
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

import dtcrawl.registry
from dtcrawl.cli import main
from dtcrawl.registry import (
    Portal,
    RegistryError,
    load_registry,
    portals_table,
    select_portals,
)

CURRENT_UNITS = {
    # the six centrally-run cities
    "Hà Nội",
    "Huế",
    "Hải Phòng",
    "Đà Nẵng",
    "TP. Hồ Chí Minh",
    "Cần Thơ",
    # the 28 provinces
    "Lai Châu",
    "Điện Biên",
    "Sơn La",
    "Lạng Sơn",
    "Quảng Ninh",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Cao Bằng",
    "Tuyên Quang",
    "Lào Cai",
    "Thái Nguyên",
    "Phú Thọ",
    "Bắc Ninh",
    "Hưng Yên",
    "Ninh Bình",
    "Quảng Trị",
    "An Giang",
    "Cà Mau",
    "Khánh Hòa",
    "Đắk Lắk",
    "Quảng Ngãi",
    "Gia Lai",
    "Lâm Đồng",
    "Đồng Nai",
    "Tây Ninh",
    "Vĩnh Long",
    "Đồng Tháp",
}

# The 29 provinces merged away on 1 July 2025 → the unit they joined.
MERGED_AWAY = {
    "Hà Giang": "Tuyên Quang",
    "Yên Bái": "Lào Cai",
    "Bắc Kạn": "Thái Nguyên",
    "Vĩnh Phúc": "Phú Thọ",
    "Hòa Bình": "Phú Thọ",
    "Bắc Giang": "Bắc Ninh",
    "Thái Bình": "Hưng Yên",
    "Hải Dương": "Hải Phòng",
    "Hà Nam": "Ninh Bình",
    "Nam Định": "Ninh Bình",
    "Quảng Bình": "Quảng Trị",
    "Kiên Giang": "An Giang",
    "Bạc Liêu": "Cà Mau",
    "Bình Dương": "TP. Hồ Chí Minh",
    "Bà Rịa - Vũng Tàu": "TP. Hồ Chí Minh",
    "Ninh Thuận": "Khánh Hòa",
    "Phú Yên": "Đắk Lắk",
    "Quảng Nam": "Đà Nẵng",
    "Kon Tum": "Quảng Ngãi",
    "Bình Định": "Gia Lai",
    "Đắk Nông": "Lâm Đồng",
    "Bình Thuận": "Lâm Đồng",
    "Bình Phước": "Đồng Nai",
    "Long An": "Tây Ninh",
    "Sóc Trăng": "Cần Thơ",
    "Hậu Giang": "Cần Thơ",
    "Bến Tre": "Vĩnh Long",
    "Trà Vinh": "Vĩnh Long",
    "Tiền Giang": "Đồng Tháp",
}

# Domains of the 63 portals before July 2025 (Huế's was thuathienhue.gov.vn, now hue.gov.vn).
OLD_SLUGS = (
    "angiang baria-vungtau bacgiang backan baclieu bacninh bentre binhdinh binhduong binhphuoc "
    "binhthuan camau cantho caobang danang daklak daknong dienbien dongnai dongthap gialai "
    "hagiang hanam hatinh haiduong haiphong hanoi haugiang hochiminhcity hoabinh hungyen khanhhoa "
    "kiengiang kontum laichau lamdong langson laocai longan namdinh nghean ninhbinh ninhthuan "
    "phutho phuyen quangbinh quangnam quangngai quangninh quangtri soctrang sonla tayninh "
    "thaibinh thainguyen thanhhoa hue tiengiang travinh tuyenquang vinhlong vinhphuc yenbai"
).split()

UNCERTAIN = {"Quảng Nam", "Kon Tum", "Bình Định", "Đắk Nông", "Bình Thuận", "Bình Phước"}
UNCERTAIN |= {"Long An", "Sóc Trăng", "Hậu Giang", "Bến Tre", "Trà Vinh", "Tiền Giang"}


@pytest.fixture(scope="module")
def registry() -> list[Portal]:
    return load_registry()


def provincial(portals: list[Portal]) -> list[Portal]:
    return [p for p in portals if p.kind == "province"]


def test_doctests() -> None:
    assert doctest.testmod(dtcrawl.registry).failed == 0


def test_current_units_are_the_34(registry: list[Portal]) -> None:
    current = [p for p in provincial(registry) if p.former_province is None]
    assert {p.province for p in current} == CURRENT_UNITS
    assert len(current) == 34  # one portal per unit


def test_every_province_of_the_63_is_there(registry: list[Portal]) -> None:
    former = {p.former_province: p.province for p in provincial(registry) if p.former_province}
    assert former == MERGED_AWAY
    assert len(CURRENT_UNITS) + len(former) == 63
    assert not set(former) & CURRENT_UNITS
    hosts = {urlsplit(p.start_urls[0]).hostname for p in provincial(registry)}
    assert hosts == {f"{slug}.gov.vn" for slug in OLD_SLUGS}


def test_every_unit_has_its_department_of_science_and_technology(registry: list[Portal]) -> None:
    sokhcn = [p for p in registry if p.id.startswith("sokhcn-")]
    assert {p.province for p in sokhcn} == CURRENT_UNITS
    assert all(p.kind == "department" for p in sokhcn)


def test_ids_are_unique_and_readable(registry: list[Portal]) -> None:
    ids = [p.id for p in registry]
    assert len(ids) == len(set(ids))
    by_id = {p.id: p for p in registry}
    assert by_id["hanoi"].province == "Hà Nội"
    assert (by_id["hagiang"].province, by_id["hagiang"].former_province) == (
        "Tuyên Quang",
        "Hà Giang",
    )
    assert urlsplit(by_id["stttt-hanoi"].start_urls[0]).hostname == "sotttt.hanoi.gov.vn"
    assert urlsplit(by_id["stttt-thainguyen"].start_urls[0]).hostname == "ict.thainguyen.gov.vn"
    assert by_id["hochiminhcity"].start_urls == ("https://hochiminhcity.gov.vn/",)


def test_entries_follow_the_house_rules(registry: list[Portal]) -> None:
    for portal in registry:
        assert portal.verified is False, portal.id
        for url in portal.start_urls + portal.sitemaps + portal.feeds:
            parts = urlsplit(url)
            assert parts.scheme in ("http", "https") and parts.hostname, url
            assert portal.allows(url), (portal.id, url)
        assert portal.notes, portal.id
        # relevance "all" only for dedicated CĐS sites
        assert (portal.relevance == "all") == (portal.kind == "dedicated"), portal.id
        if portal.province is None:
            assert portal.kind == "dedicated", portal.id
        else:
            assert portal.province in CURRENT_UNITS, portal.id
    dedicated = {p.id: p for p in registry if p.kind == "dedicated"}
    hosts = {urlsplit(p.start_urls[0]).hostname for p in dedicated.values()}
    assert {"chuyendoiso.kontum.gov.vn", "dx.gov.vn", "dti.gov.vn"} <= hosts
    assert {"cds.tpcaolanh.dongthap.gov.vn"} <= hosts


def test_uncertain_mergers_are_marked(registry: list[Portal]) -> None:
    for portal in registry:
        if portal.former_province in UNCERTAIN:
            assert "uncertain" in portal.notes.lower(), portal.id
        elif portal.former_province:
            assert "uncertain" not in portal.notes.lower(), portal.id


def test_reference_facts_are_recorded(registry: list[Portal]) -> None:
    by_id = {p.id: p for p in registry}
    assert by_id["hue"].cms == "dnn"
    assert by_id["hue"].allows("https://thuathienhue.gov.vn/")
    assert by_id["longan"].status == "live" and "Tây Ninh" in by_id["longan"].notes
    assert sum(p.cms != "unknown" for p in registry) == 1


def test_allowed_domains_default_to_both_forms() -> None:
    portal = Portal(
        id="x",
        name="X",
        province="Huế",
        start_urls=("https://www.hue.gov.vn/tin-tuc",),
        feeds=("https://rss.hue.gov.vn/rss",),
    )
    assert portal.allowed_domains == (
        "hue.gov.vn",
        "www.hue.gov.vn",
        "rss.hue.gov.vn",
        "www.rss.hue.gov.vn",
    )
    assert portal.allows("https://sokhcn.hue.gov.vn/a")  # a domain covers its subdomains
    assert not portal.allows("https://nothue.gov.vn/a")


def test_patterns_are_compiled(tmp_path) -> None:
    path = write(
        tmp_path,
        ENTRY + '    article_url_pattern: "/tin-tuc/.+-\\\\d+\\\\.html$"\n',
    )
    (portal,) = load_registry(path)
    assert portal.article_re.search("https://t.gov.vn/tin-tuc/chuyen-doi-so-12.html")
    assert not portal.article_re.search("https://t.gov.vn/tin-tuc/")
    assert portal.listing_re is None


def test_crawl_settings_merge_overrides(tmp_path) -> None:
    path = write(
        tmp_path,
        ENTRY + "    download_delay: 3\n    concurrency: 1\n    max_pages: 500\n"
        "    verify_tls: false\n"
        '    settings: {DOWNLOADER_CLIENT_TLS_CIPHERS: "DEFAULT@SECLEVEL=1"}\n',
    )
    (portal,) = load_registry(path)
    assert portal.verify_tls is False
    assert portal.crawl_settings() == {
        "DOWNLOAD_DELAY": 3,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        "CLOSESPIDER_PAGECOUNT": 500,
        "DOWNLOADER_CLIENT_TLS_CIPHERS": "DEFAULT@SECLEVEL=1",
    }


# --- validation errors ---------------------------------------------------------------------

ENTRY = """\
  - id: thu
    name: Cổng thử
    province: Huế
    start_urls:
      - https://thu.gov.vn/tin-tuc
"""


def write(tmp_path, body: str, header: str = "portals:\n"):
    path = tmp_path / "portals.yaml"
    path.write_text(header + body, encoding="utf-8")
    return path


def load_error(tmp_path, body: str, header: str = "portals:\n") -> str:
    path = write(tmp_path, body, header)
    with pytest.raises(RegistryError) as info:
        load_registry(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(str(path))
    return message


def test_unknown_key_names_file_line_entry_and_close_match(tmp_path) -> None:
    body = (
        ENTRY
        + "  - id: sai\n    name: Sai\n    province: Huế\n    start_url:\n      - https://sai.gov.vn/\n"
    )
    message = load_error(tmp_path, body)
    assert re.search(r"portals\.yaml:7: entry 1 \(id 'sai'\): unknown key 'start_url'", message)
    assert "did you mean 'start_urls'?" in message


def test_missing_required_key(tmp_path) -> None:
    message = load_error(tmp_path, "  - id: thieu\n    name: Thiếu\n    province: Huế\n")
    assert "entry 0 (id 'thieu'): missing required key 'start_urls'" in message


def test_duplicate_id(tmp_path) -> None:
    message = load_error(tmp_path, ENTRY + ENTRY)
    assert "entry 1 (id 'thu'): duplicate id 'thu' (first used by entry 0)" in message


def test_duplicate_key_in_one_entry(tmp_path) -> None:
    message = load_error(tmp_path, ENTRY + "    name: Lần hai\n")
    assert "portals.yaml:7: key 'name' given twice" in message


def test_bad_regex(tmp_path) -> None:
    message = load_error(tmp_path, ENTRY + '    listing_url_pattern: "/trang-(\\\\d+"\n')
    assert "entry 0 (id 'thu'): bad regex in listing_url_pattern '/trang-(\\\\d+'" in message
    assert "missing )" in message


def test_bad_url(tmp_path) -> None:
    message = load_error(tmp_path, ENTRY.replace("https://thu.gov.vn/tin-tuc", "thu.gov.vn/tin"))
    assert (
        "bad URL in start_urls: 'thu.gov.vn/tin' (must start with http:// or https://)" in message
    )
    message = load_error(tmp_path, ENTRY + "    feeds:\n      - https://thu gov.vn/rss\n")
    assert "bad URL in feeds" in message


def test_allowed_paths_keep_a_sub_site_to_its_path(tmp_path) -> None:
    (portal,) = load_registry(write(tmp_path, ENTRY + "    allowed_paths:\n      - /huyen-a/\n"))
    assert portal.allowed_paths == ("/huyen-a/",)
    assert portal.to_dict()["allowed_paths"] == ["/huyen-a/"]
    assert portal.allows("https://thu.gov.vn/huyen-a/tin/1.html")
    assert not portal.allows("https://thu.gov.vn/tin-tuc/1.html")
    message = load_error(tmp_path, ENTRY + "    allowed_paths:\n      - huyen-a\n")
    assert "bad allowed_paths entry 'huyen-a': give a path such as '/huyen-an-phu/'" in message


def test_bad_relevance_and_status(tmp_path) -> None:
    message = load_error(tmp_path, ENTRY + "    relevance: everything\n")
    assert "bad relevance 'everything': expected one of all, keywords" in message
    message = load_error(tmp_path, ENTRY + "    status: alive\n")
    assert "bad status 'alive': expected one of live, redirecting, dead, unknown" in message


def test_start_urls_must_be_a_list(tmp_path) -> None:
    body = "  - id: thu\n    name: Thu\n    province: Huế\n    start_urls: https://thu.gov.vn/\n"
    assert "start_urls must be a list" in load_error(tmp_path, body)


def test_bad_file_shapes(tmp_path) -> None:
    assert "expected a top-level 'portals:' list" in load_error(tmp_path, "", header="- a\n")
    assert "not valid YAML" in load_error(tmp_path, "  - id: [unclosed\n")
    missing = tmp_path / "nope.yaml"
    with pytest.raises(RegistryError, match="cannot read registry"):
        load_registry(missing)


def test_select_portals_suggests_close_ids(registry: list[Portal]) -> None:
    assert [p.id for p in select_portals(registry, ["hue", "hanoi"])] == ["hue", "hanoi"]
    assert select_portals(registry, []) == registry
    with pytest.raises(
        RegistryError, match=r"unknown portal id 'stttt-hanio' \(close: stttt-hanoi"
    ):
        select_portals(registry, ["stttt-hanio"])


def test_portals_table(registry: list[Portal]) -> None:
    lines = portals_table(select_portals(registry, ["hanoi", "binhduong"])).splitlines()
    assert lines[0].split() == [
        "id",
        "province",
        "former",
        "province",
        "kind",
        "cms",
        "relevance",
        "verified",
        "status",
        "start",
        "URL",
    ]
    assert lines[1].split() == [
        "hanoi",
        "Hà",
        "Nội",
        "province",
        "unknown",
        "keywords",
        "no",
        "unknown",
        "https://hanoi.gov.vn/",
    ]
    assert "TP. Hồ Chí Minh  Bình Dương" in lines[2]


# --- the `dtcrawl portals` command ----------------------------------------------------------


def test_cli_lists_the_registry() -> None:
    result = CliRunner().invoke(main, ["portals"])
    assert result.exit_code == 0, result.output
    assert "hagiang" in result.stdout and "Tuyên Quang" in result.stdout
    assert "34 current province-level units, 29 portals of former provinces" in result.stdout


def test_cli_selected_ids_as_json() -> None:
    result = CliRunner().invoke(main, ["portals", "--json", "cds-kontum", "dx"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [d["id"] for d in data] == ["cds-kontum", "dx"]
    assert data[0]["province"] == "Quảng Ngãi" and data[0]["former_province"] == "Kon Tum"
    assert data[0]["relevance"] == "all" and data[1]["province"] is None


def test_cli_bad_registry_exits_2_with_one_line(tmp_path) -> None:
    path = write(tmp_path, ENTRY + "    relevence: all\n")
    result = CliRunner().invoke(main, ["portals", "--portals", str(path)])
    assert result.exit_code == 2
    assert result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("Error: ") and "unknown key 'relevence'" in line


def test_cli_unknown_id_exits_2() -> None:
    result = CliRunner().invoke(main, ["portals", "hanoii"])
    assert result.exit_code == 2
    assert "unknown portal id 'hanoii' (close: hanoi" in result.stderr
