"""Lines of an article body that are not the article, told by their text alone: datelines and bylines standing
alone, labels of related links, notices, credits, appeals and promotions, the headline said again.

The patterns are the words and shapes of such lines in the languages of the press; ``boilerplate`` walks the body
and decides where each test applies (anywhere, at the body's edges, at its end).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newscrawler.extraction.authors import AGENCY_ALONE, BROADCAST_SIGNOFF, CHANNEL_SIGNOFF, NEWS_AGENCY
from newscrawler.text.cleaning import letters_key

# The start of a longer block that is furniture: feedback and subscription boxes, promotions, print notes.
_TRAILER_START = re.compile(
    r"^(?:was this (?:post|article|page|story) helpful|did you (?:find|enjoy) this|we(?:'|’)re hiring|"
    r"support (?:local |independent |our )?journalism|a version of this article appears in print|"
    r"read more:|more coverage:|zum artikel:|(?:see more|related):[^.!?]*$|also:\s|"
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
    r"[▶►▷☞]\s*.{0,60}?(?:구독(?:하|해|\s*신청|\s*$)|바로\s*가기|친구\s*추가|(?:뉴스|방송|영상)\w*에서\s*(?:확인|시청))|"
    # and a portal's ("네이버에서 ○○일보를 구독하세요", "네이버 메인에서 …", "[○○일보 바로가기]")
    r"(?:네이버|다음|카카오)(?:\s*(?:메인|뉴스\s*스탠드|뉴스|채널))?에서\s.{0,30}구독|\[.{0,30}바로\s*가기\]|"
    # a link to a related story set between paragraphs ("▶ 관련기사 : …")
    r"[▶►▷☞]\s*(?:관련|연관)\s*(?:기사|뉴스)\s*[:：]|"
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
RELATED_LABEL = re.compile(
    r"^(?:read (?:more|next|also)\b.*|you (?:may|might) also like(?:\.\.\.|…)?|most read(?: in [\w ]{1,30})?|"
    r"more trending|trending now|don['’]t miss|popular on [\w ]{1,30}|more|explore further|"
    r"recommended (?:videos?|stories|articles|reading|for you)|"
    r"recommended by(?: (?:outbrain|taboola|popin|revcontent|zergnet|dable))?|"  # a widget's credit
    r"ähnliche(?: artikel| beiträge| themen)?|auch interessant|lesen sie auch|"
    r"das könnte (?:sie|dich) auch interessieren|"
    r"mehr zum thema|zum thema|weitere (?:artikel|nachrichten|meldungen|beiträge)|beiträge aus dem forum|"
    r"weiterführende links|関連キーワード|関連記事|おすすめ(?:情報|記事)?|あわせて読みたい|související(?: články)?|"
    r"další články|mohlo by vás zajímat|te puede interesar|noticias relacionadas|lo más visto|à lire aussi|"
    r"lire aussi|sur le même sujet|les plus lus|leggi anche|potrebbe interessarti|lees ook|les også|läs också|"
    r"læs også|mest lest|mest läst|"
    r"지금\s*뜨는\s*(?:뉴스|기사)|[▶►▷\[【<]?\s*(?:관련|연관)\s*(?:기사|뉴스)\s*[◀◄◁\]】>]?|"
    r"(?:이\s*시각\s*)?많이\s*본\s*(?:뉴스|기사)|(?:실시간\s*)?인기\s*(?:기사|뉴스)|추천\s*(?:기사|뉴스)|주요\s*뉴스|"
    r"[\[【]?\s*(?:실시간|최신)\s*(?:뉴스|기사)\s*[\]】]?|"
    r"(?:오늘의\s*)?핫\s*(?:뉴스|이슈)|"
    r"이\s*시각\s*(?:주요|인기)\s*뉴스|함께\s*(?:보면\s*좋은|볼\s*만한|본|보는)\s*(?:기사|뉴스)|포토\s*슬라이드|"
    r"[가-힣]{1,4}\s*기자(?:의)?\s*다른\s*기사(?:\s*보기)?)\s*[:：]?$",
    re.IGNORECASE,
)
# The article's hashtags, a line of them ("#전주시 #남부시장").
_HASHTAGS = r"#[^\s#]+(?:\s*#[^\s#]+)+"
_HASHTAG_LINE = re.compile(rf"^{_HASHTAGS}$")
# One hashtag closing the text ("#반도체"): the article's tag, like a line of them there; a word, not "#1".
_CLOSING_HASHTAG = re.compile(r"^#[^\W\d_][^\s#]{0,30}$")
# Furniture that stands alone anywhere in the body: a video's running time (also labelled: "재생시간 02:14"), a
# copy-link notice, a photo credit, the label of a date shown elsewhere (a screen reader's "기사 입력 시간"), a
# pointer whose link line lost its link ("☞").
_STANDALONE = re.compile(
    r"^(?:(?:(?:재생\s*시간|running time|duration)\s*[:：]?\s*)?\d{1,2}:\d{2}(?::\d{2})?|"
    r"(?:기사\s*)?(?:입력|수정|최종\s*수정|업데이트|등록)\s*(?:시간|일시|시각)|"
    r"(?:jump|skip) to (?:the )?(?:main )?(?:navigation|search|content)|latest videos? from\b.{0,40}|"
    r"(?:lesedauer|lesezeit|reading time|read time|tempo de leitura|tiempo de lectura|temps de lecture|"
    r"tempo di lettura|leestijd|lästid|lesetid)\s*:?\s*(?:ca\.\s*)?\d+\s*"
    r"(?:min(?:uten|utes?|utos?|uti|uter|utter)?\.?)|"
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
    r"(?:동영상|영상)\s*고정(?:\s*취소)?|"  # a video player's control to pin it while reading
    # a rating widget's line; where the print edition ran the story; the writer's account, bare
    r"(?:durchschnittliche )?bewertung\s*:\s*[\d.,]+(?:\s*von\s*\d+)?|average rating\s*:?\s*[\d.]+(?: out of \d+)?|"
    r"(?:aus der )?(?:print)?ausgabe vom\s[^!?]{4,60}|"
    r"(?:https?://)?(?:www\.)?(?:twitter|x|instagram|facebook|tiktok|threads)\.(?:com|net)/\S+|"
    # a share box's heading ("이 기사를 공유합니다"), an app's download button ("○○일보 앱 다운로드")
    r"(?:이\s*)?기사를?\s*공유(?:합니다|하기)|[\w ]{0,20}앱\s*(?:다운로드|설치)(?:하기|받기)?|"
    r"(?:like|enjoy(?:ed)?) this (?:story|article)\?? share it with a friend!?|"
    # the article's tags listed under a label ("Topics: uber, sharing economy, Technology News"), not a sentence
    r"(?:tags|topics|filed under|schlagwörter|키워드|태그|관련\s*태그)\s*:\s*[^.!?:]{1,200}|"
    # a teaser for another of the site's stories: "Also on example.com <headline>"
    r"also on [\w-]+\.[a-z]{2,}(?:\.[a-z]{2,})?\s.*|"
    # the count of readers' comments under its label ("Kommentare 312", "Comments (14)")
    r"(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|kommentarer)\s*\(?\d[\d.,]*\)?|"
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
_UI_LABEL_MAX = 80  # characters: a button's or a label's, not a sentence
# A photo's credit written as a line of the text ("(사진=연합뉴스)", "[사진 = 시 제공]", "[연합뉴스 자료사진]"), or
# closing the photo's caption of one short sentence ("▲ 12일 … 고르고 있다. (사진=시 제공)", "… 모습 /사진=한결일보 DB",
# "… 역투하고 있다. 사진=OSEN DB", "… 급속충전기. 한결일보 자료사진", "… [시 제공. 재판매 및 DB 금지]").
_PHOTO_CREDIT = re.compile(
    r"^(?:[▲△]\s*)?[^.!?\[\]()]{0,100}[.!?]?\s*"
    r"(?:[(\[]\s*(?:사진|그래픽|자료\s*사진)\s*[=:：]\s*[^()\[\]]{1,40}[)\]]|(?:/|(?<=\s)|^)\s*사진\s*=\s*[^/=.]{1,40}|"
    r"\[[^()\[\]]{1,40}(?:제공|자료\s*사진)(?:\.?\s*재판매\s*및\s*DB\s*금지)?\]|(?<=\s)[^\s.]{1,20}\s*자료\s*사진)$"
    r"|^\[\s*사진\s*\]\s*[^\s.!?][^.!?]{0,40}$"  # a labelled credit: "[사진]○○스포츠 DB"
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
_TO_THE_READER = re.compile(
    r"\b(?:sie|ihr|ihrem|ihren|you|your|du|dich|dir|dein|deine|deinem|deinen)\b|\bsign up (?:here|now|today)\b", re.I
)
_BOX_SAYING_MAX = 400
# A word each match of _APPEAL, and one of the words each match of _BOX_SAYING, has in it: looked for in the
# folded text before the slower search.
_APPEAL_WORD = "journalism"
_NEWSLETTER_WORD = "newsletter"  # in each match of _OUR_NEWSLETTER
_BOX_SAYING_WORDS = (_NEWSLETTER_WORD, "whatsapp", "telegram")
# The page's buttons and labels standing alone, in the press's languages (looked up as words, faster than a
# pattern): an ad's label and a line telling the text goes on after the ad; a player's messages where it cannot
# play, an audio player's label; sharing, copying the link, commenting, going on or back, a script's or a loader's
# message, a gallery's and a player's label, a photo agency, signing up for the newsletter, a tags list's label.
_UI_LABELS = frozenset(
    [
        *("advertisement", "skip advertisement", "after newsletter promotion", "sponsored", "ad", "ads", "광고"),
        *("반응형", "ⓐ", "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "reklama", "reklame"),
        *("advertentie", "annons", "mainos", "реклама", "広告", "article continues below", "story continues below"),
        *("article continues below advertisement", "story continues below advertisement", "continue reading below"),
        *("scroll to continue", "scroll to continue with content", "weiterlesen nach der anzeige"),
        *("lire la suite après cette publicité", "your browser does not support the video tag"),
        *("your browser does not support the audio element", "das video konnte nicht abgespielt werden"),
        *("listen to this article", "listen to this story", "artikel anhören", "écouter cet article"),
        *("audio player loading", "teilen", "artikel teilen", "share", "share this article", "share this story"),
        *("partager", "partager l'article", "partager l’article", "compartir", "condividi", "delen", "dela"),
        *("copy link", "link kopieren", "link kopiert", "lien copié", "copiar enlace", "jetzt kommentieren"),
        *("kommentar schreiben", "leave a comment", "add a comment", "laisser un commentaire", "zur startseite"),
        *("back to top", "nach oben", "retour en haut", "mehr anzeigen", "show more", "voir plus", "ver más"),
        *("weiterlesen", "lire la suite", "leer más", "seguir leyendo", "continua a leggere", "lees meer", "les mer"),
        *("läs mer", "please enable javascript", "bitte aktivieren sie javascript", "activez javascript"),
        *("activa javascript", "loading", "wird geladen", "chargement", "cargando", "caricamento", "bildergalerie"),
        *("fotogalerie", "galerie", "gallery", "photo gallery", "galería", "galleria", "video", "audio", "play"),
        *("getty images", "imago", "picture alliance", "newsletter abonnieren", "abonnieren sie unseren newsletter"),
        *("inscrivez-vous à notre newsletter", "suscríbete a nuestro boletín", "iscriviti alla newsletter"),
        *("themen", "schlagwörter", "mots-clés", "etiquetas", "temas", "argomenti", "tags"),
        *("공유", "공유하기", "기사 공유", "스크랩", "기사 스크랩", "기사스크랩", "프린트", "인쇄", "인쇄하기"),
        *("클린뷰", "글자크기", "글자 크기", "글씨크기", "글씨 크기", "북마크", "기사 저장", "url 복사", "링크 복사"),
        *("댓글",),
    ]
)
_UI_LABEL_END = " .:…\t\n"  # taken off its end: "Loading…", "Tags:", "Please enable JavaScript."
# The labels that hold a name or a number: a gallery's counter, a photo's agency, a call to follow.
_UI_LABEL = re.compile(  # matched on the folded text
    r"^(?:\d{1,3}\s*/\s*\d{1,3}|\(?(?:foto|photo|bild|image)s?\s*:\s*[^()]{2,40}\)|[\w .-]{0,30}\bvia\s+getty images|"
    r"(?:imago|picture alliance)\s*/\s*[\w .-]{2,40}|advertisement\s*[-–:]\s*scroll to continue|"
    r"(?:folgen sie uns|suivez-nous|síguenos|seguici|follow us) (?:auf|sur|en|su|on) [\w ,.&+-]{1,40})$",
)
COPYRIGHT = re.compile(
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
# An e-mail after a broadcast's spoken sign-off ("HBN뉴스 박은혜입니다. [eunhye@…]").
_SIGNOFF_CONTACT = re.compile(r"\s*[(\[<]\s*[\w.+-]+@[\w.-]+\.\w+\s*[)\]>]$")
_CREDIT_WORK = r"(?:촬영\s*기자|영상\s*(?:취재|편집|디자인|기자)|그래픽)"
_CREDITED = rf"{_CREDIT_WORK}\s*[:：]?\s*[가-힣]{{2,4}}(?:[\s·,]+[가-힣]{{2,4}})*?"  # the work and who did it
_PICTURES_CREDIT = r"(?:photo(?:graph)?s|illustrations?|images|video)\s+by\s+[\w.\- ]{2,60}"
_BYLINE = re.compile(
    # "By …", also with the credit for the pictures after it ("By … · Photographs by …"), the credit alone; a press
    # release's provider ("News provided by …")
    rf"^(?:by\s+[\w.\- ]{{2,60}}(?:\s*[·•]\s*{_PICTURES_CREDIT})?|{_PICTURES_CREDIT}|"
    r"news provided by\s+[\w.,&\- ]{2,60}|"
    r"(?:(?:글|사진|글\s*[·・/]\s*사진)\s*[=:：]?\s*)?"  # a credit's word ("글·사진 홍길동 기자")
    r"/?[\w ]{2,20}\s*(?:기자|특파원|논설위원|위원|교수(?:\s*[·・]\s*[가-힣]{2,8})?)(?:\s*\(?[\w.+-]+@[\w.-]+\)?)?"
    r"(?:\s*\+?\s*(?:구독|기자의\s*다른\s*기사|다른\s*기사\s*보기|응원하기))?|"  # a reporter box's buttons
    r"\[\s*[\w ]{2,20}\s*(?:기자|특파원)\s*(?:/\s*[\w.+-]+@[\w.-]+\s*)?\]|"
    r"(?:[◎○●■]\s*[\w ]{2,30}\s+)?[\w.+-]+@[\w.-]+\.\w+|"  # also after an agency's slogan ("◎공감언론 뉴시스 …@…")
    r"(?:write|email|contact) (?:to )?[\w.\- ]{2,60} at [\w.+-]+@[\w.-]+\.\w+\.?|"
    rf"\(?(?:{_CREDIT_WORK}|사진|취재|편집)\s*[:：].*|"
    # credits without colons, each of one name or more, also in brackets ("영상취재 김철민·영상편집 이수진",
    # "[영상취재 이학진 조용희 영상편집 김지훈]")
    rf"\[?{_CREDITED}(?:\s*[·/,]?\s*{_CREDITED})*\s*[)\]]?)$",
    re.IGNORECASE,
)
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
# Who else reported the story or where it came from, on a line closing it ("Fox News’ Jessica Napoli contributed to
# this report.", "Reporting by …; Editing by …", "Additional reporting by …", "With reports from …", "First published
# in The Conversation.", "(Quelle: APA/sda/dpa)", "SOURCE: Al Jazeera News", "mit dpa"): a credit, not a sentence
# about a report.
_SOURCE_CREDIT = re.compile(
    r"^[(–—-]?\s*(?:[^.!?]{1,120}\bcontributed (?:to (?:this|the) (?:report|story|article)|reporting\b[^.!?]{0,80})|"
    r"(?:additional )?reporting (?:by|from)\b[^!?]{1,250}|with (?:reports|reporting) from\b[^!?]{1,100}|"
    r"(?:this (?:article|story) was )?(?:first|originally) published (?:in|on|by)\b[^!?]{1,80}|"
    rf"(?:quelle|source):\s*[^!?()]{{1,60}}|mit {NEWS_AGENCY}(?:\s*(?:und|,|/)\s*\w+)*)\)?\.?$",
    re.IGNORECASE,
)
_SOURCE_CREDIT_MAX = 300
TRAILER_MAX = 60
FURNITURE_MAX = 120
_HEADLINE_OPENING = 16  # characters whose letters a line's key must start a title's key with, checked first
# A title row that labels the headline ("제목 …", "Title: …") on a board's post view.
_TITLE_LABEL = re.compile(r"^(?:제목|title|headline)\s*[:：]?\s*", re.IGNORECASE)
# A metadata row of a board's post view or a table-layout news page ("작성자 … 작성일 …", "입력 : 2024-04-12",
# "조회수 1,024", "댓글 0", "담당부서 … 전화번호 …"; a portal's "기사제공 뉴스원"): its parts (split at "|") are
# each a label with its value, a byline or a date. Labels that are also words of prose (입력, 수정, 기자, 조회)
# count only before a colon or a number.
_META_LABEL = re.compile(
    r"^(?:(?:작성자|작성일시?|등록일시?|게시일|글쓴이|조회수|담당부서|담당자|전화번호|연락처|배포일시|보도시점|"
    r"기사입력|최종수정|기사\s*제공)(?:\s*[:：]|\s+\S)|(?:입력|수정|기자|조회)\s*(?:[:：]|\s*\d)|"
    r"(?:댓글|공감|추천|좋아요)\s*[:：]?\s*[\d,]+$)"  # a counter, the label and its number alone: "댓글 0"
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
_BYLINE_NAME_WORDS = 5
_DATE_ONLY = re.compile(r"^[\w\s,.:/-]{6,40}$")  # what may stand after a byline's name as its date alone


def is_headline(text: str, title_keys: set[str]) -> bool:
    text = _TITLE_LABEL.sub("", text)
    opening = letters_key(text[:_HEADLINE_OPENING])  # what the key starts with (keys are made letter by letter)
    if not any(t.startswith(opening) for t in title_keys):
        return False
    key = letters_key(text)
    return key in title_keys or any(len(key) >= 0.6 * len(t) and t.startswith(key) for t in title_keys)


def stands_alone(text: str, is_date: Callable[[str], bool] | None) -> bool:
    """A dateline, a label or a box that is never the article wherever it stands."""
    dateline = is_date is not None and len(text) <= 40 and any(c.isdigit() for c in text) and is_date(text)
    folded = _folded(text) if len(text) <= _BOX_SAYING_MAX else ""
    standalone = len(text) <= _STANDALONE_MAX and (
        _STANDALONE.match(text) or _BOX.match(text) or _is_placeholder_or_credit(text, folded)
    )
    if not standalone and len(text) <= _BOX_SAYING_MAX:
        standalone = _is_appeal_or_box(text, folded) or _is_photo_credit(text)
    ui = len(text) <= _UI_LABEL_MAX and (folded.rstrip(_UI_LABEL_END) in _UI_LABELS or _UI_LABEL.match(folded))
    return bool(dateline or standalone or _is_bare_url(text) or ui)


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


def is_source_credit(text: str) -> bool:
    return len(text) <= _SOURCE_CREDIT_MAX and _SOURCE_CREDIT.match(text) is not None


def is_agency_alone(text: str) -> bool:
    return len(text) <= TRAILER_MAX and AGENCY_ALONE.match(text) is not None


def is_promotion(text: str) -> bool:
    return len(text) <= FURNITURE_MAX and _TRAILER_START.match(text) is not None


def is_related_label(text: str) -> bool:
    return len(text) <= TRAILER_MAX and RELATED_LABEL.match(text) is not None


def is_notice(text: str) -> bool:
    """A copyright line, a tip appeal, a promotion, the article's hashtags (also one alone), a social network's link
    ("Facebook https://…"), or the reporter's line ("홍길동 기자 hong@…", a channel's "YTV 김하늘 (sky@…)")."""
    tip_appeal = len(text) <= _TIP_APPEAL_MAX and _TIP_APPEAL.search(text)
    short = len(text) <= FURNITURE_MAX
    spoken = BROADCAST_SIGNOFF.match(_SIGNOFF_CONTACT.sub("", text))
    signoff = short and (_BYLINE.match(text) or CHANNEL_SIGNOFF.match(text) or spoken)
    hashtags = short and text[:1] == "#" and (_HASHTAG_LINE.match(text) or _CLOSING_HASHTAG.match(text))
    furniture = (short and COPYRIGHT.search(text)) or signoff or hashtags or is_promotion(text) or _is_social_link(text)
    return bool(tip_appeal or furniture)


def is_meta_row(text: str, is_date: Callable[[str], bool] | None) -> bool:
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
    if len(fields) > 1 and all(_is_meta_field(field, is_date) for field in fields if field):
        return True
    return is_date is not None and _is_byline_then_date(text, is_date)


def _is_byline_then_date(text: str, is_date: Callable[[str], bool]) -> bool:
    """ "by Jeff Foust Monday, November 18, 2019": a byline of a name of a few words, then a date and nothing else."""
    words = text.split()
    if len(words) < 3 or words[0].casefold() != "by":
        return False
    for end in range(2, min(len(words), _BYLINE_NAME_WORDS + 1)):
        name, rest = " ".join(words[:end]), " ".join(words[end:])
        if not words[end - 1][:1].isupper():
            return False  # the name is capitalised words; a sentence ("By the end of …") is not
        if _BYLINE.match(name) and is_date(rest) and _DATE_ONLY.match(rest):
            return True
    return False


def is_byline_row(text: str, is_date: Callable[[str], bool] | None, names: set[str]) -> bool:
    """A row of short fields naming the author and a date, the others saying where or in which section ("Marta
    Ferrer | Palma | 08/01/2014")."""
    parts = [part for part in _META_SEPARATOR.split(text) if part]
    return (
        len(parts) > 1
        and all(len(part.split()) <= _ROW_FIELD_WORDS for part in parts)
        and any(letters_key(part) in names for part in parts)
        and any(is_meta_row(part, is_date) for part in parts)
    )
