"""Korean pages, part 1: portals, national newspapers, a wire service."""

# ruff: noqa: E501

from __future__ import annotations

from common import a, add, brs, h, j, ps

SEOUL = "Asia/Seoul"

# ---------------------------------------------------------------------------
# Portal news, Naver-style (#dic_area, "입력 2024.05.09. 오후 3:20", 기사원문, reporter card)
# ---------------------------------------------------------------------------
T = '여야, 저출생 대응 특별법 처리 합의…"5월 국회서 매듭"'
P = [
    "여야가 9일 저출생 대응을 위한 특별법을 이달 임시국회 본회의에서 처리하기로 합의했다.",
    '양당 원내대표는 이날 오후 국회에서 회동한 뒤 기자들과 만나 "출생률 반등을 위한 제도적 기반을 더는 미룰 수 없다는 데 뜻을 같이했다"고 밝혔다.',
    "합의안에는 육아휴직 급여 상한을 월 250만 원으로 올리고, 부모가 함께 휴직할 경우 첫 6개월간 통상임금의 100%를 지급하는 내용이 담겼다. 신혼부부 주택 특별공급 물량을 늘리는 방안도 포함됐다.",
    "쟁점이던 전담 부처 신설 문제는 정부조직법 개정안과 묶어 다음 달까지 별도로 논의하기로 했다. 여당은 인구전략기획부 신설을, 야당은 기존 부처의 기능 강화를 주장해 왔다.",
    "국회 보건복지위원회는 다음 주 법안심사소위원회를 열어 세부 문구를 조정할 계획이다. 여야는 오는 28일 본회의에서 법안을 처리한다는 목표를 세웠다.",
    '한 야당 관계자는 "재원 마련 방안이 구체적으로 담기지 않으면 실효성이 떨어진다"며 "심사 과정에서 이 부분을 꼼꼼히 따지겠다"고 말했다.',
]
add(
    file="kr_portal_nuri_politics.html",
    url="https://n.news.nuri.example/mnews/article/001/0014612345",
    kind="portal news, Naver-style: #dic_area with <br> paragraphs, datestamp with data-date-time, no JSON-LD, no article:published_time",
    language="ko",
    timezone=SEOUL,
    title=T,
    published="2024-05-09T15:20:00+09:00",
    category="정치",
    excerpt_starts="여야가 9일 저출생 대응을 위한 특별법을 이달 임시국회 본회의에서",
    body_contains=[P[0], P[2], P[5]],
    body_excludes=[
        "후속기사 원해요",
        "구독자 12만",
        "많이 본 뉴스",
        "무단 전재 및 재배포 금지",
        "의대 증원 갈등 장기화",
        "댓글 정책 언론사별 선택제",
    ],
    traps=[
        "title tag ends ' : 누리뉴스'",
        "modified time beside the published one",
        "reaction buttons, reporter card, ranking list",
    ],
    html=f"""<!DOCTYPE html>
<html lang="ko" data-useragent="pc">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{h(T)} : 누리뉴스</title>
<meta name="referrer" content="always">
<meta property="og:type" content="article">
<meta property="og:site_name" content="누리뉴스">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="{a(P[0] + " " + P[1][:60])}">
<meta property="og:image" content="https://imgnews.nuri.example/image/001/2024/05/09/PYH2024050912340001300_P4.jpg">
<meta property="og:url" content="https://n.news.nuri.example/mnews/article/001/0014612345">
<meta property="og:article:author" content="한반도통신 | 누리뉴스">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{a(T)}">
<meta name="twitter:creator" content="@hanbando_news">
<link rel="canonical" href="https://n.news.nuri.example/mnews/article/001/0014612345">
<link rel="stylesheet" href="https://ssl.pstatic.example/static.news/pc/css/end.css">
<script>var g_ssc = "news.end", gArticleId = "0014612345", gOfficeId = "001";</script>
</head>
<body class="as_pc">
<div id="u_skip"><a href="#ct">본문 바로가기</a></div>
<header class="Ngnb">
  <div class="Ngnb_inner"><a href="https://www.nuri.example" class="Ngnb_logo">NURI</a><a href="https://news.nuri.example" class="Ngnb_service">뉴스</a></div>
  <nav class="Nlnb">
    <ul class="Nlnb_menu_list">
      <li class="Nlist_item"><a href="https://news.nuri.example" class="Nitem_link"><span class="Nitem_link_menu">홈</span></a></li>
      <li class="Nlist_item"><a href="https://news.nuri.example/section/100" class="Nitem_link is_active" aria-selected="true"><span class="Nitem_link_menu">정치</span></a></li>
      <li class="Nlist_item"><a href="https://news.nuri.example/section/101" class="Nitem_link"><span class="Nitem_link_menu">경제</span></a></li>
      <li class="Nlist_item"><a href="https://news.nuri.example/section/102" class="Nitem_link"><span class="Nitem_link_menu">사회</span></a></li>
      <li class="Nlist_item"><a href="https://news.nuri.example/section/103" class="Nitem_link"><span class="Nitem_link_menu">생활/문화</span></a></li>
      <li class="Nlist_item"><a href="https://news.nuri.example/section/104" class="Nitem_link"><span class="Nitem_link_menu">세계</span></a></li>
      <li class="Nlist_item"><a href="https://news.nuri.example/section/105" class="Nitem_link"><span class="Nitem_link_menu">IT/과학</span></a></li>
    </ul>
  </nav>
</header>
<div id="ct_wrap" class="ct_wrap">
 <div id="ct" class="newsct" role="main">
  <div class="media_end_head go_trans">
    <div class="media_end_head_top"><a href="https://media.nuri.example/press/001" class="media_end_head_top_logo"><img src="https://mimgnews.nuri.example/upload/newsroom/2023/01/001.png" alt="한반도통신" title="한반도통신"></a>
      <em class="media_end_categorize_item">정치</em></div>
    <div class="media_end_head_title"><h2 id="title_area" class="media_end_head_headline"><span>{h(T)}</span></h2></div>
    <div class="media_end_head_info nv_notrans">
      <div class="media_end_head_journalist"><a href="https://media.nuri.example/journalist/001/76543" class="media_end_head_journalist_box"><em class="media_end_head_journalist_name">김서연 기자</em></a></div>
      <div class="media_end_head_info_datestamp">
        <div class="media_end_head_info_datestamp_bunch"><span class="media_end_head_info_datestamp_term">입력</span><span class="media_end_head_info_datestamp_time _ARTICLE_DATE_TIME" data-date-time="2024-05-09 15:20:00">2024.05.09. 오후 3:20</span></div>
        <div class="media_end_head_info_datestamp_bunch"><span class="media_end_head_info_datestamp_term">수정</span><span class="media_end_head_info_datestamp_time _ARTICLE_MODIFY_DATE_TIME" data-modify-date-time="2024-05-09 16:01:00">2024.05.09. 오후 4:01</span></div>
        <a href="https://www.hanbando.example/view/AKR20240509123400001" class="media_end_head_origin_link" target="_blank">기사원문</a>
      </div>
      <div class="media_end_head_info_variety">
        <a href="#comment" class="media_end_head_cmtcount_button">댓글 <span class="u_cbox_count">312</span></a>
        <div class="media_end_head_share"><button type="button" class="u_hc">공유하기</button><button type="button" class="media_end_head_fontsize">본문 글자 크기 조정</button><button type="button">번역</button></div>
      </div>
    </div>
  </div>
  <div id="contents" class="newsct_body">
    <div id="newsct_article" class="newsct_article _article_body">
     <article id="dic_area" class="go_trans _article_content">
      <span class="end_photo_org"><img src="https://imgnews.nuri.example/image/001/2024/05/09/PYH2024050912340001300_P4.jpg" alt=""><em class="img_desc">여야 원내대표가 9일 국회에서 회동하고 있다. [공동취재]</em></span>
      <br>
{brs(P)}
      <br>
      <br>
      김서연 기자 seoyeon@hanbando.example
     </article>
    </div>
    <p class="source"><b>Copyright ⓒ 한반도통신. All rights reserved. 무단 전재 및 재배포 금지.</b></p>
    <div class="byline"><p class="byline_p"><span class="byline_s">김서연 기자(seoyeon@hanbando.example)</span></p></div>
    <div class="media_end_linked_journalist">
      <a href="https://media.nuri.example/journalist/001/76543" class="media_journalistcard_summary_name">김서연 기자</a>
      <p class="media_journalistcard_summary_info">구독자 12만 · 응원수 3,401</p>
      <p class="media_journalistcard_intro">국회와 정당을 취재합니다. 제보는 메일로 부탁드립니다.</p>
      <button type="button" class="media_journalistcard_subscribe">구독</button>
    </div>
    <div class="_reactionModule u_likeit">
      <ul><li><span class="u_likeit_text">좋아요</span><span class="_count">21</span></li><li><span class="u_likeit_text">훈훈해요</span><span class="_count">3</span></li><li><span class="u_likeit_text">슬퍼요</span><span class="_count">1</span></li><li><span class="u_likeit_text">화나요</span><span class="_count">40</span></li><li><span class="u_likeit_text">후속기사 원해요</span><span class="_count">12</span></li></ul>
    </div>
    <div class="media_end_comment" id="comment"><h3>댓글</h3><p class="u_cbox_notice">댓글 정책 언론사별 선택제 시행 중입니다. 한반도통신은 댓글을 제공합니다.</p></div>
  </div>
 </div>
 <aside class="newsct_aside">
  <div class="section_component as_press"><h4 class="ofhd_float_title_text">한반도통신 주요뉴스</h4>
    <ul><li><a href="/mnews/article/001/0014612001">의대 증원 갈등 장기화…환자단체 "진료 공백 대책 시급"</a></li><li><a href="/mnews/article/001/0014611980">수도권 아파트 거래량 3개월 연속 증가</a></li><li><a href="/mnews/article/001/0014611852">정부, 여름철 전력 수급 대책 조기 가동</a></li></ul></div>
  <div class="section_component as_ranking"><h4>많이 본 뉴스</h4>
    <ol><li><a href="/mnews/article/421/0007512345">프로야구 개막 한 달, 관중 300만 돌파</a></li><li><a href="/mnews/article/015/0004971234">반도체 수출 7개월 연속 증가세</a></li></ol></div>
 </aside>
</div>
<footer class="Nfooter"><p><a href="https://news.nuri.example/policy">누리뉴스 운영원칙</a> <a href="https://news.nuri.example/rules">이용약관</a> <a href="https://policy.nuri.example">개인정보처리방침</a></p><address>© NURI Corp.</address></footer>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Portal news, Daum-style (.article_view, info_view "입력 2024. 5. 23. 10:32", og:regDate)
# ---------------------------------------------------------------------------
T = '가계대출 4월에만 5조 늘었다…"주담대 금리 인하 영향"'
P = [
    "지난달 은행권 가계대출이 5조 원 넘게 늘어 두 달 만에 증가세로 돌아섰다.",
    "한국은행이 23일 발표한 '4월 금융시장 동향'에 따르면 4월 말 은행권 가계대출 잔액은 1,103조 6천억 원으로 한 달 전보다 5조 1천억 원 증가했다. 주택담보대출이 4조 9천억 원 늘며 증가를 이끌었다.",
    "주택담보대출 금리가 연초보다 0.4%포인트가량 낮아진 데다 수도권 아파트 매매가 늘면서 대출 수요가 살아난 것으로 분석된다. 정책 모기지인 신생아 특례대출 공급도 영향을 미쳤다.",
    "신용대출 등 기타대출은 2천억 원 늘어 석 달 만에 증가로 전환했다. 한은은 주식시장 공모주 청약 자금 수요가 일시적으로 몰린 결과라고 설명했다.",
    '한은 관계자는 "주택 거래 회복이 이어지면 가계부채 증가세가 확대될 수 있다"며 "관계 기관과 함께 흐름을 면밀히 살펴보겠다"고 말했다.',
]
add(
    file="kr_portal_daon_economy.html",
    url="https://v.daon.example/v/20240523103203251",
    kind="portal news, Daum-style: .article_view with dmcf paragraphs, .info_view with 입력/수정, og:regDate",
    language="ko",
    timezone=SEOUL,
    title=T,
    published="2024-05-23T10:32:00+09:00",
    category="경제",
    excerpt_starts="지난달 은행권 가계대출이 5조 원 넘게 늘어 두 달 만에 증가세로",
    body_contains=[P[1], P[3]],
    body_excludes=["이 기사에 대해 어떻게 생각하시나요", "실시간 이슈", "편의점 도시락 매출", "기사 제보하기"],
    traps=["modified time after the published one", "title tag ' | 다온뉴스'", "emotion buttons, recommendation lists"],
    html=f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{h(T)} | 다온뉴스</title>
<meta property="og:site_name" content="다온뉴스">
<meta property="og:type" content="article">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="{a(P[0] + " " + P[1][:70])}">
<meta property="og:image" content="https://img1.daonimg.example/news/20240523/103203/loan.jpg">
<meta property="og:url" content="https://v.daon.example/v/20240523103203251">
<meta property="og:regDate" content="20240523103200">
<meta property="og:author" content="금융경제신문">
<meta name="article:media_name" content="금융경제신문">
<meta name="plink" content="https://v.daon.example/v/20240523103203251">
<link rel="canonical" href="https://v.daon.example/v/20240523103203251">
<script src="//t1.daonimg.example/daonon/js/news.min.js"></script>
</head>
<body>
<div id="kakaoIndex"><a href="#kakaoBody">본문 바로가기</a></div>
<div id="kakaoWrap" class="container-doc">
<header id="kakaoHead" class="doc-header">
  <h1 class="doc-title"><a href="https://www.daon.example" class="link_daon">Daon</a><a href="https://news.daon.example" class="link_news">뉴스</a></h1>
  <nav class="gnb_comm"><ul class="list_gnb">
    <li><a href="https://news.daon.example/" class="link_gnb">홈</a></li>
    <li><a href="https://news.daon.example/society" class="link_gnb">사회</a></li>
    <li><a href="https://news.daon.example/politics" class="link_gnb">정치</a></li>
    <li class="on"><a href="https://news.daon.example/economic" class="link_gnb" aria-current="page">경제</a></li>
    <li><a href="https://news.daon.example/foreign" class="link_gnb">국제</a></li>
    <li><a href="https://news.daon.example/culture" class="link_gnb">문화</a></li>
    <li><a href="https://news.daon.example/digital" class="link_gnb">IT</a></li>
  </ul></nav>
</header>
<main class="doc-main">
<article id="kakaoContent" class="cont-article">
  <div class="head_view">
    <em class="info_cp"><a href="https://v.daon.example/channel/finance"><img src="https://t1.daonimg.example/media/finance.png" alt="금융경제신문" class="thumb_g"></a></em>
    <h3 class="tit_view" data-translation="true">{h(T)}</h3>
    <span class="info_view">
      <span class="txt_info">이은지 기자</span>
      <span class="txt_info">입력 <span class="num_date">2024. 5. 23. 10:32</span></span>
      <span class="txt_info">수정 <span class="num_date">2024. 5. 23. 11:05</span></span>
    </span>
    <div class="util_view"><button type="button" class="btn_util btn_tts">음성으로 듣기</button><button type="button" class="btn_util btn_translate">번역 설정</button><button type="button" class="btn_util btn_font">글씨크기 조절하기</button><button type="button" class="btn_util btn_share">공유하기</button></div>
  </div>
  <div class="news_view fs_type1">
    <div id="harmonyContainer" class="article_view" data-translation-body="true" data-tiara-layer="article_body">
      <section dmcf-sid="a1b2c3">
        <figure class="figure_frm origin_fig" dmcf-pid="p1" dmcf-ptype="figure"><p class="link_figure"><img class="thumb_g_article" src="https://img1.daonimg.example/news/20240523/103203/loan.jpg" alt="서울 시내 한 은행 대출 창구. [사진=연합]"></p><figcaption class="txt_caption default_figure">서울 시내 한 은행의 대출 창구 모습.</figcaption></figure>
{ps(P, indent="        ", attrs='dmcf-pid="x" dmcf-ptype="general"')}
        <p dmcf-pid="y" dmcf-ptype="general">이은지 기자 ej.lee@finance.example</p>
      </section>
    </div>
    <p class="txt_copyright">Copyright © 금융경제신문. 무단전재 및 재배포 금지.</p>
  </div>
  <div class="emotion_wrap"><strong class="tit_emotion">이 기사에 대해 어떻게 생각하시나요?</strong>
    <ul class="list_emotion"><li>추천해요 <span>18</span></li><li>좋아요 <span>4</span></li><li>감동이에요 <span>0</span></li><li>화나요 <span>27</span></li><li>슬퍼요 <span>2</span></li></ul></div>
  <div class="foot_view"><a href="https://v.daon.example/report" class="link_report">기사 제보하기</a></div>
</article>
<aside class="box_side">
  <div class="box_g box_issue"><h4 class="tit_g">실시간 이슈</h4><ol><li><a href="/v/20240523101512345">편의점 도시락 매출 역대 최대…고물가에 '런치플레이션'</a></li><li><a href="/v/20240523095501234">원·달러 환율 1,360원대 등락</a></li></ol></div>
  <div class="box_g box_news_ranking"><h4 class="tit_g">많이 본 뉴스</h4><ol><li><a href="/v/20240523081234567">전기요금 3분기 동결 가닥</a></li></ol></div>
</aside>
</main>
<footer class="doc-footer"><small class="txt_copyright">© Daon Corp.</small></footer>
</div>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# National newspaper, Chosun-style (Arc/Fusion: JSON-LD NewsArticle with UTC "Z" times, date in URL)
# ---------------------------------------------------------------------------
T = '반도체 특별법 국회 문턱 넘나…"주 52시간 예외" 막판 쟁점'
P = [
    "반도체 산업 지원을 위한 특별법 제정안이 이르면 다음 주 국회 산업통상자원중소벤처기업위원회를 통과할 전망이다. 여야는 보조금 지급 근거에는 의견을 모았지만, 연구개발 인력의 근로시간 예외 조항을 두고 막판까지 줄다리기를 이어가고 있다.",
    "13일 국회에 따르면 산자위는 오는 20일 전체회의를 열어 반도체특별법을 상정할 예정이다. 법안은 반도체 클러스터에 필요한 전력과 용수 공급을 국가가 책임지고, 설비투자에 직접 보조금을 줄 수 있도록 하는 내용을 담았다.",
    "가장 큰 쟁점은 연구개발 인력에 대한 주 52시간 근무제 적용 예외다. 여당과 업계는 경쟁국 대비 개발 속도가 뒤처지고 있다며 예외 조항이 필요하다고 주장한다. 야당과 노동계는 장시간 노동을 합법화하는 것이라며 반대하고 있다.",
    '업계 관계자는 "미국과 일본, 대만은 이미 수십조 원 규모의 보조금을 집행하고 있다"며 "지원이 늦어질수록 격차는 벌어질 수밖에 없다"고 했다.',
    "국회 입법조사처는 최근 보고서에서 보조금 지급 시 통상 규범 위반 소지가 없도록 지급 요건을 명확히 해야 한다고 지적했다.",
]
add(
    file="kr_newspaper_daehan_jsonld.html",
    url="https://www.daehan.example/politics/assembly/2024/06/13/3KQX7Z5WBNFQ3P2L6Y4M/",
    kind="national newspaper, Chosun-style (Arc XP/Fusion): JSON-LD NewsArticle with UTC times, date in URL path, visible '입력 2024.06.13. 09:41'",
    language="ko",
    timezone=SEOUL,
    title=T,
    published="2024-06-13T09:41:00+09:00",
    category="정치",
    excerpt_starts="반도체 산업 지원을 위한 특별법 제정안이 이르면 다음 주",
    body_contains=[P[1], P[2], P[4]],
    body_excludes=["이 기사를 추천합니다", "오늘의 운세", "대한경제 뉴스레터", "[단독] 여당 원내대표 경선"],
    traps=["JSON-LD times in UTC (Z)", "dateModified later", "newsletter box between paragraphs"],
    html=f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{h(T)} - 대한일보</title>
<meta name="description" content="{a(P[0])}">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="{a(P[0])}">
<meta property="og:type" content="article">
<meta property="og:url" content="https://www.daehan.example/politics/assembly/2024/06/13/3KQX7Z5WBNFQ3P2L6Y4M/">
<meta property="og:image" content="https://www.daehan.example/resizer/v2/chip.jpg?auth=abc&amp;width=1200">
<meta property="og:site_name" content="대한일보">
<meta property="article:section" content="정치">
<meta property="article:published_time" content="2024-06-13T00:41:00Z">
<meta property="article:modified_time" content="2024-06-13T02:15:43Z">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.daehan.example/politics/assembly/2024/06/13/3KQX7Z5WBNFQ3P2L6Y4M/">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":{{"@type":"WebPage","@id":"https://www.daehan.example/politics/assembly/2024/06/13/3KQX7Z5WBNFQ3P2L6Y4M/"}},"headline":"{j(T)}","description":"{j(P[0])}","image":["https://www.daehan.example/resizer/v2/chip.jpg?auth=abc&width=1200"],"datePublished":"2024-06-13T00:41:00Z","dateModified":"2024-06-13T02:15:43Z","articleSection":"정치","author":[{{"@type":"Person","name":"박준형"}}],"publisher":{{"@type":"Organization","name":"대한일보","logo":{{"@type":"ImageObject","url":"https://www.daehan.example/pf/resources/images/logo.png"}}}}}}</script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"name":"정치","item":"https://www.daehan.example/politics/"}},{{"@type":"ListItem","position":2,"name":"국회·정당","item":"https://www.daehan.example/politics/assembly/"}}]}}</script>
</head>
<body>
<div id="fusion-app" class="layout-section-wrapper">
<header class="site-header"><a href="/" class="site-logo">대한일보</a>
  <nav class="nav-sections"><a href="/politics/" aria-current="page">정치</a><a href="/economy/">경제</a><a href="/national/">사회</a><a href="/international/">국제</a><a href="/opinion/">오피니언</a><a href="/culture-life/">문화·라이프</a><a href="/sports/">스포츠</a></nav>
  <a href="/subscribe" class="btn-subscribe">구독</a></header>
<main>
<article class="article-body-wrapper">
  <div class="breadcrumb"><a href="/politics/">정치</a> <span>&gt;</span> <a href="/politics/assembly/">국회·정당</a></div>
  <h1 class="article-header__headline">{h(T)}</h1>
  <div class="article-byline"><a class="article-byline__author" href="/people/park-junhyung/">박준형 기자</a>
    <span class="upDate">입력 2024.06.13. 09:41</span> <span class="upDate">업데이트 2024.06.13. 11:15</span></div>
  <div class="article-share"><button>카카오톡 공유</button><button>페이스북 공유</button><button>링크 복사</button><button>글자크기</button></div>
  <section class="article-body" itemprop="articleBody">
    <figure class="article-image"><img src="https://www.daehan.example/resizer/v2/chip.jpg?auth=abc&amp;width=1200" alt="반도체 웨이퍼"><figcaption>경기도의 한 반도체 공장에서 직원이 웨이퍼를 살펴보고 있다. /대한일보 DB</figcaption></figure>
{ps(P[:3], indent="    ", attrs='class="article-body__content article-body__content-text"')}
    <div class="newsletter-box"><strong>대한경제 뉴스레터</strong><p>매주 월요일 아침, 경제 흐름을 한눈에. 지금 구독하세요.</p><a href="/newsletter">구독하기</a></div>
{ps(P[3:], indent="    ", attrs='class="article-body__content article-body__content-text"')}
  </section>
  <div class="article-recommend"><button>이 기사를 추천합니다</button> <span>84</span></div>
  <section class="related-articles"><h3>관련 기사</h3><ul><li><a href="/politics/2024/06/12/X1/">[단독] 여당 원내대표 경선 다음 달 초로 앞당긴다</a></li><li><a href="/economy/2024/06/11/X2/">반도체 보조금 경쟁, 한국만 뒤처지나</a></li></ul></section>
</article>
<aside class="sidebar"><div class="most-read"><h3>많이 본 뉴스</h3><ol><li><a href="/national/2024/06/13/X3/">장마 다음 주 제주부터 시작</a></li></ol></div><div class="fortune"><a href="/fortune/">오늘의 운세</a></div></aside>
</main>
<footer class="site-footer"><p>대한일보 | 서울특별시 중구 세종대로 00 | 등록번호 서울 아00000</p><p>Copyright 대한일보. All rights reserved.</p></footer>
</div>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# National newspaper, JoongAng-style: OpenGraph only, section in the breadcrumb,
# date only in visible text "입력 2024.05.09 15:20 | 수정 2024.05.09 16:01"
# ---------------------------------------------------------------------------
T = "전세사기 피해자 1만9천명 넘었다…절반이 20·30대"
P = [
    "전세사기 피해자로 인정된 사람이 1만9천 명을 넘어섰다. 피해자의 절반 이상은 사회초년생인 20·30대였다.",
    "국토교통부는 전세사기피해지원위원회가 지난 1년간 모두 1만9,200여 건의 피해 신청을 가결했다고 16일 밝혔다. 지역별로는 서울이 27%로 가장 많았고 경기와 인천, 부산이 뒤를 이었다.",
    "피해 주택 유형은 다세대주택이 31%로 가장 많았고 오피스텔과 다가구주택이 각각 22%, 19%를 차지했다. 보증금 규모는 1억 원 이하가 44%, 1억∼2억 원이 39%였다.",
    "정부는 피해 주택을 공공이 경매로 사들여 피해자에게 장기 임대하는 방안을 확대하기로 했다. 피해자가 원하면 최장 20년까지 임대료 부담 없이 거주할 수 있다.",
    '피해자 단체는 "보증금을 먼저 돌려주고 나중에 회수하는 방식이 빠진 대책은 한계가 분명하다"며 특별법 추가 개정을 요구했다.',
]
add(
    file="kr_newspaper_jungang_og.html",
    url="https://www.jungang.example/article/25250123",
    kind="national newspaper, JoongAng-style: OpenGraph without times, breadcrumb section, '입력 … | 수정 …' in a byline list",
    language="ko",
    timezone=SEOUL,
    title=T,
    published="2024-05-16T15:20:00+09:00",
    category="사회",
    excerpt_starts="전세사기 피해자로 인정된 사람이 1만9천 명을 넘어섰다.",
    body_contains=[P[1], P[3]],
    body_excludes=["지금 뜨는 기사", "놓치면 후회할", "중앙플러스", "구독하기 >"],
    traps=["no JSON-LD, no article:published_time", "second h2-styled title in a 'hot' box"],
    html=f"""<!doctype html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<title>{h(T)} | 중앙신보</title>
<meta name="description" content="{a(P[0])}">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="{a(P[0])}">
<meta property="og:image" content="https://pds.jungang.example/news/FbMetaImage/202405/jeonse.jpg">
<meta property="og:url" content="https://www.jungang.example/article/25250123">
<meta property="og:type" content="article">
<meta property="og:site_name" content="중앙신보">
<meta name="twitter:site" content="@jungang">
<link rel="canonical" href="https://www.jungang.example/article/25250123">
</head>
<body>
<header id="header" class="header">
  <h2 class="logo"><a href="/">중앙신보</a></h2>
  <nav class="gnb"><ul><li><a href="/politics">정치</a></li><li><a href="/money">경제</a></li><li><a href="/society">사회</a></li><li><a href="/world">국제</a></li><li><a href="/culture">문화</a></li><li><a href="/sports">스포츠</a></li></ul></nav>
</header>
<div id="container" class="container">
 <section class="contents">
  <div class="article_header">
    <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">홈</a></li><li class="breadcrumb-item"><a href="/society">사회</a></li></ol></nav>
    <h1 class="headline">{h(T)}</h1>
    <div class="byline"><a href="/reporter/1234">최현우 기자</a></div>
    <div class="datetime"><p class="date">입력 2024.05.16 15:20</p> <span>|</span> <p class="date">수정 2024.05.16 18:02</p></div>
    <ul class="share_list"><li><button>페이스북</button></li><li><button>카카오톡</button></li><li><button>URL복사</button></li><li><button>기사저장</button></li></ul>
  </div>
  <div id="article_body" class="article_body fs3">
    <div class="ab_photo photo_center"><div class="image"><img src="https://pds.jungang.example/news/component/htmlphoto_mmdata/202405/jeonse.jpg" alt="전세사기 피해자 기자회견"></div><p class="caption">전세사기 피해자들이 16일 서울 용산구 대통령실 앞에서 기자회견을 하고 있다. 뉴스1</p></div>
{ps(P, indent="    ")}
    <p class="copyright">최현우 기자 choi.hyunwoo@jungang.example</p>
  </div>
  <div class="ab_subscribe"><p>놓치면 후회할 소식, 매일 아침 받아보세요.</p><a href="/newsletter">구독하기 &gt;</a></div>
  <div class="ab_related"><h3>관련기사</h3><ul><li><a href="/article/25249876">전세보증금 반환보증 가입 기준 강화…임대인 부담 커진다</a></li></ul></div>
 </section>
 <aside class="aside">
  <section class="hot_issue"><h2 class="title">지금 뜨는 기사</h2><ul><li><a href="/article/25250111">5월 황금연휴 인천공항 이용객 역대 최다</a></li></ul></section>
  <section class="plus"><h3>중앙플러스</h3><p>오직 구독자만 보는 심층 리포트</p></section>
 </aside>
</div>
<footer class="footer"><p>중앙신보 | 서울특별시 마포구 상암산로 00</p><p>Copyright by 중앙신보 Co.,Ltd. All Rights Reserved.</p></footer>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# National newspaper, Hankyoreh-style: JSON-LD NewsArticle with +09:00 times, 등록/수정 labels,
# a sidebar <h1> for the newsroom name, and the kicker ("[단독]") kept in the headline
# ---------------------------------------------------------------------------
T = "[단독] 국립공원 탐방로 3곳 중 1곳, 안전 점검 5년 넘게 안 해"
P = [
    "전국 국립공원 탐방로 세 곳 가운데 한 곳이 5년 넘게 정밀 안전 점검을 받지 않은 것으로 확인됐다.",
    "한길신문이 20일 국립공원공단에서 받은 자료를 보면, 전국 22개 국립공원의 탐방로 612개 구간 가운데 207개 구간(33.8%)은 마지막 정밀 점검이 2019년 이전이었다. 이 가운데 41개 구간은 낙석이나 급경사 위험 구간으로 분류돼 있다.",
    "공단은 매년 육안 점검을 하고 있어 당장 위험하지는 않다는 입장이다. 하지만 전문가들은 집중호우가 잦아지면서 지반 변화가 빨라지고 있는 만큼 정밀 점검 주기를 앞당겨야 한다고 지적한다.",
    '한 대학 토목공학과 교수는 "육안 점검으로는 암반 내부의 균열이나 배수 불량을 잡아내기 어렵다"며 "위험 구간부터라도 3년 주기 정밀 점검을 의무화해야 한다"고 말했다.',
    "공단은 올해 하반기 예산을 조정해 위험 구간 41곳의 정밀 점검을 우선 실시하겠다고 밝혔다.",
]
add(
    file="kr_newspaper_hangil_jsonld.html",
    url="https://www.hangil.example/society/environment/1141234.html",
    kind="national newspaper, Hankyoreh-style: JSON-LD NewsArticle (+09:00), 등록/수정 visible, kicker in headline",
    language="ko",
    timezone=SEOUL,
    title=T,
    published="2024-06-20T05:00:00+09:00",
    category="환경",
    excerpt_starts="전국 국립공원 탐방로 세 곳 가운데 한 곳이 5년 넘게",
    body_contains=[P[1], P[3]],
    body_excludes=["한길신문을 후원해주세요", "당신이 있어 가능합니다", "기후변화 특집 다시 보기"],
    traps=["<h1> with the newsroom's name in the sidebar", "support-us box in the article"],
    html=f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{h(T)} : 환경 : 사회 : 뉴스 : 한길신문</title>
<meta name="description" content="{a(P[0])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="{a(P[0])}">
<meta property="og:url" content="https://www.hangil.example/society/environment/1141234.html">
<meta property="og:image" content="https://flexible.img.hangil.example/flexible/normal/970/647/imgdb/original/2024/0620/trail.jpg">
<meta property="og:site_name" content="한길신문">
<meta property="article:section" content="환경">
<meta property="article:published_time" content="2024-06-20T05:00:00+09:00">
<meta property="article:modified_time" content="2024-06-20T09:12:00+09:00">
<script type="application/ld+json">
{{
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  "headline": "{j(T)}",
  "datePublished": "2024-06-20T05:00:00+09:00",
  "dateModified": "2024-06-20T09:12:00+09:00",
  "articleSection": "환경",
  "author": {{"@type": "Person", "name": "송지민"}},
  "publisher": {{"@type": "Organization", "name": "한길신문"}},
  "description": "{j(P[0])}"
}}
</script>
</head>
<body>
<div class="wrapper">
<header class="header"><a class="logo" href="/">한길신문</a>
  <nav class="section-nav"><a href="/politics">정치</a><a href="/society" class="active">사회</a><a href="/economy">경제</a><a href="/international">국제</a><a href="/culture">문화</a></nav></header>
<div class="article-wrap">
 <div class="article-head">
  <div class="breadcrumb"><a href="/society">사회</a> <span class="divider">›</span> <a href="/society/environment">환경</a></div>
  <h3 class="article-title">{h(T)}</h3>
  <ul class="article-info"><li class="date"><span>등록</span> 2024-06-20 05:00</li><li class="date"><span>수정</span> 2024-06-20 09:12</li></ul>
  <div class="writer"><a href="/journalist/song-jimin">송지민 기자</a></div>
 </div>
 <div class="article-text">
  <div class="image-area"><img src="https://flexible.img.hangil.example/flexible/normal/970/647/imgdb/original/2024/0620/trail.jpg" alt=""><p class="image-desc">북한산국립공원의 한 탐방로. 한길신문 자료사진</p></div>
{ps(P, indent="  ", attrs='class="text"')}
  <p class="text">송지민 기자 <a href="mailto:jimin@hangil.example">jimin@hangil.example</a></p>
 </div>
 <div class="support-box"><strong>한길신문을 후원해주세요</strong><p>당신이 있어 가능합니다. 독자 후원으로 더 깊은 탐사보도를 만듭니다.</p><a href="/support">후원하기</a></div>
</div>
<aside class="sidebar">
  <h1 class="sidebar-title">한길신문 기후변화팀</h1>
  <div class="series"><a href="/series/climate">기후변화 특집 다시 보기</a></div>
  <div class="popular"><h4>많이 본 기사</h4><ol><li><a href="/society/1141200.html">폭염 특보 첫 발령…남부지방 33도</a></li></ol></div>
</aside>
<footer class="footer"><p>(주)한길신문사 · 서울시 마포구 효창목길 00</p><p>Copyright ⓒ The Hangil. All rights reserved.</p></footer>
</div>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# National newspaper, Kyunghyang-style: "2024년 5월 9일 오후 3시 20분" and "기사입력 : 2024-05-09 15:20:01"
# ---------------------------------------------------------------------------
T = "폭염 일수 30년 새 두 배…“도시 열섬, 취약계층부터 덮친다”"
P = [
    "최근 30년 사이 전국의 연간 폭염 일수가 두 배 가까이 늘어난 것으로 나타났다. 특히 대도시 저소득층 밀집 지역의 체감온도가 주변보다 최대 4도 높아 폭염 피해가 취약계층에 집중되고 있다는 분석이 나왔다.",
    "기상청과 국립환경과학원이 공동으로 펴낸 '2024 폭염 영향 보고서'에 따르면 1991∼2000년 연평균 8.2일이던 폭염 일수는 2014∼2023년 15.7일로 늘었다.",
    "보고서는 서울 쪽방촌과 노후 주거지의 한여름 밤 기온이 인근 공원보다 평균 3.1도 높다고 밝혔다. 녹지가 적고 건물 밀도가 높아 낮 동안 달궈진 열이 밤에도 빠져나가지 못하기 때문이다.",
    "온열질환자도 꾸준히 늘고 있다. 지난해 응급실을 찾은 온열질환자는 2,818명으로 10년 전보다 70% 많았다. 이 가운데 65세 이상 고령자가 32%를 차지했다.",
    "연구진은 쿨링포그와 그늘막 같은 단기 대책뿐 아니라 옥상 녹화, 단열 개선 등 주거 환경 자체를 바꾸는 정책이 병행돼야 한다고 제언했다.",
    "정부는 다음 달 말까지 무더위쉼터 운영 시간을 밤 9시까지로 연장하고, 홀몸 어르신 안부 확인 횟수도 늘릴 계획이다.",
]
add(
    file="kr_newspaper_gyeongsan_textdate.html",
    url="https://www.gyeongsan.example/article/202407031520001",
    kind="national newspaper, Kyunghyang-style: '기사입력 : 2024-07-03 15:20:01' and a Korean long-form date in a print box; curly quotes in the headline",
    language="ko",
    timezone=SEOUL,
    title=T,
    published="2024-07-03T15:20:01+09:00",
    category="사회",
    excerpt_starts="최근 30년 사이 전국의 연간 폭염 일수가 두 배 가까이 늘어난",
    body_contains=[P[1], P[2], P[5]],
    body_excludes=["지면보기", "이 기사를 공유합니다", "오피니언 많이 본 기사", "구독신청"],
    traps=["print-edition date (next morning) in a box", "og:description cut mid-sentence", "no machine-readable date"],
    html=f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{h(T)} - 경산일보</title>
<meta name="keywords" content="폭염,열섬,취약계층,온열질환">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="{a(P[0][:88])}">
<meta property="og:image" content="https://img.gyeongsan.example/news/2024/07/03/heat.jpg">
<meta property="og:url" content="https://www.gyeongsan.example/article/202407031520001">
<meta property="og:site_name" content="경산일보">
<meta property="article:section" content="사회">
</head>
<body>
<div id="wrap">
<div id="header"><a href="/" class="logo">경산일보</a>
  <ul class="menu"><li><a href="/politics">정치</a></li><li><a href="/economy">경제</a></li><li class="on"><a href="/national">사회</a></li><li><a href="/world">국제</a></li><li><a href="/opinion">오피니언</a></li></ul>
  <a class="subscribe" href="/subscribe">구독신청</a></div>
<div id="container">
 <div class="art_header">
  <p class="section"><a href="/national">사회</a> &gt; <a href="/national/environment">환경·기후</a></p>
  <h1 class="title">{h(T)}</h1>
  <div class="byline"><em>김하늘 기자</em> <a href="mailto:sky@gyeongsan.example">sky@gyeongsan.example</a></div>
  <div class="date"><p>기사입력 : 2024-07-03 15:20:01</p><p>최종수정 : 2024-07-03 17:48:33</p></div>
  <div class="btns"><a href="#" class="print">인쇄</a><a href="#" class="share">이 기사를 공유합니다</a><a href="#" class="font">글자크기</a></div>
 </div>
 <div class="art_body" id="articleBody">
  <div class="art_photo"><img src="https://img.gyeongsan.example/news/2024/07/03/heat.jpg" alt=""><p class="caption">서울 종로구 쪽방촌에서 한 주민이 선풍기 바람을 쐬고 있다. 경산일보 자료사진</p></div>
{ps(P, indent="  ", attrs='class="content_text"')}
 </div>
 <div class="paper_box"><span>2024년 7월 4일 지면보기</span> <span>12면</span></div>
 <div class="art_footer"><p>2024년 7월 3일 오후 3시 20분 작성된 기사입니다.</p><p>Copyright © 경산일보. All rights reserved.</p></div>
 <div class="opinion_rank"><h4>오피니언 많이 본 기사</h4><ol><li><a href="/opinion/1">[사설] 폭염 대책, 이번엔 달라야</a></li></ol></div>
</div>
<div id="footer"><p>경산일보 · 서울특별시 중구 정동길 00 · 대표전화 02-0000-0000</p></div>
</div>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Wire service, Yonhap-style: "(서울=…) … 기자 =" dateline, 송고 time, JSON-LD without section
# ---------------------------------------------------------------------------
T = "작년 출생아 23만명 '역대 최저'…합계출산율 0.72명"
P = [
    "(세종=한반도통신) 정수민 기자 = 지난해 태어난 아기가 23만 명에 그쳐 통계 작성 이후 가장 적었다. 여성 한 명이 평생 낳을 것으로 예상되는 아이 수를 뜻하는 합계출산율도 0.72명으로 또 최저치를 갈아치웠다.",
    "통계청이 28일 발표한 '2023년 출생·사망통계 잠정 결과'에 따르면 지난해 출생아 수는 23만 명으로 전년보다 1만9천200명(7.7%) 줄었다.",
    "시도별로는 세종의 합계출산율이 0.97명으로 가장 높았고 서울이 0.55명으로 가장 낮았다. 출산율이 1명을 넘는 시도는 한 곳도 없었다.",
    "첫째 아이를 낳는 어머니의 평균 연령은 33.0세로 1년 전보다 0.2세 높아졌다. 35세 이상 고령 산모 비중은 36.3%였다.",
    '통계청 관계자는 "혼인 건수가 코로나19 이후 회복되고 있어 출생아 감소 폭은 점차 줄어들 가능성이 있다"고 말했다.',
]
add(
    file="kr_wire_hanbando_jsonld.html",
    url="https://www.hanbando.example/view/AKR20240228051200002",
    kind="wire service, Yonhap-style: dateline paragraph, '송고2024-02-28 12:00', JSON-LD NewsArticle, section from a breadcrumb",
    language="ko",
    timezone=SEOUL,
    title=T,
    published="2024-02-28T12:00:00+09:00",
    category="경제",
    excerpt_starts="지난해 태어난 아기가 23만 명에 그쳐 통계 작성 이후 가장",
    body_contains=[P[1], P[2], P[4]],
    body_excludes=["제보는 카카오톡", "<저작권자(c) 한반도통신", "핫뉴스", "AI 요약"],
    traps=[
        "description is the article's own summary",
        "AI summary box above the body",
        "dateline in the first paragraph",
    ],
    html=f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{h(T)} | 한반도통신</title>
<meta name="description" content="지난해 태어난 아기가 23만 명에 그쳐 통계 작성 이후 가장 적었다. 합계출산율도 0.72명으로 또 최저치를 갈아치웠다.">
<meta property="og:title" content="{a(T)}">
<meta property="og:description" content="지난해 태어난 아기가 23만 명에 그쳐 통계 작성 이후 가장 적었다. 합계출산율도 0.72명으로 또 최저치를 갈아치웠다.">
<meta property="og:type" content="article">
<meta property="og:url" content="https://www.hanbando.example/view/AKR20240228051200002">
<meta property="og:image" content="https://img.hanbando.example/photo/2024/02/28/baby.jpg">
<meta property="og:site_name" content="한반도통신">
<link rel="canonical" href="https://www.hanbando.example/view/AKR20240228051200002">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{j(T)}","datePublished":"2024-02-28T12:00:00+09:00","dateModified":"2024-02-28T14:37:00+09:00","author":{{"@type":"Person","name":"정수민"}},"publisher":{{"@type":"Organization","name":"한반도통신"}},"image":"https://img.hanbando.example/photo/2024/02/28/baby.jpg"}}</script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"name":"홈","item":"https://www.hanbando.example/"}},{{"@type":"ListItem","position":2,"name":"경제","item":"https://www.hanbando.example/economy/all"}}]}}</script>
</head>
<body>
<div id="skipNav"><a href="#articleWrap">본문 바로가기</a></div>
<header id="header"><h2 class="logo"><a href="/">한반도통신</a></h2>
 <nav class="gnb"><a href="/politics/all">정치</a><a href="/nk/all">북한</a><a href="/economy/all" class="on">경제</a><a href="/industry/all">산업</a><a href="/society/all">사회</a><a href="/international/all">세계</a></nav></header>
<div id="articleWrap" class="article-wrap">
 <div class="content01">
  <ul class="nav-path"><li><a href="/">홈</a></li><li><a href="/economy/all">경제</a></li></ul>
  <h1 class="tit">{h(T)}</h1>
  <p class="update-time" data-published-time="2024-02-28 12:00">송고2024-02-28 12:00</p>
  <div class="writer-zone"><strong class="tit-name">정수민 기자</strong> <span>기자 페이지</span></div>
  <div class="ai-summary"><strong>AI 요약</strong><p>출생아 23만 명으로 역대 최저, 합계출산율 0.72명</p></div>
 </div>
 <article class="story-news article">
{ps(P, indent="  ")}
  <p>sumin@hanbando.example</p>
  <p class="txt-copyright adrs">제보는 카카오톡 okjebo<br>&lt;저작권자(c) 한반도통신, 무단 전재-재배포, AI 학습 및 활용 금지&gt;</p>
  <p class="txt-time">2024/02/28 12:00 송고</p>
 </article>
 <div class="hot-news"><h3>핫뉴스</h3><ul><li><a href="/view/AKR20240228040100001">의사 집단행동 9일째…정부 "29일까지 복귀하면 선처"</a></li><li><a href="/view/AKR20240228039900005">3월부터 KTX 역방향 좌석 할인</a></li></ul></div>
</div>
<footer id="footer"><p>한반도통신 · 서울 종로구 율곡로 00</p></footer>
</body>
</html>
""",
)
