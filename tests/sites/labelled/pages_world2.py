"""English and other pages, part 2: liveblog, opinion, blogs, press release, German, Japanese."""

# ruff: noqa: E501

from __future__ import annotations

from common import a, add, h, j, ps

NEW_YORK = "America/New_York"
LONDON = "Europe/London"
LOS_ANGELES = "America/Los_Angeles"

# ---------------------------------------------------------------------------
# Liveblog: JSON-LD LiveBlogPosting with liveBlogUpdate entries, newest entry first,
# key-events list, each entry with its own <time> and heading
# ---------------------------------------------------------------------------
T = "Storm Ottilie live: amber wind warnings in force as thousands lose power"
DESC = "Gusts of up to 80mph expected across Wales and south-west England; ferry crossings cancelled and speed limits imposed on several rail lines"
E = [
    (
        "2024-04-06T14:32:00+01:00",
        "14.32 BST",
        "Ferries to resume on Sunday",
        "The main ferry operator on the Pembroke route said crossings would resume on Sunday morning once the wind had eased. Passengers booked on cancelled Saturday sailings can travel on any Sunday crossing without paying extra.",
    ),
    (
        "2024-04-06T12:10:00+01:00",
        "12.10 BST",
        "About 28,000 homes without power",
        "Network operators say about 28,000 homes in Wales and Devon are without power, mostly because of trees falling on overhead lines. Engineers are working to restore supplies but warned that some rural properties may be cut off overnight.",
    ),
    (
        "2024-04-06T09:45:00+01:00",
        "09.45 BST",
        "Rail speed limits on coastal lines",
        "Rail passengers have been told to expect delays after speed restrictions of 50mph were imposed on coastal lines in Cornwall and south Wales. Some services between Cardiff and Swansea have been cancelled.",
    ),
    (
        "2024-04-06T06:05:00+01:00",
        "06.05 BST",
        "Welcome to our coverage",
        "Good morning and welcome to our live coverage of Storm Ottilie, the fifth named storm of the season, which is bringing severe gales to the west of the UK today. The Met Office has issued amber warnings for wind until 9pm.",
    ),
]
entries_ld = ",".join(
    f'{{"@type":"BlogPosting","headline":"{j(head)}","datePublished":"{iso}","articleBody":"{j(text)}"}}'
    for iso, _, head, text in E
)
entries_html = "\n".join(
    f'  <article class="block" id="block-{n}"><header><time datetime="{iso}">{label}</time><h2 class="block-title">{h(head)}</h2></header><div class="block-elements"><p>{h(text)}</p></div><footer><button>Share</button></footer></article>'
    for n, (iso, label, head, text) in enumerate(E)
)
add(
    file="en_liveblog.html",
    url="https://www.thecourier.example/uk-news/live/2024/apr/06/storm-ottilie-live-updates",
    kind="liveblog: JSON-LD LiveBlogPosting with liveBlogUpdate, newest entry first, key events list, entry times",
    language="en",
    timezone=LONDON,
    title=T,
    published="2024-04-06T06:05:00+01:00",
    category="UK news",
    excerpt_starts="Gusts of up to 80mph expected across Wales and south-west England",
    body_contains=[E[1][3], E[2][3], E[3][3]],
    body_excludes=["Show key events only", "Please turn on JavaScript", "Key events", "Most viewed"],
    traps=[
        "entry times later than the first publication (newest first)",
        "key events list repeating entry headings",
        "dateModified",
    ],
    html=f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{h(T)} | UK news | The Courier</title>
<meta name="description" content="{a(DESC)}">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="{a(DESC)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Courier">
<meta property="article:section" content="UK news">
<meta property="article:published_time" content="2024-04-06T05:05:00.000Z">
<meta property="article:modified_time" content="2024-04-06T13:32:00.000Z">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"{j(T)}","description":"{j(DESC)}","url":"https://www.thecourier.example/uk-news/live/2024/apr/06/storm-ottilie-live-updates","datePublished":"2024-04-06T06:05:00+01:00","dateModified":"2024-04-06T14:32:00+01:00","coverageStartTime":"2024-04-06T06:05:00+01:00","coverageEndTime":"2024-04-07T06:05:00+01:00","publisher":{{"@type":"Organization","name":"The Courier"}},"liveBlogUpdate":[{entries_ld}]}}</script>
</head>
<body>
<header><a href="/" class="logo">The Courier</a><nav><a href="/uk-news">UK</a><a href="/world">World</a><a href="/business">Business</a><a href="/sport">Sport</a></nav></header>
<noscript><p>Please turn on JavaScript to see live updates automatically.</p></noscript>
<main>
 <div class="series"><a href="/uk-news">UK news</a></div>
 <h1 class="live-headline"><span class="live-badge">Live</span> {h(T)}</h1>
 <div class="standfirst"><ul><li>Gusts of up to 80mph expected across Wales and south-west England</li><li>Ferry crossings cancelled and speed limits imposed on several rail lines</li></ul></div>
 <div class="byline">Hannah Price and Tom Ellery</div>
 <div class="first-published">Sat 6 Apr 2024 06.05 BST</div>
 <details class="key-events" open><summary>Key events</summary><ul><li><a href="#block-0">14.32 BST Ferries to resume on Sunday</a></li><li><a href="#block-1">12.10 BST About 28,000 homes without power</a></li><li><a href="#block-2">09.45 BST Rail speed limits on coastal lines</a></li></ul></details>
 <label class="filter"><input type="checkbox"> Show key events only</label>
 <div id="liveblog-body" class="liveblog-body">
{entries_html}
 </div>
 <section class="most-viewed"><h2>Most viewed</h2><ol><li><a href="/money/2024/apr/06/energy-price-cap">Energy price cap falls for second quarter in a row</a></li></ol></section>
</main>
<footer><p>© 2024 The Courier</p></footer>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Opinion column: "Opinion | " in <title> and og:title, OpinionNewsArticle, author bio,
# letters teaser
# ---------------------------------------------------------------------------
T = "Our city's tree canopy is a public health program. Fund it like one."
P = [
    "Last July, on the hottest afternoon of the year, I measured the surface temperature of a bus stop bench on Halsted Street. It read 142 degrees. Two blocks away, under a row of mature honey locusts, the same kind of bench was 96.",
    "That difference is not a curiosity. In the emergency department where I work, heat-related visits come overwhelmingly from neighborhoods with the fewest trees, which are also the neighborhoods with the most elderly residents living alone and the fewest air conditioners.",
    "The city's own forestry report shows tree canopy covering 11% of the South and West sides, compared with 27% along the lakefront. Yet the forestry department's planting budget has been flat for eight years, and most new trees go where residents know how to request them.",
    "We already treat cooling centers and wellness checks as public health spending. Trees do the same work every day, for decades, and they reduce flooding and air pollution along the way. A tree planted this spring will be shading a sidewalk long after this year's cooling-center contracts expire.",
    "The council should move tree planting and maintenance into the health department's heat plan, target the blocks with the highest heat-related emergency visits, and pay for watering for the first three years, when most young trees die.",
    "None of this is glamorous. But the next heat wave will arrive whether or not we are ready, and the cheapest air conditioner this city will ever buy is a tree.",
]
add(
    file="en_opinion_column.html",
    url="https://www.lakeshoretribune.example/opinion/2024/02/20/tree-canopy-public-health-heat/",
    kind="opinion column: 'Opinion | ' prefix in <title> and og:title, OpinionNewsArticle JSON-LD with articleSection, author bio, letters teaser",
    language="en",
    timezone="America/Chicago",
    title=T,
    published="2024-02-20T06:00:00-06:00",
    category="Opinion",
    excerpt_starts="Trees cool the blocks where heat sends the most people to the ER",
    body_contains=[P[1], P[2], P[4]],
    body_excludes=["Letters to the Editor", "Submit a letter", "More from Opinion", "Follow Renata Alvarez"],
    traps=[
        "'Opinion | ' prefix in <title>/og:title",
        "kicker 'Opinion' above the h1",
        "author bio and 'follow' button",
    ],
    html=f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Opinion | {h(T)} - The Lakeshore Tribune</title>
<meta name="description" content="Trees cool the blocks where heat sends the most people to the ER. The city should plant and water them as part of its heat plan.">
<meta property="og:title" content="Opinion | {a(T)}">
<meta property="og:description" content="Trees cool the blocks where heat sends the most people to the ER. The city should plant and water them as part of its heat plan.">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Lakeshore Tribune">
<meta property="article:published_time" content="2024-02-20T06:00:00-06:00">
<meta property="article:section" content="Opinion">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"OpinionNewsArticle","headline":"{j(T)}","datePublished":"2024-02-20T06:00:00-06:00","dateModified":"2024-02-20T09:15:00-06:00","articleSection":"Opinion","author":{{"@type":"Person","name":"Renata Alvarez"}},"publisher":{{"@type":"NewsMediaOrganization","name":"The Lakeshore Tribune"}}}}</script>
</head>
<body>
<header class="site-header"><a href="/" class="wordmark">The Lakeshore Tribune</a><nav><a href="/news/">News</a><a href="/sports/">Sports</a><a href="/opinion/" class="active">Opinion</a><a href="/entertainment/">Entertainment</a></nav></header>
<main>
 <article>
  <div class="kicker"><a href="/opinion/">Opinion</a></div>
  <h1 class="headline">{h(T)}</h1>
  <div class="byline"><span>By Renata Alvarez</span> <button>Follow Renata Alvarez</button></div>
  <div class="dateline">February 20, 2024 at 6:00 a.m. CST</div>
  <div class="article-body">
{ps(P, indent="   ")}
  </div>
  <div class="author-bio"><p>Renata Alvarez is an emergency physician and a member of the city's heat-response task force.</p></div>
  <div class="letters-teaser"><h3>Letters to the Editor</h3><p>Have a view on this column? <a href="/opinion/letters/submit/">Submit a letter</a>.</p></div>
 </article>
 <aside><h2>More from Opinion</h2><ul><li><a href="/opinion/2024/02/19/transit-fare-cap/">The fare cap is working. Expand it.</a></li></ul></aside>
</main>
<footer>© 2024 The Lakeshore Tribune</footer>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Medium post: "Title | by Author | Publication | Medium", subtitle as description,
# milliseconds in the published time, claps, "Recommended from Medium"
# ---------------------------------------------------------------------------
T = "I Replaced My Team's Standups With a Shared Doc for 90 Days. Here's What Happened."
SUB = "Fewer meetings, more writing, and one problem I didn't see coming"
P = [
    "Every morning at 9:30, eight engineers on my team would stop what they were doing, join a video call and take turns saying what they did yesterday. Most days it took 25 minutes. Most days nobody remembered any of it by lunch.",
    "So in January we tried something different. We replaced the daily call with a shared document. Everyone adds three lines before 10 a.m.: what they finished, what they are working on, and anything blocking them. We kept one live meeting a week.",
    'The first surprise was how much more people wrote about blockers. On calls, people tended to say "no blockers" to keep things moving. In writing, they flagged problems earlier, and teammates answered in comments within the hour.',
    "The second surprise was less welcome. By week six, the two newest engineers on the team told me they felt isolated. The daily call had been the one place they heard how senior colleagues talked through problems.",
    "We fixed that by pairing each new hire with a teammate for a 15-minute chat twice a week. After 90 days, the team voted to keep the document, keep the weekly meeting and keep the pairings.",
    "If you try this, watch the people who joined most recently. Written updates are efficient, but they hide the informal teaching that happens when people talk.",
]
add(
    file="en_medium_post.html",
    url="https://medium.example/better-teams/i-replaced-my-teams-standups-with-a-shared-doc-for-90-days-4f3c2a1b9e8d",
    kind="Medium post: '<title>T | by Author | Publication | Medium', subtitle as og:description, published time with milliseconds, claps and recommendations",
    language="en",
    timezone="UTC",
    title=T,
    published="2024-03-05T14:22:31+00:00",
    category="",
    excerpt_starts="Fewer meetings, more writing, and one problem I didn't see coming",
    body_contains=[P[1], P[2], P[4]],
    body_excludes=[
        "Recommended from Medium",
        "Written by Owen Park",
        "1.4K Followers",
        "Member-only story",
        "More from Owen Park",
    ],
    traps=[
        "title with three suffix segments",
        "publication name that is not a section",
        "claps, followers, recommendations",
    ],
    html=f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{h(T)} | by Owen Park | Better Teams | Medium</title>
<meta data-rh="true" name="description" content="{a(SUB)}">
<meta data-rh="true" property="og:title" content="{a(T)}">
<meta data-rh="true" property="og:description" content="{a(SUB)}">
<meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" property="og:site_name" content="Medium">
<meta data-rh="true" property="article:published_time" content="2024-03-05T14:22:31.114Z">
<meta data-rh="true" name="author" content="Owen Park">
<meta data-rh="true" property="article:author" content="https://medium.example/@owenpark">
<meta data-rh="true" name="twitter:label1" content="Reading time">
<meta data-rh="true" name="twitter:data1" content="6 min read">
<link data-rh="true" rel="canonical" href="https://medium.example/better-teams/i-replaced-my-teams-standups-with-a-shared-doc-for-90-days-4f3c2a1b9e8d">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","image":["https://miro.medium.example/v2/resize:fit:1200/standup.jpg"],"url":"https://medium.example/better-teams/i-replaced-my-teams-standups-with-a-shared-doc-for-90-days-4f3c2a1b9e8d","dateCreated":"2024-03-05T14:22:31.114Z","datePublished":"2024-03-05T14:22:31.114Z","dateModified":"2024-03-06T08:01:17.402Z","headline":"{j(T)}","name":"{j(T)}","description":"{j(SUB)}","identifier":"4f3c2a1b9e8d","author":{{"@type":"Person","name":"Owen Park","url":"https://medium.example/@owenpark"}},"creator":["Owen Park"],"publisher":{{"@type":"Organization","name":"Better Teams","url":"https://medium.example/better-teams"}},"mainEntityOfPage":"https://medium.example/better-teams/i-replaced-my-teams-standups-with-a-shared-doc-for-90-days-4f3c2a1b9e8d"}}</script>
</head>
<body>
<div id="root"><div class="a b c">
<div class="l"><a href="https://medium.example/" aria-label="Homepage">Medium</a><a href="/new-story">Write</a><a href="/m/signin">Sign in</a></div>
<article><div class="m"><section>
 <div class="member-badge"><span>Member-only story</span></div>
 <h1 id="7a1c" class="pw-post-title" data-testid="storyTitle">{h(T)}</h1>
 <h2 id="9b2d" class="pw-subtitle-paragraph">{h(SUB)}</h2>
 <div class="speechify-ignore"><div class="author"><a href="/@owenpark" data-testid="authorName">Owen Park</a> <span>·</span> <button>Follow</button></div>
  <div>Published in <a href="/better-teams" data-testid="publicationName">Better Teams</a> <span>·</span> <span data-testid="storyReadTime">6 min read</span> <span>·</span> <span data-testid="storyPublishDate">Mar 5, 2024</span></div>
  <div class="claps"><button aria-label="clap">1.2K</button> <button aria-label="responses">38</button> <button>Listen</button> <button>Share</button></div></div>
 <figure><img src="https://miro.medium.example/v2/resize:fit:1200/standup.jpg" alt=""><figcaption>Photo by a colleague on the team offsite</figcaption></figure>
{ps(P[:3], indent=" ", attrs='class="pw-post-body-paragraph"')}
 <h2 class="pw-post-body-heading">The part I didn't expect</h2>
{ps(P[3:], indent=" ", attrs='class="pw-post-body-paragraph"')}
</section></div></article>
<div class="footer-author"><h2>Written by Owen Park</h2><p>1.4K Followers</p><p>Engineering manager. Writing about small teams and calm work.</p><button>Follow</button></div>
<div class="more-from"><h2>More from Owen Park</h2><a href="/@owenpark/one-on-ones">My one-on-one template after 200 meetings</a></div>
<div class="recommended"><h2>Recommended from Medium</h2><a href="/@someone/async">Async work is a skill. Here's how to practise it</a></div>
</div></div>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Substack post: "T - by Author - Publication", subtitle, JSON-LD NewsArticle, subscribe
# widget inside the body, comments
# ---------------------------------------------------------------------------
T = "The spreadsheet that runs my kitchen"
SUB = "How a 40-row sheet cut our grocery bill by a third, and why I almost gave up in week two"
P = [
    "Last autumn I sat down with eight months of grocery receipts and a highlighter. The results were embarrassing: we were spending more on food we threw away than on the coffee I kept promising to give up.",
    "The fix turned out to be a spreadsheet with 40 rows. Each row is a dish we actually cook, with the ingredients it needs, how many days the leftovers last, and which other dishes use the same ingredients.",
    "On Sunday I pick five rows so that the perishable ingredients overlap. If Monday's stir-fry uses half a cabbage, Thursday's slaw uses the other half. The sheet adds up a shopping list, and I buy only what is on it.",
    "Week two was nearly the end of it. Two of the five dishes were flops, the list missed the rice, and my partner asked, not unkindly, whether the spreadsheet was cooking dinner or I was.",
    "What saved it was deleting rows. Any dish we did not want to eat again came off the sheet. After three months the list was shorter, but every dish on it was one we liked, and our grocery spending was down 34%.",
]
add(
    file="en_substack_post.html",
    url="https://smallplates.substack.example/p/the-spreadsheet-that-runs-my-kitchen",
    kind="Substack post: '<title>T - by Author - Publication', subtitle, JSON-LD NewsArticle, subscribe widget in the middle of the body, comments",
    language="en",
    timezone="UTC",
    title=T,
    published="2024-02-27T13:01:00+00:00",
    category="",
    excerpt_starts="How a 40-row sheet cut our grocery bill by a third",
    body_contains=[P[1], P[2], P[4]],
    body_excludes=[
        "is a reader-supported publication",
        "Discussion about this post",
        "Ready for more?",
        "Type your email",
        "I tried this with a whiteboard",
    ],
    traps=["subscribe widget between paragraphs", "comment thread", "' - by Author - Publication' suffix"],
    html=f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{h(T)} - by Hannah Cole - Small Plates</title>
<meta name="description" content="{a(SUB)}">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="{a(SUB)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Small Plates">
<meta name="author" content="Hannah Cole">
<link rel="canonical" href="https://smallplates.substack.example/p/the-spreadsheet-that-runs-my-kitchen">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","url":"https://smallplates.substack.example/p/the-spreadsheet-that-runs-my-kitchen","mainEntityOfPage":"https://smallplates.substack.example/p/the-spreadsheet-that-runs-my-kitchen","headline":"{j(T)}","description":"{j(SUB)}","datePublished":"2024-02-27T13:01:00+00:00","dateModified":"2024-02-27T13:01:00+00:00","isAccessibleForFree":true,"author":[{{"@type":"Person","name":"Hannah Cole","url":"https://substack.example/@hannahcole"}}],"publisher":{{"@type":"Organization","name":"Small Plates","url":"https://smallplates.substack.example"}}}}</script>
</head>
<body>
<div id="entry"><div class="main-menu"><a href="/" class="navbar-title">Small Plates</a><button class="button primary">Subscribe</button><a href="/account/login">Sign in</a></div>
<div class="single-post-container"><div class="container"><div class="single-post">
 <article class="typography newsletter-post post">
  <div class="post-header">
   <h1 class="post-title unpublished">{h(T)}</h1>
   <h3 class="subtitle">{h(SUB)}</h3>
   <div class="post-meta"><a href="https://substack.example/@hannahcole" class="author">Hannah Cole</a> <div class="pencraft">Feb 27, 2024</div></div>
   <div class="post-ufi"><a class="like-button">212</a> <a class="comment-button">47</a> <a class="share-button">Share</a></div>
  </div>
  <div class="available-content"><div dir="auto" class="body markup">
{ps(P[:3], indent="   ")}
   <div class="subscription-widget-wrap"><div class="subscription-widget"><p class="cta-caption">Small Plates is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p><form><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div></div>
{ps(P[3:], indent="   ")}
  </div></div>
 </article>
 <div class="post-footer"><a class="like-button">212</a><a class="share-button">Share</a></div>
 <div id="discussion"><h4>Discussion about this post</h4><div class="comment"><span class="commenter-name">Mira</span><div class="comment-body"><p>I tried this with a whiteboard and gave up in week one. Going to try the sheet.</p></div></div></div>
 <div class="footer-cta"><h3>Ready for more?</h3><form><input type="email" placeholder="Type your email…"><button>Subscribe</button></form></div>
</div></div></div>
</div>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Ghost blog (Casper-like): primary tag above the title, date-only <time>, custom
# excerpt as description, article:tag list, code block
# ---------------------------------------------------------------------------
T = "How we cut our Postgres bill by 60% without changing a query"
DESC = "Right-sizing instances, moving cold data to cheaper storage and fixing our connection pooling saved us $14,000 a month."
P = [
    "Our database bill had grown every month for two years. In October it passed $23,000, more than the rest of our infrastructure combined, so we set aside a month to find out why.",
    "The first finding was embarrassing. Our primary instance had 64 vCPUs, but its CPU use had not gone above 20% since a traffic spike in 2022. We had scaled up in a hurry and never scaled back down.",
    "The second was that 70% of our storage held events older than 90 days that were read a handful of times a month. We moved them to a partitioned table on cheaper storage and left a view in place so that no query had to change.",
    "The third was connection churn. Every one of our 300 application pods opened its own pool, so the database spent a surprising amount of its time setting up and tearing down connections. Putting PgBouncer in transaction mode in front of it let us cut max_connections from 2,000 to 400.",
]
add(
    file="en_ghost_blog.html",
    url="https://engineering.tinyship.example/postgres-bill-60-percent/",
    kind="Ghost blog (Casper-like): primary tag above the title, date-only <time>, article:published_time, custom excerpt, code block",
    language="en",
    timezone="UTC",
    title=T,
    published="2024-01-18T16:04:12+00:00",
    category="Engineering",
    excerpt_starts="Right-sizing instances, moving cold data to cheaper storage",
    body_contains=[P[1], P[3], "default_pool_size = 20"],
    body_excludes=["Subscribe to Tinyship Engineering", "Sign up now", "You might also like", "Powered by Ghost"],
    traps=["category only as Ghost's primary tag (article:tag lists all tags)", "subscribe CTA", "read-next cards"],
    html=f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{h(T)}</title>
<meta name="description" content="{a(DESC)}">
<link rel="canonical" href="https://engineering.tinyship.example/postgres-bill-60-percent/">
<meta property="og:site_name" content="Tinyship Engineering">
<meta property="og:type" content="article">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="{a(DESC)}">
<meta property="og:url" content="https://engineering.tinyship.example/postgres-bill-60-percent/">
<meta property="article:published_time" content="2024-01-18T16:04:12.000Z">
<meta property="article:modified_time" content="2024-01-19T09:30:55.000Z">
<meta property="article:tag" content="Engineering">
<meta property="article:tag" content="Postgres">
<meta property="article:tag" content="Cost">
<meta name="generator" content="Ghost 5.76">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article","publisher":{{"@type":"Organization","name":"Tinyship Engineering","url":"https://engineering.tinyship.example/"}},"author":{{"@type":"Person","name":"Sam Whitaker"}},"headline":"{j(T)}","url":"https://engineering.tinyship.example/postgres-bill-60-percent/","datePublished":"2024-01-18T16:04:12.000Z","dateModified":"2024-01-19T09:30:55.000Z","keywords":"Engineering, Postgres, Cost","description":"{j(DESC)}","mainEntityOfPage":"https://engineering.tinyship.example/postgres-bill-60-percent/"}}</script>
</head>
<body class="post-template tag-engineering tag-postgres tag-cost">
<div class="viewport">
<header id="gh-head" class="gh-head"><a class="gh-head-logo" href="https://engineering.tinyship.example">Tinyship Engineering</a><nav class="gh-head-menu"><a href="/">Home</a><a href="/tag/engineering/">Engineering</a><a href="/tag/culture/">Culture</a></nav><a class="gh-head-button" href="#/portal/signup">Subscribe</a></header>
<main id="site-main" class="site-main">
<article class="article post tag-engineering tag-postgres tag-cost">
 <header class="article-header gh-canvas">
  <div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/engineering/">Engineering</a></span></div>
  <h1 class="article-title">{h(T)}</h1>
  <p class="article-excerpt">{h(DESC)}</p>
  <div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/sam/">Sam Whitaker</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-01-18">Jan 18, 2024</time><span class="byline-reading-time"><span class="bull">•</span> 5 min read</span></div></div></div>
 </header>
 <section class="gh-content gh-canvas">
{ps(P[:3], indent="  ")}
  <h2 id="connection-pooling">Connection pooling</h2>
  <p>{h(P[3])}</p>
  <pre><code class="language-ini">[pgbouncer]
pool_mode = transaction
max_client_conn = 5000
default_pool_size = 20</code></pre>
  <p>The three changes together took our bill from $23,400 to $9,300 a month. Query latency at the 99th percentile went down slightly, mostly thanks to pooling.</p>
 </section>
 <section class="footer-cta"><div class="inner"><h2 class="footer-cta-title">Subscribe to Tinyship Engineering</h2><a class="footer-cta-button" href="#/portal">Sign up now</a></div></section>
</article>
</main>
<aside class="read-more-wrap"><div class="read-more inner"><h3>You might also like</h3><article class="post-card"><a href="/feature-flags-at-scale/"><h2 class="post-card-title">Feature flags at scale</h2></a></article></div></aside>
<footer class="site-footer"><div class="inner"><section class="copyright">Tinyship Engineering © 2024</section><div class="gh-powered-by"><a href="https://ghost.example/">Powered by Ghost</a></div></div></footer>
</div>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# WordPress blog with comments (classic theme): ' – ' title separator, rel="category tag",
# published and updated <time>s, comment <time>s, sidebar widgets, no description
# ---------------------------------------------------------------------------
T = "Growing tomatoes in a cold greenhouse: what worked this year"
P = [
    "Every year I promise myself I will stop growing tomatoes in an unheated greenhouse in the north of England, and every year I do it anyway. This year, for once, it went well, so here are my notes before I forget them.",
    "The biggest change was sowing later. I used to start seeds in February on the kitchen windowsill, which gave me leggy plants that sulked for weeks once they went out. This year I waited until the third week of March and the plants caught up within a month.",
    "I also switched to varieties bred for cooler summers. 'Outdoor Girl' and 'Stupice' both set fruit in June, a good three weeks before the beefsteak types I usually grow, and they kept going until the first frost.",
    "Watering little and often made a real difference to split fruit. I put a cheap timer on a drip line, two short sessions a day, and only lost a handful of tomatoes to splitting all season.",
    "The one failure was the courgette I squeezed in at the end of the bench. It shaded the two nearest tomato plants, and they produced half as much as the others. Next year the courgettes go outside.",
]
add(
    file="en_wordpress_comments.html",
    url="https://muddytrowel.example/2024/02/growing-tomatoes-cold-greenhouse/",
    kind="WordPress blog (classic theme): ' – ' title separator, rel='category tag', published + updated <time>, comment times, widgets, no meta description",
    language="en",
    timezone=LONDON,
    title=T,
    published="2024-02-18T07:30:00+00:00",
    category="Gardening",
    excerpt_starts="Every year I promise myself I will stop growing tomatoes",
    body_contains=[P[1], P[2], P[4]],
    body_excludes=[
        "Leave a Reply",
        "Your email address will not be published",
        "Stupice is my favourite too",
        "Recent Posts",
        "Proudly powered by WordPress",
    ],
    traps=[
        "comment <time>s after the post",
        "updated time beside the published one",
        "category widget with many categories",
    ],
    html=f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>{h(T)} – The Muddy Trowel</title>
<link rel="canonical" href="https://muddytrowel.example/2024/02/growing-tomatoes-cold-greenhouse/">
<link rel="alternate" type="application/rss+xml" title="The Muddy Trowel » Feed" href="https://muddytrowel.example/feed/">
<meta name="generator" content="WordPress 6.4.3">
</head>
<body class="post-template-default single single-post postid-2210 single-format-standard">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">The Muddy Trowel</a></p><p class="site-description">Vegetables, mud and mistakes in a Yorkshire garden</p></header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-2210" class="post-2210 post type-post status-publish format-standard hentry category-gardening tag-greenhouse tag-tomatoes">
 <header class="entry-header"><h1 class="entry-title">{h(T)}</h1></header>
 <div class="entry-content">
{ps(P, indent="  ")}
 </div>
 <footer class="entry-footer">
  <span class="posted-on"><span class="screen-reader-text">Posted on </span><a href="/2024/02/growing-tomatoes-cold-greenhouse/" rel="bookmark"><time class="entry-date published" datetime="2024-02-18T07:30:00+00:00">18 February 2024</time><time class="updated" datetime="2024-02-20T10:12:44+00:00">20 February 2024</time></a></span>
  <span class="byline"><span class="author vcard"><a class="url fn n" href="/author/maggie/">Maggie</a></span></span>
  <span class="cat-links"><span class="screen-reader-text">Categories </span><a href="https://muddytrowel.example/category/gardening/" rel="category tag">Gardening</a></span>
  <span class="tags-links"><span class="screen-reader-text">Tags </span><a href="/tag/greenhouse/" rel="tag">greenhouse</a>, <a href="/tag/tomatoes/" rel="tag">tomatoes</a></span>
 </footer>
</article>
<div id="comments" class="comments-area">
 <h2 class="comments-title">2 thoughts on “{h(T)}”</h2>
 <ol class="comment-list">
  <li id="comment-881" class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Derek</b> <a href="#comment-881"><time datetime="2024-02-18T09:41:00+00:00">18 February 2024 at 9:41 am</time></a></footer><div class="comment-content"><p>Stupice is my favourite too, it never lets me down in a bad summer.</p></div></article></li>
  <li id="comment-882" class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Ann</b> <a href="#comment-882"><time datetime="2024-02-19T18:02:00+00:00">19 February 2024 at 6:02 pm</time></a></footer><div class="comment-content"><p>Which drip timer did you use?</p></div></article></li>
 </ol>
 <div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form id="commentform"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div>
</div>
</main></div>
<aside id="secondary" class="widget-area">
 <section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/2024/02/seed-potatoes/">Chitting seed potatoes</a></li></ul></section>
 <section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul><li class="cat-item"><a href="/category/gardening/">Gardening</a> (112)</li><li class="cat-item"><a href="/category/recipes/">Recipes</a> (40)</li><li class="cat-item"><a href="/category/chickens/">Chickens</a> (18)</li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.example/">Proudly powered by WordPress</a></div></footer>
</div>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Press release, PR Newswire-style: dateline "/PRWire/ --", visible "Mar 05, 2024, 08:00 ET",
# subheadline as description, "About", media contact, "Also from this source"
# ---------------------------------------------------------------------------
T = "Northwind Robotics Unveils Warehouse Picking Arm That Learns New Items in Minutes"
SUB = "New Pickwise system targets mid-sized distribution centers; pilots with three retailers begin in April"
P = [
    "SAN JOSE, Calif., March 5, 2024 /PRWire/ -- Northwind Robotics, a maker of autonomous systems for logistics, today introduced Pickwise, a robotic picking arm that can learn to handle a new product from a few minutes of video rather than weeks of training data.",
    "Most picking robots today are trained on large image libraries of each item they handle, which makes them costly to deploy in warehouses whose stock changes every season. Pickwise instead builds a model of a new item from a short clip recorded with a phone, and refines it as it works.",
    '"Mid-sized distribution centers have been priced out of automation because their catalogs change too fast," said Leah Okonkwo, chief executive of Northwind Robotics. "Pickwise is built for exactly those customers."',
    "The system handles items from 20 grams to 7 kilograms and, in company testing, picked about 600 items an hour with a 99.3% success rate. It is offered as a monthly subscription that includes maintenance and software updates.",
    "Pilot deployments with three North American retailers will begin in April, with general availability planned for the fourth quarter.",
]
add(
    file="en_press_release_prwire.html",
    url="https://www.prwire.example/news-releases/northwind-robotics-unveils-warehouse-picking-arm-302079123.html",
    kind="press release, PR Newswire-style: '/PRWire/ --' dateline, visible 'Mar 05, 2024, 08:00 ET', subheadline as description, boilerplate and contacts",
    language="en",
    timezone=NEW_YORK,
    title=T,
    published="2024-03-05T08:00:00-05:00",
    category="",
    excerpt_starts="New Pickwise system targets mid-sized distribution centers",
    body_contains=[P[1], P[3], P[4]],
    body_excludes=[
        "Also from this source",
        "Explore",
        "Share this article",
        "News provided by",
        "Looking to send a news release",
    ],
    traps=["'News provided by' box", "'Also from this source' and topic lists", "subheadline under the h1"],
    html=f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{h(T)} | PR Wire</title>
<meta name="description" content="{a(SUB)}">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="{a(SUB)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="PR Wire">
<meta name="keywords" content="Northwind Robotics, robotics, warehouse automation">
</head>
<body>
<header class="header"><a href="/" class="logo">PR Wire</a><nav><a href="/news-releases/">News</a><a href="/products/">Products</a><a href="/contact-us/">Contact</a></nav><a class="cta" href="/account/">Send a Release</a></header>
<main class="main-container">
 <header class="release-header">
  <h1>{h(T)}</h1>
  <p class="subtitle">{h(SUB)}</p>
  <div class="mb-no"><p class="meta">News provided by <a href="/news/northwind-robotics/">Northwind Robotics</a></p><p class="mb-no">Mar 05, 2024, 08:00 ET</p></div>
  <div class="social-share"><span>Share this article</span><a>Facebook</a><a>X</a><a>LinkedIn</a><a>Email</a></div>
 </header>
 <section class="release-body container">
{ps(P, indent="  ")}
  <p><b>About Northwind Robotics</b><br>Northwind Robotics builds autonomous systems for warehouses and distribution centers. The company was founded in 2019 and is based in San Jose, California.</p>
  <p><b>Media contact:</b><br>Jamie Reyes, press@northwind-robotics.example</p>
  <p>SOURCE Northwind Robotics</p>
 </section>
 <section class="also-from"><h2>Also from this source</h2><ul><li><a href="/news-releases/northwind-robotics-raises-series-b-301900001.html">Northwind Robotics Raises $48 Million Series B</a></li></ul></section>
 <section class="explore"><h2>Explore</h2><ul><li><a href="/news-releases/computer-electronics-latest-news/">Computer &amp; Electronics</a></li><li><a href="/news-releases/transportation-trucking-railroad-latest-news/">Transportation, Trucking &amp; Railroad</a></li></ul></section>
</main>
<footer><p>Looking to send a news release with PR Wire? <a href="/account/">Get started</a></p><p>© 2024 PR Wire Association LLC. All Rights Reserved.</p></footer>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Tech blog with code, lists and a table: ' · ' title separator, no og:title,
# breadcrumb section, date-only <time>
# ---------------------------------------------------------------------------
T = "Speeding up bulk loads into Postgres with COPY and unlogged tables"
DESC = "Our nightly import went from 47 minutes to under 6. Here is what we changed, with the numbers."
LEAD = "Every night we load about 80 million rows of event data into Postgres for the next day's reports. Until last month the job took 47 minutes, and on bad nights it ran into the morning's first queries."
add(
    file="en_tech_blog_code.html",
    url="https://lumen.example/blog/postgres-bulk-loads-copy-unlogged",
    kind="engineering blog: ' · ' title separator and no og:title, breadcrumb section, date-only <time>, code blocks, lists, a table, table of contents",
    language="en",
    timezone=LOS_ANGELES,
    title=T,
    published="2024-01-30T00:00:00-08:00",
    category="Databases",
    excerpt_starts="Our nightly import went from 47 minutes to under 6.",
    body_contains=[
        LEAD,
        "COPY events FROM STDIN WITH (FORMAT binary);",
        "Drop secondary indexes before the load and rebuild them after.",
        "An unlogged table is not crash-safe",
    ],
    body_excludes=["On this page", "We're hiring", "Was this post helpful?", "Edit this page on GitHub"],
    traps=["table of contents repeating the headings", "hiring box", "feedback widget"],
    html=f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{h(T)} · Lumen Engineering</title>
<meta name="description" content="{a(DESC)}">
<meta property="og:site_name" content="Lumen Engineering">
<meta property="og:type" content="article">
<link rel="canonical" href="https://lumen.example/blog/postgres-bulk-loads-copy-unlogged">
</head>
<body>
<header class="nav"><a href="/" class="brand">Lumen</a><a href="/blog">Blog</a><a href="/careers">Careers</a><a href="/docs">Docs</a></header>
<div class="layout">
 <nav class="toc" aria-label="On this page"><p>On this page</p><ul><li><a href="#baseline">The baseline</a></li><li><a href="#copy">Switching to COPY</a></li><li><a href="#unlogged">Unlogged staging tables</a></li><li><a href="#results">Results</a></li></ul></nav>
 <article class="post">
  <nav class="breadcrumb" aria-label="Breadcrumb"><a href="/blog">Blog</a> › <a href="/blog/databases">Databases</a></nav>
  <h1>{h(T)}</h1>
  <p class="post-meta">By Ines Duarte · <time datetime="2024-01-30">January 30, 2024</time> · 7 min read</p>
  <p>{h(LEAD)}</p>
  <h2 id="baseline">The baseline</h2>
  <p>The old loader read CSV files and inserted rows in batches of 1,000 with a multi-row INSERT. Each batch was its own transaction, and the target table had four indexes.</p>
  <h2 id="copy">Switching to COPY</h2>
  <p>The first change was to stream rows with COPY in binary format instead of INSERT statements:</p>
  <pre><code class="language-sql">COPY events FROM STDIN WITH (FORMAT binary);</code></pre>
  <p>COPY skips most of the per-statement overhead of INSERT. On its own it brought the load down to 19 minutes.</p>
  <h2 id="unlogged">Unlogged staging tables</h2>
  <p>Next we loaded into an unlogged staging table and moved the rows into the real table in one statement. The full recipe:</p>
  <ol>
   <li>Create the staging table with <code>CREATE UNLOGGED TABLE events_staging (LIKE events)</code>.</li>
   <li>Drop secondary indexes before the load and rebuild them after.</li>
   <li>Raise <code>maintenance_work_mem</code> for the index rebuild only.</li>
   <li>Insert from staging into the real table and truncate staging.</li>
  </ol>
  <p>An unlogged table is not crash-safe: after a crash Postgres empties it. That is fine for a staging table we can reload from the source files, but never do this with data you cannot recreate.</p>
  <h2 id="results">Results</h2>
  <table><thead><tr><th>Method</th><th>Time</th></tr></thead><tbody><tr><td>Batched INSERT</td><td>47 min</td></tr><tr><td>COPY</td><td>19 min</td></tr><tr><td>unlogged + COPY</td><td>5 min 40 s</td></tr></tbody></table>
  <div class="hiring"><strong>We're hiring!</strong> Like this kind of problem? <a href="/careers">See open roles</a>.</div>
  <div class="feedback"><p>Was this post helpful?</p><button>Yes</button><button>No</button></div>
  <p class="edit"><a href="https://github.example/lumen/blog/edit/main/posts/postgres-bulk-loads.md">Edit this page on GitHub</a></p>
 </article>
</div>
<footer><p>© 2024 Lumen Analytics, Inc.</p></footer>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Magazine: ' — ' title separator, no og:title, a sidebar <h1> BEFORE the article's <h1>
# ---------------------------------------------------------------------------
T = "The Last Lighthouse Keepers of the North Atlantic"
DESC = "On a handful of remote islands, a few people still live beside the lights they once kept. Their jobs ended decades ago; their vigil did not."
P = [
    "The light on Skerrow Rock was automated in 1996, and the three keepers who had worked it in rotation were told they could leave. One of them, Callum Reid, never did.",
    "He is 81 now and lives in the former keepers' cottage at the foot of the tower, which he rents from the lighthouse board for a token sum. Every evening at dusk he still walks up the 114 steps to check that the lamp has come on.",
    '"It always has," he says. "But I\'d not sleep if I hadn\'t looked."',
    "Reid is one of perhaps a dozen former keepers around the North Atlantic who stayed on after their stations went automatic. Some, like him, remained out of habit and attachment; others simply had nowhere else they wanted to be.",
    "Their knowledge is of a kind no longer written down: which way the swell runs before a gale, how the birds behave when fog is coming, how long it takes to row to the mainland in a northerly. Maritime historians have begun recording their stories before they are lost.",
]
add(
    file="en_magazine_emdash_sidebar_h1.html",
    url="https://atlasreview.example/features/last-lighthouse-keepers",
    kind="magazine: ' — ' title separator, no og:title, article:section, sidebar <h1> placed before the article <h1>",
    language="en",
    timezone=LONDON,
    title=T,
    published="2024-02-11T09:00:00+00:00",
    category="Features",
    excerpt_starts="On a handful of remote islands, a few people still live beside",
    body_contains=[P[1], P[3], P[4]],
    body_excludes=["The Atlas Review Weekly", "Get the best of the Review", "Photographs by", "From the archive"],
    traps=["<h1> in a left sidebar before the article", "photo credit line", "archive teasers"],
    html=f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{h(T)} — The Atlas Review</title>
<meta name="description" content="{a(DESC)}">
<meta property="og:description" content="{a(DESC)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Atlas Review">
<meta property="article:section" content="Features">
<meta property="article:published_time" content="2024-02-11T09:00:00+00:00">
</head>
<body>
<div class="page">
<aside class="left-rail">
 <h1 class="rail-title">The Atlas Review Weekly</h1>
 <p>Get the best of the Review every Sunday.</p><form><input type="email"><button>Sign up</button></form>
 <div class="archive"><h2>From the archive</h2><a href="/features/ferrymen">The ferrymen of the Sound</a></div>
</aside>
<main class="content">
 <div class="section-label"><a href="/features">Features</a></div>
 <article>
  <h1 class="title">{h(T)}</h1>
  <p class="dek">{h(DESC)}</p>
  <p class="byline">By Eilidh Munro · <span class="credit">Photographs by Magnus Berg</span></p>
  <div class="body">
{ps(P, indent="   ")}
  </div>
 </article>
</main>
</div>
<footer><p>© The Atlas Review 2024</p></footer>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Personal Hugo blog: the date is only in the URL (/2024/03/05/), ' :: ' separator,
# a generic site-wide description
# ---------------------------------------------------------------------------
T = "Notes from a night train"
P = [
    "The sleeper from Amsterdam to Vienna leaves a little after eight in the evening. I booked a couchette in a six-berth compartment because it was a third of the price of a private cabin, and because I wanted to see whether I could still sleep on a train at forty.",
    "My companions were a retired couple from Utrecht going to a grandchild's christening, a student heading home to Linz, and a man who said almost nothing and was asleep before we left the station.",
    "I did sleep, more or less. The train stopped for a long time somewhere in Germany around two in the morning, and the silence woke me more than the movement had.",
    "Breakfast was a bread roll, a packet of butter and coffee in a paper cup, handed through the door by an attendant who seemed amused that anyone was awake to take it. Outside, the Danube valley was white with frost.",
    "We arrived twenty minutes late, which nobody minded. I have flown to Vienna several times, and I could not tell you anything about those journeys. I will remember this one for a long time.",
]
add(
    file="en_blog_date_in_url.html",
    url="https://nadia-notes.example/2024/03/05/notes-from-a-night-train/",
    kind="personal Hugo blog: date only in the URL, ' :: ' title separator, site-wide generic description, no category",
    language="en",
    timezone="Europe/Amsterdam",
    title=T,
    published="2024-03-05T00:00:00+01:00",
    category="",
    excerpt_starts="The sleeper from Amsterdam to Vienna leaves a little after eight",
    body_contains=[P[1], P[3], P[4]],
    body_excludes=["Essays and travel notes by Nadia Haddad", "Read other posts", "Powered by Hugo"],
    traps=["date only in the URL", "generic description", "prev/next post links"],
    html=f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{h(T)} :: Nadia's notebook</title>
<meta name="description" content="Nadia's notebook. Essays and travel notes by Nadia Haddad.">
<meta name="generator" content="Hugo 0.123.7">
<link rel="canonical" href="https://nadia-notes.example/2024/03/05/notes-from-a-night-train/">
</head>
<body class="dark-theme">
<div class="container">
 <header class="header"><span class="header__inner"><a href="/" class="logo"><span class="logo__mark">&gt;</span><span class="logo__text">Nadia's notebook</span></a></span>
  <nav class="menu"><ul class="menu__inner"><li><a href="/posts/">Posts</a></li><li><a href="/about/">About</a></li></ul></nav></header>
 <div class="content">
  <main class="post">
   <div class="post-info"><p><svg class="feather"></svg>5 minutes read</p></div>
   <article>
    <h1 class="post-title"><a href="/2024/03/05/notes-from-a-night-train/">{h(T)}</a></h1>
    <div class="post-content">
{ps(P, indent="     ")}
    </div>
   </article>
   <div class="pagination"><div class="pagination__title"><span class="pagination__title-h">Read other posts</span></div>
    <div class="pagination__buttons"><a href="/2024/02/18/bread/" class="button previous">A year of sourdough</a></div></div>
  </main>
 </div>
 <footer class="footer"><div class="footer__inner"><div class="copyright"><span>© 2024 Nadia Haddad · Powered by Hugo</span></div></div></footer>
</div>
</body>
</html>
""",
)
