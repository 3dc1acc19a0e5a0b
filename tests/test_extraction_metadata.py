"""Headlines and bylines on small pages: each rule is about a kind of page, not one site."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from newscrawler.extraction.page import post_from_bytes
from newscrawler.sources import Source

BERLIN = Source(name="t", feeds=["https://x/"], language="de", timezone="Europe/Berlin")
STORY = "".join(
    f"<p>{text}</p>"
    for text in (
        "The city council approved the new transport plan on Tuesday after a debate that lasted six hours.",
        "Under the plan, bus lanes will be extended to the outer districts and fares will stay frozen.",
        "Opposition members said the budget did not add up and asked for an independent review of the costs.",
    )
)


def extract(html: str) -> dict:
    post, problem = post_from_bytes(
        html.encode(), "https://news.example/a/1", BERLIN, now=datetime(2024, 6, 1, tzinfo=UTC)
    )
    assert problem == ""
    return post.as_dict()


def page(head: str = "", top: str = "", body: str = STORY, h1: str = "Council approves transport plan") -> str:
    return (
        f"<html lang='en'><head><title>Council approves transport plan | Daily Paper</title>"
        f"<meta property='og:site_name' content='Daily Paper'>{head}</head><body><header><a href='/'>Home</a></header>"
        f"<article><h1>{h1}</h1>{top}{body}</article><footer>About us</footer></body></html>"
    )


def ld(**fields: object) -> str:
    return f"<script type='application/ld+json'>{json.dumps({'@type': 'NewsArticle', **fields})}</script>"


def test_a_byline_label_a_web_address_and_a_desk_name_with_digits_are_read_as_the_page_means_them() -> None:
    assert extract(page(top="<div class='byline'>Autor: Anna Fink und Jan Marchart</div>"))["author"] == (
        "Anna Fink, Jan Marchart"
    )
    for label in ("Story by", "Reporting by"):
        assert extract(page(top=f"<div class='x9f2'>{label} Anna Fink</div>"))["author"] == "Anna Fink", label
    assert extract(page(head="<meta name='author' content='Deutsche Welle (www.dw.example)'>"))["author"] == (
        "Deutsche Welle"
    )
    desk = ld(headline="x", author={"@type": "Person", "name": "Paper24 Redaktion"})
    # a desk, kept whole (not cut at its digit to "Paper"), and the page's only credit
    assert extract(page(head=desk))["author"] == "Paper24 Redaktion"
    for address in ("sportschau.de", "mbl.is"):  # a service named by its address, written as it is
        named = ld(headline="x", author={"@type": "Organization", "name": address})
        assert extract(page(head=named))["author"] == address


def test_words_in_a_byline_place_that_are_not_names_give_way() -> None:
    runs_on = page(top="<div class='byline'>Atli Steinn Guðmundsson skrifar frá Porsgrunn</div>")
    assert extract(runs_on)["author"] == "Atli Steinn Guðmundsson"
    site = "<meta name='author' content='Daily Paper'>"
    button = page(head=site, top="<div class='author-tools'><button>Themen bearbeiten</button></div>")
    assert extract(button)["author"] == "Daily Paper"
    glued = page(
        head=ld(headline="x", author={"@type": "Person", "name": "SID"}), top="<div class='author'>SIDAgentur</div>"
    )
    assert extract(glued)["author"] == "SID"
    credits = page(top="<div class='byline'>Written by Rob Ewaschuk with Betsy Beyer</div>")
    assert extract(credits)["author"] == "Rob Ewaschuk, Betsy Beyer"


def test_a_commenters_byline_is_not_the_articles() -> None:
    comments = (
        "<aside><h3>What people are saying</h3><ul class='comments-list'><li class='comment'>"
        "<div class='byline'><span class='username'>Joe Bloggs</span></div><p>Great read.</p></li></ul></aside>"
    )
    html = page(top="<div class='author-name'>Mara Voss</div>").replace("<article>", comments + "<article>")
    assert extract(html)["author"] == "Mara Voss"
    wordpress = "<ol class='commentlist'><li id='comment-7'><div class='comment-author vcard'>Ann Lee</div></li></ol>"
    assert extract(page().replace("<footer>", wordpress + "<footer>"))["author"] == ""


def test_a_link_to_the_authors_page_names_the_author_when_the_tags_give_the_sites_initials() -> None:
    head = "<meta property='og:site_name' content='Legal Tribune Online'><meta name='author' content='LTO'>"
    top = "<p class='meta-info'>von <a href='/autoren/name/max-kolter'>Max Kolter</a></p>"
    html = page(head=head, top=top).replace("<meta property='og:site_name' content='Daily Paper'>", "")
    assert extract(html)["author"] == "Max Kolter"
    menu = "<nav><a href='/author/jane-doe'>Jane Doe</a></nav>"
    assert extract(page(head=head, top=menu))["author"] == "LTO"  # a menu's link is not the byline


def test_a_bold_line_of_names_opening_the_article_is_its_byline() -> None:
    site = ld(headline="x", author={"@type": "Organization", "name": "Daily Paper"})
    opened = page(head=site, body="<p><strong>Mathatisi Sebusi/Mohalenyane Phakela</strong></p>" + STORY)
    assert extract(opened)["author"] == "Mathatisi Sebusi, Mohalenyane Phakela"
    heading = page(head=site, body="<p><strong>What the plan changes for you</strong></p>" + STORY)
    assert extract(heading)["author"] == "Daily Paper"


def test_a_labelled_author_field_names_the_author_when_the_tag_gives_the_publisher() -> None:
    head = "<meta name='author' content='Daily Paper Network (www.dailypaper.example)'>"
    field = (
        "<ul><li><strong>Datum</strong> 28.04.2023</li><li><strong>Autorin/Autor</strong> Roman Goncharenko</li></ul>"
    )
    html = page(head=head, top=field).replace("content='Daily Paper'", "content='DPN.NET'")
    assert extract(html)["author"] == "Roman Goncharenko"  # "Daily Paper Network" is the site, DPN.NET
    row = "<table><tr><th>Author</th><td>Jane Doe</td></tr></table>"
    assert extract(page(top=row))["author"] == "Jane Doe"


def test_a_buttons_label_beside_the_bylines_name_is_not_a_name_but_a_byline_written_as_a_button_is() -> None:
    follow = "<div class='author'><a href='/@jane'>Jane Doe</a> <span>·</span> <button>Follow</button></div>"
    assert extract(page(top=follow))["author"] == "Jane Doe"
    written = "<div class='byline'><button>Jane Doe</button></div>"
    assert extract(page(top=written))["author"] == "Jane Doe"


def test_the_sites_administrator_account_is_not_the_author() -> None:
    admin = ld(headline="x", author={"@id": "https://news.example/author/admin/", "name": "Paper D"})
    opened = page(head=admin, body="<p><strong>MTHOBISI SITHOLE</strong></p>" + STORY)
    assert extract(opened)["author"] == "MTHOBISI SITHOLE"
    assert extract(page(head=admin))["author"] == "Paper D"  # nothing else names anyone


def test_an_agency_or_desk_credited_beside_a_person_stays_but_the_site_does_not() -> None:
    authors = [
        {"@type": "Person", "name": "Konstantin Furrer"},
        {"@type": "Organization", "name": "Deutsche Presse-Agentur"},
        {"@type": "Organization", "name": "Daily Paper"},
    ]
    assert extract(page(head=ld(headline="x", author=authors)))["author"] == (
        "Konstantin Furrer, Deutsche Presse-Agentur"
    )
    for credit in ("Jane Doe (AP)", "Jane Doe (dpa/AFP)"):  # an agency in brackets after the name: a credit
        credited = credit.replace(" (", ", ").replace("/", ", ").rstrip(")")
        assert extract(page(head=f"<meta name='author' content='{credit}'>"))["author"] == credited
        assert extract(page(top=f"<p class='byline'>By {credit}</p>"))["author"] == credited


def test_a_name_written_surname_first_is_one_person_and_korean_bylines_lose_their_time_stamp() -> None:
    assert extract(page(head="<meta name='author' content='Doe, Jane'>"))["author"] == "Jane Doe"
    assert extract(page(head="<meta name='author' content='Reuters, AFP'>"))["author"] == "Reuters, AFP"
    stamped = "<meta name='author' content='홍길동 기자 = hong@news.example'>"
    assert extract(page(head=stamped))["author"] == "홍길동"
    running_on = "<meta name='author' content='홍길동 기자 입력 2024.05.09 15:20'>"
    assert extract(page(head=running_on))["author"] == "홍길동"


def titled(head: str, h1: str, title: str = "Council approves transport plan | Daily Paper") -> str:
    return page(head=head, h1=h1).replace(
        "<title>Council approves transport plan | Daily Paper</title>", f"<title>{title}</title>"
    )


def test_a_headline_shown_under_a_kicker_is_the_title_where_the_page_declares_it_under_another() -> None:
    og = "<meta property='og:title' content='Budget row: Council approves transport plan'>"
    h1 = (
        "<span class='article-title__overline'>City hall</span><span class='sr-only'> - </span>"
        "<span class='article-title__text'>Council approves transport plan</span>"
    )
    assert extract(titled(og, h1))["title"] == "Council approves transport plan"
    same = "<meta property='og:title' content='City hall: Council approves transport plan'>"
    kicker = h1.replace("<span class='sr-only'> - </span>", "<span class='sr-only'>: </span>")
    assert extract(titled(same, kicker))["title"] == "City hall: Council approves transport plan"


def test_the_og_title_says_whether_a_kicker_the_headline_shows_inline_belongs_to_the_title() -> None:
    for kicker in ("City hall: ", '"We will build it": '):
        shown = kicker + "Council approves transport plan"
        declared = ld(headline=shown) + "<meta property='og:title' content='Council approves transport plan'>"
        names = ["Home", "Politics", shown]
        items = [{"@type": "ListItem", "position": i, "name": name} for i, name in enumerate(names, 1)]
        trail = json.dumps({"@type": "BreadcrumbList", "itemListElement": items})
        post = extract(page(head=f"{declared}<script type='application/ld+json'>{trail}</script>", h1=shown))
        assert (post["title"], post["category"]) == ("Council approves transport plan", "Politics"), kicker
    # the og:title's words end the headline's, but no separator sets a kicker apart: a shorter headline
    shorter = ld(headline="Council approves transport plan") + "<meta property='og:title' content='transport plan'>"
    assert extract(titled(shorter, "Council approves transport plan"))["title"] == "Council approves transport plan"


def test_a_title_tag_with_a_section_before_the_headline_the_h1_shows_gives_the_headline() -> None:
    opinion = "Opinion | Council approves transport plan | Daily Paper"
    assert extract(titled("", "Council approves transport plan", opinion))["title"] == "Council approves transport plan"
    other = "Opinion | Council approves transport plan | Daily Paper"  # a shorter heading is not the headline
    assert extract(titled("", "plan", other))["title"] == "Opinion | Council approves transport plan"
    declared = "<meta property='og:title' content='Opinion | Council approves transport plan'>"
    assert extract(titled(declared, "Council approves transport plan", opinion))["title"] == (
        "Council approves transport plan"  # the og:title's section before a pipe, where nothing else declares one
    )
    kicked = "<meta property='og:title' content='Verkehr: Council approves transport plan'>"
    assert extract(titled(kicked, "Council approves transport plan"))["title"] == (
        "Verkehr: Council approves transport plan"  # a kicker the og:title keeps, as the truths do
    )


def test_the_title_tag_wins_where_it_and_the_visible_headline_agree_and_the_declared_headline_is_other_text() -> None:
    described = ld(headline="matrix equal to its conjugate transpose")
    shown = titled(described, "Hermitian matrix", "Hermitian matrix - Daily Paper")
    assert extract(shown)["title"] == "Hermitian matrix"
    variant = "<meta property='og:title' content='I sell Disney World holidays: here is how to save'>"
    shown = titled(
        variant,
        "I sell Walt Disney World holidays: here is how to save",
        "I sell Walt Disney World holidays: here is how to save - Daily Paper",
    )
    assert extract(shown)["title"] == "I sell Disney World holidays: here is how to save"  # a variant of it


def test_a_headline_nested_deeper_than_the_stack_is_read_without_recursion() -> None:
    deep = "<span>" * 3000 + "Council approves transport plan" + "</span>" * 3000
    og = "<meta property='og:title' content='Budget row: Council approves transport plan'>"
    h1 = f"<span class='kicker'>City hall</span><!-- a note --> {deep}"
    post, _ = post_from_bytes(titled(og, h1).encode(), "https://news.example/a/1", BERLIN)  # no body: too deep
    assert post.title in (
        "Council approves transport plan",
        "Budget row: Council approves transport plan",  # where the parser cuts the nesting short
    )


def test_where_the_declared_titles_differ_the_headline_the_reader_sees_decides() -> None:
    shown = "Council approves transport plan after six-hour debate"
    seo = "Transport plan approved"
    declared = ld(headline=seo) + f"<meta property='og:title' content='{shown}'>"
    assert extract(page(head=declared, h1=shown))["title"] == shown
    # no visible headline to decide: the JSON-LD headline, as before
    assert extract(page(head=declared, h1=""))["title"] == seo


def test_where_the_declared_titles_differ_only_in_writing_the_one_the_title_tag_writes_so_is_taken() -> None:
    kicked = "Transport: Council approves the 'green' plan"
    dashed = "Transport - Council approves the ‘green’ plan"  # a CMS's JSON-LD: its own dash, its own quotes
    declared = ld(headline=dashed) + f"<meta property='og:title' content=\"{kicked}\">"
    assert extract(titled(declared, "Council approves the ‘green’ plan", f"{kicked} | Daily Paper"))["title"] == kicked
    # no <title> writes either: the JSON-LD headline, as before
    assert extract(titled(declared, "Council approves the ‘green’ plan", "Daily Paper"))["title"] == dashed


def test_a_byline_after_the_sites_name_in_a_title_goes_with_it() -> None:
    title = "Council approves transport plan | Daily Paper | by Jane Doe"
    og = f"<meta property='og:title' content='{title}'>"
    assert extract(titled(og, "Council debate", title))["title"] == "Council approves transport plan"
    kept = "Council approves transport plan | by the river"  # no site's name before it: part of the headline
    og = f"<meta property='og:title' content='{kept}'>"
    assert extract(titled(og, "Council debate", kept))["title"] == kept


def test_initials_and_titles_keep_their_periods() -> None:
    meta = "<meta name='author' content='Dana A. Ford, James S.A. Corey, and Tom Watkins'>"
    assert extract(page(head=meta))["author"] == "Dana A. Ford, James S.A. Corey, Tom Watkins"
    assert extract(page(head="<meta name='author' content='By Dr. Max Kolter'>"))["author"] == "Dr. Max Kolter"
    assert extract(page(head="<meta name='author' content='E.J. Dionne Jr.'>"))["author"] == "E.J. Dionne Jr."


def test_a_credit_or_a_job_title_alone_names_no_one() -> None:
    for credit in ("Staff Writer", "Photo: Getty Images"):
        assert extract(page(head=f"<meta name='author' content='{credit}'>"))["author"] == "", credit


def test_a_name_the_page_shows_as_its_editor_is_not_the_author() -> None:
    """A CMS that declares the editor as the author (JSON-LD, a byline-marked link): the writer the page shows wins;
    "Edited by" after a byline is not a second author."""
    editor = ld(headline="x", author={"@type": "Person", "name": "Maya Putri"})
    shown = (
        "<div class='writer'>Rina Hartono</div><div class='info-author'>Editor : <a class='author'>Maya Putri</a></div>"
    )
    assert extract(page(head=editor, top=shown))["author"] == "Rina Hartono"
    credit = "<div class='byline'>Written by Rina Hartono<br>Edited by Maya Putri</div>"
    assert extract(page(top=credit))["author"] == "Rina Hartono"
    only = "<div class='info-author'>Editor : <a class='author'>Maya Putri</a></div>"
    assert extract(page(head=editor, top=only))["author"] == "Maya Putri"  # no one else named: the editor stays


def test_a_date_labelled_published_is_found_where_no_class_marks_its_place() -> None:
    shown = "<div class='x9f2'><span>Published</span> <span>May 9, 2024, 3:20 p.m.</span></div>"
    assert extract(page(top=shown))["published"] == "2024-05-09T15:20:00+02:00"
    teaser = "<a class='q1' href='/a/2'><b>Another story with a long headline here</b> Posted May 1, 2024</a>"
    assert extract(page(top=teaser))["published"] == ""  # another article's, in its link


def test_a_shown_time_written_with_a_point_as_british_papers_write_it_is_read_and_apart_from_the_update() -> None:
    stamp = "<details class='timestamp'><summary>Sat 9 Mar 2024 07.00 GMT</summary>"
    modified = "<span>Last modified on Sat 9 Mar 2024 10.24 GMT</span></details>"
    assert extract(page(top=stamp + modified))["published"] == "2024-03-09T08:00:00+01:00"  # 07.00 in London
    react = "<div class='date'>Mar <!-- -->9<!-- -->, 2024<!-- --> <!-- -->7:00 a.m.</div>"  # a text split by comments
    assert extract(page(top=react))["published"] == "2024-03-09T07:00:00+01:00"


def test_a_by_line_under_the_headline_names_the_writer_where_no_class_marks_it() -> None:
    for line, names in [
        ("By <a href='/staff/lo/'>Luis Ortega</a> | <a href='mailto:lo@x.example'>Mail</a>", "Luis Ortega"),
        ("By Matthew Digby, Minh Do on Monday, November 18th, 2019 at 11:08 a.m.", "Matthew Digby, Minh Do"),
        ("By Rachael Link, MS, RD on November 18, 2019", "Rachael Link"),  # degrees after the name
    ]:
        assert extract(page(top=f"<div class='x9f2'>{line}</div>"))["author"] == names, line
    posted = "<div class='x9f2'>Posted on <span>November 18, 2019</span> by Admin</div>"
    assert extract(page(top=posted))["author"] == ""  # "by" in the middle of a line does not open a byline
    desk = "<div class='x9f2'>By Daily Paper and AFP</div>"  # the site and an agency: no one to name
    assert extract(page(head="<meta name='author' content='Daily Paper staff'>", top=desk))["author"] == (
        "Daily Paper staff"
    )


def test_a_date_shown_in_words_of_the_pages_language_is_read_with_its_time() -> None:
    shown = {
        "de": "9. Mai 2024, 15:20 Uhr",
        "fr": "Publié le 9 mai 2024 à 15h20",
        "es": "9 de mayo de 2024, 15:20",
        "pl": "9 maja 2024, 15:20",
        "ru": "9 мая 2024, 15:20",
        "ja": "2024年5月9日 15時20分",
        "pt": "09/05/2024 às 15h20",
        "no": "Publisert 09.05.2024 15:20",
    }
    for language, date in shown.items():
        source = Source(name="t", feeds=["https://x/"], language=language, timezone="Europe/Berlin")
        html = page(top=f"<div class='date'>{date}</div>").replace("lang='en'", f"lang='{language}'")
        now = datetime(2024, 6, 1, tzinfo=UTC)
        post, _ = post_from_bytes(html.encode(), "https://news.example/a/1", source, now=now)
        assert post.published == "2024-05-09T15:20:00+02:00", (language, date, post.published)
    kept = extract(page(body=STORY + "<p>12 Spiele 2023</p>"))  # a short line of words and numbers is no date
    assert "12 Spiele 2023" in kept["body_text"]


def test_a_microdata_publication_date_given_in_a_content_attribute_is_declared() -> None:
    stamp = "<time itemprop='datePublished' content='2017-12-01T03:00:00-0800'><span>1 Dec</span></time>"
    assert extract(page(top=stamp))["published"] == "2017-12-01T03:00:00-08:00"
