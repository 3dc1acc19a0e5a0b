"""Extraction rules on small pages: each rule is about a kind of page, not one site."""

from __future__ import annotations

import itertools
import json
import re
from datetime import UTC, date, datetime

import lxml.html
import pytest

from newscrawler import extraction
from newscrawler.extraction import body as body_module
from newscrawler.extraction import boilerplate, furniture, visible
from newscrawler.extraction.body import with_sibling_containers
from newscrawler.extraction.boilerplate import prune_boilerplate
from newscrawler.extraction.dates import parse_date
from newscrawler.extraction.page import post_from_bytes
from newscrawler.extraction.visible import is_dateline
from newscrawler.sources import Source
from newscrawler.text.cleaning import html_to_text, is_prose

SEOUL = Source(name="t", feeds=["https://x/"], language="ko", timezone="Asia/Seoul")
ANYWHERE = Source(name="t", feeds=["https://x/"])
PARAGRAPHS = "".join(
    f"<p>{text}</p>"
    for text in (
        "정부는 9일 새로운 에너지 정책을 발표했다. 산업통상자원부는 이날 세종청사에서 브리핑을 열었다.",
        "계획에 따르면 2030년까지 청정 전력 비중을 두 배로 늘린다. 환경 단체는 환영의 뜻을 밝혔다.",
        "전문가들은 실행 계획이 중요하다고 지적했다. 정부는 다음 달 세부 계획을 내놓는다.",
    )
)


def extract(html: str, source: Source = SEOUL) -> dict:
    post, problem = post_from_bytes(
        html.encode(), "https://news.example/a/1", source, now=datetime(2024, 6, 1, tzinfo=UTC)
    )
    assert problem == ""
    return post.as_dict()


def page(head: str = "", top: str = "", bottom: str = "", title: str = "정부, 에너지 정책 발표 - 한결일보") -> str:
    return (
        f"<html lang='ko'><head><title>{title}</title>{head}</head><body><header><a href='/'>홈</a></header>"
        f"<article><h1>정부, 에너지 정책 발표</h1>{top}{PARAGRAPHS}{bottom}</article>"
        "<footer>회사소개</footer></body></html>"
    )


def above(label: str) -> str:
    """A page with ``label`` just above its headline."""
    return page().replace("<article><h1>", f"<article>{label}<h1>")


def test_a_date_in_a_sidebars_widget_is_not_the_articles() -> None:
    """A portal's exchange-rate box beside the article ("기준 2019.11.01 20:07" in a class naming a time) is the
    sidebar's; the date the article's head shows, labelled where no class marks it, is the article's."""
    head = "<div class='sponsor'>기사입력 <span class='t11'>2019.11.02. 오전 8:08</span></div>"
    for sidebar in ("<div class='aside'>", "<aside>", "<div id='sidebar-right'>"):
        closing = "</aside>" if sidebar == "<aside>" else "</div>"
        widget = f"{sidebar}<dl class='as_finance_time'><dt>기준</dt><dd>2019.11.01 20:07</dd></dl>{closing}"
        post = extract(page(top=head).replace("<footer>", f"{widget}<footer>"))
        assert post["published"] == "2019-11-02T08:08:00+09:00", sidebar
    # a theme's layout class on the wrapper of the whole page (headline, article and sidebar) is no sidebar
    dated = above("<div class='info'><span class='date'>2024.05.09 15:20</span></div>")
    layout = dated.replace("<body>", "<body><div class='sidebar-content'>").replace("</body>", "</div></body>")
    assert extract(layout)["published"] == "2024-05-09T15:20:00+09:00"


def test_a_date_shown_only_in_the_byline_is_found_and_an_update_is_not_taken_for_it() -> None:
    post = extract(
        page(top="<div class='info-text'><span>수정 2024.05.10 09:00</span> <span>입력 2024.05.09 15:20</span></div>")
    )
    assert post["published"] == "2024-05-09T15:20:00+09:00"
    assert post["modified"] == "2024-05-10T09:00:00+09:00"
    portal = extract(page(top="<span class='media_end_head_info_datestamp_time'>2024.05.09. 오후 3:20</span>"))
    assert portal["published"] == "2024-05-09T15:20:00+09:00"


def test_a_date_labelled_as_the_publication_is_found_where_no_class_marks_its_place() -> None:
    """Hashed class names ("x9f2"): the label "입력" says what the date is, wherever it stands."""
    shown = "<div class='x9f2'><span class='a1b2'>입력 <span class='c3d4'>2024. 5. 9. 15:20</span></span></div>"
    assert extract(page(top=shown))["published"] == "2024-05-09T15:20:00+09:00"
    for line in (
        "<p class='q7'>2024-05-09 15:20 송고 2024-05-09 16:01 최종수정</p>",
        "<p class='q7'>승인 2024.05.09 15:20</p>",
        "<p class='q7'>기사전송 2024-05-09 15:20 최종수정 2024-05-10 08:00</p>",  # a portal's copy
    ):
        assert extract(page(top=line))["published"] == "2024-05-09T15:20:00+09:00", line
    teaser = "<a class='q1' href='/news/2'><b>다른 기사 제목이 여기에 길게 이어진다</b> 등록 2024.05.01 10:00</a>"
    comment = "<ul class='comment-list'><li><b>독자</b> 등록 2024.05.11 09:00 좋은 기사네요</li></ul>"
    assert extract(page(top=teaser, bottom=comment))["published"] == ""  # another article's, a reader's


def test_a_date_with_its_time_right_after_the_headline_is_found_where_nothing_marks_or_labels_it() -> None:
    shown = "<div class='x9f2'><span class='a1b2'>한지은 기자</span> <span class='c3d4'>24.05.09 15:20</span></div>"
    assert extract(page(top=shown))["published"] == "2024-05-09T15:20:00+09:00"
    board = "<div class='x9f2'><strong><span class='y1'>작성일</span> 24-05-09 15:20</strong></div>"
    assert extract(page(top=board))["published"] == "2024-05-09T15:20:00+09:00"  # a Gnuboard site's
    teaser = "<ul class='q1'><li><a href='/news/2'>다른 기사 제목이 여기에 길게 이어진다 2024.05.01 10:00</a></li></ul>"
    assert extract(page(top=teaser))["published"] == ""  # another article's, in its link
    day = "<div class='x9f2'><span>2024.05.09</span></div>"
    assert extract(page(top=day))["published"] == ""  # a day alone may be anything's (the paper's "today")
    declared = "<meta property='og:title' content='정부, 에너지 정책 발표'>"
    under_h3 = page(head=declared).replace("<h1>정부, 에너지 정책 발표</h1>", "<h3>정부, 에너지 정책 발표</h3>" + shown)
    assert extract(under_h3)["published"] == "2024-05-09T15:20:00+09:00"  # no <h1>: the heading showing the title


def test_a_korean_byline_on_a_line_of_its_own_is_found_where_no_class_marks_its_place() -> None:
    bar = "<div class='x9f2'><span class='a1b2'>광주=정다은 기자</span> <span>입력 2024-05-09 18:05</span></div>"
    assert extract(page(top=bar))["author"] == "정다은"
    bylines = {
        "정다은 기자, 윤재석 기자": "정다은, 윤재석",  # each with a title
        "정다은 기자 / 사진=윤재석 기자": "정다은, 윤재석",
        "[광주=한결뉴스] 정다은 기자": "정다은",  # a wire's dateline before
        "뉴스1 정다은 기자": "정다은",  # an outlet written with a digit before the name
        "정다은 에디터": "정다은",  # a magazine's
        "정다은 기자 입력 2024.05.09 18:05 수정 2024.05.09 19:00": "정다은",  # the dates run on
    }
    for byline, names in bylines.items():
        for place in ("x9f2", "info"):  # no class we know; an info bar
            assert extract(page(top=f"<div class='{place}'>{byline}</div>"))["author"] == names, (byline, place)
    for byline in ("기자명 정다은", "기자명 : 정다은 기자", "뉴스1 정다은 기자"):  # a label before; an outlet
        assert extract(page(top=f"<div class='byline'>{byline}</div>"))["author"] == "정다은", byline
    columnist = "<div class='x9f2'><span class='a1b2'>송하린 논설위원</span> <span>입력 2024-05-09 18:05</span></div>"
    assert extract(page(top=columnist))["author"] == "송하린"
    site = "<meta name='author' content='한결일보'>"
    assert extract(page(head=site, top=bar))["author"] == "정다은"  # the site is no byline
    signoff = "<p>정다은 기자 dek@news.example</p><p>박준호 기자 pjh@news.example</p>"
    assert extract(page(top=bar, bottom=signoff))["author"] == "정다은, 박준호"  # the article's own sign-off first
    teaser = "<ul><li><a href='/news/2'>다른 기사 제목이 여기에 길게 이어진다</a> <span>김서윤 기자</span></li></ul>"
    caption = "<p class='k2'>9일 시장에서 상인이 손님을 맞고 있다. 김서윤 기자</p>"
    assert extract(page(top=teaser + caption))["author"] == ""  # another article's reporter, a photographer's credit
    head = "<div class='x1'><button type='button'><em>정하은 기자</em><span>외 1명</span></button></div>"
    under = (
        "<div class='q7'><p><span>정하은 기자(hejung@news.example)</span></p>"
        "<p><span>윤재석 기자(jsyoon@news.example)</span></p></div>"
    )
    text = "<br><br>".join(re.findall(r"<p>(.*?)</p>", PARAGRAPHS))
    together = page(top=head).replace(PARAGRAPHS, f"<div><div class='z2'>{text}<br><br></div>{under}</div>")
    assert extract(together)["author"] == "정하은, 윤재석"  # the head names one "and 1 more"; the two sign under it
    credits = "<p>영상취재 : 김민수 기자</p><p>영상편집 : 박서윤 기자</p>"
    assert extract(page(top=bar, bottom=credits))["author"] == "정다은"  # a broadcast's credits name no writers


def test_the_section_comes_from_the_breadcrumb_when_no_metadata_names_it() -> None:
    post = extract(page(top="<nav class='breadcrumb'><a href='/'>홈</a> &gt; <a href='/politics'>정치</a></nav>"))
    assert post["category"] == "정치"
    # the current crumb's menu of the section's other parts, hidden until the pointer is over it, is not the trail
    menu = "<div class='sub_menu_layer' style='display: none;'><ul><li><a href='/sports/e'>e스포츠</a></li></ul></div>"
    trail = (
        "<div class='location'><span>뉴스</span>&gt;<span>스포츠</span>&gt;"
        f"<strong><a href='/s'>씨름</a>{menu}</strong></div>"
    )
    assert extract(page(top=trail))["category"] == "씨름"


def test_a_breadcrumb_trail_no_class_marks_names_the_section() -> None:
    for shown, section in [
        ("<div class='x9f2'><a href='/'>홈</a> <span>&gt;</span> <a href='/travel'>여행</a></div>", "여행"),
        (
            "<p class='q1'><a href='/'><img src='/home.png' alt=''></a> › <a href='/news/cloud'>클라우드</a></p>",
            "클라우드",
        ),
        # links side by side: a menu, not a trail
        ("<div class='x9f2'><a href='/'>홈</a> | <a href='/politics'>정치</a> | <a href='/economy'>경제</a></div>", ""),
    ]:
        assert extract(page(top=shown))["category"] == section, shown


def test_a_section_trail_in_a_path_list_is_a_breadcrumb_and_its_last_section_the_category() -> None:
    trail = (
        "<div class='nav-path01'><ul><li><a href='/'>홈</a></li><li>&gt;</li><li><a href='/economy'>경제</a></li>"
        "<li>&gt;</li><li><a href='/economy/finance'>금융</a></li></ul></div>"
    )
    assert extract(page(top=trail))["category"] == "금융"
    assert extract(page(top=trail.replace("nav-path01", "path_area")))["category"] == "금융"
    unlinked = (
        "<div class='nav-path01'><a href='/'>홈</a> &gt; <a href='/economy'>경제</a> &gt; <strong>금융</strong></div>"
    )
    assert extract(page(top=unlinked))["category"] == "금융"
    for marks in ("navPath", "sub_path", "PATH", "path2"):
        assert visible._class_kind(marks)[1], marks
    for marks in ("img-pathname", "xpath", "footpath"):
        assert not visible._class_kind(marks)[1], marks


def test_a_descriptions_sentences_run_together_are_spaced_again() -> None:
    """A CMS that writes the description from the text's paragraphs with their markup taken out runs the
    sentences together ("…발표했다.계획에 따르면…"); not a decimal point, a quotation's end or a Latin abbreviation."""
    glued = (
        "<meta name='description' content='정부는 9일 새로운 에너지 정책을 발표했다.계획에 따르면 2030년까지 청정 전력 "
        "비중을 두 배로 늘린다.“환영한다”는 반응이 나왔다. 금리는 3.5%다.”U.S. 시장도 주목했다.'>"
    )
    assert extract(page(head=glued))["excerpt"] == (
        "정부는 9일 새로운 에너지 정책을 발표했다. 계획에 따르면 2030년까지 청정 전력 비중을 두 배로 늘린다. "
        "“환영한다”는 반응이 나왔다. 금리는 3.5%다.”U.S. 시장도 주목했다."
    )


def test_a_site_wide_blurb_is_not_an_excerpt() -> None:
    blurb = "<meta name='description' content='한결일보는 대한민국의 정론지로서 독자께 빠르고 정확한 소식을 전합니다.'>"
    assert extract(page(head=blurb))["excerpt"].startswith("정부는 9일 새로운 에너지 정책을 발표했다.")
    titled = "<meta name='description' content='&quot;정부, 에너지 정책 발표&quot;, 경제'>"  # the headline, its section
    assert extract(page(head=titled))["excerpt"].startswith("정부는 9일 새로운 에너지 정책을 발표했다.")
    real = (
        "<meta name='description' content='정부가 청정 전력 비중을 2030년까지 두 배로 늘리는 에너지 정책을 발표했다.'>"
    )
    assert (
        extract(page(head=real))["excerpt"]
        == "정부가 청정 전력 비중을 2030년까지 두 배로 늘리는 에너지 정책을 발표했다."
    )


def test_titles_lose_the_site_name_whatever_the_separator() -> None:
    for separator in (" - ", " | ", " :: ", " : ", " ㅣ ", " — "):
        site = "<meta property='og:site_name' content='한결일보'>"
        assert (
            extract(page(head=site, title=f"정부, 에너지 정책 발표{separator}한결일보"))["title"]
            == "정부, 에너지 정책 발표"
        )


def test_a_title_loses_what_follows_the_headline_a_heading_shows_where_no_h1_does() -> None:
    for tag in ("h1", "h2", "h3"):
        shown = page().replace("<h1>정부, 에너지 정책 발표</h1>", f"<{tag}>정부, 에너지 정책 발표</{tag}>")
        assert extract(shown)["title"] == "정부, 에너지 정책 발표", tag
    # a shorter heading the title starts with is not the headline
    section = page().replace("<h1>정부, 에너지 정책 발표</h1>", "<h2>정부</h2>")
    assert extract(section)["title"].startswith("정부, 에너지 정책 발표")
    # no heading: the headline as a text of its own in a <div> or <strong>, before what the title adds
    titles = ("정부, 에너지 정책 발표 : 네이버 뉴스", "정부, 에너지 정책 발표 < 정치 < 기사본문 - 한결일보")
    for place in ("div class='article-head-title'", "strong class='tit_view'"):
        for title in titles:
            shown = page(title=title).replace("<h1>정부, 에너지 정책 발표</h1>", f"<{place}>정부, 에너지 정책 발표</x>")
            assert extract(shown.replace("</x>", f"</{place.split()[0]}>"))["title"] == "정부, 에너지 정책 발표"
    # a start the page shows only inside a longer text (a sentence of the article) is not the headline
    said = page(title="정부는 9일 새로운 에너지 정책을 : 사설").replace("<h1>정부, 에너지 정책 발표</h1>", "")
    assert extract(said)["title"] == "정부는 9일 새로운 에너지 정책을 : 사설"


def test_a_titles_last_segment_goes_where_the_page_shows_it_is_the_sites_name_though_it_declares_none() -> None:
    def title(head_title: str, header: str = "", footer: str = "회사소개", h1: str = "") -> str:
        html = (
            f"<html lang='ko'><head><title>{head_title}</title></head><body><header>{header}<a href='/'>홈</a>"
            f"</header><article>{h1}{PARAGRAPHS}</article><footer>{footer}</footer></body></html>"
        )
        post, _ = post_from_bytes(html.encode(), "https://www.hgilbo.co.kr/news/articleView.html?idxno=1", SEOUL)
        return post.as_dict()["title"]

    headline = "[단독] 정부, 에너지 정책 발표"
    assert title(f"{headline} | HGILBO") == headline  # the host's name
    assert title(
        f"{headline} - 한결일보", "<div class='logo'><a href='/'><img src='/i/t.png' alt='한결일보'></a></div>"
    ) == (headline)
    assert title(f"{headline} :: 한결일보", "<a href='/'><img src='/i/top.png' alt='한결일보 로고'></a>") == headline
    assert title(f"{headline} - 한결일보", footer="Copyright ⓒ 한결일보. All rights reserved.") == headline
    assert title(f"{headline} - 한결일보", h1="<div>[단독]</div><h1>정부, 에너지 정책 발표</h1>") == headline
    # nothing on the page says the last segment is the site's: part of the headline
    assert (
        title("정부 - 에너지 정책 발표", footer="Copyright ⓒ 한결일보. All rights reserved.")
        == "정부 - 에너지 정책 발표"
    )
    assert title(f"{headline} - 한결일보") == f"{headline} - 한결일보"
    assert title("노벨상 특집 - 2024", footer="Copyright ⓒ 2024 한결일보") == "노벨상 특집 - 2024"  # a year


def test_word_tests_before_the_furniture_patterns_never_miss_a_match() -> None:
    """Every character the case-insensitive patterns take for a letter of the words looked for first folds to
    that letter, so a text that has none of the words folded cannot match."""
    words = [furniture._APPEAL_WORD, *furniture._BOX_SAYING_WORDS]
    words += [*furniture._CONSENT_WORDS, *furniture._AGENCY_CREDIT_WORDS]
    letters = sorted(set("".join(words)))
    any_letter = re.compile(f"[{re.escape(''.join(letters))}]", re.IGNORECASE)
    for character in map(chr, range(0x110000)):
        if any_letter.fullmatch(character):
            for letter in letters:
                if re.fullmatch(re.escape(letter), character, re.IGNORECASE):
                    assert furniture._folded(character) == letter, (letter, character)


def test_page_furniture_is_pruned_from_the_body() -> None:
    body = (
        "<h1>The headline</h1><p>November 20, 2019 - 11:28 AMT</p>"
        + "".join(f"<p>Paragraph {i} of the story with enough words to count as text here.</p>" for i in range(6))
        + "<p>By Jane Doe</p><h3>Related stories</h3><ul><li>Another story</li></ul><p>More chrome</p>"
    )
    pruned = prune_boilerplate(body, ["The headline", "The headline | The Paper"], "", is_dateline)
    assert "The headline" not in pruned and "AMT" not in pruned and "Jane Doe" not in pruned
    assert "Related stories" not in pruned and "Another story" not in pruned and "More chrome" not in pruned
    assert pruned.count("<p>Paragraph") == 6


STORY = "".join(
    f"<p>Paragraph {i} of the story says something new, with enough words to be a paragraph of prose.</p>"
    for i in range(6)
)


def test_a_line_crediting_other_reporters_or_the_source_closing_the_story_is_not_article_text() -> None:
    credits = [
        "Fox News’ Jessica Napoli contributed to this report.",
        "—Associated Press writer John Leicester in Paris contributed to this report.",
        "Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly, Saqib Iqbal Ahmed and Gertrude "
        "Chavez-Dreyfuss in New York; Editing by Chizu Nomiyama and Leslie Adler",
        "– additional reporting by Donald Matthys",
        "Additional reporting from PA",
        "With reports from Reforma and El Economista",
        "First published in The Conversation.",
        "(Quelle: APA/sda/dpa)",
        "Quelle: ntv.de",
        "mit dpa",
        "(Reporting by Greg Roumeliotis and Koh Gui Qing, editing by Megan Davies)",
        "Keith Bradsher contributed reporting from Hong Kong.",
        "SOURCE: Al Jazeera News",
    ]
    for credit in credits:
        pruned = prune_boilerplate(f"{STORY}<p>{credit}</p>", ["Headline"])
        assert credit[-12:] not in pruned and pruned.count("<p>Paragraph") == 6, credit
    prose = "<p>The report was first published in Nature, and other teams contributed to this report later.</p>"
    assert "first published in Nature" in prune_boilerplate(STORY + prose, ["Headline"])  # a sentence of prose


def test_a_list_of_the_storys_points_under_a_summary_label_is_not_article_text_but_a_summary_section_is() -> None:
    points = "<ul><li>The court is deliberating the case.</li><li>A ruling is expected within months.</li></ul>"
    for label in ("<h2>Kortversjonen</h2>", "<h3>Darum gehts</h3>", "<p><strong>Summary:</strong></p>"):
        for where in ("top", "bottom"):
            body = f"{label}{points}{STORY}" if where == "top" else f"{STORY}{label}{points}"
            pruned = prune_boilerplate(body, ["Headline"])
            assert "deliberating" not in pruned and "Kortversjonen" not in pruned and pruned.count("<p>Paragraph") == 6
    section = f"{STORY}<h3>Summary</h3><p>This post will discuss the following:</p>{points}"
    assert "deliberating" in prune_boilerplate(section, ["Headline"])  # a section of the article, introduced


def test_a_promotion_inside_the_article_goes_but_the_article_after_it_stays() -> None:
    tail = "".join(
        f"<p>Later paragraph {i} carries on with the story, in full sentences and at some length, as articles do.</p>"
        for i in range(6)
    )
    pruned = prune_boilerplate(STORY + "<p>READ MORE: Another story entirely</p>" + tail, ["Headline"])
    assert "READ MORE" not in pruned
    assert pruned.count("Later paragraph") == 6


def test_a_line_an_arrow_opens_with_a_link_is_a_pointer_elsewhere_wherever_it_stands() -> None:
    pointers = (
        "<p>&gt;&gt; Hier finden Sie außerdem <a href='/termine'>alle Termine für 2025</a> im Überblick</p>"
        "<p>→ <a href='/schwerpunkt'>Schwerpunkt</a></p><p>▶ <a href='/n/2'>[단독] 다른 기사의 제목</a></p>"
    )
    kept = (
        "<p>→ Die Zinsen fallen weiter.</p><p>»Das ist <a href='/q'>kein Zufall</a>«, sagte sie.</p>"
        "<p>▶ 신청 방법: 오는 20일까지 <a href='/apply'>누리집</a>에서 신청하면 된다.</p>"
    )
    pruned = prune_boilerplate(STORY + pointers + kept + STORY, ["Headline"])
    assert "Termine" not in pruned and "Schwerpunkt" not in pruned
    assert "Die Zinsen fallen weiter." in pruned and "kein Zufall" in pruned and "누리집" in pruned
    assert "다른 기사의 제목" not in pruned
    assert pruned.count("<p>Paragraph") == 12


def test_more_reads_from_the_site_end_the_article() -> None:
    teasers = "<h2>More Must-Reads From TIME</h2><ul><li>The Struggle to Save Lives</li><li>Another read</li></ul>"
    pruned = prune_boilerplate(STORY + teasers, ["Headline"])
    assert "Must-Reads" not in pruned and "Struggle" not in pruned
    assert pruned.count("<p>Paragraph") == 6


def test_a_button_and_the_short_box_around_it_are_a_call_to_action_not_the_article() -> None:
    appeal = (
        "<p>Gerade jetzt braucht es Zusammenhalt und Solidarität, auch mit den Menschen vor Ort. "
        "<a class='button primary-button' href='/unterstuetzen'>Jetzt unterstützen</a></p>"
    )
    app = (
        "<div class='app-hint'><div>Sie lesen gerade auf die zweitbeste Art!</div><ul><li>E-Paper und News in "
        "einer App</li><li>Push-Nachrichten über den Tag hinweg</li></ul>"
        "<div class='row'><a class='button ' href='/app'>Kostenlos herunterladen</a></div></div>"
    )
    share = "<div class='share'><a class='btn' href='/s'>공유</a></div>"
    post = extract(
        page(top=share, bottom=appeal + app + "<p>도움이 되셨다면 <a class='btn' href='/app'>앱 받기</a></p>")
    )
    assert "Solidarität" not in post["body_text"] and "앱 받기" not in post["body_text"]
    assert "zweitbeste" not in post["body_text"] and "Push-Nachrichten" not in post["body_text"]
    assert "정부는 9일 새로운 에너지 정책을 발표했다." in post["body_text"]
    assert "전문가들은 실행 계획이 중요하다고 지적했다." in post["body_text"]


# Boxes that are not the article, whatever their classes say: (where on the page, the box, words of it)
BOXES = {
    "a sign-up box its e-mail field marks": (
        "bottom",
        "<section aria-label='Newsletter'><h3>Der Abend</h3><p>Alle zwei Wochen sonntags: Antworten auf Fragen "
        "– ehrlich und nah.</p><form action='/subscribe'><input type='email' placeholder='E-Mail-Adresse'/>"
        "<button type='submit'>Anmelden</button></form></section>",
        ["Der Abend", "Alle zwei Wochen"],
    ),
    "a popup its close link marks": (
        "top",
        "<div class='reporterrbox'><a class='close' href='javascript:;'></a><div>Sie haben einen Fehler gefunden?"
        "</div><div>Bitte markieren Sie die entsprechenden Wörter im Text. Mit nur zwei Klicks melden Sie ihn.</div>"
        "</div>",
        ["Fehler gefunden", "markieren"],
    ),
    "a popup its labelled close button marks": (
        "bottom",
        "<div><button aria-label='Close'>×</button><p>You have read all your free stories this month. Log in "
        "for more.</p></div>",
        ["free stories"],
    ),
    "a notice box its heading opens, though the extractor drops the heading": (
        "after",
        "<div class='me'><div class='me-c'><h2>Tu suscripción se está usando en otro dispositivo</h2>"
        "<p>¿Quieres añadir otro usuario a tu suscripción?</p><div><a href='/premium'>Añadir usuario</a>"
        "<a href='#'>Continuar leyendo aquí</a></div><p>Si continúas leyendo en este dispositivo, no se podrá "
        "leer en el otro.</p></div></div>",
        ["otro usuario", "este dispositivo"],
    ),
}


@pytest.mark.parametrize("kind", BOXES)
def test_boxes_that_are_not_the_article_go_and_the_article_stays(kind: str) -> None:
    where, box, words = BOXES[kind]
    html = page().replace("</article>", f"</article>{box}") if where == "after" else page(**{where: box})
    text = extract(html)["body_text"]
    assert not [word for word in words if word in text]
    assert "정부는 9일 새로운 에너지 정책을 발표했다." in text and "전문가들은 실행 계획이 중요하다고 지적했다." in text


@pytest.mark.parametrize(
    "control",
    [
        "<button type='button'>공유</button>",
        "<label>글자 크기</label>",
        "<time datetime='2024-05-09T15:20'>2024.05.09 15:20</time>",
        "<noscript>자바스크립트를 켜 주세요</noscript>",
    ],
)
def test_a_short_text_written_with_breaks_keeps_its_lines_beside_a_control_or_a_time(control: str) -> None:
    """Beside any of these in the article, the extractor gave a short text, headline and all, as one run of text."""
    text = "<br><br>".join(re.findall(r"<p>(.*?)</p>", PARAGRAPHS))
    html = page(top=f"<div class='x1'>{control}</div>").replace(
        PARAGRAPHS, f"<div><div class='z2'>{text}<br><br></div></div>"
    )
    post = extract(html)
    assert post["body_text"].startswith("정부는 9일 새로운 에너지 정책을 발표했다.")  # not the headline
    assert len(post["body_text"].split("\n\n")) == 3  # its three lines, each a paragraph


def test_lines_of_emphasis_broken_with_line_breaks_stay_lines() -> None:
    """A portal's summary of the story's points, in bold a line each ("<strong>…<br>…</strong>")."""
    summary = "<strong class='summary'>6월 새 정책 발표<br>청정 전력 두 배로<br>다음 달 세부 계획</strong>"
    for top in (summary, f"<p>{summary}</p>", f"<p><em>{summary}</em> 요약</p>"):
        post = extract(page(top=top))
        assert {"6월 새 정책 발표", "청정 전력 두 배로"} < set(post["body_text"].splitlines()), top
        assert "<strong>6월 새 정책 발표</strong>" in post["body_html"], top


def test_a_date_written_as_a_time_element_inside_a_sentence_stays_in_it() -> None:
    said = (
        "The council met on <time datetime='2024-05-06'>Monday, May 6</time> and agreed the plan after a long debate."
    )
    html = f"<html lang='en'><body><article><h1>Plan agreed</h1>{STORY}<p>{said}</p></article></body></html>"
    assert "met on Monday, May 6 and agreed" in extract(html, ANYWHERE)["body_text"]


def test_the_sites_logo_or_default_share_picture_is_not_the_posts_image() -> None:
    for logo in (
        "http://img.hangyeol.example/section-image/12/facebook_icon_200.jpg",
        "https://blog.example/images/givewell_fb_logo.jpg",
        "https://static.example/images/icons/defaultPromoCrop.png",
        "https://s.example/social/images/social_default_logo-1481777.png",
    ):
        head = f"<meta property='og:image' content='{logo}'>"
        assert extract(page(head=head))["image"] == "", logo
        photo = "<meta name='twitter:image' content='https://img.hangyeol.example/2024/05/09/energy.jpg'>"
        assert extract(page(head=head + photo))["image"] == "https://img.hangyeol.example/2024/05/09/energy.jpg"
    for picture in ("maxresdefault-6.jpg", "new-logo-unveiled.jpg", "iconic-bridge.jpg"):
        head = f"<meta property='og:image' content='https://img.hangyeol.example/2024/{picture}'>"
        assert extract(page(head=head))["image"].endswith(picture), picture
    for broken in ("http://[oops/logo.png", "http://[oops/photo.jpg?w=1"):  # an address no browser could follow
        extract(page(head=f"<meta property='og:image' content='{broken}'>"))  # extracted, no error
    numbered = "https://imgnews.example/image/003/2024/05/09/NISI20240509_" + "0" * 60 + "_web.jpg?type=w800"
    assert extract(page(head=f"<meta property='og:image' content='{numbered}'>"))["image"] == numbered  # at once


def test_addresses_no_browser_could_follow_fail_no_page() -> None:
    for head in ("<link rel='canonical' href='http://[oops/a'>", "<meta property='og:url' content='http://[oops/a'>"):
        assert extract(page(head=head))["url"] == "https://news.example/a/1", head  # the page's own address
    story = "<p><a href='http://[oops/story'>SECRET POLICE STATION FOUND IN TOWN</a></p>"
    assert "SECRET POLICE" in extract(page(top=story))["body_text"]  # not a link to this site: kept


def test_an_images_caption_in_emphasis_on_the_line_under_it_is_not_the_article() -> None:
    captioned = "<p><img src='/court.jpg' alt=''/><br/><em>Bryan Kohberger enters the courtroom</em></p>"
    in_a_sentence = "<p><img src='/icon.png' alt=''/> 시장은 <em>“다시 시작한다”</em>고 말했다.</p>"
    post = extract(page(top=captioned, bottom=in_a_sentence))
    assert "Kohberger" not in post["body_text"] and "다시 시작한다" in post["body_text"]
    assert "<p><br></p>" not in post["body_html"]  # the paragraph it leaves, only a line break, goes too


def test_a_photo_tables_caption_is_not_the_article_whatever_its_classes_say_but_a_photo_storys_is() -> None:
    table = (
        "<table class='c4e1'><tr><td><img src='/a2.jpg' width='600'></td></tr>"
        "<tr><td class='c5f2'>가덕도신공항 조감도. 국토교통부 제공</td></tr></table>"
    )
    assert "조감도" not in extract(page(top=table))["body_text"]
    story = (
        "<table class='c4e1'><tr><td><img src='/a3.jpg' width='600'></td></tr><tr><td class='c5f2'>본격적인 "
        "영농철을 맞아 9일 경남 김해시 대동면의 한 논에서 농민이 이앙기로 모를 심고 있다. 김해 지역 농가들은 "
        "이달 말까지 모내기를 마칠 예정이다. 올해는 봄비가 잦아 물 대기가 수월했다고 농민들은 전했다.</td></tr></table>"
    )
    photo_news = page().replace(PARAGRAPHS, story)  # a photo story: its caption is the article
    assert "이앙기로 모를 심고 있다" in extract(photo_news)["body_text"]


def test_a_links_note_that_it_opens_a_new_window_is_for_screen_readers_not_the_text() -> None:
    link = "<p>Quantumscape versprach <a href='https://q.example/p.pdf'>den Investoren<span class='go-vh'>"
    post = extract(page(top=link + "(öffnet im neuen Fenster)</span></a>, einen Akku zu entwickeln.</p>"))
    assert "versprach den Investoren, einen Akku zu entwickeln." in post["body_text"]
    assert "Fenster" not in post["body_html"]


def test_a_captions_paragraphs_go_even_where_a_gallery_copies_the_caption_away_from_its_image() -> None:
    modal = (
        "<div class='modal'><figcaption class='caption'><p>협상단이 회의장에 들어서고 있다<br></p>"
        "<p>사진: 홍길동, 한결일보</p></figcaption></div>"
    )
    post = extract(page(top=modal))
    assert "협상단이" not in post["body_html"] and "사진: 홍길동" not in post["body_html"]
    assert post["body_text"].startswith("정부는 9일 새로운 에너지 정책을 발표했다.")


def test_the_site_inviting_readers_to_its_newsletter_goes_but_a_story_about_a_newsletter_stays() -> None:
    invitation = (
        "<p>Check out more of the Daily Star's latest travel stories by signing up to our free weekly newsletter</p>"
    )
    story = "<p>The council said residents who subscribe to its newsletter will hear about closures first.</p>"
    pruned = prune_boilerplate(STORY + invitation + story + STORY, ["Headline"])
    assert "travel stories" not in pruned and "hear about closures first" in pruned


def test_the_description_as_a_heading_in_the_articles_header_is_the_standfirst_but_in_the_body_its_lead() -> None:
    dek = "Ministers agreed a plan to double clean power by 2030, with the details due next month."
    head = f"<title>Power plan</title><meta name='description' content='{dek}'>"

    def english(article: str) -> str:
        return f"<html lang='en'><head>{head}</head><body><article>{article}{STORY}</article></body></html>"

    in_header = extract(english(f"<header><h1>Power plan</h1><h2>{dek}</h2></header>"), ANYWHERE)
    assert "Ministers agreed" not in in_header["body_text"]
    in_body = extract(english(f"<h1>Power plan</h1><h2>{dek}</h2>"), ANYWHERE)
    assert in_body["body_text"].startswith(dek)


def test_two_paragraphs_after_a_read_more_line_near_the_end_are_still_the_article() -> None:
    said = "the question put to the court speaks of the obligations of one state alone, and that any opinion it gives"
    closing = (
        f"<p>“It is further noteworthy that {said} might limit itself to those obligations as an occupying power "
        "and leave the rest of the matter to another day and another court,” she said.</p>"
        "<p>“In terms of practical impact, even a non-binding opinion can add to the pressure on the state, "
        "but more importantly on its allies and on the states "
        "that arm it, and on how they can enable breaches of international law for years to come,” he said. DM</p>"
    )
    promotion = "<p><b>Read more:</b> <a href='/x'>The court's earlier opinion that the occupation is unlawful</a></p>"
    pruned = prune_boilerplate(STORY + STORY + promotion + closing, ["Headline"])
    assert "Read more" not in pruned and "further noteworthy" in pruned and "he said. DM" in pruned


def test_a_labelled_line_of_tags_ends_the_article() -> None:
    links = ", ".join(f"<a href='/t/{n}'>{name}</a>" for n, name in enumerate(["one tag", "another tag", "a third"]))
    tags = f"<p><strong>Tags<br>{links}</strong></p>"
    pruned = prune_boilerplate(STORY + tags + "<p>Comments are moderated.</p>", ["Headline"])
    assert "one tag" not in pruned and "moderated" not in pruned
    assert pruned.count("<p>Paragraph") == 6


def test_a_second_copy_of_the_text_is_dropped_but_repeated_short_lines_are_kept() -> None:
    question = "<p>What inspired you to start cooking at home?</p>"
    copy = (
        "<div><p>"
        + " ".join(
            f"Paragraph {i} of the story says something new, with enough words to be a paragraph of prose."
            for i in range(6)
        )
        + "</p></div>"
    )
    pruned = prune_boilerplate(question + STORY + question + STORY[:200] + "</p>" + copy, ["Headline"])
    assert pruned.count("What inspired you") == 2
    assert pruned.count("Paragraph 5 of the story") == 1


def test_metadata_carried_as_microdata_text_is_not_body() -> None:
    microdata = (
        "<div itemscope itemtype='http://schema.org/NewsArticle'><div itemprop='keywords'>tech, news, today</div>"
        "<div itemprop='publisher' itemscope><div itemprop='name'>PaperCorp</div></div>"
        "<div itemprop='datePublished'>2019-11-19T08:57:40+01:00</div></div>"
    )
    post = extract(page(bottom=microdata))
    assert "PaperCorp" not in post["body_text"] and "tech, news" not in post["body_text"]
    assert "청정 전력" in post["body_text"]


def test_a_paragraph_sharing_only_the_end_of_an_earlier_one_is_kept() -> None:
    lead = "<p>Lorem ipsum dolor sit amet, " + "tempor incididunt ut labore et dolore magna aliqua " * 6 + "</p>"
    later = "<p>" + "tempor incididunt ut labore et dolore magna aliqua " * 5 + "</p>"
    teaser = "<p>Lorem ipsum dolor sit amet, " + "tempor incididunt ut labore et dolore magna aliqua " * 5 + "</p>"
    pruned = prune_boilerplate(lead + STORY + later + teaser, ["Headline"])
    assert pruned.count("<p>tempor incididunt") == 1  # its own paragraph, though its words were said before
    assert pruned.count("Lorem ipsum") == 1  # the cut-off teaser of the lead goes


def test_a_table_cell_that_reads_like_a_label_does_not_end_the_article() -> None:
    table = "<table><tr><th>Status</th><th>Comment</th></tr><tr><td>new</td><td>Picked up when ready.</td></tr></table>"
    tail = "<p>The store consumer polls for tasks with a query that follows, and this paragraph is prose.</p>"
    pruned = prune_boilerplate(STORY + STORY.replace("Paragraph", "Part") + table + tail, ["Headline"])
    assert "Picked up when ready." in pruned and "store consumer polls" in pruned


def test_an_author_given_as_a_schema_reference_is_resolved_to_the_persons_name() -> None:
    graph = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
        '{"@type":"NewsArticle","headline":"정부, 에너지 정책 발표",'
        '"author":{"@id":"https://news.example/#/schema/person/abc"}},'
        '{"@type":"Person","@id":"https://news.example/#/schema/person/abc","name":"Jane Doe"}]}</script>'
    )
    assert extract(page(head=graph))["author"] == "Jane Doe"
    person = ',{"@type":"Person","@id":"https://news.example/#/schema/person/abc","name":"Jane Doe"}'
    dangling = graph.replace(person, "")
    assert "schema" not in extract(page(head=dangling))["author"]


def test_the_byline_wins_over_the_publishers_name_and_several_authors_are_kept() -> None:
    head = (
        "<meta property='og:site_name' content='Daily Paper'><meta name='author' content='Daily Paper'>"
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","author":'
        '[{"@type":"Person","name":"Anna Fink"},{"@type":"Person","name":"Jan Marchart"}]}</script>'
    )
    assert extract(page(head=head))["author"] == "Anna Fink, Jan Marchart"
    only_site = "<meta property='og:site_name' content='Daily Paper'><meta name='author' content='Daily Paper'>"
    assert extract(page(head=only_site))["author"] == "Daily Paper"  # nothing else names anyone
    # the author tag names the site as its twitter:site writes it, article:author the reporter
    two_tags = "<meta name='author' content='OSEN'><meta name='twitter:site' content='OSEN'>"
    assert extract(page(head=two_tags + "<meta property='article:author' content='선미경'>"))["author"] == "선미경"
    handle = "<meta name='author' content='Jane Doe'><meta name='twitter:site' content='@janedoe'>"
    assert extract(page(head=handle))["author"] == "Jane Doe"  # a handle may be the author's own account


def test_korean_bylines_lose_job_titles_and_emails_and_a_desk_gives_way_to_the_signed_reporter() -> None:
    byline = "<meta name='author' content='이남경 MK스포츠 기자(namkyung@mk.example)'>"
    assert extract(page(head=byline))["author"] == "이남경"
    desk = "<meta name='author' content='SBS NEWS'>"
    signed = "<p>정부는 다음 달 세부 계획을 내놓는다는 방침이다.</p><p>홍길동 기자 hong@news.example</p>"
    assert extract(page(head=desk, bottom=signed))["author"] == "홍길동"
    assert extract(page(head="<meta name='author' content='12345'>"))["author"] == ""


SENTENCES = [
    "서울시가 내년부터 대중교통 통합 정기권의 적용 범위를 경기와 인천 일부 지역까지 넓힌다고 밝혔다.",
    "시는 이번 확대로 하루 평균 20만 명 이상의 시민이 교통비 절감 혜택을 볼 것으로 내다봤다.",
    "정기권 가격은 월 6만2천 원으로 유지되며, 청년층에는 추가 할인이 적용된다.",
    "교통 전문가들은 수도권 광역 교통 체계 개편의 첫걸음이 될 것이라고 평가했다.",
    "다만 경기도 일부 시군은 재정 분담 비율을 두고 서울시와 아직 합의하지 못한 상태다.",
    "시는 다음 달 관계 기관 협의회를 열어 분담 방식을 확정하고 7월부터 시범 운영에 들어간다.",
]


def shell(script: str) -> str:
    """A client-rendered page: the visible markup has only the headline and an empty root."""
    return (
        "<html lang='ko'><head><title>통합 정기권 수도권 확대 | 한결일보</title>"
        "<meta property='og:title' content='통합 정기권 수도권 확대'></head>"
        f"<body><div id='__next'><h1>통합 정기권 수도권 확대</h1><div class='loading'>로딩 중</div></div>{script}"
        "</body></html>"
    )


def test_an_article_only_in_next_data_is_found_with_its_date() -> None:
    data = {
        "props": {
            "pageProps": {
                "article": {
                    "title": "통합 정기권 수도권 확대",
                    "publishedAt": "2024-05-09T15:20:00+09:00",
                    "body": "\n\n".join(SENTENCES),
                }
            }
        }
    }
    script = f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(data, ensure_ascii=False)}</script>"
    post = extract(shell(script))
    assert all(s in post["body_text"] for s in SENTENCES)
    assert post["published"] == "2024-05-09T15:20:00+09:00"


def test_an_article_in_react_server_component_chunks_is_found() -> None:
    row = json.dumps(
        {"story": {"datePublished": "2024-05-09T06:20:00Z", "contentHtml": "".join(f"<p>{s}</p>" for s in SENTENCES)}},
        ensure_ascii=False,
    )
    stream = f'0:["$","div",null,{{}}]\n1a:{row}\n'
    half = len(stream) // 2
    pushes = "".join(
        f"<script>self.__next_f.push({json.dumps([1, part], ensure_ascii=False)})</script>"
        for part in (stream[:half], stream[half:])
    )
    post = extract(shell("<script>(self.__next_f=self.__next_f||[]).push([0])</script>" + pushes))
    assert all(s in post["body_text"] for s in SENTENCES)
    assert datetime.fromisoformat(post["published"]) == datetime(2024, 5, 9, 6, 20, tzinfo=UTC)


def test_an_article_in_content_blocks_of_a_script_assignment_is_found() -> None:
    content = {
        "display_date": "2024-05-09T06:20:00Z",
        "content_elements": [{"type": "text", "content": s} for s in SENTENCES] + [{"type": "image", "url": "x"}],
    }
    script = f"<script>Fusion.globalContent={json.dumps(content, ensure_ascii=False)};Fusion.x=1;</script>"
    post = extract(shell(script))
    assert all(s in post["body_text"] for s in SENTENCES)
    assert datetime.fromisoformat(post["published"]) == datetime(2024, 5, 9, 6, 20, tzinfo=UTC)


def test_a_declared_article_body_far_longer_than_what_was_found_wins() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "정부, 에너지 정책 발표"}
    ld["articleBody"] = "\n".join(SENTENCES * 3)
    blurb = "<p>정부가 새 에너지 정책을 내놓았다. 자세한 내용은 본문에서.</p>"
    html = (
        "<html lang='ko'><head><title>정부, 에너지 정책 발표</title>"
        f"<script type='application/ld+json'>{json.dumps(ld, ensure_ascii=False)}</script></head>"
        f"<body><article><h1>정부, 에너지 정책 발표</h1>{blurb}</article></body></html>"
    )
    assert all(s in extract(html)["body_text"] for s in SENTENCES)


def test_standalone_furniture_goes_wherever_it_stands() -> None:
    furniture = [
        "01:42",
        "기사 URL이 복사되었습니다.",
        "Link copied to clipboard",
        "Externer Inhalt nicht verfügbar",
        "Deine Privatsphäre-Einstellungen verhindern das Laden und Anzeigen aller externen Inhalte.",
        "STR/AFP via Getty Images",
        "Latest Videos From",
        "Order Reprints",
        "Print Article",
        "This copy is for your personal, non-commercial use only. To order copies visit http://reprints.example.",
        "An error has occurred, please try again later.",
        "Like this story? Share it with a friend!",
        "Also on news.example Ministers threatened with arrest as the purge goes on",
        "Kommentare 312",
        "Comments (14)",
        "The Morning Bid newsletter: Get a look at the day ahead in markets. Sign up here.",
    ]
    body = STORY[:300] + "".join(f"<p>{line}</p>" for line in furniture) + STORY
    pruned = prune_boilerplate(body, ["Headline"])
    assert not [line for line in furniture if line in pruned]
    assert pruned.count("Paragraph 5 of the story") == 1
    kept = prune_boilerplate(
        STORY + "<h2>Phishing mail asks for consent (Zustimmung) to new EU rules</h2>" + STORY, ["H"]
    )
    assert "Zustimmung" in kept
    also = prune_boilerplate(STORY + "<p>Also on Tuesday, the council met again to vote on the plan.</p>", ["H"])
    assert "Also on Tuesday" in also


def test_sign_up_boxes_and_comment_prompts_end_the_article() -> None:
    tail = (
        "<p>Sign up with your email below to instantly access member features and newsletters</p>"
        "<p>You must confirm your public display name before commenting</p><p>Please logout and then login again.</p>"
    )
    pruned = prune_boilerplate(STORY + tail, ["Headline"])
    assert "Sign up" not in pruned and "display name" not in pruned
    assert pruned.count("<p>Paragraph") == 6


def test_the_authors_bio_at_the_end_is_not_article_text() -> None:
    bio = (
        "<p>A 38-year industry veteran and award-winning journalist, Lance has covered technology since PCs "
        "were the size of suitcases.</p>"
    )
    pruned = prune_boilerplate(STORY + bio, ["Headline"], author="Lance Ulanoff")
    assert "industry veteran" not in pruned and pruned.count("<p>Paragraph") == 6
    quote = "<p>Lance, a veteran of the industry, has covered the story from the start, the minister said.</p>"
    assert "minister said" in prune_boilerplate(STORY + quote, ["Headline"], author="Jane Doe")


def test_a_hangul_bar_separates_the_site_and_a_section_left_before_it_goes_too() -> None:
    site = "<meta property='og:site_name' content='한결일보'>"
    assert extract(page(head=site, title="정부, 에너지 정책 발표-정치ㅣ한결일보"))["title"] == "정부, 에너지 정책 발표"
    assert (
        extract(page(head=site, title="정부, 에너지 정책 발표 | 경제 | 한결일보"))["title"] == "정부, 에너지 정책 발표"
    )


def test_a_transcripts_markers_in_the_description_are_not_the_excerpts() -> None:
    said = "정부가 청정 전력 비중을 2030년까지 두 배로 늘리는 에너지 정책을 발표했습니다."
    for marker in ("[앵커]", "[앵커 멘트]", "<앵커>", "◀ 앵커 ▶"):
        escaped = marker.replace("<", "&lt;").replace(">", "&gt;")
        head = f"<meta property='og:description' content='{escaped} {said}'>"
        assert extract(page(head=head))["excerpt"] == said, marker
    lead, report = "정부는 9일 새로운 에너지 정책을 발표했다.", "산업통상자원부는 이날 세종청사에서 브리핑을 열었다."
    spoken = f"[앵커] {lead} [기자] {report}"  # a transcript flattened into the description
    excerpt = extract(page(head=f"<meta property='og:description' content='{spoken}'>"))["excerpt"]
    assert excerpt == f"{lead} {report}"
    kept = "[단독] 정부가 청정 전력 비중을 두 배로 늘린다."  # a kicker, not a speaker's marker
    assert extract(page(head=f"<meta property='og:description' content='{kept}'>"))["excerpt"] == kept


def test_a_series_label_with_its_part_number_is_neither_the_title_the_body_nor_the_excerpt() -> None:
    for label in ("[사라지는 손끝]③", "&lt;연중기획&gt; ②", "[연중기획] 사라지는 손끝 (3)", "[사라지는 손끝 ③]"):
        shown = label.replace("&lt;", "<").replace("&gt;", ">")
        head = (
            f"<meta property='og:title' content='{label} 정부, 에너지 정책 발표'>"
            f"<meta name='description' content='{label} 정부는 9일 새로운 에너지 정책을 발표했다.'>"
        )
        post = extract(page(head=head, top=f"<p><strong>{label}</strong></p>"))
        assert post["title"] == "정부, 에너지 정책 발표", label
        assert post["excerpt"].startswith("정부는 9일"), label
        assert shown not in post["body_text"] and post["body_text"].startswith("정부는 9일"), label
    kicker = "<meta property='og:title' content='[단독] 정부, 에너지 정책 발표'>"
    assert extract(page(head=kicker, title="[단독] 정부, 에너지 정책 발표"))["title"].startswith("[단독]")
    counted = (
        "<meta name='description' content='[단독] 정부 3회 연속 정책 발표…정부는 9일 새로운 에너지 정책을 발표했다.'>"
    )
    assert extract(page(head=counted))["excerpt"].startswith("[단독] 정부 3회 연속")
    lines = "<br><br>".join(
        f"{n}번째 문단은 기사의 본문이다. 공주시는 대장간을 지원한다고 밝혔다." for n in range(1, 6)
    )
    pruned = prune_boilerplate(f"<p><strong>[사라지는 손끝]③</strong><br><br>{lines}</p>", ["H"])
    assert "손끝" not in pruned and pruned.count("번째 문단은") == 5
    assert "[단독]" in prune_boilerplate(f"<p><strong>[단독]</strong><br><br>{lines}</p>", ["H"])


def test_a_mobile_editions_name_before_or_after_the_headline_is_not_part_of_the_title() -> None:
    assert extract(page(title="한결일보 모바일 :: 정부, 에너지 정책 발표"))["title"] == "정부, 에너지 정책 발표"
    shown_in_a_div = page().replace(
        "<h1>정부, 에너지 정책 발표</h1>", "<div class='m_tit'>정부, 에너지 정책 발표</div>"
    )
    site = "<meta property='og:site_name' content='한결일보'>"
    for title in ("정부, 에너지 정책 발표 : 한결일보 모바일", "정부, 에너지 정책 발표 - 한결신문 모바일"):
        head = f"{site}<meta property='og:title' content='{title}'>"
        mobile = shown_in_a_div.replace(
            "<title>정부, 에너지 정책 발표 - 한결일보</title>", f"<title>{title}</title>{head}"
        )
        assert extract(mobile)["title"] == "정부, 에너지 정책 발표", title


def test_an_article_nested_in_a_pages_main_entity_and_a_fact_check_give_their_dates() -> None:
    nested = {
        "@context": "https://schema.org",
        "@type": "WebPage",
        "mainEntity": {
            "@type": "NewsArticle",
            "headline": "정부, 에너지 정책 발표",
            "datePublished": "2024-05-09T15:20",
        },
    }
    head = f"<script type='application/ld+json'>{json.dumps(nested, ensure_ascii=False)}</script>"
    assert extract(page(head=head))["published"] == "2024-05-09T15:20:00+09:00"  # no zone: the source's
    check = {"@context": "https://schema.org", "@type": "ClaimReview", "datePublished": "2024-05-08T09:00:00+09:00"}
    head = f"<script type='application/ld+json'>{json.dumps(check)}</script>"
    assert extract(page(head=head))["published"] == "2024-05-08T09:00:00+09:00"


def test_json_ld_wrapped_in_cdata_is_read() -> None:
    ld = {"@type": "NewsArticle", "headline": "정부, 에너지 정책 발표", "datePublished": "2024-05-08T09:00:00+09:00"}
    head = f"<script type='application/ld+json'>\n<![CDATA[\n{json.dumps(ld, ensure_ascii=False)}\n]]>\n</script>"
    assert extract(page(head=head))["published"] == "2024-05-08T09:00:00+09:00"


def test_an_author_name_keeps_the_case_the_page_writes_it_in() -> None:
    assert extract(page(head="<meta name='author' content='rentn'>"))["author"] == "rentn"


def test_an_article_written_as_escaped_markup_is_read_as_markup() -> None:
    sentences = [s for s in SENTENCES[:4]]
    escaped = "".join(f"&lt;p&gt;{s}&lt;/p&gt;" for s in sentences)
    html = (
        "<html lang='ko'><head><title>통합 정기권 수도권 확대</title></head><body><article>"
        f"<h1>통합 정기권 수도권 확대</h1><div class='article-body'>{escaped}</div></article></body></html>"
    )
    post = extract(html)
    assert all(s in post["body_text"] for s in sentences)
    assert "<p>" not in post["body_text"] and "&lt;" not in post["body_html"]
    code = "<pre><code>&lt;p&gt;hello&lt;/p&gt;\n&lt;p&gt;world&lt;/p&gt;</code></pre>"
    tutorial = page(bottom=code + "".join(f"<p>{s}</p>" for s in SENTENCES))
    assert "<p>hello</p>" in extract(tutorial)["body_text"]  # markup shown in a code sample stays text


def test_what_the_page_hides_is_not_article_text() -> None:
    hidden = (
        "<div style='visibility: hidden;'><p>점검 안내가 숨겨진 채로 남아 있었다. 보이지 않는 문장이다.</p></div>"
        "<p hidden>숨김 속성이 붙은 문단도 독자에게 보이지 않는다. 이 문장은 본문이 아니다.</p>"
        "<p style='color: red; display:none'>표시되지 않는 문단은 본문에 들어가지 않는다. 이것도 숨겨져 있다.</p>"
    )
    body = extract(page(bottom=hidden + "".join(f"<p>{s}</p>" for s in SENTENCES)))["body_text"]
    assert "숨겨진" not in body and "숨김" not in body and "표시되지" not in body
    assert all(s in body for s in SENTENCES)


def test_the_headline_and_lead_cut_short_over_the_main_photo_are_not_article_text() -> None:
    lead = "[서울=한결일보] 정부가 9일 새로운 에너지 정책을 내놨다. 재생에너지 비중을 2030년까지 두 배로 늘린다."
    photo = (
        "<div id='photo_area'><img src='/p.jpg'></div><div id='phototext_area'>"
        "<div>정부, 에너지 정책...</div><div>[서울=한결일보] 정부가 9일 새로운 에너지...</div></div>"
    )
    html = page(top=photo + f"<p>{lead}</p>")
    body = extract(html)["body_text"]
    assert "정책..." not in body and "에너지..." not in body and body.startswith(lead)
    trailing = "<p>그는 말끝을 흐렸다. 정부가 9일 새로운 에너지...</p>"  # ends so, but starts no text
    assert "에너지..." in extract(page(top=trailing))["body_text"]


def test_a_list_of_teaser_cards_is_not_article_text() -> None:
    teaser = " ".join(SENTENCES[:3]).replace("서울시", "부산시")  # the start of another article, cut short
    cards = "".join(f"<li><a href='/a/{n}'><div><p>다른 기사 {n}: {teaser}</p></div></a></li>" for n in range(3))
    inline = "<p>정부는 <a href='/policy'>정책 자료</a>를 함께 공개했다고 밝혔다. 자료는 누구나 볼 수 있다.</p>"
    body = extract(page(bottom=inline + "".join(f"<p>{s}</p>" for s in SENTENCES) + f"<div><ul>{cards}</ul></div>"))[
        "body_text"
    ]
    assert "다른 기사" not in body
    assert "정책 자료를 함께 공개했다고" in body and all(s in body for s in SENTENCES)


def test_a_related_links_label_in_another_language_ends_the_article_only_where_no_prose_follows() -> None:
    box = "<h4>Auch interessant</h4><p><a href='/b'>Ein anderer Artikel über etwas anderes</a></p>"
    inside = prune_boilerplate(STORY + box + STORY, ["Headline"])
    assert "Auch interessant" not in inside and inside.count("<p>Paragraph") == 12
    end = prune_boilerplate(STORY + "<p>関連キーワード</p><p>防災</p><p>おすすめ情報</p><p>別の記事の見出し</p>", ["H"])
    assert "関連" not in end and "防災" not in end and end.count("<p>Paragraph") == 6


def test_paywall_notices_and_invitations_to_follow_the_site_are_not_article_text() -> None:
    paywall = "<p>この記事は会員限定です。</p><p>紙の新聞の定期購読者の方は、無料で会員登録できます。</p>"
    assert "会員" not in prune_boilerplate(STORY + paywall, ["Headline"])
    labelled = "<p>［有料会員限定］ この記事は会員限定です。電子版に登録すると続きをお読みいただけます。</p>"
    assert "会員" not in prune_boilerplate(STORY + labelled, ["Headline"])
    invitations = [
        "Folgst du schon 20 Minuten auf Whatsapp?",
        "Follow Metro.co.uk on Twitter and Facebook for the latest news updates.",
        "CLICK HERE TO GET THE FOX NEWS APP",
        "Join our commenting forum",
        "Got a story? Get in touch with our news team by emailing us.",
    ]
    middle = "".join(f"<p>{line}</p>" for line in invitations)
    pruned = prune_boilerplate(STORY + middle + STORY, ["Headline"])
    assert not [line for line in invitations if line in pruned] and pruned.count("<p>Paragraph") == 12


def test_a_photo_credit_line_goes_and_a_researchers_bio_at_the_end_too() -> None:
    credits = "<p>Image: Fouzia Van Der Fort</p><p>Photo: AFP</p>"
    pruned = prune_boilerplate(STORY[:300] + credits + STORY, ["Headline"])
    assert "Fouzia" not in pruned and "AFP" not in pruned
    bio = "<p>Mamokete Modiba is a senior researcher with the Gauteng City-Region Observatory.</p>"
    assert "Observatory" not in prune_boilerplate(STORY + bio, ["Headline"], author="Mamokete Modiba")


def test_skip_links_newsletter_boxes_and_datelines_written_day_first_or_in_japanese_go() -> None:
    furniture = [
        "Jump to navigation",
        "18.05.2026",
        "2025年1月14日 01時28分 (1月14日 01時40分更新)",
        '"Hier ist Bayern": Der Newsletter informiert Sie montags bis freitags über das Wichtigste vom Tag, '
        "direkt in Ihrem privaten Postfach. Hier geht's zur Anmeldung.",
        "Zum Artikel: Tarifrunde im Nahverkehr",
    ]
    body = "".join(f"<p>{line}</p>" for line in furniture[:3]) + STORY + "".join(f"<p>{x}</p>" for x in furniture[3:])
    pruned = prune_boilerplate(body + STORY, ["Headline"], "", is_dateline)
    assert not [line for line in furniture if line.split(":")[0] in pruned]
    assert pruned.count("<p>Paragraph") == 12
    news = "<p>The newsletter industry grew fast: Substack said more readers paid for what lands in their inbox.</p>"
    assert "Substack" in prune_boilerplate(STORY + news + STORY, ["Headline"])  # a sentence, not a box


def test_a_read_more_label_inside_the_article_goes_alone_and_at_the_end_takes_the_rest_with_it() -> None:
    after = "<p>Now the club knows exactly what it needs to do, with four games left to close a three-point gap.</p>"
    inside = prune_boilerplate(STORY + "<h3>Read More</h3>" + after, ["Headline"])
    assert "Read More" not in inside and "four games left" in inside
    appeal = "<p><strong>R20</strong> for the first month. Support independent journalism by subscribing.</p>"
    end = prune_boilerplate(STORY + "<h3>READ MORE:</h3>" + appeal + "<p>Would you like to comment?</p>", ["H"])
    assert "READ MORE" not in end and "R20" not in end and "comment" not in end
    assert end.count("<p>Paragraph") == 6


def test_a_bold_word_inside_a_sentence_is_emphasis_not_a_label_that_ends_the_article() -> None:
    promo = (
        "<ul><li>Sie mögen den Tag kompakt? Dann sind Sie beim täglichen <strong>Newsletter</strong> richtig.</li></ul>"
    )
    pruned = prune_boilerplate(STORY + promo + STORY, ["Headline"])
    assert pruned.count("<p>Paragraph") == 12
    label = prune_boilerplate(STORY + "<strong>Top stories</strong><p>Another story's teaser.</p>", ["Headline"])
    assert "Top stories" not in label and "teaser" not in label


def test_a_long_consent_placeholder_a_chain_of_photo_credits_and_a_messaging_channel_promo_go() -> None:
    furniture = [
        "Deine Privatsphäre-Einstellungen verhindern das Laden und Anzeigen aller externen Inhalte (z.B. Grafiken, "
        "Tabellen, Abo-Login) und Sozialen Netzwerke (z.B. Youtube, Twitter, Facebook, Instagram etc.) Zur Anzeige "
        "aktiviere bitte die Einstellungen in den Privatsphäre-Einstellungen.",
        "Long Wei/Costfoto/Barcroft Media via Getty Images",
        "Eine Newsübersicht am Morgen und zum Feierabend: Abonniere den Whatsapp-Kanal von 20 Minuten und du "
        "bekommst regelmässige Updates.",
    ]
    pruned = prune_boilerplate(STORY[:300] + "".join(f"<p>{line}</p>" for line in furniture) + STORY, ["H"])
    assert not [line for line in furniture if line[:30] in pruned]


def test_the_caption_and_credit_of_an_image_block_are_not_article_text_but_a_step_with_a_picture_is() -> None:
    image_block = (
        "<div class='article-image'><span><img src='/a.jpg'></span><p><span>사진 오른쪽은 행사장에서 시민과 "
        "이야기하는 시장의 모습이다. 시장은 이날 정기권 확대 계획을 직접 설명했다.</span></p><p>Image: 김사진</p></div>"
    )
    step = (
        "<div class='step'><img src='/b.jpg'><p>정기권은 가까운 역의 창구에서 신분증을 보여 주고 살 수 있다.</p></div>"
    )
    paragraphs = [f"<p>{s}</p>" for s in SENTENCES]
    body = extract(page(bottom="".join(paragraphs[:3]) + image_block + "".join(paragraphs[3:]) + step))["body_text"]
    assert "사진 오른쪽은" not in body and "김사진" not in body
    assert "창구에서" in body and all(s in body for s in SENTENCES)


def test_an_article_split_into_sibling_containers_of_one_class_is_taken_whole() -> None:
    first = "".join(f"<p>{s} 기사의 앞부분은 광고 앞에 놓인 첫 칸에 이렇게 길게 실려 있다.</p>" for s in SENTENCES[:3])
    second = "".join(
        f"<p>{s} 광고 뒤에 놓인 다음 칸에서도 기사는 끊기지 않고 이렇게 길게 이어진다.</p>" for s in SENTENCES[3:]
    )
    box = "<div class='body'><p>이 상자는 같은 클래스를 쓰지만 다른 기사에 딸린 한 문단짜리 안내문이다.</p></div>"
    tree = lxml.html.document_fromstring(
        f"<html><body><article><div class='body'>{first}</div><div class='ad'>광고</div>"
        f"<div class='body'>{second}</div></article><article>{box}</article></body></html>"
    )
    whole = with_sibling_containers(tree, first)
    assert all(s in whole for s in SENTENCES) and "안내문" not in whole
    lone = lxml.html.document_fromstring(
        f"<html><body><article><div class='body'>{first}</div>{box}</article></body></html>"
    )
    assert with_sibling_containers(lone, first) == first  # one paragraph of the same class is a box, not the article


def test_a_list_of_headlines_with_their_deks_is_not_article_text() -> None:
    cards = "".join(
        f"<li><div><h3><a href='/a/{n}'>다른 기사 {n}의 제목</a></h3><h4>다른 기사 {n}를 줄인 설명</h4></div></li>"
        for n in range(4)
    )
    body = extract(page(bottom="".join(f"<p>{s}</p>" for s in SENTENCES) + f"<div><ul>{cards}</ul></div>"))
    assert "다른 기사" not in body["body_text"] and all(s in body["body_text"] for s in SENTENCES)


def test_an_unrendered_shortcode_a_labelled_bare_link_and_a_comment_prompt_go() -> None:
    furniture = [
        "[button link=”http://example.com/submit/” type=”big”] Send us YOUR kit review[/button]",
        "Listen: http://po.st/TP_615",
        "Tell us what YOU think...",
    ]
    pruned = prune_boilerplate(STORY + "".join(f"<p>{line}</p>" for line in furniture), ["Headline"])
    assert not [line for line in furniture if line[:12] in pruned] and pruned.count("<p>Paragraph") == 6
    assert "[citation needed]" in prune_boilerplate(STORY + "<p>[citation needed]</p>", ["H"])


def test_the_text_after_an_empty_named_anchor_stays_article_text() -> None:
    anchored = "".join(f"<p><a id='term-{n}' data-type='indexterm'></a>{s}</p>" for n, s in enumerate(SENTENCES))
    post = extract(page(bottom=anchored))
    assert all(s in post["body_text"] for s in SENTENCES)
    assert "<a" not in post["body_html"]


def test_text_written_for_screen_readers_only_is_not_article_text() -> None:
    for hidden in (
        "<h2 class='visually-hidden'>Article content</h2>",
        "<span class='sr-only'>Passer la publicité</span>",
        "<p><span class='blind'>본문 듣기 시작</span></p>",
        "<div class='screen-reader-text'>기사 공유하기</div>",
    ):
        first, rest = PARAGRAPHS.split("</p>", 1)
        body = extract(page().replace(PARAGRAPHS, f"{first}</p>{hidden}{rest}"))["body_text"]
        assert lxml.html.fromstring(hidden).text_content() not in body and "세부 계획을 내놓는다." in body, hidden
    shown = "<p class='blinds-review'>블라인드 설치 업체가 늘었다는 조사 결과도 나왔다.</p>"  # not the mark
    assert "블라인드 설치 업체" in extract(page(bottom=shown))["body_text"]


def test_a_reading_time_label_goes() -> None:
    labels = ["Lesedauer: 4 Minuten", "5 min read", "Reading time: 3 minutes", "Tempo de leitura: 1 minuto"]
    pruned = prune_boilerplate("".join(f"<p>{label}</p>" for label in labels) + STORY, ["Headline"])
    assert not [label for label in labels if label in pruned] and pruned.count("<p>Paragraph") == 6


def test_each_reporter_is_named_in_a_wire_dateline_in_byline_lines_and_on_a_reporter_card() -> None:
    site = "<meta name='author' content='뉴스원'>"
    dateline = page(head=site, top="<div class='reporter'>(서울=뉴스원) 김도윤 박서진 기자</div>")
    assert extract(dateline)["author"] == "김도윤, 박서진"
    lines = "<div class='byline'><p>정하은 기자(hejung@econ.example)</p><p>윤재석 기자(jsyoon@econ.example)</p></div>"
    assert extract(page(bottom=lines))["author"] == "정하은, 윤재석"
    card = "<div class='reporter_box'>한지원 기자<span>jiwon@x.example</span><a>기자의 다른기사 보기</a></div>"
    assert extract(page(bottom=card))["author"] == "한지원"
    member = "<div class='writer_info'><a class='name'>최은서(ches)</a></div>"
    assert extract(page(top=member))["author"] == "최은서"
    desk = "<div class='byline'>사회부 홍길동 전문기자</div>"
    assert extract(page(top=desk))["author"] == "홍길동"


def test_two_reporters_sharing_one_title_in_an_info_bar_are_both_the_author_beside_a_card_naming_one() -> None:
    card = (
        "<div class='reporter-card'><strong class='reporter-name'>윤해솔 기자</strong>"
        "<span>haesol@x.example</span><p>에너지·산업 분야를 취재합니다.</p><a>기자 구독</a></div>"
    )
    for names in ("윤해솔·강민재 기자", "윤해솔, 강민재 기자"):
        info = f"<ul class='info-text'><li><i class='icon-user'></i> {names}</li><li>입력 2024.06.19 17:52</li></ul>"
        assert extract(page(top=info, bottom=card))["author"] == "윤해솔, 강민재", names
    one = "<ul class='info-text'><li>윤해솔 기자</li><li>입력 2024.06.19 17:52</li></ul>"
    assert extract(page(top=one, bottom=card))["author"] == "윤해솔"
    info = "<ul class='info-text'><li>윤해솔·강민재 기자</li><li>입력 2024.06.19 17:52</li></ul>"
    author_card = card.replace("reporter-name", "author-name")
    assert extract(page(top=info, bottom=author_card))["author"] == "윤해솔, 강민재"


def test_an_info_bar_listing_a_packages_reporters_an_item_each_names_them_all_beside_a_tag_naming_the_first() -> None:
    names = ("조하늘 기자", "김은별 기자", "세종=박경수 기자", "안채린 인턴기자")
    items = "".join(f"<li class='name'>{name}</li>" for name in names)
    company = "<strong class='company'>한결경제</strong>"
    info = f"<div class='view_info'><div class='info'>{company}<ul>{items}</ul></div></div>"
    tag = "<meta property='dable:author' content='조하늘'>"  # a widget's tag naming only the first
    assert extract(page(head=tag, top=info))["author"] == "조하늘, 김은별, 박경수, 안채린"
    one = "<div class='view_info'><div class='info'><ul><li class='name'>조하늘 기자</li><li>입력 2024.05.09</li></ul>"
    assert extract(page(head=tag, top=one + "</div></div>"))["author"] == "조하늘"
    # an editor named in the byline is no co-author
    edited = "<p class='byline author'>Written by Rob Ewaschuk<br>Edited by Betsy Beyer</p>"
    assert extract(page(head="<meta name='author' content='Rob Ewaschuk'>", top=edited))["author"] == "Rob Ewaschuk"


def test_a_broadcasters_written_sign_off_and_a_wire_storys_opening_dateline_name_the_reporter() -> None:
    signoff = "<p>YTV 김하늘 (skykim@ytv.example)</p>"
    assert extract(page(bottom=signoff))["author"] == "김하늘"
    opening = "<p>[서울=뉴시스마루]한지원 기자 = 정부가 9일 새로운 에너지 정책을 내놨다.</p>"
    assert extract(page(top=opening))["author"] == "한지원"
    two = "<p>(서울=뉴스원) 김도윤 박서진 기자 = 정부가 9일 새로운 에너지 정책을 내놨다.</p>"
    assert extract(page(top=two))["author"] == "김도윤, 박서진"


def test_a_wire_story_credited_only_to_its_agency_on_its_last_line_names_the_agency() -> None:
    post = extract(page(bottom="<p>연합뉴스</p>"))
    assert post["author"] == "연합뉴스" and "연합뉴스" not in post["body_text"]
    signed = extract(page(bottom="<p>한지원 기자 hanji@hangyeol.example</p><p>연합뉴스</p>"))
    assert signed["author"] == "한지원"  # a reporter signing beside it is the author
    told = extract(page(bottom="<p>정부 발표 내용은 연합뉴스가 처음 전했다. 다른 언론도 뒤따라 보도했다.</p>"))
    assert told["author"] == ""  # an agency named in a sentence credits nobody
    widget = "<meta property='dable:author' content='YONHAP'>"  # the agency romanised in a widget's tag
    tools = "<div><span>기사 스크랩</span> <span>프린트</span></div>"
    slashed = extract(page(head=widget, bottom=f"<p>/연합뉴스</p>{tools}"))
    assert slashed["author"] == "연합뉴스" and "연합뉴스" not in slashed["body_text"]


def test_a_dialogs_buttons_in_a_box_named_for_the_reporter_name_no_one() -> None:
    dialog = (
        "<div class='hk-modal modal-alert reporter_cancel'><div class='hk-modal-body'><p class='msg'></p></div>"
        "<div class='hk-modal-footer'><button type='button'>취소</button><button type='button'>확인</button>"
        "</div></div>"
    )
    assert extract(page(bottom=dialog))["author"] == ""


def test_an_article_toolbars_labels_above_and_below_the_text_are_not_article_text() -> None:
    tools = "".join(
        f"<li><button type='button'><span class='blind'>{label}</span></button><div class='tooltip'>{label}</div></li>"
        for label in ("기사 스크랩", "공유", "클린뷰", "프린트")
    )
    toolbar = f"<div class='utility'><ul>{tools}<li><a href='#c'><span>0</span> 댓글</a></li></ul></div>"
    body = extract(page(top=toolbar, bottom=toolbar))["body_text"]
    assert not any(label in body for label in ("스크랩", "공유", "클린뷰", "프린트", "댓글")), body


def test_a_date_stamps_data_attribute_gives_its_seconds_and_a_two_digit_year_is_read_on_korean_pages() -> None:
    stamp = (
        "<span class='media_end_head_info_datestamp_time _ARTICLE_DATE_TIME' data-date-time='2024-05-13 12:00:12'>"
        "2024.05.13. 오후 12:00</span>"
    )
    assert extract(page(top=stamp))["published"] == "2024-05-13T12:00:12+09:00"
    short = "<div class='date'><span>24.05.09 15:20</span><span>l</span><span>최종 업데이트 24.05.09 16:01</span></div>"
    post = extract(page(top=short))
    assert post["published"] == "2024-05-09T15:20:00+09:00"
    assert post["modified"] == "2024-05-09T16:01:00+09:00"
    german = parse_date("24.05.09 15:20", SEOUL.zone, "de", datetime(2024, 6, 1, tzinfo=UTC))
    assert german is None or german.date() != date(2024, 5, 9)  # day first there: not read as year first


def test_a_declared_section_path_whose_levels_share_a_name_is_that_name() -> None:
    doubled = "<meta property='article:section' content='금융-금융'>"
    assert extract(page(head=doubled))["category"] == "금융"
    path = "<meta property='article:section' content='경제-금융'>"
    assert extract(page(head=path))["category"] == "경제-금융"


def test_a_box_or_label_marked_as_the_category_names_the_section() -> None:
    box = "<div class='bx_cate_news'><div class='bx_title'><h3>날씨</h3></div></div>"
    assert extract(page(top=box))["category"] == "날씨"
    label = "<div class='media_end_categorize'><a href='/main' class='media_end_categorize_item'>경제</a></div>"
    assert extract(page(top=label))["category"] == "경제"
    tree = (
        "<div class='category'><a href='/politics'>정치</a><a href='/economy'>경제</a><a href='/sport'>체육</a></div>"
    )
    assert extract(page(bottom=tree))["category"] == ""
    widget = (  # a recommendation widget's teaser card, its category marked so
        "<div class='_popIn_recommend'><a class='_popIn_recommend_article' href='/news/2'>"
        "<div class='_popIn_recommend_art_title'>심근경색 운전자 구한 경찰관 “생명 구해 다행”</div>"
        "<div class='_popIn_recommend_art_category'>stv</div></a></div>"
    )
    assert extract(page(bottom=widget))["category"] == ""


def test_a_desks_sign_off_with_a_photo_credit_and_a_reporter_card_whose_parts_run_together_name_the_reporter() -> None:
    desk = "<meta name='author' content='i채널 연예'>"
    credit = "<p>i채널 김경희 | 사진출처 영화사 봄날</p>"
    assert extract(page(head=desk, bottom=credit))["author"] == "김경희"
    card = (
        "<div class='view_reporter'><span class='reporter_name'>권도현 기자</span><a>기자 페이지</a><b>구독</b></div>"
    )
    assert extract(page(bottom=card))["author"] == "권도현"


def test_a_channel_without_its_news_word_is_the_site_and_a_sign_off_with_the_e_mail_in_brackets_is_read() -> None:
    channel = "<meta property='og:site_name' content='KBC 뉴스'><meta name='author' content='KBC'>"
    signed = "<p>김유진 기자 (yujin@kbc.example)</p><p>촬영기자:박성호/영상편집:이다은</p>"
    assert extract(page(head=channel, bottom=signed))["author"] == "김유진"
    box = "<div class='box-reporter'><span class='name'>김유진</span> 기자의 기사 모음</div>"
    assert extract(page(head=channel, bottom=box))["author"] == "김유진"


def test_a_recommendation_widgets_author_tag_names_the_reporter_where_the_author_tag_names_the_site() -> None:
    tags = "<meta name='author' content='한결일보'><meta property='dable:author' content='오승훈'>"
    assert extract(page(head=tags))["author"] == "오승훈"


def test_a_bracketed_byline_opening_the_description_names_the_reporter_but_a_caption_credited_so_not() -> None:
    press = "<meta property='og:description' content='[머니투게더 오승훈 기자] 정부가 새 정책을 내놨다.'>"
    assert extract(page(head=press))["author"] == "오승훈"
    place = "<meta property='og:description' content='[스포츠온=잠실, 권도현 기자] 한빛이 5연패에서 벗어났다.'>"
    assert extract(page(head=place))["author"] == "권도현"
    caption = "<p>[머니투게더 김민재 기자] 서울 시내 한 편의점에서 소비자가 도시락을 고르고 있다.</p>"
    assert extract(page(top=caption))["author"] == ""


def test_a_declared_section_that_is_the_whole_newsroom_gives_way_to_the_section_the_page_shows() -> None:
    generic = "<meta property='article:section' content='뉴스'>"
    crumb = "<nav class='breadcrumb'><a href='/'>홈</a> &gt; <a href='/society'>사회</a></nav>"
    assert extract(page(head=generic, top=crumb))["category"] == "사회"
    assert extract(page(head=generic))["category"] == ""


def test_a_korean_credits_job_word_and_more_job_titles_are_not_names() -> None:
    for byline, names in [
        ("글·사진 홍길동 기자", "홍길동"),
        ("글=홍길동 기자, 사진=이순신 기자", "홍길동, 이순신"),
        ("홍길동 기상캐스터", "홍길동"),
        ("김민수 경제부장", "김민수"),
        ("홍길동 논설위원", "홍길동"),
        ("정지원 아나운서", "정지원"),
    ]:
        assert extract(page(top=f"<div class='byline'>{byline}</div>"))["author"] == names, byline


def test_a_desk_before_the_reporters_goes_but_a_name_ending_like_a_desk_stays() -> None:
    assert extract(page(top="<div class='byline'>산업1부 오승훈 기자</div>"))["author"] == "오승훈"
    assert extract(page(top="<div class='byline'>온라인이슈팀 홍길동 기자</div>"))["author"] == "홍길동"
    two = "<div class='reporter'>(서울=뉴스원) 김민국 이정훈 기자</div>"
    assert extract(page(top=two))["author"] == "김민국, 이정훈"
    desk = "<meta name='author' content='온라인이슈팀'>"
    signed = "<p>정부는 다음 달 세부 계획을 내놓는다는 방침이다.</p><p>홍길동 기자 hong@news.example</p>"
    assert extract(page(head=desk, bottom=signed))["author"] == "홍길동"


def test_a_category_button_or_a_sidebars_category_box_is_not_the_section() -> None:
    button = "<div class='util'><button class='btn_category'>카테고리</button></div>"
    assert extract(page(top=button))["category"] == ""
    sidebar = "<aside><div class='category'><a href='/politics'>정치</a></div></aside>"
    assert extract(page(bottom=sidebar))["category"] == ""


def test_a_lone_section_link_just_above_the_headline_names_the_section_but_a_kicker_does_not() -> None:
    assert extract(above("<span class='sort'><a href='/news/society/'>사회</a></span>"))["category"] == "사회"
    assert extract(above("<span class='kicker'><a href='/exclusive/'>[단독]</a></span>"))["category"] == ""
    assert extract(above("<p>정부 발표 <a href='/energy/'>에너지</a></p>"))["category"] == ""


def test_a_lone_section_link_just_above_the_headlines_head_box_names_the_section() -> None:
    def boxed(label: str) -> str:
        return page().replace(
            "<h1>정부, 에너지 정책 발표</h1>", f"{label}<div class='article-head'><h1>정부, 에너지 정책 발표</h1></div>"
        )

    assert extract(boxed("<div class='section'><a href='/politics'>정치</a></div>"))["category"] == "정치"
    assert extract(boxed("<div class='section'><a href='/exclusive'>[단독]</a></div>"))["category"] == ""
    assert extract(boxed("<div class='top'><a href='https://news.example/'>한결일보</a></div>"))["category"] == ""
    kicker_first = boxed("<div class='section'><a href='/politics'>정치</a></div>").replace(
        "<div class='article-head'>", "<div class='article-head'><p>에너지 전환의 해</p>"
    )
    assert extract(kicker_first)["category"] == ""


def test_a_time_with_its_update_label_written_after_it_is_not_the_publication_time() -> None:
    times = "<ul class='info'><li class='t'>2024-05-09 16:01 최종수정</li><li class='t'>2024-05-09 15:20 송고</li></ul>"
    post = extract(page(top=times))
    assert post["published"] == "2024-05-09T15:20:00+09:00"
    assert post["modified"] == "2024-05-09T16:01:00+09:00"
    unlabelled_first = extract(page(top="<div class='date'>2024.05.09 15:20 수정 2024.05.10 09:00</div>"))
    assert unlabelled_first["published"] == "2024-05-09T15:20:00+09:00"


def test_a_trail_written_as_text_with_separators_names_the_section_but_an_address_does_not() -> None:
    trail = "<div class='location'>홈 &gt; 열린시정 &gt; 시정소식 &gt; <strong>보도자료</strong></div>"
    assert extract(page(top=trail))["category"] == "보도자료"
    address = "<div class='location'>서울특별시 중구 세종대로 110</div>"
    assert extract(page(top=address))["category"] == ""


TABLE_STORY = "".join(
    f"<p>{n}번째 문단은 기사의 본문이다. 전주시는 남부시장에 세계 음식 골목을 열고 상인들을 지원한다고 밝혔다.</p>"
    for n in range(1, 6)
)


def table_layout(body_cell: str) -> str:
    """An older Korean local paper: menu, breadcrumb, headline, byline, body, copyright, previous article in rows."""
    return (
        "<html><head><title>전북일신문 : 전통시장에 세계 음식 골목</title>"
        "<meta property='og:title' content='전통시장에 세계 음식 골목'></head><body><table><tr><td>"
        "<table><tr><td><a href='/s1'>정치</a> | <a href='/s2'>경제</a> | <a href='/s5'>독자투고</a></td></tr>"
        "<tr><td>홈 &gt; <a href='/s4'>문화</a></td></tr>"
        "<tr><td>전통시장에 세계 음식 골목</td></tr>"
        "<tr><td>이현정 기자 | 입력 : 2024-04-12 오후 3:05:00</td></tr>"
        f"<tr>{body_cell}</tr>"
        "<tr><td>ⓒ 전북일신문(http://www.jeonbuk.example) 무단전재 및 재배포금지</td></tr>"
        "<tr><td><a href='/a/2'>이전기사 : 익산 보석박물관 봄 특별전</a></td></tr>"
        "</table></td><td></td></tr></table>"
        "<p><b>포토뉴스</b><br><a href='/a/3'>한옥마을 야간 개장</a></p></body></html>"
    )


FURNITURE_ROWS = ["독자투고", "홈 > 문화", "전통시장에 세계 음식 골목", "이현정 기자", "무단전재", "이전기사"]


def test_a_page_marking_its_article_body_keeps_what_is_inside_it() -> None:
    body = extract(table_layout(f"<td id='articleBody'>{TABLE_STORY}</td>"))["body_text"]
    assert not [row for row in FURNITURE_ROWS if row in body]
    assert body.count("번째 문단은") == 5


def test_a_table_layout_without_a_marked_body_loses_its_menu_headline_byline_and_copyright_rows() -> None:
    body = extract(table_layout(f"<td class='view_r'>{TABLE_STORY}</td>"))["body_text"]
    assert not [row for row in FURNITURE_ROWS if row in body]
    assert body.count("번째 문단은") == 5


def test_the_metadata_rows_of_a_boards_post_view_are_not_article_text() -> None:
    rows = (
        "<table><tr><th>게시물 보기</th></tr><tr><th>제목</th><td>골목상권 소상공인 간판 개선비 지원</td></tr>"
        "<tr><td>작성자</td><td>일자리경제과</td><td>작성일</td><td>2024-03-14</td></tr>"
        "<tr><td>조회수</td><td>1,024</td><td>담당부서 전화번호</td><td>062-000-0000</td></tr></table>"
    )
    pruned = prune_boilerplate(rows + TABLE_STORY, ["골목상권 소상공인 간판 개선비 지원"], "", is_dateline)
    assert not [t for t in ("게시물 보기", "골목상권", "작성자", "조회수", "전화번호") if t in pruned]
    assert pruned.count("번째 문단은") == 5
    kept = prune_boilerplate(
        "<p>입력 방식이 바뀐다.</p><p>기자 회견은 없었다.</p>" + TABLE_STORY, ["H"], "", is_dateline
    )
    assert "입력 방식" in kept and "기자 회견" in kept  # the words as prose, not as labels


def test_a_korean_info_bar_without_separators_at_the_bodys_edges_is_not_article_text() -> None:
    top = "<div><span>윤지호 기자</span> <span>등록 2024-07-31 18:30</span> <span>수정 2024-07-31 19:02</span></div>"
    bottom = "<p>홍길동 기자 2024.07.31 18:30 업데이트 2024.07.31 19:02</p>"
    pruned = prune_boilerplate(top + TABLE_STORY + bottom, ["H"], "", is_dateline)
    assert "기자" not in pruned and "2024" not in pruned and pruned.count("번째 문단은") == 5
    middle = "<p>윤지호 기자 등록 2024-07-31 18:30 수정 2024-07-31 19:02</p>"
    last = TABLE_STORY.replace("본문이다", "끝이다")
    kept = prune_boilerplate(TABLE_STORY + middle + last, ["H"], "", is_dateline)
    assert "윤지호 기자 등록" in kept  # only at the edges
    prose = "<p>홍길동 기자 2024년 7월 31일 광화문에서 열린 집회에 참석한 시민 수천 명을 만났다.</p>"
    assert "시민 수천 명을 만났다" in prune_boilerplate(prose + TABLE_STORY, ["H"], "", is_dateline)
    counted = "<p>승인 2024.05.09 15:20 | 수정 2024.05.10 09:02 | 댓글 0</p>"  # a counter among the fields
    assert "댓글" not in prune_boilerplate(counted + TABLE_STORY, ["H"], "", is_dateline)
    told = "<p>댓글 12개가 달렸다.</p>"
    assert "댓글 12개" in prune_boilerplate(told + TABLE_STORY, ["H"], "", is_dateline)


def test_counters_and_satisfaction_surveys_at_the_end_are_not_article_text() -> None:
    survey = "<p>이 페이지에서 제공하는 정보에 대해 만족도 조사에 참여해 주세요.</p>"
    end = "<p>회사원. 저녁마다 요리합니다.</p>구독자 1,203" + survey
    pruned = prune_boilerplate(TABLE_STORY + end, ["H"])
    assert "구독자" not in pruned and "만족도" not in pruned and "회사원" in pruned


def test_a_broadcasters_line_pointing_to_the_video_goes_where_it_closes_the_text() -> None:
    for pointer in (
        "자세한 내용은 동영상으로 확인하세요.",
        "자세한 내용은 영상으로 확인하시죠.",
        "영상으로 보시겠습니다.",
    ):
        assert pointer not in prune_boilerplate(TABLE_STORY + f"<p>{pointer}</p>", ["H"])
        signed = f"<p>마지막 문단이다.<br>{pointer}<br>홍길동 기자 (hong@hbs.example)</p>"
        assert pointer not in prune_boilerplate(TABLE_STORY + signed, ["H"])
    pointer = "영상으로 보시겠습니다."
    lead = f"<p>{pointer}<br>전주시는 다음 달 세부 계획을 내놓는다고 밝혔다.</p>"
    assert pointer in prune_boilerplate(TABLE_STORY + lead, ["H"])
    assert pointer in prune_boilerplate(f"<p>{pointer}</p>" + TABLE_STORY, ["H"])


def test_a_social_networks_name_before_its_link_is_furniture_but_a_sentence_with_a_link_stays() -> None:
    links = [
        "เฟซบุ๊ก https://www.facebook.com/thainews.page",
        "Facebook https://facebook.com/hgilbo",
        "인스타그램 https://instagram.com/hgilbo",
        "Twitter: https://twitter.com/hgilbo",
    ]
    for link in links:
        assert link not in prune_boilerplate(TABLE_STORY + f"<p>{link}</p>", ["H"])
    lines = prune_boilerplate(TABLE_STORY + "<p>마지막 문단이다.<br>" + "<br>".join(links) + "</p>", ["H"])
    assert "마지막 문단이다." in lines and "://" not in lines
    for sentence in ("See the report at https://facebook.com/hgilbo", "공연 안내 https://www.theater.example"):
        assert sentence in prune_boilerplate(TABLE_STORY + f"<p>{sentence}</p>", ["H"])


def test_a_copyright_line_takes_the_tip_line_of_its_paragraph_but_not_lines_of_a_longer_block() -> None:
    notice = "<p>제보는 카카오톡 okjebo<br>&lt;저작권자(c) 한반도통신, 무단 전재-재배포 금지&gt;</p>"
    assert "제보는" not in prune_boilerplate(TABLE_STORY + notice, ["H"])
    schedule = "<p>2018.04.05 ~ OPEN RUN<br>Tue – Sat 4PM</p><p>Ticketing<br><a href='/'>www.theater.example</a></p>"
    kept = prune_boilerplate(TABLE_STORY + schedule + "<p>Inquiry<br>02-751-1500</p>", ["H"], "", is_dateline)
    assert "OPEN RUN" in kept and "www.theater.example" in kept and "02-751-1500" in kept


def test_a_tip_appeal_and_copyright_among_the_last_br_lines_of_the_last_block_are_not_article_text() -> None:
    transcript = (
        "<div><span>[앵커]<br>오늘은 전국이 대체로 맑겠지만 아침과 낮의 기온 차가 크게 벌어지겠습니다.<br><br>"
        "하늘은 전국이 대체로 맑겠고, 대기가 건조해 동해안에는 건조특보가 내려졌습니다.<br><br>"
        "※ '당신의 제보가 뉴스가 됩니다' [카카오톡] 채널 추가 [전화] 02-0000-0000<br><br>"
        "[저작권자(c) YTV 무단전재, 재배포 및 AI 데이터 활용 금지]</span></div><p>이 뉴스 어땠나요?</p>"
    )
    pruned = prune_boilerplate(TABLE_STORY + transcript, ["H"])
    assert "제보" not in pruned and "무단전재" not in pruned and "어땠나요" not in pruned
    assert "건조특보가 내려졌습니다" in pruned
    prose = "<p>경찰은 주민의 제보를 받고 현장에 출동해 남성을 붙잡았다고 밝혔다.</p>"
    assert "제보를 받고" in prune_boilerplate(TABLE_STORY + prose, ["H"])


def test_a_photo_tip_appeal_closing_the_text_is_not_article_text() -> None:
    appeal = (
        "<p>◎공감언론 한결통신이 독자 여러분의 소중한 제보를 기다립니다. 뉴스 가치나 화제성이 있다고 판단되는 "
        "사진 또는 영상을 사진영상부(photo@news.example)로 보내주시면 적극 반영하겠습니다.</p>"
    )
    body = extract(page(bottom=appeal))["body_text"]
    assert "제보" not in body and "청정 전력" in body


def test_a_broadcasters_tip_box_under_its_label_and_the_like_buttons_after_it_are_not_article_text() -> None:
    tips = (
        "■ 제보하기<br>▷ 카카오톡 : 'HBN제보' 검색, 채널 추가<br>▷ 전화 : 02-000-1234, 4444<br>"
        "▷ 이메일 : jebo@hbn.example<br>▷ 유튜브, 네이버, 카카오에서도 HBN뉴스를 구독해주세요!"
    )
    after = (
        "<div class='like'><h4>이 기사가 좋으셨다면</h4><ul><li><button>좋아요</button><span>0</span></li>"
        "<li><button>후속 원해요</button><span>0</span></li></ul></div>"
    )
    for bottom in (f"<div class='btm'><br>{tips}</div>{after}", f"<p>{tips}</p>"):
        body = extract(page(bottom=bottom))["body_text"]
        assert body.endswith("정부는 다음 달 세부 계획을 내놓는다."), bottom
    last = "전문가들은 실행 계획이 중요하다고 지적했다. 정부는 다음 달 세부 계획을 내놓는다."
    for lines in (tips, tips.split("<br>", 1)[1]):  # also without its label
        inline = page().replace(f"<p>{last}</p>", f"<div>{last}<br><br>{lines}</div>")
        assert extract(inline)["body_text"].endswith("세부 계획을 내놓는다."), lines


def test_the_links_to_the_previous_and_the_next_story_are_not_article_text() -> None:
    def link(kind: str, marks: str, title: str) -> str:
        return f"<a href='/news/{kind}' {marks}><span>{kind}</span><div><p class='title'>{title}</p></div></a>"

    for marks in ("class='prev-link'", "aria-label='이전 기사 링크'", "rel='prev'"):
        links = link("이전", marks, "기준금리 동결…물가 둔화 더 지켜봐야") + link(
            "다음", marks.replace("prev", "next").replace("이전", "다음"), "[날씨] 내일 전국 흐리고 비"
        )
        body = extract(page(top=f"<div class='links'>{links}</div>"))["body_text"]
        assert "기준금리" not in body and "흐리고 비" not in body, marks
        assert body.startswith("정부는 9일 새로운 에너지 정책을 발표했다."), marks


def test_text_written_after_an_ad_box_inside_the_article_is_kept() -> None:
    story = (
        "<section class='news_view'><h2>영산강 지류 2km 구간…시 \"원인 조사 중\"</h2>"
        "광주 도심을 흐르는 하천에서 물고기 수천 마리가 떼죽음한 채 발견됐다.<br><br>"
        "광주시는 9일 오전 북구의 한 하천 약 2km 구간에서 붕어와 잉어 등이 죽은 채 떠올랐다는 신고를 받고 "
        "수거 작업을 벌였다고 밝혔다. 수거한 물고기는 1t이 넘는다.<br><br>"
        "시는 최근 계속된 폭염으로 수온이 오르고 물속 산소가 부족해진 것을 원인으로 보고 있다. 이날 오전 측정한 "
        "용존산소량은 리터당 1.8mg으로 물고기가 살기 어려운 수준이었다.<br><br>"
        "<div class='view_ad06'><div class='a1'>광고</div></div>"
        "시는 하천 바닥에 쌓인 퇴적물을 걷어 내고 <b>산소 공급 장치</b>를 설치할 계획이다.<br><br></section>"
    )
    html = (
        "<html lang='ko'><head><title>광주 도심 하천 물고기 떼죽음</title></head><body><main id='contents'>"
        f"<h1>광주 도심 하천 물고기 떼죽음</h1>{story}</main><footer>회사소개</footer></body></html>"
    )
    body = extract(html)["body_text"]
    assert "퇴적물을 걷어 내고 산소 공급 장치를 설치할 계획이다." in body and "광고" not in body


def test_a_date_label_standing_alone_and_a_recommend_prompt_are_not_article_text() -> None:
    top = "<p>기사 입력 시간</p>"
    end = "<p>이 기사를 추천합니다</p><p>좋아요 12</p>"
    pruned = prune_boilerplate(top + TABLE_STORY + end, ["H"])
    assert "입력 시간" not in pruned and "추천합니다" not in pruned and pruned.count("번째 문단은") == 5
    kept = prune_boilerplate("<p>입력 시간이 길어졌다는 지적이 나왔다.</p>" + TABLE_STORY, ["H"])
    assert "입력 시간이 길어졌다" in kept


def test_a_description_block_right_after_an_image_is_a_caption_not_article_text() -> None:
    box = "<div class='thumCont'><img src='/a.jpg'><p class='desc'>세종청사 브리핑실. (사진=한결일보 DB)</p></div>"
    body = extract(page(top=box))["body_text"]
    assert "브리핑실" not in body and "청정 전력" in body


def test_a_text_under_an_image_saying_what_its_alt_says_is_its_caption() -> None:
    said = "조선일보 독자권익보호위원들이 8일 정례회의를 열고 있다"
    boxes = [
        f"<dl class='img_pop_div'><dd><div><img src='/a.jpg' alt='{said}'><script>x()</script></div></dd>"
        f"<dt><img src='/icon.gif' alt=''> {said}. /이태경 기자</dt></dl>",  # an older CMS's photo box, its credit
        f"<div align='center'><div class='article-img'><img src='/a.jpg' alt='{said}'></div><br>"
        f"<span class='minor2 small gray'>{said}</span></div>",
    ]
    for box in boxes:
        post = extract(page(top=box))
        assert "정례회의" not in post["body_text"] and "청정 전력" in post["body_text"], box
    # the image's box holds more than the caption (a card: its title over its image), or the text comes first
    card = f"<div class='card'><h2>{said}</h2><img src='/a.jpg' alt='{said}'><p>{SENTENCES[0]}</p></div>"
    assert "정례회의" in extract(page(top=card))["body_text"]
    # a headline under its image, saying what the image's alt says, is no caption: it stays in the page, where the
    # rules after the body's (bylines and dates under the headline) read it
    headed = lxml.html.fromstring(f"<div><div><img src='/a.jpg' alt='{said}'><h1>{said}</h1></div>{PARAGRAPHS}</div>")
    body_module._drop_captions_after_images(headed)
    assert headed.find(".//h1") is not None


def test_a_list_of_readers_comments_is_not_article_text() -> None:
    comment = "<li><span>라떼맘</span><p>저희 아기도 이번 주에 돌인데 참고할게요!</p></li>"
    comments = f"<div class='area_comment'><ul>{comment}</ul></div>"
    body = extract(page(bottom=comments))["body_text"]
    assert "라떼맘" not in body and "참고할게요" not in body and "청정 전력" in body
    # a list its id names, written as <div>s (no list items): "sf_comment_list", "comments-list"
    said = (
        "<div class='sf_comment'><p class='sf_comment_info'><span>Alcalino</span><br><span>Hace 28 minutos</span>"
        "</p></div><div class='sf_comment_text'><p>Vaya comportamiento tan poco ejemplar del fiscal, como para que"
        " los ciudadanos creamos en la justicia que imparta ese señor, los inútiles somos nosotros.</p></div>"
    )
    body = extract(page(bottom=f"<div id='sf_comment_list' class='box'>{said * 3}</div>"))["body_text"]
    assert "Alcalino" not in body and "comportamiento" not in body and "청정 전력" in body


def test_the_caption_cell_of_a_photo_laid_out_as_a_table_is_not_article_text() -> None:
    photo = (
        "<table class='news_photo'><tr><td><img src='/p/1.jpg'></td></tr>"
        "<tr><td class='imgcaption'>세종청사에서 브리핑이 열리고 있다. 한결일보DB</td></tr></table>"
    )
    body = extract(page(top=photo))["body_text"]
    assert "브리핑이 열리고" not in body and "청정 전력" in body
    figures = "<table><tr><td class='caption'>2030년 목표</td><td>두 배</td></tr></table>"
    assert "2030년 목표" in extract(page(bottom=figures))["body_text"]  # a table of figures, no photo


def test_a_korean_promotion_line_goes_wherever_it_stands() -> None:
    promotions = [
        "▶ 한결일보 유튜브 구독하기",
        "▶ 자세한 내용은 HBS 뉴스7에서 확인하세요",
        "▶[한결일보 네이버 채널] 구독하고 받아보기",
    ]
    for promotion in promotions:
        inside = prune_boilerplate(TABLE_STORY + f"<p>{promotion}</p>" + TABLE_STORY, ["H"])
        assert promotion not in inside and inside.count("번째 문단은") == 10
        assert promotion not in prune_boilerplate(TABLE_STORY + f"<p>{promotion}</p>", ["H"])
    for point in ("▶ 지원 대상: 만 65세 이상 홀로 사는 노인", "▶ 구독자 100만 명을 넘긴 채널은 세 곳"):
        assert point in prune_boilerplate(TABLE_STORY + f"<p>{point}</p>" + TABLE_STORY, ["H"])


def test_a_print_edition_note_ends_the_article_but_a_note_on_how_it_was_made_stays() -> None:
    printed = "<p>※ 이 기사는 주간한결 1801호(2024년 5월 14일자)에 실렸습니다.</p>"
    assert "1801호" not in prune_boilerplate(TABLE_STORY + printed, ["H"])
    funded = "<p>※ 이 기사는 한국언론진흥재단의 지원을 받아 작성됐습니다.</p>"
    assert "지원을 받아 작성됐습니다" in prune_boilerplate(TABLE_STORY + funded, ["H"])


def test_a_wire_storys_end_mark_and_everything_after_it_leave_the_text() -> None:
    furniture = (
        "<p>hayoon@namdotong.example</p><p>(끝)</p><p>제보는 카카오톡 okjebo<br>"
        "&lt;저작권자(c) 남도통신, 무단 전재-재배포, AI 학습 및 활용 금지&gt;<br>2024/06/12 14:27 송고</p>"
    )
    pruned = prune_boilerplate(TABLE_STORY + furniture, ["H"])
    assert "(끝)" not in pruned and "okjebo" not in pruned and "송고" not in pruned
    assert pruned.count("번째 문단은") == 5
    lines = "<br><br>".join(
        f"{n}번째 문단은 기사의 본문이다. 광양시는 재첩 방류를 늘린다고 밝혔다." for n in range(1, 6)
    )
    agency = "제보는 카카오톡 okjebo<br>&lt;저작권자(c) 남도통신, 무단 전재-재배포&gt;<br>2024/06/12 14:27 송고"
    for end in ("<br>(끝)<br><br>2024/06/12 14:27 송고", f"<br>(끝)<br>{agency}<br>한결 뉴스 앱 받기", "(끝)"):
        pruned = prune_boilerplate(f"<p>{lines}{end}</p>", ["H"])
        assert "(끝)" not in pruned and "송고" not in pruned and pruned.count("번째 문단은") == 5, end
    slogan = f"<p>{lines}<br><br>◎공감언론 남도통신 hayoon@namdotong.example<br><br>(끝)<br><br>*재판매 및 DB 금지</p>"
    pruned = prune_boilerplate(slogan, ["H"])
    assert "공감언론" not in pruned and "재판매" not in pruned and pruned.count("번째 문단은") == 5
    short = "<p>광양시는 재첩 방류를 늘린다고 밝혔다.</p><p>(끝)</p>" + TABLE_STORY.replace("본문이다", "다른 기사다")
    assert "(끝)" not in prune_boilerplate(short, ["H"]) and "다른 기사다" not in prune_boilerplate(short, ["H"])


def test_a_reaction_box_after_the_text_ends_the_article() -> None:
    box = (
        "<div class='reaction_box'><p class='reaction_tit'>이 기사에 대한 반응</p><ul>"
        "<li><span>좋아요</span> <span>12</span></li><li><span>화나요</span> <span>27</span></li></ul></div>"
    )
    pruned = prune_boilerplate(TABLE_STORY + box, ["H"])
    assert "반응" not in pruned and "좋아요" not in pruned and "화나요" not in pruned
    assert pruned.count("번째 문단은") == 5
    asked = box.replace("이 기사에 대한 반응", "이 기사에 대한 감정을 남겨주세요")
    assert "감정" not in prune_boilerplate(TABLE_STORY + asked, ["H"])
    buttons = "<p>좋아요 12</p><p>슬퍼요 3</p><p>화나요 27</p><p>후속기사 원해요 41</p>"
    pruned = prune_boilerplate(TABLE_STORY + buttons, ["H"])
    assert "요 " not in pruned and pruned.count("번째 문단은") == 5


def test_a_portals_agency_line_reporter_counters_and_section_guide_after_the_text_go() -> None:
    end = (
        "<p>기사제공 뉴스원</p><a href='/journalist/1'>백도현 기자</a> 구독자 <i>-</i> 응원수 <i>-</i>"
        "<p>Copyright ⓒ 뉴스원. All rights reserved.</p>"
        "<a href='#guide'>기사 섹션 분류 가이드</a><i>기사 섹션 분류 안내</i>"
        "<p>스포츠 기사 섹션(종목) 정보는 언론사 분류와 기술 기반의 자동 분류 시스템을 따르고 있습니다.</p>"
        "<a href='/help'>오분류 제보하기</a>"
    )
    pruned = prune_boilerplate(TABLE_STORY + end, ["H"])
    assert not [text for text in ("기사제공", "구독자", "Copyright", "섹션", "오분류") if text in pruned]
    assert pruned.count("번째 문단은") == 5
    guide = (
        "<p>기사 섹션 분류 안내</p><p>기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다. "
        "언론사는 개별 기사를 2개 이상 섹션으로 중복 분류할 수 있습니다.</p>"
    )
    pruned = prune_boilerplate(TABLE_STORY + guide, ["H"])
    assert "섹션" not in pruned and pruned.count("번째 문단은") == 5


def test_a_korean_box_label_between_paragraphs_goes_and_the_article_after_it_stays() -> None:
    middle = TABLE_STORY.replace("본문이다", "가운데다")
    last = TABLE_STORY.replace("본문이다", "끝이다").replace(
        "</p>", " 상인회는 이번 지원이 골목의 손님을 늘릴 것으로 본다.</p>"
    )
    boxes = "<p>▶ 관련기사 ◀</p><p>☞</p><p>☞</p>" + middle + "<p>지금 뜨는 뉴스</p>"
    pruned = prune_boilerplate(TABLE_STORY + boxes + last, ["H"])
    assert "관련기사" not in pruned and "☞" not in pruned and "지금 뜨는 뉴스" not in pruned
    assert pruned.count("번째 문단은") == 15
    assert "지금 뜨는 뉴스" not in prune_boilerplate(TABLE_STORY + "<p>지금 뜨는 뉴스</p>", ["H"])


def test_a_reporters_other_articles_box_is_not_article_text() -> None:
    for label in ("윤재석 기자의 다른 기사 보기", "정다운 기자 다른기사 보기", "이 기자의 다른 기사"):
        box = f"<div><strong>{label}</strong><ul><li><a href='/a/2'>청주시, 여름철 물놀이 안전 점검</a></li></ul></div>"
        pruned = prune_boilerplate(TABLE_STORY + box, ["H"])
        assert "다른" not in pruned and "물놀이" not in pruned and pruned.count("번째 문단은") == 5
        inside = prune_boilerplate(TABLE_STORY + box + TABLE_STORY.replace("본문이다", "끝이다"), ["H"])
        assert "다른" not in inside and "물놀이" not in inside and inside.count("번째 문단은") == 10


def test_the_reporters_line_and_a_promotion_closing_a_text_of_line_breaks_are_not_article_text() -> None:
    text = "<br><br>".join(f"{n}번째 문단은 기사의 본문이다. 전주시는 상인들을 지원한다고 밝혔다." for n in range(1, 6))
    end = "<br><br>박은혜 기자 eunhye@hangyeol.example<br><br>▶ 한결일보 유튜브 구독하기"
    end += "<br><br>ⓒ 한결일보, 무단전재 금지"
    pruned = prune_boilerplate(f"<p>{text}{end}</p>", ["H"])
    assert "박은혜" not in pruned and "유튜브" not in pruned and "무단전재" not in pruned
    assert pruned.count("번째 문단은") == 5


def test_a_broadcasters_bracketed_sign_off_names_the_reporter_and_leaves_the_text() -> None:
    signoff = "<p>[ 김도현 기자 / dohyun.kim@hbs.example ]</p>"
    head = "<meta name='author' content='HBS'><meta property='og:site_name' content='HBS 뉴스'>"
    post = extract(page(head=head, bottom=signoff))
    assert post["author"] == "김도현"
    assert "dohyun.kim" not in post["body_text"] and "김도현" not in post["body_text"]


def test_a_section_trail_written_as_text_above_the_headline_gives_the_section() -> None:
    html = (
        "<html lang='ko'><head><title>정부, 에너지 정책 발표</title></head><body><main>"
        f"<div class='title_box'><div class='section'>뉴스 &gt; 사회</div><h1>정부, 에너지 정책 발표</h1></div>"
        f"<div id='newsViewArea'>{PARAGRAPHS}</div></main></body></html>"
    )
    assert extract(html)["category"] == "사회"


def test_an_amp_pages_ad_slots_are_not_article_text_whatever_their_fallback_says() -> None:
    slot = "<amp-ad width='300' height='250' type='doubleclick'><div fallback>광고 영역</div></amp-ad>"
    amp = page(top=slot).replace("<html lang='ko'>", "<html ⚡ lang='ko'>")
    post = extract(amp)
    assert "광고 영역" not in post["body_text"]
    assert "전문가들은 실행 계획이 중요하다고 지적했다." in post["body_text"]


def test_an_element_whose_class_calls_it_the_section_name_names_the_section() -> None:
    assert extract(above("<p class='section-name'>부동산</p>"))["category"] == "부동산"
    assert extract(above("<span class='section_name'><a href='/realty'>부동산</a></span>"))["category"] == "부동산"
    assert extract(above("<p class='section-title'>이번 주 가장 많이 읽힌 부동산 기사 모음</p>"))["category"] == ""


def test_a_video_players_labelled_running_time_is_not_article_text() -> None:
    for label in ("재생시간 02:14", "재생 시간: 1:02:14", "Duration 2:14"):
        pruned = prune_boilerplate(TABLE_STORY + f"<p>{label}</p>" + TABLE_STORY, ["H"])
        assert label not in pruned and pruned.count("번째 문단은") == 10, label
    sentence = "<p>재생시간 2:14의 짧은 영상은 공개 하루 만에 조회수 100만 회를 넘겼다.</p>"
    assert "조회수 100만 회" in prune_boilerplate(TABLE_STORY + sentence + TABLE_STORY, ["H"])


def test_a_credit_line_signing_off_the_text_names_its_writer_and_leaves_the_text() -> None:
    for credit in ("글·사진 배윤서 기자", "글/사진 배윤서 기자", "글=배윤서 기자"):
        post = extract(page(bottom=f"<p>{credit}</p>"))
        assert post["author"] == "배윤서", credit
        assert "배윤서" not in post["body_text"], credit
    photo_only = extract(page(bottom="<p>사진=배윤서 기자</p>"))
    assert "배윤서" not in photo_only["body_text"]


def test_the_current_item_of_a_menu_marked_by_its_id_names_the_section() -> None:
    menu = (
        "<ul id='topMenu'><li><a href='/list?sc=S1N1'>지역</a></li><li><a href='/list?sc=S1N4' class='on'>여행</a></li>"
        "</ul>"
    )
    html = page().replace("<header><a href='/'>홈</a></header>", f"<header><a href='/'>홈</a>{menu}</header>")
    assert extract(html)["category"] == "여행"
    tabs = "<ul id='tabs'><li><a href='#a' class='on'>최신순</a></li><li><a href='#b'>인기순</a></li></ul>"
    assert extract(page(bottom=tabs))["category"] == ""


def test_a_reporters_name_and_e_mail_run_on_after_the_last_sentence_are_not_article_text() -> None:
    caption = (
        "<p>9일 오후 서울 여의도 한강공원 물놀이장에서 어린이들이 더위를 식히고 있다. "
        "서울시는 올해 물놀이장을 2주 앞당겨 개장했다. 이준호 기자 ljh@semyung.example</p>"
    )
    pruned = prune_boilerplate(TABLE_STORY + caption, ["H"])
    assert "ljh@semyung.example" not in pruned and "이준호" not in pruned
    assert "2주 앞당겨 개장했다." in pruned
    named = "<p>금감원장은 3월까지 최종 결론을 내겠다고 말했다. 김환 기자</p>"  # the name and title alone
    pruned = prune_boilerplate(TABLE_STORY + named, ["H"])
    assert "김환" not in pruned and "결론을 내겠다고 말했다." in pruned
    mailed = "<p>추후 상황을 지켜봐야겠지만, 의혹에 언급된 자체가 아쉽기도 하다. /seon@osen.example</p>"
    pruned = prune_boilerplate(TABLE_STORY + mailed, ["H"])  # the e-mail alone after a slash
    assert "seon@" not in pruned and "아쉽기도 하다." in pruned
    quoted = "<p>그는 “연락은 이준호 기자 ljh@semyung.example 로 하면 된다”고 말했다.</p>"
    assert "ljh@semyung.example" in prune_boilerplate(TABLE_STORY + quoted, ["H"])


def test_a_columnists_bio_box_closing_the_text_is_not_article_text() -> None:
    box = (
        "<div class='writer_box'><img src='w.jpg' alt=''><p><strong>김서윤</strong> 한빛대 경제학과 교수</p>"
        "<p>■ 필자 약력<br>서울대 경제학과 졸업<br>전 한국노동연구소 연구위원</p></div>"
        "<p>▷필자 소개: 김서윤 교수는 가족정책과 노동시장을 연구해 왔다.</p>"
    )
    pruned = prune_boilerplate(TABLE_STORY + box, ["H"])
    assert "교수" not in pruned and "필자" not in pruned and "연구위원" not in pruned
    assert pruned.count("번째 문단은") == 5
    mentioned = "<p>김서윤 한빛대 경제학과 교수는 이번 조치가 상인들에게 도움이 될 것이라고 말했다.</p>"
    assert "경제학과 교수는" in prune_boilerplate(TABLE_STORY + mentioned, ["H"])


def test_a_note_on_the_writer_marked_as_a_note_is_not_article_text_but_the_columnist_speaking_is() -> None:
    notes = ("※ 필자는 한결대 보건행정학과 교수다.", "*필자는 서울대 행정대학원을 졸업하고 20년간 공직에 몸담았다.")
    for note in notes:
        pruned = prune_boilerplate(TABLE_STORY + f"<p>{note}</p>", ["H"])
        assert "필자는" not in pruned and pruned.count("번째 문단은") == 5, note
    spoken = "<p>필자는 지난해 여름 경북의 한 농촌 마을에서 폭염 피해를 직접 보았다.</p>"
    assert "필자는 지난해" in prune_boilerplate(TABLE_STORY + spoken, ["H"])


def test_a_columnists_byline_or_bio_box_names_the_columnist_not_the_desk() -> None:
    desk = "<meta name='author' content='한결일보 오피니언팀'>"
    byline = "<div class='byline'>홍길동 서울대 교수</div>"
    assert extract(page(head=desk, top=byline))["author"] == "홍길동"
    box = (
        "<div class='writer_box'><p class='name'><strong>김서윤</strong> 한빛대 경제학과 교수</p>"
        "<p>■ 필자 약력<br>서울대 경제학과 졸업<br>전 한국노동연구소 연구위원</p></div>"
    )
    assert extract(page(head=desk, bottom=box))["author"] == "김서윤"


PHOTO_STORY = (
    "낮 최고기온이 29도까지 오른 9일 오후 서울 여의도 한강공원 물놀이장에서 어린이들이 물줄기를 맞으며 "
    "더위를 식히고 있다. 기상청은 주말까지 평년보다 3~5도 높은 더위가 이어지겠다고 내다봤다."
)


def photo_news(photo: str) -> str:
    return (
        "<html lang='ko'><head><title>[포토] 이른 더위에 한강 물놀이장 북적</title></head><body>"
        "<ul class='gnb'><li><a href='/politics'>정치</a></li><li><a href='/photo'>포토</a></li></ul>"
        "<h3>[포토] 이른 더위에 한강 물놀이장 북적</h3>"
        f"<div class='viewBox'><article id='article_txt'>{photo}</article>"
        "<div class='copyright'>ⓒ 세명일보, 무단전재 및 재배포 금지</div></div>"
        "<div class='photoList'><h4>포토뉴스 더보기</h4><ul><li><a href='/v/1'><img src='t.jpg' alt=''>"
        "[포토] 어버이날 카네이션 전달</a></li></ul></div></body></html>"
    )


def test_a_photo_news_pages_caption_is_its_story_wherever_the_caption_stands() -> None:
    for photo in (
        f"<div class='photo_box'><img src='p.jpg' alt=''><p class='caption'>{PHOTO_STORY}</p></div>",
        f"<table class='photo'><tr><td><img src='p.jpg' alt=''></td></tr><tr><td class='imgcaption'>{PHOTO_STORY}"
        "</td></tr></table>",
        f"<figure><img src='p.jpg' alt=''><figcaption>{PHOTO_STORY}</figcaption></figure>",
        f"<div class='photo'><img src='p.jpg' alt=''><p class='caption'>{PHOTO_STORY} 이준호 기자 ljh@x.kr</p></div>",
    ):
        body = extract(photo_news(photo))["body_text"]
        assert body == PHOTO_STORY, photo
    credit_only = "<div class='photo_box'><img src='p.jpg' alt=''><p class='caption'>사진=세명일보 DB</p></div>"
    post, _ = post_from_bytes(photo_news(credit_only).encode(), "https://news.example/a/1", SEOUL)
    assert "사진=세명일보 DB" not in post.body_text


def flash(text: str, marks: str = "itemprop='articleBody'") -> str:
    return (
        "<html lang='ko'><head><title>[속보] 정부, 의대 증원 1509명 확정 - 한빛뉴스</title></head><body>"
        "<ul class='gnb'><li><a href='/society'>사회</a></li><li><a href='/politics'>정치</a></li></ul>"
        "<div class='article-head-title'>[속보] 정부, 의대 증원 1509명 확정</div>"
        "<ul class='infomation'><li>조현우 기자</li><li>입력 2024.05.24 14:02</li></ul>"
        f"<article id='article-view-content-div' {marks}>{text}<p>조현우 기자 hyunwoo@hanbit.example</p></article>"
        "<div class='article-copy'>저작권자 © 한빛뉴스 무단전재 및 재배포 금지</div>"
        "<section class='aside'><h2>많이 본 뉴스</h2><ul><li><a href='/1'>서울 아파트값 10주 연속 상승</a></li>"
        "<li><a href='/2'>프로야구 관중 500만 돌파 눈앞</a></li></ul></section></body></html>"
    )


def test_a_flash_of_one_sentence_is_read_from_the_element_the_page_marks_as_the_article_body() -> None:
    sentence = "정부가 2025학년도 의대 증원 규모를 1509명으로 확정했다."
    for marks in ("itemprop='articleBody'", "class='article_body'"):
        assert extract(flash(f"<p>{sentence}</p>", marks))["body_text"] == sentence, marks
    for photo in (
        "<figure><img src='p.jpg' alt=''><figcaption>사진=한빛뉴스 DB</figcaption></figure>",
        "<div class='photo'><img src='p.jpg' alt=''><p class='caption'>정부세종청사 모습. 사진=한빛뉴스 DB</p></div>",
    ):
        assert extract(flash(photo + f"<p>{sentence}</p>"))["body_text"] == sentence, photo


def test_a_sign_off_with_a_rank_before_the_job_title_or_the_e_mail_in_brackets_names_the_reporter() -> None:
    for signoff in (
        "오세린 객원기자 serin@news.example",
        "오세린 전문기자",
        "오세린 인턴기자 (serin@news.example)",
        "글·사진=오세린 객원기자",
        "오세린 논설위원",
    ):
        post = extract(page(bottom=f"<p>{signoff}</p>"))
        assert post["author"] == "오세린", signoff
        assert "오세린" not in post["body_text"], signoff
    wire = "<meta property='og:description' content='[서울=뉴스원]오세린 객원기자 = 정부가 새 정책을 내놨다.'>"
    assert extract(page(head=wire))["author"] == "오세린"


def test_a_columnists_sign_off_and_an_info_bar_with_a_credit_or_a_rank_name_the_writer() -> None:
    for signoff in ("홍길동 한빛대 교수·경제학", "글=홍길동 한빛대 교수", "홍길동 한빛대 경제학과 교수"):
        post = extract(page(bottom=f"<p>{signoff}</p>"))
        assert post["author"] == "홍길동", signoff
        assert "홍길동" not in post["body_text"], signoff
    for info in (
        "<div class='View_Info'>글 홍길동 객원기자 | 승인 2024.05.09 15:20</div>",
        "<div class='info'><span>홍길동 전문기자</span><span>입력 2024.05.09 15:20</span></div>",
    ):
        assert extract(page(top=info))["author"] == "홍길동", info


SENTENCE = (
    "전주시는 남부시장에 세계 음식 골목을 열고 입점 상인들에게 임대료와 시설 개선비를 2년 동안 지원한다고 9일 밝혔다."
)


def test_a_korean_box_of_links_between_paragraphs_goes_with_its_label_wherever_it_stands() -> None:
    def story(before: int, box: str, after: int) -> str:
        first = "".join(f"<p>{n}번째 문단은 기사의 앞부분이다. {SENTENCE}</p>" for n in range(before))
        last = "".join(f"<p>{n}번째 문단은 기사의 뒷부분이다. {SENTENCE}</p>" for n in range(after))
        return first + box + last

    links = (
        "<li><a href='/1'>서울 아파트값 10주 연속 상승세</a><span>2분 전</span></li>"
        "<li><a href='/2'>프로야구 관중 500만 돌파</a></li>"
    )
    for label in ("많이 본 뉴스", "함께 보면 좋은 뉴스", "연관기사", "관련기사", "[실시간뉴스]", "최신 기사"):
        for before, after in ((0, 10), (2, 8), (5, 5), (7, 3)):
            box = f"<div class='box'><strong>{label}</strong><ul>{links}</ul></div>"
            pruned = prune_boilerplate(story(before, box, after), ["H"])
            assert label not in pruned and "아파트값" not in pruned, (label, before)
            assert pruned.count("앞부분이다") == before and pruned.count("뒷부분이다") == after, (label, before)
    loose = "<p><b>많이 본 뉴스</b></p><p><a href='/1'>서울 아파트값 10주 연속 상승세</a></p>"
    pruned = prune_boilerplate(story(2, loose, 8), ["H"])
    assert "많이 본 뉴스" not in pruned and "아파트값" not in pruned and pruned.count("뒷부분이다") == 8
    at_the_end = prune_boilerplate(
        story(5, f"<div class='box'><strong>많이 본 뉴스</strong><ul>{links}</ul></div>", 0), ["H"]
    )
    assert "아파트값" not in at_the_end and at_the_end.count("앞부분이다") == 5


def test_a_bracketed_kicker_the_visible_headline_shows_before_the_declared_title_stays() -> None:
    def flash_page(title_tag: str, og_title: str) -> str:
        return (
            f"<html lang='ko'><head><title>{title_tag}</title><meta property='og:title' content='{og_title}'></head>"
            f"<body><article><h1>[속보] 한은, 기준금리 동결</h1>{PARAGRAPHS}</article></body></html>"
        )

    assert extract(flash_page("[속보] 한은, 기준금리 동결 - 한결일보", "한은, 기준금리 동결"))["title"] == (
        "[속보] 한은, 기준금리 동결"
    )
    assert extract(flash_page("한은, 기준금리 동결 - 한결일보", "한은, 기준금리 동결 - 한결일보"))["title"] == (
        "[속보] 한은, 기준금리 동결"
    )
    seo = (
        "<html lang='ko'><head><title>한은 기준금리 동결 - 한결일보</title>"
        "<meta property='og:title' content='한은, 기준금리 연 3.50% 동결…11회 연속'></head>"
        f"<body><article><h1>한은, 기준금리 연 3.50% 동결…11회 연속</h1>{PARAGRAPHS}</article></body></html>"
    )
    assert extract(seo)["title"] == "한은, 기준금리 연 3.50% 동결…11회 연속"


def test_a_channels_written_sign_off_names_the_reporter_and_leaves_the_text() -> None:
    head = "<meta property='og:site_name' content='한빛방송'><meta name='author' content='한빛방송'>"
    for signoff in ("한빛방송 윤서아 (seoa@hbtv.example)", "YTV 김하늘 (sky@ytv.example)"):
        text = "<br><br>".join(f"{n}번째 문장입니다. 기상청은 지진해일 가능성이 없다고 했습니다." for n in range(4))
        post = extract(page(head=head, bottom=f"<p>{text}<br><br>{signoff}</p>"))
        name = signoff.split()[1]
        assert post["author"] == name, signoff
        assert name not in post["body_text"] and "@" not in post["body_text"], signoff


def test_a_bracketed_kicker_only_the_title_tag_shows_before_the_declared_title_stays() -> None:
    html = (
        "<html lang='ko'><head><title>[속보] 포항 앞바다서 규모 4.1 지진 | 한빛방송</title>"
        "<meta property='og:title' content='포항 앞바다서 규모 4.1 지진'>"
        "<meta property='og:site_name' content='한빛방송'></head>"
        f"<body><div class='title_wrap'><h2>[속보] 포항 앞바다서 규모 4.1 지진</h2></div>{PARAGRAPHS}</body></html>"
    )
    assert extract(html)["title"] == "[속보] 포항 앞바다서 규모 4.1 지진"


def test_a_flash_is_read_from_a_container_whose_class_calls_it_the_article_text() -> None:
    sentence = "정부가 2025학년도 의대 증원 규모를 1509명으로 확정했다."
    photo = "<div class='photo'><img src='p.jpg' alt=''><p class='caption'>정부세종청사 전경. 한빛뉴스 DB</p></div>"
    for marks in ("class='view_text'", "id='articletxt'", "class='news_content'"):
        html = flash(f"{photo}<p>{sentence}</p>", marks).replace("id='article-view-content-div' ", "")
        assert extract(html)["body_text"] == sentence, marks
    wrapped = flash(f"<div class='art_body'>{photo}<p>{sentence}</p></div>", "class='article_view'")
    assert extract(wrapped.replace("id='article-view-content-div' ", ""))["body_text"] == sentence


def test_a_section_of_readers_comments_with_a_hyphened_class_is_not_article_text() -> None:
    comment = "<li><span>라떼맘</span><p>저희 아기도 이번 주에 돌인데 참고할게요!</p></li>"
    comments = f"<section class='post-Comments post-comments'><ul>{comment}</ul></section>"
    body = extract(page(bottom=comments))["body_text"]
    assert "라떼맘" not in body and "참고할게요" not in body and "청정 전력" in body


def test_every_mark_of_a_reader_place_passes_the_word_check_that_spares_the_others() -> None:
    classes = ["Post-Date", "entry_TIME", "byline", "article-info", "metabar", "breadcrumbs", "Location", "navi"]
    classes += ["path", "cate_news", "media_end_Categorize_item", "blog2_series", "날짜 date", "section-name"]
    for marks in classes:
        assert visible._may_mark_place(marks, visible._CLASS_WORDS) and any(visible._class_kind(marks)), marks
    for marks in ["articleDate", "BREADCRUMB", "post-meta", "timeinfo"]:
        assert visible._may_mark_place(marks, visible._ID_WORDS), marks
    assert visible._class_kind("related-posts sidebar") == (False, False, False, False)
    for marks in ["Author-Name", "BYLINE", "post-writer", "reporter_box", "Journalist", "article-info", "DATE", "meta"]:
        assert visible._may_mark_place(marks, visible._BYLINE_OR_INFO_WORDS), marks


def test_the_opening_of_a_body_has_the_start_of_its_text() -> None:
    """A body long enough by its opening is long enough: the opening's text never outruns the whole text."""
    for fragment in ("x < y and z > w <p class='q'>text</p>" * 80, "<p>a &gt; b</p>" * 300, "no tags " * 400):
        opening = extraction._opening(fragment)
        assert fragment.startswith(opening) and len(opening) <= 2400
        assert extraction._text_length(opening) <= extraction._text_length(fragment)
        whole_text = " ".join(extraction._TAG.sub(" ", fragment).split())
        assert whole_text.startswith(" ".join(extraction._TAG.sub(" ", opening).split()).rsplit(" ", 1)[0])


def test_a_body_has_a_line_of_prose_as_its_text_says_whether_its_paragraphs_are_read_with_a_pattern_or_not() -> None:
    sentence = (
        "정부는 9일 새로운 에너지 정책을 발표했고, 산업통상자원부는 이날 세종청사에서 브리핑을 열어 "
        "2030년까지 청정 전력 비중을 두 배로 늘리는 세부 계획을 설명했다."
    )
    bodies = {
        "<p>홈</p><p>정치</p>": False,
        f"<p>홈</p><p>{sentence}</p>": True,
        f"<div>{sentence}<br>둘째 줄</div>": True,
        "<p>" + "<br>".join(["짧은 줄 하나", "짧은 줄 둘", "짧은 줄 셋", "짧은 줄 넷"] * 3) + ".</p>": False,
        f"<p><a href='/a'>{sentence[:40]}</a>{sentence[40:]}</p>": True,
    }
    for body, expected in bodies.items():
        assert body_module.has_prose_line(body) is expected, body
        assert any(is_prose(line) for line in html_to_text(body).splitlines()) is expected, body


def test_the_innermost_blocks_are_those_without_a_block_inside() -> None:
    root = lxml.html.fromstring(
        "<div><p>a</p><li><p>b</p>c</li><blockquote><ul><li>d<b>e</b></li></ul><h2>f</h2></blockquote><li>g</li></div>"
    )
    expected = [
        e
        for e in root.iter(*boilerplate._LEAF_BLOCKS)
        if not any(True for _ in e.iterdescendants(*boilerplate._LEAF_BLOCKS))
    ]
    assert boilerplate._innermost_blocks(root) == expected
    assert [e.text_content() for e in expected] == ["a", "b", "de", "f", "g"]
    assert boilerplate._innermost_blocks(lxml.html.fromstring("<div>한 줄 속보<br>둘째 줄</div>")) == []


def test_a_print_editions_date_is_not_the_web_publication_time() -> None:
    both = "<div class='info'><span>발행일 2024.05.10</span> <span>등록 2024.05.09 15:20:11</span></div>"
    assert extract(page(top=both))["published"] == "2024-05-09T15:20:11+09:00"
    paper = "<div class='info'><p class='paper'>지면 2024년 5월 10일 A12면</p><p>입력 2024.05.09 15:20</p></div>"
    assert extract(page(top=paper))["published"] == "2024-05-09T15:20:00+09:00"
    only_print = "<div class='info'><span>발행일 2024.05.10</span></div>"
    assert extract(page(top=only_print))["published"] == "2024-05-10T00:00:00+09:00"


def test_a_declared_utc_time_that_is_the_shown_local_time_is_read_in_the_sources_zone() -> None:
    shown = "<div class='info'><span class='date'>입력 2024.05.09 15:20</span></div>"
    mislabelled = "<meta property='article:published_time' content='2024-05-09T15:20:00Z'>"
    assert extract(page(head=mislabelled, top=shown))["published"] == "2024-05-09T15:20:00+09:00"
    true_utc = "<meta property='article:published_time' content='2024-05-09T06:20:00Z'>"
    assert extract(page(head=true_utc, top=shown))["published"] == "2024-05-09T06:20:00+00:00"
    assert extract(page(head=mislabelled))["published"] == "2024-05-09T15:20:00+00:00"
    hashed = "<div class='x1a2'><span class='b3c4'>입력 2024.05.09 15:20</span></div>"  # no class names the place
    assert extract(page(head=mislabelled, top=hashed))["published"] == "2024-05-09T15:20:00+09:00"
    widget = "<meta property='dd:published_time' content='2024-05-09T15:20:00+09:00'>"  # another tag, zoned
    assert extract(page(head=mislabelled + widget))["published"] == "2024-05-09T15:20:00+09:00"


def test_a_time_kept_in_a_data_published_attribute_beats_the_relative_text_shown() -> None:
    stamp = "<span class='time' data-published='2024-05-09T15:20:00+09:00'>3시간 전</span>"
    assert extract(page(top=stamp))["published"] == "2024-05-09T15:20:00+09:00"


def test_an_info_bars_byline_with_a_columnists_or_trainees_title_or_a_dateline_names_the_writer() -> None:
    def bar(name: str) -> str:
        date = "<span class='date'>입력 2024.05.09 15:20</span>"
        return f"<div class='info'><span class='name'>{name}</span>{date}</div>"

    assert extract(page(top=bar("김서윤 논설위원")))["author"] == "김서윤"
    assert extract(page(top=bar("김서윤 수습기자")))["author"] == "김서윤"
    assert extract(page(top=bar("워싱턴=김서윤 특파원")))["author"] == "김서윤"
    assert extract(page(bottom="<p>김서윤 수습기자 ksy@news.example</p>"))["author"] == "김서윤"


def test_a_closing_credit_line_for_a_writer_and_a_photographer_names_both_as_a_byline_would() -> None:
    credit = "글=김서윤 기자, 사진=박준호 기자"
    assert extract(page(bottom=f"<p>{credit}</p>"))["author"] == "김서윤, 박준호"
    assert extract(page(bottom="<p>사진=박준호 기자</p>"))["author"] == ""  # a photo's credit alone


def test_a_romanised_declared_author_gives_way_to_the_hangul_name_the_page_shows() -> None:
    roman = "<meta name='author' content='Kim Seoyun'>"
    assert extract(page(head=roman, top="<div class='byline'>김서윤 기자</div>"))["author"] == "김서윤"
    assert extract(page(head=roman, bottom="<p>김서윤 기자 ksy@news.example</p>"))["author"] == "김서윤"
    assert extract(page(head=roman))["author"] == "Kim Seoyun"


def test_dates_in_other_articles_teasers_before_the_article_are_not_its_date() -> None:
    ranking = (
        "<div class='most_viewed'><ul>"
        "<li><a href='/n/11'>지하철 요금 다음 달부터 150원 오른다</a><span class='date'>2024.05.08 10:00</span></li>"
        "<li><a href='/n/12'>주말 전국에 비…기온은 평년 수준</a><span class='date'>2024.05.08 09:12</span></li>"
        "</ul></div>"
    )
    shown = "<div class='info'><span class='date'>2024.05.09 15:20</span></div>"
    post = extract(page(top=shown).replace("<header>", f"<header>{ranking}"))
    assert post["published"] == "2024-05-09T15:20:00+09:00"
    reporter = (
        "<ul class='info'><li><a href='/reporter/7'>김서윤 기자</a> <span class='date'>2024.05.09 15:20</span></li>"
    )
    reporter += "</ul>"
    assert extract(page(top=reporter))["published"] == "2024-05-09T15:20:00+09:00"
    card = "<a href='/n/13'><strong>지하철 요금 다음 달부터 150원 오른다</strong>"
    card += "<span class='date'>2024.05.08 10:00</span></a>"
    post = extract(page(top=shown).replace("<header>", f"<header>{card}"))
    assert post["published"] == "2024-05-09T15:20:00+09:00"
    permalink = "<a href='/a/1' rel='bookmark'><span class='date'>2024.05.09 15:20</span></a>"
    assert extract(page(top=permalink))["published"] == "2024-05-09T15:20:00+09:00"


def test_the_current_item_of_a_section_menu_names_the_section_whatever_the_class_calls_it() -> None:
    for current in ("on", "active", "selected", "is-active"):
        menu = (
            "<nav id='gnb'><ul><li><a href='/politics'>정치</a></li>"
            f"<li class='{current}'><a href='/society'>사회</a></li><li><a href='/economy'>경제</a></li></ul></nav>"
        )
        assert extract(page().replace("<header>", f"<header>{menu}"))["category"] == "사회", current
    # what the item says to screen readers alone ("선택됨", selected) is not the section's name
    portal = (
        "<div id='lnb'><ul><li><a href='/politics'><span class='tx'>정치</span></a></li><li class='on'>"
        "<a href='/society'><span class='tx'>사회</span> <span class='blind'>선택됨</span></a></li></ul></div>"
    )
    assert extract(page().replace("<header>", f"<header>{portal}"))["category"] == "사회"


def test_a_section_the_title_names_between_the_headline_and_the_site_is_the_category_where_nothing_else_is() -> None:
    site = "<meta property='og:site_name' content='한결일보'>"
    for title in ("정부, 에너지 정책 발표 - 경제 | 한결일보", "정부, 에너지 정책 발표 < 경제 < 기사본문 - 한결일보"):
        assert extract(page(head=site, title=title))["category"] == "경제", title
    assert extract(page(title="정부, 에너지 정책 발표 : 에너지 : 경제 : 뉴스 : 한결일보"))["category"] == "에너지"
    slug = "<meta property='article:section' content='economy'>"
    assert extract(page(head=slug, title="정부, 에너지 정책 발표 - 경제 | 한결일보"))["category"] == "경제"
    assert extract(page(title="정부, 에너지 정책 발표 - 한결일보"))["category"] == ""
    assert extract(page(title="정부, 에너지 정책 발표 | 한결일보 | 세상을 밝히는 신문"))["category"] == ""


def test_dates_given_as_a_definition_list_of_labels_and_times_are_read_with_their_labels() -> None:
    listed = "<dl class='info'><dt>수정</dt><dd>2024.05.10 08:00</dd><dt>입력</dt><dd>2024.05.09 15:20</dd></dl>"
    post = extract(page(top=listed))
    assert post["published"] == "2024-05-09T15:20:00+09:00"
    assert post["modified"] == "2024-05-10T08:00:00+09:00"


def test_a_reporter_card_giving_the_desk_after_the_name_names_the_reporter() -> None:
    card = "<div class='reporter_box'><strong class='name'>김서윤</strong> <span class='part'>사회부</span></div>"
    assert extract(page(bottom=card))["author"] == "김서윤"
    assert extract(page(bottom="<p>/김서윤 기자 ksy@news.example</p>"))["author"] == "김서윤"


def test_an_info_bars_byline_may_run_on_into_an_email_or_follow_a_label() -> None:
    def bar(byline: str) -> str:
        date = "<span class='date'>입력 2024.05.09 15:20</span>"
        return f"<div class='info'><span class='name'>{byline}</span>{date}</div>"

    assert extract(page(top=bar("김서윤 기자 ksy@news.example")))["author"] == "김서윤"
    assert extract(page(top=bar("기자명 김서윤 기자")))["author"] == "김서윤"
    assert extract(page(top=bar("기자명 : 김서윤")))["author"] == "김서윤"
    assert extract(page(top=bar("조회수 1,204")))["author"] == ""


def test_an_info_bars_bare_name_after_a_person_icon_is_the_byline() -> None:
    def bar(item: str) -> str:
        return f"<ul class='infomation'><li>{item}</li><li><i class='icon-clock-o'></i> 입력 2024.05.09 15:20</li></ul>"

    assert extract(page(top=bar("<i class='icon-user-o'></i> 김서윤")))["author"] == "김서윤"
    assert extract(page(top=bar("<span class='fa fa-user'></span>김서윤")))["author"] == "김서윤"
    assert extract(page(top=bar("김서윤")))["author"] == ""  # a word alone may be anything: a section, a place
    assert extract(page(top=bar("<i class='icon-eye'></i> 김서윤")))["author"] == ""
    assert extract(page(top=bar("<i class='icon-user-o'></i> 사회부장 칼럼 모음")))["author"] == ""


def test_a_sign_off_may_follow_a_desk_name_a_senior_writer_or_come_one_line_per_reporter() -> None:
    for closing, names in [
        ("<p>사회부 김서윤 기자</p>", "김서윤"),
        ("<p>김서윤 대기자 ksy@news.example</p>", "김서윤"),
        ("<p>김서윤 기자 ksy@news.example</p><p>박준호 기자 pjh@news.example</p>", "김서윤, 박준호"),
        ("<p>온라인뉴스팀</p>", ""),
    ]:
        post = extract(page(bottom=closing))
        assert post["author"] == names, closing
        assert "기자" not in html_to_text(post["body_html"]), closing  # the sign-off is not article text


def test_a_magazines_editor_credit_names_the_editor() -> None:
    assert extract(page(top="<div class='byline'>에디터 김서윤</div>"))["author"] == "김서윤"


def test_a_labelled_date_beside_the_reporters_link_in_a_list_item_is_the_articles() -> None:
    info = (
        "<ul class='art_top'><li><a href='mailto:ksy@news.example'>김서윤 기자 ksy@news.example</a> "
        "<span class='date'>입력 2024.05.09 15:20</span></li></ul>"
    )
    assert extract(page(top=info))["published"] == "2024-05-09T15:20:00+09:00"


def test_a_declared_day_without_a_time_takes_the_time_the_page_shows_that_day() -> None:
    shown = "<div class='info'><span class='date'>입력 2024.05.09 15:20</span></div>"
    day = "<meta property='article:published_time' content='2024-05-09'>"
    assert extract(page(head=day, top=shown))["published"] == "2024-05-09T15:20:00+09:00"
    midnight = "<meta property='article:published_time' content='2024-05-09T00:00:00+09:00'>"
    assert extract(page(head=midnight, top=shown))["published"] == "2024-05-09T00:00:00+09:00"
    other_day = "<div class='info'><span class='date'>입력 2024.05.08 15:20</span></div>"
    assert extract(page(head=day, top=other_day))["published"] == "2024-05-09T00:00:00+09:00"


def test_a_declared_section_in_latin_letters_or_the_sites_name_gives_way_to_the_korean_menus_current_item() -> None:
    menu = (
        "<nav id='gnb'><ul><li><a href='/politics'>정치</a></li><li class='on'><a href='/society'>사회</a></li>"
        "</ul></nav>"
    )
    for declared in ("Society", "S1N3", "한결일보"):
        site = "<meta property='og:site_name' content='한결일보'>"
        head = f"{site}<meta property='article:section' content='{declared}'>"
        assert extract(page(head=head).replace("<header>", f"<header>{menu}"))["category"] == "사회", declared


def test_a_declared_section_code_or_slug_is_named_by_the_pages_link_to_that_section() -> None:
    """A CMS's section code ("S1N4") or a slug the page's menu marks no current item for: the page's own link to
    that section's list names it, as a link with the code in its query or the slug as its path."""
    menu = (
        "<nav><a href='/'>HOME</a><a href='/list.html?sc_section_code=S1N1&view=sm'>연예</a>"
        "<a href='/list.html?sc_section_code=S1N4&view=sm'>전체</a><a href='/list.html?sc_section_code=S1N4'>스포츠</a>"
        "<a href='/list.html?sc_section_code=S1N44'>골프</a><a href='/society/'>사회</a></nav>"
    )
    for declared, shown in (("S1N4", "스포츠"), ("s1n1", "연예"), ("society", "사회"), ("S1N9", "S1N9")):
        head = f"<meta property='article:section' content='{declared}'>"
        assert extract(page(head=head).replace("<header>", f"<header>{menu}"))["category"] == shown, declared


def test_a_date_labelled_as_the_publication_beats_an_unlabelled_one_before_it() -> None:
    today = "<div class='today_date'>2024년 5월 10일 금요일</div>"
    shown = "<div class='info'><span class='date'>입력 2024.05.09 15:20</span></div>"
    assert extract(page(top=shown).replace("<header>", f"<header>{today}"))["published"] == "2024-05-09T15:20:00+09:00"


def test_an_info_bars_byline_split_over_elements_is_read_whole() -> None:
    name = "<span class='name'><strong>김서윤</strong> 기자</span>"
    bar = f"<div class='info'>{name}<span>입력 2024.05.09 15:20</span></div>"
    assert extract(page(top=bar))["author"] == "김서윤"


def test_a_press_or_channel_named_in_latin_letters_before_the_reporter_is_not_part_of_the_name() -> None:
    assert extract(page(top="<div class='byline'>HBN 김서윤 기자</div>"))["author"] == "김서윤"
    assert extract(page(head="<meta name='author' content='NEWS9 김서윤 기자'>"))["author"] == "김서윤"


def test_a_data_published_flag_that_is_not_a_date_does_not_hide_the_time_marked_after_it() -> None:
    flag = "<div class='wrap' data-published='true'>"
    stamp = "<span class='date' data-date-time='2024-05-09 15:20:31'>2024.05.09. 오후 3:20</span>"
    assert extract(page(top=f"{flag}</div>{stamp}"))["published"] == "2024-05-09T15:20:31+09:00"


def test_a_heading_that_is_a_link_stays_where_a_section_of_prose_follows_it() -> None:
    sections = "".join(
        f"<h3>{n}) <a href='/reviews/{n}'><em>Film number {n}</em></a></h3><p>Film number {n} follows a family "
        f"through one long summer in the year {2000 + n}, and it is funny and sad by turns; the director's "
        f"{n}th film is the best work of a career that began with short documentaries about farm life. It "
        "is streaming now, and worth a second viewing.</p>"
        for n in (3, 2, 1)
    )
    anchored = (
        "<h3 id='use-median'><a class='toclink' href='#use-median'>Use Median</a></h3>"
        "<p>A median is robust: extreme values hardly move it at all.</p>"
    )
    teasers = "<h3><a href='/other'>Another story on the site</a></h3><h3><a href='/more'>And one more</a></h3>"
    dek = "<h3><a href='/third'>A third story</a></h3><p>Its dek, a sentence that sums the story up for readers.</p>"
    pruned = prune_boilerplate(STORY + sections + anchored + teasers + dek, ["Headline"])
    assert all(f"{n}) <a href='/reviews/{n}'>" in pruned.replace('"', "'") for n in (3, 2, 1))
    assert "Use Median" in pruned
    assert "Another story" not in pruned and "one more" not in pruned and "A third story" not in pruned


def test_an_item_of_a_list_of_sentences_stays_though_its_words_are_mostly_a_link() -> None:
    notes = (
        "<ul><li>The team <a href='/docs'>landed some great documentation</a> for the new marker API, with "
        "examples for each kind of marker and a guide to choosing one.</li>"
        "<li>Jo has <a href='/bug/1'>a patch to move the data map off the old file API</a></li>"
        "<li>Sam <a href='/bug/2'>made the toolbar start later in the startup window</a></li>"
        "<li>The profiler now records hangs on the main thread, which the dashboard shows by frame.</li>"
        "<li><a href='/deal'><strong>Get the new release now</strong></a></li></ul>"
    )
    teasers = (
        "<ul><li><strong>Health:</strong> <a href='/a'>What the first signs of the illness are</a></li>"
        "<li><strong>Diet:</strong> <a href='/b'>Why coffee is good for the gut, say experts</a></li>"
        "<li><strong>A study, published this week by a team of doctors:</strong> <a href='/c'>Fat</a></li></ul>"
    )
    pruned = prune_boilerplate(STORY + STORY.replace("Paragraph", "Part") + notes + teasers, ["Headline"])
    assert "a patch to move the data map" in pruned and "made the toolbar start later" in pruned
    assert "first signs" not in pruned and "coffee" not in pruned and "Get the new release" not in pruned


def test_a_paragraph_the_page_writes_twice_in_a_row_is_read_twice() -> None:
    said = (
        "The council met on Tuesday and voted to keep the library open on Sundays, after a long debate about "
        "the budget for the coming year."
    )
    other = (
        "<p>The mayor said the vote showed what the town cares about, and thanked the librarians for their work.</p>"
    )
    html = (
        "<html><head><title>Library stays open</title></head><body><article><h1>Library stays open</h1>"
        f"<p>{said}</p><p>{said}</p>{other}<div>{said}</div>\n<div>{said}</div>{other.replace('mayor', 'clerk')}"
        f"<p class='mobile'>{other[3:-4]}</p><p class='desktop'>{other[3:-4]}</p></article></body></html>"
    )
    text = extract(html, ANYWHERE)["body_text"]
    assert text.count("voted to keep the library open") == 4
    assert text.count("The mayor said") == 2  # a copy for another screen, written differently, is not read twice


def test_the_authors_name_alone_on_a_line_at_the_edge_of_the_body_is_the_byline() -> None:
    def pruned(body: str, author: str) -> str:
        return html_to_text(prune_boilerplate(body, ["Headline"], author=author))

    assert "Jane Doe" not in pruned("<p>Jane Doe</p>" + STORY, "Jane Doe")
    assert "Sebusi" not in pruned(
        "<p>…as villagers cry foul</p><p>Mathatisi Sebusi/Mohale Phakela</p>" + STORY,
        "Mathatisi Sebusi, Mohale Phakela",
    )
    assert "ANNA KIM" not in pruned(STORY + "<p>ANNA KIM</p>", "Anna Kim")
    middle = STORY + "<p>Jane Doe</p><p>Asked about the plan, she said it would take a year to build.</p>" + STORY
    assert "Jane Doe" in pruned(middle, "Jane Doe")  # a speaker's name before her answer, inside the text


def test_a_labelled_list_of_the_articles_topics_is_not_article_text_wherever_it_stands() -> None:
    tags = "<p>Topics: uber, libertarians, Editor's Picks, sharing economy, Technology News</p>"
    kept = "<p>Topics: the council discussed the budget, the schools and the roads.</p>"
    pruned = prune_boilerplate("<p>A dek that sums the story up.</p>" + tags + STORY + kept, ["Headline"])
    assert "libertarians" not in pruned and "the council discussed" in pruned


def test_a_list_of_linked_headlines_credited_with_reporters_or_days_is_not_article_text_wherever_it_stands() -> None:
    first, rest = TABLE_STORY.split("</p>", 1)
    teasers = (
        "<ul><li><a href='/article/2'>주택담보대출 금리 석 달째 하락…변동금리 3%대</a> 김서윤 기자</li>"
        "<li><a href='/article/3'>전세가율 다시 오름세…갭투자 늘어날까</a> 2024.06.30</li></ul>"
    )
    pruned = prune_boilerplate(f"{first}</p>{teasers}{rest}", ["H"])
    assert "주택담보대출" not in pruned and "전세가율" not in pruned and pruned.count("번째 문단은") == 5
    shopping = (
        "<ul><li><a href='/p/1'>무선 이어폰 한빛 에어 2세대</a> 19만 9천 원</li>"
        "<li><a href='/p/2'>한빛 노이즈캔슬링 헤드폰</a> 29만 원</li></ul>"
    )
    one = "<ul><li><a href='/article/2'>주택담보대출 금리 석 달째 하락</a> 김서윤 기자</li></ul>"
    for kept, word in ((shopping, "노이즈캔슬링"), (one, "주택담보대출")):  # what each costs; a single item
        assert word in prune_boilerplate(f"{first}</p>{kept}{rest}", ["H"]), kept
    kicked = (
        "<h3>Exklusive Hintergründe – für Sie recherchiert</h3><ul>"
        "<li><strong>„Über manches irritiert“: </strong><a href='/a/2'>Klingbeil greift Klöckner an</a></li>"
        "<li><strong>KI in der Schule? </strong><a href='/a/3'>Digitalminister: „Werden die KI behalten“</a></li>"
        "</ul>"
    )
    pruned = prune_boilerplate(f"{first}</p>{kicked}{rest}", ["H"])  # with a kicker before each, and its heading
    assert "Klingbeil" not in pruned and "Digitalminister" not in pruned and "Hintergründe" not in pruned
    assert pruned.count("번째 문단은") == 5
    glossary = (
        "<ul><li><strong>Quelle:</strong> <a href='/a/2'>Bericht des Rechnungshofs 2024</a> und eigene "
        "Berechnungen</li><li><strong>Daten:</strong> <a href='/a/3'>Statistisches Landesamt</a></li></ul>"
    )
    assert "Rechnungshofs" in prune_boilerplate(f"{first}</p>{glossary}{rest}", ["H"])  # words after a link


def test_photo_credits_and_captions_written_as_lines_of_the_text_are_not_article_text() -> None:
    credits = [
        "<p>(사진=연합뉴스)</p>",
        "<p>[사진 = 한결시 제공]</p>",
        "<p>[연합뉴스 자료사진]</p>",
        "<p>[사진]한결스포츠 DB</p>",
        "<p>[사진] 전주시 제공</p>",
        "<p>남부시장 세계 음식 골목의 모습 /사진=한결일보 DB</p>",
        "<p>▲ 12일 남부시장을 찾은 시민들이 음식을 고르고 있다. (사진=전주시 제공)</p>",
        "<p>12일 남부시장을 찾은 시민들이 음식을 고르고 있다. [전주시 제공. 재판매 및 DB 금지]</p>",
        "<p>한빛 선발 한서준이 9일 대구 경기에서 역투하고 있다. 사진=한빛스포츠 DB</p>",
        "<p>서울 시내 한 공영주차장의 전기차 급속충전기. 한결일보 자료사진</p>",
    ]
    for credit in credits:
        first, rest = TABLE_STORY.split("</p>", 1)
        pruned = prune_boilerplate(f"{first}</p>{credit}{rest}", ["H"])
        assert "사진" not in pruned and "제공" not in pruned, credit
        assert pruned.count("번째 문단은") == 5
    for prose in (
        "<p>시는 음식 골목의 사진을 찍어 올리는 시민에게 상품권을 준다. (사진=전주시 제공)은 시가 만든 말이다.</p>",
        "<p>시는 이날 공개한 자료사진 가운데 일부를 누리집에 올렸다. 사진=라는 표기는 쓰지 않는다.</p>",
    ):
        assert "시는" in prune_boilerplate(TABLE_STORY + prose, ["H"]), prose
    for long_prose in (
        "<p>전주시는 12일 남부시장에 세계 음식 골목을 열고 상인 40여 명에게 조리 교육과 위생 점검을 지원했다. "
        "시는 올해 안에 골목을 두 곳 더 만들 계획이라고 밝혔다. (사진=전주시 제공)</p>",
        "<p>전북 전주시는 12일 완산구 남부시장에 세계 음식 골목을 열고 입점 상인 40여 명에게 조리 교육과 위생 점검, "
        "간판 교체 비용을 지원했으며 올해 안에 골목을 두 곳 더 만들 계획이라고 밝혔다. (사진=전주시 제공)</p>",
    ):
        assert "두 곳 더" in prune_boilerplate(TABLE_STORY + long_prose, ["H"])


def test_a_transcripts_sign_off_credits_and_tip_lines_closing_a_text_of_line_breaks_are_not_article_text() -> None:
    text = "<br><br>".join(
        f"{n}번째 문단은 방송 리포트의 본문입니다. 전주시는 상인들을 지원한다고 밝혔습니다." for n in range(1, 6)
    )
    endings = [
        "<br><br>MBS뉴스 박은혜입니다.<br><br>영상취재: 김철민 / 영상편집: 이수진<br><br>"
        "MBS 뉴스는 24시간 여러분의 제보를 기다립니다.<br><br>▷ 전화 02-784-0000<br><br>"
        "▷ 이메일 jebo@mbs.example<br><br>▷ 카카오톡 @mbs제보",
        "<br><br>한빛뉴스TV 박은혜입니다. (eunhye@hanbit.example)<br><br>#전주시 #남부시장",
        "<br><br>HBN뉴스 박은혜입니다. [eunhye@hbn.example]",
        "<br><br>한빛TV 박은혜입니다.<br><br>※ '당신의 제보가 뉴스가 됩니다'<br>[카카오톡] HBN 검색해 채널 추가<br>"
        "[전화] 02-784-0000<br>[메일] jebo@hbn.example",
        # a portal's copy, a paragraph a line: the sign-off from where she stands, two credits, the written sign-off,
        # the tip appeal's four lines and the copyright
        "".join(
            f"<p>{line}</p>"
            for line in (
                "지금까지 전주 남부시장에서 HBN 박은혜입니다.",
                "영상기자 : 김철민 이수진",
                "영상편집 : 이정욱",
                "HBN 박은혜 (eunhye@hbn.example)",
                "※ '당신의 제보가 뉴스가 됩니다'",
                "[카카오톡] HBN 검색해 채널 추가",
                "[전화] 02-784-0000",
                "[메일] jebo@hbn.example",
                "[저작권자(c) HBN 무단전재, 재배포 및 AI 데이터 활용 금지]",
            )
        ),
    ]
    for end in endings:
        pruned = prune_boilerplate(f"<div>{text}{end}</div>", ["H"])
        assert "박은혜" not in pruned and "02-784" not in pruned and "#전주시" not in pruned, end
        assert "카카오톡" not in pruned and "제보" not in pruned and "영상" not in pruned, end
        assert "무단전재" not in pruned, end
        assert pruned.count("번째 문단은") == 5
    inquiry = "<br><br>▷ 문의 063-000-0000<br><br>▷ 전화 063-000-0001"
    assert "063-000-0001" in prune_boilerplate(f"<div>{text}{inquiry}</div>", ["H"])


def test_an_ai_summary_box_above_the_text_and_a_box_of_news_to_see_together_are_not_article_text() -> None:
    summaries = [
        "<div class='ai-sum'><strong>AI 요약</strong><ul><li>남부시장에 세계 음식 골목</li><li>상인 지원</li></ul>"
        "<p>AI가 기사를 요약한 것으로 정확하지 않을 수 있습니다.</p></div>",
        "<p><b>세줄요약</b></p><ul><li>남부시장에 세계 음식 골목</li><li>상인 지원</li></ul>",
        "<p>AI 요약</p><ul><li>남부시장에 세계 음식 골목</li><li>상인 지원</li></ul><p>AI가 요약한 내용입니다.</p>",
    ]
    for summary in summaries:
        pruned = prune_boilerplate(summary + TABLE_STORY, ["H"])
        assert "요약" not in pruned and "음식 골목</li>" not in pruned and "상인 지원" not in pruned, summary
        assert pruned.count("번째 문단은") == 5
    # a short article written with <br>s after the box, in the same container: the box goes, not the article
    lines = "<br><br>".join(["전주시는 남부시장에 세계 음식 골목을 열고 상인들을 지원한다고 밝혔다."] * 4)
    short = f"<div><div><p><strong>AI 요약</strong>남부시장에 세계 음식 골목</p></div>{lines}</div>"
    assert prune_boilerplate(short, ["H"]).count("상인들을 지원한다고") == 4
    first, rest = TABLE_STORY.split("</p>", 1)
    box = "<div><h3>함께 볼만한 뉴스</h3><ul><li><a href='/1'>전주 한옥마을 야시장 개장</a></li></ul></div>"
    pruned = prune_boilerplate(f"{first}</p>{box}{rest}", ["H"])
    assert "함께 볼만한" not in pruned and "야시장" not in pruned and pruned.count("번째 문단은") == 5


def test_the_reporters_line_with_its_buttons_and_portal_promotions_after_the_copyright_are_not_article_text() -> None:
    for end in ("<p>박은혜 기자 구독</p>", "<p>박은혜 기자 기자의 다른 기사</p>", "<p>박은혜 기자 + 구독</p>"):
        pruned = prune_boilerplate(TABLE_STORY + end, ["H"])
        assert "박은혜" not in pruned and "구독" not in pruned and "다른 기사" not in pruned, end
    text = "<br><br>".join(f"{n}번째 문단은 기사의 본문이다. 전주시는 상인들을 지원한다고 밝혔다." for n in range(1, 6))
    end = (
        "<br><br>ⓒ 한결일보, 무단 전재 및 재배포 금지<br><a href='https://portal.example/press/1'>"
        "▶ 네이버 메인에서 한결일보를 만나보세요!</a><br><a href='/money'>▶ 돈 되는 경제 뉴스는 여기서</a>"
    )
    pruned = prune_boilerplate(f"<div>{text}{end}</div>", ["H"])
    assert "무단" not in pruned and "네이버 메인" not in pruned and "돈 되는" not in pruned
    assert pruned.count("번째 문단은") == 5
    box = "<p>© 한결일보 &amp; 한결닷컴, 무단 전재 및 재배포 금지</p><p><strong>Today`s HOT</strong></p>"
    pruned = prune_boilerplate(TABLE_STORY + box, ["H"])  # a sidebar box's title, its photos written by a script
    assert "무단" not in pruned and "HOT" not in pruned and pruned.count("번째 문단은") == 5
    told = "<p>ⓒ 한결일보</p><p>이 기사는 독자의 제보로 시작됐다.</p>"
    assert "제보로 시작됐다" in prune_boilerplate(TABLE_STORY + told, ["H"])  # a sentence after it stays
    paragraphs = "<p>▷ 전화 02-784-0000</p><p>▷ 이메일 jebo@mbs.example</p><p>▷ 카카오톡 @mbs제보</p>"
    pruned = prune_boilerplate(TABLE_STORY + paragraphs, ["H"])
    assert "02-784" not in pruned and "jebo@" not in pruned and "카카오톡" not in pruned


def test_a_caption_after_the_block_wrapping_its_image_and_a_portals_reaction_row_are_not_article_text() -> None:
    photo = (
        "<span class='end_photo_org'><div class='nbd_im_w'><div class='nbd_a'><img src='/p.jpg'></div></div>"
        "<em class='img_desc'>세종청사에서 열린 브리핑 모습. 한결일보 자료사진</em></span>"
    )
    reactions = "<div class='u_likeit'><span>쏠쏠정보 0</span><span>흥미진진 0</span><span>후속강추 0</span></div>"
    body = extract(page(top=photo, bottom=reactions))["body_text"]
    assert "브리핑 모습" not in body and "청정 전력" in body and "쏠쏠정보" not in body


def test_a_wire_photos_caption_closed_by_its_date_and_credit_is_not_article_text() -> None:
    captions = [
        "<p>[서울=한결통신] 김도윤 기자 = 12일 전주 남부시장에서 시민들이 음식을 고르고 있다. "
        "2024.05.12. doyun@hg.example</p>",
        "<p>(전주=한빛통신) 김도윤 기자 = 12일 전주 남부시장의 세계 음식 골목. 2024.5.12 [한빛통신 자료사진]</p>",
        "<p>(전주=한빛통신) 12일 전주 남부시장의 세계 음식 골목. 2024.5.12 [전주시 제공. 재판매 및 DB 금지] "
        "photo@hb.example</p>",
    ]
    for caption in captions:
        first, rest = TABLE_STORY.split("</p>", 1)
        pruned = prune_boilerplate(f"{first}</p>{caption}{rest}", ["H"])
        assert "김도윤" not in pruned and "음식 골목." not in pruned and "고르고" not in pruned, caption
        assert pruned.count("번째 문단은") == 5
    prose = "<p>시장 개장일은 2024.05.12. 문의는 market@jeonju.example</p>"
    assert "개장일" in prune_boilerplate(TABLE_STORY + prose, ["H"])


def test_a_transcripts_anchor_and_report_markers_and_credits_without_colons_are_not_article_text() -> None:
    text = "<br><br>".join(
        f"{n}번째 문단은 방송 리포트의 본문입니다. 전주시는 상인들을 지원한다고 밝혔습니다." for n in (2, 3, 4)
    )
    credit_lines = ("영상취재 김철민·영상편집 이수진", "[영상취재 김철민 이학진 조용희 영상편집 이수진]")
    markers = (("[앵커]", "[기자]"), ("◀ 앵커 ▶", "◀ 리포트 ▶"), ("&lt;앵커&gt;", "&lt;기자&gt;"))
    for (anchor, report), credit in itertools.product(markers, credit_lines):
        transcript = f"{anchor}<br>1번째 문단은 앵커의 말입니다. 전주시가 나섰습니다.<br><br>{report}<br>{text}"
        credits = f"<br><br>{credit}"
        pruned = html_to_text(prune_boilerplate(f"<div>{transcript}{credits}</div>", ["H"]))
        assert "앵커]" not in pruned and "앵커 ▶" not in pruned and "<앵커>" not in pruned, anchor
        assert "기자" not in pruned and "리포트 ▶" not in pruned and "영상" not in pruned, anchor
        assert pruned.count("번째 문단은") == 4
        pruned = html_to_text(prune_boilerplate(f"<p>{anchor}</p>{TABLE_STORY}<p>{report}</p>{TABLE_STORY}", ["H"]))
        assert "앵커" not in pruned and pruned.count("번째 문단은") == 10


def test_a_triangle_caption_under_a_paragraph_holding_only_its_image_is_not_article_text() -> None:
    photo = "<p style='text-align:center'><img src='/p.jpg'></p><p>▲ 9일 세종청사에서 열린 브리핑 모습.</p>"
    body = extract(page(top=photo))["body_text"]
    assert "브리핑 모습" not in body and "청정 전력" in body
    points = "<p>▲ 청정 전력 두 배 ▲ 세부 계획 다음 달 발표</p>"
    assert "세부 계획 다음 달" in extract(page(top=points))["body_text"]


def test_a_triangle_caption_on_the_line_after_its_image_in_a_text_of_line_breaks_is_not_article_text() -> None:
    paragraphs = PARAGRAPHS.replace("<p>", "").replace("</p>", "<br><br>")
    for photo in ("<img src='/p.jpg'><br>", "<img src='/p.jpg'>", "<img src='/p.jpg'><br><br>"):
        text = f"<div class='view_text'>{photo}▲ 9일 세종청사에서 열린 브리핑 모습.<br><br>{paragraphs}</div>"
        body = extract(page(top=text))["body_text"]
        assert "브리핑 모습" not in body and "청정 전력" in body, photo


def test_a_caption_laid_out_as_a_table_inside_its_figcaption_is_not_article_text() -> None:
    lines = [p.removeprefix("<p>") for p in PARAGRAPHS.split("</p>") if p]
    figure = (
        "<figure class='image' style='float:right'><img alt='정부, 에너지 정책 발표' src='/p.jpg' width='300'>"
        "<figcaption><table width=320><tr><td align='left'>▲ 정부가 9일 새로운 에너지 정책을 발표했다.</td></tr>"
        "</table></figcaption></figure>"
    )
    rest = "<br /><br />".join(lines[1:])
    text = f"<div class='detail_editor'><div>{lines[0]}<br />&nbsp;{figure}<br />{rest}</div></div>"
    body = extract(page().replace(PARAGRAPHS, text))["body_text"]
    assert "▲" not in body and all(line in body for line in lines[1:])


def test_a_text_written_only_with_line_breaks_is_read_paragraph_by_paragraph() -> None:
    """An older CMS's article: text between blank lines in one container, no image or block beside it."""
    lines = [p.removeprefix("<p>") for p in PARAGRAPHS.split("</p>") if p]
    captions = ["▲ 9일 세종청사에서 열린 브리핑 모습. (사진=산업통상자원부 제공)", "[연합뉴스 자료사진]"]
    text = "<br><br>".join([lines[0], captions[0], lines[1], captions[1], lines[2]])
    html = page().replace(PARAGRAPHS, f"<div class='view_text'>{text}</div>")
    post = extract(html)
    assert "브리핑 모습" not in post["body_text"] and "자료사진" not in post["body_text"]
    assert post["body_html"].count("<p>") == 3 and "세부 계획을 내놓는다." in post["body_text"]
    subhead = "<br><br>".join([lines[0], lines[1], "<b>◆세부 계획은 다음 달</b>", lines[2]])
    unmarked = page().replace("article>", "div>")  # no <article> around it: the extractor drops such a line
    post = extract(unmarked.replace(PARAGRAPHS, f"<div class='q7'>{subhead}</div>"))
    assert "◆세부 계획은 다음 달" in post["body_text"] and "세부 계획을 내놓는다." in post["body_text"]
    # an editor's spans, then a photo and paragraphs: the extractor took the paragraphs only
    spans = f"<div class='c1'><div class='c2'><span>{lines[0]}</span><br><br><span>\u200b</span><br><br></div></div>"
    photo = "<div class='c3'><div class='c4'><a href='#'><img src='/p.jpg'></a></div></div>"
    rest = f"<div class='c1'><div class='c2'><p>{lines[1]}</p><p>{lines[2]}</p></div></div>"
    post = extract(unmarked.replace(PARAGRAPHS, f"<div class='q7'>{spans}{photo}{rest}</div>"))
    assert all(line in post["body_text"] for line in lines)


def test_a_triangle_caption_in_the_row_under_a_photo_tables_image_is_not_article_text() -> None:
    photo = (
        "<table class='photo_table' align='center'><tr><td align='center'><img src='/p.jpg'></td></tr>"
        "<tr><td class='txt'>▲ 9일 세종청사에서 열린 브리핑 모습.</td></tr></table>"
    )
    body = extract(page(top=photo))["body_text"]
    assert "브리핑 모습" not in body and "청정 전력" in body
    points = "<table><tr><td>점검 항목</td></tr><tr><td>▲ 청정 전력 두 배 ▲ 세부 계획 다음 달 발표</td></tr></table>"
    assert "세부 계획 다음 달" in extract(page(top=points))["body_text"]


def test_one_hashtag_closing_the_text_is_the_articles_tag_not_its_text() -> None:
    for end in ("<p>#반도체</p>", "<p>업계는 수요 회복을 기대한다.<br><br>#반도체</p>"):
        body = extract(page(bottom=end))["body_text"]
        assert "#반도체" not in body and "세부 계획을 내놓는다." in body, end
    assert "#1" in extract(page(bottom="<p>#1</p>"))["body_text"]


def test_a_note_on_where_the_story_ran_first_is_not_article_text_but_one_on_how_it_was_made_is() -> None:
    for note in (
        "[이 기사는 한결일보 5월 10일자 지면에 게재된 기사입니다]",
        "※ 본 기사는 한결경제의 유료콘텐츠 '한결 프리미엄'에 2024년 5월 9일 게재된 기사입니다.",
        "이 기사는 2024년 05월 09일 09시 30분 프리미엄 정보 서비스 '한결마켓'에 출고됐습니다.",
    ):
        for where in ("top", "bottom"):
            body = extract(page(**{where: f"<p>{note}</p>"}))["body_text"]
            assert "기사는" not in body and "정부는 9일" in body and "세부 계획을 내놓는다." in body, (note, where)
    made = "※ 이 기사는 한국언론진흥재단의 지원을 받아 작성됐습니다."
    assert made in extract(page(bottom=f"<p>{made}</p>"))["body_text"]
    # the note as the first line of a text written with <br>s
    first = "이 기사는 2024년 05월 09일 09시 30분 프리미엄 정보 서비스 '한결마켓'에 출고됐습니다."
    lines = "<br><br>".join(["전주시는 남부시장에 세계 음식 골목을 열고 상인들을 지원한다고 밝혔다."] * 4)
    body = extract(page(top=f"<div class='x1'>{first}<br><br>{lines}</div>"))["body_text"]
    assert "출고됐습니다" not in body and body.count("상인들을 지원한다고") == 4 and "세부 계획을 내놓는다." in body


def test_a_tools_row_above_or_below_the_text_is_not_article_text() -> None:
    rows = (
        "<p class='util'>인쇄하기 | 메일보내기 | 스크랩 | 글자크기 + -</p>",
        "<p>인쇄 · 이메일 · 공유하기 · 글자크기 가 가</p>",
    )
    for row in rows:
        body = extract(page(top=row, bottom=row))["body_text"]
        assert "인쇄" not in body and "글자크기" not in body, row
        assert body.startswith("정부는 9일") and body.endswith("세부 계획을 내놓는다."), row
    told = "<p>인쇄하기 버튼과 메일보내기 기능을 없앴다.</p>"
    assert "메일보내기 기능" in extract(page(bottom=told))["body_text"]


def test_a_columns_label_shown_alone_above_the_headline_is_not_the_title_but_a_news_kicker_is() -> None:
    def column(label: str) -> str:
        head = f"<meta property='og:title' content='{label} 정부, 에너지 정책 발표'>"
        shown = f"<article><p class='column_name'><a href='/series/1'>{label}</a></p><h1>"
        return page(head=head, title=f"{label} 정부, 에너지 정책 발표 - 한결일보").replace("<article><h1>", shown)

    assert extract(column("[김서윤의 눈]"))["title"] == "정부, 에너지 정책 발표"
    assert extract(column("[단독]"))["title"] == "[단독] 정부, 에너지 정책 발표"
    unshown = page(head="<meta property='og:title' content='[김서윤의 눈] 정부, 에너지 정책 발표'>")
    assert extract(unshown)["title"] == "[김서윤의 눈] 정부, 에너지 정책 발표"


def test_a_wires_resale_notice_a_korean_tags_line_and_portal_subscription_promotions_are_not_article_text() -> None:
    for end in (
        "<p>◎공감언론 한결통신 doyun@hg.example</p><p>*재판매 및 DB 금지</p>",
        "<p>키워드 : 남부시장, 세계 음식 골목</p>",
        "<p>네이버에서 한결일보를 구독하세요!</p>",
        "<p>[한결일보 바로가기]</p>",
        "<p>SNS 공유하기</p>",
        "<p>네이버 메인에서 한결일보를 구독하세요</p>",
        "<p>이 기사를 공유합니다</p>",
        "<p>한결일보 앱 다운로드</p>",
    ):
        pruned = prune_boilerplate(TABLE_STORY + end, ["H"])
        assert "재판매" not in pruned and "키워드" not in pruned and "구독" not in pruned, end
        assert "바로가기" not in pruned and "공유" not in pruned and pruned.count("번째 문단은") == 5, end
        assert "다운로드" not in pruned, end
    paragraphs = TABLE_STORY.split("</p>")
    related = "<p>▶ 관련기사 : 전주시, 남부시장 상인 지원 나선다</p>"  # a link to another story between paragraphs
    pruned = prune_boilerplate("</p>".join([*paragraphs[:2], related + paragraphs[2], *paragraphs[3:]]), ["H"])
    assert "관련기사" not in pruned and pruned.count("번째 문단은") == 5
    said = "<p>앱 다운로드 수는 지난해 두 배로 늘었다고 회사는 밝혔다.</p>"  # a sentence of the story stays
    assert "앱 다운로드 수는" in prune_boilerplate(TABLE_STORY + said, ["H"])
    text = "<br><br>".join(f"{n}번째 문단은 기사의 본문이다. 전주시는 상인들을 지원한다고 밝혔다." for n in range(1, 6))
    pruned = prune_boilerplate(
        f"<div>{text}<br><br>◎공감언론 한결통신 doyun@hg.example<br><br>*재판매 및 DB 금지</div>", ["H"]
    )
    assert "재판매" not in pruned and pruned.count("번째 문단은") == 5


def test_the_headline_shown_with_its_kicker_before_it_or_without_the_kicker_the_title_has_is_the_headline() -> None:
    kicker_before = prune_boilerplate(
        "<h1>Premier League Setback in the title race - Liverpool lose at Everton</h1>" + STORY,
        ["Setback in the title race - Liverpool lose at Everton"],
    )
    assert "Setback" not in kicker_before and kicker_before.count("<p>Paragraph") == 6
    kicker_left_out = prune_boilerplate(
        "<h2>Voigt, Höcke and the charge of a lie on live television</h2>" + STORY,
        ["State election in Thuringia: Voigt, Höcke and the charge of a lie on live television"],
    )
    assert "Voigt" not in kicker_left_out and kicker_left_out.count("<p>Paragraph") == 6
    quoting = "<p>The minister said only: Liverpool lose at Everton, and the league goes on.</p>"
    assert "the league goes on" in prune_boilerplate(quoting + STORY, ["Kicker: Liverpool lose at Everton"])


def test_a_heading_in_the_articles_header_is_the_headline_again_but_the_lead_stays() -> None:
    lead = "Ministers agreed on Tuesday to double the country's clean power by 2030, with details due next month."

    def english(header: str) -> str:
        return (
            "<html lang='en'><head><title>Power plan agreed | The Paper</title></head><body>"
            f"<article><header>{header}<p>{lead}</p></header>{STORY}</article></body></html>"
        )

    shown_again = extract(english("<h2><span>Energy</span>Cabinet backs a plan to double clean power</h2>"), ANYWHERE)
    assert "Cabinet backs" not in shown_again["body_text"] and shown_again["body_text"].startswith(lead)
    other_words = extract(english("<h1>Cabinet backs a plan to double clean power</h1>"), ANYWHERE)
    assert "Cabinet backs" not in other_words["body_text"] and other_words["body_text"].startswith(lead)
    section = "<section><header><h2>What the plan says</h2></header><p>" + lead.replace("Tuesday", "Monday") + "</p>"
    in_the_text = extract(english("<h1>Power plan agreed</h1>").replace("</article>", section + "</article>"), ANYWHERE)
    assert "What the plan says" in in_the_text["body_text"]


def test_a_poll_its_question_and_its_answers_are_not_the_article() -> None:
    poll = (
        "<div class='sc-c7badfe-0 ldhbtc'><div><p>Sollten Plattformen strenger reguliert werden, um Einmischung "
        "zu verhindern?</p></div><div><label><input name='103241818' type='radio'/><span>Ja, unbedingt.</span>"
        "</label><label><input name='103241818' type='radio'/><span>Nein, das geht zu weit.</span></label>"
        "<label><input name='103241818' type='radio'/><span>Weiss nicht.</span></label></div></div>"
    )
    post = extract(page(top=poll))
    assert "Sollten Plattformen" not in post["body_text"] and "unbedingt" not in post["body_text"]
    assert "정부는 9일 새로운 에너지 정책을 발표했다." in post["body_text"]
    assert "전문가들은 실행 계획이 중요하다고 지적했다." in post["body_text"]


def test_a_paragraph_that_is_only_a_link_in_capitals_to_another_story_of_the_site_is_not_the_article() -> None:
    teaser = (
        "<p><a href='https://news.example/politics/two-residents-ran-secret-station' target='_blank'>"
        "<strong>2 RESIDENTS ALLEGEDLY RAN SECRET STATION: 'SIGNIFICANT MATTER'</strong></a></p>"
    )
    relative = "<p><strong><a href='/world/what-are-overseas-stations'>WHAT ARE OVERSEAS STATIONS?</a></strong></p>"
    elsewhere = (
        "<p><a href='http://www.sports-body.example/Swimming/State.cfm'>CLICK FOR FULL STATE SWIM RESULTS</a></p>"
    )
    post = extract(page(top=teaser + relative + elsewhere))
    assert "SECRET STATION" not in post["body_text"] and "OVERSEAS" not in post["body_text"]
    assert "CLICK FOR FULL STATE SWIM RESULTS" in post["body_text"]
    assert "정부는 9일 새로운 에너지 정책을 발표했다." in post["body_text"]


def test_the_links_to_skip_an_embed_are_not_the_article_but_a_footnotes_link_is() -> None:
    embed = (
        "<div class='h_cm'><a id='embed-2-before' href='#embed-2-after'>Následuje obsah vložený z jiného webu. "
        "Zde jej můžete přeskočit.</a><div class='mol-embed__iframe'><iframe src='https://charts.example/e/1'>"
        "</iframe></div><a id='embed-2-after' href='#embed-2-before'>Přejít před obsah vložený z jiného webu.</a></div>"
    )
    note = "<p>정부는 계획을 다시 검토한다고 밝혔다.<a id='ref-1' href='#note-1'>[1]</a> 발표는 다음 달이다.</p>"
    post = extract(page(top=embed, bottom=note))
    assert "přeskočit" not in post["body_text"] and "Přejít" not in post["body_text"]
    assert "[1]" in post["body_text"] and "정부는 9일 새로운 에너지 정책을 발표했다." in post["body_text"]


def test_a_see_more_or_related_line_inside_the_article_is_a_promotion_like_read_more() -> None:
    for label in ("SEE MORE: Students under siege in university", "Related: Water plumes on Europa in images"):
        pruned = prune_boilerplate(STORY + f"<p>{label}</p>" + STORY, ["Headline"])
        assert label not in pruned and pruned.count("<p>Paragraph") == 12
    told = "<p>Related: the council said the two plans would be weighed together next spring.</p>"
    assert "weighed together" in prune_boilerplate(STORY + told + STORY, ["Headline"])


def test_a_related_boxs_label_left_standing_between_paragraphs_without_its_links_goes() -> None:
    labels = ("Lesen Sie auch", "You may also like...", "Most read in Football", "More Trending", "DON'T MISS")
    for label in (*labels, "Recommended by", "Recommended by Outbrain"):  # a recommendation widget's credit
        pruned = prune_boilerplate(STORY + f"<p>{label}</p>" + STORY, ["Headline"])
        assert label not in pruned and pruned.count("<p>Paragraph") == 12
    kept = prune_boilerplate(STORY + "<p>Recommended by doctors</p>" + STORY, ["Headline"])  # a line of the story
    assert "Recommended by doctors" in kept


def test_a_korean_boxs_label_of_stories_others_read_left_between_paragraphs_goes() -> None:
    for label in ("함께 본 기사", "함께 보는 뉴스", "오늘의 핫뉴스", "핫이슈", "이 시각 많이 본 뉴스"):
        pruned = prune_boilerplate(STORY + f"<p>{label}</p>" + STORY, ["Headline"])
        assert label not in pruned and pruned.count("<p>Paragraph") == 12


def test_a_byline_row_marked_autor_names_the_writer_and_dates_the_story_and_a_commenter_is_not_the_author() -> None:
    """Spanish, Portuguese, German, Czech and Polish sites mark the byline "autor"; its row ("Name | City | date")
    is not article text; a name marked as a comment's author ("sf_comment_author") is a reader's."""
    story = "".join(
        f"<p>{text}</p>"
        for text in (
            "El fiscal está perfilando con el jefe de la Fiscalía la estrategia jurídica que seguirá tras el auto.",
            "El juez acordó citar a la imputada el próximo mes, según fuentes del tribunal consultadas.",
            "La defensa estudiará el auto durante los próximos días antes de decidir si presenta un recurso.",
        )
    )
    comments = (
        "<div id='comments' class='box'><div class='sf_comment'><p class='sf_comment_info'>"
        "<span class='sf_comment_author'>Alcalino</span><br><span class='date'>Hace 28 minutos</span></p>"
        "<div class='sf_comment_text'><p>Vaya comportamiento tan poco ejemplar, como para creer en la justicia.</p>"
        "</div></div></div>"
    )
    html = (
        "<html lang='es'><head><title>La Fiscalía decidirá si recurre</title></head><body>"
        "<header><a href='/'>Portada</a></header><div id='autor-18842628'><script>(ads = ads || []).push({});</script>"
        "</div><article><h3>La Fiscalía decidirá si recurre</h3>"
        "<div class='box valora'><p class='autor pull-left'><strong>Marta Ferrer</strong> | Palma | 08/01/2014</p>"
        f"</div>{story}</article>{comments}<footer>Contacto</footer></body></html>"
    )
    spain = Source(name="t", feeds=["https://x/"], language="es", timezone="Europe/Madrid")
    post = extract(html, spain)
    assert post["author"] == "Marta Ferrer"
    assert post["published"] == "2014-01-08T00:00:00+01:00"
    assert "Palma" not in post["body_text"] and post["body_text"].startswith("El fiscal")
    assert furniture.is_byline_row("Marta Ferrer | 08/01/2014", is_dateline, {"martaferrer"})
    assert not furniture.is_byline_row("Marta Ferrer | Palma", is_dateline, {"martaferrer"})  # no date: a caption
    assert not visible._is_byline_place("autorefresh")  # a word that only starts like it


def test_a_day_first_date_is_read_in_the_pages_language_where_the_source_names_none() -> None:
    """ "08.01.2014" on a German page is the 8th of January, though dateparser, offered English too, reads it as
    August 1st; the page's own language stands in for a source that names none."""
    html = (
        "<html lang='de'><head><title>Bahn erhöht Preise</title></head><body><article><h1>Bahn erhöht Preise</h1>"
        "<div class='meta'><span class='date'>08.01.2014, 14:30 Uhr</span></div>"
        "<p>Die Bahn erhöht zum Fahrplanwechsel die Preise im Fernverkehr um durchschnittlich drei Prozent.</p>"
        "<p>Fahrgastverbände kritisieren die Erhöhung, weil die Pünktlichkeit im vergangenen Jahr gesunken ist.</p>"
        "<p>Die Bahn verweist auf gestiegene Kosten für Energie und Personal und kündigt neue Züge an.</p>"
        "</article></body></html>"
    )
    berlin = Source(name="t", feeds=["https://x/"], timezone="Europe/Berlin")
    assert extract(html, berlin)["published"] == "2014-01-08T14:30:00+01:00"


def test_a_sentence_in_emphasis_outside_a_paragraph_keeps_the_spaces_around_its_link() -> None:
    """The extractor trims the text around the inner markup of emphasis standing in a div ("viaiFixit")."""
    for note, expected in [
        (
            "<em>이 기사는 <a href='https://t.example/d'>한빛연구소</a> 자료를 바탕으로 썼다.</em> 이어서",
            "이 기사는 한빛연구소 자료를 바탕으로 썼다. 이어서",
        ),
        (
            "<strong>분석은 <a href='https://i.example/'>한빛연구소</a> 와 <b>서울대</b> 연구진이 맡았다.</strong>",
            "분석은 한빛연구소 와 서울대",
        ),
    ]:
        for container in ("div", "section"):
            body = extract(page(bottom=f"<{container}>{note}</{container}>"))["body_text"]
            assert expected in body, (container, body[-120:])
    heading = "<h3><b>The Swirl: Best of the Bench<span> </span></b></h3><p>" + "청정 전력 투자를 늘린다. " * 8 + "</p>"
    assert "<h3>" in extract(page(bottom=heading))["body_html"]  # emphasis in a heading stays the heading


def test_a_short_box_its_class_names_as_the_comments_is_not_article_text() -> None:
    """A prompt to join the comments, a link to them with their count: the comments' widget, without a list."""
    prompt = (
        "<div class='show-comments'><h2>Join our commenting forum</h2><p>Join thought-provoking conversations,"
        " follow other readers and see their replies</p><a role='button' class='js-comment'>Comments</a></div>"
    )
    counter = "<div class='article-comments'><a href='#comments'><span>47</span></a></div>"
    for box in (prompt, counter):
        body = extract(page(top=box, bottom=box))["body_text"]
        assert body.startswith("정부는") and "conversations" not in body and "47" not in body, box
    long_box = f"<div class='no-comments'><p>{'정부는 내년 예산안에서 청정 전력 투자를 크게 늘린다. ' * 12}</p></div>"
    assert "청정 전력 투자를" in extract(page(bottom=long_box))["body_text"]  # a long box is not a widget


def test_the_form_to_write_a_comment_with_its_rules_is_not_article_text() -> None:
    form = (
        "<div class='box post_formulario' id='sf_comment_form_container_624c'><h2>Comentar</h2>"
        "<div class='form-legal'><span>Normas de uso</span><ul>"
        "<li>El contenido de los comentarios es la opinión de los usuarios, no de este diario.</li>"
        "<li>No está permitido verter comentarios contrarios a las leyes, injuriantes o lesivos a terceros.</li>"
        "</ul></div><form id='sf_comment_form'><label>Nombre</label><input name='n'><textarea></textarea></form></div>"
    )
    body = extract(page(bottom=form))["body_text"]
    assert body.startswith("정부는") and "comentarios" not in body and "Comentar" not in body


def test_a_line_of_loose_text_with_links_beside_headings_stays_one_paragraph() -> None:
    """Text written straight into the container between headings and <br>s, with links and bold words inside
    its sentences (an older CMS; a <span> standing as the container), as a browser lays it out: each line a
    paragraph, whole."""
    lines = [
        "Nach dem Erfolg legt man die Aktion neu auf und bietet den Tarif <a href='https://shop.example/t'>für 5,99"
        " Euro pro Monat</a> an. Mit dabei ist das bekannte Freikontingent für alle deutschen Netze.",
        "<b>Rechnen wir es durch:</b> Bei einer Grundgebühr von 5,99 Euro fallen über zwei Jahre 163,75 Euro an."
        " Vergleicht man <a href='https://shop.example/t'>das Angebot</a> mit den Jahrespaketen, spart man.",
        "Die Geschwindigkeit reicht vollkommen aus, vor allem da eine stabile Verbindung gewährleistet wird.<br>"
        "Mit an Bord sind zudem <a href='https://shop.example/t'>VoLTE und WLAN-Calls</a> und EU-Roaming.",
    ]
    for container in ("div", "span"):
        loose = (
            f"<{container} class='text'><h2>Günstige Tarife für Normalsurfer</h2>{lines[0]}<br><br>"
            f"<h2>Starker Basistarif</h2>{lines[1]}<br><br>{lines[2]}<br><br></{container}>"
        )
        html = page(bottom=loose).replace("<html lang='ko'>", "<html lang='de'>")
        paragraphs = extract(html, ANYWHERE)["body_text"].split("\n\n")
        for line in lines:
            text = lxml.html.fromstring(f"<p>{line.replace('<br>', chr(10))}</p>").text_content()
            assert any(text in paragraph for paragraph in paragraphs), (container, text)


def test_text_written_between_empty_paragraphs_keeps_its_first_line() -> None:
    """An older CMS's text written loose with an empty <p> after each paragraph ("…<P align=justify></P>"): the
    first line, before any element, is as much the article's as the others (the extractor dropped a short lead
    before longer paragraphs)."""
    lines = ["정기권 적용 범위가 수도권으로 넓어진다.", *(" ".join(SENTENCES[i:] + SENTENCES[:i]) for i in range(4))]
    loose = "".join(f"\n{line}<P align=justify></P>" for line in lines)
    html = (
        "<html lang='ko'><head><title>통합 정기권 수도권 확대 | 한결일보</title></head><body><div id='article'>"
        f"<h4>통합 정기권 수도권 확대</h4><div class='text'>{loose}\n연합뉴스<P></P></div></div>"
        "<footer>회사소개</footer></body></html>"
    )
    assert extract(html)["body_text"].split("\n\n") == lines


def test_an_ad_set_inside_a_word_of_text_written_with_line_breaks_does_not_split_it() -> None:
    """An ad's script and frame written into the middle of a word ("도<script></script><span><iframe></iframe>
    </span>입하던"), in text written with <br>s: a browser shows the word whole, and so does the body."""
    ad = "<script src='/ad.js'></script><span style='float:right'><iframe src='/ad.html'></iframe></span>"
    lines = [SENTENCES[0], f"스웨덴의 장비를 서둘러 도{ad}입하던 당시 민감도가 낮다는 논란이 있었다.", SENTENCES[1]]
    html = (
        "<html lang='ko'><head><title>통합 정기권 수도권 확대 | 한결일보</title></head><body>"
        f"<h1>통합 정기권 수도권 확대</h1><div class='par'><br>{'<br> <br>'.join(lines)}<br></div>"
        "<footer>회사소개</footer></body></html>"
    )
    assert "서둘러 도입하던 당시" in extract(html)["body_text"]


def test_the_section_the_address_files_the_article_under_is_named_by_the_sites_link_to_it() -> None:
    menu = (
        "<nav><a href='/'>한결일보</a><a href='/m/'>한결일보</a><a href='/news/'>뉴스</a>"
        "<a href='/politics/'>정치</a><a href='https://news.example/society'>사회</a>"
        "<a href='/society/labor/'>노동</a><a href='/society?page=2'>더보기</a><a href='http://[broken/'>링크</a></nav>"
    )

    def category(url: str, head: str = "") -> str:
        post, _ = post_from_bytes(page(head=head, top=menu).encode(), url, SEOUL)
        return post.category

    assert category("https://news.example/society/labor/2024/05/09/XYZ123/") == "사회"  # the shortest start named
    assert category("https://news.example/news/society/1139123.html") == ""  # "/news" is the newsroom
    assert category("https://news.example/m/society/1139123") == ""  # "/m" is an edition
    assert category("https://news.example/society") == ""  # the address is the section's own page
    assert category("https://news.example/politics/1", "<meta property='article:section' content='경제'>") == "경제"


def test_a_section_heading_between_two_paragraphs_of_the_body_is_kept_but_not_a_furniture_label() -> None:
    paragraphs = [f"<p>{sentence}</p>" for sentence in SENTENCES]
    tree = lxml.html.fromstring(
        f"<div>{paragraphs[0]}<br><h3>교실은 공부방으로</h3>{paragraphs[1]}<h3>관련기사</h3>{paragraphs[2]}"
        f"<h3>정부, 에너지 정책 발표</h3>{paragraphs[3]}<h2>Weiter unten</h2></div>"
    )
    body = "".join(paragraphs)  # the extractor's fallback kept the paragraphs only
    kept = body_module.with_headings_between(tree, body, "정부, 에너지 정책 발표")
    assert html_to_text(kept).split("\n\n") == [SENTENCES[0], "교실은 공부방으로", *SENTENCES[1:]]  # not the
    # related box's label, the headline again or a heading after the last paragraph
    reordered = "".join(paragraphs[::-1])  # the paragraphs around a heading are not one after the other in the body
    assert body_module.with_headings_between(tree, reordered, "") == reordered


def test_a_heading_written_as_a_styled_span_or_div_between_two_paragraphs_of_the_body_is_kept() -> None:
    paragraphs = [f"<p>{sentence}</p>" for sentence in SENTENCES]
    tree = lxml.html.fromstring(
        f"<div>{paragraphs[0]}<div class='pf_subheadline'>Our ruling</div>{paragraphs[1]}"
        f"<div class='mod step'><div class='content'><span class='headline2 head'>Step 2</span>{paragraphs[2]}"
        f"</div></div><div class='site-header'>Menu</div>{paragraphs[3]}"
        f"<div><span class='card-title'>Next story</span>{paragraphs[4]}</div></div>"
    )
    body = "".join(paragraphs)  # the extractor kept the paragraphs only
    kept = body_module.with_headings_between(tree, body, "")
    assert "<h3>Our ruling</h3>" in kept and "<h3>Step 2</h3>" in kept  # a heading alone in its step's box too
    assert html_to_text(kept).split("\n\n") == [SENTENCES[0], "Our ruling", SENTENCES[1], "Step 2", *SENTENCES[2:]]


def test_a_byline_with_its_photographers_credit_and_a_press_releases_provider_line_opening_the_body_go() -> None:
    for opening in (
        "<p>By Eilidh Munro · Photographs by Magnus Berg</p>",
        "<p>By Jane Doe | Illustrations by John Roe</p>",
        "<p>News provided by <a href='/news/northwind/'>Northwind Robotics</a></p>",
    ):
        pruned = prune_boilerplate(opening + STORY, ["H"])
        assert " by " not in pruned.replace("By ", " by ") and pruned.count("<p>Paragraph") == 6, opening
    said = "<p>By the time the photographs by the river were taken, the flood had gone.</p>"
    assert "By the time" in prune_boilerplate(said + STORY, ["H"])  # a sentence of the story stays


def mid_story(line: str) -> str:
    """STORY with ``line`` as a paragraph of its own between its third and fourth paragraphs."""
    paragraphs = STORY.split("</p>")
    return "</p>".join([*paragraphs[:3], f"<p>{line}", *paragraphs[3:]])


STANDING_ALONE = (
    # an ad's label, a line telling the text goes on after the ad, a player's messages
    *("Anzeige", "Werbung", "Publicité", "Publicidad", "Pubblicità", "Reklama", "Advertentie", "Annons"),
    *("Реклама", "広告", "Article continues below", "Story continues below", "Continue reading below"),
    *("Weiterlesen nach der Anzeige", "Lire la suite après cette publicité", "Advertisement - Scroll to continue"),
    *("Your browser does not support the video tag.", "Das Video konnte nicht abgespielt werden."),
    *("Listen to this article", "Artikel anhören", "Écouter cet article", "Audio player loading…"),
    # the page's buttons and labels
    *("Artikel teilen", "Share this article", "Partager l'article", "Compartir", "Copy link", "Link kopiert"),
    *("Jetzt kommentieren", "Leave a comment", "Zur Startseite", "Back to top", "Mehr anzeigen", "Show more"),
    *("Weiterlesen", "Lire la suite", "Leer más", "Seguir leyendo", "Please enable JavaScript."),
    *("Bitte aktivieren Sie JavaScript.", "Loading…", "Wird geladen …", "Bildergalerie", "1 / 12", "Video"),
    *("(Foto: Reuters)", "Getty Images", "IMAGO/Sven Simon", "picture alliance / dpa", "Folgen Sie uns auf X"),
    *("Newsletter abonnieren", "Inscrivez-vous à notre newsletter", "Suscríbete a nuestro boletín"),
    *("Schlagwörter:", "Mots-clés", "Etiquetas"),
    # a promotion's line, a rating widget, where the print edition ran it, the writer's account bare
    *("Also: See Black Friday coverage at the site", "Durchschnittliche Bewertung: 0,0"),
    *("Ausgabe vom 26.04.2024, Seite 1 / Titel", "twitter.com/paultakahashi"),
)


@pytest.mark.parametrize("line", STANDING_ALONE)
def test_the_pages_labels_buttons_and_messages_standing_alone_in_the_press_languages_are_not_article_text(
    line: str,
) -> None:
    pruned = prune_boilerplate(mid_story(line), ["H"])
    assert line not in pruned and pruned.count("<p>Paragraph") == 6


def test_the_words_of_a_label_inside_a_sentence_stay() -> None:
    for said in (
        "Werbung für Zigaretten ist in Deutschland seit 2021 weitgehend verboten, sagte die Ministerin.",
        "Show more compassion, the bishop told the crowd gathered in front of the cathedral on Sunday.",
    ):
        assert said in prune_boilerplate(STORY + f"<p>{said}</p>", ["H"])


def test_a_news_agencys_credit_alone_at_the_start_or_the_end_of_the_body_goes() -> None:
    for line in ("(dpa)", "dpa/lhe", "AP", "(AFP)", "Reuters", "dpa, AFP"):
        for html in (f"<p>{line}</p>{STORY}", f"{STORY}<p>{line}</p>"):
            pruned = prune_boilerplate(html, ["H"])
            assert f"<p>{line}</p>" not in pruned and pruned.count("<p>Paragraph") == 6, (line, html[:20])
    assert "<p>Reuters</p>" in prune_boilerplate(
        mid_story("Reuters"), ["H"]
    )  # between paragraphs: perhaps a list's item, left


def test_a_byline_and_its_date_in_one_heading_at_the_top_go() -> None:
    heading = "<h3>by Jeff Foust<br>Monday, November 18, 2019</h3>"
    pruned = prune_boilerplate(heading + STORY, ["H"], is_date=is_dateline)
    assert "Foust" not in pruned and pruned.count("<p>Paragraph") == 6
    said = "<p>By the end of Monday, November 18, 2019, the rocket was on the pad.</p>"  # a sentence stays
    assert "By the end" in prune_boilerplate(said + STORY, ["H"], is_date=is_dateline)


def test_more_labels_of_related_boxes_go_with_their_links() -> None:
    for label in ("Recommended Videos", "Explore further", "More:"):  # a related box's label, with its links
        pruned = prune_boilerplate(f"{STORY}<p>{label}</p><ul><li><a href='/a'>Another story</a></li></ul>", ["H"])
        assert label not in pruned and "Another story" not in pruned and pruned.count("<p>Paragraph") == 6, label
