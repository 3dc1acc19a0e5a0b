"""Korean pages, part 3: a broadcaster, an English edition, a relative date, encoding traps."""

# ruff: noqa: E501

from __future__ import annotations

from common import a, add, brs, h, j, ps

SEOUL = "Asia/Seoul"

# ---------------------------------------------------------------------------
# Broadcaster, KBS-style: video player + transcript text in #cont_newstext with <br>,
# "입력 2024.07.02 (19:21)", JSON-LD VideoObject only (no NewsArticle)
# ---------------------------------------------------------------------------
T = "도심 침수 막는다…서울시, 대심도 빗물터널 2곳 추가 건설"
P = [
    "[앵커]",
    "기후변화로 시간당 100밀리미터가 넘는 폭우가 잦아지면서 도심 침수 대책이 시급해졌습니다. 서울시가 땅속 깊은 곳에 빗물을 모아두는 대형 터널 두 곳을 추가로 짓기로 했습니다. 박소영 기자가 보도합니다.",
    "[리포트]",
    "재작년 8월, 시간당 141밀리미터의 폭우가 쏟아진 서울 강남역 일대입니다. 도로는 순식간에 물에 잠겼고, 차량 수백 대가 침수됐습니다.",
    "서울시는 이런 피해를 막기 위해 광화문과 도림천 일대에 대심도 빗물 배수 터널을 추가로 건설한다고 밝혔습니다. 지하 40미터 아래에 지름 10미터 규모의 터널을 뚫어, 한꺼번에 쏟아지는 빗물을 임시로 저장하는 방식입니다.",
    '[인터뷰] 김태균/서울시 물순환안전국 과장 : "두 터널이 완공되면 시간당 110밀리미터의 폭우까지 감당할 수 있을 것으로 보고 있습니다."',
    "총사업비는 약 1조 원으로, 2029년 완공이 목표입니다. 다만 공사 기간 동안 일부 도로의 교통 통제가 불가피해 주민 불편이 예상됩니다.",
    "HBS 뉴스 박소영입니다.",
]
add(
    file="kr_broadcast_hbs_video.html",
    url="https://news.hbs.example/news/pc/view/view.do?ncd=7956123",
    kind="broadcaster, KBS-style: video player, transcript with [앵커]/[리포트] in #cont_newstext, 입력 with time in parentheses, JSON-LD VideoObject only",
    language="ko",
    timezone=SEOUL,
    title=T,
    published="2024-07-02T19:21:00+09:00",
    category="사회",
    excerpt_starts="기후변화로 시간당 100밀리미터가 넘는 폭우가 잦아지면서",
    body_contains=[P[3], P[4], P[6]],
    body_excludes=[
        "이 영상을 추천합니다",
        "HBS는 시청자 여러분의 제보를 기다립니다",
        "재생목록",
        "많이 본 영상",
        "영상편집",
    ],
    traps=[
        "JSON-LD is a VideoObject (not an article) though the page has text",
        "video credits line",
        "playlist sidebar",
    ],
    html=f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<title>{h(T)} | HBS 뉴스</title>
<meta name="description" content="{a(P[1])}">
<meta property="og:type" content="video.other">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="{a(P[1])}">
<meta property="og:url" content="https://news.hbs.example/news/pc/view/view.do?ncd=7956123">
<meta property="og:image" content="https://news.hbs.example/data/news/2024/07/02/20240702_tunnel.jpg">
<meta property="og:site_name" content="HBS 뉴스">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"VideoObject","name":"{j(T)}","description":"{j(P[1])}","thumbnailUrl":"https://news.hbs.example/data/news/2024/07/02/20240702_tunnel.jpg","uploadDate":"2024-07-02T19:21:00+09:00","duration":"PT2M14S","contentUrl":"https://vod.hbs.example/news/2024/07/02/7956123.mp4"}}</script>
</head>
<body>
<div id="wrap">
<header class="header"><h1 class="logo"><a href="/news/pc/main/main.html">HBS 뉴스</a></h1>
 <nav class="gnb"><a href="/news/pc/category/category.do?ref=pSiteMap#1">정치</a><a href="#2">경제</a><a href="#3" class="on">사회</a><a href="#4">문화</a><a href="#5">IT·과학</a><a href="#6">국제</a></nav></header>
<div class="container">
 <div class="landing-box">
  <div class="landing-caption">
   <div class="location"><a href="/news/pc/main/main.html">뉴스</a> <span>&gt;</span> <a href="/news/pc/category/category.do#3">사회</a></div>
   <span class="tag">사회</span>
   <h4 class="headline-title">{h(T)}</h4>
   <div class="dates"><em class="input-date">입력 2024.07.02 (19:21)</em> <em class="edit-date">수정 2024.07.02 (19:58)</em></div>
   <div class="program"><a href="/news/pc/program/program.do?bcd=0001">뉴스 9</a> <span>2024.07.02</span></div>
  </div>
  <div class="video-wrap" id="videoWrap"><div class="hbs-player" data-vod="7956123"><video controls poster="https://news.hbs.example/data/news/2024/07/02/20240702_tunnel.jpg"><source src="https://vod.hbs.example/news/2024/07/02/7956123.mp4" type="video/mp4"></video></div>
   <p class="video-msg">동영상 고정 취소</p></div>
  <div class="detail-body font-size" id="cont_newstext">
{brs(P, indent="   ")}
  </div>
  <p class="reporter-info">촬영기자:이준호/영상편집:김민재/그래픽:최유나</p>
  <div class="box-recommend"><button>이 영상을 추천합니다</button> <span>157</span></div>
  <div class="box-report"><p>HBS는 시청자 여러분의 제보를 기다립니다. ☎ 02-000-0000</p></div>
 </div>
 <aside class="aside"><div class="box-playlist"><h3>재생목록</h3><ul><li><a href="/news/pc/view/view.do?ncd=7956120">장마전선 북상…내일 중부 최대 150mm</a></li></ul></div>
  <div class="box-popular"><h3>많이 본 영상</h3><ol><li><a href="/news/pc/view/view.do?ncd=7956001">여름휴가 고속도로 정체 예상 시간대는?</a></li></ol></div></aside>
</div>
<footer class="footer"><p>Copyright ⓒ HBS. All rights reserved. 무단 전재, 재배포 및 이용(AI 학습 포함) 금지</p></footer>
</div>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# English edition of a Korean paper, Korea Herald-style:
# "Published : May 9, 2024 - 15:20" (KST, no offset given), section above the title
# ---------------------------------------------------------------------------
T = "Seoul to turn elevated highway into 1-kilometer sky park by 2027"
P = [
    "Seoul will convert an aging elevated highway in the city's northeast into a pedestrian park lined with gardens and cafes, city officials said Thursday, in the latest effort to reclaim road space for people.",
    "The 1-kilometer Jungnang overpass, built in 1984 and closed to heavy vehicles since a safety inspection in 2021, will be reinforced rather than demolished. Construction is scheduled to begin next year, with completion targeted for late 2027.",
    '"Tearing it down would cost more and take longer," an official at the city\'s urban planning bureau told reporters. "Keeping the structure lets us give residents a new green space while preserving a piece of the city\'s industrial history."',
    "The project, budgeted at 48 billion won ($35 million), includes elevators at four points along the route and a connection to the nearby Jungnangcheon stream trail. The city expects around 20,000 visitors a day on weekends.",
    "Some residents have raised concerns about noise and privacy for apartments that sit level with the overpass. The city said it would plant tall hedges along the edges and close the park at 11 p.m.",
]
add(
    file="kr_english_seoulherald.html",
    url="https://www.seoulherald.example/view.php?ud=20240509000612",
    kind="English edition of a Korean paper, Korea Herald-style: 'Published : May 9, 2024 - 15:20' in KST without an offset, section label above the headline",
    language="en",
    timezone=SEOUL,
    title=T,
    published="2024-05-09T15:20:00+09:00",
    category="National",
    excerpt_starts="Officials say reinforcing the 1984 overpass is cheaper than demolition",
    body_contains=[P[1], P[3]],
    body_excludes=[
        "Most Popular",
        "Subscribe to The Seoul Herald newsletter",
        "[Herald Interview]",
    ],
    traps=["byline line at the end of the text", "newsletter signup", "date without a time zone"],
    html=f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{h(T)} - The Seoul Herald</title>
<meta name="description" content="Officials say reinforcing the 1984 overpass is cheaper than demolition; the park will connect to the Jungnangcheon stream trail.">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="Officials say reinforcing the 1984 overpass is cheaper than demolition; the park will connect to the Jungnangcheon stream trail.">
<meta property="og:type" content="article">
<meta property="og:url" content="https://www.seoulherald.example/view.php?ud=20240509000612">
<meta property="og:image" content="https://res.seoulherald.example/content/image/2024/05/09/20240509050712_0.jpg">
<meta property="og:site_name" content="The Seoul Herald">
</head>
<body>
<div id="wrap">
<header class="header"><a class="logo" href="/">The Seoul Herald</a>
 <nav class="gnb"><a href="/list.php?ct=020100000000" class="on">National</a><a href="/list.php?ct=020200000000">Business</a><a href="/list.php?ct=020300000000">Life&amp;Culture</a><a href="/list.php?ct=020400000000">Sports</a><a href="/list.php?ct=020500000000">World</a><a href="/list.php?ct=020600000000">Opinion</a></nav></header>
<div class="content_view">
 <div class="view_tit_sub"><a href="/list.php?ct=020100000000">National</a></div>
 <h1 class="news_title">{h(T)}</h1>
 <p class="news_subtitle">Officials say reinforcing the 1984 overpass is cheaper than demolition</p>
 <div class="news_date"><p class="date">Published : May 9, 2024 - 15:20</p><p class="date">Updated : May 9, 2024 - 16:01</p></div>
 <div class="view_con" id="articleText">
  <div class="img_caption"><img src="https://res.seoulherald.example/content/image/2024/05/09/20240509050712_0.jpg" alt=""><p>A rendering of the planned sky park on the Jungnang overpass (Seoul Metropolitan Government)</p></div>
{ps(P, indent="  ")}
  <p>By Kim Da-eun (dekim@seoulherald.example)</p>
 </div>
 <div class="newsletter"><h4>Subscribe to The Seoul Herald newsletter</h4><p>Get the day's top stories from Korea in your inbox.</p><form><input type="email" placeholder="Email"><button>Sign up</button></form></div>
</div>
<aside class="right_section"><div class="popular"><h3>Most Popular</h3><ol><li><a href="/view.php?ud=20240509000411">[Herald Interview] The chef who brought jang to Copenhagen</a></li><li><a href="/view.php?ud=20240508000702">BOK holds rate steady for 11th straight meeting</a></li></ol></div></aside>
<footer class="footer"><p>The Seoul Herald · Huam-ro 00, Yongsan-gu, Seoul</p><p>Copyright Herald Corporation. All Rights Reserved.</p></footer>
</div>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Online tech outlet showing only a relative date ("3시간 전"); title with " · " separator
# ---------------------------------------------------------------------------
T = "AI 번역 스타트업 말결, 120억 원 시리즈A 투자 유치"
P = [
    "인공지능 번역 스타트업 말결이 120억 원 규모의 시리즈A 투자를 유치했다고 9일 밝혔다.",
    "이번 투자에는 국내 벤처캐피털 세 곳과 일본계 투자사 한 곳이 참여했다. 말결은 웹소설과 웹툰처럼 대사와 말투가 중요한 콘텐츠를 번역하는 데 특화된 AI 모델을 개발하고 있다.",
    "회사는 등장인물마다 말투를 학습해 번역문에서도 캐릭터의 개성이 유지되도록 하는 기술로 특허를 출원했다. 현재 일본어와 영어, 태국어 번역을 지원하며 연말까지 스페인어와 인도네시아어를 추가할 계획이다.",
    '이지원 말결 대표는 "한국 웹소설이 해외에서 인기를 끌고 있지만 번역 인력이 부족해 출간이 늦어지는 경우가 많다"며 "번역가가 검수에 집중할 수 있도록 초벌 번역의 품질을 높이는 것이 목표"라고 말했다.',
]
add(
    file="kr_techmedia_relative_date.html",
    url="https://techon.example/news/articles/2024050911",
    kind="online tech outlet: only '3시간 전' on the page (needs the fetch time), ' · ' title separator, category in a breadcrumb",
    language="ko",
    timezone=SEOUL,
    title=T,
    published="2024-05-09T15:00:00+09:00",
    now="2024-05-09T18:00:00+09:00",
    category="스타트업",
    excerpt_starts="인공지능 번역 스타트업 말결이 120억 원 규모의 시리즈A",
    body_contains=[P[1], P[2]],
    body_excludes=["테크온 뉴스레터 구독하기", "이 기사 어떠셨나요?", "투자 유치 소식 더 보기", "5분 전"],
    traps=["only a relative date", "sidebar news list with relative times", "title ' · 테크온'"],
    html=f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{h(T)} · 테크온</title>
<meta name="description" content="{a(P[0])}">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="{a(P[0])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="테크온">
<meta property="og:image" content="https://cdn.techon.example/og/2024050911.png">
</head>
<body>
<div id="__next">
<header class="Header_root"><a href="/" class="Header_logo">테크온</a><nav><a href="/news">뉴스</a><a href="/startups" aria-current="page">스타트업</a><a href="/events">이벤트</a></nav></header>
<main class="ArticlePage_main">
 <nav class="Breadcrumb_root" aria-label="breadcrumb"><a href="/news">뉴스</a> / <a href="/startups">스타트업</a></nav>
 <h1 class="ArticlePage_title">{h(T)}</h1>
 <div class="ArticlePage_meta"><span class="ArticlePage_author">한지훈 기자</span> · <span class="ArticlePage_time">3시간 전</span></div>
 <div class="ArticlePage_body">
{ps(P, indent="  ")}
 </div>
 <div class="Feedback_root"><p>이 기사 어떠셨나요?</p><button>유익해요</button><button>아쉬워요</button></div>
 <div class="More_root"><a href="/startups">투자 유치 소식 더 보기</a></div>
 <div class="Newsletter_root"><strong>테크온 뉴스레터 구독하기</strong><p>매일 아침 7시, 스타트업 소식을 전해드립니다.</p></div>
</main>
<aside class="Sidebar_root"><h2>최신 뉴스</h2><ul><li><a href="/news/articles/2024050919">핀테크 보안 인증 의무화 연기</a> <span>5분 전</span></li><li><a href="/news/articles/2024050917">물류 로봇 업체 상장 예비심사 통과</a> <span>1시간 전</span></li></ul></aside>
</div>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Sports daily saved as UTF-8 with a BOM: no charset in the header or the page
# ---------------------------------------------------------------------------
T = "'7이닝 무실점' 류현석, 시즌 5승…팀 4연승 견인"
P = [
    "한빛 타이거즈 선발 류현석이 7이닝 무실점 호투로 시즌 5승째를 거뒀다.",
    "류현석은 14일 광주 챔피언스필드에서 열린 2024 프로야구 정규시즌 서울 베어스와 홈경기에 선발 등판해 7이닝 동안 3피안타 1볼넷 8탈삼진으로 상대 타선을 막았다. 팀은 3-0으로 이겨 4연승을 달렸다.",
    "최고 구속 151㎞를 기록한 직구에 슬라이더와 체인지업을 섞어 던졌다. 6회 1사 1·2루 위기에서는 상대 4번 타자를 병살타로 처리하며 흐름을 지켰다.",
    '류현석은 경기 뒤 "포수 리드를 믿고 던진 게 잘 통했다"며 "불펜 투수들이 최근 많이 던져서 최대한 길게 버티고 싶었다"고 말했다.',
    "타선에서는 3번 타자 김도현이 1회 선제 2점 홈런을 터뜨리며 승리에 힘을 보탰다.",
]
add(
    file="kr_sports_utf8_bom.html",
    url="https://sports.hanbit-sports.example/news/read.php?oid=410&aid=0000987654",
    content_type="text/html",
    bom=True,
    kind="sports daily saved with a UTF-8 BOM, no charset in the HTTP header nor in the page",
    language="ko",
    timezone=SEOUL,
    title=T,
    published="2024-04-14T21:47:00+09:00",
    category="야구",
    excerpt_starts="한빛 타이거즈 선발 류현석이 7이닝 무실점 호투로 시즌 5승째를",
    body_contains=[P[1], P[2], P[4]],
    body_excludes=["경기 일정 더보기", "실시간 순위", "스포츠한빛 무단전재", "오늘의 경기"],
    traps=["BOM is the only encoding evidence", "scoreboard widget beside the text"],
    html=f"""<!DOCTYPE html>
<html lang="ko">
<head>
<title>{h(T)} - 스포츠한빛</title>
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="{a(P[0])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="스포츠한빛">
<meta property="og:image" content="https://img.hanbit-sports.example/2024/04/14/ryu.jpg">
<meta property="article:published_time" content="2024-04-14T21:47:00+09:00">
<meta property="article:section" content="야구">
</head>
<body>
<div id="header"><a href="/" class="logo">스포츠한빛</a><ul class="gnb"><li class="on"><a href="/baseball">야구</a></li><li><a href="/soccer">축구</a></li><li><a href="/basketball">농구</a></li><li><a href="/golf">골프</a></li></ul></div>
<div id="content">
 <div class="scoreboard"><h3>오늘의 경기</h3><table><tr><td>서울</td><td>0</td><td>3</td><td>한빛</td></tr></table><a href="/schedule">경기 일정 더보기</a></div>
 <div class="article">
  <h2 class="article_title">{h(T)}</h2>
  <div class="article_info"><span class="reporter">광주=정민호 기자</span> <span class="date">기사입력 2024.04.14 21:47</span></div>
  <div class="article_body" id="newsEndContents">
{ps(P, indent="   ")}
  </div>
  <p class="copyright">&lt;스포츠한빛 무단전재 및 재배포 금지&gt;</p>
 </div>
 <div class="ranking"><h3>실시간 순위</h3><ol><li>한빛 22승 12패</li><li>서울 20승 14패</li></ol></div>
</div>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Old internet newspaper saved as EUC-KR: the HTTP header WRONGLY says UTF-8 (a server
# default), the meta http-equiv says euc-kr. <title> holds only the decorated site name.
# ---------------------------------------------------------------------------
T = "섬 지역 응급환자 이송 헬기, 야간 운항 시간 두 배로 늘린다"
P = [
    "전라남도가 섬 지역 응급환자를 이송하는 닥터헬기의 야간 운항 시간을 이달부터 두 배로 늘린다.",
    "도는 그동안 해가 진 뒤 두 시간까지만 운항하던 닥터헬기를 밤 11시까지 띄우기로 했다고 21일 밝혔다. 야간 비행이 가능한 조종사 2명을 추가로 채용하고, 섬 17곳의 헬기 착륙장에 조명 시설을 설치했다.",
    "지난해 전남 섬 지역에서 발생한 응급환자는 1,340명으로, 이 가운데 41%가 저녁 7시 이후에 발생했다. 야간에는 해경 경비함이나 민간 선박으로 환자를 옮기느라 병원 도착까지 평균 2시간 넘게 걸렸다.",
    '도 관계자는 "야간 이송 시간이 30분 안팎으로 줄어들 것"이라며 "중증 환자의 생존율을 높이는 데 도움이 될 것"이라고 설명했다.',
]
add(
    file="kr_old_euckr_header_says_utf8.html",
    url="http://www.namdo-news.example/news/view.asp?idx=20240321001",
    content_type="text/html; charset=UTF-8",
    encoding="euc-kr",
    kind="old internet newspaper (ASP, table layout) saved as EUC-KR; the HTTP header wrongly says UTF-8, the meta http-equiv says euc-kr; <title> is '::: site :::'",
    language="ko",
    timezone=SEOUL,
    title=T,
    published="2024-03-21T09:30:00+09:00",
    category="사회",
    excerpt_starts="전라남도가 섬 지역 응급환자를 이송하는 닥터헬기의 야간 운항",
    body_contains=[P[1], P[2]],
    body_excludes=["기사제보", "많이본기사", "인쇄하기", "남도시민신문의 모든 콘텐츠"],
    traps=["wrong charset in the HTTP header", "<title> is only the site name", "headline in a <td>"],
    html=f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>::: 남도시민신문 :::</title>
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="{a(P[0])}">
<meta property="og:image" content="http://www.namdo-news.example/upload/2024/03/heli.jpg">
<link rel="stylesheet" href="/css/default.css" type="text/css">
</head>
<body bgcolor="#FFFFFF">
<table width="960" align="center" cellpadding="0" cellspacing="0">
<tr><td class="top"><a href="/"><img src="/img/logo.gif" alt="남도시민신문"></a> <a href="/news/list.asp?sec=1">정치</a> <a href="/news/list.asp?sec=2">사회</a> <a href="/news/list.asp?sec=3">경제</a> <a href="/news/list.asp?sec=4">문화</a> <a href="/jebo.asp">기사제보</a></td></tr>
</table>
<table width="960" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="700" valign="top">
 <table width="100%" cellpadding="4" cellspacing="0">
 <tr><td class="location">HOME &gt; 사회</td></tr>
 <tr><td class="news_title"><font size="4"><b>{h(T)}</b></font></td></tr>
 <tr><td class="news_date">등록일 : 2024-03-21 09:30 &nbsp; | &nbsp; 기자 : 조은비 &nbsp; <a href="javascript:print();">인쇄하기</a></td></tr>
 <tr><td class="news_text">
{brs(P, indent="  ")}
 </td></tr>
 <tr><td class="news_copy">남도시민신문의 모든 콘텐츠는 저작권법의 보호를 받습니다.</td></tr>
 </table>
</td>
<td width="260" valign="top"><table width="100%"><tr><td class="best"><b>많이본기사</b><br><a href="/news/view.asp?idx=20240320004">목포 근대역사관 야간 개방</a><br><a href="/news/view.asp?idx=20240319002">여수 밤바다 불꽃축제 일정 확정</a></td></tr></table></td>
</tr>
</table>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# University paper saved as EUC-KR: the HTTP header WRONGLY says ISO-8859-1, <meta charset="euc-kr">
# "작성일 2024년 03월 25일 (월) 10:12:45"
# ---------------------------------------------------------------------------
T = "교내 연구실 안전사고 3년 새 40% 증가…“안전교육 형식적”"
P = [
    "최근 3년 사이 우리 대학 연구실에서 발생한 안전사고가 40% 가까이 늘어난 것으로 나타났다.",
    "본지가 대학 연구안전센터에서 받은 자료에 따르면 교내 연구실 안전사고는 2021년 23건에서 지난해 32건으로 늘었다. 유형별로는 화학물질 노출이 13건으로 가장 많았고, 실험 기구에 의한 베임과 화상이 뒤를 이었다.",
    "대학원생들은 안전교육이 형식에 그친다고 입을 모은다. 온라인 영상을 틀어 두기만 해도 이수 처리가 되고, 실험실별 특성을 반영한 실습 교육은 거의 없다는 것이다.",
    '한 공과대학 대학원생은 "새로 들어온 학부 연구생에게 후드 사용법을 알려 주는 건 결국 선배들의 몫"이라며 "사고가 나도 보고하면 연구가 멈출까 봐 숨기는 경우도 있다"고 말했다.',
    "연구안전센터는 다음 학기부터 고위험 실험실을 대상으로 대면 실습 교육을 의무화하고, 익명 사고 신고 창구를 새로 열겠다고 밝혔다.",
]
add(
    file="kr_campus_euckr_header_says_latin1.html",
    url="http://news.hanbit-univ.example/news/articleView.html?idxno=24680",
    content_type="text/html; charset=iso-8859-1",
    encoding="euc-kr",
    kind="university paper saved as EUC-KR; HTTP header wrongly says ISO-8859-1, <meta charset=euc-kr>; long-form Korean date with weekday and seconds",
    language="ko",
    timezone=SEOUL,
    title=T,
    published="2024-03-25T10:12:45+09:00",
    category="학술",
    excerpt_starts="최근 3년 사이 우리 대학 연구실에서 발생한 안전사고가",
    body_contains=[P[1], P[2], P[4]],
    body_excludes=["독자의견", "지난호 보기", "한빛대학신문사는", "수습기자 모집"],
    traps=["wrong charset in the HTTP header", "curly quotes in the headline", "recruitment banner"],
    html=f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="euc-kr">
<title>{h(T)} - 한빛대학신문</title>
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="{a(P[0])}">
<meta property="og:site_name" content="한빛대학신문">
</head>
<body>
<div id="header"><a href="/" class="logo">한빛대학신문</a><ul class="menu"><li><a href="/news/list.html?sec=1">보도</a></li><li><a href="/news/list.html?sec=2">학술</a></li><li><a href="/news/list.html?sec=3">사회</a></li><li><a href="/news/list.html?sec=4">문화</a></li><li><a href="/news/list.html?sec=5">여론</a></li></ul>
 <div class="banner">한빛대학신문 수습기자 모집 (~4/5)</div></div>
<div id="container">
 <div class="article_head">
  <div class="location">홈 &gt; <a href="/news/list.html?sec=2">학술</a></div>
  <h2 class="article_title">{h(T)}</h2>
  <div class="article_info"><span>윤서진 기자</span> <span>작성일 2024년 03월 25일 (월) 10:12:45</span> <span>제1132호</span></div>
 </div>
 <div class="article_body">
{ps(P, indent="  ")}
 </div>
 <div class="reader_opinion"><h4>독자의견</h4><p>등록된 의견이 없습니다.</p></div>
 <div class="old_issue"><a href="/pdf/list.html">지난호 보기</a></div>
</div>
<div id="footer"><p>한빛대학신문사는 한빛대학교의 공식 언론기관입니다. 서울특별시 00구 한빛로 00 학생회관 3층</p></div>
</body>
</html>
""",
)
