#!/usr/bin/env python3
# ruff: noqa: E501  (post text is long on purpose)
"""Build the bundled sample site that `newscrawler demo` and the crawl tests use.

Writes every file under newscrawler/demo/site/ (the fictional Korean daily
한결일보 and the Tistory-style blog "rentn 실시간 뉴스", both on one host) and
what a correct crawl must extract, tests/sites/demo_expected.json.  Stdlib only
and deterministic: running it again changes nothing.  Files name their own host
as __BASE_URL__, which newscrawler.demo.server replaces while serving.

    python newscrawler/demo/build_site.py

How the news articles can be found (each method is the only way to some post):
  rss.xml    the 10 newest Korean posts, links with utm_* params, + one 404 item;
             the newest post is in no listing or sitemap yet
  atom.xml   the 5 English posts + 2 Korean posts that rss.xml also has
  sitemaps   robots.txt -> sitemap_index.xml -> sitemaps/posts.xml, sitemaps/news.xml.gz
  listing    /news/, /news/page/2/, /news/page/3/ (8 a page, newest first, rel="next")
Links inside article pages (sidebar, related, body) point only at listing page 1.
"""

from __future__ import annotations

import gzip
import html
import json
import re
import shutil
import tomllib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
SITE = HERE / "site"
EXPECTED = HERE.parent.parent / "tests" / "sites" / "demo_expected.json"
SOURCES = tomllib.loads((HERE / "sources.toml").read_text(encoding="utf-8"))["sources"]
B = "__BASE_URL__"
KST = timezone(timedelta(hours=9))
NBSP = '<p data-ke-size="size16">&nbsp;</p>'

SECTIONS = {  # section key used in the page markup -> (URL name, menu label)
    "Politics": ("politics", "정치"),
    "Economy": ("economy", "경제"),
    "Society": ("society", "사회"),
    "Environment": ("environment", "환경"),
    "Tech": ("tech", "IT/과학"),
    "문화": ("culture", "문화"),
    "World": ("world", "World"),
    "Technology": ("technology", "Technology"),
}
REPORTERS = {
    "홍길동": "hong",
    "김민수": "minsu.kim",
    "이서연": "seoyeon.lee",
    "박지훈": "jihoon.park",
    "최유진": "yujin.choi",
    "윤하늘": "haneul.yoon",
    "강태호": "taeho.kang",
    "정다은": "daeun.jung",
    "Grace Lee": "grace.lee",
    "Daniel Cho": "daniel.cho",
}
ATOM_KO = ("early-monsoon-forecast", "semiconductor-exports-rebound")  # also in rss.xml
SITEMAP_ONLY = ("satellite-launch", "housing-prices-seoul", "early-voting-record")  # posts.xml
GNEWS_ONLY = ("general-election-turnout",)  # only in sitemaps/news.xml.gz
RSS_ONLY = ("book-fair-opens",)  # just published: only in rss.xml
ABSOLUTE_LINK = "palace-night-tour"  # its listing link is written as an absolute URL
MOST_READ = (
    "semiconductor-exports-rebound",
    "new-assembly-opens",
    "heatwave-early-warning",
    "early-monsoon-forecast",
    "base-rate-freeze",
    "kpass-card-demand",
)
PER_PAGE = 8

# ---------------------------------------------------------------- news posts
# meta: "ld" (default) JSON-LD NewsArticle + OpenGraph; "og" OpenGraph/meta only;
# "nozone" OpenGraph with article:published_time lacking a zone; "time" the date
# only in the byline's <time datetime>.  img "" = no image; abs: og:image absolute.
# body items: "text" -> <p>, "## text" -> <h2>, (src, alt, caption) -> <figure>,
# "<...>" -> raw HTML (hostile bits live here).  An ad block goes after item 2.
NEWS: list[dict[str, Any]] = [
    dict(
        slug="book-fair-opens",
        date="2024-06-19 10:30",
        sec="문화",
        by="정다은",
        title="서울국제도서전 개막…'책의 미래' 주제로 30개국 출판사 참여",
        desc="올해 서울국제도서전이 19일 서울 강남구 코엑스에서 개막했다. 30개국 450여 개 출판사가 참여해 닷새 동안 전시와 강연을 이어간다.",
        img="/images/2024/06/book-fair.jpg",
        body=[
            "2024 서울국제도서전이 19일 서울 강남구 코엑스에서 닷새 일정으로 막을 올렸다. 올해 도서전에는 30개국 450여 개 출판사와 관련 단체가 참여해 역대 최대 규모로 꾸며졌다.",
            "## 주빈국 특별관과 작가 강연 잇따라",
            (
                "/images/2024/06/book-fair.jpg",
                "도서전 개막일 전시장",
                "19일 서울 코엑스에서 열린 서울국제도서전 개막일에 관람객들이 전시장을 둘러보고 있다.",
            ),
            "올해 주제는 '책의 미래'로, 종이책과 전자책의 공존을 모색하는 전시가 곳곳에 마련됐다. 주최 측은 닷새 동안 작가와의 대화와 북토크 등 200여 개 프로그램을 운영한다고 밝혔다.",
            '독립출판사들이 모인 특별관에는 개막 첫날부터 젊은 관람객이 몰렸다. 한 참가 출판사 대표는 "작은 출판사가 독자를 직접 만날 수 있는 몇 안 되는 자리"라고 말했다.',
            NBSP,
            "관람권은 현장과 온라인에서 구매할 수 있으며, 청소년과 65세 이상은 할인된다. 주최 측은 주말 혼잡을 피하려면 평일 오전에 방문할 것을 권했다.",
        ],
    ),
    dict(
        slug="early-monsoon-forecast",
        date="2024-06-14 17:45",
        sec="Society",
        by="윤하늘",
        title='올여름 장마 이달 하순 시작…기상청 "국지성 호우 잦을 것"',
        desc="기상청은 올해 장마가 이달 하순 제주도부터 시작될 것으로 내다봤다. 짧은 시간에 많은 비가 쏟아지는 국지성 호우가 잦을 것으로 예상된다.",
        img="/images/2024/06/monsoon-clouds.jpg",
        abs=True,
        body=[
            "기상청은 14일 발표한 3개월 기상 전망에서 올해 장마가 이달 하순 제주도를 시작으로 전국에 영향을 줄 것이라고 밝혔다. 중부지방은 이달 말이나 다음 달 초 장마철에 들어설 것으로 보인다.",
            "기상청은 올여름 강수량이 평년과 비슷하거나 많을 확률이 높다고 설명했다. 특히 좁은 지역에 짧은 시간 동안 강한 비가 내리는 국지성 호우가 자주 나타날 것으로 전망했다.",
            '<div class="video-embed"><iframe width="560" height="315" src="https://www.youtube.com/embed/Hk3xV9mons0" title="YouTube video player" frameborder="0" allow="autoplay; encrypted-media" allowfullscreen></iframe></div>',
            "행정안전부는 반지하 주택과 지하차도 등 침수 취약 지역을 다시 점검하기로 했다. 지방자치단체에는 하천 주변 산책로 출입을 미리 통제할 수 있도록 계획을 세우라고 요청했다.",
            "전문가들은 장마 기간에는 외출 전 기상 정보를 확인하고, 하천이나 계곡 주변에 머무르지 말라고 당부했다.",
        ],
    ),
    dict(
        slug="heatwave-early-warning",
        date="2024-06-11 09:10",
        sec="Environment",
        by="이서연",
        title="폭염특보 작년보다 일주일 빨라져…대구·경북 낮 최고 35도",
        desc="올해 첫 폭염특보가 지난해보다 일주일 이른 시기에 발령됐다. 기상청은 당분간 대구와 경북 내륙의 낮 최고기온이 35도 안팎까지 오르겠다고 예보했다.",
        img="",
        body=[
            "기상청은 11일 오전 경북 경산과 경남 밀양 등에 올해 첫 폭염주의보를 발령했다. 지난해 첫 폭염특보보다 일주일가량 빠른 것이다.",
            "폭염주의보는 하루 최고 체감온도 33도 이상인 상태가 이틀 넘게 이어질 것으로 예상될 때 내려진다. 이날 대구와 경북 내륙의 낮 최고기온은 35도 안팎까지 오를 전망이다.",
            '<script>hkWeatherWidget.render("heat", {region: "daegu"});</script>',
            "## 온열질환자 벌써 100명 넘어",
            "질병관리청 온열질환 응급실 감시체계에 따르면 지난달 20일부터 신고된 온열질환자는 100명을 넘었다. 환자의 상당수는 실외 작업장과 논밭에서 발생했다.",
            '<p style="color:#1a1a1a;line-height:1.8">환경부는 기후변화로 폭염 시작 시점이 해마다 앞당겨지고 있다며 취약계층 보호 대책을 서둘러 달라고 지방자치단체에 요청했다. 무더위쉼터 운영 시간도 지역 사정에 맞게 늘릴 계획이다.</p>',
            "한낮에는 야외 활동을 줄이고 물을 자주 마시는 것이 좋다. 어지러움이나 두통이 나타나면 곧바로 그늘에서 쉬어야 한다.",
        ],
    ),
    dict(
        slug="ai-basic-act-debate",
        date="2024-06-05 08:40",
        sec="Tech",
        by="강태호",
        title="22대 국회서 AI 기본법 재추진…산업 육성과 규제 사이 균형 과제",
        desc="21대 국회에서 폐기된 인공지능 기본법이 22대 국회에서 다시 추진된다. 업계는 신속한 입법을, 시민단체는 고위험 AI에 대한 안전장치를 요구하고 있다.",
        img="/images/2024/06/ai-act.jpg",
        body=[
            "21대 국회 임기 만료로 자동 폐기된 인공지능(AI) 기본법 제정이 22대 국회에서 다시 추진된다. 여야 모두 AI 산업 육성이 필요하다는 데에는 공감대를 이루고 있다.",
            "쟁점은 규제의 범위다. 업계는 '우선 허용, 사후 규제' 원칙을 담아 기업의 연구개발을 막지 말아야 한다고 주장한다. 반면 시민단체는 채용과 의료처럼 사람의 권리에 영향을 주는 고위험 AI에는 사전 점검 의무를 둬야 한다고 맞선다.",
            '<p>과학기술정보통신부는 주요국 입법 동향을 정리한 설명 자료를 누리집에 공개했다. <a href="javascript:alert(1)">설명 자료 바로가기</a></p>',
            "## 유럽연합은 AI법 시행 앞둬",
            "유럽연합(EU)은 세계 첫 포괄적 AI 규제법을 최종 승인하고 단계적 시행을 앞두고 있다. 유럽 시장에 진출하려는 국내 기업들도 새 규정에 맞춰 대비해야 하는 상황이다.",
            'AI 반도체 수요가 늘면서 <a href="/news/2024/06/semiconductor-exports-rebound.html">반도체 수출</a>도 증가세를 이어가고 있다. 정부는 연내 입법을 목표로 국회와 협의하겠다고 밝혔다.',
        ],
    ),
    dict(
        slug="semiconductor-exports-rebound",
        date="2024-06-01 10:00",
        sec="Economy",
        by="김민수",
        title="5월 수출 11.7% 증가…반도체 수출 7개월째 늘어",
        desc="5월 수출이 1년 전보다 11.7% 늘며 8개월 연속 증가세를 이어갔다. 반도체 수출은 인공지능 서버 수요에 힘입어 7개월째 증가했다.",
        img="/images/2024/06/chip-exports.jpg",
        abs=True,
        ld="list",
        body=[
            "산업통상자원부는 5월 수출이 1년 전보다 11.7% 증가한 581억 달러로 집계됐다고 1일 밝혔다. 월간 수출은 지난해 10월 이후 8개월 연속 증가했다.",
            "품목별로는 반도체 수출이 113억 달러로 54.5% 늘며 증가세를 이끌었다. 인공지능 서버에 쓰이는 고대역폭메모리(HBM)와 고용량 메모리 수요가 늘어난 영향이다.",
            (
                "/images/2024/06/chip-exports.jpg",
                "부산항 컨테이너 부두",
                "부산항 신선대부두에 수출용 컨테이너가 쌓여 있다.",
            ),
            "자동차 수출도 하이브리드차를 중심으로 호조를 보였다. 반면 석유제품과 철강은 국제 가격 하락으로 수출액이 줄었다.",
            "수입은 2% 줄어든 531억 달러를 기록해 무역수지는 50억 달러 흑자를 냈다. 정부는 하반기에도 반도체 업황 개선에 힘입어 수출 증가세가 이어질 것으로 내다봤다.",
        ],
    ),
    dict(
        slug="new-assembly-opens",
        date="2024-05-30 14:00",
        sec="Politics",
        by="박지훈",
        wrap="article",
        title="22대 국회 임기 시작…원 구성 협상 첫날부터 진통",
        desc="22대 국회가 30일 4년 임기를 시작했다. 여야는 상임위원장 배분을 둘러싸고 첫날부터 팽팽하게 맞섰다.",
        img="",
        body=[
            "22대 국회의원 300명의 4년 임기가 30일 시작됐다. 초선 의원은 131명으로 전체의 44%를 차지한다.",
            "여야는 이날 국회의장 선출과 상임위원장 배분을 위한 원 구성 협상에 들어갔지만 합의점을 찾지 못했다. 법제사법위원회와 운영위원회 위원장을 어느 쪽이 맡을지가 최대 쟁점이다.",
            NBSP,
            "국회법은 첫 본회의를 임기 시작 후 7일째 되는 날 열도록 정하고 있다. 그러나 역대 국회에서 이 시한이 지켜진 경우는 드물었다.",
            '정치권 안팎에서는 민생 법안 처리가 늦어질 수 있다는 우려가 나온다. 한 초선 의원은 "첫 단추부터 협치의 모습을 보여야 한다"고 말했다.',
        ],
    ),
    dict(
        slug="base-rate-freeze",
        date="2024-05-23 11:05",
        sec="Economy",
        by="김민수",
        title="한은, 기준금리 연 3.50% 11회 연속 동결",
        desc="한국은행이 기준금리를 연 3.50%로 11회 연속 동결했다. 물가 둔화 흐름을 좀 더 확인해야 한다는 판단이다.",
        img="/images/2024/05/bok-meeting.jpg",
        body=[
            "한국은행 금융통화위원회는 23일 통화정책방향 회의를 열고 기준금리를 연 3.50%로 유지했다. 지난해 2월 이후 11회 연속 동결이다.",
            '<p onclick="hkTrack(\'para-2\')" style="font-size:17px">금통위는 소비자물가 상승률이 둔화하고 있지만 목표 수준인 2%로 안정될지는 아직 불확실하다고 평가했다. 수출 호조로 경기 회복세가 이어지는 점도 금리를 서둘러 내릴 필요성을 낮췄다.</p>',
            "## 올해 성장률 전망 2.5%로 상향",
            "한은은 이날 발표한 수정 경제전망에서 올해 국내총생산(GDP) 성장률 전망치를 기존 2.1%에서 2.5%로 높였다. 소비자물가 상승률 전망치는 2.6%로 유지했다.",
            "시장에서는 하반기 금리 인하 가능성에 주목하고 있다. 다만 미국의 금리 인하 시점이 늦어지고 있어 인하 시기를 점치기는 이르다는 분석이 많다.",
        ],
    ),
    dict(
        slug="kpass-card-demand",
        date="2024-05-17 06:00",
        sec="Society",
        by="최유진",
        meta="nozone",
        title="대중교통비 돌려주는 'K-패스' 출시 2주 만에 가입자 100만 명",
        desc="대중교통 이용 금액의 일부를 돌려주는 K-패스 가입자가 출시 2주 만에 100만 명을 넘었다. 정부는 카드 발급 물량을 늘리기로 했다.",
        img="/images/2024/05/kpass-card.jpg",
        abs=True,
        body=[
            "국토교통부는 K-패스 가입자가 서비스 시작 2주 만에 100만 명을 넘어섰다고 17일 밝혔다. 기존 알뜰교통카드 이용자 가운데 상당수도 K-패스로 옮겨 탔다.",
            "K-패스는 한 달에 15회 이상 대중교통을 이용하면 지출 금액의 20%를 다음 달 돌려주는 제도다. 청년은 30%, 저소득층은 53%까지 환급받을 수 있다.",
            "일부 카드사에서는 신청이 몰려 실물 카드 배송이 늦어지기도 했다. 국토부는 카드사와 협의해 발급 물량을 늘리겠다고 설명했다.",
            '<p style="margin:0 0 24px">출퇴근 거리가 긴 수도권 직장인들 사이에서는 기존 정기권과 혜택을 비교해 보는 움직임도 나타났다.</p>',
            NBSP,
        ],
    ),
    dict(
        slug="youth-policy-committee",
        date="2024-05-13 16:30",
        sec="Politics",
        by="박지훈",
        ld="graph",
        title="청년 정책 전담 위원회 출범…주거와 일자리 지원 한곳에서 조정",
        desc="정부가 부처별로 흩어진 청년 정책을 조정하는 전담 위원회를 출범시켰다. 주거, 일자리, 자산 형성 지원을 한곳에서 점검한다는 계획이다.",
        img="/images/2024/05/youth-policy.jpg",
        body=[
            "정부는 13일 정부서울청사에서 청년정책조정위원회 첫 회의를 열고 올해 청년 정책 시행계획을 확정했다. 위원회에는 관계 부처 장관과 민간 위원 20여 명이 참여한다.",
            "그동안 청년 지원 사업은 여러 부처에 흩어져 있어 중복과 사각지대가 생긴다는 지적을 받아 왔다. 위원회는 앞으로 분기마다 사업 성과를 점검하고 예산 배분 방향을 조정한다.",
            NBSP,
            "## 청년 월세 지원 1년 연장",
            "이날 회의에서는 청년 월세 지원 사업을 1년 더 연장하는 방안도 확정됐다. 무주택 청년에게 월 최대 20만 원을 12개월 동안 지원하는 사업이다.",
            '위원회는 청년층의 교통비 부담을 덜기 위해 <a href="/news/2024/05/kpass-card-demand.html">K-패스</a> 청년 환급 혜택을 널리 알리는 방안도 논의했다. 정부는 하반기 중 청년 의견을 듣는 현장 간담회를 열 계획이다.',
        ],
    ),
    dict(
        slug="carbon-free-energy-talks",
        date="2024-05-09 15:20",
        sec="Environment",
        by="홍길동",
        meta="nozone",
        title="정부, 무탄소에너지 인증제 도입 추진…원전·수소도 인정",
        desc="정부가 재생에너지뿐 아니라 원전과 수소까지 포함하는 무탄소에너지 인증제 도입을 추진한다. 수출 기업의 탄소 감축 부담을 덜기 위한 조치다.",
        img="/images/2024/05/cfe-forum.jpg",
        body=[
            "산업통상자원부는 9일 서울 중구 대한상공회의소에서 무탄소에너지 포럼을 열고 무탄소에너지 인증제 도입 방안을 공개했다. 재생에너지만 인정하는 RE100과 달리 원전과 청정수소로 만든 전력도 탄소 감축 실적으로 인정하는 것이 핵심이다.",
            "정부는 무탄소에너지를 활용해 전력을 조달한 기업에 인증서를 발급하고, 이를 해외 고객사에 제출할 수 있도록 국제 기준과 연계할 계획이다. 국내에서는 재생에너지 발전 단가가 높아 기업들이 RE100 목표를 달성하기 어렵다는 지적이 많았다.",
            (
                "/images/2024/05/cfe-forum.jpg",
                "무탄소에너지 포럼",
                "9일 서울 대한상공회의소에서 열린 무탄소에너지 포럼에서 참석자들이 토론하고 있다.",
            ),
            "## 주요국과 협력 확대",
            "정부는 미국과 일본 등 주요국과 무탄소에너지 확산을 위한 협력을 넓히겠다고 밝혔다. 관련 내용은 하반기 열리는 국제 회의에서 공식 제안할 예정이다.",
            NBSP,
            '환경 단체들은 원전을 무탄소 전원으로 인정하는 데 대해 우려를 나타냈다. 한 환경 단체 관계자는 "재생에너지 확대 속도를 늦추는 핑계가 돼서는 안 된다"고 말했다.',
        ],
    ),
    dict(
        slug="fine-dust-season-ends",
        date="2024-05-08 07:30",
        sec=None,
        by="이서연",
        meta="time",
        title="황사 물러가고 맑은 하늘…미세먼지 '좋음' 회복",
        desc="전국을 뒤덮었던 황사가 물러가면서 8일 대부분 지역의 미세먼지 농도가 '좋음' 수준을 회복했다. 다만 주말께 다시 황사가 유입될 가능성이 있다.",
        img="",
        body=[
            "국립환경과학원은 8일 전국의 미세먼지 농도가 대체로 '좋음'에서 '보통' 수준을 보일 것이라고 예보했다. 지난 주말 몽골 고비사막에서 발원한 황사가 북동쪽으로 빠져나간 영향이다.",
            "수도권의 초미세먼지 농도는 전날 세제곱미터당 60마이크로그램을 웃돌았지만 이날 오전 15마이크로그램 안팎으로 떨어졌다.",
            "기상청은 주말께 내몽골 지역에서 황사가 다시 발원할 가능성이 있다고 밝혔다. 호흡기 질환자와 노약자는 외출 전 대기질 정보를 확인하는 것이 좋다.",
        ],
    ),
    dict(
        slug="satellite-launch",
        date="2024-05-02 11:00",
        sec="Tech",
        by="강태호",
        title="초소형 군집위성 1호 본격 임무 돌입…한반도 정밀 관측",
        desc="지난달 발사된 초소형 군집위성 1호가 초기 점검을 마치고 본격적인 관측 임무에 들어갔다. 2027년까지 10기를 더 쏘아 올려 한반도를 하루 여러 차례 촬영한다는 계획이다.",
        img="/images/2024/05/neonsat.jpg",
        abs=True,
        body=[
            "과학기술정보통신부는 지난달 24일 뉴질랜드에서 발사된 초소형 군집위성 1호가 초기 운영 점검을 마치고 본격 임무에 들어갔다고 2일 밝혔다. 위성은 고도 약 500킬로미터에서 지구를 돌며 지상을 촬영한다.",
            "무게 100킬로그램 남짓한 이 위성은 대형 위성보다 해상도는 낮지만 제작 비용이 적고 개발 기간이 짧다. 여러 기를 함께 운용하면 같은 지역을 자주 관측할 수 있다는 장점이 있다.",
            "정부는 2027년까지 같은 위성 10기를 추가로 발사해 모두 11기로 군집을 구성할 계획이다. 완성되면 한반도와 주변 지역을 하루 세 차례 이상 관측할 수 있게 된다.",
            "관측 자료는 재난 감시와 국토 관리, 해양 환경 감시 등에 활용된다.",
        ],
    ),
    dict(
        slug="palace-night-tour",
        date="2024-04-27 19:00",
        sec="문화",
        by="정다은",
        meta="og",
        wrap="article",
        enc="euc-kr",
        title="경복궁 별빛야행 시작…한복 입고 궁궐 밤길 걷는다",
        desc="경복궁의 밤을 거닐며 궁중 음식을 맛보는 '별빛야행'이 27일 시작됐다. 올해 상반기 프로그램은 다음 달 말까지 이어진다.",
        img="/images/2024/04/palace-night.jpg",
        body=[
            "문화재청과 한국문화재재단은 27일부터 경복궁 별빛야행을 운영한다고 밝혔다. 관람객은 해설사와 함께 궁궐 곳곳을 걸으며 조선 왕실의 밤 문화를 체험한다.",
            "프로그램은 소주방에서 궁중 도시락인 도슭수라상을 맛보는 것으로 시작해 경회루와 향원정을 차례로 둘러보는 순서로 진행된다. 전통 국악 공연도 곳곳에서 펼쳐진다.",
            (
                "/images/2024/04/palace-night.jpg",
                "경복궁 경회루 야경",
                "별빛야행 참가자들이 경복궁 경회루 앞을 지나고 있다.",
            ),
            "예매는 온라인으로만 가능하며, 회차마다 인원을 제한한다. 지난해에는 예매 시작 몇 분 만에 표가 모두 팔렸다.",
            '재단 관계자는 "외국인 관람객을 위한 영어 해설 회차도 늘렸다"고 말했다.',
        ],
    ),
    dict(
        slug="housing-prices-seoul",
        date="2024-04-25 14:20",
        sec="Economy",
        by="최유진",
        title="서울 아파트값 5주 연속 올라…전셋값은 49주째 상승",
        desc="서울 아파트 매매가격이 5주 연속 오름세를 이어갔다. 전세가격은 49주째 올라 실수요자의 부담이 커지고 있다.",
        img="",
        body=[
            "한국부동산원이 25일 발표한 4월 넷째 주 주간 아파트 가격 동향에 따르면 서울 아파트값은 0.03% 올라 5주 연속 상승했다. 성동구와 마포구 등 도심 인기 지역이 오름세를 이끌었다.",
            "전세가격 상승세는 더 가파르다. 서울 아파트 전셋값은 0.07% 올라 49주 연속 상승했다.",
            "## 공급 부족 우려 커져",
            "전문가들은 신규 아파트 입주 물량이 줄어드는 상황에서 전세 수요가 매매 수요로 옮겨 갈 수 있다고 분석했다. 공사비 상승으로 재건축과 재개발 사업이 지연되는 점도 공급 우려를 키우고 있다.",
            "정부는 공공 주택 공급 일정을 앞당기는 방안을 검토하고 있다.",
        ],
    ),
    dict(
        slug="elderly-driver-license",
        date="2024-04-18 10:15",
        sec="Society",
        by="윤하늘",
        meta="og",
        title="고령 운전자 면허 반납하면 교통비 지원…지자체 혜택 확대",
        desc="운전면허를 자진 반납하는 고령 운전자에게 교통비를 지원하는 지방자치단체가 늘고 있다. 고령 운전자 사고가 해마다 늘자 반납을 유도하려는 조치다.",
        img="/images/2024/04/senior-driver.jpg",
        abs=True,
        body=[
            "서울시는 올해 운전면허를 자진 반납하는 70세 이상 시민에게 20만 원이 충전된 교통카드를 지급한다고 18일 밝혔다. 다른 광역자치단체들도 비슷한 지원책을 잇따라 내놓고 있다.",
            '<p style="text-align:justify">도로교통공단에 따르면 65세 이상 운전자가 낸 교통사고는 지난해 3만 9천여 건으로 전체 사고의 20%를 넘었다. 고령 운전자 사고 비중은 해마다 커지는 추세다.</p>',
            "다만 대중교통이 부족한 농촌 지역에서는 면허 반납이 쉽지 않다는 목소리도 나온다. 전문가들은 조건부 면허 제도 등 지역 여건을 고려한 대안을 함께 마련해야 한다고 지적했다.",
        ],
    ),
    dict(
        slug="general-election-turnout",
        date="2024-04-11 01:30",
        sec="Politics",
        by="박지훈",
        title="22대 총선 투표율 67.0%…32년 만에 최고치",
        desc="22대 국회의원 선거 투표율이 67.0%로 집계됐다. 총선 투표율로는 1992년 14대 총선 이후 32년 만에 가장 높다.",
        img="/images/2024/04/ballot-box.jpg",
        body=[
            "중앙선거관리위원회는 10일 치러진 22대 국회의원 선거의 최종 투표율이 67.0%로 잠정 집계됐다고 11일 밝혔다. 전체 유권자 4428만 명 가운데 2966만 명이 투표에 참여했다.",
            "이는 2020년 21대 총선의 66.2%보다 0.8%포인트 높은 수치로, 1992년 14대 총선의 71.9% 이후 가장 높다. 지난 5일과 6일 진행된 사전투표에도 유권자의 31.28%가 참여했다.",
            "지역별로는 세종이 70.2%로 가장 높았고, 제주가 62.2%로 가장 낮았다. 정치권에서는 높은 투표율의 의미를 두고 각자 유리한 해석을 내놓았다.",
        ],
    ),
    dict(
        slug="early-voting-record",
        date="2024-04-06 20:10",
        sec="Politics",
        by="박지훈",
        title="총선 사전투표율 31.28% 역대 최고…전남 41% 최고",
        desc="이틀간 진행된 22대 총선 사전투표에서 투표율 31.28%로 역대 총선 가운데 가장 높은 기록이 나왔다. 선관위는 본투표 참여도 높을 것으로 내다봤다.",
        img="",
        body=[
            "중앙선거관리위원회는 5일부터 이틀 동안 실시된 22대 국회의원 선거 사전투표에 유권자 1384만여 명이 참여해 투표율 31.28%를 기록했다고 6일 밝혔다. 2020년 21대 총선의 26.69%보다 4.59%포인트 높다.",
            "지역별로는 전남이 41.19%로 가장 높았고 대구가 25.60%로 가장 낮았다. 사전투표는 별도 신고 없이 전국 어느 사전투표소에서나 할 수 있어 이용자가 해마다 늘고 있다.",
            NBSP,
            "선관위는 본투표일인 10일 오전 6시부터 오후 6시까지 지정된 투표소에서 투표할 수 있다며 신분증을 꼭 챙겨 달라고 당부했다.",
        ],
    ),
    dict(
        slug="apple-prices-surge",
        date="2024-03-14 09:00",
        sec="Economy",
        by="최유진",
        title="사과값 1년 새 71% 올라…과일 물가 33년 만에 최대 상승",
        desc="사과 소비자물가가 1년 전보다 70% 넘게 오르며 과일 물가 상승을 이끌었다. 정부는 납품단가 지원과 할인 행사로 가격 안정에 나섰다.",
        img="/images/2024/03/apples.jpg",
        abs=True,
        body=[
            "통계청에 따르면 지난달 사과 소비자물가지수는 1년 전보다 71.0% 올라 통계 작성 이후 가장 큰 상승폭을 기록했다. 신선과실 물가 전체로는 41.2% 올라 1991년 이후 33년 만에 최대 상승률을 보였다.",
            "지난해 봄철 냉해와 여름철 집중호우, 탄저병이 겹치면서 사과 생산량이 30% 가까이 줄어든 탓이다. 사과 대신 배와 귤을 찾는 소비자가 늘면서 다른 과일값도 덩달아 올랐다.",
            "## 정부, 긴급 가격안정자금 투입",
            "정부는 1500억 원 규모의 긴급 가격안정자금을 투입해 과일과 채소의 납품단가를 지원하기로 했다. 대형마트와 전통시장에서는 정부 지원 할인 행사가 이어진다.",
            "업계에서는 햇사과가 나오는 가을 전까지 높은 가격이 이어질 것으로 보고 있다.",
        ],
    ),
    dict(
        slug="6g-pilot-network",
        date="2024-03-07 13:40",
        sec="Tech",
        by="강태호",
        wrap="article",
        title="6G 시범망 2026년 구축…정부, 차세대 통신 표준 선점 나선다",
        desc="정부가 2026년까지 6G 시범망을 구축하고 국제 표준 특허 확보에 속도를 내기로 했다. 장비와 부품 생태계도 함께 키운다는 계획이다.",
        img="",
        body=[
            "과학기술정보통신부는 7일 차세대 네트워크 전략 회의를 열고 2026년까지 6G 시범망을 구축하겠다고 밝혔다. 시범망은 기업과 연구기관이 새 기술을 시험하는 무대가 된다.",
            "6G는 5G보다 훨씬 빠른 속도와 짧은 지연 시간을 목표로 하는 차세대 이동통신이다. 저궤도 위성과 지상망을 연결해 바다와 하늘에서도 끊김 없는 통신을 제공하는 것이 특징이다.",
            "정부는 국제 표준 특허 점유율을 높이기 위해 연구개발 예산을 늘리고, 중소 장비 업체의 해외 진출도 지원할 계획이다.",
        ],
    ),
    dict(
        slug="low-birth-rate-stats",
        date="2024-02-28 12:00",
        sec="Society",
        by="윤하늘",
        title="지난해 합계출산율 0.72명…역대 최저 또 경신",
        desc="지난해 합계출산율이 0.72명으로 떨어지며 역대 최저치를 또다시 갈아치웠다. 4분기 출산율은 처음으로 0.6명대에 머물렀다.",
        img="/images/2024/02/birth-rate.jpg",
        body=[
            "통계청이 28일 발표한 2023년 출생 통계에 따르면 지난해 합계출산율은 0.72명으로 1년 전보다 0.06명 줄었다. 합계출산율은 여성 한 명이 평생 낳을 것으로 예상되는 자녀 수를 뜻한다.",
            "지난해 출생아 수는 23만 명으로 1년 전보다 7.7% 감소했다. 분기별로는 4분기 합계출산율이 0.65명까지 떨어져 처음으로 0.6명대를 기록했다.",
            "## 서울 0.55명으로 가장 낮아",
            "시도별로는 서울이 0.55명으로 가장 낮았고, 세종이 0.97명으로 가장 높았다. 출생아 수가 사망자 수보다 적은 인구 자연감소는 4년째 이어졌다.",
            "정부는 일과 가정의 양립을 돕는 제도를 손질하고 주거 지원을 늘리는 등 저출생 대책을 보완하겠다고 밝혔다.",
        ],
    ),
    dict(
        slug="plastic-deposit-expansion",
        date="2024-02-27 15:30",
        sec="Environment",
        by="홍길동",
        title='일회용컵 보증금제 전국 확대 불투명…환경 단체 "후퇴 말라"',
        desc="세종과 제주에서 시행 중인 일회용컵 보증금제의 전국 확대가 불투명해졌다. 환경 단체들은 제도 후퇴를 멈추라고 요구했다.",
        img="",
        body=[
            "일회용컵 보증금제는 카페에서 음료를 일회용컵에 담아 살 때 300원을 더 내고, 컵을 돌려주면 이를 돌려받는 제도다. 2022년 12월부터 세종과 제주에서 먼저 시행되고 있다.",
            "정부는 당초 제도를 전국으로 넓힐 계획이었지만, 지방자치단체가 지역 여건에 맞게 시행 여부를 정하도록 하는 방향으로 법 개정을 검토하고 있다. 점주들의 업무 부담과 형평성 문제를 고려했다는 설명이다.",
            NBSP,
            '환경 단체들은 27일 기자회견을 열고 "제도를 제대로 시행해 보지도 않고 후퇴하는 것은 일회용품 감축 정책을 포기하는 것"이라고 비판했다. 제주에서는 제도 시행 이후 컵 반환율이 꾸준히 높아졌다는 분석도 나왔다.',
            "전문가들은 보증금제와 함께 다회용컵 보급을 늘리는 정책이 병행돼야 한다고 조언했다.",
        ],
    ),
    dict(
        slug="coastal-wind-farm-approval",
        date="2024-02-15 10:45",
        sec="Environment",
        by="이서연",
        title="전남 신안 해상풍력 발전사업 허가…원전 2기 규모",
        desc="전남 신안 앞바다에 들어설 대규모 해상풍력 단지가 발전사업 허가를 받았다. 완공되면 원전 2기 용량에 맞먹는 발전 설비를 갖춘다.",
        img="/images/2024/02/wind-farm.jpg",
        body=[
            "산업통상자원부 전기위원회는 전남 신안군 앞바다에 추진되는 해상풍력 발전사업을 허가했다고 15일 밝혔다. 발전 설비 용량은 모두 2기가와트 규모다.",
            "사업자는 2030년까지 단지를 차례로 완공할 계획이다. 완공되면 수도권 가구 상당수가 쓸 수 있는 전력을 바다에서 생산하게 된다.",
            "지역 어민들과의 상생 방안이 사업 성패를 가를 과제로 꼽힌다. 신안군은 발전 수익 일부를 주민과 나누는 이익공유제를 도입해 왔다.",
            "정부는 해상풍력 특별법 제정을 통해 인허가 절차를 간소화하는 방안도 추진하고 있다.",
        ],
    ),
    dict(
        slug="lunar-new-year-travel",
        date="2024-02-08 18:20",
        sec="Society",
        by="최유진",
        title="설 연휴 귀성길 정체 시작…서울에서 부산까지 7시간",
        desc="설 연휴를 하루 앞둔 8일 오후부터 귀성 차량이 몰리며 고속도로 정체가 시작됐다. 한국도로공사는 연휴 기간 하루 평균 540만 대가 이동할 것으로 내다봤다.",
        img="",
        body=[
            "설 연휴를 하루 앞둔 8일 오후 전국 고속도로 곳곳에서 귀성 차량 정체가 빚어졌다. 오후 6시 요금소 출발 기준으로 서울에서 부산까지는 7시간, 서울에서 광주까지는 5시간 40분이 걸릴 것으로 예상된다.",
            "한국도로공사는 연휴 기간 하루 평균 540만 대의 차량이 고속도로를 이용할 것으로 전망했다. 귀성 정체는 연휴 첫날인 9일 오전에 가장 심할 것으로 보인다.",
            "연휴 기간 고속도로 통행료는 면제된다. 경찰은 헬기와 드론을 띄워 갓길 통행과 끼어들기 등을 집중 단속한다.",
        ],
    ),
    dict(
        slug="local-autonomy-bill",
        date="2024-01-30 16:00",
        sec="Politics",
        by="박지훈",
        title="지방분권법 개정안 국회 상임위 통과…자치경찰 권한 확대",
        desc="지방자치단체의 권한을 넓히는 지방분권법 개정안이 국회 행정안전위원회를 통과했다. 자치경찰의 인사와 예산 권한을 지자체에 넘기는 내용이 담겼다.",
        img="",
        body=[
            "국회 행정안전위원회는 30일 전체회의를 열고 지방분권법 개정안을 의결했다. 개정안은 중앙정부가 쥐고 있던 일부 사무와 권한을 시도로 넘기는 내용을 담았다.",
            "특히 자치경찰위원회의 인사와 예산 권한을 강화해 지역 치안 수요에 맞는 정책을 펼 수 있도록 했다. 지방자치단체들은 오랜 숙원이 풀렸다며 환영했다.",
            "개정안은 법제사법위원회 심사와 본회의 표결을 거쳐야 최종 확정된다.",
        ],
    ),
    dict(
        slug="digital-textbook-pilot",
        date="2024-01-25 11:30",
        sec="Tech",
        by="강태호",
        wrap="article",
        title="AI 디지털교과서 내년 도입 앞두고 선도학교 1000곳 지정",
        desc="교육부가 내년 AI 디지털교과서 도입을 앞두고 선도학교 1000곳을 지정해 미리 운영해 보기로 했다. 교사 연수와 기기 보급도 함께 추진한다.",
        img="/images/2024/01/digital-textbook.jpg",
        body=[
            "교육부는 AI 디지털교과서 도입에 대비해 올해 선도학교 1000곳을 지정한다고 25일 밝혔다. 선도학교에서는 교사들이 디지털 기기를 활용한 수업 방식을 먼저 실험한다.",
            "AI 디지털교과서는 학생 개개인의 학습 수준을 분석해 맞춤형 문제와 해설을 제공한다. 내년 초등학교 3·4학년과 중·고등학교 1학년의 수학, 영어, 정보 과목부터 적용된다.",
            NBSP,
            "일부 학부모들은 아이들이 화면을 보는 시간이 늘어나는 데 대한 걱정을 나타냈다. 교육부는 종이 교과서와 함께 쓰는 방식으로 부작용을 줄이겠다고 설명했다.",
        ],
    ),
    dict(
        slug="won-dollar-exchange",
        date="2024-01-17 15:50",
        sec="Economy",
        by="김민수",
        title="원·달러 환율 1340원대로 올라…두 달 만에 최고",
        desc="원·달러 환율이 두 달 만에 1340원대로 올라섰다. 미국의 금리 인하 기대가 줄면서 달러 강세가 이어진 영향이다.",
        img="/images/2024/01/exchange-rate.jpg",
        abs=True,
        body=[
            "17일 서울 외환시장에서 원·달러 환율은 전날보다 11.7원 오른 1344.2원에 거래를 마쳤다. 종가 기준으로 지난해 11월 이후 두 달 만에 가장 높은 수준이다.",
            "미국 연방준비제도의 조기 금리 인하 기대가 줄어들면서 달러화 가치가 오른 것이 환율 상승으로 이어졌다. 중국 경기 둔화 우려로 위안화가 약세를 보인 것도 영향을 줬다.",
            "외환 당국은 시장 상황을 면밀히 지켜보고 있다고 밝혔다. 시장에서는 당분간 환율이 1300원대 중반에서 움직일 것으로 보고 있다.",
        ],
    ),
    # English edition: only in atom.xml
    dict(
        slug="typhoon-season-outlook",
        date="2024-06-12 16:00",
        sec="World",
        by="Grace Lee",
        lang="en",
        title="Korea braces for an active typhoon season as sea temperatures climb",
        desc="Forecasters expect two to three typhoons to affect the Korean Peninsula this summer. Unusually warm seas around the peninsula could make the storms stronger.",
        img="/images/2024/06/typhoon-map.jpg",
        body=[
            "The Korea Meteorological Administration said on Wednesday that two to three typhoons are likely to affect the Korean Peninsula between June and September. The figure is in line with the long-term average, but forecasters warned that the storms could be more intense.",
            "Sea surface temperatures around the peninsula have been running about one degree Celsius above normal. Warmer water feeds typhoons with more energy and moisture, raising the risk of heavy rain and storm surges.",
            "## Coastal cities review evacuation plans",
            "Busan and other southern port cities have started checking seawalls and drainage systems. Officials said residents of low-lying neighborhoods would receive text alerts well before any typhoon makes landfall.",
            "Last year, Typhoon Khanun crossed the entire peninsula from south to north, the first storm to do so since records began.",
        ],
    ),
    dict(
        slug="semiconductor-export-boom",
        date="2024-06-02 09:30",
        sec="Technology",
        by="Daniel Cho",
        lang="en",
        ld="list",
        title="Memory chip boom lifts Korea's semiconductor exports for a seventh month",
        desc="Korea's semiconductor exports jumped more than 50 percent in May from a year earlier. Demand for high-bandwidth memory used in AI servers drove the gains.",
        img="/images/2024/06/memory-wafer.jpg",
        abs=True,
        body=[
            "South Korea's semiconductor exports rose 54.5 percent in May from a year earlier to 11.3 billion dollars, according to trade ministry data. It was the seventh straight month of growth for the country's biggest export item.",
            "The rebound has been driven by high-bandwidth memory, a type of stacked DRAM used alongside graphics processors in artificial intelligence servers. Prices of conventional memory chips have also recovered after a long slump.",
            "Overall exports grew 11.7 percent, extending a winning streak that began last October. Analysts expect chip shipments to remain strong in the second half, although a slowdown in China could weigh on demand.",
        ],
    ),
    dict(
        slug="carbon-free-power-forum",
        date="2024-05-21 14:00",
        sec="World",
        by="Grace Lee",
        lang="en",
        wrap="article",
        title="Seoul hosts Asia-Pacific forum on carbon-free power",
        desc="Energy officials from 15 countries met in Seoul to discuss how to expand carbon-free electricity. Korea pitched a certification scheme that counts nuclear and hydrogen power.",
        img="",
        body=[
            "Energy officials and business leaders from 15 Asia-Pacific countries gathered in Seoul on Tuesday for a two-day forum on carbon-free electricity. The meeting focused on how manufacturers can prove that the power they use is clean.",
            "Korea presented its planned carbon-free energy certificate, which would recognize nuclear power and clean hydrogen alongside wind and solar. Officials argued that the broader definition would help export-driven industries cut emissions faster.",
            NBSP,
            "Environmental groups attending the forum said renewable energy should remain the priority. They urged the government to speed up offshore wind permits instead.",
        ],
    ),
    dict(
        slug="on-device-ai-startups",
        date="2024-04-03 10:00",
        sec="Technology",
        by="Daniel Cho",
        lang="en",
        title="Seoul startups bet on on-device AI for phones and home appliances",
        desc="A growing number of Korean startups are building small AI models that run directly on phones and appliances. They say on-device processing cuts costs and keeps personal data private.",
        img="/images/2024/04/npu-board.jpg",
        body=[
            "A new wave of startups in Seoul is racing to shrink artificial intelligence models so that they can run on smartphones, televisions and refrigerators without a connection to the cloud. Investors poured money into the sector in the first quarter.",
            "<p onclick=\"hkTrack('en-2')\">Running models on the device reduces server costs and keeps personal data such as voice recordings on the user's own hardware. The main challenge is fitting capable models into tight memory and battery budgets.</p>",
            "Several of the startups are working with domestic chipmakers to design neural processing units for the job. Industry officials expect the first consumer products using their software to reach stores next year.",
        ],
    ),
    dict(
        slug="cherry-blossom-tourism",
        date="2024-03-28 08:00",
        sec="World",
        by="Grace Lee",
        lang="en",
        title="Foreign tourists flock to Korea for cherry blossom season",
        desc="Foreign visitor numbers in March are on track to reach their highest level since the pandemic. Cherry blossom festivals in Seoul, Jinhae and Gyeongju are the main draw.",
        img="/images/2024/03/cherry-blossoms.jpg",
        abs=True,
        body=[
            "Foreign tourist arrivals in Korea are expected to top 1.4 million in March, the highest monthly figure since early 2020, according to the Korea Tourism Organization. Visitors from Japan, China and Taiwan account for the largest share.",
            "The Jinhae cherry blossom festival, the country's largest, opened a week early this year because of warm weather. Seoul's Yeouido spring flower festival starts next week along the Han River.",
            '<iframe src="https://www.youtube.com/embed/Jinhae2024bl" width="560" height="315" allowfullscreen></iframe>',
            "Tourism officials said the growth is being driven by individual travelers rather than group tours. Many visitors plan their trips around blossom forecasts shared on social media.",
        ],
    ),
]

# pages that look like articles but must not be archived
VIDEO: dict[str, Any] = dict(
    slug="video-briefing",
    date="2024-05-08 20:00",
    title="[영상] 5월 둘째 주 주요 뉴스 브리핑",
    desc="5월 둘째 주 주요 뉴스를 영상으로 정리했습니다.",
)
EMBARGOED: dict[str, Any] = dict(
    path="/news/2024/06/embargoed-summit-plan.html",
    date="2024-06-20 09:00",
    title="[엠바고] 한중일 정상회의 후속 일정 확정",
    desc="보도 시점 전까지 공개하지 않는 기사입니다.",
)
PRIVATE: dict[str, Any] = dict(
    path="/private/secret.html",
    date="2024-06-18 18:00",
    title="[대외비] 6월 편집회의 자료",
    desc="사내 편집회의 자료입니다. 외부 공개를 금합니다.",
)
DELETED: dict[str, Any] = dict(
    path="/news/2024/05/deleted-story.html",
    date="2024-05-20 10:00",
    sec="Society",
    title="지역 축제 예산 집행 논란",
    desc="삭제된 기사입니다.",
)

# ---------------------------------------------------------------- blog posts
# /blog/123 renders examples/000_e6ad473aa1b0f41c.txt: its body, byte for byte.
EXAMPLE_BODY = """
<p><img src="/assets/img/news.png" alt="rentncar 속보" /></p>

<h2>한-미 에너지장관회담 개최, 무탄소에너지 협력 모색</h2>

<p>한-미 양국은 에너지와 관련한 정례적 민관 협력 채널을 구축하기로 합의하고, 무탄소에너지를 활용한 청정 전력 확대와 탄소 저감기술 확대를 위한 협력도 모색한 가운데, 산업통상자원부는 안덕근 장관이 미국 워싱턴 DC를 방문해 미국 에너지부 제니퍼 글랜홈 장관을 만나 한-미 에너지장관회담을 개최했다고 9일 밝혔습니다. 안덕근 장관은 한국이 내년 아시아태평양경제협력체(APEC) 의장국으로 ‘원전, 재생, 수소 등 무탄소에너지 기술 활용을 통한 APEC 역내 청정 전력 확대’ 계획을 주요 의제로 검토 중임을 공유하면서 미국 측의 관심과 지지를 요청했습니다. 또한, 한-미 양국이 협력 채널을 유지하기 위한 민관 파트너십을 구축하는 것에 합의하고, 장관급 에너지정책대화와 청정에너지 민관 포럼을 정례적으로 개최하는 것도 논의했다고 합니다.</p>

<p data-ke-size="size16">&nbsp;</p>

<h2>미국의 인플레이션 감축법(IAR) 이후 한-미 양국 기업들의 활발한 교류</h2>

<p>미국의 인플레이션 감축법(IAR) 이후, 배터리, 에너지저장, 수소, 재생에너지 분야의 한-미 양국 기업들은 활발하게 교류하며 사업 확대 기회를 모색하고 있습니다. 또한, 해상풍력 등 재생에너지 확대 계획에 따른 전력망 인프라 확충을 위한 초고압송전망 등 전력 설비 시장도 커질 것으로 보여 양국의 정례적인 협력 채널이 더욱 의미를 더할 것으로 기대됩니다.</p>

<p data-ke-size="size16">&nbsp;</p>

<h2>한-미 에너지장관회담을 통한 탄소 배출 감축, 에너지 안보 강화에 대한 논의</h2>

<p>이번 한-미 에너지장관회담에서 양국은 탄소 배출 감축, 에너지 안보 강화를 위한 협력 강화 방안을 모색하고, 산업 및 전력 부분의 탈탄소화 등에 대한 국제사회에서의 공조 방안을 논의했습니다. 두 나라는 지속가능한 미래 연료 활용, 탄소 저감을 위한 탄소포집저장 및 탄소 제거 기술에 대한 국제사회에서의 공조 방안도 논의했으며, 안덕근 장관은 “유사 입장국 간 안정적인 청정에너지 공급망 구축이 심화하는 상황에서 한국과 미국의 전략적이고 포괄적인 청정에너지 파트너십은 어느 때보다 중요하다”고 강조했습니다.</p>

<p data-ke-size="size16">&nbsp;</p>

<h2>한-미 협력으로 글로벌 기후 위기 대응과 청정에너지 시장 주도를 위한 노력</h2>

<p>안 장관은 한-미 동맹관계를 통해 글로벌 기후 위기 대응, 안정적인 에너지 공급망 구축, 에너지 안보 강화에 이바지하는 한편, 양국 협력 플랫폼이 기업 간 사업 협력 기회를 발굴하고, 투자 확대 및 글로벌 청정에너지 시장 주도를 위한 디딤돌이 되기를 바란다고 말했습니다.</p>

<table style="width: 100%;" border="1">
<tbody>
<tr>
<td style="text-align: center; height: 17px;"><b>문의: 산업통상자원부 에너지정책관실 에너지정책과(044-203-5125)</b></td>
</tr>
</tbody>
</table>

<p data-ke-size="size16">&nbsp;</p>
유용한 생활 정보가 필요하시다면, <a href="https://qoogle.tistory.com" rel="dofollow">qoogle.tistory.com</a>


"""
EXAMPLE_EXCERPT = "한·미, 에너지 협력 강화로 미국 방문한 안덕근 산업통상자원부 장관과 미국 에너지부 제니퍼 글랜홈 장관이 한미 에너지장관회담을 개최했다. 양국은 무탄소에너지를 활용한 청정 전력 확대와 탄소 저감기술 확대를 위한 협력을 모색하며, 정례적 민관 협력 채널을 구축하기로 합의했다. 앞으로 동맹 관계를 통해 글로벌 기후 위기 대응과 안정적인 에너지 공급망 구축에 기여할 것으로 기대된다."
QOOGLE = '유용한 생활 정보가 필요하시다면, <a href="https://qoogle.tistory.com" rel="dofollow">qoogle.tistory.com</a>'

BLOG: list[dict[str, Any]] = [
    dict(
        id=125,
        date="2024-05-21 07:40",
        cat="Environment",
        img="/blog/attach/eco-day.png",
        title="환경의 날 앞두고 탄소중립포인트 받는 법 총정리",
        desc="6월 5일 환경의 날을 앞두고 생활 속에서 탄소를 줄이면 현금처럼 쓸 수 있는 탄소중립포인트를 받을 수 있습니다. 참여 방법과 적립 항목을 정리했습니다.",
        contains=[
            "탄소중립포인트 녹색생활 실천은 전자영수증 발급, 텀블러 사용, 다회용기 이용 같은 친환경 활동을 하면 포인트를 적립해 주는 제도입니다.",
            "적립된 포인트는 매달 현금이나 카드 포인트로 지급됩니다.",
        ],
        body=f"""
<p data-ke-size="size16">매년 6월 5일은 유엔이 정한 세계 환경의 날입니다. 올해도 환경의 날을 앞두고 생활 속 탄소 줄이기 실천을 독려하는 행사가 곳곳에서 열립니다.</p>
{NBSP}
<h2 data-ke-size="size26">탄소중립포인트 녹색생활 실천이란?</h2>
<p data-ke-size="size16">탄소중립포인트 녹색생활 실천은 전자영수증 발급, 텀블러 사용, 다회용기 이용 같은 친환경 활동을 하면 포인트를 적립해 주는 제도입니다. 1년에 최대 7만 원까지 받을 수 있습니다.</p>
<ul style="list-style-type: disc;" data-ke-list-type="disc">
<li>전자영수증 발급: 1회 100원</li>
<li>텀블러·다회용컵 이용: 1회 300원</li>
<li>리필스테이션 이용: 1회 2,000원</li>
</ul>
<h2 data-ke-size="size26">참여 방법</h2>
<p data-ke-size="size16">누리집에서 회원으로 가입한 뒤 참여 기업의 서비스를 이용할 때 같은 정보로 등록하면 자동으로 적립됩니다. 적립된 포인트는 매달 현금이나 카드 포인트로 지급됩니다.</p>
{NBSP}
{QOOGLE}
""",
    ),
    dict(
        id=124,
        date="2024-05-14 20:05",
        cat="생활",
        img=B + "/blog/attach/aircon-tips.png",
        title="여름철 에어컨 전기요금 줄이는 방법 5가지",
        desc="여름철 전기요금 부담을 줄이려면 에어컨 사용 습관부터 바꾸는 것이 좋습니다. 희망 온도 설정부터 필터 청소까지 바로 실천할 수 있는 절약 방법을 정리했습니다.",
        contains=[
            "에어컨 희망 온도를 1도 높이면 전력 사용량을 약 7% 줄일 수 있습니다.",
            "필터에 먼지가 쌓이면 냉방 효율이 떨어져 전기가 더 듭니다.",
        ],
        body=f"""
<p data-ke-size="size16">본격적인 더위가 시작되면서 에어컨을 켜는 시간이 늘고 있습니다. 주택용 전기요금에는 누진제가 적용돼 사용량이 많아지면 요금이 크게 뛰는 만큼, 생활 속 작은 습관이 중요합니다.</p>
{NBSP}
<h3 data-ke-size="size23">1. 희망 온도는 26도로 설정하세요</h3>
<p data-ke-size="size16">에어컨 희망 온도를 1도 높이면 전력 사용량을 약 7% 줄일 수 있습니다. 정부가 권장하는 여름철 실내 적정 온도는 26도입니다.</p>
<h3 data-ke-size="size23">2. 처음에는 강하게, 이후에는 약하게</h3>
<p data-ke-size="size16">인버터형 에어컨은 처음에 강한 바람으로 온도를 빠르게 낮춘 뒤 약하게 유지하는 것이 전기를 덜 씁니다. 자주 껐다 켜면 오히려 전력 소모가 늘어납니다.</p>
<h3 data-ke-size="size23">3. 2주에 한 번 필터 청소</h3>
<p data-ke-size="size16">필터에 먼지가 쌓이면 냉방 효율이 떨어져 전기가 더 듭니다. 2주에 한 번 정도 필터를 물로 씻어 그늘에서 말려 주세요.</p>
<h3 data-ke-size="size23">4. 선풍기와 함께 사용하기</h3>
<p data-ke-size="size16">선풍기를 함께 틀면 찬 공기가 빠르게 퍼져 설정 온도를 높여도 시원하게 느낄 수 있습니다.</p>
<h3 data-ke-size="size23">5. 에너지캐시백 신청하기</h3>
<p data-ke-size="size16">전기 사용량을 직전 2개년 같은 달 평균보다 3% 이상 줄이면 절감량에 따라 요금을 돌려받을 수 있습니다. 한국전력 누리집에서 미리 신청해야 합니다.</p>
{NBSP}
{QOOGLE}
""",
    ),
    dict(
        id=123,
        date="2024-05-10 09:12",
        cat="Environment",
        img="",
        title="한미, 에너지 민간 협력채널 구축 합의...장관급 정례화",
        desc=EXAMPLE_EXCERPT,
        contains=[
            "미국의 인플레이션 감축법(IAR) 이후, 배터리, 에너지저장, 수소, 재생에너지 분야의 한-미 양국 기업들은 활발하게 교류하며 사업 확대 기회를 모색하고 있습니다.",
            "이번 한-미 에너지장관회담에서 양국은 탄소 배출 감축, 에너지 안보 강화를 위한 협력 강화 방안을 모색하고, 산업 및 전력 부분의 탈탄소화 등에 대한 국제사회에서의 공조 방안을 논의했습니다.",
        ],
        body=EXAMPLE_BODY,
        useless_inside=False,
    ),
]


# ---------------------------------------------------------------- helpers
def esc(s: str) -> str:  # for text and double-quoted attributes
    return html.escape(s, quote=False).replace('"', "&quot;")


def kst(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=KST)


def ampm(dt: datetime) -> str:  # 2024.05.09 오후 3:20
    return f"{dt:%Y.%m.%d} {'오전' if dt.hour < 12 else '오후'} {dt.hour % 12 or 12}:{dt:%M}"


def strip_tags(s: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def write(rel: str, text: str | bytes, encoding: str = "utf-8") -> None:
    path = SITE / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode(encoding))


for _p in NEWS:
    _p.setdefault("lang", "ko")
    _p["dt"] = kst(_p["date"])
    _p["path"] = f"/news/{_p['dt']:%Y/%m}/{_p['slug']}.html"
    _p["mod"] = _p["dt"] + timedelta(minutes=42) if _p.get("meta", "ld") == "ld" else _p["dt"]
VIDEO["dt"] = kst(VIDEO["date"])
VIDEO["path"] = f"/news/{VIDEO['dt']:%Y/%m}/{VIDEO['slug']}.html"
for _b in BLOG:
    _b["dt"], _b["path"] = kst(_b["date"]), f"/blog/{_b['id']}"

BY_SLUG = {p["slug"]: p for p in NEWS}
KOREAN = sorted((p for p in NEWS if p["lang"] == "ko"), key=lambda p: p["dt"], reverse=True)
ENGLISH = [p for p in NEWS if p["lang"] == "en"]
RSS = KOREAN[:10]
ATOM = sorted(ENGLISH + [BY_SLUG[s] for s in ATOM_KO], key=lambda p: p["dt"], reverse=True)
POSTS_SITEMAP = [p for p in KOREAN[:21] if p["slug"] not in RSS_ONLY + GNEWS_ONLY]
NEWS_SITEMAP = [p for p in KOREAN[:7] if p["slug"] not in RSS_ONLY] + [
    BY_SLUG[s] for s in (SITEMAP_ONLY[0], *GNEWS_ONLY)
]
LISTED = sorted(
    [p for p in KOREAN if p["slug"] not in RSS_ONLY + SITEMAP_ONLY + GNEWS_ONLY] + [VIDEO],
    key=lambda p: p["dt"],
    reverse=True,
)
PAGES = [LISTED[i : i + PER_PAGE] for i in range(0, len(LISTED), PER_PAGE)]
FRONT = PAGES[0]  # links inside article pages (sidebar, related, body) point only here
assert VIDEO not in FRONT and set(MOST_READ) <= {p["slug"] for p in FRONT}


# ---------------------------------------------------------------- page chrome
def header() -> str:
    items = "".join(f'<li><a href="/section/{u}/">{label}</a></li>' for u, label in SECTIONS.values())
    return f"""<header class="site-header">
<div class="top-bar"><a class="logo" href="/news/"><img src="/images/logo.png" alt="한결일보"></a>
<form class="search" action="/search" method="get"><input type="text" name="q" placeholder="검색어를 입력하세요"></form></div>
<nav class="gnb"><ul><li><a href="/news/">전체기사</a></li>{items}<li><a href="/about.html">회사소개</a></li></ul></nav>
</header>"""


FOOTER = """<footer class="site-footer">
<p>한결일보 | 서울특별시 중구 세종대로 000 | 대표전화 02-000-0000 | 등록번호 서울 아00000</p>
<p class="copyright">Copyright ⓒ 2024 한결일보. All rights reserved. 무단전재 및 재배포 금지</p>
</footer>
<script src="/js/hankyul.js"></script>"""


def sidebar(self_path: str, en: bool) -> str:
    links = "".join(
        f'<li><a href="{p["path"]}">{p["title"]}</a></li>'
        for p in (BY_SLUG[s] for s in MOST_READ)
        if p["path"] != self_path
    )
    return f"""<aside class="sidebar">
<section class="most-viewed"><h3>{"Most Viewed" if en else "많이 본 뉴스"}</h3><ol>{links}</ol></section>
<section class="banner"><a href="/about.html"><img src="/images/banner-subscribe.png" alt="구독 안내"></a></section>
</aside>"""


def page(title: str, body: str, lang: str = "ko", head: str = "", charset: str = '<meta charset="utf-8">') -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
{charset}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}<link rel="stylesheet" href="/css/hankyul.css">
</head>
<body>
{header()}
{body}
{FOOTER}
</body>
</html>
"""


# ---------------------------------------------------------------- article pages
def render_body(p: dict) -> str:
    en = p["lang"] == "en"
    ad = (
        f'<div class="ad">{"Advertisement" if en else "광고"} <script>googletag.cmd.push(function()'
        '{googletag.display("div-gpt-ad-article-1");});</script></div>'
    )
    out = []
    for i, item in enumerate(p["body"]):
        if i == 2:
            out.append(ad)
        if isinstance(item, tuple):
            src, alt, cap = item
            out.append(
                f'<figure class="photo"><img src="{src}" alt="{esc(alt)}" style="max-width:100%">'
                f"<figcaption>{cap}</figcaption></figure>"
            )
        elif item.startswith("## "):
            out.append(f"<h2>{item[3:]}</h2>")
        elif item.startswith("<"):
            out.append(item)
        else:
            out.append(f"<p>{item}</p>")
    email = f"{REPORTERS[p['by']]}@hankyul.example"
    out.append(
        f'<p class="reporter">By {p["by"]} ({email})</p>' if en else f'<p class="reporter">{p["by"]} 기자 {email}</p>'
    )
    out.append(f"""<div class="share-bar"><span>{"Share" if en else "공유하기"}</span>
<button type="button" class="sns" data-sns="facebook" onclick="snsShare('facebook')">Facebook</button>
<button type="button" class="sns" data-sns="x" onclick="snsShare('x')">X</button>
<button type="button" class="copy-url" onclick="copyUrl()">URL</button></div>""")
    same = [q for q in FRONT if q is not p and q["sec"] == p["sec"]]
    related = (same + [q for q in FRONT if q is not p and q not in same])[:2]
    links = "".join(f'<li><a href="{q["path"]}">{q["title"]}</a></li>' for q in related)
    out.append(f'<div class="related-news"><h4>{"Related Articles" if en else "관련기사"}</h4><ul>{links}</ul></div>')
    inner = "\n".join(out)
    if p.get("wrap") == "article":
        return f'<article id="article-view-content" class="article-view-body">\n{inner}\n</article>'
    return f'<div class="article-body" itemprop="articleBody">\n{inner}\n</div>'


def jsonld(p: dict) -> str:
    url = B + p["path"]
    art: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": p["title"],
        "description": p["desc"],
        "datePublished": p["dt"].isoformat(),
        "dateModified": p["mod"].isoformat(),
        "author": {"@type": "Person", "name": p["by"]},
        "articleSection": p["sec"],
        "inLanguage": p["lang"],
        "publisher": {
            "@type": "Organization",
            "name": "한결일보",
            "logo": {"@type": "ImageObject", "url": B + "/images/logo.png"},
        },
    }
    if p["img"]:
        art["image"] = {"@type": "ImageObject", "url": B + p["img"], "width": 1200, "height": 675}
    crumbs: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "홈", "item": B + "/news/"},
            {"@type": "ListItem", "position": 2, "name": p["sec"], "item": f"{B}/section/{SECTIONS[p['sec']][0]}/"},
        ],
    }
    data: Any = art
    if p.get("ld") == "list":
        data = [crumbs, art]
    elif p.get("ld") == "graph":
        del art["@context"], crumbs["@context"]
        data = {"@context": "https://schema.org", "@graph": [art, crumbs]}
    text = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{text}\n</script>\n'


def news_page(p: dict) -> str:
    en, meta, dt = p["lang"] == "en", p.get("meta", "ld"), p["dt"]
    site = "Hankyul Daily" if en else "한결일보"
    url, img = B + p["path"], (B + p["img"] if p.get("abs") else p["img"])
    tags = [f'<meta name="description" content="{esc(p["desc"])}">']
    if meta != "time":
        tags.append(f'<link rel="canonical" href="{url}">')
    tags += [
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{site}">',
        f'<meta property="og:title" content="{esc(p["title"])} - {site}">',
        f'<meta property="og:description" content="{esc(p["desc"])}">',
    ]
    if img:
        tags.append(f'<meta property="og:image" content="{img}">')
    tags.append(f'<meta property="og:url" content="{url}">')
    if meta in ("ld", "og"):
        tags.append(f'<meta property="article:published_time" content="{dt.isoformat()}">')
    elif meta == "nozone":
        tags.append(f'<meta property="article:published_time" content="{dt:%Y-%m-%d %H:%M}">')
    if meta == "ld":
        tags.append(f'<meta property="article:modified_time" content="{p["mod"].isoformat()}">')
    if p["sec"]:
        tags.append(f'<meta property="article:section" content="{p["sec"]}">')
    if meta != "ld":
        tags.append(f'<meta name="author" content="{p["by"]}">')
    tags.append('<meta name="twitter:card" content="summary_large_image">')
    head = "\n".join(tags) + "\n" + (jsonld(p) if meta == "ld" else "")
    head += '<script async src="https://www.googletagmanager.com/gtag/js?id=G-HANKYUL01"></script>\n'
    if en:
        dates = f'<span class="date">Published {dt:%Y-%m-%d %H:%M} KST</span>'
    elif meta == "time":
        dates = f'<span class="date">입력 <time datetime="{dt.isoformat()}">{dt:%Y.%m.%d %H:%M}</time></span>'
    elif meta == "nozone":
        dates = f'<span class="date">입력 {ampm(dt)}</span>'
    else:
        dates = f'<span class="date">입력 {dt:%Y.%m.%d %H:%M}</span>'
        if meta == "ld":
            dates += f' <span class="date">수정 {p["mod"]:%Y.%m.%d %H:%M}</span>'
    label = (
        f'<p class="section-name"><a href="/section/{SECTIONS[p["sec"]][0]}/">{SECTIONS[p["sec"]][1]}</a></p>\n'
        if p["sec"]
        else ""
    )
    writer = p["by"] if en else f"{p['by']} 기자"
    body = f"""<div class="container">
<main id="main" class="article-wrap">
<div class="article-head">
{label}<h1 class="headline">{p["title"]}</h1>
<div class="byline"><span class="writer">{writer}</span> {dates}</div>
</div>
{render_body(p)}
</main>
{sidebar(p["path"], en)}
</div>"""
    charset = (
        '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">'
        if p.get("enc")
        else '<meta charset="utf-8">'
    )
    return page(f"{p['title']} - {site}", body, p["lang"], head, charset)


def simple_article(d: dict) -> str:  # robots-disallowed pages: they look like articles on purpose
    dt, url = kst(d["date"]), B + d["path"]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": d["title"],
        "datePublished": dt.isoformat(),
        "author": {"@type": "Person", "name": "편집국"},
        "description": d["desc"],
    }
    head = (
        f'<meta name="description" content="{esc(d["desc"])}">\n<link rel="canonical" href="{url}">\n'
        f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(d["title"])} - 한결일보">\n'
        f'<meta property="og:description" content="{esc(d["desc"])}">\n<meta property="og:url" content="{url}">\n'
        f'<meta property="article:published_time" content="{dt.isoformat()}">\n'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    )
    body = (
        f'<main class="article-wrap"><h1 class="headline">{d["title"]}</h1>\n<div class="article-body" itemprop="articleBody">\n'
        f"<p>{d['desc']} 이 문서는 검색 엔진과 수집기가 가져가서는 안 되는 내부 자료로, 보도 전까지 외부에 공개되지 않는다.</p>\n"
        "<p>회의 일정과 취재 배정 내용은 사내 게시판에서 확인할 수 있다. 자료를 외부로 전달하는 것은 금지된다.</p>\n</div></main>"
    )
    return page(f"{d['title']} - 한결일보", body, head=head)


def video_page(v: dict) -> str:
    url = B + v["path"]
    ld = {
        "@context": "https://schema.org",
        "@type": "VideoObject",
        "name": v["title"],
        "description": v["desc"],
        "uploadDate": v["dt"].isoformat(),
        "thumbnailUrl": B + "/images/2024/05/briefing-thumb.jpg",
        "embedUrl": "https://www.youtube.com/embed/HkBrief0508",
    }
    head = (
        f'<meta name="description" content="{esc(v["desc"])}">\n<link rel="canonical" href="{url}">\n'
        f'<meta property="og:type" content="video.other">\n<meta property="og:title" content="{esc(v["title"])} - 한결일보">\n'
        f'<meta property="og:description" content="{esc(v["desc"])}">\n<meta property="og:url" content="{url}">\n'
        f'<meta property="og:image" content="/images/2024/05/briefing-thumb.jpg">\n'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    )
    body = f"""<div class="container">
<main id="main" class="article-wrap video-page">
<div class="article-head"><h1 class="headline">{v["title"]}</h1>
<div class="byline"><span class="writer">영상팀</span> <span class="date">입력 {v["dt"]:%Y.%m.%d %H:%M}</span></div></div>
<div class="article-body" itemprop="articleBody">
<div class="video-player" data-video-id="HkBrief0508"><iframe src="https://www.youtube.com/embed/HkBrief0508" width="800" height="450" allowfullscreen></iframe></div>
</div>
</main>
{sidebar(v["path"], False)}
</div>"""
    return page(f"{v['title']} - 한결일보", body, head=head)


# ---------------------------------------------------------------- listings, static pages
def listing_page(n: int) -> str:
    items = []
    if n == 1:
        items.append(
            f'<li class="item"><div class="info"><h2 class="title"><a href="{EMBARGOED["path"]}">'
            f'{EMBARGOED["title"]}</a></h2><p class="lead">{EMBARGOED["desc"]}</p></div></li>'
        )
    for p in PAGES[n - 1]:
        href = B + p["path"] if p.get("slug") == ABSOLUTE_LINK else p["path"]
        thumb = f'<a class="thumb" href="{href}"><img src="{p["img"]}" alt=""></a>' if p.get("img") else ""
        by = f"{p['by']} 기자 | " if "by" in p else ""
        items.append(
            f'<li class="item">{thumb}<div class="info"><h2 class="title"><a href="{href}">{p["title"]}</a></h2>'
            f'<p class="lead">{p["desc"]}</p><span class="byline">{by}{p["dt"]:%Y.%m.%d %H:%M}</span></div></li>'
        )
    url = lambda k: "/news/" if k == 1 else f"/news/page/{k}/"  # noqa: E731
    nums = "".join(
        f"<strong>{k}</strong>" if k == n else f'<a href="{url(k)}">{k}</a>' for k in range(1, len(PAGES) + 1)
    )
    prev = f'<a rel="prev" href="{url(n - 1)}">이전</a>' if n > 1 else ""
    nxt = f'<a rel="next" href="{url(n + 1)}">다음</a>' if n < len(PAGES) else ""
    notice = (
        '<div class="notice"><h3>공지</h3><ul><li><a href="/private/secret.html">사내 편집회의 자료</a></li>'
        '<li><a href="/about.html">한결일보 구독 안내</a></li></ul></div>\n'
        if n == 1
        else ""
    )
    body = f"""<div class="container">
<main id="main" class="list-wrap">
<h1 class="list-title">전체기사</h1>
{notice}<ul class="article-list">
{chr(10).join(items)}
</ul>
<nav class="pagination">{prev}{nums}{nxt}</nav>
</main>
{sidebar("", False)}
</div>"""
    head = (
        f'<link rel="canonical" href="{B}{url(n)}">\n<meta name="description" content="한결일보 전체기사 {n}페이지">\n'
    )
    if n < len(PAGES):
        head += f'<link rel="next" href="{B}{url(n + 1)}">\n'
    return page("전체기사 - 한결일보" + (f" ({n}페이지)" if n > 1 else ""), body, head=head)


def static_pages() -> None:
    write(
        "about.html",
        page(
            "회사소개 - 한결일보",
            """<main class="about"><h1>회사소개</h1>
<p>한결일보는 2004년 창간한 종합 일간지입니다. 정치, 경제, 사회, 환경, IT/과학, 문화 소식을 매일 전합니다.</p>
<p>구독 문의: 02-000-0000 / 기사 제보: news@hankyul.example</p></main>""",
        ),
    )
    for name, label in SECTIONS.values():
        write(
            f"section/{name}/index.html",
            page(
                f"{label} - 한결일보",
                f"""<main class="section"><h1>{label}</h1>
<p>{label} 섹션의 기사는 <a href="/news/">전체기사</a>에서 최신순으로 볼 수 있습니다.</p></main>""",
            ),
        )
    write(
        "index.html",
        page(
            "한결일보",
            """<main class="home"><h1>한결일보</h1>
<p><a href="/news/">전체기사 보기</a> · <a href="/rss.xml">RSS</a> · <a href="/blog/">rentn 실시간 뉴스 (블로그)</a></p></main>""",
        ),
    )
    write(
        "robots.txt",
        f"User-agent: *\nDisallow: /private/\nDisallow: /news/2024/06/embargoed-\n\nSitemap: {B}/sitemap_index.xml\n",
    )


# ---------------------------------------------------------------- feeds and sitemaps
def rfc822(dt: datetime) -> str:
    return format_datetime(dt)


def rss_feed() -> str:
    items = sorted([*RSS, dict(DELETED, dt=kst(DELETED["date"]), by="편집국")], key=lambda p: p["dt"], reverse=True)
    out = []
    for p in items:
        cat = f"\n<category>{esc(p['sec'])}</category>" if p.get("sec") else ""
        out.append(f"""<item>
<title>{esc(p["title"])}</title>
<link>{B}{p["path"]}?utm_source=rss&amp;utm_medium=feed</link>
<guid isPermaLink="false">hankyul-{p["dt"]:%Y%m%d%H%M}</guid>{cat}
<dc:creator>{p["by"]}</dc:creator>
<description>{esc(p["desc"])}</description>
<pubDate>{rfc822(p["dt"])}</pubDate>
</item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>한결일보 - 전체기사</title>
<link>{B}/news/</link>
<description>한결일보 최신 기사</description>
<language>ko</language>
<lastBuildDate>{rfc822(items[0]["dt"])}</lastBuildDate>
<atom:link href="{B}/rss.xml" rel="self" type="application/rss+xml"/>
{chr(10).join(out)}
</channel>
</rss>
"""


def atom_feed() -> str:
    out = []
    for p in ATOM:
        out.append(f"""<entry xml:lang="{p["lang"]}">
<title>{esc(p["title"])}</title>
<link rel="alternate" type="text/html" href="{B}{p["path"]}"/>
<id>tag:hankyul.example,2024:{p["slug"]}</id>
<published>{p["dt"].isoformat()}</published>
<updated>{p["mod"].isoformat()}</updated>
<author><name>{p["by"]}</name></author>
<category term="{p["sec"]}"/>
<summary>{esc(p["desc"])}</summary>
</entry>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Hankyul Daily</title>
<subtitle>English edition and selected stories</subtitle>
<link rel="self" href="{B}/atom.xml"/>
<link rel="alternate" type="text/html" href="{B}/news/"/>
<id>tag:hankyul.example,2024:atom</id>
<updated>{max(p["mod"] for p in ATOM).isoformat()}</updated>
{chr(10).join(out)}
</feed>
"""


def sitemaps() -> None:
    newest = max(p["mod"] for p in KOREAN).isoformat()
    write(
        "sitemap_index.xml",
        f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{B}/sitemaps/posts.xml</loc><lastmod>{newest}</lastmod></sitemap>
<sitemap><loc>{B}/sitemaps/news.xml.gz</loc><lastmod>{newest}</lastmod></sitemap>
</sitemapindex>
""",
    )
    urls = [f"<url><loc>{B}{p['path']}</loc><lastmod>{p['mod'].isoformat()}</lastmod></url>" for p in POSTS_SITEMAP]
    urls.append(f"<url><loc>{B}{PRIVATE['path']}</loc><lastmod>{kst(PRIVATE['date']).isoformat()}</lastmod></url>")
    write(
        "sitemaps/posts.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "\n".join(urls) + "\n</urlset>\n",
    )
    news = [
        f"""<url><loc>{B}{p["path"]}</loc><news:news><news:publication><news:name>한결일보</news:name><news:language>ko</news:language></news:publication>
<news:publication_date>{p["dt"].isoformat()}</news:publication_date><news:title>{esc(p["title"])}</news:title></news:news></url>"""
        for p in NEWS_SITEMAP
    ]
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' + "\n".join(news) + "\n</urlset>\n"
    )
    write("sitemaps/news.xml.gz", gzip.compress(xml.encode("utf-8"), mtime=0))


# ---------------------------------------------------------------- blog
BLOG_NAME = "rentn 실시간 뉴스"


def cat_href(cat: str) -> str:
    return f"/blog/category/{quote(cat)}"


def blog_page(b: dict) -> str:
    url = B + b["path"]
    others = [o for o in BLOG if o is not b and o["cat"] == b["cat"]] or [o for o in BLOG if o is not b]
    rows = "".join(
        f'<tr><th><a href="{o["path"]}">{o["title"]}</a>&nbsp;&nbsp;<span>(0)</span></th>'
        f"<td>{o['dt']:%Y.%m.%d}</td></tr>"
        for o in others
    )
    another = (
        f'<div class="another_category another_category_color_gray">\n<h4>\'<a href="{cat_href(b["cat"])}">'
        f"{b['cat']}</a>' 카테고리의 다른 글</h4>\n<table>{rows}</table>\n</div>"
    )
    postbtn = (
        """<div class="container_postbtn #post_button_group">
<div class="postbtn_like"><div class="wrap_btn"><button class="btn_post uoc-icon"><span class="ico_postbtn ico_like">좋아요</span><span class="txt_like uoc-count">공감</span></button></div>
<div class="wrap_btn wrap_btn_share"><button class="btn_post sns_btn btn_share"><span class="ico_postbtn ico_share">공유하기</span></button></div>
<div class="wrap_btn wrap_btn_etc"><button class="btn_post btn_etc2"><span class="ico_postbtn ico_etc">게시글 관리</span></button></div></div>
<div class="wrap_btn_subscription"><button class="btn_subscription">구독하기</button><span class="txt_state">"""
        + BLOG_NAME
        + """</span></div>
</div>"""
    )
    if b.get("useless_inside", True):  # some Tistory skins put these inside the post body
        entry = f'<div class="tt_article_useless_p_margin contents_style">{b["body"]}{another}\n{postbtn}\n</div>'
    else:
        entry = f'<div class="tt_article_useless_p_margin contents_style">{b["body"]}</div>\n{another}\n{postbtn}'
    image = f'\n<meta property="og:image" content="{b["img"]}">' if b["img"] else ""
    recent = "".join(f'<li><a href="{o["path"]}">{o["title"]}</a></li>' for o in BLOG)
    dt = b["dt"]
    return f"""<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(b["title"])} :: {BLOG_NAME}</title>
<meta name="title" content="{esc(b["title"])} :: {BLOG_NAME}">
<meta name="description" content="{esc(b["desc"])}">
<meta name="by" content="rentn">
<meta name="author" content="rentn">
<link rel="canonical" href="{url}">
<link rel="alternate" type="application/rss+xml" title="{BLOG_NAME}" href="{B}/blog/rss">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{BLOG_NAME}">
<meta property="og:title" content="{esc(b["title"])}">
<meta property="og:description" content="{esc(b["desc"])}">{image}
<meta property="article:published_time" content="{dt.isoformat()}">
<meta property="og.article.author" content="rentn">
<script>window.T = window.T || {{}}; T.config = {{"BLOG":{{"id":5553112,"name":"rentn"}},"ROLE":"guest","PREVIEW":false}};</script>
<link rel="stylesheet" href="/blog/skin/style.css">
</head>
<body id="tt-body-page" class="layout-aside-right">
<div id="wrap">
<header id="header"><div class="inner"><h1><a href="/blog/">{BLOG_NAME}</a></h1>
<nav class="gnb"><ul><li><a href="/blog/">홈</a></li><li><a href="/blog/tag">태그</a></li><li><a href="/blog/guestbook">방명록</a></li></ul></nav></div></header>
<div id="container"><main class="main">
<div class="area-view">
<div class="article-header">
<div class="category"><a href="{cat_href(b["cat"])}">{b["cat"]}</a></div>
<h2 class="title-article">{b["title"]}</h2>
<div class="box-info"><span class="writer">rentn</span><span class="date">{dt.year}. {dt.month}. {dt.day}. {dt:%H:%M}</span></div>
</div>
<div class="article-view">
<div class="entry-content" id="article-view">
{entry}
</div>
</div>
<div class="comment-area"><h3>댓글</h3><div class="comment-form"><textarea placeholder="여기에 댓글을 입력하세요"></textarea><button type="button">댓글 달기</button></div></div>
</div>
</main>
<aside class="area-aside">
<div class="box-profile"><p>{BLOG_NAME}</p><p>매일 아침 챙겨 보는 생활과 경제 소식</p></div>
<div class="box-category"><h3>분류 전체보기</h3><ul><li><a href="{cat_href("Environment")}">Environment (2)</a></li><li><a href="{cat_href("생활")}">생활 (1)</a></li></ul></div>
<div class="box-recent"><h3>최근에 올라온 글</h3><ul>{recent}</ul></div>
</aside>
</div>
<footer id="footer"><p>Designed by TISTORY</p><p>ⓒ {BLOG_NAME}</p></footer>
</div>
</body>
</html>
"""


def blog_files() -> None:
    for b in BLOG:
        write(f"blog/{b['id']}/index.html", blog_page(b))
    items = "\n".join(
        f"""<item>
<title>{esc(b["title"])}</title>
<link>{B}{b["path"]}</link>
<description>{html.escape(b["body"], quote=False)}</description>
<category>{b["cat"]}</category>
<author>rentn</author>
<guid isPermaLink="true">{B}{b["path"]}</guid>
<comments>{B}{b["path"]}#entry{b["id"]}comment</comments>
<pubDate>{rfc822(b["dt"])}</pubDate>
</item>"""
        for b in BLOG
    )
    write(
        "blog/rss",
        f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>{BLOG_NAME}</title>
<link>{B}/blog/</link>
<description>매일 아침 챙겨 보는 생활과 경제 소식</description>
<language>ko</language>
<pubDate>{rfc822(BLOG[0]["dt"])}</pubDate>
<generator>TISTORY</generator>
<ttl>100</ttl>
<managingEditor>rentn</managingEditor>
{items}
</channel>
</rss>
""",
    )
    links = "".join(f'<li><a href="{b["path"]}">{b["title"]}</a> <span>{b["dt"]:%Y.%m.%d}</span></li>' for b in BLOG)
    write(
        "blog/index.html",
        f"""<!doctype html>
<html lang="ko">
<head><meta charset="utf-8"><title>{BLOG_NAME}</title>
<link rel="alternate" type="application/rss+xml" title="{BLOG_NAME}" href="{B}/blog/rss"></head>
<body><h1>{BLOG_NAME}</h1><ul>{links}</ul></body>
</html>
""",
    )


# ---------------------------------------------------------------- expectations
CHROME_KO = ["광고", "googletag", "많이 본 뉴스", "무단전재", "관련기사", "공유하기", "전체기사", "회사소개"]
CHROME_EN = ["Advertisement", "googletag", "Most Viewed", "Related Articles", "무단전재", "전체기사", "회사소개"]
CHROME_BLOG = [
    "카테고리의 다른 글",
    "공감",
    "게시글 관리",
    "구독하기",
    "댓글",
    "최근에 올라온 글",
    "분류 전체보기",
    "Designed by TISTORY",
]


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!])\s+", strip_tags(text).strip()) if s]


def expected() -> dict:
    hankyul, rentn = SOURCES[0], SOURCES[1]
    posts = []
    for p in KOREAN + ENGLISH:
        plain = [i for i in p["body"] if isinstance(i, str) and "<" not in i and not i.startswith("## ")]
        text = " ".join(strip_tags(i) for i in p["body"] if isinstance(i, str))
        contains = [sentences(plain[0])[0], sentences(plain[-1])[0]]
        excludes = [w for w in (CHROME_EN if p["lang"] == "en" else CHROME_KO) if w not in text]
        excludes += ["hkWeatherWidget"] if "hkWeatherWidget" in str(p["body"]) else []
        assert len(excludes) >= 6, (p["slug"], excludes)
        how = [
            m
            for m, seen in (
                ("rss", p in RSS),
                ("atom", p in ATOM),
                ("sitemap", p in POSTS_SITEMAP or p in NEWS_SITEMAP),
                ("listing", p in LISTED),
            )
            if seen
        ]
        posts.append(
            dict(
                path=p["path"],
                source=hankyul["name"],
                title=p["title"],
                category=hankyul["category_map"].get(p["sec"], p["sec"]) if p["sec"] else hankyul["category"],
                published=p["dt"].isoformat(),
                author=p["by"],
                language=p["lang"],
                image=p["img"],
                excerpt=p["desc"],
                body_contains=contains,
                body_excludes=excludes,
                discovered_by=how,
            )
        )
    for b in BLOG:
        for s in b["contains"]:
            assert s in strip_tags(b["body"]), s
        excludes = [w for w in CHROME_BLOG if w not in strip_tags(b["body"])]
        assert excludes == CHROME_BLOG, b["id"]
        posts.append(
            dict(
                path=b["path"],
                source=rentn["name"],
                title=b["title"],
                category=rentn["category_map"].get(b["cat"], b["cat"]),
                published=b["dt"].isoformat(),
                author="rentn",
                language="ko",
                image=b["img"].replace(B, ""),
                excerpt=b["desc"],
                body_contains=b["contains"],
                body_excludes=excludes,
                discovered_by=["rss"],
            )
        )
    return {
        "posts": posts,
        "dropped": [{"path": VIDEO["path"], "reason": "no body"}],
        "not_found": [DELETED["path"]],
        "robots_disallowed": [PRIVATE["path"], EMBARGOED["path"]],
    }


def main() -> None:
    if SITE.exists():
        shutil.rmtree(SITE)
    for p in NEWS:
        write(p["path"].lstrip("/"), news_page(p), p.get("enc", "utf-8"))
    write(VIDEO["path"].lstrip("/"), video_page(VIDEO))
    write(EMBARGOED["path"].lstrip("/"), simple_article(EMBARGOED))
    write(PRIVATE["path"].lstrip("/"), simple_article(PRIVATE))
    for n in range(1, len(PAGES) + 1):
        write("news/index.html" if n == 1 else f"news/page/{n}/index.html", listing_page(n))
    static_pages()
    write("rss.xml", rss_feed())
    write("atom.xml", atom_feed())
    sitemaps()
    blog_files()
    EXPECTED.parent.mkdir(parents=True, exist_ok=True)
    EXPECTED.write_text(json.dumps(expected(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {sum(1 for f in SITE.rglob('*') if f.is_file())} files under {SITE} and {EXPECTED}")


if __name__ == "__main__":
    main()
