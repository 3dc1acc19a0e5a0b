"""What main-text extractors commonly leave in an article body, taken out again.

Each rule is about a kind of page furniture, never about one site: the
headline repeated as a paragraph, a dateline or byline standing alone at the
top, "related stories" and copyright blocks at the end.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import lxml.html
from lxml import etree

from newscrawler.extraction.authors import BROADCAST_SIGNOFF, CHANNEL_SIGNOFF
from newscrawler.extraction.titles import SERIES_MARKS, without_series_label
from newscrawler.text.cleaning import (
    ENDS_LIKE_SENTENCE,
    TextLine,
    drop_lines,
    is_prose,
    letters_key,
    line_holder,
    parse_fragment,
    text_lines,
)

_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "table", "figure", "pre")
# A short block that starts the page's furniture after the article (the whole block says it).
_TRAILER = re.compile(
    r"^(?:related(?: (?:stories|articles|posts|news|coverage|content))?|top stories|"
    r"more (?:(?:[\w'’-]+ ){0,2}from|stories|on)\b.*|"
    r"latest videos?(?: from\b.*)?|more videos?|"
    r"see also|you (?:may|might) also like|recommended(?: for you)?|most (?:read|popular)|"
    r"trending(?: now)?|tags|filed under|topics|latest (?:news|stories)|sponsored(?: content)?|advertisement|"
    r"share this(?: article)?|previous (?:article|post|story)|next (?:article|post|story)|"
    r"sign up for\b.*|subscribe to\b.*|.{0,40}newsletters?|thanks for signing up!?|comments?(?: \(?\d+\)?)?|"
    r"leave a (?:comment|reply)|"
    r"다른\s*기사\s*보기|댓글(?:\s*\d+)?|구독하기|(?:sns\s*)?공유하기|이전\s*(?:기사|글)|다음\s*(?:기사|글)|"
    r"독자\s*투고|기사\s*제보|인쇄하기|실시간\s*순위|.{1,30}\s*카테고리의\s*다른\s*글|"
    # a reaction box's label, over its emotion buttons ("좋아요 12 슬퍼요 3")
    r"이\s*기사에\s*대한\s*(?:반응|감정|느낌)(?:은|을\s*(?:남겨|선택해)\s*주세요)?\??|"
    # a portal's guide to how it files stories in sections, its button and its title
    r"(?:기사\s*섹션\s*분류\s*(?:가이드|안내)\s*){1,2})\s*[:：]?$",
    re.IGNORECASE,
)
# A wire story's end mark: the story is over, what follows is the agency's furniture. Also run on after the
# last sentence ("… 밝혔다.(끝)").
_END = r"\(끝\)"
_END_MARK = re.compile(rf"^{_END}$")
_GLUED_END_MARK = re.compile(rf"(?<=[.!?\"”’])\s*{_END}\s*$")
# The start of a longer block that is furniture: feedback and subscription boxes, promotions, print notes.
_TRAILER_START = re.compile(
    r"^(?:was this (?:post|article|page|story) helpful|did you (?:find|enjoy) this|we(?:'|’)re hiring|"
    r"support (?:local |independent |our )?journalism|a version of this article appears in print|"
    r"read more:|more coverage:|zum artikel:|(?:see more|related):[^.!?]*$|"
    r"이\s*(?:기사|뉴스)(?:에\s*대해\s*어떻게\s*생각하시나요|\s*어떠셨나요|\s*어땠나요|를?\s*추천(?:합니다|하기))|만족도\s*조사|"
    r"이\s*페이지(?:의|에서\s*제공하는)\s*정보에\s*(?:대해\s*)?만족|놓치면\s*후회할|.{0,20}뉴스레터\s*구독|.{0,20}제보를\s*기다립니다|"
    r"구독자\s*[\d,]+|.{0,20}에\s*로그인하고|작가님의\s*글을\s*응원|\(?.{0,30}앱(?:에서|으로)\s*(?:받아|만나|확인)|"
    # comment prompts and paywall notices: the article is over
    r"subscribe (?:to (?:continue|read)|now|today)\b|would you like to comment|tell us what you think|"
    r"you must (?:be logged in|log in|confirm)|"
    r"please (?:log ?in|sign in|logout)|this (?:article|story|content) is (?:only )?(?:for|available to) "
    r"(?:subscribers|members)|already a subscriber|to continue reading|register (?:now )?to (?:read|continue)|"
    r"유료\s*회원|구독자\s*전용|この記事は(?:有料)?会員限定|[［\[](?:有料)?会員限定[］\]]|(?:この|本)記事の続き|"
    r"続きを読むには|"
    r"\d+ (?:wochen|tage|monate) (?:kostenlos|gratis)|tu suscripción se está usando|"
    r"unabhängiger journalismus braucht|wie hat ihnen (?:dieser|der) artikel|"
    # a Korean newsroom's promotion line ("▶ … 유튜브 구독하기", "▶ 자세한 내용은 … 뉴스7에서 확인하세요")
    r"[▶►☞]\s*.{0,60}?(?:구독(?:하|\s*신청|\s*$)|바로\s*가기|친구\s*추가|(?:뉴스|방송|영상)\w*에서\s*(?:확인|시청))|"
    # and a portal's ("네이버에서 ○○일보를 구독하세요", "[○○일보 바로가기]")
    r"(?:네이버|다음|카카오)에서\s.{0,30}구독|\[.{0,30}바로\s*가기\]|"
    # a columnist's bio box ("■ 필자 약력", "▷필자 소개: …")
    r"[■□▷▶◆●]?\s*필자\s*(?:소개|약력|프로필)|"
    # and its note on the writer, marked as a note ("※ 필자는 한빛대 경제학과 교수다"; "필자는 …" unmarked is the
    # columnist speaking in the text)
    r"[※*]\s*(?:필자|글쓴이)는\s|"
    # where the print edition ran the story ("※ 이 기사는 … 1801호에 실렸습니다"), as "appears in print" above,
    # or where it ran first ("[이 기사는 … 지면에 게재된 기사입니다]", "※ 본 기사는 … 프리미엄'에 5월 9일 게재된
    # 기사입니다", "이 기사는 … '마켓인'에 출고됐습니다"); a note on how the story was made ("… 지원을 받아
    # 작성됐습니다") stays
    r"[※*\[]?\s*(?:이|본)\s*기사는\s.{0,80}?에\s*(?:[^.\s]{1,10}\s+){0,4}"
    r"(?:실렸습니다|실린\s*기사입니다|(?:게재|출고)(?:됐|되었)습니다|게재된\s*기사입니다)|"
    # the text of a portal's section guide ("기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다")
    r"(?:[가-힣]{1,6}\s*)?기사(?:의)?\s*섹션\s*(?:\([^)]{1,10}\)\s*)?정보는)",
    re.IGNORECASE,
)
# "Read more" and the labels of related links in the other languages of the press (German, Japanese, Czech,
# Spanish, French, Italian, Dutch, Nordic) and of Korean boxes set between paragraphs ("지금 뜨는 뉴스",
# "▶ 관련기사 ◀", "많이 본 뉴스", "함께 보면 좋은 뉴스", a reporter's "홍길동 기자의 다른 기사 보기"): often a box
# inside the article, so they end it only where no prose follows.
_RELATED_LABEL = re.compile(
    r"^(?:read (?:more|next|also)\b.*|you (?:may|might) also like(?:\.\.\.|…)?|most read(?: in [\w ]{1,30})?|"
    r"more trending|trending now|"
    r"ähnliche(?: artikel| beiträge| themen)?|auch interessant|lesen sie auch|"
    r"das könnte (?:sie|dich) auch interessieren|"
    r"mehr zum thema|zum thema|weitere (?:artikel|nachrichten|meldungen|beiträge)|beiträge aus dem forum|"
    r"weiterführende links|関連キーワード|関連記事|おすすめ(?:情報|記事)?|あわせて読みたい|související(?: články)?|"
    r"další články|mohlo by vás zajímat|te puede interesar|noticias relacionadas|lo más visto|à lire aussi|"
    r"lire aussi|sur le même sujet|les plus lus|leggi anche|potrebbe interessarti|lees ook|les også|läs också|"
    r"læs også|mest lest|mest läst|"
    r"지금\s*뜨는\s*(?:뉴스|기사)|[▶►▷\[【<]?\s*(?:관련|연관)\s*(?:기사|뉴스)\s*[◀◄◁\]】>]?|"
    r"(?:이\s*시각\s*)?많이\s*본\s*(?:뉴스|기사)|(?:실시간\s*)?인기\s*(?:기사|뉴스)|추천\s*(?:기사|뉴스)|주요\s*뉴스|"
    r"(?:오늘의\s*)?핫\s*(?:뉴스|이슈)|"
    r"이\s*시각\s*(?:주요|인기)\s*뉴스|함께\s*(?:보면\s*좋은|볼\s*만한|본|보는)\s*(?:기사|뉴스)|포토\s*슬라이드|"
    r"[가-힣]{1,4}\s*기자(?:의)?\s*다른\s*기사(?:\s*보기)?)\s*[:：]?$",
    re.IGNORECASE,
)
# A broadcaster's line pointing the reader to the story's video ("자세한 내용은 동영상으로 확인하세요.", "자세한 내용은
# 영상으로 확인하시죠.", "영상으로 보시겠습니다."): furniture where it closes the text; "영상" is in each match.
_VIDEO_POINTER = re.compile(
    r"^(?:(?:더\s*)?자세한\s*(?:내용|소식)(?:은|을|는)?\s*)?(?:관련\s*)?(?:동영상|영상)(?:으로|에서|을\s*통해)?\s*"
    r"(?:확인|보|만나|시청)[가-힣 ]{0,8}[.!]?$"
)
# A broadcast transcript's markers of who speaks, a line each: the anchor's lead, the reporter's report ("[앵커]",
# "[기자]", "◀ 리포트 ▶", "<앵커>"); "앵커" or "리포트" is in every transcript that has them.
_TRANSCRIPT_MARKER = re.compile(
    r"^(?:\[\s*(?:앵커|기자|리포트|앵커\s*(?:멘트|리포트|코멘트)|기자\s*리포트|클로징)\s*\]|"
    r"<\s*(?:앵커|기자|리포트)\s*>|◀\s*(?:앵커|기자|리포트|앵커\s*멘트|클로징)\s*▶)$"
)
_TRANSCRIPT_WORDS = ("앵커", "리포트")
# The article's hashtags, a line of them ("#전주시 #남부시장").
_HASHTAGS = r"#[^\s#]+(?:\s*#[^\s#]+)+"
_HASHTAG_LINE = re.compile(rf"^{_HASHTAGS}$")
# One hashtag closing the text ("#반도체"): the article's tag, like a line of them there; a word, not "#1".
_CLOSING_HASHTAG = re.compile(r"^#[^\W\d_][^\s#]{0,30}$")
# The label of a summary a machine wrote, set above the text ("AI 요약", "AI 세줄 요약", "세줄요약"): the box goes
# with it (a newsroom's own "[요약]" of key points is the article's).
_MACHINE_SUMMARY_LABEL = re.compile(
    r"^(?:AI\s*(?:(?:세|3)\s*줄\s*)?|(?:세|3)\s*줄\s*)요약(?:\s*보기)?\s*[:：]?$", re.IGNORECASE
)
_SUMMARY_BOX_MAX = 600
# Furniture that stands alone anywhere in the body: a video's running time (also labelled: "재생시간 02:14"), a
# copy-link notice, a photo credit, the label of a date shown elsewhere (a screen reader's "기사 입력 시간"), a
# pointer whose link line lost its link ("☞").
_STANDALONE = re.compile(
    r"^(?:(?:(?:재생\s*시간|running time|duration)\s*[:：]?\s*)?\d{1,2}:\d{2}(?::\d{2})?|"
    r"(?:기사\s*)?(?:입력|수정|최종\s*수정|업데이트|등록)\s*(?:시간|일시|시각)|"
    r"(?:jump|skip) to (?:the )?(?:main )?(?:navigation|search|content)|latest videos? from\b.{0,40}|"
    r"(?:lesedauer|lesezeit|reading time|read time)\s*:?\s*(?:ca\.\s*)?\d+\s*(?:min(?:uten|utes?)?\.?)|"
    r"\d+\s*min(?:ute)?s?\.? read|"
    r"(?:기사\s*)?(?:URL|주소|링크)(?:이|가)?\s*복사되었습니다\.?|"
    r"(?:link|url|address) copied(?: to (?:the )?clipboard)?[.!]?|"
    r"(?:externer|external|embedded|eingebetteter) (?:inhalt|content)\b.{0,60}|"
    r"(?:photos?|images?|pictures?|fotos?|bild|credits?)\s*:\s*[^.!?:]{1,60}|"
    # the page's tools for the article: reprints, printing, sharing, and their messages
    r"order reprints|print (?:this )?article|this copy is for your personal,? non-commercial use only\b.*|"
    # a Korean tools row ("인쇄하기 | 메일보내기 | 스크랩 | 글자크기 + -"): two of the tools or more, nothing else
    r"(?:(?:인쇄|프린트|(?:이)?메일\s*(?:보내기|전송)?|스크랩|(?:글자|폰트)\s*크기|공유|북마크|(?:URL|링크)\s*복사)"
    r"(?:하기)?(?:\s*(?:[+\-]|가|크게|작게|확대|축소)(?=\s|$))*\s*[|·/]?\s*){2,}|"
    r"an error has occurred,? please try again(?: later)?\.?|this article has been sent to|"
    r"(?:like|enjoy(?:ed)?) this (?:story|article)\?? share it with a friend!?|"
    # the article's tags listed under a label ("Topics: uber, sharing economy, Technology News"), not a sentence
    r"(?:tags|topics|filed under|schlagwörter|키워드|태그|관련\s*태그)\s*:\s*[^.!?:]{1,200}|"
    # a teaser for another of the site's stories: "Also on example.com <headline>"
    r"also on [\w-]+\.[a-z]{2,}(?:\.[a-z]{2,})?\s.*|"
    rf"[▶►▷◀◄◁☞→]+|{_HASHTAGS})$",
    re.IGNORECASE,
)
# Also standing alone: a placeholder for an embed the reader's consent settings block, and a photo agency
# credit. Each pattern is tried only where the folded text (see _folded) has one of the words after it: every
# match has one of them.
_CONSENT_PLACEHOLDER = re.compile(
    r"^.{0,80}(?:privatsphäre-einstellungen|privacy settings|cookie settings|consent settings|"
    r"datenschutz-einstellungen|inhalte von drittanbietern|third[- ]party content).{0,300}$",
    re.IGNORECASE,
)
_CONSENT_WORDS = ("einstellungen", "settings", "drittanbietern", "party content")
_AGENCY_CREDIT = re.compile(
    r"^[\w .,'&/-]{0,60}(?:/|\bvia\b|\bfor\b|©|\|)\s*(?:getty(?: images)?|afp|ap|reuters|dpa|epa|imago|"
    r"picture alliance|shutterstock|bloomberg|anadolu|xinhua|pa images?|zuma)[\w ./-]{0,30}$",
    re.IGNORECASE,
)
_AGENCY_CREDIT_WORDS = ("/", "via", "for", "©", "|")
_STANDALONE_MAX = 320
# A photo's credit written as a line of the text ("(사진=연합뉴스)", "[사진 = 시 제공]", "[연합뉴스 자료사진]"), or
# closing the photo's caption of one short sentence ("▲ 12일 … 고르고 있다. (사진=시 제공)", "… 모습 /사진=한결일보 DB",
# "… [시 제공. 재판매 및 DB 금지]").
_PHOTO_CREDIT = re.compile(
    r"^(?:[▲△]\s*)?[^.!?\[\]()]{0,100}[.!?]?\s*"
    r"(?:[(\[]\s*(?:사진|그래픽|자료\s*사진)\s*[=:：]\s*[^()\[\]]{1,40}[)\]]|/\s*사진\s*=\s*[^/=]{1,40}|"
    r"\[[^()\[\]]{1,40}(?:제공|자료\s*사진)(?:\.?\s*재판매\s*및\s*DB\s*금지)?\])$"
)
_PHOTO_CREDIT_WORDS = ("사진", "제공")  # one is in each match of _PHOTO_CREDIT
# A wire photo's caption, closed by the day it was taken and the photographer's e-mail or the agency's credit
# ("[서울=○○] 홍길동 기자 = 12일 … 있다. 2024.05.12. hong@…", "(서울=○○) … 2024.5.12 [○○ 자료사진]").
_WIRE_CAPTION = re.compile(
    r"^.{10,250}?\s(?:19|20)\d{2}\.\s?\d{1,2}\.\s?\d{1,2}\.?\s*"
    r"(?:\[[^\[\]]{1,40}\](?:\s*[\w.+-]+@[\w.-]+\.\w+)?|[\w.+-]+@[\w.-]+\.\w+)$"
)
# Sign-up, newsletter and donation boxes: dropped where they stand, the article may go on after them.
_BOX = re.compile(
    r"^(?:sign up (?:with|for|to|now)\b|get (?:daily|weekly|the latest|our)\b.{0,60}\binbox|"
    r"by submitting your (?:information|email)|subscribe to our\b|"
    r"(?:please )?(?:consider )?(?:donat(?:e|ing)|making a (?:donation|contribution)|"
    r"become a (?:member|supporter|patron))\b|"
    # invitations to follow the site elsewhere, to send it a story, to get its app, to join the comments
    r"follow (?:us|[\w.]+ on)\b|folg(?:e|en sie|st du)\b.{0,40}\b(?:auf|bei)\b|got a story\?|"
    r"(?:click|tap) here to (?:get|download) (?:the|our) [\w ]{0,30}\bapp\b|"
    r"join (?:our|the) (?:commenting|conversation|discussion)|this is a breaking (?:news? )?story)",
    re.IGNORECASE,
)
# A newsletter's sign-up box (told by what it says anywhere in it, to the reader) and an appeal to pay
# for journalism.
_BOX_SAYING = re.compile(
    r"\b(?:newsletter|whatsapp[- ]kanal|whatsapp channel|telegram[- ]kanal|telegram channel)\b.{0,250}"
    r"\b(?:postfach|inbox|anmeldung|anmelden|abonniere|abonnieren|sign up|subscribe|join)\b|"
    r"\b(?:abonniere|abonnieren sie|subscribe to|join) (?:den |unseren |our |the )?[\w -]{0,30}"
    r"\b(?:whatsapp|telegram)[- ]?(?:kanal|channel)\b",
    re.I,
)
# The site inviting readers to its newsletter in a sentence of its own ("… by signing up to our free weekly
# newsletter"): addressed to the reader or not.
_OUR_NEWSLETTER = re.compile(
    r"\b(?:sign(?:ing)? up|subscrib(?:e|ing)|register(?:ing)?) (?:to|for) our [\w -]{0,30}newsletters?\b", re.I
)
_APPEAL = re.compile(r"\bsupport (?:local |independent |quality |our )?journalism\b.{0,80}\bsubscrib", re.I)
_TO_THE_READER = re.compile(r"\b(?:sie|ihr|ihrem|ihren|you|your|du|dich|dir|dein|deine|deinem|deinen)\b", re.I)
_BOX_SAYING_MAX = 400
# A word each match of _APPEAL, and one of the words each match of _BOX_SAYING, has in it: looked for in the
# folded text before the slower search.
_APPEAL_WORD = "journalism"
_NEWSLETTER_WORD = "newsletter"  # in each match of _OUR_NEWSLETTER
_BOX_SAYING_WORDS = (_NEWSLETTER_WORD, "whatsapp", "telegram")
# Labels the page puts where an advertisement goes, anywhere in the body.
_AD_LABEL = re.compile(
    r"^(?:advertisement|skip advertisement|story continues below advertisement|after newsletter promotion|"
    r"sponsored|ad|ads|광고|반응형|ⓐ)$",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(
    r"(?:무단\s*전재|재배포\s*금지|재판매\s*및\s*DB\s*금지|ⓒ|©|copyright\s|all rights reserved|저작권(?:자|법))",
    re.IGNORECASE,
)
# A newsroom asking readers for stories, with where to send them ("당신의 제보가 뉴스가 됩니다 [카카오톡] …",
# "…소중한 제보를 기다립니다 … (photo@…)로 보내주시면"); a line of prose that mentions a tip names no contact.
_TIP_APPEAL = re.compile(
    r"제보.{0,80}(?:카카오톡|카톡|[\w.+-]+@[\w.-]+\.\w+|\d{2,4}-\d{3,4}-\d{4})|당신의\s*제보가\s*뉴스가\s*됩니다|"
    r"제보를\s*기다립니다"
)
_TIP_APPEAL_MAX = 300
# The newsroom's channels for tips, a line each, under its appeal ("▷ 전화 02-784-0000", "▷ 이메일 jebo@…",
# "▷ 카카오톡 @…제보", "[카카오톡] … 검색해 채널 추가"): the newsroom's only where one of them is a messenger, not
# an event's contact lines.
_TIP_CHANNEL = r"(?:전화|이메일|e-?mail|메일|카카오톡|카톡|라인|팩스)"
_TIP_CONTACT = re.compile(
    rf"^(?:[▷▶►■●☞-]?\s*{_TIP_CHANNEL}\s*[:：]?\s*(?:\d{{2,4}}-\d{{3,4}}-\d{{4}}|[\w.+-]+@[\w.-]+\.\w+|@\S{{1,30}})|"
    rf"\[\s*{_TIP_CHANNEL}\s*\]\s*.{{1,40}})$",
    re.IGNORECASE,
)
_MESSENGERS = ("카카오톡", "카톡")
# An e-mail after a broadcast's spoken sign-off ("HBN뉴스 박은혜입니다. [eunhye@…]").
_SIGNOFF_CONTACT = re.compile(r"\s*[(\[<]\s*[\w.+-]+@[\w.-]+\.\w+\s*[)\]>]$")
_CREDIT_WORK = r"(?:촬영\s*기자|영상\s*(?:취재|편집|디자인)|그래픽)"
_BYLINE = re.compile(
    r"^(?:by\s+[\w.\- ]{2,60}|"
    r"(?:(?:글|사진|글\s*[·・/]\s*사진)\s*[=:：]?\s*)?"  # a credit's word ("글·사진 홍길동 기자")
    r"/?[\w ]{2,20}\s*(?:기자|특파원|논설위원|위원|교수(?:\s*[·・]\s*[가-힣]{2,8})?)(?:\s*\(?[\w.+-]+@[\w.-]+\)?)?"
    r"(?:\s*\+?\s*(?:구독|기자의\s*다른\s*기사|다른\s*기사\s*보기|응원하기))?|"  # a reporter box's buttons
    r"\[\s*[\w ]{2,20}\s*(?:기자|특파원)\s*(?:/\s*[\w.+-]+@[\w.-]+\s*)?\]|"
    r"(?:[◎○●■]\s*[\w ]{2,30}\s+)?[\w.+-]+@[\w.-]+\.\w+|"  # also after an agency's slogan ("◎공감언론 뉴시스 …@…")
    r"(?:write|email|contact) (?:to )?[\w.\- ]{2,60} at [\w.+-]+@[\w.-]+\.\w+\.?|"
    r"\(?(?:촬영\s*기자|영상\s*취재|영상\s*편집|영상\s*디자인|그래픽|사진|취재|편집)\s*[:：].*|"
    # credits without colons ("영상취재 김철민·영상편집 이수진")
    rf"{_CREDIT_WORK}\s+[가-힣]{{2,4}}(?:\s*[·/,]\s*{_CREDIT_WORK}\s*[:：]?\s*[가-힣]{{2,4}})*\)?)$",
    re.IGNORECASE,
)
# An arrow opening a line that points to another page (">> …", "→ …"); not "»", a German quotation mark. A
# triangle also marks a point of the article ("▶ 신청: <a>홈페이지</a>"): there the link must be most of the line.
_POINTER = re.compile(r"^(?:>>|->|→|⇒|☞)")
_TRIANGLE = re.compile(r"^[►▶▷]")
_POINTER_MAX = 200
_LEAF_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figure", "pre")
_LINK_BLOCKS = frozenset(["ul", "ol", "p", "li", "h2", "h3", "h4", "h5", "h6"])
# A bare link, alone or after a short label ("Listen: http://…"), and a CMS shortcode left unrendered
# ("[button link=…]Send us your review[/button]").
_BARE_URL = re.compile(r"^(?:[\w .-]{1,20}:\s*)?(?:https?://|www\.)\S+$|^\[(\w+)\b[^\]]*\].{0,200}\[/\1\]$")
# A link to the site's page on a social network after the network's name of a word or two, also without a colon
# ("Facebook https://facebook.com/…", "เฟซบุ๊ก https://www.facebook.com/…", whose vowel marks are no word characters;
# "인스타그램 https://instagram.com/…"): the link is all the rest of the line.
_SOCIAL_LINK = re.compile(
    r"^[^\W\d_][^\s:：/]{0,19}(?:\s[^\W\d_][^\s:：/]{0,19})?(?:\s*[:：]\s*|\s+)(?:https?://)?(?:www\.|m\.)?"
    r"(?:facebook\.com|fb\.com|fb\.me|instagram\.com|twitter\.com|x\.com|youtube\.com|youtu\.be|tiktok\.com|t\.me|"
    r"line\.me|threads\.net|linkedin\.com|(?:pf|story)\.kakao\.com|blog\.naver\.com|band\.us)(?:/\S*)?$",
    re.IGNORECASE,
)
_LINK_MARKS = ("://", "www.")  # one is in each link _BARE_URL and _SOCIAL_LINK match (a shortcode has "[/")
_LABELS = frozenset(["strong", "b", "em", "span"])  # a bold line standing in for a heading
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_TRAILER_MAX = 60
_SECTION_MIN = 200  # letters of the block after a linked heading that make it a section's text, not a teaser's dek
_LIST_OF_LINKS = 0.5  # share of a list's letters in links that makes its linked items links, not notes
_OWN_WORD = 2  # letters outside its links that a list item must say to be a note, not only a link
_EDGE_LINES = 3
_EDGE_ROUNDS = 3
_PROSE_PARAGRAPHS = 3
_REPEAT_MIN = 200
_PROSE_LETTERS = 500
_FURNITURE_MAX = 120
_HEADLINE_MAX = 400
_HEADLINE_OPENING = 16  # characters whose letters a line's key must start a title's key with, checked first
# A kicker the title opens with ("State election in Thuringia: …", "Premier League - …"): the page may show the
# headline without it, or with another kicker glued before the headline.
_KICKER_SEPARATOR = re.compile(r"\s*[:|]\s+|\s+[-–—]\s+")
_KICKER_MAX = 40  # letters
_KICKED_HEADLINE_MIN = 20  # letters of what follows a kicker that make it a headline of its own
_BIO_MAX = 700
_BIO = re.compile(
    r"\b(?:has (?:covered|written|reported|worked|been writing)|is an? (?:[\w-]+ ){0,4}(?:journalist|writer|editor|"
    r"reporter|correspondent|columnist|author|veteran|researcher|professor|lecturer)|award-winning|"
    r"follow (?:him|her|them) on|"
    r"(?:his|her|their) (?:work|writing) has appeared|ist (?:\w+ )?(?:redakteur|redakteurin|journalist|journalistin|"
    r"korrespondent|korrespondentin)|ist bei [\w-]+ für|schreibt (?:für|seit)|arbeitet (?:seit|als))",
    re.IGNORECASE,
)
# The reporter's name and e-mail run on after the text's last sentence, as a photo story's caption ends
# ("… 개장했다. 이준호 기자 ljh@…").
_GLUED_SIGNOFF = re.compile(r"(?<=[.!?\"”’])\s+[가-힣]{2,4}\s*(?:기자|특파원)\s*[\w.+-]+@[\w.-]+\.\w+\s*$")
_NUMBERS_ONLY = re.compile(r"^[\d\s,.·|()+-]+$")
# A count with its label ("구독자 1,203", "조회수 57", "화나요 27", "1.2K followers"): the page's counters, not the
# article; also a reporter box's row of them, after the reporter's name, the counts hidden ("홍길동 기자 구독자 -
# 응원수 -").
_COUNTER = re.compile(
    r"^(?:[가-힣]{2,4}\s*기자\s+)?(?:(?:구독자|응원수|관심\s*작가|조회수?|공감|좋아요|댓글|슬퍼요|화나요|훈훈해요|추천해요|"
    r"후속\s*기사\s*원해요|쏠쏠정보|흥미진진|공감백배|분석탁월|후속강추|"  # a portal's reaction buttons
    r"likes?|views?|followers?|subscribers?|comments?)\s*[:：]?\s*(?:[\d,.]+[KkMm만천]?|-)\s*)+$|"
    r"^[\d,.]+[KkMm만천]?\s*(?:likes?|views?|followers?|subscribers?|comments?)$",
    re.IGNORECASE,
)
# A title row that labels the headline ("제목 …", "Title: …") on a board's post view.
_TITLE_LABEL = re.compile(r"^(?:제목|title|headline)\s*[:：]?\s*", re.IGNORECASE)
# What the page above the article may put before the headline among the body's first lines (menu, breadcrumb).
_ABOVE_HEADLINE = 4
# A metadata row of a board's post view or a table-layout news page ("작성자 … 작성일 …", "입력 : 2024-04-12",
# "조회수 1,024", "담당부서 … 전화번호 …"; a portal's "기사제공 뉴스원"): its parts (split at "|") are each a label
# with its value, a byline or a date. Labels that are also words of prose (입력, 수정, 기자, 조회) count only
# before a colon or a number.
_META_LABEL = re.compile(
    r"^(?:(?:작성자|작성일시?|등록일시?|게시일|글쓴이|조회수|담당부서|담당자|전화번호|연락처|배포일시|보도시점|"
    r"기사입력|최종수정|기사\s*제공)(?:\s*[:：]|\s+\S)|(?:입력|수정|기자|조회)\s*(?:[:：]|\s*\d))"
)
_META_SEPARATOR = re.compile(r"\s*[|｜]\s*")
# A metadata row written without separators ("윤지호 기자 등록 2024-07-31 18:30 수정 2024-07-31 19:02", its fields
# spans side by side): its fields start before a date's label and its date, or before a date no label opens.
_DATE_LABELS = ("입력", "등록", "수정", "승인", "송고", "업데이트")
_META_FIELD_START = re.compile(
    rf"\s+(?=(?:{'|'.join(_DATE_LABELS)})\s*[:：]?\s*\d)|"
    rf"{''.join(f'(?<!{label})' for label in _DATE_LABELS)}(?<![:：\s])\s+(?=(?:19|20)\d{{2}}\s*[.\-/년])"
)
_ROW_FIELD_WORDS = 4  # a name, a place or a section: a field of a byline row, not a sentence


def prune_boilerplate(
    html: str,
    titles: list[str],
    description: str = "",
    is_date: Callable[[str], bool] | None = None,
    author: str = "",
    header_headings: frozenset[str] | set[str] = frozenset(),
) -> str:
    """``html`` without the repeated headline, the standfirst, standalone datelines and bylines,
    and trailing furniture.

    ``titles``: the headline as the page gives it (<title>, og:title, JSON-LD); ``description``:
    the page's summary; ``is_date`` tells whether a short text is only a date; ``author``: the byline's
    names, to know the author's bio at the end when it comes; ``header_headings``: the keys of the headings
    the page's header shows, which are not the article where they come before its first paragraph.
    """
    if not html.strip():
        return html
    root = parse_fragment(html)
    lines = text_lines(root)
    texts: dict[lxml.html.HtmlElement, str] = {}  # the leaf blocks' texts, read again by the trailing pass
    took_out = [
        _drop_headlines_and_datelines(lines, {letters_key(t) for t in titles} - {""}, is_date),
        _drop_opening_headlines(lines, titles, header_headings),
        _drop_standfirst(root, letters_key(description)),
        _drop_repeated_text(root, texts),
        _cut_trailing_furniture(root, texts),
    ]
    names = {letters_key(author), *(letters_key(name) for name in author.split(","))} - {""}
    _drop_edge_bylines(root, is_date, None if any(took_out) else lines, names)  # the lines, if none went
    _drop_broadcast_signoff(root)
    if any(word in html for word in _TRANSCRIPT_WORDS):
        _drop_transcript_markers(root)
    _drop_glued_signoff(root)
    _drop_author_bio(root, author)
    inner = lxml.html.tostring(root, encoding="unicode")
    return inner[len("<div>") : -len("</div>")]


def _drop_headlines_and_datelines(
    lines: list[TextLine], title_keys: set[str], is_date: Callable[[str], bool] | None
) -> bool:
    """Block-level lines (a paragraph, a table cell or row) that are the headline again, a dateline, or furniture
    standing alone; and, where the headline comes among the first lines, the short lines above it (a menu row,
    a breadcrumb: the page above the article). ``lines``: the fragment's text lines. Whether any was taken out."""
    dropped: list[TextLine] = []
    for index, line in enumerate(lines):
        text = line.text
        if len(text) > _HEADLINE_MAX:  # a paragraph of the article, not a headline, dateline or label
            continue
        if _is_headline(text, title_keys):
            above = lines[:index] if index <= _ABOVE_HEADLINE else []
            if not any(len(a.text) > _FURNITURE_MAX or is_prose(a.text) for a in above):
                dropped.extend(a for a in above if a not in dropped)
            dropped.append(line)
        elif _stands_alone(text, is_date):
            dropped.append(line)
    drop_lines(dropped)
    return bool(dropped)


def _drop_opening_headlines(lines: list[TextLine], titles: list[str], header_keys: frozenset[str] | set[str]) -> bool:
    """The lines before the first paragraph of prose that are the headline in other words: a title without the
    kicker it opens with, a title with a kicker glued before it, a heading of the page's header. Whether any
    went."""
    headlines = _kicked_headlines(titles)
    title_keys = [k for k in map(letters_key, titles) if len(k) >= _KICKED_HEADLINE_MIN]
    dropped = []
    for line in lines:
        if len(line.text) > _HEADLINE_MAX or is_prose(line.text):
            break
        key = letters_key(line.text)
        if key in headlines or key in header_keys or _is_kicked_headline(key, title_keys):
            dropped.append(line)
    drop_lines(dropped)
    return bool(dropped)


def _kicked_headlines(titles: list[str]) -> set[str]:
    """The keys of the titles without the kicker they open with."""
    keys = set()
    for title in titles:
        kicker = _KICKER_SEPARATOR.search(title)
        headline = letters_key(title[kicker.end() :]) if kicker else ""
        if len(headline) >= _KICKED_HEADLINE_MIN and len(letters_key(title[: kicker.start()])) <= _KICKER_MAX:
            keys.add(headline)
    return keys


def _is_kicked_headline(key: str, title_keys: list[str]) -> bool:
    """A title with a kicker glued before it ("Premier League" + the headline); not with a time or a number
    before it (a live blog's entry under the page's latest headline)."""
    if not key or key[0].isdigit():
        return False
    return any(key.endswith(t) and len(key) - len(t) <= _KICKER_MAX for t in title_keys)


def _is_headline(text: str, title_keys: set[str]) -> bool:
    text = _TITLE_LABEL.sub("", text)
    opening = letters_key(text[:_HEADLINE_OPENING])  # what the key starts with (keys are made letter by letter)
    if not any(t.startswith(opening) for t in title_keys):
        return False
    key = letters_key(text)
    return key in title_keys or any(len(key) >= 0.6 * len(t) and t.startswith(key) for t in title_keys)


def _stands_alone(text: str, is_date: Callable[[str], bool] | None) -> bool:
    """A dateline, a label or a box that is never the article wherever it stands."""
    dateline = is_date is not None and len(text) <= 40 and any(c.isdigit() for c in text) and is_date(text)
    folded = _folded(text) if len(text) <= _BOX_SAYING_MAX else ""
    standalone = len(text) <= _STANDALONE_MAX and (
        _STANDALONE.match(text) or _BOX.match(text) or _is_placeholder_or_credit(text, folded)
    )
    if not standalone and len(text) <= _BOX_SAYING_MAX:
        standalone = _is_appeal_or_box(text, folded) or _is_photo_credit(text)
    return bool(dateline or standalone or _is_bare_url(text) or _AD_LABEL.match(text))


def _is_bare_url(text: str) -> bool:
    """A bare link (also after a label: see _BARE_URL, _SOCIAL_LINK), or a shortcode left unrendered."""
    if "[/" not in text and not any(mark in text for mark in _LINK_MARKS):
        return False
    return _BARE_URL.match(text) is not None or _SOCIAL_LINK.match(text) is not None


def _is_social_link(text: str) -> bool:
    return any(mark in text for mark in _LINK_MARKS) and _SOCIAL_LINK.match(text) is not None


def _folded(text: str) -> str:
    """``text`` case-folded, with "ı" and "İ" made "i": each character a case-insensitive pattern of ours takes
    for one of the letters of the words it needs is that letter, so where the folded text lacks all the
    words, the pattern cannot match."""
    return text.casefold().replace("ı", "i").replace("\u0307", "")  # "İ" folds to "i" and a combining dot


def _is_placeholder_or_credit(text: str, folded: str) -> bool:
    """A placeholder for an embed the reader's consent settings block, or a photo agency's credit."""
    if any(word in folded for word in _CONSENT_WORDS) and _CONSENT_PLACEHOLDER.match(text):
        return True
    return any(word in folded for word in _AGENCY_CREDIT_WORDS) and _AGENCY_CREDIT.match(text) is not None


def _is_photo_credit(text: str) -> bool:
    if any(word in text for word in _PHOTO_CREDIT_WORDS) and _PHOTO_CREDIT.match(text) is not None:
        return True
    return ("@" in text or text.endswith("]")) and _WIRE_CAPTION.match(text) is not None


def _is_appeal_or_box(text: str, folded: str) -> bool:
    """An appeal to pay for journalism, or a newsletter's (a messaging channel's) sign-up box."""
    if _APPEAL_WORD in folded and _APPEAL.search(text):
        return True
    if _NEWSLETTER_WORD in folded and _OUR_NEWSLETTER.search(text):
        return True
    boxed = any(word in folded for word in _BOX_SAYING_WORDS)
    return boxed and _BOX_SAYING.search(text) is not None and _TO_THE_READER.search(text) is not None


def _drop_standfirst(root: lxml.html.HtmlElement, summary_key: str) -> bool:
    """A heading at the top that repeats the page's description (the dek) is the excerpt, not the article.
    Whether one was taken out."""
    if not summary_key:
        return False
    dropped = False
    for element in [e for e in root if isinstance(e.tag, str)][:3]:
        key = letters_key(element.text_content())
        if element.tag in _HEADINGS and len(key) >= 20 and (summary_key.startswith(key) or key.startswith(summary_key)):
            element.drop_tree()
            dropped = True
    return dropped


def _drop_repeated_text(root: lxml.html.HtmlElement, texts: dict[lxml.html.HtmlElement, str]) -> bool:
    """Blocks that only say again what the body already said: teasers, a hidden copy of the text. Whether any
    was taken out; ``texts`` gets the collapsed text of each block kept (what it holds does not change).

    A long block is a repeat when it equals or starts an earlier block (a copy, a cut-off teaser) or runs
    across several earlier blocks (a copy of the text as one block). One that shares only the end or the
    middle of a single earlier block says something of its own and stays.
    """
    seen = ""
    blocks: list[str] = []
    dropped = False
    for element in _innermost_blocks(root):
        text = _collapsed_text(element)
        key = letters_key(text)
        if len(key) >= _REPEAT_MIN and key in seen:
            within = [b for b in blocks if key in b]
            if not within or any(b.startswith(key) for b in within):
                element.drop_tree()
                dropped = True
                continue
        seen += key
        blocks.append(key)
        texts[element] = text
    return dropped


def _innermost_blocks(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The elements of _LEAF_BLOCKS with none inside them, in document order. One holds another exactly where
    the next one in document order is inside it (what is inside an element comes right after it)."""
    blocks = list(root.iter(*_LEAF_BLOCKS))
    following = [*blocks[1:], None][: len(blocks)]  # none after the last (and no blocks, none at all)
    return [block for block, after in zip(blocks, following, strict=True) if after is None or not _inside(after, block)]


def _inside(element: lxml.html.HtmlElement, container: lxml.html.HtmlElement) -> bool:
    return any(ancestor is container for ancestor in element.iterancestors())


def _cut_trailing_furniture(root: lxml.html.HtmlElement, texts: dict[lxml.html.HtmlElement, str]) -> bool:
    """In the second half of the body: cut from a "Related stories"-like label on; drop blocks made of links.
    Whether anything was taken out. ``texts``: collapsed texts of blocks already known.

    A promotion line ("READ MORE: …") in the first half, or with the article going on after it, is dropped alone.
    """
    dropped = False
    positions = _positions(root)
    total = positions[-1][1] if positions else 0
    notes: dict[lxml.html.HtmlElement, bool] = {}  # each list's answer, told before any item of it went
    for index, (element, position) in enumerate(positions):
        if element.getparent() is None:
            continue
        if position <= total / 2:
            leaf = element.tag in _LEAF_BLOCKS
            if leaf or (element.tag in _LABELS and _starts_its_block(element)):
                text = texts.get(element) or _collapsed_text(element)
                if index and leaf and _END_MARK.match(text):
                    _drop_from(element, root)
                    return True
                if _is_related_label(text):
                    _drop_box(element)
                    dropped = True
                elif len(text) <= _TRAILER_MAX and _MACHINE_SUMMARY_LABEL.match(text):
                    _drop_summary_box(element)
                    dropped = True
                elif leaf and (_is_promotion(text) or _is_pointer(element, text)):
                    element.drop_tree()
                    dropped = True
            continue
        if element.tag not in _BLOCKS and not (element.tag in _LABELS and _starts_its_block(element)):
            continue
        text = texts.get(element) or _collapsed_text(element)
        head = _first_line(element) if _has_descendant(element, "br") else text
        if len(head) <= _TRAILER_MAX and _RELATED_LABEL.match(head) and not _is_cell_heading(element):
            if _prose_follows(positions[index + 1 :], element, 1, 80):
                _drop_box(element)
                dropped = True
                continue
            _drop_from(element, root)
            return True
        label = len(head) <= _TRAILER_MAX and (_TRAILER.match(head) or _END_MARK.match(head))
        promotion = _is_promotion(text) or (element.tag in _LEAF_BLOCKS and _is_pointer(element, text))
        if (label or promotion) and not _is_cell_heading(element):
            if promotion and _prose_follows(positions[index + 1 :], element, 2):
                element.drop_tree()  # a promotion inside the article ("READ MORE: …"), not its end
                dropped = True
                continue
            _drop_from(element, root)
            return True
        if _is_link_block(element) and not (element.tag == "li" and _is_note(element, notes)):
            element.drop_tree()
            dropped = True
    return dropped


def _is_note(item: lxml.html.HtmlElement, lists: dict[lxml.html.HtmlElement, bool]) -> bool:
    """Whether a list item mostly its link is a note of the article ("Jo has <a>a patch to move …</a>"): it says
    a word of its own, in a list mostly not links (not teasers for other pages). An item that is only its link
    ("<a>Jetzt bei … abschließen</a>") is a call to action or a pointer even there. ``lists``: each list's answer,
    kept from its first item asked about (its items that go change its share of links)."""
    parent = item.getparent()
    if parent is None or parent.tag not in ("ul", "ol"):
        return False
    if parent not in lists:
        lists[parent] = _linked_length(parent) < _LIST_OF_LINKS * len(letters_key(parent.text_content()))
    return lists[parent] and len(letters_key(item.text_content())) - _linked_length(item) >= _OWN_WORD


def _is_link_block(element: lxml.html.HtmlElement) -> bool:
    """A list, or a short paragraph, heading or list item, that is links and little else; but not a heading that
    opens a section (see _opens_section)."""
    if element.tag not in _LINK_BLOCKS or not _has_descendant(element, "a"):
        return False
    text_length = len(letters_key(element.text_content()))
    short_or_list = element.tag in ("ul", "ol") or text_length <= 150
    if not (text_length and _linked_length(element) >= 0.8 * text_length and short_or_list):
        return False
    if element.tag in _HEADINGS:
        return not _opens_section(element)
    return True


def _opens_section(heading: lxml.html.HtmlElement) -> bool:
    """Whether a heading made of a link heads a section of the article: its links are its own anchor in the page
    ("<a href=#use-median>Use Median</a>"), or a paragraph or list of the article's text follows it (a listicle's
    "3) <a>The film</a>" over the review); a teaser's dek after its linked headline is shorter."""
    if all(len(href) > 1 and href.startswith("#") for href in (a.get("href", "") for a in heading.iter("a"))):
        return True
    following = heading.getnext()
    return (
        following is not None
        and following.tag in ("p", "ul", "ol")
        and len(letters_key(following.text_content())) >= _SECTION_MIN
        and not _is_link_block(following)
    )


def _linked_length(element: lxml.html.HtmlElement) -> int:
    return sum(len(letters_key(a.text_content())) for a in element.iter("a"))


def _drop_box(label: lxml.html.HtmlElement) -> None:
    """A label with the links it heads: the largest block around it that holds nothing else (a box between
    paragraphs: "<div><strong>많이 본 뉴스</strong><ul>…</ul></div>"), and the blocks of links right after it."""
    box = label
    label_length = len(letters_key(label.text_content()))
    for parent in label.iterancestors():
        if parent.getparent() is None:
            break
        other = len(letters_key(parent.text_content())) - label_length
        if other > 0 and _linked_length(parent) < 0.8 * other:
            break
        box = parent
    for sibling in list(box.itersiblings()):
        if not isinstance(sibling.tag, str) or not _is_link_block(sibling):
            break
        sibling.drop_tree()
    box.drop_tree()


def _drop_summary_box(label: lxml.html.HtmlElement) -> None:
    """A summary's label with its points: the largest short block around it, else the label, the lists after it and
    a short note on the summary after them ("AI가 기사를 요약한 것으로 …")."""
    box = label
    for parent in label.iterancestors():
        if parent.getparent() is None or len(_collapsed_text(parent)) > _SUMMARY_BOX_MAX:
            break
        box = parent
    if box is label:
        for sibling in list(box.itersiblings()):
            note = len(_collapsed_text(sibling)) <= _FURNITURE_MAX and "요약" in _collapsed_text(sibling)
            if sibling.tag not in ("ul", "ol") and not note:
                break
            sibling.drop_tree()
    box.drop_tree()


def _has_descendant(element: lxml.html.HtmlElement, tag: str) -> bool:
    """Whether an element of ``tag`` is inside ``element`` (as element.find(".//tag"), without ElementPath)."""
    return next(element.iterdescendants(tag), None) is not None


def _collapsed_text(element: lxml.html.HtmlElement) -> str:
    """The element's text with its white space collapsed to single spaces."""
    return " ".join(element.text_content().split())


def _is_cell_heading(element: lxml.html.HtmlElement) -> bool:
    """A table cell's whole text ("Comment", "Tags") is a column heading, not the start of the page's furniture."""
    cell = element if element.tag in ("td", "th") else next(element.iterancestors("td", "th"), None)
    return cell is not None and letters_key(cell.text_content()) == letters_key(element.text_content())


def _is_promotion(text: str) -> bool:
    return len(text) <= _FURNITURE_MAX and _TRAILER_START.match(text) is not None


def _is_pointer(element: lxml.html.HtmlElement, text: str) -> bool:
    """A line an arrow opens that links elsewhere (">> Hier finden Sie alle Termine", "→ Schwerpunkt",
    "▶ <a>다른 기사의 제목</a>")."""
    if len(text) > _POINTER_MAX or not _has_descendant(element, "a"):
        return False
    if _POINTER.match(text):
        return True
    if not _TRIANGLE.match(text):
        return False
    linked = sum(len(letters_key(a.text_content())) for a in element.iter("a"))
    return linked >= 0.5 * len(letters_key(text))


def _starts_its_block(element: lxml.html.HtmlElement) -> bool:
    """Whether a bold or emphasised run opens its block ("<p><b>Related</b> …"), as a label does; one inside
    a sentence ("… beim täglichen <strong>Newsletter</strong> richtig") is only emphasis."""
    parent, previous = element.getparent(), element.getprevious()
    if parent is None:
        return True
    before = parent.text if previous is None else previous.tail
    return not (before or "").strip() and (previous is None or previous.tag in _BLOCKS or previous.tag == "br")


def _is_related_label(text: str) -> bool:
    return len(text) <= _TRAILER_MAX and _RELATED_LABEL.match(text) is not None


def _first_line(element: lxml.html.HtmlElement) -> str:
    """The text of ``element`` up to its first line break ("Tags<br>a, b, c" → "Tags")."""
    parts: list[str] = []
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if event == "start":
            if node.tag == "br":
                break
            parts.append(node.text or "")
        elif node is not element:
            parts.append(node.tail or "")
    return " ".join("".join(parts).split())


def _prose_follows(
    rest: list[tuple[lxml.html.HtmlElement, int]],
    marker: lxml.html.HtmlElement,
    minimum: int = _PROSE_PARAGRAPHS,
    minimum_letters: int = _PROSE_LETTERS,
) -> bool:
    """Whether the article goes on after ``marker``: paragraphs of sentences, not teasers made of links
    (nor one promotion said twice: each paragraph counts once)."""
    seen: set[str] = set()
    letters = 0
    for element, _ in rest:
        if element.tag != "p" or element.getparent() is None or marker in element.iterancestors():
            continue
        text = _collapsed_text(element)
        linked = sum(len(a.text_content()) for a in element.iter("a"))
        if len(text) >= 80 and linked <= 0.3 * len(text) and ENDS_LIKE_SENTENCE.search(text) and text not in seen:
            seen.add(text)
            letters += len(text)
    return len(seen) >= minimum and letters >= minimum_letters


def _drop_edge_bylines(
    root: lxml.html.HtmlElement,
    is_date: Callable[[str], bool] | None,
    lines: list[TextLine] | None = None,
    names: set[str] | None = None,
) -> None:
    """Bylines (also the author's name alone: ``names``, the letter keys of the author's names, each and all),
    datelines and metadata rows standing alone among the body's first and last lines; at the end
    also counters ("157" likes, "구독자 1,203") and a copyright line, with the short link lines after it, and
    the newsroom's notices closing the last block (see _closing_notices). Peeled a few times over: what such
    a line hid (a site's copyright row above its footer's) is then at the edge. ``lines``: the fragment's text
    lines, where they are known."""
    for _ in range(_EDGE_ROUNDS):
        lines = text_lines(root) if lines is None else lines
        dropped = (
            _edge_furniture(lines, is_date, names or set())
            or _closing_notices(root, lines)
            or _opening_series_label(root, lines)
        )
        if not dropped:
            return
        drop_lines(dropped)
        lines = None


def _edge_furniture(lines: list[TextLine], is_date: Callable[[str], bool] | None, names: set[str]) -> list[TextLine]:
    first, last = lines[:_EDGE_LINES], lines[-_EDGE_LINES:]
    dropped = []
    tip_lines = _names_a_messenger(last)
    for line in first + [line for line in last if line not in first]:
        text = line.text
        if len(text) > _FURNITURE_MAX:
            continue
        at_end = line in last
        counter = at_end and (_NUMBERS_ONLY.match(text) or _COUNTER.match(text))
        label = at_end and len(text) <= _TRAILER_MAX and _TRAILER.match(text)  # a box's label left loose
        tip_contact = at_end and tip_lines and _TIP_CONTACT.match(text)
        named = names and (letters_key(text) in names or _is_byline_row(text, is_date, names))
        if _is_meta_row(text, is_date) or counter or label or tip_contact or named:
            dropped.append(line)
        elif at_end and _COPYRIGHT.search(text):
            after = lines[lines.index(line) + 1 :]
            dropped += [line, *(a for a in after if len(a.text) <= _TRAILER_MAX and _is_linked(a))]
    return dropped


def _closing_notices(root: lxml.html.HtmlElement, lines: list[TextLine]) -> list[TextLine]:
    """A copyright, tip-appeal, promotion or reporter's line among the last <br>-lines of the body's last
    block, or that block itself where it has none (a transcript or a wire story written as one element, the
    newsroom's notices after its last <br>s)."""
    if not lines:
        return []
    block = set(lines[-1].slots)
    within = [part for part in text_lines(line_holder(lines[-1], root), at_breaks=True) if block.issuperset(part.slots)]
    marks = [index for index, part in enumerate(within) if index and _END_MARK.match(part.text)]
    if marks:  # the end mark, and the agency's lines after it
        return within[marks[0] :]
    last = within[-_EDGE_LINES:]
    tip_lines = _names_a_messenger(last)
    notices = [part for part in last if _is_notice(part.text) or (tip_lines and _TIP_CONTACT.match(part.text))]
    notices += _video_pointers(last, notices)
    return notices + [line for line in _copyright_and_links(within) if line not in notices]


def _video_pointers(lines: list[TextLine], notices: list[TextLine]) -> list[TextLine]:
    """The lines pointing the reader to the story's video (see _VIDEO_POINTER) that only notices follow."""
    pointers = []
    for line in reversed(lines):
        if line in notices:
            continue
        if len(line.text) > _TRAILER_MAX or "영상" not in line.text or not _VIDEO_POINTER.match(line.text):
            break
        pointers.append(line)
    return pointers


def _copyright_and_links(lines: list[TextLine]) -> list[TextLine]:
    """A copyright line with only short links after it (a portal copy's promotions: "▶ 네이버 메인에서 …")."""
    for index in range(len(lines) - 1, 0, -1):
        line = lines[index]
        if len(line.text) > _TRAILER_MAX or not _is_linked(line):
            short = len(line.text) <= _FURNITURE_MAX
            return lines[index:] if short and index < len(lines) - 1 and _COPYRIGHT.search(line.text) else []
    return []


def _names_a_messenger(lines: list[TextLine]) -> bool:
    return any(messenger in line.text for line in lines for messenger in _MESSENGERS)


def _opening_series_label(root: lxml.html.HtmlElement, lines: list[TextLine]) -> list[TextLine]:
    """A series' label with the part's number opening the text ("[사라지는 손끝]③"), as a block of its own or
    as the first <br>-line of the first block."""
    if not lines or lines[0].text[:1] not in SERIES_MARKS:
        return []
    block = set(lines[0].slots)
    within = text_lines(line_holder(lines[0], root), at_breaks=True)[:1]
    return [part for part in within if block.issuperset(part.slots) and not without_series_label(part.text)]


def _is_notice(text: str) -> bool:
    """A copyright line, a tip appeal, a promotion, the article's hashtags (also one alone), a social network's link
    ("Facebook https://…"), or the reporter's line ("홍길동 기자 hong@…", a channel's "YTV 김하늘 (sky@…)")."""
    tip_appeal = len(text) <= _TIP_APPEAL_MAX and _TIP_APPEAL.search(text)
    short = len(text) <= _FURNITURE_MAX
    spoken = BROADCAST_SIGNOFF.match(_SIGNOFF_CONTACT.sub("", text))
    signoff = short and (_BYLINE.match(text) or CHANNEL_SIGNOFF.match(text) or spoken)
    hashtags = short and text[:1] == "#" and (_HASHTAG_LINE.match(text) or _CLOSING_HASHTAG.match(text))
    furniture = (
        (short and _COPYRIGHT.search(text)) or signoff or hashtags or _is_promotion(text) or _is_social_link(text)
    )
    return bool(tip_appeal or furniture)


def _holder(slot: tuple[lxml.html.HtmlElement, str]) -> lxml.html.HtmlElement:
    """The element whose text a slot is part of (a tail belongs to the parent's text)."""
    element, where = slot
    return element if where == "text" else element.getparent()


def _is_meta_row(text: str, is_date: Callable[[str], bool] | None) -> bool:
    """A byline, a dateline, or a row of them with labelled metadata ("이현정 기자 | 입력 : 2024-04-12 오후 3:05"),
    also with fields written side by side without separators (see _META_FIELD_START)."""
    return all(
        _is_meta_field(part, is_date) or _is_unseparated_meta_row(part, is_date)
        for part in _META_SEPARATOR.split(text)
        if part
    )


def _is_meta_field(text: str, is_date: Callable[[str], bool] | None) -> bool:
    return bool(
        _BYLINE.match(text)
        or _META_LABEL.match(text)
        or (is_date is not None and len(text) <= 60 and any(c.isdigit() for c in text) and is_date(text))
    )


def _is_unseparated_meta_row(text: str, is_date: Callable[[str], bool] | None) -> bool:
    if not any(c.isdigit() for c in text):
        return False
    fields = _META_FIELD_START.split(text)
    return len(fields) > 1 and all(_is_meta_field(field, is_date) for field in fields if field)


def _is_byline_row(text: str, is_date: Callable[[str], bool] | None, names: set[str]) -> bool:
    """A row of short fields naming the author and a date, the others saying where or in which section ("Marta
    Ferrer | Palma | 08/01/2014")."""
    parts = [part for part in _META_SEPARATOR.split(text) if part]
    return (
        len(parts) > 1
        and all(len(part.split()) <= _ROW_FIELD_WORDS for part in parts)
        and any(letters_key(part) in names for part in parts)
        and any(_is_meta_row(part, is_date) for part in parts)
    )


def _is_linked(line: TextLine) -> bool:
    """Whether all of a line's text is the text of links."""
    return all(
        any(e.tag == "a" for e in (_holder(slot), *_holder(slot).iterancestors()))
        for slot in line.slots
        if getattr(*slot).strip()
    )


def _drop_author_bio(root: lxml.html.HtmlElement, author: str) -> None:
    """A note about the author among the last blocks ("A 38-year veteran, Lance has covered…") is not the article."""
    names = {n.casefold() for n in re.findall(r"\w{3,}", author)}
    if not names:
        return
    blocks = [e for e in root if isinstance(e.tag, str)]
    while len(blocks) == 1 and blocks[0].tag in ("div", "section", "article") and len(blocks[0]):
        blocks = [e for e in blocks[0] if isinstance(e.tag, str)]
    for element in blocks[-4:]:
        text = _collapsed_text(element)
        if len(text) > _BIO_MAX or not _BIO.search(text):
            continue
        if names.intersection(w.casefold() for w in re.findall(r"\w{3,}", text)):
            element.drop_tree()


def _drop_broadcast_signoff(root: lxml.html.HtmlElement) -> None:
    """A broadcast transcript's last line, the reporter signing off ("HBS 뉴스 박소영입니다."), is not article text."""
    last = _last_text_slot(root)
    if last is None:
        return
    node, where = last
    text = getattr(node, where) or ""
    if BROADCAST_SIGNOFF.match(" ".join(text.split())):
        setattr(node, where, "")
        if where == "text" and not len(node) and node is not root:
            node.drop_tree()


def _drop_transcript_markers(root: lxml.html.HtmlElement) -> None:
    """A transcript's lines that only say who speaks next (see _TRANSCRIPT_MARKER), as blocks or <br>-lines."""
    drop_lines([line for line in text_lines(root, at_breaks=True) if _TRANSCRIPT_MARKER.match(line.text)])


def _drop_glued_signoff(root: lxml.html.HtmlElement) -> None:
    """The reporter's name and e-mail, and an end mark, after the last sentence of the text's last slot (see
    _GLUED_SIGNOFF, _GLUED_END_MARK)."""
    last = _last_text_slot(root)
    if last is not None:
        node, where = last
        setattr(node, where, _GLUED_END_MARK.sub("", _GLUED_SIGNOFF.sub("", getattr(node, where) or "")))


def _last_text_slot(element: etree._Element) -> tuple[etree._Element, str] | None:
    """The last text slot inside ``element`` (its own text, or a text or tail below it) holding more than white
    space, looked for from the end; comments and their tails left out, as etree.iterwalk leaves them."""
    for child in reversed(element):
        if not isinstance(child.tag, str):
            continue
        if (child.tail or "").strip():
            return child, "tail"
        inner = _last_text_slot(child)
        if inner is not None:
            return inner
    return (element, "text") if (element.text or "").strip() else None


def _positions(root: lxml.html.HtmlElement) -> list[tuple[lxml.html.HtmlElement, int]]:
    """Every element with how many letters of text come before it."""
    out, count = [], 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            out.append((element, count))
            count += len((element.text or "").strip())
        else:
            count += len((element.tail or "").strip())
    out.append((root, count))
    return out


def _drop_from(element: lxml.html.HtmlElement, root: lxml.html.HtmlElement) -> None:
    """Remove ``element`` and everything after it in document order."""
    current = element
    while current is not None and current is not root:
        for sibling in list(current.itersiblings()):
            sibling.drop_tree()
        current = current.getparent()
    element.drop_tree()
