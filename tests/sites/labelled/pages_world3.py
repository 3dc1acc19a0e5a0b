"""English and other pages, part 3: a site with a generic description, German, Japanese, radio, Blogger."""

# ruff: noqa: E501

from __future__ import annotations

from common import a, add, h, j, ps

LOS_ANGELES = "America/Los_Angeles"

# The same blurb on every page of the Riverside Gazette: not a summary of any article.
RIVERSIDE_BLURB = (
    "The Riverside Gazette: local news, sports, weather, obituaries and events for Riverside County since 1921."
)

# ---------------------------------------------------------------------------
# Small-town paper, page 1: generic description, article:published_time, "Read more" teasers
# ---------------------------------------------------------------------------
T = "Riverside girls basketball reaches state semifinals for first time since 1998"
P = [
    "The Riverside High girls basketball team is headed to the state semifinals for the first time in 26 years after a 58-51 win over Lakeview on Saturday night.",
    "Junior guard Maya Collins scored 22 points, including four free throws in the final minute, as the Hawks held off a late Lakeview run that cut an 11-point lead to three.",
    '"We talked all week about finishing," coach Denise Harper said. "Last year we let two games like this get away from us in the fourth quarter. Tonight the girls closed it out."',
    "Riverside (27-4) will face defending champion St. Agnes on Friday at 6 p.m. at the Sacramento Pavilion. Tickets go on sale Tuesday through the state federation's website.",
    "The 1998 team, which reached the semifinals before losing by two points, will be honored at the school's home opener next season.",
]
add(
    file="en_generic_description_sports.html",
    url="https://www.riversidegazette.example/sports/article_5b1e9f2a-d8c1-11ee-9a0b-3f1c2d4e5f60.html",
    kind="small-town paper (BLOX-like CMS): the site's generic blurb as meta/og description, article:published_time, 'Read more' teaser inside the text",
    language="en",
    timezone=LOS_ANGELES,
    title=T,
    published="2024-03-02T22:40:00-08:00",
    category="Sports",
    excerpt_starts="The Riverside High girls basketball team is headed to the state",
    body_contains=[P[1], P[3], P[4]],
    body_excludes=[RIVERSIDE_BLURB, "Read more: Riverside boys fall", "Click here to subscribe", "Trending"],
    traps=["generic site-wide description", "'Read more' teaser between paragraphs", "subscribe prompt"],
    html=f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{h(T)} | Sports | riversidegazette.example</title>
<meta name="description" content="{a(RIVERSIDE_BLURB)}">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="{a(RIVERSIDE_BLURB)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Riverside Gazette">
<meta property="article:published_time" content="2024-03-02T22:40:00-08:00">
<meta property="article:section" content="Sports">
</head>
<body>
<header id="site-header"><a href="/" class="logo">Riverside Gazette</a><nav><a href="/news/">News</a><a href="/sports/">Sports</a><a href="/obituaries/">Obituaries</a><a href="/weather/">Weather</a></nav><a href="/subscribe/">Click here to subscribe</a></header>
<div id="main-page-container">
 <ol class="breadcrumb"><li><a href="/sports/">Sports</a></li></ol>
 <article class="asset">
  <header class="asset-header"><h1 class="headline"><span class="asset-headline">{h(T)}</span></h1>
   <ul class="list-inline"><li class="asset-byline">By Kevin Tran Staff Writer</li><li><time datetime="2024-03-02T22:40:00-08:00">Mar 2, 2024</time></li></ul></header>
  <div class="asset-content subscriber-premium" itemprop="articleBody">
{ps(P[:2], indent="   ")}
   <p class="read-more"><strong><a href="/sports/article_77aa.html">Read more: Riverside boys fall in quarterfinal overtime thriller</a></strong></p>
{ps(P[2:], indent="   ")}
  </div>
 </article>
 <aside class="trending"><h3>Trending</h3><ul><li><a href="/news/article_1.html">Water rates to rise 4% in July</a></li></ul></aside>
</div>
<footer><p>{h(RIVERSIDE_BLURB)}</p><p>© Copyright 2024 Riverside Gazette, 100 Main St, Riverside</p></footer>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Same site, page 2: same generic description, date only in a <time> in the byline,
# a cookie banner first in the DOM, a newsletter box
# ---------------------------------------------------------------------------
T = "County to replace 1,200 lead water lines with federal grant"
P = [
    "Riverside County will replace about 1,200 lead service lines over the next three years using an $18 million federal grant, the water district announced Monday.",
    "The lines, which connect water mains to individual homes, are concentrated in neighborhoods built before 1950 on the county's east side. Homeowners will not be charged for the work.",
    "District engineers said tests have not found lead above the federal action level in the county's water, but that removing the pipes is the only permanent way to eliminate the risk.",
    "Crews will start in May on Orchard Street and work outward. Residents will receive a letter at least 30 days before work begins on their block, and water service will be shut off for about four hours per home.",
]
add(
    file="en_generic_description_news.html",
    url="https://www.riversidegazette.example/news/local/article_9c2d4e6f-da12-11ee-8b1c-4a5b6c7d8e9f.html",
    kind="small-town paper, page 2: same generic description as page 1, date only in a byline <time>, cookie banner first in the DOM, newsletter box",
    language="en",
    timezone=LOS_ANGELES,
    title=T,
    published="2024-03-04T16:15:00-08:00",
    category="Local News",
    excerpt_starts="Riverside County will replace about 1,200 lead service lines",
    body_contains=[P[1], P[2], P[3]],
    body_excludes=[
        RIVERSIDE_BLURB,
        "We use cookies",
        "Accept all",
        "Get our free morning newsletter",
        "Read more: Council",
    ],
    traps=[
        "generic site-wide description",
        "cookie consent banner first in the page",
        "newsletter box and 'Read more' teaser",
    ],
    html=f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{h(T)} | Local News | riversidegazette.example</title>
<meta name="description" content="{a(RIVERSIDE_BLURB)}">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="{a(RIVERSIDE_BLURB)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Riverside Gazette">
</head>
<body>
<div id="cookie-consent" class="cookie-banner" role="dialog"><p>We use cookies and similar technologies to personalise content and ads, to provide social media features and to analyse our traffic. By clicking "Accept all", you agree to the storing of cookies on your device. You can change your choices at any time by visiting Cookie Preferences.</p><button>Accept all</button><button>Reject all</button><a href="/privacy/">Cookie Preferences</a></div>
<header id="site-header"><a href="/" class="logo">Riverside Gazette</a><nav><a href="/news/">News</a><a href="/sports/">Sports</a><a href="/obituaries/">Obituaries</a></nav></header>
<div id="main-page-container">
 <ol class="breadcrumb"><li><a href="/news/">News</a></li><li><a href="/news/local/">Local News</a></li></ol>
 <article class="asset">
  <header class="asset-header"><h1 class="headline"><span class="asset-headline">{h(T)}</span></h1>
   <ul class="list-inline"><li class="asset-byline">By Alicia Gomez</li><li><time datetime="2024-03-04T16:15:00-08:00">Mar 4, 2024</time></li></ul></header>
  <div class="asset-content" itemprop="articleBody">
{ps(P[:2], indent="   ")}
   <div class="newsletter-signup"><p>Get our free morning newsletter: local headlines in your inbox by 6 a.m.</p><form><input type="email"><button>Sign up</button></form></div>
{ps(P[2:], indent="   ")}
   <p class="read-more"><a href="/news/local/article_55.html">Read more: Council approves new water rates</a></p>
  </div>
 </article>
</div>
<footer><p>{h(RIVERSIDE_BLURB)}</p></footer>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# German news site, ZEIT-style: kicker + title spans inside the <h1>, JSON-LD NewsArticle,
# "9. März 2024, 14:32 Uhr", section Wirtschaft
# ---------------------------------------------------------------------------
T = "Absatz von Wärmepumpen bricht um die Hälfte ein"
DESC = "Im ersten Quartal wurden in Deutschland 52 Prozent weniger Wärmepumpen verkauft als vor einem Jahr. Die Branche fordert Klarheit bei der Förderung."
P = [
    "Der Verkauf von Wärmepumpen in Deutschland ist zu Jahresbeginn drastisch eingebrochen. Im ersten Quartal setzten die Hersteller rund 46.000 Geräte ab, 52 Prozent weniger als im Vorjahreszeitraum, wie der Bundesverband der Heizungsindustrie am Samstag mitteilte.",
    "Als Hauptgrund nennt der Verband die Unsicherheit vieler Hausbesitzer nach der monatelangen Debatte über das Gebäudeenergiegesetz. Viele hätten ihre Entscheidung für eine neue Heizung verschoben, bis klar sei, welche Zuschüsse es künftig gebe.",
    "Seit Ende Februar können Eigentümer die neue Förderung beantragen. Der Staat übernimmt bis zu 70 Prozent der Kosten, wenn eine alte Öl- oder Gasheizung ersetzt wird. Die Anträge kämen aber erst langsam in Gang, hieß es aus der Branche.",
    "Mehrere Hersteller haben bereits Kurzarbeit angemeldet. Ein Sprecher eines großen Anbieters sagte, man rechne im zweiten Halbjahr mit einer Erholung, wenn die ersten Förderbescheide vorlägen.",
    "Auch der Absatz von Gasheizungen ging zurück, allerdings weniger stark. Insgesamt wurden im ersten Quartal knapp 30 Prozent weniger Heizungen verkauft als ein Jahr zuvor.",
]
add(
    file="de_news_woche.html",
    url="https://www.diewoche.example/wirtschaft/2024-03/waermepumpen-absatz-einbruch-heizungsindustrie",
    kind="German news site, ZEIT-style: kicker span + title span in the <h1>, JSON-LD NewsArticle with articleSection, '9. März 2024, 14:32 Uhr'",
    language="de",
    timezone="Europe/Berlin",
    title=T,
    published="2024-03-09T14:32:00+01:00",
    category="Wirtschaft",
    excerpt_starts="Im ersten Quartal wurden in Deutschland 52 Prozent weniger",
    body_contains=[P[1], P[2], P[4]],
    body_excludes=["Artikel verschenken", "Mehr zum Thema", "Zur Startseite", "Jetzt abonnieren", "Kommentare"],
    traps=["kicker inside the <h1>", "gift-article and subscription boxes", "comment count"],
    html=f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Heizungsmarkt: {h(T)} | DIE WOCHE</title>
<meta name="description" content="{a(DESC)}">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="{a(DESC)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="DIE WOCHE">
<meta property="og:locale" content="de_DE">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","headline":"{j(T)}","alternativeHeadline":"Heizungsmarkt","description":"{j(DESC)}","datePublished":"2024-03-09T14:32:00+01:00","dateModified":"2024-03-09T17:05:00+01:00","articleSection":"Wirtschaft","author":[{{"@type":"Organization","name":"DIE WOCHE"}}],"publisher":{{"@type":"NewsMediaOrganization","name":"DIE WOCHE"}},"inLanguage":"de-DE"}}</script>
</head>
<body>
<header class="header"><a href="/" class="header__logo">DIE WOCHE</a><nav><a href="/politik/">Politik</a><a href="/wirtschaft/">Wirtschaft</a><a href="/gesellschaft/">Gesellschaft</a><a href="/kultur/">Kultur</a><a href="/wissen/">Wissen</a></nav><a href="/abo/">Jetzt abonnieren</a></header>
<main>
 <nav class="breadcrumbs" aria-label="Brotkrumen"><ol><li><a href="/index">Startseite</a></li><li><a href="/wirtschaft/">Wirtschaft</a></li></ol></nav>
 <article class="article">
  <header class="article-header">
   <h1 class="article-heading"><span class="article-heading__kicker">Heizungsmarkt</span><span class="visually-hidden">:</span> <span class="article-heading__title">{h(T)}</span></h1>
   <div class="summary">{h(DESC)}</div>
   <div class="metadata"><time class="metadata__date" datetime="2024-03-09T14:32:00+01:00">9. März 2024, 14:32 Uhr</time> <span class="metadata__source">Quelle: DIE WOCHE, dpa, AFP</span> <a href="#comments" class="metadata__commentcount">Kommentare 312</a></div>
   <button class="gift">Artikel verschenken</button>
  </header>
  <div class="article-body">
{ps(P, indent="   ", attrs='class="paragraph article__item"')}
  </div>
  <aside class="article-related"><h2>Mehr zum Thema</h2><ul><li><a href="/wirtschaft/2024-02/heizungsfoerderung-antrag">Heizungsförderung: So stellen Sie den Antrag</a></li></ul></aside>
  <a href="/index" class="article-footer__home">Zur Startseite</a>
 </article>
</main>
<footer><p>© DIE WOCHE</p></footer>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Japanese broadcaster news, NHK-style: "2024年3月5日 19時30分" and a <time> WITHOUT an offset,
# breadcrumb section 社会, sentences ending with 。
# ---------------------------------------------------------------------------
T = "桜の開花 平年より早い見込み 東京は3月20日ごろか"
DESC = "民間の気象会社は、ことしの桜の開花は各地で平年より早くなる見込みだと発表しました。東京都心では3月20日ごろに開花すると予想しています。"
P = [
    "民間の気象会社は5日、ことしの桜の開花予想を発表しました。2月の気温が全国的に高かったことから、各地で平年より早く開花する見込みです。",
    "予想によりますと、東京都心の開花は3月20日ごろで、平年より4日早くなっています。このほか、名古屋と福岡は3月21日ごろ、大阪は3月24日ごろと予想されています。",
    "一方、3月中旬には寒の戻りがあると見込まれ、つぼみの生育が一時的に遅れる可能性もあるということです。",
    "気象会社は「満開の時期は入学式の前になる地域が多く、花見を計画している人は早めに予定を立ててほしい」と話しています。",
]
add(
    file="ja_news_jbc.html",
    url="https://www3.jbc.example/news/html/20240305/k10014381231000.html",
    kind="Japanese broadcaster news, NHK-style: '2024年3月5日 19時30分', <time datetime> without an offset, breadcrumb section",
    language="ja",
    timezone="Asia/Tokyo",
    title=T,
    published="2024-03-05T19:30:00+09:00",
    category="社会",
    excerpt_starts="民間の気象会社は、ことしの桜の開花は各地で平年より早くなる見込み",
    body_contains=[P[1], P[2], P[3]],
    body_excludes=["このニュースをシェアする", "関連ニュース", "アクセスランキング", "動画を再生"],
    traps=["<time datetime> without an offset", "share bar", "related and ranking lists"],
    html=f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{h(T)} | JBCニュース</title>
<meta name="description" content="{a(DESC)}">
<meta property="og:title" content="{a(T)} | JBCニュース">
<meta property="og:description" content="{a(DESC)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="JBCニュース">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"name":"JBCニュース","item":"https://www3.jbc.example/news/"}},{{"@type":"ListItem","position":2,"name":"社会","item":"https://www3.jbc.example/news/cat01.html"}}]}}</script>
</head>
<body>
<header id="header"><a href="/news/" class="logo">JBCニュース</a><nav><ul><li><a href="/news/cat01.html">社会</a></li><li><a href="/news/cat02.html">気象・災害</a></li><li><a href="/news/cat03.html">科学・文化</a></li><li><a href="/news/cat04.html">政治</a></li><li><a href="/news/cat05.html">経済</a></li></ul></nav></header>
<main id="main">
 <ul class="breadcrumb"><li><a href="/news/">JBCニュース</a></li><li><a href="/news/cat01.html">社会</a></li></ul>
 <section class="content--detail">
  <header class="content--header"><h1 class="content--title"><span>{h(T)}</span></h1>
   <p class="content--date"><time datetime="2024-03-05T19:30">2024年3月5日 19時30分</time></p>
   <ul class="content--sns"><li>このニュースをシェアする</li><li><a>X</a></li><li><a>LINE</a></li></ul></header>
  <div class="content--video"><button>動画を再生</button></div>
  <div class="content--detail-body">
{ps(P, indent="   ", attrs='class="content--summary"')}
  </div>
 </section>
 <section class="module--related"><h2>関連ニュース</h2><ul><li><a href="/news/html/20240304/k1.html">各地で梅が見頃 観光客でにぎわう</a></li></ul></section>
 <section class="module--ranking"><h2>アクセスランキング</h2><ol><li><a href="/news/html/20240305/k2.html">東北新幹線 一部区間で運転見合わせ</a></li></ol></section>
</main>
<footer><p>Copyright JBC (Japan Broadcasting Co.)</p></footer>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Public radio, NPR-style: "Heard on Morning Edition", audio module with transcript links,
# date + time in a dateblock, section slug above the title, article:section
# ---------------------------------------------------------------------------
T = "Why some cities are paying residents to tear out their lawns"
P = [
    "In the desert suburbs east of Phoenix, a patch of green grass in the front yard used to be a point of pride. Now several cities will pay homeowners to dig it up.",
    "Mesa, Chandler and Scottsdale each offer rebates of up to $3,000 for replacing turf with desert plants and drip irrigation. Applications have tripled since the state cut its share of Colorado River water last year.",
    "Outdoor watering accounts for more than half of residential water use in the Phoenix area. Water managers say lawn removal is one of the cheapest ways to save water, costing the city less per gallon than building new supply.",
    'Homeowner Carla Nuñez replaced 1,100 square feet of grass with gravel, agave and a small mesquite tree. Her summer water bill dropped from about $140 a month to $55. "I thought I would miss the lawn," she said. "Mostly I miss mowing it in 110 degrees, which is to say I don\'t."',
    "Not everyone is convinced. Some residents worry that gravel yards make neighborhoods hotter. Researchers say that is a real risk unless shade trees are planted as part of the change, and several cities now require at least one tree to qualify for a rebate.",
]
add(
    file="en_public_radio_audio.html",
    url="https://www.pubradio.example/2024/03/05/1235678901/cities-pay-residents-remove-lawns-water",
    kind="public radio, NPR-style: audio module and transcript links, dateblock date + time, section slug, article:section, date in URL",
    language="en",
    timezone="America/New_York",
    title=T,
    published="2024-03-05T05:00:00-05:00",
    category="Climate",
    excerpt_starts="Arizona cities offer rebates of up to $3,000 to swap grass",
    body_contains=[P[1], P[2], P[4]],
    body_excludes=["Heard on Morning Edition", "Download", "Embed", "Transcript", "Sponsor Message"],
    traps=["audio player and 'Heard on' label", "sponsor messages", "date in URL and visible"],
    html=f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{h(T)} : PRN</title>
<meta name="description" content="Arizona cities offer rebates of up to $3,000 to swap grass for desert plants as Colorado River cuts bite.">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="Arizona cities offer rebates of up to $3,000 to swap grass for desert plants as Colorado River cuts bite.">
<meta property="og:type" content="article">
<meta property="og:site_name" content="PRN">
<meta property="article:published_time" content="2024-03-05T05:00:00-05:00">
<meta property="article:section" content="Climate">
</head>
<body>
<header class="global-header"><a href="/" class="logo">PRN</a><nav><a href="/sections/news/">News</a><a href="/sections/culture/">Culture</a><a href="/music/">Music</a><a href="/podcasts/">Podcasts &amp; Shows</a></nav><a href="/donate">Donate</a></header>
<main id="main-section">
 <article class="story">
  <div class="slug-wrap"><h3 class="slug"><a href="/sections/climate/">Climate</a></h3></div>
  <div class="storytitle"><h1>{h(T)}</h1></div>
  <div id="story-meta" class="story-meta"><div class="dateblock"><time datetime="2024-03-05T05:00:00-05:00"><span class="date">March 5, 2024</span><span class="time">5:00 AM ET</span></time></div>
   <p class="program">Heard on <a href="/programs/morning-edition/">Morning Edition</a></p></div>
  <div class="audio-module"><button class="audio-module-listen">Listen · 3:52</button><ul class="audio-tools"><li><a href="/download">Download</a></li><li><a href="/embed">Embed</a></li><li><a href="/transcripts/1235678901">Transcript</a></li></ul></div>
  <div id="storytext" class="storytext">
{ps(P[:3], indent="   ")}
   <aside class="ad-wrap"><p class="left">Sponsor Message</p></aside>
{ps(P[3:], indent="   ")}
  </div>
 </article>
</main>
<footer><p>© 2024 PRN</p></footer>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Blogger blog: the blog's name in <h1>, the post title in <h3 class="post-title">,
# "Blog: Post" <title>, date header + <abbr class="published" title=…>, labels, comments
# ---------------------------------------------------------------------------
T = "First ospreys of spring at the Alder Creek marsh"
P = [
    "They're back. At 7:40 this morning the male osprey that has nested on the channel-marker platform for the last four years came in low over the reeds carrying a stick, and spent the next half hour rearranging last year's nest.",
    "That is nine days earlier than last year and about two weeks earlier than the first arrivals I recorded when I started keeping notes here in 2011. A warm February may have helped, but the trend has been creeping earlier for a decade.",
    "No sign of the female yet. In most years she has arrived three to five days after him. I'll be out again at first light tomorrow.",
    "Also seen this morning: a pair of buffleheads still lingering on the main channel, the first tree swallows over the water, and a great blue heron that did not appreciate my company.",
]
add(
    file="en_blogger_post.html",
    url="https://marshnotes.blogspot.example/2024/03/first-ospreys-of-spring.html",
    kind="Blogger blog: blog name in <h1>, post title in <h3 class='post-title'>, '<title>Blog: Post', <abbr class='published' title=…>, labels, comments",
    language="en",
    timezone=LOS_ANGELES,
    title=T,
    published="2024-03-05T08:14:00-08:00",
    category="",
    excerpt_starts="They're back. At 7:40 this morning the male osprey",
    body_contains=[P[1], P[2], P[3]],
    body_excludes=["Posted by", "Labels:", "Post a Comment", "Newer Post", "Wonderful news, thanks for keeping count"],
    traps=["blog name in the only <h1>", "labels that are tags, not a section", "comments with dates"],
    html=f"""<!DOCTYPE html>
<html class="v2" dir="ltr" lang="en">
<head>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator">
<title>Marsh Notes: {h(T)}</title>
<link href="https://marshnotes.blogspot.example/2024/03/first-ospreys-of-spring.html" rel="canonical">
<meta content="https://marshnotes.blogspot.example/2024/03/first-ospreys-of-spring.html" property="og:url">
<meta content="{a(T)}" property="og:title">
<meta content="{a(P[0][:150])}" property="og:description">
</head>
<body>
<div class="content-outer"><div class="header-outer"><div class="Header" id="Header1"><h1 class="title"><a href="https://marshnotes.blogspot.example/">Marsh Notes</a></h1><p class="description">A daily log of birds on the Alder Creek marsh.</p></div></div>
<div class="main-outer"><div class="main-inner"><div class="column-center-inner"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
 <div class="date-outer"><h2 class="date-header"><span>Tuesday, March 5, 2024</span></h2>
  <div class="date-posts"><div class="post-outer"><div class="post hentry" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">
   <h3 class="post-title entry-title" itemprop="name">{h(T)}</h3>
   <div class="post-header"></div>
   <div class="post-body entry-content" id="post-body-4481" itemprop="description articleBody">
{ps(P, indent="    ")}
   </div>
   <div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author">Ruth</span></span> <span class="post-timestamp">at <a class="timestamp-link" href="https://marshnotes.blogspot.example/2024/03/first-ospreys-of-spring.html" rel="bookmark"><abbr class="published" itemprop="datePublished" title="2024-03-05T08:14:00-08:00">8:14 AM</abbr></a></span></div>
    <div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="/search/label/ospreys" rel="tag">ospreys</a>, <a href="/search/label/spring%20migration" rel="tag">spring migration</a></span></div></div>
  </div>
  <div class="comments" id="comments"><h4>2 comments:</h4><div class="comment-block"><dl><dt class="comment-author">Hal</dt><dd class="comment-body"><p>Wonderful news, thanks for keeping count all these years.</p></dd><dd class="comment-footer"><span class="comment-timestamp"><a href="#c1">March 5, 2024 at 10:02 AM</a></span></dd></dl></div>
   <p class="comment-footer"><a href="https://www.blogger.example/comment/fullpage/post/1/4481">Post a Comment</a></p></div>
  </div></div></div>
 </div>
 <div class="blog-pager" id="blog-pager"><a class="blog-pager-newer-link" href="/2024/03/great-egret.html">Newer Post</a> <a class="blog-pager-older-link" href="/2024/03/frost.html">Older Post</a> <a class="home-link" href="/">Home</a></div>
</div></div></div></div></div>
</div>
</body>
</html>
""",
)
