"""Korean pages, part 2: local papers on the common CMS, government releases, encodings."""

# ruff: noqa: E501

from __future__ import annotations

from common import a, add, brs, h, j, ps

SEOUL = "Asia/Seoul"

# ---------------------------------------------------------------------------
# Local paper on the common Korean CMS (articleView.html?idxno=): full OpenGraph,
# article:section + article:section2, .article-head-title, .info-text list
# ---------------------------------------------------------------------------
T = "청주 오송 바이오 특화단지 착공…2030년까지 1조2천억 투입"
P = [
    "충북 청주시 오송읍에 조성되는 바이오 소재·부품 특화단지가 9일 첫 삽을 떴다.",
    "충청북도와 청주시는 이날 오송생명과학단지 내 사업 부지에서 착공식을 열고 2030년까지 국비와 지방비, 민간 자본 등 모두 1조2천억 원을 투입한다고 밝혔다. 단지는 112만㎡ 규모로 조성되며 바이오 의약품 원부자재와 배양 장비 기업 60여 곳이 입주할 예정이다.",
    "도는 특화단지가 완공되면 직접 고용 4천여 명, 생산 유발 효과 3조 원이 생길 것으로 내다봤다. 입주 기업에는 취득세와 재산세 감면, 전력·용수 기반시설 우선 공급 등의 혜택이 주어진다.",
    '착공식에 참석한 한 입주 예정 기업 대표는 "원부자재 국산화율이 20%대에 머물러 공급망 위기 때마다 생산 차질을 겪었다"며 "오송에서 소재부터 완제품까지 한 번에 만들 수 있게 되길 기대한다"고 말했다.',
    "도는 인근 KTX 오송역과 연결되는 순환 버스 노선을 신설하고, 연구 인력을 위한 임대주택 500세대도 함께 공급할 계획이다.",
]
add(
    file="kr_local_cms_chungbu.html",
    url="https://www.chungbu.example/news/articleView.html?idxno=312456",
    kind="local paper on the common Korean CMS: .article-head-title, .info-text list '입력 2024.05.09 15:20', article:section + article:section2",
    language="ko",
    timezone=SEOUL,
    title=T,
    published="2024-05-09T15:20:00+09:00",
    category="경제",
    excerpt_starts="충북 청주시 오송읍에 조성되는 바이오 소재·부품 특화단지가",
    body_contains=[P[0], P[1], P[4]],
    body_excludes=[
        "저작권자 © 충부일보 무단전재 및 재배포 금지",
        "기사 댓글 0",
        "가장 많이 본",
        "청주시, 여름철 물놀이 안전",
    ],
    traps=[
        "article:section2 (sub-section) beside article:section",
        "reporter's other articles box",
        "keyword tags box",
    ],
    html=f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{h(T)} - 충부일보</title>
<meta name="description" content="{a(P[0] + " " + P[1])}">
<meta name="keywords" content="오송,바이오,특화단지,청주">
<meta property="og:type" content="article">
<meta property="og:title" content="{a(T)} - 충부일보">
<meta property="og:description" content="{a(P[0] + " " + P[1])}">
<meta property="og:image" content="https://cdn.chungbu.example/news/photo/202405/312456_251234_1520.jpg">
<meta property="og:url" content="https://www.chungbu.example/news/articleView.html?idxno=312456">
<meta property="og:site_name" content="충부일보">
<meta property="article:published_time" content="2024-05-09T15:20:00+09:00">
<meta property="article:modified_time" content="2024-05-09T16:01:00+09:00">
<meta property="article:section" content="경제">
<meta property="article:section2" content="산업">
<meta property="article:author" content="윤재석 기자">
<meta property="dable:item_id" content="312456">
<link rel="canonical" href="https://www.chungbu.example/news/articleView.html?idxno=312456">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"WebPage","name":"충부일보","url":"https://www.chungbu.example"}}</script>
</head>
<body>
<div id="user-wrap">
<header id="user-header" class="user-header"><div class="header-logo"><a href="/"><img src="/image/logo/toplogo.png" alt="충부일보"></a></div>
  <nav id="user-nav"><ul class="nav-1st"><li><a href="/news/articleList.html?sc_section_code=S1N1">정치</a></li><li class="on"><a href="/news/articleList.html?sc_section_code=S1N2">경제</a></li><li><a href="/news/articleList.html?sc_section_code=S1N3">사회</a></li><li><a href="/news/articleList.html?sc_section_code=S1N4">문화</a></li><li><a href="/news/articleList.html?sc_section_code=S1N5">오피니언</a></li></ul></nav></header>
<div id="user-container">
 <div class="float-center max-width-1080">
  <section id="section">
   <header class="article-view-header">
    <nav class="breadcrumbs"><ul><li><a href="/">HOME</a></li><li><a href="/news/articleList.html?sc_section_code=S1N2">경제</a></li><li><a href="/news/articleList.html?sc_sub_section_code=S2N12">산업</a></li></ul></nav>
    <h3 class="heading">{h(T)}</h3>
    <div class="article-head-sub">입주 기업 60곳·고용 4천명 기대</div>
    <article class="info-group"><ul class="infomation"><li><i class="icon-user-o"></i> 윤재석 기자</li><li><i class="icon-clock-o"></i> 입력 2024.05.09 15:20</li><li><i class="icon-clock-o"></i> 수정 2024.05.09 16:01</li><li><a href="#article-comment">기사 댓글 0</a></li></ul></article>
    <div class="share-btns"><a class="facebook">페이스북</a><a class="twitter">트위터</a><a class="kakaotalk">카카오톡</a><a class="url">URL 복사</a><a class="print">인쇄하기</a></div>
   </header>
   <h1 class="article-head-title" style="display:none">{h(T)}</h1>
   <div class="article-body">
    <article id="article-view-content-div" class="article-veiw-body view-page font-size17" itemprop="articleBody">
     <figure class="photo-layout image photo-center"><img src="https://cdn.chungbu.example/news/photo/202405/312456_251234_1520.jpg" alt="9일 오송 바이오 특화단지 착공식에서 참석자들이 시삽하고 있다. /충청북도"><figcaption>9일 오송 바이오 특화단지 착공식에서 참석자들이 시삽하고 있다. /충청북도</figcaption></figure>
{ps(P, indent="     ")}
     <p>/윤재석 기자 yjs@chungbu.example</p>
    </article>
    <div class="view-copyright">저작권자 © 충부일보 무단전재 및 재배포 금지</div>
    <div class="view-editors"><strong>윤재석 기자의 다른 기사 보기</strong><ul><li><a href="/news/articleView.html?idxno=312401">청주시, 여름철 물놀이 안전 점검 나서</a></li></ul></div>
    <div class="tag-group"><a href="/search?kwd=오송">#오송</a> <a href="/search?kwd=바이오">#바이오</a></div>
   </div>
  </section>
  <aside id="aside"><div class="auto-article"><h2 class="auto-titles">가장 많이 본</h2><ul><li><a href="/news/articleView.html?idxno=312300">충북 고교 무상급식 전면 확대</a></li></ul></div></aside>
 </div>
</div>
<footer id="user-footer"><p>충부일보 · 충청북도 청주시 상당구 상당로 00 · 등록번호 충북 아 00000</p><p>Copyright © 2024 충부일보. All rights reserved. mail to webmaster@chungbu.example</p></footer>
</div>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Older local paper on the same CMS family, saved as EUC-KR with a meta charset, a
# CP949-only letter (똠), a generic site-wide description, table layout, and the
# "입력 : 2024-04-12 오후 3:05:00" date of the old ASP CMSs. HTTP header without charset.
# ---------------------------------------------------------------------------
T = "전통시장에 세계 음식 골목…똠얌꿍부터 쌀국수까지"
P = [
    "전주 남부시장에 동남아시아와 중앙아시아 음식을 파는 '세계 음식 골목'이 문을 열었다.",
    "전주시는 12일 남부시장 2층 청년몰 옆 빈 점포 14곳을 새 단장해 결혼이민자와 유학생 출신 상인들이 운영하는 음식점으로 꾸몄다고 밝혔다. 태국식 새우 수프인 똠얌꿍과 베트남 쌀국수, 우즈베키스탄 전통 볶음밥 플롭 등을 맛볼 수 있다.",
    "점포 임대료는 첫 2년 동안 시가 전액 지원한다. 상인들은 개장 전 3개월 동안 위생 교육과 한국어 메뉴판 제작, 카드 결제 단말기 설치 등을 지원받았다.",
    '태국 출신으로 10년째 전주에 살고 있는 한 상인은 "고향 음식을 이웃에게 소개할 수 있어 설렌다"며 "주말에는 가족 손님이 많이 찾아올 것 같다"고 말했다.',
    "시는 세계 음식 골목이 자리를 잡으면 야시장과 연계한 축제도 열 계획이다.",
]
add(
    file="kr_local_old_euckr_meta.html",
    url="http://www.jeonbuk-ilbo.example/news/articleView.html?idxno=98765",
    content_type="text/html",
    encoding="cp949",
    kind="older local paper, table layout, EUC-KR declared in <meta http-equiv>, contains the CP949-only letter 똠, generic site description, HTTP header without charset",
    language="ko",
    timezone=SEOUL,
    title=T,
    published="2024-04-12T15:05:00+09:00",
    category="문화",
    excerpt_starts="전주 남부시장에 동남아시아와 중앙아시아 음식을 파는",
    body_contains=[P[1], P[2]],
    body_excludes=["전북의 소식을 가장 빠르게", "포토뉴스", "독자투고", "이전기사", "ⓒ 전북일신문"],
    traps=["meta description is the site's blurb", "<title> is 'site : headline'", "logo in <h1>"],
    html=f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>전북일신문 : {h(T)}</title>
<meta name="description" content="전북의 소식을 가장 빠르게, 가장 정확하게 전하는 전북일신문입니다.">
<meta name="keywords" content="전북일신문, 전북뉴스, 전주, 익산, 군산">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="전북의 소식을 가장 빠르게, 가장 정확하게 전하는 전북일신문입니다.">
<meta property="og:image" content="http://www.jeonbuk-ilbo.example/news/photo/202404/98765_1.jpg">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/common.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td><h1 class="logo"><a href="/"><img src="/image/logo.gif" alt="전북일신문" border="0"></a></h1></td></tr>
<tr><td class="top_menu"><a href="/news/articleList.html?sc_section_code=S1N1">정치</a> | <a href="/news/articleList.html?sc_section_code=S1N2">경제</a> | <a href="/news/articleList.html?sc_section_code=S1N3">사회</a> | <a href="/news/articleList.html?sc_section_code=S1N4">문화</a> | <a href="/news/articleList.html?sc_section_code=S1N5">독자투고</a></td></tr>
</table>
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr>
<td width="680" valign="top">
 <table width="100%" border="0" cellspacing="0" cellpadding="0">
 <tr><td class="navi">홈 &gt; <a href="/news/articleList.html?sc_section_code=S1N4">문화</a></td></tr>
 <tr><td class="view_t">{h(T)}</td></tr>
 <tr><td class="View_Info">이현정 기자 | 입력 : 2024-04-12 오후 3:05:00</td></tr>
 <tr><td class="view_r" id="articleBody">
  <table align="center" width="400"><tr><td><img src="/news/photo/202404/98765_1.jpg" width="400"></td></tr><tr><td class="view_photo_caption">전주 남부시장 세계 음식 골목에서 상인이 음식을 만들고 있다. (사진=전주시 제공)</td></tr></table>
{brs(P, indent="  ")}
  <br><br>
  이현정 기자 hjlee@jeonbuk-ilbo.example
 </td></tr>
 <tr><td class="view_copyright">ⓒ 전북일신문(http://www.jeonbuk-ilbo.example) 무단전재 및 재배포금지</td></tr>
 <tr><td class="view_prev"><a href="/news/articleView.html?idxno=98764">이전기사 : 익산 보석박물관 봄 특별전</a></td></tr>
 </table>
</td>
<td width="20"></td>
<td width="280" valign="top" class="right_box">
 <div class="photo_news"><b>포토뉴스</b><br><a href="/news/articleView.html?idxno=98700">한옥마을 야간 개장</a></div>
</td>
</tr>
</table>
<table width="980" align="center"><tr><td class="footer">전북일신문 | 전주시 완산구 00로 00 | 대표전화 063-000-0000 | Copyright ⓒ 2024 전북일신문. All rights reserved.</td></tr></table>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Government press release, korea.kr style: 보도자료 breadcrumb, 담당부서, 배포일시, attachments
# ---------------------------------------------------------------------------
T = "올여름 전력 최대수요 97.2GW 전망…공급능력 104.2GW 확보"
LEAD = "산업통상자원부는 27일 정부서울청사에서 관계부처 합동 회의를 열고 '2024년 여름철 전력수급 대책'을 확정했다."
P = [
    "□ " + LEAD,
    "□ 올여름 최대 전력수요는 8월 둘째 주 평일 오후 5시 무렵 기준전망 92.1GW, 상한전망 97.2GW로 예상된다. 이는 역대 최대였던 지난해 8월 7일(93.6GW)을 웃도는 수준이다.",
    "○ 정부는 신규 발전설비 준공과 정비 일정 조정을 통해 피크 시기 공급능력을 역대 최고 수준인 104.2GW로 확보하였다.",
    "○ 이와 함께 석탄발전 상한제약 일시 해제, 수요반응(DR) 자원 확대 등 7.1GW 규모의 추가 예비자원을 마련하여 비상 상황에 대비할 계획이다.",
    "□ 아울러 취약계층 냉방비 부담을 덜기 위해 에너지바우처 지원 단가를 가구당 평균 4만3천 원에서 5만3천 원으로 인상하고, 한전 복지할인 한도를 한시적으로 확대한다.",
    '□ 산업통상자원부 장관은 "폭염이 길어질 가능성이 큰 만큼 전력 당국이 긴장의 끈을 놓지 않고 수급 상황을 철저히 관리하겠다"고 밝혔다.',
]
add(
    file="kr_gov_press_release.html",
    url="https://www.korea-brief.example/briefing/pressReleaseView.do?newsId=156641234",
    kind="government press release, korea.kr style: breadcrumb 홈 > 브리핑룸 > 보도자료, 담당부서 table, 배포일시, attachment list, □/○ bullets",
    language="ko",
    timezone=SEOUL,
    title=T,
    published="2024-06-27T11:00:00+09:00",
    category="보도자료",
    excerpt_starts=LEAD[:40],
    body_contains=[
        LEAD,
        "기준전망 92.1GW, 상한전망 97.2GW로 예상된다",
        "에너지바우처 지원 단가를 가구당 평균 4만3천 원에서 5만3천 원으로 인상하고",
    ],
    body_excludes=[
        "첨부파일",
        "(보도자료) 2024년 여름철 전력수급 대책.hwpx",
        "이 누리집은 대한민국 공식 전자정부 누리집입니다",
        "공공누리",
        "만족도 조사",
    ],
    traps=[
        "attachment list and 담당부서 table next to the text",
        "official-site banner",
        "open-licence (공공누리) notice",
    ],
    html=f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<title>보도자료 | 브리핑룸 | 대한민국 정책브리핑 누리집</title>
<meta name="description" content="{a(LEAD)}">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="{a(LEAD)}">
<meta property="og:type" content="website">
<meta property="og:url" content="https://www.korea-brief.example/briefing/pressReleaseView.do?newsId=156641234">
<meta property="og:image" content="https://www.korea-brief.example/images/common/og_logo.png">
<meta property="og:site_name" content="대한민국 정책브리핑">
</head>
<body>
<div class="gov-banner"><span>이 누리집은 대한민국 공식 전자정부 누리집입니다.</span></div>
<div id="wrap">
<header id="header"><h1 class="logo"><a href="/">대한민국 정책브리핑</a></h1>
  <nav id="gnb"><ul><li><a href="/news/policyNewsList.do">뉴스</a></li><li><a href="/policy/policyList.do">정책자료</a></li><li class="on"><a href="/briefing/pressReleaseList.do">브리핑룸</a></li><li><a href="/special/list.do">기획·특집</a></li></ul></nav></header>
<div id="container">
 <nav class="location"><ul><li><a href="/">홈</a></li><li><a href="/briefing/briefingList.do">브리핑룸</a></li><li class="current"><a href="/briefing/pressReleaseList.do">보도자료</a></li></ul></nav>
 <div class="view_title"><h2 class="page_tit">보도자료</h2>
  <div class="article_head"><span class="source">산업통상자원부</span><h3 class="article_title">{h(T)}</h3>
   <div class="info"><span>2024.06.27</span> <span>산업통상자원부</span></div></div></div>
 <div class="view_cont">
  <table class="tbl_info"><caption>보도자료 정보</caption>
   <tr><th scope="row">배포일시</th><td>2024. 6. 27.(목) 11:00</td><th scope="row">보도시점</th><td>배포 즉시 보도</td></tr>
   <tr><th scope="row">담당부서</th><td>에너지정책실 전력산업정책과</td><th scope="row">담당자</th><td>과장 김도윤 (044-203-0000)</td></tr>
  </table>
  <div class="article_body">
{ps(P, indent="   ")}
   <p>※ 첨부: 2024년 여름철 전력수급 대책 1부.</p>
  </div>
  <div class="file_list"><strong>첨부파일</strong><ul>
   <li><a href="/common/download.do?fileId=197001&amp;tblKey=GMN">(보도자료) 2024년 여름철 전력수급 대책.hwpx</a> <a href="/common/viewer.do?fileId=197001">바로보기</a></li>
   <li><a href="/common/download.do?fileId=197002&amp;tblKey=GMN">(보도자료) 2024년 여름철 전력수급 대책.pdf</a> <a href="/common/viewer.do?fileId=197002">바로보기</a></li></ul></div>
  <div class="kogl"><img src="/images/common/kogl_type1.png" alt="공공누리 제1유형"> 이 보도자료는 공공누리 제1유형에 따라 자유롭게 이용할 수 있습니다.</div>
  <div class="btn_list"><a href="/briefing/pressReleaseList.do">목록</a></div>
  <div class="survey"><p>이 페이지에서 제공하는 정보에 대해 만족도 조사에 참여해 주세요.</p><button>매우만족</button><button>만족</button><button>보통</button></div>
 </div>
</div>
<footer id="footer"><address>(30112) 세종특별자치시 갈매로 000 정부세종청사</address><p>Copyright © Ministry of Culture, Sports and Tourism. All Rights Reserved.</p></footer>
</div>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# City-hall press-release board, CP949 with NO charset anywhere in the page: only the
# HTTP header (the old IIS name "ks_c_5601-1987") says what it is. CP949-only letter 샾.
# Date only (작성일 2024-03-14).
# ---------------------------------------------------------------------------
T = "골목상권 소상공인 1천 곳에 간판·인테리어 개선비 지원"
P = [
    "시는 골목상권 활성화를 위해 올해 소상공인 1천 곳에 간판과 실내 환경 개선 비용을 최대 300만 원까지 지원한다고 14일 밝혔다.",
    "지원 대상은 시내에서 6개월 이상 영업한 연 매출 3억 원 이하 소상공인이다. 꽃샾과 네일샾, 세탁소, 동네 빵집처럼 주민 생활과 밀접한 업종을 우선 선정한다.",
    "신청은 다음 달 1일부터 30일까지 시 소상공인지원센터 누리집이나 방문 접수로 받는다. 사업자등록증과 매출 증빙 서류를 함께 내야 한다.",
    "시는 지난해 같은 사업으로 점포 650곳을 지원했으며, 참여 점포의 평균 매출이 1년 새 12% 늘어난 것으로 조사됐다고 설명했다.",
]
add(
    file="kr_city_board_cp949_nocharset.html",
    url="https://www.gwangsan.example/board/view.do?bbsId=BBS_0000012&nttId=57321",
    content_type="text/html; Charset=ks_c_5601-1987",
    encoding="cp949",
    kind="city-hall board view (table of 제목/작성자/작성일), CP949 bytes, no charset in the page, header names ks_c_5601-1987, CP949-only letter 샾",
    language="ko",
    timezone=SEOUL,
    title=T,
    published="2024-03-14T00:00:00+09:00",
    category="보도자료",
    excerpt_starts="시는 골목상권 활성화를 위해 올해 소상공인 1천 곳에",
    body_contains=[P[1], P[2]],
    body_excludes=["조회수", "담당부서 전화번호", "이 페이지의 정보에 만족하십니까", "다음글"],
    traps=["<title> is the board name only", "board table with 작성자/조회수", "prev/next post links"],
    html=f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ko" xml:lang="ko">
<head>
<title>보도자료 &lt; 시정소식 &lt; 열린시정 &lt; 광산시청</title>
<link rel="stylesheet" type="text/css" href="/css/sub.css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div id="skip"><a href="#contents">본문 바로가기</a></div>
<div id="header"><h1><a href="/"><img src="/images/common/logo.gif" alt="광산시청" /></a></h1>
 <ul id="gnb"><li><a href="/open/">열린시정</a></li><li><a href="/civil/">민원안내</a></li><li><a href="/field/">분야별정보</a></li><li><a href="/tour/">문화관광</a></li></ul></div>
<div id="container">
 <div id="lnb"><h2>열린시정</h2><ul><li><a href="/open/news/">시정소식</a><ul><li class="on"><a href="/board/list.do?bbsId=BBS_0000012">보도자료</a></li><li><a href="/board/list.do?bbsId=BBS_0000013">공지사항</a></li></ul></li></ul></div>
 <div id="contents">
  <div class="location">홈 &gt; 열린시정 &gt; 시정소식 &gt; <strong>보도자료</strong></div>
  <h3 class="sub_title">보도자료</h3>
  <table class="board_view" summary="제목, 작성자, 작성일, 조회수, 첨부파일, 내용">
   <caption>게시물 보기</caption>
   <tr><th scope="row">제목</th><td colspan="3" class="subject">{h(T)}</td></tr>
   <tr><th scope="row">작성자</th><td>일자리경제과</td><th scope="row">작성일</th><td>2024-03-14</td></tr>
   <tr><th scope="row">조회수</th><td>1,024</td><th scope="row">담당부서 전화번호</th><td>062-000-0000</td></tr>
   <tr><td colspan="4" class="view_cont">
{ps(P, indent="    ")}
   </td></tr>
  </table>
  <ul class="board_prev_next"><li>이전글 <a href="/board/view.do?bbsId=BBS_0000012&amp;nttId=57320">봄맞이 하천 정화 활동 실시</a></li><li>다음글 <a href="/board/view.do?bbsId=BBS_0000012&amp;nttId=57322">시립도서관 야간 개관 확대</a></li></ul>
  <div class="satisfaction"><p>이 페이지의 정보에 만족하십니까?</p><label><input type="radio" name="s" /> 만족</label><label><input type="radio" name="s" /> 보통</label></div>
 </div>
</div>
<div id="footer"><address>광산시청 (00000) 광산시 시청로 00 대표전화 062-000-0000</address><p>COPYRIGHT (C) GWANGSAN CITY. ALL RIGHTS RESERVED.</p></div>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Tistory blog, skin 1 (Odyssey-like): article:section with quotes, " :: " title,
# JSON-LD BlogPosting, category list in the sidebar, comments
# ---------------------------------------------------------------------------
T = "갤럭시 버즈3 프로 한 달 사용기, 노이즈 캔슬링은 확실히 좋아졌다"
P = [
    "버즈3 프로를 산 지 딱 한 달이 됐습니다. 출퇴근 지하철에서 하루 두 시간씩 쓰면서 느낀 점을 정리해 봤어요.",
    "가장 먼저 체감되는 건 노이즈 캔슬링입니다. 전작인 버즈2 프로도 나쁘지 않았지만, 지하철 선로 소음처럼 낮은 소리가 훨씬 더 잘 걸러집니다. 음악을 끄고 착용만 해도 주변이 조용해질 정도예요.",
    "배터리는 노이즈 캔슬링을 켜고 음악을 들었을 때 약 5시간 40분 정도 갔습니다. 제조사 공식 수치인 6시간에 조금 못 미치지만 출퇴근용으로는 충분했어요.",
    "아쉬운 점은 착용감입니다. 기둥형 디자인으로 바뀌면서 귀가 작은 분들은 한 시간 이상 끼면 귓바퀴가 조금 아플 수 있어요. 저는 기본 이어팁을 S 사이즈로 바꾸고 나서 훨씬 나아졌습니다.",
    "결론적으로 노이즈 캔슬링과 통화 품질을 중요하게 생각한다면 충분히 추천할 만한 제품입니다. 다만 착용감은 매장에서 꼭 직접 확인해 보시길 권해요.",
]
add(
    file="kr_tistory_odyssey.html",
    url="https://gadgetnote.tistory.example/412",
    kind="Tistory blog, Odyssey-like skin: .tt_article_useless_p_margin, article:section with quotes, ' :: ' title, JSON-LD BlogPosting",
    language="ko",
    timezone=SEOUL,
    title=T,
    published="2024-04-21T21:14:33+09:00",
    category="IT 리뷰",
    excerpt_starts="버즈3 프로를 산 지 딱 한 달이 됐습니다.",
    body_contains=[P[1], P[3], "배터리는 노이즈 캔슬링을 켜고 음악을 들었을 때 약 5시간 40분 정도 갔습니다."],
    body_excludes=[
        "공감한 사람 보러가기",
        "저도 같은 고민하다가 샀는데",
        "'IT 리뷰' 카테고리의 다른 글",
        "티스토리툴바",
        "구독하기가젯노트",
    ],
    traps=[
        "article:section wrapped in quotes",
        "sidebar category list with counts",
        "comments with dates",
        "'other posts in this category' list",
    ],
    html=f"""<!doctype html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{h(T)} :: 가젯노트</title>
<link rel="stylesheet" href="https://tistory1.daumcdn.example/tistory/0/skin/style.css?_version_=1713660001">
<meta name="description" content="{a(P[0] + " " + P[1][:50])}">
<meta property="og:type" content="article">
<meta property="og:url" content="https://gadgetnote.tistory.example/412">
<meta property="og:site_name" content="가젯노트">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="{a(P[0] + " " + P[1][:50])}">
<meta property="og:image" content="https://img1.daumcdn.example/thumb/R800x0/?fname=https%3A%2F%2Fblog.kakaocdn.example%2Fdn%2FbuDs3%2Fimg.jpg">
<meta property="article:section" content="'IT 리뷰'">
<meta property="article:published_time" content="2024-04-21T21:14:33+09:00">
<meta property="og.article.author" content="가젯노트">
<meta name="by" content="가젯노트">
<link rel="canonical" href="https://gadgetnote.tistory.example/412">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"BlogPosting","mainEntityOfPage":{{"@id":"https://gadgetnote.tistory.example/412"}},"url":"https://gadgetnote.tistory.example/412","headline":"{j(T)}","description":"{j(P[0])}","author":{{"@type":"Person","name":"가젯노트","logo":null}},"image":{{"@type":"ImageObject","url":"https://img1.daumcdn.example/thumb/R800x0/img.jpg","width":"800px","height":"800px"}},"datePublished":"2024-04-21T21:14:33+09:00","dateModified":"2024-04-22T09:05:12+09:00","publisher":{{"@type":"Organization","name":"TISTORY","logo":{{"@type":"ImageObject","url":"https://t1.daumcdn.example/tistory_admin/static/images/openGraph/opengraph.png","width":"800px","height":"800px"}}}}}}</script>
</head>
<body id="tt-body-page" class="headerslogundisplayon">
<div id="wrap">
 <header id="header"><div class="inner"><h1><a href="/">가젯노트</a></h1><p class="slogan">IT 기기를 직접 써보고 솔직하게 기록합니다</p>
  <nav id="gnb"><ul><li><a href="/category">전체 글</a></li><li><a href="/guestbook">방명록</a></li><li><a href="/tag">태그</a></li></ul></nav></div></header>
 <div id="container">
  <main class="main">
   <div class="area-main">
    <div class="area-view">
     <div class="article-header"><div class="inner">
      <strong class="category"><a href="/category/IT%20%EB%A6%AC%EB%B7%B0">IT 리뷰</a></strong>
      <h2 class="title-article">{h(T)}</h2>
      <div class="box-info"><p class="writer">가젯노트</p><p class="date">2024. 4. 21. 21:14</p></div>
     </div></div>
     <div class="article-view">
      <div class="contents_style"><div class="tt_article_useless_p_margin contents_style">
       <p data-ke-size="size16">{h(P[0])}</p>
       <p data-ke-size="size16">&nbsp;</p>
       <figure class="imageblock alignCenter" data-ke-mobilestyle="widthOrigin"><span data-url="https://blog.kakaocdn.example/dn/buDs3/img.jpg" data-lightbox="lightbox"><img src="https://blog.kakaocdn.example/dn/buDs3/img.jpg" width="720" height="480"></span><figcaption>충전 케이스를 연 모습</figcaption></figure>
       <h3 data-ke-size="size23">노이즈 캔슬링</h3>
       <p data-ke-size="size16">{h(P[1])}</p>
       <h3 data-ke-size="size23">배터리</h3>
       <p data-ke-size="size16">{h(P[2])}</p>
       <h3 data-ke-size="size23">착용감</h3>
       <p data-ke-size="size16">{h(P[3])}</p>
       <p data-ke-size="size16">&nbsp;</p>
       <p data-ke-size="size16">{h(P[4])}</p>
      </div></div>
      <div class="container_postbtn #post_button_group"><div class="postbtn_like"><button class="btn_post uoc-icon"><span class="txt_like">공감</span><span class="uoc-count">37</span></button><a href="#" class="btn_post">공감한 사람 보러가기</a></div><button class="btn_subscription">구독하기가젯노트</button><button class="btn_share">공유하기</button></div>
      <div class="another_category another_category_color_gray"><h4>'<a href="/category/IT%20%EB%A6%AC%EB%B7%B0">IT 리뷰</a>' 카테고리의 다른 글</h4>
       <table><tr><th><a href="/405">아이패드 에어 6세대 2주 사용 후기</a></th><td>2024.04.07</td></tr><tr><th><a href="/398">맥북 에어 M3 배터리 테스트</a></th><td>2024.03.24</td></tr></table></div>
     </div>
     <div class="article-tag"><a href="/tag/버즈3프로" rel="tag">버즈3프로</a> <a href="/tag/무선이어폰" rel="tag">무선이어폰</a></div>
     <div class="area-reply" id="comments"><h4>댓글 3</h4>
      <ul class="list-reply"><li><strong class="name">민트초코</strong><span class="date">2024. 4. 22. 08:31</span><p>저도 같은 고민하다가 샀는데 노캔은 진짜 만족스러워요.</p></li>
      <li><strong class="name">가젯노트</strong><span class="date">2024. 4. 22. 12:10</span><p>감사합니다! 이어팁 바꾸면 착용감도 좋아져요.</p></li></ul></div>
    </div>
   </div>
  </main>
  <aside id="aside" class="sidebar">
   <div class="sidebar-2"><div class="box-category"><h2>카테고리</h2><ul class="tt_category"><li><a href="/category" class="link_tit">분류 전체보기 <span class="c_cnt">(214)</span></a>
    <ul class="category_list"><li><a href="/category/IT%20%EB%A6%AC%EB%B7%B0">IT 리뷰 <span class="c_cnt">(88)</span></a></li><li><a href="/category/%EC%83%9D%ED%99%9C">생활 <span class="c_cnt">(63)</span></a></li><li><a href="/category/%EC%97%AC%ED%96%89">여행 <span class="c_cnt">(41)</span></a></li></ul></li></ul></div>
   <div class="box-recent"><h2>최근글</h2><ul><li><a href="/411">갤럭시 S24 카메라 설정 추천</a></li></ul></div></div>
  </aside>
 </div>
 <footer id="footer"><p class="copyright">DESIGN BY TISTORY <a href="https://www.tistory.example/">관리자</a></p></footer>
</div>
<div id="tistorytoolbarid" class="tistory-toolbar">티스토리툴바</div>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Tistory blog, skin 2 (Book Club-like): .entry-content, visible date "2024. 5. 3. 08:10",
# article:published_time only, a 'related posts' block with thumbnails, AdSense units
# ---------------------------------------------------------------------------
T = "비 오는 날 가기 좋은 강릉 실내 여행지 5곳"
P = [
    "지난 주말 강릉에 다녀왔는데 이틀 내내 비가 내렸어요. 덕분에 평소라면 지나쳤을 실내 여행지를 여럿 둘러볼 수 있었습니다.",
    "첫 번째는 참소리 축음기·에디슨 과학 박물관입니다. 19세기 축음기부터 초기 텔레비전까지 전시품이 5천 점이 넘고, 해설사가 실제 축음기로 음악을 들려주는 시간이 있어 아이들도 좋아했어요.",
    "두 번째는 강릉 아르떼뮤지엄입니다. 옛 공장 건물을 고친 미디어아트 전시관인데 천장이 높아서 답답하지 않고, 사진 찍기 좋은 공간이 많았어요. 평일 오전에 가면 비교적 한산합니다.",
    "세 번째로 들른 안목해변 카페거리는 비 오는 바다를 창밖으로 보면서 쉬기 좋았어요. 2층 이상 창가 자리는 오후가 되면 금방 차니 점심 전에 가는 걸 추천합니다.",
    "이 밖에 중앙시장 2층 먹거리 골목과 오죽헌 시립박물관도 우산만 있으면 충분히 둘러볼 만했습니다. 다음에는 맑은 날 경포호를 한 바퀴 걸어 보고 싶네요.",
]
add(
    file="kr_tistory_bookclub.html",
    url="https://gangneung-trip.tistory.example/entry/비-오는-날-강릉-실내-여행지",
    kind="Tistory blog, Book Club-like skin: .entry-content, visible date, article:section with quotes, AdSense blocks, related posts",
    language="ko",
    timezone=SEOUL,
    title=T,
    published="2024-05-03T08:10:22+09:00",
    category="국내여행",
    excerpt_starts="지난 주말 강릉에 다녀왔는데 이틀 내내 비가 내렸어요.",
    body_contains=[P[1], P[2], P[4]],
    body_excludes=["함께 보면 좋은 글", "속초 중앙시장 닭강정", "adsbygoogle", "반응형", "Powered by Tistory"],
    traps=["AdSense blocks inside the article", "related posts with thumbnails", "' :: ' title"],
    html=f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{h(T)} :: 여행하는 고양이</title>
<meta name="description" content="{a(P[0])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="여행하는 고양이">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="{a(P[0])}">
<meta property="og:url" content="https://gangneung-trip.tistory.example/entry/%EB%B9%84-%EC%98%A4%EB%8A%94-%EB%82%A0-%EA%B0%95%EB%A6%89-%EC%8B%A4%EB%82%B4-%EC%97%AC%ED%96%89%EC%A7%80">
<meta property="article:section" content="'국내여행'">
<meta property="article:published_time" content="2024-05-03T08:10:22+09:00">
<link rel="canonical" href="https://gangneung-trip.tistory.example/entry/%EB%B9%84-%EC%98%A4%EB%8A%94-%EB%82%A0-%EA%B0%95%EB%A6%89-%EC%8B%A4%EB%82%B4-%EC%97%AC%ED%96%89%EC%A7%80">
<script async src="https://pagead2.googlesyndication.example/pagead/js/adsbygoogle.js?client=ca-pub-0000"></script>
</head>
<body>
<div id="wrap" class="bookclub">
 <div id="header"><div class="blog-title"><a href="/">여행하는 고양이</a></div><div class="menu"><a href="/category">전체 글</a> <a href="/guestbook">방명록</a></div></div>
 <div id="content">
  <div class="entry">
   <div class="titleWrap"><h2><a href="/entry/비-오는-날-강릉-실내-여행지">{h(T)}</a></h2>
    <span class="category"><a href="/category/%EA%B5%AD%EB%82%B4%EC%97%AC%ED%96%89">국내여행</a></span>
    <span class="date">2024. 5. 3. 08:10</span></div>
   <div class="entry-content">
    <div class="tt_article_useless_p_margin contents_style">
     <div class="revenue_unit_wrap"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-0000" data-ad-slot="111"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script><p class="revenue_unit_info">반응형</p></div>
     <p data-ke-size="size18">{h(P[0])}</p>
     <h2 data-ke-size="size26">1. 참소리 축음기·에디슨 과학 박물관</h2>
     <p data-ke-size="size18">{h(P[1])}</p>
     <h2 data-ke-size="size26">2. 아르떼뮤지엄 강릉</h2>
     <p data-ke-size="size18">{h(P[2])}</p>
     <div class="revenue_unit_wrap"><ins class="adsbygoogle" data-ad-slot="222"></ins><p class="revenue_unit_info">반응형</p></div>
     <h2 data-ke-size="size26">3. 안목해변 카페거리</h2>
     <p data-ke-size="size18">{h(P[3])}</p>
     <h2 data-ke-size="size26">그 밖에</h2>
     <p data-ke-size="size18">{h(P[4])}</p>
    </div>
    <div class="related-articles"><h4>함께 보면 좋은 글</h4><ul><li><a href="/entry/속초-중앙시장"><img src="/thumb1.jpg" alt=""><span>속초 중앙시장 닭강정 솔직 비교</span></a></li><li><a href="/entry/양양-서핑"><img src="/thumb2.jpg" alt=""><span>양양 서핑 입문 후기</span></a></li></ul></div>
   </div>
   <div class="actionTrail"><a href="#rp">댓글 0</a> <a href="#tb">공유하기</a></div>
  </div>
 </div>
 <div id="sidebar"><h3>최근에 올라온 글</h3><ul><li><a href="/entry/평창-월정사">평창 월정사 전나무숲길</a></li></ul></div>
 <div id="footer">Powered by Tistory, Designed by 여행하는 고양이</div>
</div>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Naver-blog style post: se-main-container, se-text-paragraph, zero-width-space paragraphs,
# se_publishDate "2024. 4. 28. 14:05", category in .blog2_series, " : 누리 블로그" title
# ---------------------------------------------------------------------------
T = "돌 아기 후기 이유식 시작, 일주일 식단 공유해요"
P = [
    "우리 아기가 지난주에 첫 돌을 맞았어요. 소아과 선생님께서 이제 후기 이유식에서 유아식으로 천천히 넘어가도 된다고 하셔서 일주일 동안 식단을 짜 봤습니다.",
    "가장 신경 쓴 건 간을 하지 않는 거예요. 어른 음식에서 덜어 주고 싶은 마음이 굴뚝같지만, 돌 전후 아기는 콩팥 기능이 아직 완전하지 않아서 소금과 간장은 최대한 미루는 게 좋다고 해요.",
    "월요일은 소고기 무 진밥, 화요일은 닭안심 브로콜리 진밥, 수요일은 흰살생선 애호박 진밥으로 시작했어요. 밥은 한 번에 사흘 치를 지어 소분해 냉장 보관했더니 훨씬 편했습니다.",
    "간식으로는 바나나와 찐 고구마, 플레인 요거트를 번갈아 줬어요. 처음 먹는 재료는 하루에 한 가지씩만 넣어서 알레르기 반응이 없는지 꼭 확인하세요.",
    "일주일 해 보니 아기가 밥숟가락을 스스로 잡으려고 해서 뿌듯했어요. 다음 주에는 반찬을 따로 주는 연습을 해 보려고요!",
]
ZW = "\u200b"
add(
    file="kr_naver_blog_post.html",
    url="https://blog.nuri.example/mom_diary/223428765432",
    kind="Naver-blog style PostView: se-main-container, se-text-paragraph spans, zero-width-space paragraphs, se_publishDate, category in .blog2_series",
    language="ko",
    timezone=SEOUL,
    title=T,
    published="2024-04-28T14:05:00+09:00",
    category="육아 일기",
    excerpt_starts="우리 아기가 지난주에 첫 돌을 맞았어요.",
    body_contains=[P[1], P[2], P[3]],
    body_excludes=["이웃추가", "공감", "이 블로그 육아 일기 카테고리 글", "#이유식", "저희 아기도 이번 주에 돌"],
    traps=[
        "headline only in .se-title-text and og:title",
        "zero-width-space spacer paragraphs",
        "tag list and neighbour button",
    ],
    html=f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<title>{h(T)} : 누리 블로그</title>
<meta property="og:title" content="{a(T)}">
<meta property="og:image" content="https://blogthumb.pstatic.example/MjAyNDA0Mjhf/image.jpg?type=w2">
<meta property="og:description" content="{a(P[0][:62])}">
<meta property="og:url" content="https://blog.nuri.example/mom_diary/223428765432">
<meta property="og:type" content="article">
<meta property="naverblog:profile_image" content="https://blogpfthumb.example/profile.jpg">
<meta property="naverblog:nickname" content="튼튼맘">
<link rel="canonical" href="https://blog.nuri.example/mom_diary/223428765432">
</head>
<body class="se_body">
<div id="whole-border"><div id="whole-body">
<div id="blog-title"><h1 class="itemfont"><a href="/mom_diary">튼튼맘의 하루</a></h1></div>
<div id="blog-menu"><ul><li><a href="/PostList.naver?blogId=mom_diary">블로그</a></li><li><a href="/prologue">프롤로그</a></li><li><a href="/guestbook">안부</a></li></ul></div>
<div id="postListBody">
 <div class="post _post_wrap _param(1)" id="post-view223428765432">
  <div class="post_ct">
   <div class="se-viewer se-theme-default" lang="ko-KR">
    <div class="se-component se-documentTitle se-l-default">
     <div class="blog2_series"><a href="/PostList.naver?blogId=mom_diary&amp;categoryNo=12&amp;from=postList" class="pcol2">육아 일기</a></div>
     <div class="se-module se-module-text se-title-text"><p class="se-text-paragraph se-text-paragraph-align-"><span class="se-fs- se-ff-">{h(T)}</span></p></div>
     <div class="blog2_container"><span class="nick"><a class="link pcol2">튼튼맘</a></span> <span class="se_publishDate pcol2">2024. 4. 28. 14:05</span> <a class="btn_buddy">이웃추가</a></div>
    </div>
    <div class="se-main-container">
     <div class="se-component se-text se-l-default"><div class="se-component-content"><div class="se-section se-section-text se-l-default"><div class="se-module se-module-text">
      <p class="se-text-paragraph se-text-paragraph-align-"><span class="se-fs- se-ff-">{h(P[0])}</span></p>
      <p class="se-text-paragraph se-text-paragraph-align-"><span class="se-fs- se-ff-">{ZW}</span></p>
      <p class="se-text-paragraph se-text-paragraph-align-"><span class="se-fs- se-ff-">{h(P[1])}</span></p>
      <p class="se-text-paragraph se-text-paragraph-align-"><span class="se-fs- se-ff-">{ZW}</span></p>
     </div></div></div></div>
     <div class="se-component se-image se-l-default"><div class="se-component-content"><div class="se-section se-section-image"><div class="se-module se-module-image"><a class="se-module-image-link __se_image_link"><img src="https://postfiles.pstatic.example/MjAyNDA0Mjhf/meal.jpg?type=w773" alt="" class="se-image-resource"></a></div><div class="se-module se-module-text se-caption"><p class="se-text-paragraph"><span>일주일 이유식 준비물</span></p></div></div></div></div>
     <div class="se-component se-text se-l-default"><div class="se-component-content"><div class="se-section se-section-text se-l-default"><div class="se-module se-module-text">
      <p class="se-text-paragraph se-text-paragraph-align-"><span class="se-fs- se-ff-">{h(P[2])}</span></p>
      <p class="se-text-paragraph se-text-paragraph-align-"><span class="se-fs- se-ff-">{ZW}</span></p>
      <p class="se-text-paragraph se-text-paragraph-align-"><span class="se-fs- se-ff-">{h(P[3])}</span></p>
      <p class="se-text-paragraph se-text-paragraph-align-"><span class="se-fs- se-ff-">{ZW}</span></p>
      <p class="se-text-paragraph se-text-paragraph-align-"><span class="se-fs- se-ff-">{h(P[4])}</span></p>
     </div></div></div></div>
    </div>
   </div>
   <div class="post_tag"><a href="/PostList.naver?tag=이유식">#이유식</a> <a href="/PostList.naver?tag=돌아기">#돌아기</a> <a href="/PostList.naver?tag=유아식">#유아식</a></div>
  </div>
  <div class="wrap_postcomment"><a class="btn_sympathy">공감 <em>42</em></a> <a class="btn_comment">댓글 <em>8</em></a></div>
  <div class="area_comment"><ul><li><span class="nick">라떼맘</span><p>저희 아기도 이번 주에 돌인데 식단 참고할게요!</p><span class="date">2024. 4. 28. 16:22</span></li></ul></div>
  <div class="post_footer_category"><strong>이 블로그 육아 일기 카테고리 글</strong><ul><li><a href="/mom_diary/223421111111">아기 첫 감기, 해열제 먹이는 간격</a></li></ul></div>
 </div>
</div>
</div></div>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Brunch-style essay: cover title + subtitle, "Apr 28. 2024" only, no section
# ---------------------------------------------------------------------------
T = "퇴근 후 삼십 분의 부엌"
P = [
    "회사에서 돌아오면 가장 먼저 부엌 불을 켠다. 냉장고 문을 열고 남은 채소를 꺼내 도마 위에 늘어놓는 데까지 걸리는 시간은 채 일 분이 되지 않는다.",
    "처음부터 요리를 좋아했던 건 아니다. 자취를 시작하고 몇 년 동안은 편의점 도시락과 배달 음식으로 끼니를 때웠다. 어느 날 통장 내역을 정리하다가 한 달 배달비가 월세의 절반에 가깝다는 걸 알고 나서야 칼을 잡았다.",
    "삼십 분이라는 규칙은 그때 생겼다. 퇴근 후 딱 삼십 분만 부엌에 서 있기로 했다. 그 시간 안에 만들 수 있는 음식만 만들고, 못 만들면 그날은 달걀 프라이와 김으로 끝낸다.",
    "규칙을 지키다 보니 요리 실력보다 먼저 늘어난 건 버리는 재료를 줄이는 요령이었다. 대파는 한 번에 썰어 얼려 두고, 양배추는 반 통만 사서 사흘 안에 다 먹는다.",
    "오늘 저녁은 애호박 된장국과 두부부침이었다. 국이 끓는 동안 설거지를 끝내고 나니 정확히 이십팔 분이 지나 있었다. 식탁에 앉아 숟가락을 드는 순간, 하루가 비로소 내 것이 되는 기분이 든다.",
]
add(
    file="kr_brunch_essay.html",
    url="https://brunch.example/@kitchen30/57",
    kind="Brunch-style essay: cover title and subtitle, 'Apr 28. 2024' as the only date, wrap_item paragraphs, no section",
    language="ko",
    timezone=SEOUL,
    title=T,
    published="2024-04-28T00:00:00+09:00",
    category="",
    excerpt_starts="회사에서 돌아오면 가장 먼저 부엌 불을 켠다.",
    body_contains=[P[1], P[2], P[4]],
    body_excludes=["작가의 이전글", "구독자 1,203", "라이킷", "브런치스토리에 로그인하고", "작가님의 글을 응원"],
    traps=["subtitle next to the title", "author card and previous/next posts", "keywords that look like sections"],
    html=f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{h(T)}</title>
<meta name="description" content="{a(P[0])}">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="{a(P[0])}">
<meta property="og:type" content="article">
<meta property="og:url" content="https://brunch.example/@kitchen30/57">
<meta property="og:image" content="https://img1.brunch.example/thumb/R1280x0/kitchen.jpg">
<meta property="og:site_name" content="브런치스토리">
<meta name="keywords" content="요리,자취,에세이,퇴근">
</head>
<body class="service_frontier">
<div id="wrap">
 <header class="service_header"><a href="/" class="link_brunch">brunch story</a><a href="/signin" class="btn_start">시작하기</a></header>
 <div class="wrap_cover"><div class="cover_item">
  <div class="cover_inner"><h1 class="cover_title">{h(T)}</h1><p class="cover_sub_title">매일 삼십 분, 나를 위한 저녁을 짓는 일</p>
   <span class="cover_byline"><span class="txt_by">by</span> <a href="/@kitchen30" class="link_profile">오늘의 식탁</a> <span class="ico_dot"></span> <span class="date">Apr 28. 2024</span></span></div></div></div>
 <div class="wrap_view_article">
  <div class="wrap_body text_align_left finish_txt">
{ps(P, indent="   ", attrs='class="wrap_item item_type_text"')}
  </div>
  <div class="wrap_keyword"><ul><li><a href="/keyword/요리">요리</a></li><li><a href="/keyword/자취">자취</a></li><li><a href="/keyword/에세이">에세이</a></li></ul></div>
  <div class="wrap_like"><button class="btn_like">라이킷 <span>86</span></button> <button class="btn_comment">댓글 <span>5</span></button> <button class="btn_share">공유</button></div>
  <div class="wrap_profile"><strong class="tit_profile">오늘의 식탁</strong><p class="desc_profile">회사원. 저녁마다 삼십 분씩 요리합니다.</p><span class="num_subscription">구독자 1,203</span><button class="btn_subscribe">구독</button></div>
  <div class="wrap_support"><p>작가님의 글을 응원하고 싶다면 응원하기를 눌러주세요.</p></div>
  <div class="wrap_article_list"><strong>작가의 이전글</strong> <a href="/@kitchen30/56">냉장고 파먹기 일주일</a> <strong>작가의 다음글</strong> <a href="/@kitchen30/58">도시락을 싸는 마음</a></div>
 </div>
 <div class="layer_login"><p>브런치스토리에 로그인하고 좋아하는 작가를 구독해 보세요.</p></div>
</div>
</body>
</html>
""",
)
