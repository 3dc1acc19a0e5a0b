"""English pages, part 1: wires, newspapers, a liveblog, an opinion column."""

# ruff: noqa: E501

from __future__ import annotations

from common import a, add, h, j, ps

NEW_YORK = "America/New_York"
LONDON = "Europe/London"

# ---------------------------------------------------------------------------
# Wire, Reuters-style: JSON-LD NewsArticle, visible "March 5, 2024 1:42 PM GMT" and
# "Updated 2 hours ago", section in a breadcrumb
# ---------------------------------------------------------------------------
T = "Copper hits 11-month high as Chinese smelters agree output cuts"
P = [
    "LONDON, March 5 (Wirestream) - Copper prices climbed to their highest in 11 months on Tuesday after major Chinese smelters agreed to cut production, tightening the outlook for a market already short of new mine supply.",
    "Benchmark three-month copper on the London Metal Exchange rose 2.1% to $8,912 a metric ton by 1330 GMT, after touching $8,955, its highest since April last year.",
    "A group of about a dozen smelters that account for more than half of China's refined output agreed at a meeting in Beijing to reduce runs at loss-making plants, according to two people who attended. The companies did not say how much output would be cut.",
    "Fees that miners pay smelters to process copper concentrate have collapsed to near zero this year as new smelting capacity in China and Indonesia competes for a limited supply of ore.",
    '"This is the market finally acknowledging that the concentrate squeeze has to end somewhere," said a metals strategist at a European bank. "If the cuts are real, refined supply growth this year could be close to flat."',
    "Aluminium rose 0.8% to $2,236 a ton, while zinc gained 1.3%.",
]
add(
    file="en_wire_wirestream.html",
    url="https://www.wirestream.example/markets/commodities/copper-hits-11-month-high-chinese-smelters-agree-output-cuts-2024-03-05/",
    kind="wire, Reuters-style: JSON-LD NewsArticle, visible date with GMT+0 and 'Updated 2 hours ago', breadcrumb section, date in URL slug",
    language="en",
    timezone=LONDON,
    title=T,
    published="2024-03-05T13:42:00+00:00",
    now="2024-03-05T17:05:00+00:00",
    category="Commodities",
    excerpt_starts="Copper prices climbed to their highest in 11 months on Tuesday",
    body_contains=[P[1], P[2], P[4]],
    body_excludes=[
        "Our Standards: The Wirestream Trust Principles",
        "Sign up here.",
        "Get a look at the day ahead",
        "Purchase Licensing Rights",
    ],
    traps=[
        "'Updated 2 hours ago' next to the absolute time",
        "reporting credits and trust-principles footer",
        "newsletter box inside the text",
    ],
    html=f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{h(T)} | Wirestream</title>
<meta name="description" content="Copper prices climbed to their highest in 11 months on Tuesday after major Chinese smelters agreed to cut production, tightening the outlook for a market already short of new mine supply.">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="Copper prices climbed to their highest in 11 months on Tuesday after major Chinese smelters agreed to cut production, tightening the outlook for a market already short of new mine supply.">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Wirestream">
<meta property="og:url" content="https://www.wirestream.example/markets/commodities/copper-hits-11-month-high-chinese-smelters-agree-output-cuts-2024-03-05/">
<meta property="article:published_time" content="2024-03-05T13:42:00Z">
<meta property="article:modified_time" content="2024-03-05T15:01:00Z">
<meta property="article:section" content="Commodities">
<link rel="canonical" href="https://www.wirestream.example/markets/commodities/copper-hits-11-month-high-chinese-smelters-agree-output-cuts-2024-03-05/">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","headline":"{j(T)}","datePublished":"2024-03-05T13:42:00Z","dateModified":"2024-03-05T15:01:00Z","articleSection":"Commodities","author":[{{"@type":"Person","name":"Harriet Okafor"}}],"publisher":{{"@type":"Organization","name":"Wirestream"}},"isAccessibleForFree":true}}</script>
</head>
<body>
<div id="fusion-app">
<header class="site-header"><a href="/" class="logo">Wirestream</a><nav><a href="/world/">World</a><a href="/business/">Business</a><a href="/markets/" aria-current="true">Markets</a><a href="/sustainability/">Sustainability</a><a href="/technology/">Technology</a></nav><a href="/account/register/sign-up/">Register</a></header>
<main id="main-content">
 <article class="article__container">
  <header class="article-header">
   <nav aria-label="Tags" class="article-header__tags"><a href="/markets/">Markets</a> <a href="/markets/commodities/">Commodities</a></nav>
   <h1 data-testid="Heading">{h(T)}</h1>
   <div class="article-header__meta"><address class="author-name">By <a href="/authors/harriet-okafor/">Harriet Okafor</a></address>
    <time datetime="2024-03-05T13:42:00Z"><span class="date-line__date">March 5, 2024</span><span class="date-line__time">1:42 PM GMT+0</span><span class="date-line__updated">Updated 2 hours ago</span></time></div>
  </header>
  <figure><img src="https://www.wirestream.example/resizer/copper.jpg" alt=""><figcaption>Copper cathodes are stacked at a warehouse in Shanghai, China, January 9, 2024. Wirestream/Staff/File Photo <a href="/licensing">Purchase Licensing Rights</a></figcaption></figure>
  <div class="article-body__content">
{ps(P[:2], indent="   ", attrs='data-testid="paragraph"')}
   <div class="newsletter-signup"><p>The Morning Bid newsletter: Get a look at the day ahead in markets. <a href="/newsletters/morning-bid/">Sign up here.</a></p></div>
{ps(P[2:], indent="   ", attrs='data-testid="paragraph"')}
   <p class="sign-off">Reporting by Harriet Okafor; Additional reporting by Mei Lin in Beijing; Editing by Tom Harlow</p>
  </div>
  <div class="trust-badge"><a href="/info-pages/trust-principles/">Our Standards: The Wirestream Trust Principles.</a></div>
 </article>
 <aside class="related"><h2>Read Next</h2><ul><li><a href="/markets/commodities/gold-steadies-ahead-of-fed-testimony-2024-03-05/">Gold steadies ahead of Fed testimony</a></li><li><a href="/markets/commodities/oil-edges-lower-2024-03-05/">Oil edges lower as OPEC+ extends cuts</a></li></ul></aside>
</main>
<footer class="site-footer"><p>All quotes delayed a minimum of 15 minutes.</p><p>© 2024 Wirestream. All rights reserved</p></footer>
</div>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Wire, AP-style: "WASHINGTON (AP) —" dateline, meta published time, visible "Updated" time
# (later than the first publication), section in article:section
# ---------------------------------------------------------------------------
T = "Senate panel advances bill to expand broadband subsidies for rural schools"
P = [
    "WASHINGTON (AP) — A Senate committee voted Tuesday to advance a bill that would nearly double federal subsidies for high-speed internet at rural schools and libraries, setting up a possible floor vote before the end of the month.",
    "The Commerce Committee approved the measure 19-8, with five Republicans joining Democrats in support. The bill would raise the annual cap on the program to $9 billion and let schools use the money for Wi-Fi hot spots that students take home.",
    "Supporters said the pandemic showed how many rural students lack reliable internet at home. \"We can't keep asking kids to do homework in a fast-food parking lot,\" said the committee's chair.",
    "Opponents argued the program is already poorly targeted and that the expansion would be paid for by higher fees on phone bills. An amendment to require annual audits of hot-spot use was adopted by voice vote.",
    "The House has not taken up a companion bill, and it was unclear whether leaders there would schedule one before the August recess.",
]
add(
    file="en_wire_ap_style.html",
    url="https://apnews.example/article/broadband-schools-senate-subsidies-3f9a1c2b7d",
    kind="wire, AP-style: dateline, article:published_time in UTC, visible 'Updated 3:40 PM EST, March 5, 2024', article:section",
    language="en",
    timezone=NEW_YORK,
    title=T,
    published="2024-03-05T14:02:00-05:00",
    category="Politics",
    excerpt_starts="A Senate committee voted Tuesday to advance a bill that would",
    body_contains=[P[1], P[3], P[4]],
    body_excludes=[
        "Copyright 2024 The Associated Wire",
        "Most Read",
        "Primary turnout climbs",
    ],
    traps=["visible time is the update, not the first publication", "contributor line", "'Most Read' list"],
    html=f"""<!DOCTYPE html>
<html lang="en" class="Page">
<head>
<meta charset="UTF-8">
<title>{h(T)} | AW News</title>
<meta name="description" content="A Senate committee voted Tuesday to advance a bill that would nearly double federal subsidies for high-speed internet at rural schools and libraries.">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="A Senate committee voted Tuesday to advance a bill that would nearly double federal subsidies for high-speed internet at rural schools and libraries.">
<meta property="og:site_name" content="AW News">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-03-05T19:02:00Z">
<meta property="article:section" content="Politics">
<meta name="gtm-dataLayer" content="{{&quot;pageType&quot;:&quot;article&quot;}}">
</head>
<body class="Page-body">
<bsp-header class="Page-header"><a class="Page-header-logo" href="/">AW News</a><nav class="Page-header-navigation"><a href="/world-news">World</a><a href="/us-news">U.S.</a><a href="/politics">Politics</a><a href="/sports">Sports</a><a href="/entertainment">Entertainment</a><a href="/business">Business</a></nav></bsp-header>
<main class="Page-main">
 <div class="Page-breadcrumbs"><a href="/politics" class="Link">Politics</a></div>
 <h1 class="Page-headline">{h(T)}</h1>
 <div class="Page-byline"><div class="Page-authors">By <a href="/author/rachel-moss">RACHEL MOSS</a></div>
  <div class="Page-dateModified"><bsp-timestamp data-timestamp="1709671200000"><span>Updated 3:40 PM EST, March 5, 2024</span></bsp-timestamp></div></div>
 <div class="Page-actions"><button>Share</button><button>Copy Link</button><button>copied</button></div>
 <div class="RichTextStoryBody RichTextBody">
{ps(P, indent="  ")}
  <p>Associated Wire writer Dana Lee contributed to this report.</p>
 </div>
 <div class="Page-copyright">Copyright 2024 The Associated Wire. All rights reserved. This material may not be published, broadcast, written or redistributed.</div>
 <bsp-list-loadmore class="PageListMostRead"><h2>Most Read</h2><ul><li><a href="/article/primary-results-1">Primary turnout climbs in most states, early tallies show</a></li><li><a href="/article/storm-2">Storms knock out power to thousands in the South</a></li></ul></bsp-list-loadmore>
</main>
<footer class="Page-footer"><p>AW News · Copyright 2024</p></footer>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Regional US paper: the date exists only in visible text
# ("Published March 3, 2024 at 9:15 a.m. EST"), section in a breadcrumb
# ---------------------------------------------------------------------------
T = "Harbor ferry to add Sunday service after record winter ridership"
P = [
    "The city's harbor ferry will run on Sundays for the first time starting in April, transit officials said Friday, after winter ridership reached its highest level since the service began in 2011.",
    "An average of 4,300 riders a day used the ferry in January and February, up 18% from a year earlier. Officials credited a new fare-capping system that lets commuters transfer free between buses, trains and the ferry.",
    "Sunday boats will leave the downtown terminal every 45 minutes from 9 a.m. to 7 p.m. The added service will cost about $1.2 million a year, most of it covered by a state grant approved last fall.",
    "Riders who spoke at a board meeting last month said the lack of weekend service made the ferry useless for hospital and retail workers who do not keep office hours.",
    '"Half my shifts are on Sunday," said one nurse who commutes from the east shore. "I\'d take the boat every day if it were there."',
]
add(
    file="en_regional_visible_date.html",
    url="https://www.baytimes.example/news/local/harbor-ferry-sunday-service",
    kind="regional US paper: date only in visible text 'Published March 3, 2024 at 9:15 a.m. EST', breadcrumb section, no JSON-LD",
    language="en",
    timezone=NEW_YORK,
    title=T,
    published="2024-03-03T09:15:00-05:00",
    category="Local News",
    excerpt_starts="Transit officials said Sunday boats will leave the downtown terminal",
    body_contains=[P[1], P[2], P[4]],
    body_excludes=["Subscribe for $1", "Trending Now", "Sponsored Content", "Contact reporter"],
    traps=["no machine-readable date", "paywall offer box", "sponsored links"],
    html=f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{h(T)} - Bay Times</title>
<meta property="og:title" content="{a(T)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Bay Times">
<meta property="og:image" content="https://www.baytimes.example/resizer/ferry.jpg">
<meta name="description" content="Transit officials said Sunday boats will leave the downtown terminal every 45 minutes from 9 a.m. to 7 p.m. starting in April.">
</head>
<body>
<header class="masthead"><a href="/" class="masthead__logo">Bay Times</a><nav><a href="/news/local/">Local</a><a href="/sports/">Sports</a><a href="/business/">Business</a><a href="/opinion/">Opinion</a></nav><a class="masthead__subscribe" href="/subscribe">Subscribe for $1</a></header>
<main>
 <ol class="breadcrumbs"><li><a href="/news/">News</a></li><li><a href="/news/local/">Local News</a></li></ol>
 <h1 class="headline">{h(T)}</h1>
 <div class="byline">By <a href="/staff/luis-ortega/">Luis Ortega</a> | <a href="mailto:lortega@baytimes.example">Contact reporter</a></div>
 <div class="timestamp">Published March 3, 2024 at 9:15 a.m. EST</div>
 <div class="article-body">
  <figure><img src="https://www.baytimes.example/resizer/ferry.jpg" alt="Ferry"><figcaption>Passengers board the harbor ferry at the downtown terminal. (Bay Times file photo)</figcaption></figure>
{ps(P, indent="  ")}
 </div>
 <section class="trending"><h3>Trending Now</h3><ul><li><a href="/news/local/school-board-vote">School board delays vote on later start times</a></li></ul></section>
 <section class="sponsored"><h3>Sponsored Content</h3><a href="https://ads.example/1">This one trick cuts your energy bill</a></section>
</main>
<footer><p>© 2024 Bay Times Media Group</p></footer>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Local newspaper on WordPress + Yoast: JSON-LD @graph (WebPage, Article with
# articleSection list, BreadcrumbList, Person, Organization), UTC offsets in the graph
# ---------------------------------------------------------------------------
T = "Downtown grocery co-op reaches 2,000 members, eyes second store"
P = [
    "The downtown grocery co-op that opened in a former bank building three years ago has signed up its 2,000th member-owner, and its board is now scouting sites for a second store on the city's south side.",
    "General manager Alicia Brandt said sales grew 22% last year to $6.8 million, enough to pay off the store's startup loan ahead of schedule. About 40% of the produce on its shelves now comes from farms within 100 miles.",
    "The co-op charges a one-time $150 membership fee, which can be paid in installments. Members get a share of any annual surplus, but anyone can shop there.",
    "The south-side neighborhood has been without a full-service grocery store since 2019, when a national chain closed its location on Cedar Avenue. Residents have lobbied the city council for help attracting a replacement.",
    "Brandt said the board hopes to announce a location by fall and open within two years, depending on financing. The co-op will hold a public listening session on April 9 at the Cedar Avenue library branch.",
]
add(
    file="en_wordpress_yoast_graph.html",
    url="https://prairieledger.example/2024/02/14/grocery-co-op-second-store/",
    kind="local newspaper on WordPress + Yoast: JSON-LD @graph with Article.articleSection as a list, UTC offsets, ' | ' title, Jetpack related posts and share buttons",
    language="en",
    timezone="America/Chicago",
    title=T,
    published="2024-02-14T05:30:00-06:00",
    category="Business",
    excerpt_starts="The downtown grocery co-op that opened in a former bank building",
    body_contains=[P[1], P[3], P[4]],
    body_excludes=["Share this:", "Like this:", "Related", "Support local journalism", "City council approves"],
    traps=["articleSection is a list", "graph times in UTC", "Jetpack sharing and related-posts blocks"],
    html=f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{h(T)} | The Prairie Ledger</title>
<meta name="description" content="{a(P[0])}">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="{a(T)} | The Prairie Ledger">
<meta property="og:description" content="{a(P[0])}">
<meta property="og:url" content="https://prairieledger.example/2024/02/14/grocery-co-op-second-store/">
<meta property="og:site_name" content="The Prairie Ledger">
<meta property="article:published_time" content="2024-02-14T11:30:00+00:00">
<meta property="article:modified_time" content="2024-02-15T02:11:09+00:00">
<meta name="author" content="Jonah Pike">
<link rel="canonical" href="https://prairieledger.example/2024/02/14/grocery-co-op-second-store/">
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"Article","@id":"https://prairieledger.example/2024/02/14/grocery-co-op-second-store/#article","isPartOf":{{"@id":"https://prairieledger.example/2024/02/14/grocery-co-op-second-store/"}},"author":{{"name":"Jonah Pike","@id":"https://prairieledger.example/#/schema/person/1a2b"}},"headline":"{j(T)}","datePublished":"2024-02-14T11:30:00+00:00","dateModified":"2024-02-15T02:11:09+00:00","mainEntityOfPage":{{"@id":"https://prairieledger.example/2024/02/14/grocery-co-op-second-store/"}},"wordCount":412,"publisher":{{"@id":"https://prairieledger.example/#organization"}},"articleSection":["Business"],"inLanguage":"en-US"}},{{"@type":"WebPage","@id":"https://prairieledger.example/2024/02/14/grocery-co-op-second-store/","url":"https://prairieledger.example/2024/02/14/grocery-co-op-second-store/","name":"{j(T)} | The Prairie Ledger","isPartOf":{{"@id":"https://prairieledger.example/#website"}},"datePublished":"2024-02-14T11:30:00+00:00","dateModified":"2024-02-15T02:11:09+00:00","description":"{j(P[0])}","breadcrumb":{{"@id":"https://prairieledger.example/2024/02/14/grocery-co-op-second-store/#breadcrumb"}},"inLanguage":"en-US"}},{{"@type":"BreadcrumbList","@id":"https://prairieledger.example/2024/02/14/grocery-co-op-second-store/#breadcrumb","itemListElement":[{{"@type":"ListItem","position":1,"name":"Home","item":"https://prairieledger.example/"}},{{"@type":"ListItem","position":2,"name":"{j(T)}"}}]}},{{"@type":"WebSite","@id":"https://prairieledger.example/#website","url":"https://prairieledger.example/","name":"The Prairie Ledger","publisher":{{"@id":"https://prairieledger.example/#organization"}}}},{{"@type":"Organization","@id":"https://prairieledger.example/#organization","name":"The Prairie Ledger","url":"https://prairieledger.example/"}},{{"@type":"Person","@id":"https://prairieledger.example/#/schema/person/1a2b","name":"Jonah Pike"}}]}}</script>
<link rel="stylesheet" id="wp-block-library-css" href="https://prairieledger.example/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3" media="all">
</head>
<body class="post-template-default single single-post postid-18342 single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><p class="site-title"><a href="https://prairieledger.example/" rel="home">The Prairie Ledger</a></p><p class="site-description">Independent news for the Prairie</p>
 <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/category/news/">News</a></li><li class="menu-item current-post-ancestor"><a href="/category/business/">Business</a></li><li class="menu-item"><a href="/category/arts/">Arts</a></li><li class="menu-item"><a href="/category/opinion/">Opinion</a></li></ul></nav></header>
<div id="content" class="site-content">
 <main id="primary" class="site-main">
  <article id="post-18342" class="post-18342 post type-post status-publish format-standard has-post-thumbnail hentry category-business">
   <header class="entry-header">
    <span class="cat-links"><a href="https://prairieledger.example/category/business/" rel="category tag">Business</a></span>
    <h1 class="entry-title">{h(T)}</h1>
    <div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/jpike/">Jonah Pike</a></span></span> <span class="posted-on"><a href="/2024/02/14/grocery-co-op-second-store/" rel="bookmark"><time class="entry-date published" datetime="2024-02-14T05:30:00-06:00">February 14, 2024</time><time class="updated" datetime="2024-02-14T20:11:09-06:00">February 14, 2024</time></a></span></div>
   </header>
   <div class="entry-content">
{ps(P, indent="    ")}
    <div class="wp-block-group support-box"><p><strong>Support local journalism.</strong> The Prairie Ledger is a nonprofit newsroom. <a href="/donate/">Donate today</a>.</p></div>
    <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-facebook">Facebook</a></li><li><a class="share-x">X</a></li><li><a class="share-email">Email</a></li></ul></div>
    <div class="sharedaddy sd-like"><h3 class="sd-title">Like this:</h3><span>Like Loading...</span></div>
    <div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items"><p class="jp-relatedposts-post"><a href="/2024/01/30/council-approves-tif/">City council approves tax district for Cedar Avenue</a></p></div></div>
   </div>
  </article>
 </main>
 <aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/2024/02/13/library-hours/">Library adds evening hours</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2024 The Prairie Ledger · Proudly powered by WordPress</div></footer>
</div>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Guardian-style: title "Headline | Section | Site", standfirst as description,
# article:section, first-published time in a <details> summary
# ---------------------------------------------------------------------------
T = "Britain's hedgerows are shrinking again despite replanting pledges, survey finds"
STAND = "Countryside charity finds net loss of 3,000 miles since 2020 as new planting fails to keep pace with removal and neglect"
P = [
    "England's hedgerows are shrinking again, with more miles lost to removal and neglect over the past four years than were planted under government schemes, according to the largest survey of the habitat in more than a decade.",
    "Volunteers working with the Countryside Trust walked and mapped about 12,000 miles of hedgerow across 1,400 randomly selected sites between 2021 and 2023. Extrapolated nationally, the results suggest a net loss of roughly 3,000 miles since 2020.",
    "The government has pledged to plant or restore 45,000 miles of hedgerow by 2050 and pays farmers to do so under its environmental land management schemes. But the survey found that many existing hedges were being cut too often and too low, leaving gaps that eventually grow into breaks.",
    '"Planting new hedges is welcome, but it is like filling a bath with the plug out," said the trust\'s head of conservation. "If we don\'t look after the hedges we already have, the numbers will keep going the wrong way."',
    "Hedgerows provide food and shelter for more than 130 priority species, including dormice and the declining yellowhammer, and act as corridors that let wildlife move between woods and fields.",
    'The Department for Environment said it was "committed to reversing hedgerow loss" and would publish updated guidance on cutting regimes later this year.',
]
add(
    file="en_guardian_style.html",
    url="https://www.theledger.example/environment/2024/mar/09/britain-hedgerows-shrinking-survey",
    kind="Guardian-style: '<title>Headline | Environment | The Ledger', standfirst as description, article:section, date in URL and in a <details> summary",
    language="en",
    timezone=LONDON,
    title=T,
    published="2024-03-09T07:00:00+00:00",
    category="Environment",
    excerpt_starts="Countryside charity finds net loss of 3,000 miles since 2020",
    body_contains=[P[1], P[2], P[4]],
    body_excludes=[
        "Sign up to Down to Earth",
        "after newsletter promotion",
        "Explore more on these topics",
        "Most viewed",
        "Reuse this content",
    ],
    traps=[
        "section name between headline and site name in <title>",
        "newsletter promotion between paragraphs",
        "'Most viewed' list",
    ],
    html=f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{h(T)} | Environment | The Ledger</title>
<meta name="description" content="{a(STAND)}">
<meta property="og:url" content="https://www.theledger.example/environment/2024/mar/09/britain-hedgerows-shrinking-survey">
<meta property="article:published_time" content="2024-03-09T07:00:00.000Z">
<meta property="article:modified_time" content="2024-03-09T10:24:00.000Z">
<meta property="article:section" content="Environment">
<meta property="article:tag" content="Environment,Wildlife,Farming,Conservation">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="{a(STAND)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="the Ledger">
<link rel="canonical" href="https://www.theledger.example/environment/2024/mar/09/britain-hedgerows-shrinking-survey">
</head>
<body>
<div id="bannerandheader"><header data-component="nav2"><a href="/" data-link-name="nav2 : logo">The Ledger</a>
 <nav><a href="/uk">News</a><a href="/commentisfree">Opinion</a><a href="/uk/sport">Sport</a><a href="/uk/culture">Culture</a><a href="/uk/lifeandstyle">Lifestyle</a></nav>
 <ul data-component="sub-nav"><li><a href="/world">World</a></li><li><a href="/uk/environment" data-link-name="nav2 : subnav : environment">Environment</a></li><li><a href="/science">Science</a></li></ul></header></div>
<main data-layout="StandardLayout">
 <div class="article-meta"><a data-link-name="article section" href="/environment"><span>Environment</span></a></div>
 <div data-gu-name="headline"><h1>{h(T)}</h1></div>
 <div data-gu-name="standfirst"><p>{h(STAND)}</p></div>
 <div data-gu-name="meta"><address aria-label="Contributor info"><a rel="author" href="/profile/alex-moreton">Alex Moreton</a> Environment correspondent</address>
  <details class="dcr-timestamp"><summary>Sat 9 Mar 2024 07.00 GMT</summary><span>Last modified on Sat 9 Mar 2024 10.24 GMT</span></details>
  <div class="share"><a data-link-name="share facebook">Share on Facebook</a><a data-link-name="share email">Share via Email</a></div></div>
 <div id="maincontent" data-gu-name="body" class="article-body-commercial-selector article-body-viewer-selector">
{ps(P[:3], indent="  ", attrs='class="dcr-s23rjr"')}
  <a data-link-name="in body link" href="#EmailSignup-skip-link-11"></a>
  <div data-component="newsletter-signup"><p class="newsletter-title">Sign up to Down to Earth</p><p>Free weekly newsletter. The planet's most important stories.</p><p>Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.</p><p id="EmailSignup-skip-link-11">after newsletter promotion</p></div>
{ps(P[3:], indent="  ", attrs='class="dcr-s23rjr"')}
 </div>
 <div data-component="keywords"><h2>Explore more on these topics</h2><ul><li><a href="/environment/wildlife">Wildlife</a></li><li><a href="/environment/farming">Farming</a></li></ul></div>
 <a href="https://syndication.theledger.example/">Reuse this content</a>
 <section data-component="most-popular"><h2>Most viewed</h2><ol><li><a href="/uk-news/2024/mar/09/rail-fares">Rail fares rise by 4.9% in England and Wales</a></li></ol></section>
</main>
<footer><p>© 2024 Ledger News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# BBC-style: "Headline - BNC News", JSON-LD ReportageNewsArticle with milliseconds,
# <time> with a date-only label, aria-current section in the nav, "Related" block
# ---------------------------------------------------------------------------
T = "Why your next phone charger might be made of gallium"
P = [
    "If you have bought a compact laptop charger recently, there is a good chance it contains a chip made not from silicon but from gallium nitride.",
    "The material, known as GaN, lets electricity switch on and off faster and with less wasted heat than silicon. That means the bulky transformer and heat sink inside a charger can shrink dramatically, which is why a 100-watt GaN charger can be smaller than a deck of cards.",
    "Chargers are only the start. Engineers say GaN could cut losses in electric car inverters, solar panel converters and the power supplies of data centres, where even a one-percentage-point gain in efficiency saves huge amounts of energy.",
    "There are obstacles. Gallium is mostly produced as a by-product of aluminium refining, and last year the country that supplies about 98% of the world's raw gallium began requiring export licences for it.",
    '"We are not going to run out of gallium, but we have built a supply chain with almost no redundancy," said a materials scientist at a UK university. Several European refiners are now studying whether to restart gallium recovery lines that were closed a decade ago.',
]
add(
    file="en_bbc_style.html",
    url="https://www.bnc.example/news/technology-68471234",
    kind="BBC-style: '<title>Headline - BNC News', JSON-LD ReportageNewsArticle (ms, Z), <time> with a date-only label, aria-current section and article:section",
    language="en",
    timezone=LONDON,
    title=T,
    published="2024-03-05T06:12:45+00:00",
    category="Technology",
    excerpt_starts="Gallium nitride chips are shrinking chargers and could cut",
    body_contains=[P[1], P[2], P[3]],
    body_excludes=["Related Topics", "More on this story", "Top Stories", "Getty Images"],
    traps=[
        "seconds and milliseconds in the published time",
        "image credit inside the figure",
        "'More on this story' list",
    ],
    html=f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<title>{h(T)} - BNC News</title>
<meta name="description" content="Gallium nitride chips are shrinking chargers and could cut energy losses in cars and data centres, but supply is a worry.">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="Gallium nitride chips are shrinking chargers and could cut energy losses in cars and data centres, but supply is a worry.">
<meta property="og:site_name" content="BNC News">
<meta property="og:type" content="article">
<meta property="article:section" content="Technology">
<link rel="canonical" href="https://www.bnc.example/news/technology-68471234">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"ReportageNewsArticle","url":"https://www.bnc.example/news/technology-68471234","publisher":{{"@type":"NewsMediaOrganization","name":"BNC News","logo":{{"@type":"ImageObject","url":"https://static.files.bnci.example/ws/img/logos/og/news.png"}}}},"datePublished":"2024-03-05T06:12:45.000Z","dateModified":"2024-03-05T06:12:45.000Z","headline":"{j(T)}","image":{{"@type":"ImageObject","width":1024,"height":576,"url":"https://ichef.bnci.example/news/1024/charger.jpg"}},"thumbnailUrl":"https://ichef.bnci.example/news/1024/charger.jpg","author":{{"@type":"Person","name":"Priya Raman"}},"mainEntityOfPage":"https://www.bnc.example/news/technology-68471234"}}</script>
</head>
<body>
<header role="banner"><a href="/" class="logo">BNC</a>
 <nav aria-label="BNC News"><ul><li><a href="/news">Home</a></li><li><a href="/news/world">World</a></li><li><a href="/news/business">Business</a></li><li><a href="/news/technology" aria-current="page">Technology</a></li><li><a href="/news/science_and_environment">Science</a></li><li><a href="/news/health">Health</a></li></ul></nav></header>
<div id="main-content">
 <article>
  <header><h1 id="main-heading" tabindex="-1">{h(T)}</h1></header>
  <div data-component="byline-block"><div><span>Priya Raman</span><span>Technology reporter</span></div></div>
  <div data-component="date"><time datetime="2024-03-05T06:12:45.000Z">5 March 2024</time></div>
  <div data-component="image-block"><figure><img src="https://ichef.bnci.example/news/1024/charger.jpg" alt="A small white charger plugged into a laptop"><span role="text"><span class="visually-hidden">Image source, </span>Getty Images</span><figcaption><span class="visually-hidden">Image caption, </span>GaN chargers can be a third of the size of older designs</figcaption></figure></div>
  <div data-component="text-block">{ps(P[:3], indent="")}</div>
  <div data-component="subheadline-block"><h2>Supply worries</h2></div>
  <div data-component="text-block">{ps(P[3:], indent="")}</div>
  <div data-component="links-block"><h2>More on this story</h2><ul><li><a href="/news/business-66123456">Export curbs on chip metals take effect</a></li></ul></div>
  <div data-component="tag-list"><h2>Related Topics</h2><a href="/news/topics/semiconductors">Semiconductors</a> <a href="/news/topics/energy">Energy</a></div>
 </article>
 <section data-component="top-stories"><h2>Top Stories</h2><ul><li><a href="/news/uk-1">Budget to include fuel duty freeze</a></li></ul></section>
</div>
<footer role="contentinfo"><p>Copyright 2024 BNC. All rights reserved.</p></footer>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# NYT-style: og:title / <title> / JSON-LD carry the SEO headline; the <h1> shows the
# headline readers see, which is what a human calls the headline
# ---------------------------------------------------------------------------
T = "The Quiet Comeback of the Neighborhood Hardware Store"
SEO = "Independent Hardware Stores Are Growing Again as Big-Box Chains Shrink"
SUMMARY = "After decades of decline, independent hardware stores are adding locations, helped by contractors, do-it-yourselfers and a shift back to neighborhood shopping."
P = [
    "For most of the past three decades, the story of the American hardware store was one of steady retreat. Independent shops closed by the thousands as home-improvement warehouses opened at highway exits, offering lower prices and acres of parking.",
    "That trend has quietly reversed. The number of independent hardware and home-center stores rose for the third straight year in 2023, according to an industry trade group, reaching about 21,600 locations.",
    "Owners point to several forces. Remote workers who spend more time at home are taking on more small repairs. Contractors, frustrated by long checkout lines at big stores, value counters where staff know their names and can order a specific part by the afternoon.",
    '"People come in with a broken piece of something in a plastic bag and ask if we can match it," said the third-generation owner of a store in Dayton, Ohio. "That is our whole business model, and it turns out there\'s a lot of demand for it."',
    "The large chains, meanwhile, have slowed their expansion and closed some underperforming stores, focusing instead on professional contractors and online sales.",
    "Not every independent is thriving. Stores in shrinking rural towns still struggle, and rising rents have pushed some urban shops out of the neighborhoods they served for generations.",
]
add(
    file="en_nyt_style_h1_differs.html",
    url="https://www.nytribune.example/2024/03/03/business/hardware-stores-independent.html",
    kind="NYT-style: <h1> (display headline) differs from og:title/<title>/JSON-LD headline (SEO headline); expected title is the <h1>",
    language="en",
    timezone=NEW_YORK,
    title=T,
    published="2024-03-03T05:00:00-05:00",
    category="Business",
    excerpt_starts="After decades of decline, independent hardware stores are adding",
    body_contains=[P[1], P[2], P[5]],
    body_excludes=[
        "Advertisement",
        "SKIP ADVERTISEMENT",
        "A version of this article appears in print",
        "Read 214 comments",
        "Give this article",
    ],
    traps=[
        "SEO headline in og:title and <title>",
        "'Advertisement' markers between paragraphs",
        "print-edition note",
        "comments teaser",
    ],
    html=f"""<!DOCTYPE html>
<html lang="en" class="story nytapp-vi-article">
<head>
<meta charset="utf-8">
<title>{h(SEO)} - The New York Tribune</title>
<meta data-rh="true" name="description" content="{a(SUMMARY)}">
<meta data-rh="true" property="og:title" content="{a(SEO)}">
<meta data-rh="true" property="og:description" content="{a(SUMMARY)}">
<meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" property="og:url" content="https://www.nytribune.example/2024/03/03/business/hardware-stores-independent.html">
<meta data-rh="true" property="article:published_time" content="2024-03-03T10:00:00.000Z">
<meta data-rh="true" property="article:modified_time" content="2024-03-04T16:31:20.000Z">
<meta data-rh="true" property="article:section" content="Business">
<meta data-rh="true" name="byl" content="By Martin Greer">
<link data-rh="true" rel="canonical" href="https://www.nytribune.example/2024/03/03/business/hardware-stores-independent.html">
<script data-rh="true" type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","description":"{j(SUMMARY)}","headline":"{j(SEO)}","dateModified":"2024-03-04T16:31:20.000Z","datePublished":"2024-03-03T10:00:00.000Z","author":[{{"@context":"https://schema.org","@type":"Person","name":"Martin Greer"}}],"publisher":{{"@id":"https://www.nytribune.example/#publisher"}},"isAccessibleForFree":false}}</script>
</head>
<body>
<div id="app">
<header class="css-header"><a href="/" aria-label="New York Tribune Logo">The New York Tribune</a><a href="/section/business" class="css-section">Business</a><button>Give this article</button></header>
<main id="site-content">
 <article id="story">
  <header class="css-1vkm6nb">
   <h1 id="link-4686dc8b" class="css-88wicj e1h9rw200" data-testid="headline">{h(T)}</h1>
   <p id="article-summary" class="css-79rysd">{h(SUMMARY)}</p>
   <div class="css-byline"><p>By <a href="/by/martin-greer">Martin Greer</a></p><time datetime="2024-03-03T05:00:00-05:00">March 3, 2024</time><span>Updated 11:31 a.m. ET</span></div>
  </header>
  <section name="articleBody" class="meteredContent">
   <div class="StoryBodyCompanionColumn">{ps(P[:2], indent="")}</div>
   <div class="ad"><p>Advertisement</p><a href="#after-dfp-ad-mid1">SKIP ADVERTISEMENT</a></div>
   <div class="StoryBodyCompanionColumn">{ps(P[2:], indent="")}</div>
  </section>
  <div class="bottom-of-article"><p>A version of this article appears in print on March 4, 2024, Section B, Page 1 of the New York edition.</p></div>
  <div class="comments-teaser"><a href="#commentsContainer">Read 214 comments</a></div>
 </article>
</main>
</div>
</body>
</html>
""",
)
